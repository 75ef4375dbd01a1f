"""The library entry points for the corpus: load it, validate it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peerclaims import rules
from peerclaims.corpus.load import Corpus, read_corpus
from peerclaims.diagnostics import Diagnostic
from peerclaims.rules import RuleSettings


@dataclass(frozen=True)
class LoadResult:
    """A corpus as far as it could be built, and the problems met loading it."""

    corpus: Corpus
    diagnostics: tuple[Diagnostic, ...]


def load_corpus(
    claims: str | Path | None = None, references: str | Path | None = None
) -> LoadResult:
    """Load claims.yaml and references.bib (the bundled corpus by default); never raises."""
    corpus = read_corpus(claims, references)
    diagnostics = rules.stamp(corpus.load_findings, RuleSettings(), corpus.is_suppressed)
    return LoadResult(corpus, tuple(sorted(diagnostics)))


def validate(corpus: Corpus, settings: RuleSettings | None = None) -> list[Diagnostic]:
    """Run every enabled corpus rule; diagnostics sorted by path, line, column and rule."""
    settings = settings or RuleSettings()
    findings = rules.run("corpus", settings, corpus)
    return sorted(rules.stamp(findings, settings, corpus.is_suppressed))
