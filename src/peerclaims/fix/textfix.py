"""Fixes applied to a text or Markdown file, by line and column.

The readers number lines after turning every line ending into "\\n" and dropping a UTF-8
byte-order mark; here the file's own bytes are edited, so its line endings ("\\r\\n",
"\\r") and its byte-order mark are kept, and lines without a fix stay byte-identical.
An edit whose text is not where the finding said (the file changed since) is skipped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence

from peerclaims.diagnostics import Fix

_BREAK = re.compile(r"\r\n|\r|\n")


def apply_text(data: bytes, edits: Sequence[Fix]) -> tuple[bytes, list[Fix]]:
    """`data` with `edits` (non-overlapping) applied, and the edits that applied."""
    bom = data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    starts, newline = [0], None
    for m in _BREAK.finditer(text):
        starts.append(m.end())
        newline = newline or m.group()
    spans: list[tuple[int, int, Fix]] = []
    for fix in edits:
        start, end = (
            _offset(starts, fix.line, fix.column),
            _offset(starts, fix.end_line, fix.end_column),
        )
        if start is None or end is None or end < start:
            continue
        if _BREAK.sub("\n", text[start:end]) == fix.old:
            spans.append((start, end, fix))
    for start, end, fix in sorted(spans, key=lambda s: s[0], reverse=True):
        text = text[:start] + fix.new.replace("\n", newline or "\n") + text[end:]
    out = text.encode("utf-8")
    return (codecs.BOM_UTF8 + out if bom else out), [
        s[2] for s in sorted(spans, key=lambda s: s[0])
    ]


def _offset(starts: list[int], line: int, column: int) -> int | None:
    """The offset of 1-based (line, column), or None outside the file."""
    if not 1 <= line <= len(starts) or column < 1:
        return None
    return starts[line - 1] + column - 1
