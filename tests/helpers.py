"""Helpers shared by the tests.

Where things are (TESTS, REPO, SRC, which do not move when a test file does); the seed
documents (SEEDS, and require_seeds and seed_text, which skip a test when they are
missing); the corpus rules and the document rules run on inline text (yamllint's
`RuleTestCase.check` style); a minimal PDF builder.
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from peerclaims.check import check_document
from peerclaims.diagnostics import Diagnostic
from peerclaims.documents import read_document
from peerclaims.match.context import Context
from peerclaims.rules import RuleSettings
from peerclaims.runner import load_corpus, validate

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SRC = REPO / "src"


# --- the seed documents, beside the repository (see tests/seeds/conftest.py) ---------------

SEEDS_VARIABLE = "PEERCLAIMS_SEEDS"
SEEDS = Path(os.environ.get(SEEDS_VARIABLE) or REPO.parent / "shared" / "seeds")
_SHOWN = (
    f"{SEEDS} (from ${SEEDS_VARIABLE})" if os.environ.get(SEEDS_VARIABLE) else "../shared/seeds"
)
SEEDS_MISSING = (
    f"{_SHOWN} not found: the seed suites need the shared seed documents beside "
    f"the repository (or ${SEEDS_VARIABLE} naming their folder)"
)


def require_seeds() -> Path:
    """SEEDS, if it is a folder; otherwise skip the calling test or module with SEEDS_MISSING.

    Every seed test skips from this one line, so pytest reports one message for them all.
    """
    if not SEEDS.is_dir():
        pytest.skip(SEEDS_MISSING, allow_module_level=True)
    return SEEDS


def seed_text(name: str) -> str:
    """Full text of one seed document (skips the test without the seeds)."""
    return (require_seeds() / name).read_text(encoding="utf-8")


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
    return sorted(
        (d.line, d.column, d.name) for d in diagnostics(claims_text, bib_text, select=select)
    )


Expected = tuple[int, int, str] | tuple[int, int, str, str] | tuple[int, int, str, str, str | None]


def check(
    rule: str,
    claims_text: str,
    bib_text: str,
    expected: list[Expected],
    *,
    select: Iterable[str] | None = None,
) -> None:
    """Assert the exact findings of `rule` (yamllint's `RuleTestCase.check`).

    Texts are dedented. Each expected item is (line, column, rule-name), optionally followed
    by a phrase the message must contain and the exact suggestion (None for none).
    Only `rule` runs unless `select` names other rules.
    """
    found_diags = diagnostics(
        textwrap.dedent(claims_text),
        textwrap.dedent(bib_text),
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


# --- document rules on inline text; the bundled corpus is loaded and indexed once per session


@cache
def context() -> Context:
    """The bundled corpus, indexed for checking documents (built once)."""
    return Context.build(load_corpus().corpus)


def check_diagnostics(
    text: str,
    suffix: str = ".md",
    *,
    select: Iterable[str] | None = None,
    name: str = "doc",
) -> list[Diagnostic]:
    """Every diagnostic for `text` (dedented) read as a `suffix` file, sorted."""
    settings = RuleSettings(select=frozenset(select) if select is not None else None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, name + suffix)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        doc = read_document(path)
        return sorted(
            check_document(doc, context(), settings), key=lambda d: (d.line, d.column, d.name)
        )


def check_text(
    text: str, suffix: str = ".md", *, select: Iterable[str] | None = None
) -> list[tuple[int, int, str]]:
    """(line, column, rule-name) of every finding in `text`, sorted."""
    return [(d.line, d.column, d.name) for d in check_diagnostics(text, suffix, select=select)]


def check_messages(
    text: str, suffix: str = ".md", *, select: Iterable[str] | None = None
) -> list[tuple[str, str, str | None]]:
    """(rule-name, message, suggestion) of every finding in `text`, in position order."""
    return [
        (d.name, d.message, d.suggestion) for d in check_diagnostics(text, suffix, select=select)
    ]


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


SOURCE_TABLE = (
    ("Finding", "Source"),
    ("Peer support reduced readmissions.", "Sledge et al., 2011"),
    ("Peer support lowered costs.", "Reif et al., 2014"),
)
"""A claims table with a source column: the first row's trial backs its claim; the second
row credits a review with a cost result it never reported."""


def source_table_docx(path: Path, rows: Sequence[Sequence[str]] = SOURCE_TABLE) -> Any:
    """A .docx holding `rows` as a table; returns the python-docx document (saved to path)."""
    from docx import Document as Docx

    doc = Docx()
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(path))
    return doc


def source_table_pptx(path: Path, rows: Sequence[Sequence[str]] = SOURCE_TABLE) -> None:
    """A one-slide .pptx (title "Outcomes") holding `rows` as a table."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Outcomes"
    width = max(len(r) for r in rows)
    shape = slide.shapes.add_table(len(rows), width, Inches(1), Inches(2), Inches(8), Inches(2))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            shape.table.cell(r, c).text = text
    deck.save(str(path))


class SmallCorpus:
    """A corpus given as text, indexed once on first use, to check Markdown snippets against
    (the evidence rules' tests each build one)."""

    def __init__(self, claims_text: str, bib_text: str) -> None:
        self.claims_text, self.bib_text = claims_text, bib_text
        self._context: Context | None = None

    def context(self) -> Context:
        if self._context is None:
            claims, references = write_corpus(
                Path(tempfile.mkdtemp()), self.claims_text, self.bib_text
            )
            self._context = Context.build(load_corpus(claims, references).corpus)
        return self._context

    def check(self, text: str, select: Iterable[str]) -> list[Diagnostic]:
        """Diagnostics of the selected rules for a (dedented) Markdown text, in order."""
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "doc.md")
            body = textwrap.dedent(text)
            path.write_text(body if body.endswith("\n") else body + "\n", encoding="utf-8")
            settings = RuleSettings(select=frozenset(select))
            return sorted(
                check_document(read_document(path), self.context(), settings),
                key=lambda d: (d.line, d.column, d.name),
            )


def rewrapped(text: str, data: Any, max_breaks: int = 4) -> str:
    """`text` with up to `max_breaks` of its spaces, drawn by hypothesis, made line breaks: a
    line wrapped where a slide or a PDF would wrap it."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    breaks = data.draw(st.sets(st.sampled_from(spaces), max_size=max_breaks))
    return "".join("\n" if i in breaks else ch for i, ch in enumerate(text))
