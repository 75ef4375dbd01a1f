"""Tests for peerclaims.match.tables: a table row's source cell, and rows that go together."""

from __future__ import annotations

import pytest

from peerclaims.documents import TextBlock
from peerclaims.match.tables import cell_citations, row_key
from tests.helpers import check_text


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        ("SAMHSA, 2024", ("SAMHSA",), "2024"),
        ("Castelein 2008", ("Castelein",), "2008"),
        ("Chinman et al., 2014", ("Chinman",), "2014"),
        ("Bureau of Labor Statistics, 2023", ("Bureau of Labor Statistics",), "2023"),
    ],
)
def test_a_bare_source_cell_is_a_citation(text: str, authors: tuple[str, ...], year: str) -> None:
    (c,) = cell_citations(TextBlock(text, "table-source", 3, 20))
    assert (c.text, c.start, c.end) == (text, 0, len(text))
    assert [(w.authors, w.year, text[w.start : w.end]) for w in c.works] == [(authors, year, text)]


@pytest.mark.parametrize("text", ["Since 2019", "Georgia 2019", "30-50%", "2007"])
def test_other_cells_are_not_wrapped(text: str) -> None:
    """Only a source column's cells are read as bare citations."""
    assert cell_citations(TextBlock(text, "table-cell", 3, 20)) == []


def test_row_key() -> None:
    assert row_key(TextBlock("x", "table-cell", 4, 1, group=2)) == ("row", 2, 4)
    assert row_key(TextBlock("x", "table-source", 4, 9, group=2)) == ("row", 2, 4)
    assert row_key(TextBlock("x", "paragraph", 4, 1, group=2)) is None
    assert row_key(TextBlock("x", "table-cell", unit="slide", index=1)) is None


TABLE = """\
| Outcome | Effect | Source |
|---|---|---|
| Readmissions | Peer support reduced readmissions by 42% | Sledge et al., 2011 |
| Hope | Peer support increased hope and empowerment | |
"""


def test_a_rows_source_cell_cites_its_claim_cells_and_no_other_rows() -> None:
    """The source in the row backs the row's claim; the row without one is uncited."""
    assert check_text(TABLE, select=["uncited-claim"]) == [(4, 10, "uncited-claim")]


def test_a_source_line_under_the_table_backs_every_row() -> None:
    text = TABLE.replace(" Sledge et al., 2011 ", " ") + "\nSource: Sledge et al. (2011)\n"
    assert check_text(text, select=["uncited-claim"]) == []


def test_study_ids_opening_the_rows_of_a_table_flattened_to_text() -> None:
    """Under a "Study ID" header line, each row's opening "Surname 2008" is its citation;
    the same words in a paragraph that is not such a table are not."""
    text = (
        "Study ID Intervention\nTreatment duration Who delivered it\n"
        "Castelein 2008 8 months People with schizophrenia, in a guided peer support group.\n"
        "Cook et al. 2012a 8 weeks Peer instructors (Cook et al., 2012).\n"
    )
    found = cell_citations(TextBlock(text, "paragraph", 1, 1))
    assert [(c.text, [(w.authors, w.year) for w in c.works]) for c in found] == [
        ("Castelein 2008", [(("Castelein",), "2008")]),
        ("Cook et al. 2012a", [(("Cook",), "2012a")]),
        ("(Cook et al., 2012)", [(("Cook",), "2012")]),
    ]
    assert all(text[c.start : c.end] == c.text for c in found)
    prose = "Findings\nCastelein 2008 8 months of peer support were studied.\n"
    assert cell_citations(TextBlock(prose, "paragraph", 1, 1)) == []


def test_a_whole_reference_in_a_source_cell_cites_its_row() -> None:
    """A source column holding whole references (tests/realworld/heldout 107): each is its
    row's citation, not an untitled reference list, and backs the row's claims only."""
    text = (
        "| Study | Finding |\n|---|---|\n"
        "| Lawn S, Smith A, Hunter K. Mental health peer support for hospital avoidance. "
        "J Mental Health 2008; 17(5): 498-508. | 300 bed days were saved by the peer service. |\n"
        "| Program X | Peer support reduced readmissions by 42%. |\n"
    )
    assert check_text(text, select=["uncited-claim"]) == [(4, 15, "uncited-claim")]
    (cell,) = cell_citations(TextBlock(text.splitlines()[2].split("|")[1], "table-source", 3, 3))
    assert (cell.works[0].authors, cell.works[0].year) == (("Lawn", "Smith", "Hunter"), "2008")
