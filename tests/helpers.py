"""Helpers shared by the tests: run the corpus rules on inline text."""

from __future__ import annotations

import tempfile
import textwrap
from collections.abc import Iterable
from pathlib import Path

from peerclaims.diagnostics import Diagnostic
from peerclaims.engine import load_corpus, validate
from peerclaims.rules import RuleSettings


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
