"""design-mismatch: the words describing a cited study call the work something its corpus
record says it is not (a trial, a Cochrane review, a 2023 meta-analysis of so many
studies, a study of so many people, a paper in another journal)."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.diagnostics import Finding
from peerclaims.match.described import (
    Described,
    described_before,
    described_owns,
    described_problems,
    described_subject,
    names_no_work,
)
from peerclaims.match.design import DesignPhrase, mismatch, phrase_before, phrase_within
from peerclaims.match.findings import reported_figures
from peerclaims.match.found import ClaimSentence, FoundCitation, FoundWork
from peerclaims.match.reading import Analysis
from peerclaims.match.venue import cited_journal, journal_before, same_journal
from peerclaims.rules.contradiction import own_citations
from peerclaims.rules.document import cited_name, reference_of
from peerclaims.text.citation_types import CitationKind


def design_mismatch(a: Analysis) -> Iterator[Finding]:
    """A design, year or size given for a cited study does not fit the cited work.

    "One RCT (A; B)" where B is a cohort study, "a Cochrane review (X)" where X appeared
    elsewhere, "a meta-analysis of 30 studies (X)" where X is a trial or pooled 18, "A 2023
    systematic review of 30 studies found ... (X, 2014)" where X is a 2014 review of 20, "In
    a study of 1,200 participants, ... (X)" where X enrolled 137: each is checked against
    the work's `studydesign`, journal, `studies`, `n` and year. The description must stand
    right before the citation ("in one RCT by Clarke (2000)"), or be the subject of the
    sentence or of its main clause, and then it describes the sentence's first citation
    after it, unless another citation, a semicolon, an example ("for example", "such as"),
    a contrast ("while", "but"), another source ("a trial", "the authors") or a new clause
    with its own subject stands between them. Only a singular description is judged, and
    one credited to several works is reported only when it fits none of them. A year is
    the study's only in "a 2023 review" (not "in 2019, a trial"), and is a year's slack
    from the record; a size may be rounded ("300" for 296) or qualified ("more than
    1,000"). Trials a review pooled or found ("a meta-analysis of 18 RCTs", "only one RCT",
    "two RCTs (X)" citing one work) describe its contents, not its design. A "systematic
    review" or "meta-analysis" is judged only against a primary study or a narrative review
    (which neither searched systematically nor pooled); a plain "review" fits any review,
    and a report built on one is not judged. A possessive narrative citation carries its
    own design words ("Repper and Carter's 2011 systematic review"). A size is right if
    the corpus gives that number for the work anywhere. A citation item that names no work
    ("updated meta-analysis through 2023") cannot be looked up, so the description is
    checked against the works the citation does name; a work outside the corpus may be
    the one described, and then nothing is judged. Works whose record lacks the field are
    not judged. A journal named inside the parentheses ("(Reif et al., *Journal of
    Substance Abuse Treatment*, 2014)") or the one it was "published in" right before the
    citation ("A systematic review published in Psychiatric Services (Repper & Carter,
    2011)") must be the work's, or an abbreviation of it ("Psych Services", "JSAT").

    A warning: which citation a description belongs to is read from word order, and a
    reader should look before calling the sentence wrong.

    FAIL: "Longer community tenure in one RCT (Clarke et al., 2000; Min et al., 2007)" (Min et al. is a cohort study)
    FAIL: "A 2023 systematic review of 30 studies found that peer support reduced hospitalization (Chinman et al., 2014)" (a 2014 review of 20)
    PASS: "Longer community tenure in one RCT (Clarke et al., 2000)"
    PASS: "A 2014 review of 20 studies found that peer support reduced hospitalization (Chinman et al., 2014)"
    """
    index = a.ctx.findings
    for found in a.citations:
        text = a.blocks[found.block].text
        described = described_before(text, found.citation.start)
        if described is not None and (described.year or described.people):
            yield from _judge(a, found, described, design=False)
        yield from _venues(a, found)
        phrase = phrase_before(text, found.citation.start) or phrase_within(found.citation.text)
        if phrase is None:
            continue
        if phrase.plural and len(found.works) < 2:
            continue  # "two RCTs (X)": X may be the review that counted them
        for work in found.works:
            ref = reference_of(a, work.resolution.key)
            counts = reported_figures(index.of(ref.key)) if ref is not None else set()
            problem = mismatch(phrase, ref, counts) if ref is not None else None
            if problem and ref is not None:
                yield _finding(a, found.block, work.work.start, phrase, ref.key, problem)
    yield from _subjects(a)


def _venues(a: Analysis, found: FoundCitation) -> Iterator[Finding]:
    """ "(Reif et al., *Journal of Substance Abuse Treatment*, 2014)", or "published in
    Psychiatric Services (Repper & Carter, 2011)" for a work that appeared elsewhere."""
    if found.citation.kind == CitationKind.NUMBERED:
        return  # a numbered citation's item is its list entry, judged by reference-list rules
    before = journal_before(a.blocks[found.block].text, found.citation.start)
    for work in found.works:
        ref = reference_of(a, work.resolution.key) if work.resolution.key else None
        recorded = (ref.get("journal") or ref.get("journaltitle")) if ref is not None else None
        journal = before if len(found.works) == 1 else None
        if found.citation.kind == CitationKind.PARENTHETICAL:
            journal = cited_journal(work.work.text, work.work.authors) or journal
        if ref is None or not recorded or journal is None or same_journal(journal, recorded):
            continue
        yield a.finding(
            "design-mismatch",
            found.block,
            work.work.start,
            f"'{journal}' is not where {cited_name(a, ref.key)} appeared ({recorded})",
        )


