"""PowerPoint (.pptx) reader, via python-pptx.

Slides are read in order; on each slide, shapes in reading order (top, then left; shapes
without a position last), group shapes recursively, tables cell by cell in row-major
order. Every non-empty paragraph is a block: kind "title" in the title placeholder,
"list-item" when indented or when its frame holds several paragraphs, else "paragraph";
table paragraphs are "table-cell" (a cell of a column headed "Source" or the like is
"table-source", and such a table's rows each go together). Speaker notes follow as "notes"
blocks. All blocks of a slide share group = slide number. Pictures, charts and SmartArt are
skipped.

Suppressions: `peerclaims: ignore[rule]` in a slide's notes silences the rule on that
slide; `peerclaims: ignore-file[rule]` silences it in the whole deck.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
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
from peerclaims.documents.types import (
    SOURCE_HEADER,
    Document,
    TextBlock,
    add_directive,
    find_directives,
    freeze_suppressions,
)
from peerclaims.errors import InputError

if TYPE_CHECKING:
    from pptx.shapes.base import BaseShape
    from pptx.slide import Slide
    from pptx.text.text import TextFrame


def read_pptx(path: Path, *, max_entries: int = MAX_ENTRIES) -> Document:
    """Read a .pptx deck into per-paragraph blocks and notes suppressions.

    `max_entries`: the archive's entries besides its slides' (see `check_archive`).
    """
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    check_archive(path, max_entries=max_entries)
    problem = office_problem(path, "pptx")
    if problem:
        raise InputError(f"{path}: {problem}")
    try:
        deck = Presentation(io.BytesIO(path.read_bytes()))
        blocks: list[TextBlock] = []
        acc: dict[int | None, set[str]] = {}
        directives: list[Directive] = []
        for number, slide in enumerate(deck.slides, 1):
            slide_blocks = _slide_blocks(slide, number)
            _notes_suppressions(slide_blocks, number, acc, directives)
            blocks += slide_blocks
    except office_errors(PackageNotFoundError) as exc:
        raise office_damage(path, "pptx", exc) from exc
    return Document(str(path), "pptx", tuple(blocks), freeze_suppressions(acc), tuple(directives))


def _slide_blocks(slide: Slide, number: int) -> list[TextBlock]:
    return [block for _, block in _slide_paragraphs(slide, number)]


def deck_paragraphs(deck: Any) -> list[tuple[Any, TextBlock]]:
    """The python-pptx paragraph behind each block `read_pptx` reads, in block order
    (what `peerclaims check --fix` edits)."""
    return [pair for n, slide in enumerate(deck.slides, 1) for pair in _slide_paragraphs(slide, n)]


def _slide_paragraphs(slide: Slide, number: int) -> list[tuple[Any, TextBlock]]:
    pairs = [p for shape in _reading_order(slide.shapes) for p in _shape_blocks(shape, number)]
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        if frame is not None:
            pairs += _frame_blocks(frame, number, "notes", "notes")
    return pairs


def _notes_suppressions(
    blocks: list[TextBlock], number: int, acc: dict[int | None, set[str]], out: list[Directive]
) -> None:
    for block in blocks:
        if block.kind == "notes":
            for file_wide, rules, _ in find_directives(block.text):
                covers = [None if file_wide else number]
                add_directive(acc, out, rules, covers, number, location=f"slide {number} (notes)")


def _reading_order(shapes: Iterable[BaseShape]) -> list[BaseShape]:
    """Shapes sorted top-to-bottom, then left-to-right; unpositioned shapes last."""

    def key(shape: BaseShape) -> tuple[bool, int, int]:
        top, left = shape.top, shape.left
        return (top is None, int(top or 0), int(left or 0))

    return sorted(shapes, key=key)


def _shape_blocks(shape: Any, number: int) -> Iterator[tuple[Any, TextBlock]]:
    from pptx.shapes.group import GroupShape

    if isinstance(shape, GroupShape):
        for child in _reading_order(shape.shapes):
            yield from _shape_blocks(child, number)
    elif getattr(shape, "has_table", False):
        rows = list(shape.table.rows)
        header = [cell.text.strip() for cell in rows[0].cells] if rows else []
        sources = {c for c, text in enumerate(header, 1) if SOURCE_HEADER.fullmatch(text)}
        for r, row in enumerate(rows, 1):
            for c, cell in enumerate(row.cells, 1):
                if not cell.is_spanned:
                    # with a source column, a row goes together: its source backs its claims
                    name = f"{shape.name} r{r}" if sources else f"{shape.name} r{r}c{c}"
                    kind = "table-source" if r > 1 and c in sources else "table-cell"
                    yield from _frame_blocks(cell.text_frame, number, name, kind)
    elif shape.has_text_frame:
        yield from _frame_blocks(shape.text_frame, number, shape.name, _title_kind(shape))


def _title_kind(shape: Any) -> str | None:
    """The kind "title" for a title placeholder, else None (kind decided per paragraph)."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    titles = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
    if shape.is_placeholder and shape.placeholder_format.type in titles:
        return "title"
    return None


def _frame_blocks(
    frame: TextFrame, number: int, name: str, kind: str | None
) -> list[tuple[Any, TextBlock]]:
    """One block per non-empty paragraph of `frame`, with its paragraph."""
    texts = [(p, p.text.replace("\v", "\n").strip(), p.level) for p in frame.paragraphs]
    texts = [(p, text, level) for p, text, level in texts if text]
    several = len(texts) > 1
    return [
        (
            paragraph,
            TextBlock(
                text,
                kind or ("list-item" if level > 0 or several else "paragraph"),
                unit="slide",
                index=number,
                shape=name,
                group=number,
            ),
        )
        for paragraph, text, level in texts
    ]
