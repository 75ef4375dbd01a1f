"""The outcomes a work reports results on: outcome-not-listed (PC111) keeps the `outcomes`
field complete, and outcome-not-reported (PC220) warns when a document credits a work with a
result on an outcome its record never reports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peerclaims.corpus.vocab import CONCRETE_OUTCOMES, Outcome, related_outcomes
from peerclaims.diagnostics import Diagnostic
from peerclaims.rules import RuleSettings
from peerclaims.runner import load_corpus
from tests.helpers import SmallCorpus, diagnostics

CLAIMS = """\
version: 1
claims:
  - id: review-relapse
    statement: Peer recovery support was associated with reduced relapse rates.
    kind: finding
    population: substance-use
    outcome: relapse
    direction: decrease
    evidence:
      - {ref: review2014, support: direct}
  - id: review-retention
    statement: Peer recovery support increased treatment retention.
    kind: finding
    population: substance-use
    outcome: treatment-retention
    direction: increase
    evidence:
      - {ref: review2014, support: direct}
  - id: costs-trial
    statement: Peer support lowered the costs of care.
    kind: finding
    population: mental-health
    outcome: cost
    direction: decrease
    evidence:
      - {ref: costtrial2019, support: direct}
  - id: unlisted-hope
    statement: Peer support raised hope.
    kind: finding
    population: mental-health
    outcome: hope
    direction: increase
    evidence:
      - {ref: unlisted2010, support: direct}
"""

BIB = """\
@article{review2014,
  author = {Reif, S. and Braude, L. and Lyman, D. R.},
  title = {Peer recovery support for individuals with substance use disorders},
  journal = {Psychiatric Services}, year = {2014}, studydesign = {systematic-review},
  outcomes = {relapse; treatment-retention; relationships; satisfaction},
}
@article{costtrial2019,
  author = {Kirk, T. and Di Leo, P.},
  title = {Costs of peer support},
  journal = {Journal of Costs}, year = {2019}, studydesign = {rct},
  outcomes = {cost; hospitalization},
}
@article{unlisted2010,
  author = {Nolist, A. and Other, B. and Third, C.},
  title = {A work whose outcomes are not recorded},
  journal = {Journal}, year = {2010}, studydesign = {rct},
}
"""

RULE = "outcome-not-reported"


CORPUS = SmallCorpus(CLAIMS, BIB)


def found(text: str) -> list[Diagnostic]:
    """outcome-not-reported findings for a Markdown text against the small corpus."""
    return CORPUS.check(text, {RULE})


# --- outcome-not-reported -----------------------------------------------------------------


def test_an_outcome_the_work_never_reported_is_named_with_what_it_does_report() -> None:
    [d] = found(
        "Peer recovery support specialists improve treatment engagement, reduce relapse, "
        "and are cost-effective (Reif et al., 2014).\n"
    )
    assert (d.line, d.column, d.name, d.severity) == (1, 1, RULE, "warning")
    assert "states a reduction in cost, but Reif et al. (2014) reports no result on cost" in (
        d.message
    )
    assert "(the outcomes it reports: relapse, treatment retention, relationships, " in (d.message)
    # the work the corpus records as finding lower costs is named and suggested
    assert "works that found a reduction in cost: Kirk and Di Leo (2019)" in d.message
    assert d.suggestion == "cite for cost: (Kirk & Di Leo, 2019)"


def test_outcomes_the_work_reports_or_a_related_one_pass() -> None:
    assert found("Peer support reduced relapse (Reif et al., 2014).\n") == []
    # substance use is related to relapse: a review of relapse may be said to report it
    assert found("Peer support reduced substance use (Reif et al., 2014).\n") == []


def test_soft_outcomes_are_not_judged() -> None:
    """A review's "range of recovery outcomes" may cover hope under another name."""
    assert found("Peer support increased hope and self-esteem (Reif et al., 2014).\n") == []


