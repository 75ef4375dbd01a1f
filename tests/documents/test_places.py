"""Place names for .docx blocks: heading and first words, table and row, told apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peerclaims.documents.places import Spot, clip_words, place_names


def test_paragraph_heading_list_item_and_cell() -> None:
    spots = [
        Spot("heading", "Outcomes of peer support in community mental health services"),
        Spot("paragraph", "Peer support reduces readmissions by 42% in a year.", "Outcomes"),
        Spot("list-item", "Fewer readmissions", "Outcomes"),
        Spot("table-cell", "Fewer hospital days (Bologna & Pulice, 2010)", "Outcomes", (2, 3)),
        Spot("paragraph", "Before any heading, a paragraph of several words."),
    ]
    assert place_names(spots) == [
        'heading "Outcomes of peer support in community…"',
        'under "Outcomes", paragraph starting "Peer support reduces readmissions…"',
        'under "Outcomes", list item "Fewer readmissions"',
        'under "Outcomes", table 2, row 3, cell starting "Fewer hospital days (Bologna…"',
        'paragraph starting "Before any heading, a…"',
    ]


def test_openings_grow_until_paragraphs_differ() -> None:
    spots = [
        Spot("paragraph", "Peer support reduces readmissions by 42%.", "Evidence"),
        Spot("paragraph", "Peer support reduces readmissions and costs.", "Evidence"),
        Spot("paragraph", "Peer support reduces readmissions by 42%.", "Evidence"),
        Spot("paragraph", "Peer support reduces readmissions by 42%.", "Other"),
    ]
    assert place_names(spots) == [
        'under "Evidence", paragraph "Peer support reduces readmissions by 42%."',
        'under "Evidence", paragraph starting "Peer support reduces readmissions and…"',
        'under "Evidence", paragraph "Peer support reduces readmissions by 42%." (2nd)',
        'under "Other", paragraph starting "Peer support reduces readmissions…"',
    ]


def test_clip_words() -> None:
    assert clip_words("  one   two three ", 2) == "one two…"
    assert clip_words("one two", 2) == "one two"


words = st.text(alphabet="abc", min_size=1, max_size=2)
paragraphs = st.lists(words, min_size=1, max_size=14).map(" ".join)


@given(st.lists(st.tuples(st.sampled_from(["", "A", "B"]), paragraphs), max_size=30))
def test_every_block_gets_a_distinct_name(items: list[tuple[str, str]]) -> None:
    """However alike the paragraphs, no two blocks share a name, and each name shows the
    block's first word."""
    spots = [Spot("paragraph", text, heading) for heading, text in items]
    names = place_names(spots)
    assert len(set(names)) == len(names)
    for spot, name in zip(spots, names, strict=True):
        assert f'"{spot.text.split()[0]}' in name.split("paragraph", 1)[1]
