"""What a check run builds once from the corpus and shares across documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from peerclaims.apa import format_references, segments_text
from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Reference
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
    _intext: dict[tuple[str, bool], str] = field(default_factory=dict, repr=False)

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

    def intext(self, ref: Reference, *, narrative: bool = False) -> str:
        """The APA 7 in-text citation of one of the corpus's works, ready to paste
        (formatted once per run: suggestions repeat the same few works)."""
        memo = (ref.key, narrative)
        if memo not in self._intext:
            formatted = format_references([ref])[0]
            chosen = formatted.narrative if narrative else formatted.parenthetical
            self._intext[memo] = segments_text(chosen)
        return self._intext[memo]
