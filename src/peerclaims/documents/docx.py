"""Word (.docx) reader, via python-docx.

Body paragraphs and tables are read in document order (content controls are entered;
headers, footers, footnotes, comments and text boxes are not read). Table cells are read
row-major, each cell's paragraphs in order, as "table-cell" blocks.

Numbering: `index` counts the *non-empty* paragraphs of the body, those inside tables
included, in document order, starting at 1; empty paragraphs get no block and no number.

Kinds: "heading" for styles named "Heading…"/"Title…", "list-item" for styles containing
"List" or paragraphs with numbering (numPr), else "paragraph". Groups: each run of
consecutive list items shares a group; every heading, other paragraph and table (all its
cells) starts a new one.

Places: Word shows no paragraph numbers, so each block is also named the way a reader
finds it (`TextBlock.place`, see `place_names`): the heading it is under and its first
words, `under "Outcomes", paragraph starting "Peer support reduces…"`; a table cell by its
table (counted under that heading) and row. Findings and suppression comments use it.

Suppressions: a paragraph containing `peerclaims: ignore[rule]` silences the rule in that
paragraph and the next one; `peerclaims: ignore-file[rule]` in the whole document.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerclaims.diagnostics import Directive
from peerclaims.documents.archive import (
    MAX_ENTRIES,
    check_archive,
    office_damage,
    office_errors,
    office_problem,
)
from peerclaims.documents.places import Spot, place_names
from peerclaims.documents.types import (
    SOURCE_HEADER,
    Document,
    TextBlock,
    add_directive,
    find_directives,
    freeze_suppressions,
    strip_directives,
)
from peerclaims.errors import InputError

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement


def read_docx(path: Path, *, max_entries: int = MAX_ENTRIES) -> Document:
    """Read a .docx document into per-paragraph blocks (`max_entries`: see `check_archive`)."""
    from docx import Document as open_docx
    from docx.opc.exceptions import PackageNotFoundError

    check_archive(path, max_entries=max_entries)
    problem = office_problem(path, "docx")
    if problem:
        raise InputError(f"{path}: {problem}")
    reader = _Reader()
    try:
        document = open_docx(io.BytesIO(path.read_bytes()))
        reader.walk(document.element.body, document, in_table=False)
    except office_errors(PackageNotFoundError) as exc:
        raise office_damage(path, "docx", exc) from exc
    return reader.document(str(path))


def docx_paragraphs(document: Any) -> list[tuple[Any, TextBlock]]:
    """The python-docx paragraph behind each block `read_docx` reads, in block order
    (what `peerclaims check --fix` edits)."""
    reader = _Reader()
    reader.walk(document.element.body, document, in_table=False)
    return list(zip(reader.paragraphs, reader.document("").blocks, strict=True))


class _Reader:
    """Accumulates blocks, paragraph numbers, groups and suppressions."""

    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []
        self.spots: list[Spot] = []  # where each block is, for its place name
        self.found: list[tuple[int, bool, tuple[str, ...]]] = []  # (block, file-wide, names)
        self.heading = ""  # text of the last heading met
        self.tables = 0  # tables met under that heading
        self.row: tuple[int, int] | None = None  # (table, row) of the cell being read
        self.cell_kind = "table-cell"  # "table-source" in a column headed "Source" and the like
        self.paragraphs: list[Any] = []  # the python-docx paragraph of each block
        self.index = 0
        self.group = 0
        self.in_list = False
        self.style_names: dict[str | None, str] = {}  # style id → name, looked up once

    def walk(self, element: BaseOxmlElement, parent: Any, *, in_table: bool) -> None:
        """Read the paragraphs and tables that are children of `element`, in order."""
        from docx.oxml.ns import qn
        from docx.table import Table, _Cell
        from docx.text.paragraph import Paragraph

        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                self._paragraph(Paragraph(child, parent), in_table=in_table)
            elif child.tag == qn("w:tbl"):
                table = Table(child, parent)
                self._start_group(listing=False)
                outer, outer_kind = self.row, self.cell_kind
                self.tables += 1
                number = self.tables
                rows = list(child.tr_lst)
                sources = _source_columns(rows[0], table) if rows else set()
                for row_no, row in enumerate(rows, 1):
                    if sources and row_no > 1:
                        self._start_group(listing=False)  # a row is backed by its own source
                    for k, tc in enumerate(row.tc_lst):
                        self.row = (number, row_no)
                        source = row_no > 1 and k in sources
                        self.cell_kind = "table-source" if source else "table-cell"
                        self.walk(tc, _Cell(tc, table), in_table=True)
                self.row, self.cell_kind = outer, outer_kind
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.walk(content, parent, in_table=in_table)

    def _paragraph(self, paragraph: Any, *, in_table: bool) -> None:
        text = paragraph.text.strip()
        if not text:
            return
        self.index += 1
        kind = self.cell_kind if in_table else _kind(paragraph, self.style_names)
        if not in_table:
            self._start_group(listing=kind == "list-item")
        self.blocks.append(
            TextBlock(text, kind, unit="paragraph", index=self.index, group=self.group)
        )
        self.paragraphs.append(paragraph)
        shown = strip_directives(text)  # a place is named by what the reader sees first
        self.spots.append(Spot(kind, shown, self.heading, self.row if in_table else None))
        if kind == "heading":
            self.heading, self.tables = shown, 0
        self.found += [
            (len(self.blocks) - 1, wide, names) for wide, names, _ in find_directives(text)
        ]

    def document(self, path: str) -> Document:
        """The document read, each block named by its place, with its suppressions."""
        places = place_names(self.spots)
        blocks = [replace(b, place=place) for b, place in zip(self.blocks, places, strict=True)]
        acc: dict[int | None, set[str]] = {}
        directives: list[Directive] = []
        for block_no, file_wide, names in self.found:
            index = blocks[block_no].index or 0
            covers = [None] if file_wide else [index, index + 1]
            add_directive(acc, directives, names, covers, index, location=places[block_no])
        return Document(path, "docx", tuple(blocks), freeze_suppressions(acc), tuple(directives))

    def _start_group(self, *, listing: bool) -> None:
        if not (listing and self.in_list):
            self.group += 1
        self.in_list = listing


def _source_columns(header: Any, table: Any) -> set[int]:
    """The columns of a table whose first-row cell names each row's source."""
    from docx.table import _Cell

    return {
        k
        for k, tc in enumerate(header.tc_lst)
        if SOURCE_HEADER.fullmatch(_Cell(tc, table).text.strip())
    }


def _kind(paragraph: Any, style_names: dict[str | None, str]) -> str:
    """The block kind of a body paragraph, from its style name and numbering.

    The name is looked up once per style id: python-docx finds a paragraph's style (the
    default one, for most paragraphs) by scanning every style of the document each time.
    """
    style_id = paragraph._p.style
    name = style_names.get(style_id)
    if name is None:
        style = paragraph.style
        name = style_names[style_id] = (style.name if style is not None else None) or ""
    if name.startswith(("Heading", "Title")):
        return "heading"
    ppr = paragraph._p.pPr
    if "List" in name or (ppr is not None and ppr.numPr is not None):
        return "list-item"
    return "paragraph"
