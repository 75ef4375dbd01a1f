"""Rules that compare a claim sentence with the corpus's evidence for it: credited to the
wrong work, or quoting figures the evidence does not hold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerclaims.corpus.model import Claim, Effect
from peerclaims.corpus.vocab import Outcome, Support
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.claims import STRONG, Match, content_words, normalise
from peerclaims.match.findings import (
    Figure,
    near,
    reported_figures,
    reports,
    stated_figures,
)
from peerclaims.match.found import ClaimSentence, FoundWork
from peerclaims.match.reading import Analysis
from peerclaims.match.statement import outcome_mentions
from peerclaims.rules import Rule, Scope
from peerclaims.rules.contradiction import contradicted_claim, contradictions, own_text
from peerclaims.rules.design import design_mismatch
from peerclaims.rules.document import (
    cited_name,
    clip,
    credited,
    intext,
    reference_of,
    suggest_for,
)
from peerclaims.text import sentences as claimtext


def misattributed_claim(a: Analysis) -> Iterator[Finding]:
    """A sentence matches a corpus claim but cites works that are not its evidence.

    The works that are its evidence are named, and the direct one suggested.

    A figure belongs to the study that produced it, so where the sentence quotes the claim's
    figure (or one a rounding away) only the claim's own evidence counts; another figure is
    more likely another study's, and is not pinned on this one. A benefit without a figure ("decrease
    depression") must repeat a recorded wording and cite a work by name (a vague source line
    is reported as such), and any work the corpus links to a claim of the same outcome and
    direction is accepted, since many studies report such benefits; where the cited work
    found no difference or the opposite, contradicted-claim reports it instead.

    A work the corpus does not hold, credited beside the known ones, may be the one the
    claim is from, so such a sentence is not judged; nor is a claim the corpus records with
    no evidence of its own (outcome-not-reported judges what a work reported).

    FAIL: "reduce readmissions by 42%" credited to a Chinman review (the trial is Sledge et al. 2011)
    PASS: "reduce readmissions by 42% (Sledge et al., 2011)"
    """
    for s in a.claim_sentences:
        strong = [m for m in s.matches if m.score >= 95]
        by_figure = any(_quotes_figure_of(s.text, m.claim) for m in strong)
        # a vague source line is its own warning; only a figure pins it down
        cited = a.attributed_keys(s, vague=by_figure)
        if not strong or not cited or credited(a, s).unknown:
            continue
        evidence = {e.ref.lower() for m in strong for e in m.claim.evidence}
        if not evidence:
            continue  # a claim no work backs: who else found it proves nothing of the cited one
        if not by_figure:
            if not any(m.score >= STRONG for m in strong):
                continue  # a benefit in other words: too loose a match to accuse a citation
            if contradictions(a, s):
                continue  # contradicted-claim says what the cited work found instead
            for m in strong:
                evidence |= a.ctx.by_outcome.get((m.claim.outcome, m.claim.direction), set())
        if evidence and not {k.lower() for k in cited} & evidence:
            right = _evidence_names(a, strong)
            names = ", ".join(cited_name(a, k) for k in sorted(cited))
            yield a.finding(
                "misattributed-claim",
                s.block,
                s.start,
                f"'{clip(s.text)}' is credited to {names}, which is not among "
                f"its evidence: {right}",
                suggest_for(a, s),
            )


_SUPPORT: dict[str, str] = {
    Support.DIRECT: "found it",
    Support.REVIEW: "reviews it",
    Support.SECONDARY: "repeats it",
}


def _evidence_names(a: Analysis, matches: list[Match]) -> str:
    """ "Sledge et al. (2011) found it; Davidson et al. (2012) reviews it"."""
    seen: dict[str, str] = {}
    for m in matches:
        for e in m.claim.evidence:
            ref = reference_of(a, e.ref)
            if ref is not None:
                seen.setdefault(
                    ref.key,
                    f"{intext(a, ref, narrative=True)} {_SUPPORT.get(e.support, e.support)}",
                )
    return "; ".join(seen.values())


def statistic_mismatch(a: Analysis) -> Iterator[Finding]:
    """A figure disagrees with the matched claim or does not follow from the study's numbers.

    A relative change is recomputed from the two group means and compared within rounding.
    Only the same finding is compared: the sentence cites the claim's own work, or repeats
    the claim's recorded wording and names no other study, program or place ("one study
    found a 56% decrease in readmissions, according to ..." is about another study).

    FAIL: "reduce days in hospital by 48%" (10.1 vs 19.1 days is a 47% reduction)
    PASS: "reduce readmissions by 42%" (0.89 vs 1.53 admissions: 41.8%)
    PASS: "Recovery Innovations in Arizona saw a 56% reduction in readmissions" (another program)
    """
    for s in a.claim_sentences:
        problem = statistic_problem(a, s)
        if problem:
            yield a.finding("statistic-mismatch", s.block, s.start, problem)


def statistic_problem(a: Analysis, s: ClaimSentence) -> str | None:
    """What is wrong with the sentence's figure against its own finding, if anything."""
    match = _figure_match(a, s)
    if match is None or match.claim.effect is None:
        return None
    if _all_reported(s.text, match.claim):
        return None  # a group figure or another figure the finding gives ("29% vs 38%")
    return _figure_problem(s.text, match.claim.effect)


