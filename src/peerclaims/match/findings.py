"""What each corpus work found, by outcome, and the figures it reports.

A work's findings are the claims that name it as direct or review evidence (a work that
only repeats a claim second-hand found nothing). Its figures for an outcome are every number
its findings on that outcome give -- the effect's value, group figures, confidence bounds,
sample size and number of studies, and the figures in the finding's own wording -- and
every figure that follows from its group figures (relative change, difference in points,
ratio), so "a 47% reduction" is reported by a trial whose means are 10.1 vs 19.1 days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Claim, Effect
from peerclaims.corpus.vocab import ClaimKind, Support
from peerclaims.text import sentences as claimtext

_COUNTED = frozenset({ClaimKind.BENEFIT, ClaimKind.FINDING, ClaimKind.STATISTIC})
_OWN = frozenset({Support.DIRECT, Support.REVIEW})
_RATIO = re.compile(r"\b(?:ratio|odds|risk|hazard|rr|or|hr|irr)\b", re.IGNORECASE)
# "about 40%", "over 30%", "nearly half": the writer rounds, so the figure may be looser
_APPROXIMATE = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|over|more than|less than|"
    r"fewer than|under|up to|at least|some|close to|~)\s*$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_RANGE_START = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*(?:-|–|—|to)\s*$")
_NOT_A_RESULT = re.compile(
    r"\s*(?:ci\b|confidence|credible|prediction interval|response rate|"
    r"(?:of (?:the )?(?:sample|participants|respondents) )?(?:were )?"
    r"(?:women|men|female|male|white|black|hispanic|latin\w*|married|aged)\b)",
    re.IGNORECASE,
)
_TIMES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:times|-fold|fold)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Findings:
    """Every counted claim of the corpus, by the key of the work it rests on (lower case)."""

    by_work: dict[str, tuple[Claim, ...]]

    @classmethod
    def build(cls, corpus: Corpus) -> Findings:
        """Index the claims of `corpus` by the works that found or review them."""
        out: dict[str, list[Claim]] = {}
        for claim in corpus.claims:
            if claim.kind not in _COUNTED:
                continue
            for e in claim.evidence:
                if e.support in _OWN:
                    out.setdefault(e.ref.lower(), []).append(claim)
        return cls({k: tuple(v) for k, v in out.items()})

    def of(self, key: str, outcomes: Iterable[str] | None = None) -> tuple[Claim, ...]:
        """The work's findings, on the given outcomes only if they are given."""
        found = self.by_work.get(key.lower(), ())
        if outcomes is None:
            return found
        wanted = set(outcomes)
        return tuple(c for c in found if c.outcome in wanted)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure a sentence states: its value, whether it is a percentage or a multiple,
    and whether the writer marks it as approximate."""

    value: float
    text: str
    approximate: bool
    start: int = 0  # where it stands in the sentence

    @property
    def percentage(self) -> bool:
        """A percentage ("42%", "48 percent"), not a multiple ("2.5 times")."""
        return _TIMES.search(self.text) is None


def stated_figures(sentence: str) -> list[Figure]:
    """The percentages and multiples ("42%", "48 percent", "2.5 times") a sentence states
    as results: not a confidence level ("95% CI") or who took part ("62% women")."""
    text = claimtext.normalise_typography(sentence)
    out = []
    for pattern in (_PERCENT, _TIMES):
        for m in pattern.finditer(text):
            if _NOT_A_RESULT.match(text, m.end()):
                continue
            approximate = bool(_APPROXIMATE.search(text[max(0, m.start() - 20) : m.start()]))
            low = _RANGE_START.search(text, 0, m.start())
            shown = text[low.start() : m.end()] if low else m.group(0)
            if low:  # "by 18-25%": both ends are figures the writer gives
                out.append(Figure(float(low.group(1)), shown, approximate, low.start()))
            out.append(Figure(float(m.group(1)), shown, approximate, m.start()))
    return sorted(out, key=lambda f: f.start)


def reported_figures(claims: Iterable[Claim]) -> set[float]:
    """Every figure the claims report or that follows from their group figures."""
    out: set[float] = set()
    for claim in claims:
        if claim.effect is not None:
            out |= _effect_figures(claim.effect)
        for text in (claim.statement, claim.effect.note if claim.effect else None):
            if text:
                out |= _text_figures(text)
    return out


def _effect_figures(effect: Effect) -> set[float]:
    values = [
        effect.value,
        effect.intervention,
        effect.comparison,
        effect.ci_lower,
        effect.ci_upper,
        effect.studies,
        effect.n,
    ]
    out = {float(v) for v in values if v is not None} | _changes(effect)
    if effect.intervention is not None and effect.comparison is not None:
        out |= _pair(effect.intervention, effect.comparison)
    for v in list(out):
        if 0 < v < 1:
            out.add(v * 100)  # a proportion given as 0.42
    return out


def _changes(effect: Effect) -> set[float]:
    """The effect's change as a percentage: its relative change (the group figures decide, as
    statistic-mismatch recomputes them), and a ratio as a change ("an odds ratio of 0.56 is
    44% lower odds")."""
    out: set[float] = set()
    change = effect.recomputed_relative_change()
    if change is None:
        change = effect.relative_change
    if change is not None:
        out.add(abs(change) * 100)
    if _RATIO.search(effect.measure) or (effect.unit or "").upper() in _RATIO_UNITS:
        ratios = (effect.value, effect.ci_lower, effect.ci_upper)
        out |= {abs(1 - v) * 100 for v in ratios if v is not None}
    return out


def _relative(a: float, b: float) -> set[float]:
    """The relative change from either of two figures to the other, in per cent."""
    return {abs(a - b) / abs(b) * 100, abs(a - b) / abs(a) * 100} if a and b else set()


def _pair(a: float, b: float) -> set[float]:
    """What follows from two group figures: the difference, the relative change either way,
    and the ratio either way."""
    return {abs(a - b)} | _relative(a, b) | ({a / b, b / a} if a and b else set())


def _text_figures(text: str) -> set[float]:
    percents = [float(m.group(1)) for m in _PERCENT.finditer(text)]
    out = set(percents) | set(claimtext.numbers(text))
    out |= {float(m.group(1)) for m in _TIMES.finditer(text)}
    for a, b in combinations(percents, 2):
        out |= _pair(a, b)
    return out


def reports(figure: Figure, reported: Iterable[float]) -> bool:
    """Whether a stated figure is one of the reported ones, within the rounding it shows
    (41.8 → 42; an approximate figure within a tenth, "about 40%" for 41.8)."""
    decimals = len(f"{figure.value:g}".partition(".")[2])
    for exact in reported:
        if abs(round(exact, decimals) - figure.value) < 10.0 ** -(decimals + 3):
            return True
        if abs(exact - figure.value) <= 0.5 * 10.0**-decimals:
            return True
        if figure.approximate and abs(exact - figure.value) <= max(1.0, 0.1 * abs(exact)):
            return True
    return False


def reported_percentages(claims: Iterable[Claim]) -> set[float]:
    """The percentages the claims report or that follow from their group figures: relative
    changes, the groups' own shares and their difference where the unit is a percentage, an
    odds or risk ratio as a change, and the percentages of their text. Not a count, a mean or
    a sample size, which a stated "20%" or "74%" must not be taken for."""
    out: set[float] = set()
    for claim in claims:
        effect = claim.effect
        if effect is not None:
            out |= _changes(effect)
            a, b = effect.intervention, effect.comparison
            if a is not None and b is not None:
                out |= _relative(a, b)
            scale = _SHARE_UNITS.get((effect.unit or "").lower())
            if scale:
                shares = (effect.value, a, b, effect.ci_lower, effect.ci_upper)
                out |= {v * scale for v in shares if v is not None}
                if a is not None and b is not None:
                    out.add(abs(a - b) * scale)
        for text in (claim.statement, effect.note if effect else None):
            percents = [float(m.group(1)) for m in _PERCENT.finditer(text or "")]
            out |= set(percents)
            for x, y in combinations(percents, 2):
                out |= {abs(x - y)} | _relative(x, y)
    return out


_SHARE_UNITS = {"percent": 1.0, "%": 1.0, "percentage points": 1.0, "proportion": 100.0}
_RATIO_UNITS = frozenset({"OR", "RR", "HR", "IRR", "AOR", "ARR"})


def reports_all(
    index: Findings, key: str, outcomes: Iterable[str], figures: list[Figure], slack: float = 0
) -> bool:
    """Whether the work's findings on the outcomes report every one of the figures (or, with
    `slack`, come within that many points of each): a percentage only among the percentages
    they report, never a count or a mean that happens to be near it."""
    claims = index.of(key, outcomes)
    reported, percentages = reported_figures(claims), reported_percentages(claims)
    return all(
        reports(f, percentages) or near(f.value, percentages, slack)
        if f.percentage
        else reports(f, reported) or near(f.value, reported, slack)
        for f in figures
    )


def near(value: float, reported: Iterable[float], points: float) -> bool:
    """Whether a reported figure lies within `points` of the value (48% of 47.1%)."""
    return any(abs(exact - value) <= points for exact in reported)
