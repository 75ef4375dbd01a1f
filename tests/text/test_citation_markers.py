"""Tests for peerclaims.text.citation_markers and source lines: bracket runs, Markdown
footnotes, wrapped numbered groups, "Source:" lines."""

from __future__ import annotations

import pytest

from peerclaims.text.citations import find_citations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # adjacent brackets are one group of markers, as "[1,2]" is
        ("Peer support helps [1][2] a lot.", [("[1][2]", (1, 2))]),
        # with a space between them (tests/realworld/heldout 521, 673, 829)
        ("online communities [9] [10] and more", [("[9] [10]", (9, 10))]),
        ("see [1] and [2]", [("[1]", (1,)), ("[2]", (2,))]),
        ("Peer support helps.[3][4]\n", [("[3][4]", (3, 4))]),
        ("It helps.[1][4][4] More.", [("[1][4][4]", (1, 4))]),
        ("It helps [1] and [2] too.", [("[1]", (1,)), ("[2]", (2,))]),
        # a word of _NUMBER_STOP ends the sentence: "phases.[2]" is not "phase 2"
        ("Coaching goes beyond acute treatment phases.[2] This", [("[2]", (2,))]),
        ("It had five stages. [4] More", [("[4]", (4,))]),
        # a plural before the bracket, a range whose dash was lost (tests/realworld/heldout 139)
        ("may enhance their value as pro-social models [4] and", [("[4]", (4,))]),
        ("by professional organisations [911].", [("[911]", (9, 10, 11))]),
        # four digits whose dash was lost, not a year (tests/realworld/heldout 1715)
        ("associated with improved health outcomes [1315].", [("[1315]", (13, 14, 15))]),
        ("the charter was signed in [2019].", []),
        ("Peer support helps[^1] a lot.\n\n[^1]: Smith, 2010.", [("[^1]", (1,))]),
        ("hope rises\n(4-6) in the study", [("(4-6)", (4, 5, 6))]),
        # web text that lost its spaces (tests/realworld/heldout 92)
        (
            "used for chronic diseases[4]and recommended.[5] Two reviews",
            [("[4]", (4,)), ("[5]", (5,))],
        ),
        # glued to a year, as encyclopedia text gives it, with a colon after (heldout 320)
        ("described best by Phyllis Solomon in 2004[2]: social support", [("[2]", (2,))]),
        ("reduces stigma [4]: a finding", [("[4]", (4,))]),
        # glued to a lead-in's colon, ending its line over a list (tests/realworld/heldout 1163)
        (
            "As summarized by the APA, the process involves the following:[1]\n- admitting",
            [("[1]", (1,))],
        ),
        # a word that numbers things, but the clause ends on the bracket (heldout 331)
        (
            "many policies addressing the crisis on the federal level [2]. Nationwide",
            [("[2]", (2,))],
        ),
    ],
)
def test_numbered_forms(text: str, found: list[tuple[str, tuple[int, ...]]]) -> None:
    cits = find_citations(text)
    assert [(c.text, c.numbers) for c in cits] == found
    assert all(c.kind == "numbered" for c in cits)


