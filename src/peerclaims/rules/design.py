"""design-mismatch: the words before a citation call the work something its corpus record
says it is not (a trial, a Cochrane review, a meta-analysis of so many studies)."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.diagnostics import Finding
from peerclaims.match.design import mismatch, phrase_before
from peerclaims.match.findings import findings, reported_figures
from peerclaims.match.reading import Analysis
from peerclaims.rules.document import cited_name, reference_of


def design_mismatch(a: Analysis) -> Iterator[Finding]:
    """A design or venue word before a citation does not fit the cited work.

    "One RCT (A; B)" where B is a cohort study, "a Cochrane review (X)" where X appeared
    elsewhere, "a meta-analysis of 30 studies (X)" where X is a trial or pooled 18: each is
    checked against the work's `studydesign`, journal, title and `studies` fields. The
    phrase must stand right before the citation ("in one RCT by Clarke (2000)"); trials a
    review pooled or found ("a meta-analysis of 18 RCTs", "only one RCT", "two RCTs (X)"
    citing one work) describe its contents, not its design. Only a primary study called a
    review is judged (reviews are labelled loosely), and a review's size is right if the
    corpus gives that number for it anywhere. Works whose record lacks the field are not
    judged.

    A warning: which citation a design word describes is read from word order, and a
    reader should look before calling the sentence wrong.

    FAIL: "Longer community tenure in one RCT (Clarke et al., 2000; Min et al., 2007)" (Min et al. is a cohort study)
    PASS: "Longer community tenure in one RCT (Clarke et al., 2000)"
    """
    index = findings(a.ctx.corpus)
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
            if problem:
                yield a.finding(
                    "design-mismatch",
                    found.block,
                    work.work.start,
                    f"'{phrase.text}' describes {cited_name(a, ref.key if ref else None)}, "
                    f"which {problem}",
                )