def _subjects(a: Analysis) -> Iterator[Finding]:
    """ "A 2023 systematic review of 30 studies found ... (X)": the sentence's subject
    describes the work its first citation names."""
    for s in a.claim_sentences:
        described = described_subject(s.text)
        if described is None or not described.checkable:
            continue
        found = _owner(a, s, described.end)
        if found is None:
            continue
        text = a.blocks[found.block].text
        if described_before(text, found.citation.start) is not None:
            continue  # the description right before the citation is judged above
        # a design word right before the citation is judged above
        design = phrase_before(text, found.citation.start) is None
        yield from _judge(a, found, described, design=design)


def _judge(
    a: Analysis, found: FoundCitation, described: Described, *, design: bool
) -> Iterator[Finding]:
    """The description against the citation's works: reported when it fits none of them."""
    works = [w for w in found.works if w.resolution.key]
    unnamed = [w for w in found.works if not w.resolution.key and names_no_work(w.work)]
    if not works or len(works) + len(unnamed) < len(found.works):
        return  # a work outside the corpus (or not told apart) may be the one described
    problems = []
    for work in works:
        ref = reference_of(a, work.resolution.key)
        if ref is None:
            return
        counts = reported_figures(a.ctx.findings.of(ref.key))
        problem = described_problems(
            described, ref, counts, design=design, cited_year=work.work.year
        )
        if not problem:
            return  # one cited work fits the description: it may be that one
        problems.append((work, ref.key, ", and ".join(problem)))
    yield _described_finding(a, found, described.text, problems, unnamed)


def _owner(a: Analysis, s: ClaimSentence, end: int) -> FoundCitation | None:
    """The citation a subject ending at `end` of the sentence describes, if it can be told:
    the sentence's first citation after it, with no other subject, example or clause
    between."""
    text = a.blocks[s.block].text
    after = [c for c in own_citations(a, s) if c.citation.start >= s.start + end]
    if not after:
        return None
    found = min(after, key=lambda c: c.citation.start)
    if not described_owns(text[s.start + end : found.citation.start]):
        return None
    return found


def _described_finding(
    a: Analysis,
    found: FoundCitation,
    phrase: str,
    problems: list[tuple[FoundWork, str, str]],
    unnamed: list[FoundWork],
) -> Finding:
    work, key, problem = problems[0]
    if len(problems) == 1:
        message = f"'{phrase}' describes {cited_name(a, key)}, which {problem}"
    else:
        each = "; ".join(f"{cited_name(a, k)} {p}" for _, k, p in problems)
        message = f"'{phrase}' fits none of the works cited: {each}"
    if unnamed:
        items = ", ".join(f"'{w.work.text.strip()}'" for w in unnamed)
        message += f" (also cited: {items}, which names no work)"
    return a.finding("design-mismatch", found.block, work.work.start, message)


def _finding(
    a: Analysis, block: int, offset: int, phrase: DesignPhrase, key: str, problem: str
) -> Finding:
    return a.finding(
        "design-mismatch",
        block,
        offset,
        f"'{phrase.text}' describes {cited_name(a, key)}, which {problem}",
    )