@pytest.mark.parametrize(
    "text",
    [
        "see [text][1] here",  # a reference-style Markdown link
        "[^1]: Smith, 2010.",  # a footnote's definition
        "Questions:\n(1) Do interventions differ?\n(2) Are there any?",
        "![3](figure.png)",
        "x_1[2] and arr3[4]",  # code: an index after a digit or an underscore
        "items[2]=5",
        "see x2004[2] and v1.2004[3]",  # glued to a number that is no year in prose
        "[3]: https://example.org/a",  # a reference-style link's definition
        "see [3]: https://example.org/a",
        "Two-hundred and five (205) volunteers were recruited.",  # a number's figure (heldout 413)
        "See Fig. [2] for the data.",  # an abbreviation's full stop does not end a sentence
        "Scores rose in phase [2] of the trial.",
        "see model [4] here",  # a singular label's number
        "page [300] and [999]",  # no range in 999
        "More than half (18) of the studies found it helpful.",  # a count (heldout 682)
        # a score's range (tests/realworld/heldout 835)
        "symptoms in the moderately severe range (15-19), with a mean of 15.",
        # a statistic's degrees of freedom (tests/realworld/heldout 800)
        "showed significantly lower reconvictions, t(1,149) = 8.23, p < .01.",
        "F(2, 30) = 4.1 for the groups",
        "Note:[1]",  # a label's
        "It involves the following:[1] a first step",  # an enumeration going on
    ],
)
def test_not_numbered(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "works"),
    [
        ("Source: Chinman et al., 2014", [(("Chinman",), "2014")]),
        (
            "- Sources: SAMHSA, 2019; Chinman et al., 2014\n",
            [(("SAMHSA",), "2019"), (("Chinman",), "2014")],
        ),
        (
            "Data from: Bureau of Labor Statistics, 2023",
            [(("Bureau of Labor Statistics",), "2023")],
        ),
        (  # in emphasis, under a table (tests/realworld/heldout 799)
            "*Sources: National Empowerment Center, 2023; Clubhouse International, 2024*\n",
            [(("National Empowerment Center",), "2023"), (("Clubhouse International",), "2024")],
        ),
        ("**Source:** SAMHSA, 2020", [(("SAMHSA",), "2020")]),
    ],
)
def test_source_lines(text: str, works: list[tuple[tuple[str, ...], str]]) -> None:
    """A line giving its source without parentheses cites it; offsets point into the text."""
    (c,) = find_citations(text)
    assert [(w.authors, w.year) for w in c.works] == works
    assert text[c.start : c.end] == c.text
    assert all(text[w.start : w.end] == w.text for w in c.works)


def test_a_source_line_of_prose_is_not_a_citation() -> None:
    assert find_citations("Source: our own survey of members\n") == []


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("The ImROC program, led by Julie Repper and colleagues, developed a model.", []),
        # researchers named in full opening the sentence on their study (tests/realworld/heldout
        # 1523)
        (
            "It helps. Choo Ting Siew and colleagues evaluated the effects of peer mentoring.",
            ["Siew and colleagues"],
        ),
        ("Julie Repper and colleagues wrote the guide together.", []),  # no verb of research
        ("However, Chinman et al. found benefits.", ["Chinman et al."]),
        (
            "Recent review by Chinman et al in Psych Services",
            ["Recent review by Chinman et al in Psych Services"],
        ),
    ],
)
def test_a_person_by_full_name_is_not_a_vague_citation(text: str, vague: list[str]) -> None:
    """A given name before "Surname and colleagues" introduces a person, not a work, unless
    the names open a sentence on what the researchers found or did."""
    assert [c.text for c in find_citations(text) if c.kind == "vague"] == vague


