"""Tests for peerclaims.text.bylines: author lines whose affiliation marks are no citations."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text.bylines import in_byline, in_credit, in_running_head
from peerclaims.text.citations import find_citations


@pytest.mark.parametrize(
    "text",
    [
        # tests/realworld/heldout 417
        "Nikita Margaret John[1], Oliver Page[1], Scott Christopher Martin[1], Paula Whittaker[1][a]",
        "Lauren Smith¹, Amir Khan² and Jo van der Berg³",
        "A. B. Jones*, Mary Lee†",
        # a PDF's text glues the marks to the names (tests/realworld/heldout 1081)
        "Kimberley Anderson1, Neelam Laxhman2 and Stefan Priebe2*",
    ],
)
def test_an_author_line_with_affiliation_marks_cites_nothing(text: str) -> None:
    assert in_byline(text, 0)
    assert find_citations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Peer support reduces readmissions [1], improves hope [2] and costs less [3].",
        "Davidson [1], Chinman [2] and Sledge [3] found fewer readmissions.",  # a sentence
        "Peer Support [1]",  # one mark
        "Oliver Page[1], Paula Whittaker[1]\nPeers reduce readmissions [2].",  # not this line
    ],
)
def test_citations_in_prose_are_kept(text: str) -> None:
    assert [c.text for c in find_citations(text)][-1].startswith("[")


_NAMES = st.lists(
    st.tuples(
        st.sampled_from(["Nikita John", "Oliver Page", "Mary van der Berg", "A. B. Jones"]),
        st.sampled_from(["[1]", "[2]", "¹", "²", "*", "[1][a]"]),
    ),
    min_size=2,
    max_size=6,
)


@settings(max_examples=100, deadline=None)
@given(_NAMES, st.sampled_from([", ", ", and ", " and "]))
def test_property_any_list_of_marked_names_is_a_byline(
    names: list[tuple[str, str]], sep: str
) -> None:
    line = sep.join(name + mark for name, mark in names)
    assert all(in_byline(line, k) for k in range(len(line)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ab [1],.¹ and\n*", max_size=120), st.integers(0, 120))
def test_property_a_line_with_fewer_than_two_marks_is_no_byline(text: str, at: int) -> None:
    """Marks make the byline: a line holding none or one of them is never one."""
    at = min(at, len(text))
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    marks = len(re.findall(r"\[1\]|¹+|\*+", line))
    if marks < 2:
        assert not in_byline(text, at)


@pytest.mark.parametrize(
    "text",
    [
        # tests/realworld/heldout 458: a report's copyright statement
        "Copyright © 2023 Gillard et al. This work was produced by Gillard et al. under the "
        "terms of a commissioning contract issued by the Secretary of State.",
        "© 2021 Smith and Jones.",
        "This report was prepared by Davidson et al. for the state.",
    ],
)
def test_a_credit_line_names_the_documents_own_authors(text: str) -> None:
    assert find_citations(text) == []


def test_another_report_named_by_its_writers_is_a_source() -> None:
    text = "The 2019 report was written by Smith et al. and found fewer admissions."
    assert [(c.kind, c.text) for c in find_citations(text)] == [("vague", "Smith et al.")]


def test_a_citation_before_a_credit_line_is_kept() -> None:
    text = "Peers help (Gillard et al., 2022). Copyright 2023 the authors."
    assert [c.text for c in find_citations(text)] == ["(Gillard et al., 2022)"]
    assert not in_credit(text, text.index("(Gillard"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Cop© yright.\nab(c)", max_size=80), st.integers(0, 80))
def test_property_a_credit_is_read_from_its_own_sentence(text: str, at: int) -> None:
    """Only the words before the offset in its sentence or line decide."""
    at = min(at, len(text))
    stop = text.rfind(". ", 0, at)
    start = max(text.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)
    assert in_credit(text, at) == in_credit(text[start:at], at - start)


def test_the_documents_own_reference_under_its_label_cites_nothing() -> None:
    """ "Recommended Citation" over the page's own reference (tests/realworld/heldout 543)."""
    text = (
        "Recommended Citation\nJohnson, Emily M.; Shook, Christina; and Possemato, Kyle\n(2025)\n"
        '"Integrating Peer Specialists in Primary Care," The Journal of Integrated Primary Care.'
    )
    assert find_citations(text) == []
    cited = "Peers help (Possemato, 2025).\n\nRecommended Citation\nJohnson, Emily (2025)"
    assert [c.text for c in find_citations(cited)] == ["(Possemato, 2025)"]


@pytest.mark.parametrize(
    "line",
    [
        # a journal PDF's front matter (tests/realworld/heldout 668)
        "To cite this article: Allyson Kelley, Dyani Bingham, Erika Brown & Lita Pepion (2017) "
        "Assessing the impact of American Indian peer recovery support",
        "Cite this article as: Julie Repper and Tim Carter (2011) A review of the literature",
        "How to cite this report: Julie Repper and Tim Carter (2011)",
    ],
)
def test_the_documents_own_reference_after_its_label_on_the_line_cites_nothing(
    line: str,
) -> None:
    assert find_citations(line) == []
    assert len(find_citations("Peers help (Repper and Carter, 2011).\n" + line)) == 1


@pytest.mark.parametrize(
    "line",
    [
        # PDF text of journal articles (tests/realworld/heldout 1081, 1132, 844)
        "Anderson et al. BMC Psychiatry  (2015) 15:297 ",
        " Lagan et al. Int J Bipolar Disord            (2020) 8:39 ",
        "Smith and Jones Psychiatr Serv (2019) 70:1012",
    ],
)
def test_a_running_head_names_the_document_itself(line: str) -> None:
    text = f"which is the case.\n\n{line}\n\nPage 6 of 8\n"
    assert find_citations(text) == []
    assert in_running_head(text, text.index(line.strip()))


def test_a_citation_in_prose_beside_a_journal_is_kept() -> None:
    """Not alone on its line, the same words are the text's own citation."""
    text = "As Anderson et al. (2015) found in BMC Psychiatry, it helps."
    assert [c.text for c in find_citations(text)] == ["Anderson et al. (2015)"]
    assert not in_running_head("Anderson et al. BMC Psychiatry (2015) 15:297 found that", 0)


_HEAD = "Anderson et al. BMC Psychiatry  (2015) 15:297"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="Ab et al.J()2015:9 ", max_size=40), max_size=4),
    st.lists(st.text(alphabet="Ab et al.J()2015:9 ", max_size=40), max_size=4),
    st.integers(0, len(_HEAD) - 1),
)
def test_property_a_running_head_is_read_from_its_own_line(
    before: list[str], after: list[str], at: int
) -> None:
    """Only the line holding the offset decides: the head is one on any page, and the lines
    around it are what they are alone."""
    text = "\n".join([*before, _HEAD, *after])
    start = len("\n".join(before)) + (1 if before else 0)
    assert in_running_head(text, start + at)
    for k, line in enumerate(before):
        offset = len("\n".join(before[:k])) + (1 if k else 0)
        assert in_running_head(text, offset) == in_running_head(line, 0)
