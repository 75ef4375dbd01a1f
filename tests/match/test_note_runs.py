"""Tests for peerclaims.match.note_runs: a document whose notes are plainly numbered reads a
number glued to any word as one of them (tests/realworld/heldout 1082, a BMJ Open article's
PDF text)."""

from __future__ import annotations

import pytest

from peerclaims.text.endnotes import glued_in_run
from tests.helpers import check_text

UNCITED = ["uncited-claim"]
NOTES = (
    "Interventions included lethal means counselling,18 safety planning with a peer,26 a "
    "single telemedicine consultation,27 a telephone contact,25 and brief therapy.19\n\n"
)
CLAIM = "In one trial, peer support in this study45 reduced suicide attempts among patients.\n"


def test_a_glued_number_cites_in_a_document_that_numbers_its_notes() -> None:
    assert check_text(NOTES + CLAIM, select=UNCITED) == []


def test_the_same_sentence_alone_is_uncited() -> None:
    """ "study45" alone may be a label; nothing says the document numbers notes."""
    assert check_text(CLAIM, select=UNCITED) == [(1, 1, "uncited-claim")]


SEEN = {17, 18, 19, 25, 26, 27}


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("a single brief session followed by telephone follow- up21 and 3 sessions", ["21"]),
        ("after 24 months. Nine17–25  out  of  10  RCTs compared", ["17–25"]),
        ("minorities represent 9.6% of the British Armed Forces20 but only 1%", ["20"]),
        ("We found two RCTs45  46 addressing behavioural interventions", ["45  46"]),
        ("five found a treatment effect (see tables 2 and 3).16–26 Across most studies", ["16–26"]),
    ],
)
def test_glued_markers_in_a_run(text: str, markers: list[str]) -> None:
    assert [c.text for c in glued_in_run(text, SEEN)] == markers


@pytest.mark.parametrize(
    "text",
    [
        "the PHQ9 scores fell and GAD7 scores rose in the group",  # a code in capitals
        "the arm of the study99 was stopped early by the board",  # far past the notes seen
        "the groups12 9 and more",  # out of order
        "the Table12 shows it and the Phase3 trial was run",  # what a document numbers
        "Kimberley Anderson1, Neelam Laxhman2 and Stefan Priebe2*",  # a byline's marks
        "Scores:\nstudy45 and more",  # a label's value
    ],
)
def test_not_markers_in_a_run(text: str) -> None:
    assert glued_in_run(text, SEEN) == []


def test_no_run_no_markers() -> None:
    """Fewer than four numbers found: a glued number is not read as a note."""
    assert glued_in_run("peer support in this study45 reduced attempts", {1, 2, 3}) == []
