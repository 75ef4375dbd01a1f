"""design-mismatch: the words before a citation call the work something its corpus record
says it is not (a trial, a Cochrane review, a meta-analysis of so many studies)."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.diagnostics import Finding
from peerclaims.match.design import DesignPhrase, mismatch, phrase_before, subject_phrase
from peerclaims.match.findings import reported_figures
from peerclaims.match.reading import Analysis
from peerclaims.rules.contradiction import own_citations
from peerclaims.rules.document import cited_name, reference_of


def design_mismatch(a: Analysis) -> Iterator[Finding]:
    """A design or venue word before a citation does not fit the cited work.

    "One RCT (A; B)" where B is a cohort study, "a Cochrane review (X)" where X appeared
    elsewhere, "a meta-analysis of 30 studies (X)" where X is a trial or pooled 18, "A 2023
    systematic review of 30 studies found ... (X)" where X reviewed 20: each is checked
    against the work's `studydesign`, journal and `studies` fields. The phrase must stand
    right before the citation ("in one RCT by Clarke (2000)"), or be the subject of a claim
    whose only cited work it then describes. Trials a review pooled or found ("a
    meta-analysis of 18 RCTs", "only one RCT", "two RCTs (X)" citing one work) describe its
    contents, not its design. Only a primary study called a review is judged (reviews are
    labelled loosely), and a review's size is right if the corpus gives that number for it
    anywhere. Works whose record lacks the field are not judged.

    A warning: which citation a design word describes is read from word order, and a
    reader should look before calling the sentence wrong.

    FAIL: "Longer community tenure in one RCT (Clarke et al., 2000; Min et al., 2007)" (Min et al. is a cohort study)
    PASS: "Longer community tenure in one RCT (Clarke et al., 2000)"
    """
    index = a.ctx.findings
    for found in a.citations:
        text = a.blocks[found.block].text
        phrase = phrase_before(text, found.citation.start)
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


def _subjects(a: Analysis) -> Iterator[Finding]:
    """ "A 2023 systematic review of 30 studies found ... (X)": the sentence's subject
    describes its only cited work."""
    index = a.ctx.findings
    for s in a.claim_sentences:
        phrase = subject_phrase(s.text)
        if phrase is None or phrase.plural:
            continue
        own = own_citations(a, s)
        works = [(c, w) for c in own for w in c.works]
        if len(works) != 1 or not works[0][1].resolution.key:
            continue
        found, work = works[0]
        text = a.blocks[found.block].text
        if phrase_before(text, found.citation.start) is not None:
            continue  # reported at the citation already
        ref = reference_of(a, work.resolution.key)
        if ref is None:
            continue
        problem = mismatch(phrase, ref, reported_figures(index.of(ref.key)))
        if problem:
            yield _finding(a, found.block, work.work.start, phrase, ref.key, problem)


def _finding(
    a: Analysis, block: int, offset: int, phrase: DesignPhrase, key: str, problem: str
) -> Finding:
    return a.finding(
        "design-mismatch",
        block,
        offset,
        f"'{phrase.text}' describes {cited_name(a, key)}, which {problem}",
    )
