"""Plain-text reader: paragraphs separated by blank lines, bulleted lines as list items.

A line starting with a bullet ("-", "*", "•", "", "❧", "–", "o ", "1.", "2)") begins a
"list-item" block; the lines that follow continue it up to a blank line or the next bullet,
indented or not (lazy continuation, as in CommonMark: slide exports wrap bullets flush left).
As in CommonMark, a numbered item interrupts a paragraph only when it is numbered 1: a
wrapped line that opens with "2009) for use in ..." goes on its sentence. Consecutive list
items (blank lines between them allowed) share a group; every paragraph has a group of its own.
Block text starts at the first character after the bullet and keeps the source's line
breaks, so `TextBlock.position` maps offsets back to lines and columns.

Suppressions: a line containing `peerclaims: ignore[rule, ...]` silences those rules on
that line and the next non-blank line; `peerclaims: ignore-file[rule]` silences the whole
file. A line holding nothing but a directive (optionally in a comment) is not text.
"""

from __future__ import annotations

import re

from peerclaims import fileio as textio
from peerclaims.diagnostics import Directive
from peerclaims.documents.paragraphs import join_broken
from peerclaims.documents.types import (
    Document,
    TextBlock,
    add_directive,
    find_directives,
    freeze_suppressions,
)

# Slide exports use private-use glyphs (U+F0A7, U+F0EC, U+F0D8 ...) and dingbats as bullets.
_BULLET = re.compile(
    r"[ \t]*(?:(?:[-*–o]|\d{1,9}[.)])[ \t]+|[•▪■◦●○➢➤►✓✔❧\ue000-\uf8ff][ \t\xa0]*)(?=\S)"
)
# An ordered item interrupts a paragraph only when it starts at 1, as in CommonMark: a wrapped
# line that opens with a year and a bracket ("2009) for use in ...") continues its sentence.
_ORDERED_NOT_ONE = re.compile(r"[ \t]*(?!0*1[.)])\d{1,9}[.)]")
_DIRECTIVE_ONLY = re.compile(
    r"\s*(?:<!--|#|//|%|;)?\s*peerclaims:\s*ignore(?:-file)?(?:\s*\[[^\]\n]*\])?\s*(?:-->)?\s*"
)


def decode_text(label: str, data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped) with line breaks as "\\n"; see `textio.decode_text`."""
    return textio.decode_text(data, label)


def is_directive_only(line: str) -> bool:
    """Whether `line` holds a suppression directive and nothing else."""
    return _DIRECTIVE_ONLY.fullmatch(line) is not None


def line_suppressions(
    lines: list[str],
) -> tuple[dict[int | None, frozenset[str]], tuple[Directive, ...]]:
    """Suppressions from directives anywhere in `lines` (keys are 1-based lines), and the
    directives themselves."""
    acc: dict[int | None, set[str]] = {}
    directives: list[Directive] = []
    content = ContentLines(lines)
    for number, line in enumerate(lines, 1):
        if "peerclaims" not in line:
            continue
        for file_wide, rules, offset in find_directives(line):
            following = None if file_wide else content.after(number)
            covers = [None] if file_wide else [number, *([following] if following else [])]
            add_directive(acc, directives, rules, covers, number, offset + 1)
    return freeze_suppressions(acc), tuple(directives)


def _is_content(line: str) -> bool:
    return bool(line.strip()) and not is_directive_only(line)


def next_content_line(lines: list[str], after: int) -> int | None:
    """The 1-based number of the first non-blank, non-directive line after line `after`."""
    for number in range(after + 1, len(lines) + 1):
        if _is_content(lines[number - 1]):
            return number
    return None


class ContentLines:
    """`next_content_line` for many questions about the same lines: the answers for every
    line are worked out in one backward pass when the first is asked, so a file of many
    directives (each asking for the line after it) is read in linear time."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.table: list[int | None] | None = None

    def after(self, after: int) -> int | None:
        """The 1-based number of the first non-blank, non-directive line after line `after`."""
        if self.table is None:
            table: list[int | None] = [None] * (len(self.lines) + 1)
            following: int | None = None
            for number in range(len(self.lines), 0, -1):
                table[number] = following
                if _is_content(self.lines[number - 1]):
                    following = number
            table[0] = following
            self.table = table
        return self.table[after] if 0 <= after < len(self.table) else None


def read_text(label: str, data: bytes) -> Document:
    """Read UTF-8 plain text into paragraph and list-item blocks."""
    lines = decode_text(label, data).split("\n")
    suppressions, directives = line_suppressions(lines)
    return Document(label, "text", tuple(join_broken(_blocks(lines))), suppressions, directives)


def _blocks(lines: list[str]) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    group, in_list = 0, False
    start: tuple[int, int, str] | None = None  # (line index, column index, kind)
    for i, line in enumerate(lines):
        in_paragraph = start is not None and start[2] == "paragraph"
        # mid-paragraph only "1." opens a list: "... (Copello et al.,\n2009) for use" goes on
        bullet = None if in_paragraph and _ORDERED_NOT_ONE.match(line) else _BULLET.match(line)
        if not line.strip() or is_directive_only(line):
            blocks += _close(lines, start, i, group)
            start = None
        elif bullet:
            blocks += _close(lines, start, i, group)
            group, in_list = (group, True) if in_list else (group + 1, True)
            start = (i, bullet.end(), "list-item")
        elif start is None:  # other lines continue the item or paragraph, as in CommonMark
            blocks += _close(lines, start, i, group)
            group, in_list = group + 1, False
            start = (i, len(line) - len(line.lstrip()), "paragraph")
    blocks += _close(lines, start, len(lines), group)
    return blocks


def _close(
    lines: list[str], start: tuple[int, int, str] | None, end: int, group: int
) -> list[TextBlock]:
    if start is None:
        return []
    first, column, kind = start
    text = "\n".join([lines[first][column:], *lines[first + 1 : end]]).rstrip()
    return [TextBlock(text, kind, first + 1, column + 1, group=group)] if text else []
