"""Citations by author and page, with no year (`text.page_citations`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerclaims.text.citations import find_citations
from peerclaims.text.page_citations import page_citations


@pytest.mark.parametrize(
    ("text", "cited", "authors"),
    [
        # MLA in a student essay (tests/realworld/heldout 833)
        (
            "Lower support predicted relapse (Laudet, Morgen, and White 4). Next",
            "(Laudet, Morgen, and White 4)",
            ("Laudet", "Morgen", "White"),
        ),
        # a page of a report named before (tests/realworld/heldout 852)
        ("as the report concludes (Moran, p6).", "(Moran, p6)", ("Moran",)),
        ("(Moran, p. 6)", "(Moran, p. 6)", ("Moran",)),
        ("(Smith, pp. 4-5)", "(Smith, pp. 4-5)", ("Smith",)),
        ("(Chinman et al. 12)", "(Chinman et al. 12)", ("Chinman",)),
    ],
)
def test_an_author_and_a_page_is_a_vague_citation(
    text: str, cited: str, authors: tuple[str, ...]
) -> None:
    (c,) = find_citations(text)
    assert (c.kind, c.text, c.works[0].authors, c.works[0].year) == ("vague", cited, authors, None)
    assert text[c.start : c.end] == cited


@pytest.mark.parametrize(
    "text",
    [
        "scores at (Time 1) and (Time 2)",  # a label and its number
        "(Phase 2) began in May",
        "the scale (PHQ 9) was used",  # a scale
        "in (Table 3)",
    ],
)
def test_a_label_and_its_number_is_no_citation(text: str) -> None:
    assert find_citations(text) == []


def test_an_author_and_a_year_is_left_to_the_author_year_reader() -> None:
    (c,) = find_citations("Peers help (Smith and Jones 2010).")
    assert (c.kind, c.works[0].year) == ("parenthetical", "2010")


@given(st.text(st.sampled_from("(Smith, Jones and White p. 12)et al,"), max_size=120))
def test_citations_are_slices_of_the_text(text: str) -> None:
    for c in page_citations(text):
        assert text[c.start : c.end] == c.text
        assert c.works and all(w[:1].isupper() for w in c.works[0].authors)


def test_a_long_run_of_parentheses_returns() -> None:
    assert page_citations("(Smith, Jones, " * 20_000) == []
