"""The outcomes a work reports results on (`outcomes` in references.bib): the corpus must
list every outcome of the work's own findings there (outcome-not-listed), and a document
must not credit the work with a result on an outcome it never reported
(outcome-not-reported)."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Reference
from peerclaims.corpus.vocab import CONCRETE_OUTCOMES, related_outcomes
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.findings import Findings
from peerclaims.match.found import ClaimSentence
from peerclaims.match.reading import Analysis
from peerclaims.match.statement import Stated, stated_effects
from peerclaims.rules import Rule, Scope
from peerclaims.rules.contradiction import alternatives, own_text, phrase
from peerclaims.rules.document import cited_name, clip, credited, intext, reference_of


def outcome_not_listed(corpus: Corpus) -> Iterator[Finding]:
    """A work's `outcomes` leaves out the outcome of one of its own findings in claims.yaml.

    `outcomes` lists every outcome a work reports results on, as the record named in
    `verified` gives them; the checker takes a work that has the field to report on nothing
    else (outcome-not-reported). A finding the corpus credits to the work (direct or review
    evidence for a benefit, finding or statistic) on an outcome missing from the list
    means the list is incomplete, so the rule reports it at the claim's evidence.

    FAIL: `outcomes = {relapse}` on reif2014, and a claim with outcome `treatment-retention`
    and `evidence: [{ref: reif2014, support: review}]`
    PASS: `outcomes = {relapse; treatment-retention}`
    """
    listed = {
        ref.key.lower(): set(ref.outcomes) for ref in corpus.references if ref.outcomes is not None
    }
    number = {id(claim): no for no, claim in enumerate(corpus.claims)}
    for key, claims in Findings.build(corpus).by_work.items():
        if key not in listed:
            continue
        for claim in claims:
            if claim.outcome in listed[key]:
                continue
            no = number[id(claim)]
            i = next(n for n, e in enumerate(claim.evidence) if e.ref.lower() == key)
            pos = corpus.where(no, "evidence", i, "ref")
            ref = corpus.reference(key)
            name = ref.key if ref else key
            yield Finding(
                "outcome-not-listed",
                corpus.claims_path,
                pos.line,
                pos.column,
                f"claim '{claim.id}' is a finding of '{name}' on {claim.outcome}, which "
                f"the entry's `outcomes` does not list",
                f"add '{claim.outcome}' to `outcomes` of '{name}' if its record reports it",
            )


def outcome_not_reported(a: Analysis) -> Iterator[Finding]:
    """A sentence credits a work with a result on an outcome the work never reported.

    "Peer specialists reduce relapse and are cost-effective (Reif et al., 2014)" where the
    corpus records the outcomes Reif et al. report results on (`outcomes` in
    references.bib: relapse, treatment retention, relationships, satisfaction) and none is
    cost. Only outcomes that name one countable thing are judged (admissions, emergency
    visits, substance use, overdose, suicide, deaths, costs, housing, employment, arrests,
    physical health), and a related outcome counts as reported ("engagement" for a work
    that reports treatment retention): a "range of recovery outcomes" may cover hope or
    well-being under another name. Every work the sentence is credited to must record its
    outcomes and none may report it; a sentence with an unresolved or vague citation
    beside them is not judged, since that source may be the one that reported it. Works
    that found the stated benefit are suggested to cite for that outcome (beside the work,
    which may well back the rest of the sentence), unless they lack the sentence's figure.

    A warning: the list is what the work's record reports, and a full text may say more.

    FAIL: "Peer support reduced relapse and lowered costs (Reif et al., 2014)."
    PASS: "Peer support reduced relapse (Reif et al., 2014)."
    """
    for s in a.claim_sentences:
        works = _credited(a, s)
        if not works:
            continue
        stated = [
            st
            for st in stated_effects(own_text(a, s))
            if st.beneficial and st.outcome in CONCRETE_OUTCOMES
        ]
        for st in stated:
            related = related_outcomes(st.outcome)
            if any(related & set(ref.outcomes or ()) for ref in works):
                continue
            yield _finding(a, s, st, works)
            break  # one finding per sentence: the first outcome no cited work reports


def _credited(a: Analysis, s: ClaimSentence) -> list[Reference]:
    """The corpus works a sentence is credited to, when every one records its outcomes and
    no unresolved or vague source stands beside them; else nothing."""
    works = credited(a, s)
    if works.unknown or works.vague:
        return []
    refs = [reference_of(a, key) for key in works.keys]
    if any(ref is None or ref.outcomes is None for ref in refs):
        return []
    return [ref for ref in refs if ref is not None]


def _finding(a: Analysis, s: ClaimSentence, st: Stated, works: list[Reference]) -> Finding:
    label = st.outcome.replace("-", " ")
    if len(works) == 1:
        reports = f"the outcomes it reports: {_listing(works[0].outcomes or ())}"
    else:
        reports = "; ".join(
            f"{cited_name(a, ref.key)} reports {_listing(ref.outcomes or ())}" for ref in works
        )
    if len(works) == 1:
        verdict = f"{cited_name(a, works[0].key)} reports no result on {label}"
    else:
        verdict = (
            f"none of {', '.join(cited_name(a, r.key) for r in works)} reports a result on {label}"
        )
    found_it, suggested = alternatives(a, s, st, set())
    return a.finding(
        "outcome-not-reported",
        s.block,
        s.start,
        f"'{clip(s.text)}' states {phrase(st.direction, st.outcome)}, but {verdict} "
        f"({reports}){found_it}",
        f"cite for {label}: " + "; ".join(intext(a, r) for r in suggested) if suggested else None,
    )


def _listing(outcomes: tuple[str, ...]) -> str:
    return ", ".join(o.replace("-", " ") for o in outcomes)


RULES = (
    Rule("PC111", "outcome-not-listed", Severity.ERROR, Scope.CORPUS, outcome_not_listed),
    Rule("PC220", "outcome-not-reported", Severity.WARNING, Scope.DOCUMENT, outcome_not_reported),
)
