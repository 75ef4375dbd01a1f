"""Helpers shared by the tests: run the corpus rules on inline text; build a PDF."""

from __future__ import annotations

import tempfile
import textwrap
from collections.abc import Iterable
from pathlib import Path

from peerclaims.diagnostics import Diagnostic
from peerclaims.rules import RuleSettings
from peerclaims.runner import load_corpus, validate


def write_corpus(directory: Path, claims_text: str, bib_text: str) -> tuple[Path, Path]:
    """Write claims.yaml and references.bib into `directory` and return their paths."""
    claims = directory / "claims.yaml"
    references = directory / "references.bib"
    claims.write_text(claims_text, encoding="utf-8")
    references.write_text(bib_text, encoding="utf-8")
    return claims, references


def diagnostics(
    claims_text: str, bib_text: str, *, select: Iterable[str] | None = None
) -> list[Diagnostic]:
    """Validate a corpus given as text; every diagnostic, sorted."""
    settings = RuleSettings(select=frozenset(select) if select is not None else None)
    with tempfile.TemporaryDirectory() as tmp:
        claims, references = write_corpus(Path(tmp), claims_text, bib_text)
        result = load_corpus(claims, references)
        return validate(result.corpus, settings)


def found(
    claims_text: str, bib_text: str, *, select: Iterable[str] | None = None
) -> list[tuple[int, int, str]]:
    """Validate a corpus given as text; sorted (line, column, rule-name) triples."""
    return sorted((d.line, d.column, d.name) for d in diagnostics(claims_text, bib_text, select=select))


Expected = tuple[int, int, str] | tuple[int, int, str, str] | tuple[int, int, str, str, str | None]


def check(
    rule: str, claims_text: str, bib_text: str, expected: list[Expected],
    *, select: Iterable[str] | None = None,
) -> None:
    """Assert the exact findings of `rule` (yamllint's `RuleTestCase.check`).

    Texts are dedented. Each expected item is (line, column, rule-name), optionally followed
    by a phrase the message must contain and the exact suggestion (None for none).
    Only `rule` runs unless `select` names other rules.
    """
    found_diags = diagnostics(
        textwrap.dedent(claims_text), textwrap.dedent(bib_text),
        select=(rule,) if select is None else select,
    )
    found_diags.sort(key=lambda d: (d.line, d.column, d.name))
    actual = [(d.line, d.column, d.name) for d in found_diags]
    assert actual == [tuple(e[:3]) for e in expected], "\n".join(
        f"{d.line}:{d.column} {d.name}: {d.message}" for d in found_diags
    )
    for diag, exp in zip(found_diags, expected, strict=True):
        if len(exp) > 3:
            assert exp[3] in diag.message, (exp, diag.message)
        if len(exp) > 4:
            assert diag.suggestion == exp[4], (exp, diag.suggestion)


def build_pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF with one Helvetica text line per page (ASCII text only)."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, text in enumerate(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
