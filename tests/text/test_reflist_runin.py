"""Tests for peerclaims.text.reflist_runin: a run-in paragraph of numbered sources."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text.reflist_runin import find_runin_lists
from tests.helpers import check_text

# the form of a clubhouse's one-pager (tests/realworld/heldout 214)
SOURCES = (
    "¹Sources: ¹ Macias, Kinney and Rodican (1995). ² McKay, Yates, and Johnsen (2005); "
    "IPS model reported by Clark et al (1998). ³ De Masso, Avi-Itzak and Obler (2001). "
    "4 Johnson and Hickey (1999). 5 Warner, Huxley and Berg (1999)."
)


def test_numbered_entries_of_a_run_in_list() -> None:
    text = "Members work more. 1\n\n" + SOURCES + "\n"
    (found,) = find_runin_lists(text)
    start, end, entries = found
    assert (start, end) == (len("Members work more. 1\n\n"), len(text))
    assert [(e.number, e.authors[0], e.year) for e in entries] == [
        (1, "Macias", "1995"),
        (2, "McKay", "2005"),
        (3, "De Masso", "2001"),
        (4, "Johnson and Hickey", "1999"),
        (5, "Warner", "1999"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Source: SAMHSA (2017)\n",  # a slide's source line: a citation standing alone
        "Sources: Repper and Carter (2011); Pitt et al. (2013).\n",  # no numbers
        "Notes: ² Smith (2010). ¹ Jones (2011).\n",  # numbers that do not count up
        "Notes: the room holds 2 people. 3 Chairs are set out.\n",  # text, not entries
        "Sources:\n",
    ],
)
def test_not_run_in_lists(text: str) -> None:
    assert find_runin_lists(text) == []


def test_a_one_pager_with_its_sources_run_in() -> None:
    """The entries are listed, not cited (no unresolved-citation for each), and the markers
    at the ends of the paragraphs cite the claims."""
    text = (
        "Outcomes of membership include:\n\n"
        "A significant decrease in the number of hospitalizations for members. 3\n\n"
        "Reduced incarcerations, with justice involvement substantially diminished. 4\n\n"
        + SOURCES
        + "\n"
    )
    assert check_text(text, select=["uncited-claim", "unresolved-citation"]) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Sources:¹²³ 45.()Ab\n;", max_size=300))
def test_property_any_text_returns_entries_counting_up(text: str) -> None:
    for start, end, entries in find_runin_lists(text):
        assert 0 <= start < end <= len(text)
        numbers = [e.number for e in entries]
        assert len(numbers) >= 2 and numbers == sorted(numbers)
        assert all(start <= e.start < e.end <= end for e in entries)


@pytest.mark.parametrize(
    "text",
    [
        "Sources: " * 20000,  # labels and nothing numbered
        "Sources: " + "² " * 20000,  # numbers that do not start at one
        "x. 4 Y" * 10000,  # no label
    ],
)
def test_adversarial_inputs_find_no_list(text: str) -> None:
    assert find_runin_lists(text) == []


def test_a_label_repeated_thousands_of_times_is_read_once_per_paragraph() -> None:
    """'Notes: ¹ A (1999). ' 5,000 times on one line: each paragraph window is read once,
    and every entry found is numbered one."""
    found = find_runin_lists("Notes: ¹ A (1999). " * 5000)
    assert found
    assert all(e.number == 1 for _, _, entries in found for e in entries)
    spans = [(lo, hi) for lo, hi, _ in found]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
