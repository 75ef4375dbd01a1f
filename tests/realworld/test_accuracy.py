"""Floors for `benchmarks/accuracy.py` on tests/realworld/: a regression fails CI.

The floors are the figures measured when they were last raised, a little below (so that a
changed key does not fail the suite by a hair); issue 10's targets are in
`benchmarks.accuracy.TARGETS`, and the benchmark prints both. Raise a floor whenever the
checker improves: a floor left low lets a regression through.
"""

from __future__ import annotations

import pytest
from benchmarks.accuracy import (
    SET,
    TARGETS,
    DocScore,
    _unbacked_certainty,
    _year_wrong,
    meets,
    score_set,
    totals,
)

from peerclaims.diagnostics import Diagnostic, Severity
from tests.helpers import context

FLOORS = {
    "citation_recall": 0.98,
    "citation_precision": 0.99,
    "uncited_recall": 0.93,
}
CEILINGS = {
    "false_errors": 0,
    "false_warnings_per_1000_words": 0.2,
}


@pytest.fixture(scope="module")
def scores() -> list[DocScore]:
    return score_set()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_rates_stay_above_their_floors(scores: list[DocScore], name: str) -> None:
    assert totals(scores)[name] >= FLOORS[name]


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_false_findings_stay_below_their_ceilings(scores: list[DocScore], name: str) -> None:
    assert totals(scores)[name] <= CEILINGS[name]


# The miscite part (tests/realworld/miscites/, README "The miscite part"): 33 documents from
# about thirty sources, keyed blind, that cite corpus works for claims. Held to its own
# floors, re-measured after each change; raise these as the checker improves. In stop 10 the
# keys were brought in line with two conventions (README): three headings that state an effect
# became uncited claims (one, 76's "Peer Support Works" in a stack of unpunctuated lines, is
# missed) and one of them draws an overstated-certainty warning the key does not justify (77's
# "proves", whose sentence the claim matcher does not tie to Pfeiffer et al.), so the
# uncited-recall floor and the false-warning ceiling were set again at the measured figures.
MISCITE_PART_FLOORS = {"miscite_recall": 0.76, "citation_recall": 0.98, "uncited_recall": 0.98}
MISCITE_PART_CEILINGS = {"false_errors": 0, "false_warnings_per_1000_words": 0.17}


def test_the_miscite_part_holds_its_floors() -> None:
    figures = totals(score_set(SET / "miscites"))
    assert {k: figures[k] >= v for k, v in MISCITE_PART_FLOORS.items()} == dict.fromkeys(
        MISCITE_PART_FLOORS, True
    ), figures
    assert {k: figures[k] <= v for k, v in MISCITE_PART_CEILINGS.items()} == dict.fromkeys(
        MISCITE_PART_CEILINGS, True
    ), figures


def test_the_whole_set_meets_the_issues_targets(scores: list[DocScore]) -> None:
    """Both parts together (`python benchmarks/accuracy.py --all`) meet every target of
    issue 10, miscite recall included."""
    figures = totals([*scores, *score_set(SET / "miscites")])
    assert {name: meets(name, figures[name]) for name in TARGETS} == dict.fromkeys(TARGETS, True), (
        figures
    )


def _overstated(message: str) -> Diagnostic:
    return Diagnostic("d.md", 3, 1, "PC000", "overstated-certainty", Severity.WARNING, message)


@pytest.mark.parametrize(
    ("verdict", "text", "justified"),
    [
        ("uncited", "Peer support is proven to reduce readmissions.", True),
        ("unresolvable", "Studies have proven that peers help.", True),
        ("supported", "Peer support is proven to reduce readmissions.", False),  # evidence backs it
        ("uncited", "Peer support reduces readmissions.", False),  # the word is not the claim's
        ("uncited", "Peer support improves outcomes.", False),  # 'prove' inside another word
    ],
)
def test_a_certainty_word_no_evidence_backs_is_justified(
    verdict: str, text: str, justified: bool
) -> None:
    word = "prove" if "improves" in text else "proven"
    d = _overstated(f"'{word}' states as certain what no evidence in the corpus supports")
    assert _unbacked_certainty({"verdict": verdict, "text": text, "line": 3}, d) is justified


@pytest.mark.parametrize(
    ("note", "justified"),
    [
        # the keyer took the citation for the corpus work (tests/realworld/heldout 1376)
        ("taken to be Repper & Carter's review (corpus repper2011, published 2011)", True),
        ("not read", False),  # no identification: the key does not judge the year
    ],
)
def test_a_wrong_year_is_justified_by_the_keyers_identification(note: str, justified: bool) -> None:
    item = {"authors": ["Repper", "Carter"], "year": "2010", "note": note}
    assert _year_wrong(item, context()) is justified
