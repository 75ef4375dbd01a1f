"""PowerPoint and Word readers on real files built with python-pptx / python-docx."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from peerclaims.documents import _check_archive, read_document
from peerclaims.errors import InputError
from tests.helpers import source_table_docx


def test_deck_blocks_in_reading_order(deck_path: Path) -> None:
    document = read_document(deck_path)
    assert document.format == "pptx"
    rows = [(b.text, b.kind, b.index, b.shape, b.group) for b in document.blocks]
    assert rows == [
        ("Peer support works", "title", 1, "Title 1", 1),
        ("Fewer readmissions", "list-item", 1, "TextBox 3", 1),
        ("30-day follow-up", "list-item", 1, "TextBox 3", 1),
        ("Lower costs\nper patient", "list-item", 1, "TextBox 3", 1),
        ("Footer added first, shown last", "paragraph", 1, "TextBox 2", 1),
        ("Evidence table", "paragraph", 2, "TextBox 2", 2),
        # a "Source" column: its cells are sources, and each row goes together
        ("Outcome", "table-cell", 2, "Table 1 r1", 2),
        ("Source", "table-cell", 2, "Table 1 r1", 2),
        ("Readmissions -20%", "table-cell", 2, "Table 1 r2", 2),
        ("Smith 2020", "table-source", 2, "Table 1 r2", 2),
        ("Standalone", "paragraph", 3, "TextBox 4", 3),
        ("Group upper", "paragraph", 3, "TextBox 3", 3),
        ("Group lower", "paragraph", 3, "TextBox 2", 3),
        ("Say this slide slowly", "notes", 3, "notes", 3),
        ("peerclaims: ignore[uncited-claim]", "notes", 3, "notes", 3),
    ]
    assert {(b.unit, b.line, b.column) for b in document.blocks} == {("slide", 0, 0)}


def test_deck_notes_suppression_and_location(deck_path: Path) -> None:
    document = read_document(deck_path)
    assert document.suppressions == {3: frozenset({"uncited-claim"})}
    assert document.is_suppressed(["uncited-claim"], 3)
    assert not document.is_suppressed(["uncited-claim"], 2)
    block = document.blocks[1]
    assert block.position(5) == (0, 0)
    assert block.location("deck.pptx", 5) == "deck.pptx: slide 1 (TextBox 3)"


def test_docx_blocks_numbering_and_groups(docx_path: Path) -> None:
    document = read_document(docx_path)
    assert document.format == "docx"
    rows = [(b.text, b.kind, b.index, b.group) for b in document.blocks]
    assert rows == [
        ("Peer support outcomes", "heading", 1, 1),
        ("Peer support reduces readmissions.", "paragraph", 2, 2),
        ("Fewer readmissions", "list-item", 3, 3),
        ("Lower costs", "list-item", 4, 3),
        ("Numbered directly", "list-item", 5, 3),
        ("After the list.", "paragraph", 6, 4),
        ("Outcome", "table-cell", 7, 5),
        ("Source", "table-cell", 8, 5),
        # the header names a source column: its cells are sources, each row a group
        ("Readmissions", "table-cell", 9, 6),
        ("(30-day)", "table-cell", 10, 6),
        ("Smith 2020", "table-source", 11, 6),
        ("Closing", "heading", 12, 7),
        ("Unchecked claim. peerclaims: ignore[uncited-claim]", "paragraph", 13, 8),
    ]
    # Word shows no paragraph numbers: a block is named by its heading and first words
    assert document.blocks[3].location("doc.docx") == (
        'doc.docx: under "Peer support outcomes", list item "Lower costs"'
    )
    assert [b.place for b in document.blocks[:2]] == [
        'heading "Peer support outcomes"',
        'under "Peer support outcomes", paragraph "Peer support reduces readmissions."',
    ]
    assert document.blocks[9].place == (
        'under "Peer support outcomes", table 1, row 2, cell "(30-day)"'
    )
    assert document.is_suppressed(["uncited-claim"], 13)
    assert document.is_suppressed(["uncited-claim"], 14)
    assert not document.is_suppressed(["uncited-claim"], 12)


@pytest.mark.parametrize("name", ["deck.pptx", "doc.docx"])
def test_random_bytes_are_not_an_office_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(os.urandom(2048))
    with pytest.raises(InputError, match=rf"{name}: not a valid \.\w+ file"):
        read_document(path)


@pytest.mark.parametrize("name", ["deck.pptx", "doc.docx"])
def test_zip_without_office_parts_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not an office document")
    with pytest.raises(InputError, match=rf"{name}: not a valid \.\w+ file"):
        read_document(path)


def test_docx_renamed_to_pptx_is_refused(docx_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "renamed.pptx"
    path.write_bytes(docx_path.read_bytes())
    with pytest.raises(InputError, match=r"renamed\.pptx: not a valid \.pptx file"):
        read_document(path)


def test_corrupt_xml_member_is_refused(deck_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.pptx"
    with zipfile.ZipFile(deck_path) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<p:sld><broken" if item.filename.endswith("slide1.xml") else data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: not a readable PowerPoint deck (.pptx): ppt/slides/slide1.xml is not "
        "well-formed XML (line 1, column 7: Namespace prefix p on sld is not defined)"
    )


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_archive_guard_limits(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.pptx", {"zeros.bin": bytes(2_000_000)})
    with pytest.raises(InputError, match=r"bomb\.pptx: refusing .*zeros\.bin expands"):
        _check_archive(bomb, max_ratio=50)
    with pytest.raises(InputError, match=r"uncompressed exceeds"):
        _check_archive(bomb, max_total=1_000_000)
    _check_archive(bomb, max_ratio=10_000)  # within limits: no error
    many = _zip(tmp_path / "many.docx", {f"part{i}.xml": b"<x/>" for i in range(12)})
    with pytest.raises(InputError, match=r"12 entries exceed the limit of 10"):
        _check_archive(many, max_entries=10)
    small = _zip(tmp_path / "small.docx", {"blank.bin": bytes(50_000)})
    _check_archive(small, max_ratio=5)  # small members may compress very well
    with pytest.raises(InputError, match=r"blank\.bin expands"):
        _check_archive(small, max_ratio=5, min_ratio_size=0)


def test_docx_source_column_cells_are_sources_and_rows_are_groups(tmp_path: Path) -> None:
    """A .docx table whose first row heads a column "Source" (or "Study", "Reference", ...)
    reads that column's cells as sources, and each row as a group of its own, as the
    Markdown reader does with a source column."""
    path = tmp_path / "t.docx"
    doc = source_table_docx(path)
    plain = doc.add_table(rows=1, cols=2)  # a second table, with no header naming a source
    plain.cell(0, 0).text = "Sledge et al., 2011"
    plain.cell(0, 1).text = "Reif et al., 2014"
    doc.save(str(path))
    blocks = read_document(path).blocks
    kinds = [(b.text, b.kind) for b in blocks]
    assert kinds == [
        ("Finding", "table-cell"),
        ("Source", "table-cell"),  # the header itself is no source
        ("Peer support reduced readmissions.", "table-cell"),
        ("Sledge et al., 2011", "table-source"),
        ("Peer support lowered costs.", "table-cell"),
        ("Reif et al., 2014", "table-source"),
        ("Sledge et al., 2011", "table-cell"),  # no header names a source column
        ("Reif et al., 2014", "table-cell"),
    ]
    groups = [b.group for b in blocks]
    assert groups[2] == groups[3] != groups[4] == groups[5]  # each row its own group
    assert groups[6] == groups[7]
