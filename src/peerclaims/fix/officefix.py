"""Fixes applied to .docx and .pptx files, inside the runs of each paragraph.

A paragraph's text is the text of its pieces in order: runs (which carry the fonts) and,
in a deck, line breaks and fields. An edit rewrites the runs it touches: the replacement
goes into the first of them, the others shrink to what lies outside the edit, so bold,
italics, sizes, bullets and layout stay as they were. An edit that would cross a line
break or a field, or whose text is not where the finding said, is skipped.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerclaims.diagnostics import Fix
from peerclaims.documents.types import TextBlock


@dataclass(frozen=True)
class Changed:
    """One paragraph a fix changed: where it is, and its text before and after."""

    location: str
    before: str
    after: str


class _Piece:
    """A stretch of a paragraph's text; `run` is the element to rewrite (None: fixed)."""

    def __init__(self, run: Any, text: str) -> None:
        self.run, self.text = run, text

    def set(self, text: str) -> None:
        self.run.text = text
        self.text = text


def _docx_pieces(paragraph: Any) -> list[_Piece]:
    from docx.text.hyperlink import Hyperlink

    pieces = []
    for item in paragraph.iter_inner_content():
        runs = item.runs if isinstance(item, Hyperlink) else [item]
        pieces += [_Piece(run, run.text) for run in runs]
    return pieces


def _pptx_pieces(paragraph: Any) -> list[_Piece]:
    from pptx.oxml.ns import qn

    run_tag = qn("a:r")
    return [
        _Piece(el if el.tag == run_tag else None, el.text)
        for el in paragraph._element.content_children
    ]


def apply_office(
    path: Path, fmt: str, edits: Sequence[Fix]
) -> tuple[bytes, list[Fix], list[Changed]]:
    """The file at `path` with `edits` applied, the edits that applied, and what changed."""
    document, pairs, pieces_of = _open(path, fmt)
    by_block: dict[int, list[Fix]] = {}
    for fix in edits:
        if 0 <= fix.block < len(pairs):
            by_block.setdefault(fix.block, []).append(fix)
    applied: list[Fix] = []
    changed: list[Changed] = []
    for block, fixes in sorted(by_block.items()):
        paragraph, tb = pairs[block]
        pieces = pieces_of(paragraph)
        done = [f for f in sorted(fixes, key=lambda f: f.start, reverse=True) if _edit(pieces, f)]
        if done:
            applied += reversed(done)
            after = "".join(p.text for p in pieces).replace("\v", "\n").strip()
            changed.append(Changed(tb.location(str(path)), tb.text, after))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), applied, changed


def _open(path: Path, fmt: str) -> tuple[Any, list[tuple[Any, TextBlock]], Any]:
    """The opened file, its (paragraph, block) pairs in block order, and how to split one."""
    data = io.BytesIO(path.read_bytes())
    if fmt == "docx":
        from docx import Document as open_docx

        from peerclaims.documents.docx import docx_paragraphs

        document: Any = open_docx(data)
        return document, docx_paragraphs(document), _docx_pieces
    from pptx import Presentation

    from peerclaims.documents.pptx import deck_paragraphs

    document = Presentation(data)
    return document, deck_paragraphs(document), _pptx_pieces


def _edit(pieces: list[_Piece], fix: Fix) -> bool:
    """Apply one edit to a paragraph's pieces; False (nothing changed) if it cannot be."""
    raw = "".join(p.text for p in pieces)
    lead = len(raw) - len(raw.lstrip())
    start, end = lead + fix.start, lead + fix.end
    if raw[start:end].replace("\v", "\n") != fix.old:
        return False
    bounds, pos = [], 0
    for piece in pieces:
        bounds.append((pos, pos + len(piece.text), piece))
        pos += len(piece.text)
    if start == end:  # an insertion goes at the end of the run before it, if it can
        hit = [b for b in bounds if b[0] < start <= b[1] and b[2].run is not None]
        hit = hit[-1:] or [b for b in bounds if b[0] <= start < b[1] and b[2].run is not None][:1]
    else:
        hit = [b for b in bounds if b[0] < end and start < b[1] and b[1] > b[0]]
    if not hit or any(b[2].run is None for b in hit):
        return False
    first_start, _, first = hit[0]
    last_start, _, last = hit[-1]
    tail = last.text[end - last_start :]
    if last is not first:
        for _, _, piece in hit[1:]:
            piece.set("")
        first.set(first.text[: start - first_start] + fix.new)
        last.set(tail)
    else:
        first.set(first.text[: start - first_start] + fix.new + tail)
    return True