def _all_reported(text: str, claim: Claim) -> bool:
    """Every percentage and count the sentence states is one the finding reports."""
    reported = reported_figures([claim])
    stated = [Figure(p, f"{p:g}%", False) for p in claimtext.percentages(text)]
    stated += [Figure(n, f"{n:g}", False) for n in claimtext.numbers(text)]
    return bool(stated) and all(reports(f, reported) for f in stated)


# Words that say a figure is some other study's, program's or place's
_ELSEWHERE = re.compile(
    r"\b(?:study|studies|trial|analysis|review|report|survey|evaluation|program|programme|"
    r"project|pilot|according|county|state|saw|\d{4})\b",
    re.IGNORECASE,
)


def _figure_match(a: Analysis, s: ClaimSentence) -> Match | None:
    """The matched claim whose figures the sentence quotes, if it can be told.

    Among matches with an effect, the one whose evidence the sentence cites; failing that,
    the only one, if the sentence repeats its wording and names no other source; with
    several and no citation to choose by, none (no guessing).
    """
    with_effect = [m for m in s.matches if m.claim.effect is not None]
    cited = {key.lower() for key in a.attributed_keys(s)}
    chosen = [m for m in with_effect if cited & {e.ref.lower() for e in m.claim.evidence}]
    if len(chosen) >= 1:
        return chosen[0]
    if len(with_effect) != 1 or with_effect[0].score < STRONG:
        return None
    own = content_words(normalise(s.text)) - content_words(with_effect[0].wording)
    if len(own) > 4 or _ELSEWHERE.search(s.text):
        return None
    return with_effect[0]


def _figure_problem(text: str, effect: Effect) -> str | None:
    stated = claimtext.percentages(text)
    change = effect.recomputed_relative_change()
    if stated and change is not None:
        expected = abs(change) * 100
        if all(not _rounds_to(expected, p) for p in stated):
            way = "reduction" if change < 0 else "increase"
            figures = (
                f"{effect.intervention:g} vs {effect.comparison:g} {effect.unit or ''}".rstrip()
            )
            return (
                f"{_pct(stated[0])} does not follow from the study's figures "
                f"({figures}: a {expected:.0f}% {way})"
            )
        return None
    if stated and effect.relative_change is not None:
        expected = abs(effect.relative_change) * 100
        if all(not _rounds_to(expected, p) for p in stated):
            return f"{_pct(stated[0])} differs from the {expected:.0f}% the source reports"
    if effect.value is not None and effect.unit != "percent":
        return _count_problem(text, effect.value)
    return None


def _rounds_to(exact: float, stated: float) -> bool:
    """Whether `stated` is `exact` rounded to the decimals `stated` shows (41.8 → 42, not 41)."""
    decimals = len(f"{stated:g}".partition(".")[2])
    return abs(round(exact, decimals) - stated) < 10.0 ** -(decimals + 3)


def _count_problem(text: str, value: float) -> str | None:
    figures = [n for n in claimtext.numbers(text) if value / 3 <= n <= value * 3]
    if figures and all(abs(n - value) > 0.005 * value for n in figures):
        return f"{figures[0]:g} differs from the {value:g} the source reports"
    return None


def _pct(value: float) -> str:
    return f"{value:g}%"


def figure_not_in_evidence(a: Analysis) -> Iterator[Finding]:
    """A percentage or multiple appears in none of the cited work's findings on the outcome.

    The figure is compared, within the rounding it shows, with every figure the corpus
    records for the cited work on the outcomes the sentence names (values, group figures,
    confidence bounds, figures in the finding's wording) and every figure that follows from
    its group figures (relative change, difference, ratio); "about 40%" may be a tenth off.
    A citation does not make an invented figure true. Each figure is about the outcome word
    nearest to it ("suicide risk by 20-30% and engagement by 35%"), and is judged only
    where the corpus records every cited work's findings on that outcome, and a sentence whose figure another rule
    already reports (statistic-mismatch, misattributed-claim) is left to that rule. A cited
    work outside the corpus may be the figure's source, and then nothing is judged; a
    citation item that names no work ("updated meta-analysis through 2023": no author,
    organisation or title) cannot be looked up and vouches for no figure, so the figure is
    judged against the works the citation names, and the message says what else was cited.

    A warning, not an error: the corpus records a work's main findings, not every number
    in it, so a figure missing from the corpus is a question to check against the paper.

    FAIL: "Peer support reduces hospital admissions by 30% (Sledge et al., 2011)."
    PASS: "Peer support reduced readmissions by 42% (Sledge et al., 2011)."
    """
    index = a.ctx.findings
    for s in a.claim_sentences:
        text = own_text(a, s)
        figures = stated_figures(text)
        if not figures or statistic_problem(a, s) or _misattributed_figure(a, s):
            continue
        # an item that names no work ("updated meta-analysis through 2023") vouches for nothing
        works = credited(a, s)
        keys = sorted(works.keys)
        if not keys or works.unknown:
            continue  # a work outside the corpus may be the figure's source
        mentions = outcome_mentions(text)
        matched = {m.claim.outcome for m in s.matches if m.score >= 95}
        for figure in figures:
            outcome = _outcome_of(figure, text, mentions, matched)
            if outcome is None or not all(index.of(k, [outcome]) for k in keys):
                continue  # the corpus does not record what every cited work found on it
            found = {k: index.of(k, [outcome]) for k in keys}
            if reports(figure, reported_figures(c for cs in found.values() for c in cs)):
                continue
            names = " or ".join(cited_name(a, k) for k in keys)
            yield a.finding(
                "figure-not-in-evidence",
                s.block,
                s.start,
                f"{figure.text.strip()} is not a figure {names} report"
                f"{'s' if len(keys) == 1 else ''} on {outcome.replace('-', ' ')} "
                f"({_summary(found)}){_also(works.unnamed)}",
            )
            break


