"""contradicted-claim: a sentence says peer support moves an outcome one way and cites a
work that found no difference, or the opposite."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.corpus.model import Claim, Reference
from peerclaims.corpus.vocab import Direction, Outcome
from peerclaims.diagnostics import Finding
from peerclaims.match.findings import reports_all, stated_figures
from peerclaims.match.found import ClaimSentence, FoundCitation
from peerclaims.match.reading import Analysis
from peerclaims.match.statement import Stated, stated_effects
from peerclaims.rules.document import cited_name, clip, intext, reference_of

_CHANGED = frozenset({Direction.INCREASE, Direction.DECREASE})
# designs whose findings weigh most, for the works suggested instead
_WEIGHT = {
    "meta-analysis": 0,
    "systematic-review": 1,
    "rct": 2,
    "cluster-rct": 2,
    "quasi-experimental": 3,
    "cohort": 4,
}


def own_citations(a: Analysis, s: ClaimSentence) -> list[FoundCitation]:
    """The citations inside the sentence itself."""
    return [c for c in a.citations_in({s.block}) if s.start <= c.citation.start < s.end]


def own_text(a: Analysis, s: ClaimSentence) -> str:
    """The sentence with its own citations blanked (a journal name states no effect)."""
    text = a.blocks[s.block].text
    pieces, pos = [], s.start
    for c in own_citations(a, s):
        pieces.append(text[pos : c.citation.start])
        pos = max(pos, c.citation.end)
    pieces.append(text[pos : s.end])
    return " ".join(pieces)


def contradicted_claim(a: Analysis) -> Iterator[Finding]:
    """A sentence states a direction for an outcome; the work it cites found otherwise.

    "Reduces hospitalisation" credited to a work whose corpus findings on hospitalisation
    are all "no difference" (or an increase) misreports that work. Only benefits are
    checked (fewer admissions, more hope): a rise in admissions is more often a baseline
    than a claim for peer support. The message gives the
    work's actual finding and names works the corpus records as finding the stated
    direction, if any; they are suggested unless the sentence quotes a figure they do not
    report. A sentence that negates or hedges towards no effect ("no
    evidence that", "mixed", "whether") states no direction and is not checked; a work with
    any finding in the stated direction (or a mixed one) on that outcome is not accused, nor
    is one of several works cited when another of them found the stated direction or it
    found another outcome the sentence states.

    FAIL: "Peer support reduces hospital admissions (Lloyd-Evans et al., 2014)."
    PASS: "Peer support had no clear effect on hospital admissions (Lloyd-Evans et al., 2014)."
    """
    for s in a.claim_sentences:
        for key, st, found in contradictions(a, s):
            yield _finding(a, s, key, st, found)


def contradictions(a: Analysis, s: ClaimSentence) -> list[tuple[str, Stated, tuple[Claim, ...]]]:
    """Each cited work the sentence contradicts: its key, the first stated benefit it
    contradicts, and its findings on that outcome."""
    index = a.ctx.findings
    stated = [st for st in stated_effects(own_text(a, s)) if st.beneficial]
    if not stated:
        return []
    keys = sorted(a.attributed_keys(s, vague=False))
    out = []
    for key in keys:
        for st in stated:
            found = index.of(key, [st.outcome])
            if not found or not _contradicts(st, found):
                continue
            if len(keys) > 1 and (
                _supports_other(index.of(key), stated, st)
                or any(_supports(index.of(k, [st.outcome]), st) for k in keys if k != key)
            ):
                continue  # the works may share the sentence between them
            out.append((key, st, found))
            break
    return out


# Outcomes the corpus records on more than one scale: a "decrease" in physical health is
# fewer pain symptoms in one trial and worse health in another, so only "no difference"
# contradicts a stated benefit there.
_MIXED_SCALES = frozenset({Outcome.PHYSICAL_HEALTH, Outcome.OTHER})


def _contradicts(st: Stated, found: tuple[Claim, ...]) -> bool:
    """All the work's findings on the outcome are no difference or the other way."""
    other = Direction.INCREASE if st.direction == Direction.DECREASE else Direction.DECREASE
    against = (
        (Direction.NO_DIFFERENCE,)
        if st.outcome in _MIXED_SCALES
        else (Direction.NO_DIFFERENCE, other)
    )
    return all(c.direction in against for c in found)


def _supports(found: tuple[Claim, ...], st: Stated) -> bool:
    return any(c.direction in (st.direction, Direction.MIXED) for c in found)


def _supports_other(found: tuple[Claim, ...], stated: list[Stated], st: Stated) -> bool:
    return any(
        c.outcome == o.outcome and c.direction == o.direction
        for o in stated
        if o is not st
        for c in found
    )


def phrase(direction: str, outcome: str) -> str:
    """ "A reduction in hospitalization", "no difference in hope"."""
    label = outcome.replace("-", " ")
    return {
        Direction.DECREASE: f"a reduction in {label}",
        Direction.INCREASE: f"an increase in {label}",
        Direction.NO_DIFFERENCE: f"no difference in {label}",
    }.get(Direction(direction), f"mixed results on {label}")


def _finding(
    a: Analysis, s: ClaimSentence, key: str, st: Stated, found: tuple[Claim, ...]
) -> Finding:
    actual = sorted({c.direction for c in found}, key=lambda d: d != Direction.NO_DIFFERENCE)
    what = " and ".join(phrase(d, st.outcome) for d in actual)
    also, suggested = alternatives(a, s, st, {c.population for c in found})
    return a.finding(
        "contradicted-claim",
        s.block,
        s.start,
        f"'{clip(s.text)}' states {phrase(st.direction, st.outcome)}, but "
        f"{cited_name(a, key)} found {what} ({', '.join(c.id for c in found)}){also}",
        "; ".join(intext(a, r) for r in suggested) or None,
    )


def alternatives(
    a: Analysis, s: ClaimSentence, st: Stated, populations: set[str]
) -> tuple[str, list[Reference]]:
    """What to tell the reader instead: "; works that found <the stated effect>: ..." (or
    nothing), and those of them that may be suggested (none lacking the sentence's figure)."""
    supporting = supporting_works(a, st, populations)
    names = "; ".join(intext(a, r, narrative=True) for r in supporting)
    also = f"; works that found {phrase(st.direction, st.outcome)}: {names}" if names else ""
    return also, suggestable(a, s, st, supporting)


def suggestable(
    a: Analysis, s: ClaimSentence, st: Stated, works: list[Reference]
) -> list[Reference]:
    """The works that may be suggested for the sentence: never one that does not report a
    figure the sentence quotes."""
    figures = stated_figures(s.text)
    if not figures:
        return works
    outcome = [st.outcome]
    return [r for r in works if reports_all(a.ctx.findings, r.key, outcome, figures, slack=1)]


def supporting_works(a: Analysis, st: Stated, populations: set[str]) -> list[Reference]:
    """Up to three works found the stated direction, the same population first, then the
    strongest designs and the newest."""
    ranked: dict[str, tuple[int, int, int]] = {}
    for claim in a.ctx.corpus.claims:
        if claim.outcome != st.outcome or claim.direction != st.direction:
            continue
        for e in claim.evidence:
            ref = reference_of(a, e.ref)
            if ref is None or e.support != "direct":
                continue
            year = int((ref.year or "0")[:4]) if (ref.year or "0")[:4].isdigit() else 0
            rank = (
                0 if claim.population in populations else 1,
                _WEIGHT.get(ref.design or "", 9),
                -year,
            )
            ranked[ref.key] = min(ranked.get(ref.key, rank), rank)
    best = sorted(ranked, key=lambda k: (ranked[k], k))[:3]
    return [r for r in (reference_of(a, k) for k in best) if r is not None]
