"""Tests for peerclaims.text.captions: a venue and a year alone, under the statement they source."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text.captions import captions, is_caption
from peerclaims.text.citations import find_citations

PAGE = """Peers help increase hope, empowerment, self-efficacy, quality of and satisfaction with life.

Psychiatric Times (2018)

Respite users were 70% less likely to use inpatient or emergency services.

Psychiatric Services. (2015)

 American Journal of Psychology. (2008)

Outlook. (Vol. Spring 2002)
"""


def test_captions_on_a_page() -> None:
    found = [c for c in find_citations(PAGE) if c.kind == "vague"]
    assert [(c.text, c.works[0].locator, c.works[0].year) for c in found] == [
        ("Psychiatric Times (2018)", "Psychiatric Times", "2018"),
        ("Psychiatric Services. (2015)", "Psychiatric Services", "2015"),
        ("American Journal of Psychology. (2008)", "American Journal of Psychology", "2008"),
        ("Outlook. (Vol. Spring 2002)", "Outlook", "2002"),
    ]
    assert all(not c.works[0].authors and is_caption(c) for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Results were published in Psychiatric Services (2015) last year.",  # in a sentence
        "Peer support helps.\nJournal of Mental Health (2011)\nmore text of the page",  # a head
        "Smith (2011)",  # an author and a year: narrative
        "Value of Peers, SAMHSA (2017)",  # a title and its publisher
        "Volume 57 (2006)",
        "Psychiatric Services (2015) found fewer admissions.",
    ],
)
def test_not_captions(text: str) -> None:
    assert captions(text) == []


def test_a_surname_and_a_year_alone_stay_narrative() -> None:
    (c,) = find_citations("Peer support helps.\n\nSmith (2011)\n")
    assert (c.kind, c.works[0].authors) == ("narrative", ("Smith",))
    (c,) = find_citations("Peer support helps.\n\nJournal of Psychology (2011)\n")
    assert (c.kind, c.text, c.works[0].authors) == ("vague", "Journal of Psychology (2011)", ())


VENUES = ["Psychiatric Times", "Psychiatric Services", "American Journal of Psychology", "Outlook"]
PROSE = st.lists(
    st.sampled_from(
        ["Peer support reduces readmissions.", "Peers help.", "Respite users did better (70%)."]
    ),
    min_size=0,
    max_size=3,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(PROSE, st.sampled_from(VENUES), st.integers(1900, 2030), st.booleans(), PROSE)
def test_property_a_caption_paragraph_is_found_wherever_it_stands(
    before: str, venue: str, year: int, dot: bool, after: str
) -> None:
    dot = dot or " " not in venue  # "Outlook (2002)" reads as an author and a year
    caption = f"{venue}{'.' if dot else ''} ({year})"
    text = "\n\n".join(p for p in (before, caption, after) if p)
    (c,) = captions(text)
    assert (c.text, c.works[0].year, text[c.start : c.end]) == (caption, str(year), caption)


@settings(max_examples=200, deadline=None)
@given(PROSE.filter(bool), st.sampled_from(VENUES), st.integers(1900, 2030))
def test_property_a_caption_inside_a_paragraph_is_not_one(
    before: str, venue: str, year: int
) -> None:
    """Joined to the text above it by a single line break, the line is that paragraph's."""
    assert captions(f"{before}\n{venue} ({year})") == []


@pytest.mark.parametrize(
    "text",
    [
        "Psychiatric Times (2018)\n\n" * 20_000,
        "Psychiatric Times of " * 20_000 + "(2018)",
        "A (2018)\n" * 30_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_inputs_return(text: str) -> None:
    assert isinstance(captions(text), list)