def test_a_footnote_reference_at_the_end_of_a_long_bullet() -> None:
    text = (
        "- Prescribing psychologist programs in DoD and states (Louisiana, New Mexico) "
        "demonstrate safe expansion of prescribing capacity[^2]\n\n"
        '[^2]: Chinman, Matthew, et al. "Peer Support Services." *Psychiatric Services* (2015).\n'
    )
    assert [(c.kind, c.text) for c in find_citations(text)] == [("numbered", "[^2]")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("four pillars: (1) increase GME funding; (2) establish a corps; (3) fund programs", []),
        ("hiring staff (1), and creating programs (2). Since then", ["(1)", "(2)"]),
        # items opened by a lower-case word (tests/realworld/heldout 271)
        ("We evaluated (1) whether it was delivered, (2) the gains, and (3) whether", []),
        ("Peer support reduced readmissions (1) and improved hope (2).", ["(1)", "(2)"]),
        # items opening sentences of an abstract's results (tests/realworld/heldout 771)
        (
            "Four themes were found. (1) Positive outcomes for mentees. (2) Positive outcomes "
            "for mentors. (3) Reciprocity.",
            [],
        ),
        ("Peer support helps.(1) Peer support is cheap (2).", ["(1)", "(2)"]),
        # research questions numbered after the question before (tests/realworld/heldout 870)
        (
            "Questions included: (1) How do veterans describe it? (2) What does it mean? (3) For "
            "what is it helpful?",
            [],
        ),
        # hypotheses after a colon, the last after "and" (tests/realworld/heldout 960)
        (
            "testing 3 hypotheses: (1) DPS may be associated with changes; (2) DPS users "
            "experience reduced sadness; and (3) DPS integration generates a positive return.",
            [],
        ),
        # notes after each sentence's stop, the last closing its paragraph (heldout 959)
        (
            "areas with a shortage of providers. (1) Limited capacity means 55% receive no care. "
            "(2) And for underserved communities, it can be even more challenging. (3)\n\nNext",
            ["(1)", "(2)", "(3)"],
        ),
    ],
)
def test_an_enumeration_in_running_text_is_not_numbered(text: str, found: list[str]) -> None:
    """ "; (2) establish" enumerates; "staff (1), and" cites."""
    assert [c.text for c in find_citations(text)] == found


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # notes in brackets side by side are one group (tests/realworld/heldout 1018)
        ("Cut the days spent in hospital by a third (4) (10) (19)\n", [(4, 10, 19)]),
        ("Reduce costs (24)(25)\n", [(24, 25)]),
        # ... not when words stand between them
        ("hiring staff (1), and creating programs (2). Since then", [(1,), (2,)]),
    ],
)
def test_bracketed_numbers_side_by_side_are_one_group(
    text: str, groups: list[tuple[int, ...]]
) -> None:
    assert [c.numbers for c in find_citations(text)] == groups


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        # tests/realworld/heldout 96: a service page's figures, each marked for one footnote
        ("States saw an 11% decrease in outpatient usage.*\n\nER visits", ["*"]),
        ("There was a 26% decrease in admissions.** Then more.", ["**"]),
        ("Costs fell by a third.† The trial", ["†"]),
        # not marks: significance stars, emphasis opened or closed, a footnote's own line
        ("The effect was 0.42* and 0.30**", []),
        ("This is *emphasis.* Then more", []),
        ("**Evidence base.** Meta-analyses show", []),
        ("*Optum Tableau Workbook, 2021.", []),
        ("Done.*really* here", []),
    ],
)
def test_footnote_marks_after_a_stop(text: str, marks: list[str]) -> None:
    found = [c for c in find_citations(text) if c.kind == "numbered"]
    assert [c.text for c in found] == marks
    assert all(c.numbers == () for c in found)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (
            "A scoping review following the five stages outlined by Arksey and O’Malley was "
            "conducted.",
            ["outlined by Arksey and O’Malley"],
        ),
        ("the framework described by Davidson et al. was used", ["described by Davidson et al."]),
        ("the model developed by Repper and Carter", ["developed by Repper and Carter"]),
        # one surname after a maker's verb may be a person, not a work; a year makes it a
        # narrative citation instead
        ("the model developed by Mead was used", []),
        ("a model developed by Shery Mead and colleagues", []),
        ("the stages outlined by Arksey and O’Malley (2005)", []),
    ],
)
def test_a_method_named_by_its_makers_is_a_vague_citation(text: str, vague: list[str]) -> None:
    """A maker's verb ("outlined by", "described by") before two authors or et al. is a vague
    citation: a work named only by its makers."""
    assert [c.text for c in find_citations(text) if c.kind == "vague"] == vague


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a word processor's roman endnotes on a web page (tests/realworld/heldout 310)
        ("directly attributable to substance use disorders.[iii] However", [("[iii]", (3,))]),
        ("- Approximately 40% of the patients have a positive BAC.[v]", [("[v]", (5,))]),
        ("for each item a[i] in the loop", []),  # an index, not a note
        ("- [x] done", []),  # a checkbox
    ],
)
def test_roman_endnotes_in_brackets(text: str, found: list[tuple[str, tuple[int, ...]]]) -> None:
    assert [(c.text, c.numbers) for c in find_citations(text)] == found


@pytest.mark.parametrize(
    ("text", "cited", "author", "year"),
    [
        # a body's possessive before its year and page (tests/realworld/heldout 369)
        (
            "In line with the World Health Organization (WHO)’s (2021, p.9) definition, peers",
            "World Health Organization (WHO)’s (2021, p.9)",
            "World Health Organization",
            "2021",
        ),
        ("SAMHSA's (2019) report says peers help.", "SAMHSA's (2019)", "SAMHSA", "2019"),
        # a person's possessive stays an author's citation
        (
            "Davidson's (2012) review found that peers help.",
            "Davidson's (2012)",
            "Davidson",
            "2012",
        ),
    ],
)
def test_a_possessive_before_a_year_is_a_narrative_citation(
    text: str, cited: str, author: str, year: str
) -> None:
    (c,) = find_citations(text)
    assert (c.kind, c.text, c.works[0].authors, c.works[0].year) == (
        "narrative",
        cited,
        (author,),
        year,
    )
