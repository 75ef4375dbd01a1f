"""Rules on claim sentences by themselves: uncited, overstated, unknown to the corpus.

Rules that compare a sentence with the evidence it cites are in rules/evidence.py."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.corpus.grading import grade_claim
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.reading import Analysis
from peerclaims.rules import Rule, Scope
from peerclaims.rules.document import clip, suggest_for, with_citation_fix
from peerclaims.text import sentences as claimtext


def uncited_claim(a: Analysis) -> Iterator[Finding]:
    """A sentence or bullet states a benefit, effect or statistic without a citation.

    A citation counts in the sentence, in its list block or paragraph, in the same shape of
    a slide, or standing alone on the next line or at the foot of the slide.

    FAIL: "48 states and DC reimburse peer support" with no source nearby
    PASS: "Peer support reduced readmissions (Sledge et al., 2011)."
    """
    for s in a.claim_sentences:
        if not a.support_for(s) and not claimtext.is_own_work(s.text):
            suggestion = suggest_for(a, s)
            found = a.finding(
                "uncited-claim",
                s.block,
                s.start,
                f"'{clip(s.text)}' states a finding without a citation",
                suggestion,
            )
            yield with_citation_fix(a, s, found) if suggestion else found


def overstated_certainty(a: Analysis) -> Iterator[Finding]:
    """Certain wording ("proven", "always", "eliminates", "will") over emerging evidence.

    Fires where every matched claim is graded Low or Very low (GRADE); hedged wording passes.

    FAIL: "Peer support is proven to increase self-esteem and confidence." (graded Very low)
    PASS: "Peer support may increase self-esteem and confidence."
    """
    for s in a.claim_sentences:
        words = claimtext.certainty_words(s.text)
        if not words or not s.matches:
            continue
        grades = [grade_claim(m.claim, a.ctx.corpus) for m in s.matches]
        if all(g.emerging for g in grades):
            label = max(grades, key=lambda g: g.level).label
            yield a.finding(
                "overstated-certainty",
                s.block,
                s.start,
                f"'{words[0]}' overstates evidence graded {label} ({s.matches[0].claim.id})",
                "hedge it: 'may …', 'early evidence suggests …'",
            )


def unknown_claim(a: Analysis) -> Iterator[Finding]:
    """A benefit claim that matches nothing in the corpus (for curators to review).

    FAIL (info): "Peer support reduces parking fines by 30%."
    PASS: "Peer support increases hope." (in the corpus)
    """
    for s in a.claim_sentences:
        if not s.matches:
            yield a.finding(
                "unknown-claim",
                s.block,
                s.start,
                f"'{clip(s.text)}' matches no claim in the corpus",
            )


RULES = (
    Rule("PC209", "uncited-claim", Severity.WARNING, Scope.DOCUMENT, uncited_claim),
    Rule("PC212", "overstated-certainty", Severity.WARNING, Scope.DOCUMENT, overstated_certainty),
    Rule("PC213", "unknown-claim", Severity.INFO, Scope.DOCUMENT, unknown_claim),
)