def test_one_cited_work_that_reports_it_is_enough() -> None:
    text = (
        "Peer support reduced relapse and lowered costs (Reif et al., 2014; Kirk & Di Leo, 2019).\n"
    )
    assert found(text) == []


def test_several_works_none_reporting_it_are_all_named() -> None:
    [d] = found("Peer support reduced homelessness (Reif et al., 2014; Kirk & Di Leo, 2019).\n")
    assert "none of Reif et al. (2014), Kirk and Di Leo (2019) reports a result on housing" in (
        d.message
    )
    assert d.suggestion is None  # no corpus work found more housing


def test_a_work_without_recorded_outcomes_is_not_judged() -> None:
    assert found("Peer support lowered costs (Nolist et al., 2010).\n") == []
    text = "Peer support lowered costs (Reif et al., 2014; Nolist et al., 2010).\n"
    assert found(text) == []  # the work beside it may be the one that reported it


def test_an_unresolved_source_beside_the_work_stops_the_rule() -> None:
    text = "Peer support lowered costs (Reif et al., 2014; Unknown & Author, 2020).\n"
    assert found(text) == []


def test_a_negated_or_hedged_sentence_states_no_result() -> None:
    assert found("It is not known whether peer support lowers costs (Reif et al., 2014).\n") == []
    assert found("Peer support may not be cost-effective (Reif et al., 2014).\n") == []


def test_a_table_row_credits_its_source_column() -> None:
    text = """\
    | Claim | Source |
    |---|---|
    | Peer support lowers costs | Reif et al., 2014 |
    | Peer support reduces relapse | Reif et al., 2014 |
    """
    assert [(d.line, d.name) for d in found(text)] == [(3, RULE)]


# --- outcome-not-listed -------------------------------------------------------------------


def test_a_finding_outside_the_works_outcomes_is_an_error_at_its_evidence() -> None:
    bib = BIB.replace("{relapse; treatment-retention; relationships; satisfaction}", "{relapse}")
    [d] = diagnostics(CLAIMS, bib, select=["outcome-not-listed"])
    assert (d.line, d.column, d.severity) == (18, 15, "error")
    assert d.message == (
        "claim 'review-retention' is a finding of 'review2014' on treatment-retention, "
        "which the entry's `outcomes` does not list"
    )
    assert (
        d.suggestion
        == "add 'treatment-retention' to `outcomes` of 'review2014' if its record reports it"
    )


def test_complete_outcomes_and_works_without_the_field_pass() -> None:
    assert diagnostics(CLAIMS, BIB, select=["outcome-not-listed"]) == []


def test_an_unknown_outcome_value_names_the_vocabulary() -> None:
    bib = BIB.replace("outcomes = {cost; hospitalization}", "outcomes = {cost; hospitalisation}")
    [d] = diagnostics(CLAIMS, bib, select=["unknown-vocabulary-value"])
    assert d.line == 11
    assert d.message.startswith("outcomes 'hospitalisation' of 'costtrial2019' is not one of: ")
    assert d.suggestion == "did you mean 'hospitalization'?"


def test_the_bundled_corpus_lists_every_finding_of_the_works_that_record_outcomes() -> None:
    assert [d for d in load_and_validate() if d.name == "outcome-not-listed"] == []


def load_and_validate() -> list[Diagnostic]:
    from peerclaims.runner import validate

    return validate(load_corpus().corpus, RuleSettings(select=frozenset({"outcome-not-listed"})))


# --- the related outcomes -----------------------------------------------------------------


@given(st.sampled_from(list(Outcome)), st.sampled_from(list(Outcome)))
def test_relatedness_is_symmetric_and_reflexive(a: Outcome, b: Outcome) -> None:
    assert a in related_outcomes(a)
    assert (b in related_outcomes(a)) == (a in related_outcomes(b))


def test_only_concrete_outcomes_are_related_to_others() -> None:
    for outcome in Outcome:
        if outcome not in CONCRETE_OUTCOMES:
            assert related_outcomes(outcome) == {outcome}
