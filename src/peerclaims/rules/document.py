"""Rules on documents (slides, handouts, papers): citations, reference lists and claims.

Every rule takes an `Analysis` of one document (analysis.py) and yields findings. Where a
correct citation exists it is the suggestion, ready to paste.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from peerclaims.apa import format_references, segments_text
from peerclaims.corpus.grading import grade_claim
from peerclaims.corpus.model import Reference
from peerclaims.corpus.vocab import Support
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.claims import STRONG, Match
from peerclaims.match.reading import Analysis, ClaimSentence, FoundCitation, FoundWork, ListedWork
from peerclaims.match.resolve import Status
from peerclaims.rules import Rule, Scope
from peerclaims.text import sentences as claimtext
from peerclaims.text.citations import CitationKind
from peerclaims.text.folding import fold
from peerclaims.text.names import abbreviates

_SUGGESTED = re.compile(r"suggested|further|recommended|additional|reading", re.IGNORECASE)


_INTEXT: dict[tuple[int, bool], tuple[Reference, str]] = {}


def intext(ref: Reference, *, narrative: bool = False) -> str:
    """The APA 7 in-text citation of one work, ready to paste (memoised per work)."""
    hit = _INTEXT.get((id(ref), narrative))
    if hit is not None and hit[0] is ref:
        return hit[1]
    formatted = format_references([ref])[0]
    text = segments_text(formatted.narrative if narrative else formatted.parenthetical)
    _INTEXT[(id(ref), narrative)] = (ref, text)
    return text


def _works(a: Analysis) -> Iterator[tuple[FoundCitation, FoundWork]]:
    for found in a.citations:
        if found.citation.kind not in (CitationKind.NUMBERED, CitationKind.VAGUE):
            for work in found.works:
                yield found, work


def _at(a: Analysis, rule: str, found: FoundCitation, work: FoundWork | None, message: str,
        suggestion: str | None = None) -> Finding:
    offset = work.work.start if work else found.citation.start
    return a.finding(rule, found.block, offset, message, suggestion)


def unresolved_citation(a: Analysis) -> Iterator[Finding]:
    """A citation that matches no work in the corpus.

    FAIL: "Peer support reduces costs (Smith, 2019)." when the corpus has no Smith 2019
    PASS: "Peer support increases hope (Davidson et al., 2012)."
    """
    for found, work in _works(a):
        res = work.resolution
        if res.status == Status.UNRESOLVED and work.work.year is not None:
            yield _at(a, "unresolved-citation", found, work,
                      f"'{work.work.text}' matches no work in the corpus")
        elif res.status == Status.AMBIGUOUS and not res.differences:
            years = ", ".join(sorted({_year(a, k) for k in res.candidates}))
            yield _at(a, "unresolved-citation", found, work,
                      f"'{work.work.text}': no {work.work.authors[0]} work of {work.work.year} "
                      f"in the corpus (it has {years})")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cited(a: Analysis, key: str | None) -> str:
    """A work as a reader knows it: "Bologna and Pulice (2011)"."""
    ref = _ref(a, key)
    return intext(ref, narrative=True) if ref else str(key)


def _year(a: Analysis, key: str) -> str:
    ref = a.ctx.corpus.reference(key)
    return (ref.year if ref else None) or "n.d."


def _ref(a: Analysis, key: str | None) -> Reference | None:
    return a.ctx.corpus.reference(key) if key else None


def _corrected(text: str, fixes: list[tuple[str, str]]) -> str:
    for written, expected in fixes:
        text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", expected, text)
    return text


def author_misspelt(a: Analysis) -> Iterator[Finding]:
    """A citation matches a work but spells an author differently.

    Diacritics, hyphens and case do not count as differences.

    FAIL: "(Ochoka, Nelson, Janzen, & Trainor, 2006)" for Ochocka et al. 2006
    PASS: "(Ochocka, Nelson, Janzen, & Trainor, 2006)"
    """
    for found, work in _works(a):
        fixes = [(d.written, d.expected) for d in work.resolution.differences if d.field == "author"]
        if fixes:
            names = "; ".join(f"'{w}' is spelt '{e}'" for w, e in fixes)
            yield _at(a, "author-misspelt", found, work,
                      f"{names} in {_cited(a, work.resolution.key)}",
                      _corrected(found.citation.text, fixes))


def year_mismatch(a: Analysis) -> Iterator[Finding]:
    """The authors match a work in the corpus but the year differs.

    FAIL: "(Bologna & Pulice, 2010)" when the work is Bologna & Pulice (2011)
    PASS: "(Bologna & Pulice, 2011)"
    """
    for found, work in _works(a):
        for d in work.resolution.differences:
            if d.field == "year":
                fixed = _corrected(found.citation.text, [(work.work.year or "", d.expected)])
                yield _at(a, "year-mismatch", found, work,
                          f"'{_flat(work.work.text)}' gives {d.written}; the work is "
                          f"{_cited(a, work.resolution.key)}", fixed)


def et_al_misuse(a: Analysis) -> Iterator[Finding]:
    """APA 7: "et al." for three or more authors; both names for two.

    Full lists of three or more authors, which APA 6 allowed at first citation, are not
    reported.

    FAIL: "(Corrigan, et al., 2013)" for Corrigan & Sokol (2013); "(Mead, 2006)" for Mead & McNeil
    PASS: "(Corrigan & Sokol, 2013)"; "(Davidson et al., 2012)" for four authors
    """
    for found, work in _works(a):
        ref = _ref(a, work.resolution.key)
        if ref is None or not ref.authors or ref.authors[-1].last.lower() == "others":
            continue
        if not ref.title:  # known only from in-text citations: its author count is unsure
            continue
        count, written = len(ref.authors), work.work
        right = intext(ref, narrative=found.citation.kind == CitationKind.NARRATIVE)
        if written.et_al and count <= 2:
            yield _at(a, "et-al-misuse", found, work,
                      f"'{written.text}' uses et al. for a work with {_n(count)}", right)
        elif not written.et_al and len(written.authors) == 1 and count == 2:
            yield _at(a, "et-al-misuse", found, work,
                      f"'{written.text}' names one of two authors; APA names both", right)


def _n(count: int) -> str:
    return "one author" if count == 1 else f"{count} authors"


def vague_citation(a: Analysis) -> Iterator[Finding]:
    """A source named without a year or a findable reference.

    FAIL: "Recent review by Chinman et al in Psych Services"
    PASS: "(Chinman et al., 2014)"
    """
    for found in a.citations:
        if found.citation.kind != CitationKind.VAGUE:
            continue
        keys = sorted(found.keys)
        ref = _ref(a, keys[0]) if len(keys) == 1 else None
        hint = f"; the corpus has {', '.join(keys)}" if len(keys) > 1 else ""
        yield _at(a, "vague-citation", found, None,
                  f"'{found.citation.text}' names no year or reference{hint}",
                  intext(ref) if ref else None)


def _cited_keys_and_forms(a: Analysis, blocks: set[int]) -> list[tuple[FoundCitation, FoundWork]]:
    return [(f, w) for f, w in _works(a) if f.block in blocks]


def _same_work(work: FoundWork, listed: ListedWork) -> bool:
    if work.resolution.key and work.resolution.key == listed.resolution.key:
        return True
    written, entry = work.work, listed.entry
    if not written.authors or not entry.authors or written.year is None:
        return False
    return (_same_author(written.authors[0], entry.authors[0])
            and (entry.year or "").lower()[:4] == written.year.lower()[:4])


def _same_author(written: str, listed: str) -> bool:
    """Same surname up to a typo, or an organisation and its acronym ("SAMHSA")."""
    a, b = fold(written), fold(listed)
    return fuzz.ratio(a, b) >= 80 or abbreviates(a, b) or abbreviates(b, a)


def missing_from_reference_list(a: Analysis) -> Iterator[Finding]:
    """A work cited in the text is absent from the section's own reference list.

    FAIL: "(Bassuk et al., 2016)" in a section whose REFERENCES do not list Bassuk 2016
    PASS: the same citation with "Bassuk, E. L., ... (2016). ..." in the list
    """
    for section in a.sections:
        if not section.listed or _is_reading_list(a, section.listed[0]):
            continue
        text_blocks = set(range(section.first, section.last + 1)) - section.list_blocks
        for found, work in _cited_keys_and_forms(a, text_blocks):
            if not any(_same_work(work, listed) for listed in section.listed):
                yield _at(a, "missing-from-reference-list", found, work,
                          f"'{work.work.text}' is not in this section's reference list")


def uncited_reference(a: Analysis) -> Iterator[Finding]:
    """An entry of the document's reference list that its text never cites.

    Reading lists ("Suggested Readings", "Further Reading") are not expected to be cited.

    FAIL: "References: Kurtz, L. F. (1990). ..." and no "(Kurtz, 1990)" in the text
    PASS: the text cites "(Kurtz, 1990)"
    """
    for section in a.sections:
        if not section.listed or _is_reading_list(a, section.listed[0]):
            continue
        text_blocks = set(range(section.first, section.last + 1)) - section.list_blocks
        cited = _cited_keys_and_forms(a, text_blocks)
        by_number = {id(a.numbered[n]) for c in a.citations_in(text_blocks)
                     if c.citation.kind == CitationKind.NUMBERED for n in c.citation.numbers if n in a.numbered}
        for listed in section.listed:
            if id(listed) in by_number:
                continue
            if listed.entry.authors and not any(_same_work(w, listed) for _, w in cited):
                yield a.finding("uncited-reference", listed.block, listed.offset,
                                f"'{_short(listed)}' is listed but never cited in the text")


def _is_reading_list(a: Analysis, first: ListedWork) -> bool:
    start = a.starts[first.block] + first.offset
    heading = a.joined[max(0, start - 200):start].rsplit("\n\n", 3)
    return any(_SUGGESTED.search(part) for part in heading[-3:])


def _short(listed: ListedWork) -> str:
    authors = listed.entry.authors
    name = authors[0] + (" et al." if len(authors) > 2 else f" & {authors[1]}" if len(authors) == 2 else "")
    return f"{name} ({listed.entry.year or 'n.d.'})"


def reference_list_mismatch(a: Analysis) -> Iterator[Finding]:
    """A reference-list entry disagrees with the corpus on year, authors, journal or pages.

    Volume and page ranges are compared as numbers, journals up to small differences.

    FAIL: "Mead, S., & MacNeil, C. (2006)." when the corpus has Mead & McNeil
    PASS: "Mead, S., & McNeil, C. (2006). Peer support: What makes it unique. ..."
    """
    for section in a.sections:
        for listed in section.listed:
            ref = _ref(a, listed.resolution.key)
            if ref is None:
                continue
            problems = _entry_differences(listed, ref)
            if problems:
                yield a.finding("reference-list-mismatch", listed.block, listed.offset,
                                f"'{_short(listed)}' differs from {ref.key}: {'; '.join(problems)}")


def _entry_differences(listed: ListedWork, ref: Reference) -> list[str]:
    entry = listed.entry
    out = [f"{d.field} {d.written} (corpus: {d.expected})" for d in listed.resolution.differences]
    pairs = [("journal", entry.container, ref.get("journal")),
             ("volume", entry.volume, ref.get("volume")),
             ("pages", entry.pages, ref.get("pages"))]
    for name, written, expected in pairs:
        if written and expected and _differs(name, written, expected):
            out.append(f"{name} {written} (corpus: {expected.replace('--', '–')})")
    return out


def _differs(name: str, written: str, expected: str) -> bool:
    if name == "pages":
        return re.sub(r"\D+", "-", written).strip("-") != re.sub(r"\D+", "-", expected).strip("-")
    if name == "journal":
        return fuzz.token_set_ratio(fold(written), fold(expected)) < 85
    return fold(written) != fold(expected)


def _claims(a: Analysis) -> Iterator[ClaimSentence]:
    yield from a.claim_sentences


def uncited_claim(a: Analysis) -> Iterator[Finding]:
    """A sentence or bullet states a benefit, effect or statistic without a citation.

    A citation counts in the sentence, in its list block or paragraph, in the same shape of
    a slide, or standing alone on the next line or at the foot of the slide.

    FAIL: "48 states and DC reimburse peer support" with no source nearby
    PASS: "Peer support reduced readmissions (Sledge et al., 2011)."
    """
    for s in _claims(a):
        if not a.support_for(s) and not claimtext.is_own_work(s.text):
            suggestion = _suggest_for(a, s)
            yield a.finding("uncited-claim", s.block, s.start,
                            f"'{_clip(s.text)}' states a finding without a citation", suggestion)


def _suggest_for(a: Analysis, s: ClaimSentence) -> str | None:
    keys = [e.ref for m in s.matches[:1] for e in m.claim.evidence if e.support == Support.DIRECT]
    refs = [r for r in (_ref(a, k) for k in keys) if r is not None]
    return "; ".join(intext(r) for r in refs) or None


def _clip(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def misattributed_claim(a: Analysis) -> Iterator[Finding]:
    """A sentence matches a corpus claim but cites works that are not its evidence.

    The works that are its evidence are named, and the direct one suggested.

    A figure belongs to the study that produced it, so where the sentence quotes the claim's
    figure only the claim's own evidence counts. A benefit without a figure ("decrease
    depression") must repeat a recorded wording and cite a work by name (a vague source line
    is reported as such), and any work the corpus links to a claim of the same outcome and
    direction is accepted, since many studies report such benefits.

    FAIL: "reduce readmissions by 42%" credited to a Chinman review (the trial is Sledge et al. 2011)
    PASS: "reduce readmissions by 42% (Sledge et al., 2011)"
    """
    for s in _claims(a):
        strong = [m for m in s.matches if m.score >= 95]
        sources = a.attributed_to(s)
        quotes_figure = bool(claimtext.percentages(s.text) or claimtext.numbers(s.text))
        by_figure = quotes_figure and any(m.claim.effect for m in strong)
        if not by_figure:  # a vague source line is its own warning; only a figure pins it down
            sources = [c for c in sources if c.citation.kind != CitationKind.VAGUE]
        cited = {w.resolution.key for c in sources for w in c.works if w.resolution.key}
        if not strong or not cited:
            continue
        evidence = {e.ref.lower() for m in strong for e in m.claim.evidence}
        if not by_figure:
            if not any(m.score >= STRONG for m in strong):
                continue  # a benefit in other words: too loose a match to accuse a citation
            for m in strong:
                evidence |= a.ctx.by_outcome.get((m.claim.outcome, m.claim.direction), set())
        if evidence and not {k.lower() for k in cited} & evidence:
            right = _evidence_names(a, strong)
            credited = ", ".join(_cited(a, k) for k in sorted(cited))
            yield a.finding("misattributed-claim", s.block, s.start,
                            f"'{_clip(s.text)}' is credited to {credited}, which is not among "
                            f"its evidence: {right}", _suggest_for(a, s))


_SUPPORT = {Support.DIRECT: "found it", Support.REVIEW: "reviews it", Support.SECONDARY: "repeats it"}


def _evidence_names(a: Analysis, matches: list[Match]) -> str:
    """"Sledge et al. (2011) found it; Davidson et al. (2012) reviews it"."""
    seen: dict[str, str] = {}
    for m in matches:
        for e in m.claim.evidence:
            ref = _ref(a, e.ref)
            if ref is not None:
                seen.setdefault(ref.key, f"{intext(ref, narrative=True)} "
                                         f"{_SUPPORT.get(e.support, e.support)}")
    return "; ".join(seen.values())


def statistic_mismatch(a: Analysis) -> Iterator[Finding]:
    """A figure disagrees with the matched claim or does not follow from the study's numbers.

    A relative change is recomputed from the two group means and compared within rounding.

    FAIL: "reduce days in hospital by 48%" (10.1 vs 19.1 days is a 47% reduction)
    PASS: "reduce readmissions by 42%" (0.89 vs 1.53 admissions: 41.8%)
    """
    for s in _claims(a):
        match = _figure_match(a, s)
        if match is not None and match.claim.effect is not None:
            problem = _figure_problem(s.text, match.claim.effect)
            if problem:
                yield a.finding("statistic-mismatch", s.block, s.start, problem)


def _figure_match(a: Analysis, s: ClaimSentence) -> Match | None:
    """The matched claim whose figures the sentence quotes, if it can be told.

    Among matches with an effect, the one whose evidence the sentence cites; failing that,
    the only one; with several and no citation to choose by, none (no guessing).
    """
    with_effect = [m for m in s.matches if m.claim.effect is not None]
    cited = {w.resolution.key.lower() for c in a.attributed_to(s) for w in c.works
             if w.resolution.key}
    chosen = [m for m in with_effect if cited & {e.ref.lower() for e in m.claim.evidence}]
    if len(chosen) >= 1:
        return chosen[0]
    return with_effect[0] if len(with_effect) == 1 else None


def _figure_problem(text: str, effect) -> str | None:  # type: ignore[no-untyped-def]
    stated = claimtext.percentages(text)
    change = effect.recomputed_relative_change()
    if stated and change is not None:
        expected = abs(change) * 100
        if all(not _rounds_to(expected, p) for p in stated):
            way = "reduction" if change < 0 else "increase"
            figures = f"{effect.intervention:g} vs {effect.comparison:g} {effect.unit or ''}".rstrip()
            return (f"{_pct(stated[0])} does not follow from the study's figures "
                    f"({figures}: a {expected:.0f}% {way})")
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
    return abs(round(exact, decimals) - stated) < 10 ** -(decimals + 3)


def _count_problem(text: str, value: float) -> str | None:
    figures = [n for n in claimtext.numbers(text) if value / 3 <= n <= value * 3]
    if figures and all(abs(n - value) > 0.005 * value for n in figures):
        return f"{figures[0]:g} differs from the {value:g} the source reports"
    return None


def _pct(value: float) -> str:
    return f"{value:g}%"


def overstated_certainty(a: Analysis) -> Iterator[Finding]:
    """Certain wording ("proven", "always", "eliminates", "will") over emerging evidence.

    Fires where every matched claim is graded Low or Very low (GRADE); hedged wording passes.

    FAIL: "Peer support is proven to increase self-esteem and confidence." (graded Very low)
    PASS: "Peer support may increase self-esteem and confidence."
    """
    for s in _claims(a):
        words = claimtext.certainty_words(s.text)
        if not words or not s.matches:
            continue
        grades = [grade_claim(m.claim, a.ctx.corpus) for m in s.matches]
        if all(g.emerging for g in grades):
            label = max(grades, key=lambda g: g.level).label
            yield a.finding("overstated-certainty", s.block, s.start,
                            f"'{words[0]}' overstates evidence graded {label} "
                            f"({s.matches[0].claim.id})",
                            "hedge it: 'may …', 'early evidence suggests …'")


def unknown_claim(a: Analysis) -> Iterator[Finding]:
    """A benefit claim that matches nothing in the corpus (for curators to review).

    FAIL (info): "Peer support reduces parking fines by 30%."
    PASS: "Peer support increases hope." (in the corpus)
    """
    for s in _claims(a):
        if not s.matches:
            yield a.finding("unknown-claim", s.block, s.start,
                            f"'{_clip(s.text)}' matches no claim in the corpus")


RULES = (
    Rule("PC201", "unresolved-citation", Severity.WARNING, Scope.DOCUMENT, unresolved_citation),
    Rule("PC202", "author-misspelt", Severity.ERROR, Scope.DOCUMENT, author_misspelt),
    Rule("PC203", "year-mismatch", Severity.ERROR, Scope.DOCUMENT, year_mismatch),
    Rule("PC204", "et-al-misuse", Severity.WARNING, Scope.DOCUMENT, et_al_misuse),
    Rule("PC205", "vague-citation", Severity.WARNING, Scope.DOCUMENT, vague_citation),
    Rule("PC206", "missing-from-reference-list", Severity.WARNING, Scope.DOCUMENT,
         missing_from_reference_list),
    Rule("PC207", "uncited-reference", Severity.INFO, Scope.DOCUMENT, uncited_reference),
    Rule("PC208", "reference-list-mismatch", Severity.WARNING, Scope.DOCUMENT, reference_list_mismatch),
    Rule("PC209", "uncited-claim", Severity.WARNING, Scope.DOCUMENT, uncited_claim),
    Rule("PC210", "misattributed-claim", Severity.ERROR, Scope.DOCUMENT, misattributed_claim),
    Rule("PC211", "statistic-mismatch", Severity.ERROR, Scope.DOCUMENT, statistic_mismatch),
    Rule("PC212", "overstated-certainty", Severity.WARNING, Scope.DOCUMENT, overstated_certainty),
    Rule("PC213", "unknown-claim", Severity.INFO, Scope.DOCUMENT, unknown_claim),
)
