"""Evidence strength: a starting level per study design and a computed grade per claim.

The vocabulary is GRADE's (High, Moderate, Low, Very low): randomised trials and their
systematic reviews start High, observational designs Low, reports and expert opinion Very
low. A claim's grade is computed from its evidence, never typed in, and says which
adjustments it applied (docs/report.md, "Grading"). Oxford CEBM 2011 levels (1-5) are given per study
for readers who think in those.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Claim, Reference


class Level(IntEnum):
    """GRADE certainty, ordered so that a higher value is stronger."""

    VERY_LOW = 1
    LOW = 2
    MODERATE = 3
    HIGH = 4

    @property
    def label(self) -> str:
        """ "High", "Moderate", "Low" or "Very low"."""
        return self.name.replace("_", " ").capitalize()


START: dict[str, Level] = {
    "systematic-review": Level.HIGH,
    "meta-analysis": Level.HIGH,
    "rct": Level.HIGH,
    "cluster-rct": Level.HIGH,
    "quasi-experimental": Level.LOW,
    "cohort": Level.LOW,
    "case-control": Level.LOW,
    "pre-post": Level.LOW,
    "cross-sectional": Level.LOW,
    "mixed-methods": Level.LOW,
    "narrative-review": Level.LOW,
    "qualitative": Level.VERY_LOW,  # says how, not how much: weak for effect claims
    "report": Level.VERY_LOW,
    "grey": Level.VERY_LOW,
    "expert-opinion": Level.VERY_LOW,
    "historical": Level.VERY_LOW,
    "theoretical": Level.VERY_LOW,
}
"""Starting level of one study by design; a work without a design starts Very low."""

CEBM: dict[str, int] = {
    "systematic-review": 1,
    "meta-analysis": 1,
    "rct": 2,
    "cluster-rct": 2,
    "quasi-experimental": 3,
    "cohort": 3,
    "case-control": 4,
    "pre-post": 4,
    "cross-sectional": 4,
    "mixed-methods": 4,
    "qualitative": 4,
    "narrative-review": 5,
    "report": 5,
    "grey": 5,
    "expert-opinion": 5,
    "historical": 5,
    "theoretical": 5,
}
"""Oxford CEBM 2011 level ("Does this intervention help?") by design; unknown designs get 5."""


def study_level(ref: Reference | None) -> Level:
    """The starting GRADE level of one work."""
    if ref is None or ref.design is None:
        return Level.VERY_LOW
    return START.get(ref.design, Level.VERY_LOW)


def cebm_level(ref: Reference | None) -> int:
    """The Oxford CEBM level (1 best, 5 weakest) of one work."""
    if ref is None or ref.design is None:
        return 5
    return CEBM.get(ref.design, 5)


@dataclass(frozen=True, slots=True)
class Grade:
    """A claim's computed certainty, with the reasons for it."""

    level: Level
    factors: tuple[str, ...]
    direct_works: int
    best_design: str | None

    @property
    def label(self) -> str:
        """The GRADE label, e.g. "Moderate"."""
        return self.level.label

    @property
    def emerging(self) -> bool:
        """Low or Very low: wording should be hedged ("may", "early evidence suggests")."""
        return self.level <= Level.LOW


def grade_claim(claim: Claim, corpus: Corpus) -> Grade:
    """Grade a claim from its evidence.

    Start from the best direct work; with no direct work, from the best review one level
    down (indirectness: the figure is reported second-hand); with only secondary citations,
    Very low. A claim resting on one direct work is downgraded one level for imprecision
    (a single study), unless it already starts Low or lower.

    A review's own GRADE rating of the finding (`certainty` on a direct or review evidence
    item) is taken as it stands: the review's authors have already judged risk of bias,
    inconsistency, indirectness and imprecision, which a design alone cannot.
    """
    rated = _rated(claim, corpus)
    if rated is not None:
        return rated
    direct = _works(claim, corpus, "direct")
    factors: list[str] = []
    if direct:
        level, design = _best(direct)
        if len(direct) == 1 and level > Level.LOW:
            level = Level(level - 1)
            factors.append("single study (-1)")
        return Grade(level, tuple(factors), len(direct), design)
    reviews = _works(claim, corpus, "review")
    if reviews:
        level, design = _best(reviews)
        factors.append("no direct evidence; reported by a review (-1)")
        return Grade(Level(max(level - 1, Level.VERY_LOW)), tuple(factors), 0, design)
    if claim.evidence:
        factors.append("secondary citations only")
    else:
        factors.append("no evidence")
    return Grade(Level.VERY_LOW, tuple(factors), 0, None)


_CERTAINTY = {
    "high": Level.HIGH,
    "moderate": Level.MODERATE,
    "low": Level.LOW,
    "very-low": Level.VERY_LOW,
}


def _rated(claim: Claim, corpus: Corpus) -> Grade | None:
    """The grade a work's own certainty rating gives, the best rating if several do."""
    rated = [
        (_CERTAINTY[e.certainty], e.ref)
        for e in claim.evidence
        if e.certainty in _CERTAINTY
        and e.support in ("direct", "review")
        and corpus.reference(e.ref) is not None
    ]
    if not rated:
        return None
    level, key = max(rated)
    ref = corpus.reference(key)
    direct = sum(1 for e in claim.evidence if e.support == "direct")
    return Grade(
        level,
        (f"rated {level.label.lower()} certainty by {key} (GRADE)",),
        direct,
        ref.design if ref is not None else None,
    )


def _works(claim: Claim, corpus: Corpus, support: str) -> list[Reference]:
    keys = {e.ref.lower() for e in claim.evidence if e.support == support}
    refs = (corpus.reference(key) for key in sorted(keys))
    return [ref for ref in refs if ref is not None]


def _best(refs: list[Reference]) -> tuple[Level, str | None]:
    best = max(refs, key=study_level)
    return study_level(best), best.design
