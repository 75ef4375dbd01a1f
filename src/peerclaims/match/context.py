"""What a check run builds once from the corpus and shares across documents."""

from __future__ import annotations

from dataclasses import dataclass

from peerclaims.corpus.load import Corpus
from peerclaims.match.claims import ClaimMatcher
from peerclaims.match.findings import Findings
from peerclaims.match.resolve import CitationIndex


@dataclass(frozen=True)
class Context:
    """What a check run builds once and shares across documents."""

    corpus: Corpus
    citations: CitationIndex
    claims: ClaimMatcher
    by_outcome: dict[tuple[str, str], frozenset[str]]  # (outcome, direction) → evidence keys
    findings: Findings  # each work's own findings, for the evidence rules

    @classmethod
    def build(cls, corpus: Corpus) -> Context:
        """Index a corpus for checking documents."""
        by_outcome: dict[tuple[str, str], set[str]] = {}
        for claim in corpus.claims:
            keys = by_outcome.setdefault((claim.outcome, claim.direction), set())
            keys.update(e.ref.lower() for e in claim.evidence)
        return cls(
            corpus,
            CitationIndex.build(corpus),
            ClaimMatcher.build(corpus),
            {k: frozenset(v) for k, v in by_outcome.items()},
            Findings.build(corpus),
        )