def _also(unnamed: tuple[FoundWork, ...]) -> str:
    items = ", ".join(f"'{w.work.text.strip()}'" for w in unnamed)
    return f"; also cited: {items}, which names no work" if items else ""


def _outcome_of(
    figure: Figure, text: str, mentions: list[tuple[Outcome, int, int]], matched: set[str]
) -> str | None:
    """The outcome a figure is about: "80% of people were satisfied" the one after it,
    "reduced readmissions by 42%" the one before, otherwise the nearest outcome word; with
    none, the outcome of the claim the sentence matches, if only one."""
    after = [m for m in mentions if m[1] >= figure.start]
    before = [m for m in mentions if m[2] <= figure.start]
    end = figure.start + len(figure.text)
    if after and _OF.match(text, end):
        return str(after[0][0])
    if before and _BY.search(text, 0, figure.start):
        return str(before[-1][0])
    if mentions:
        nearest = min(mentions, key=lambda m: max(m[1] - end, figure.start - m[2], 0))
        return str(nearest[0])
    return next(iter(matched)) if len(matched) == 1 else None


_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|of|to)\s+(?:up to |about |around |nearly |almost |over |some )?$", re.I)


def _misattributed_figure(a: Analysis, s: ClaimSentence) -> bool:
    """misattributed-claim reports this sentence's figure (quoted from an uncited claim)."""
    strong = [m for m in s.matches if m.score >= 95 and _quotes_figure_of(s.text, m.claim)]
    cited = {k.lower() for k in a.attributed_keys(s)}
    evidence = {e.ref.lower() for m in strong for e in m.claim.evidence}
    return bool(strong and cited and evidence and not cited & evidence)


def _quotes_figure_of(text: str, claim: Claim) -> bool:
    """The sentence quotes the claim's own figure, or one a rounding away (48% for 47.1%):
    another figure is more likely another study's than this one's misquoted."""
    if claim.effect is None:
        return False
    reported = reported_figures([claim])
    return any(near(v, reported, 1) for v in claimtext.percentages(text) + claimtext.numbers(text))


def _summary(found: dict[str, tuple[Claim, ...]]) -> str:
    """What the works report, briefly: their effects, else their directions."""
    parts: list[str] = []
    for claims in found.values():
        for c in claims:
            part = _effect_text(c.effect) if c.effect else None
            part = part or _WITHOUT_FIGURE.get(c.direction, c.direction)
            if part not in parts:
                parts.append(part)
    return "; ".join(parts[:4])


_WITHOUT_FIGURE = {
    "increase": "an increase, with no figure",
    "decrease": "a reduction, with no figure",
    "no-difference": "no difference",
    "mixed": "mixed results",
    "descriptive": "a description, with no figure",
}


def _effect_text(effect: Effect) -> str | None:
    unit = "%" if effect.unit == "percent" else f" {effect.unit}" if effect.unit else ""
    change = effect.recomputed_relative_change()
    if effect.intervention is not None and effect.comparison is not None:
        text = f"{effect.intervention:g} vs {effect.comparison:g}{unit}"
        if change is not None:
            text += f", {abs(change) * 100:.0f}% {'lower' if change < 0 else 'higher'}"
        return text
    if effect.relative_change is not None:
        return f"a {abs(effect.relative_change) * 100:.0f}% change"
    if effect.value is not None:
        return f"{effect.measure} {effect.value:g}{unit}"
    return None


RULES = (
    Rule("PC210", "misattributed-claim", Severity.ERROR, Scope.DOCUMENT, misattributed_claim),
    Rule("PC211", "statistic-mismatch", Severity.ERROR, Scope.DOCUMENT, statistic_mismatch),
    Rule("PC217", "contradicted-claim", Severity.ERROR, Scope.DOCUMENT, contradicted_claim),
    Rule(
        "PC218",
        "figure-not-in-evidence",
        Severity.WARNING,
        Scope.DOCUMENT,
        figure_not_in_evidence,
    ),
    Rule("PC219", "design-mismatch", Severity.WARNING, Scope.DOCUMENT, design_mismatch),
)
