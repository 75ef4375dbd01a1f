"""Tables: a row names its source in a cell of its own, and backs the claims beside it.

A cell of a source column (Markdown's reader marks it "table-source") often holds the
source without parentheses: "SAMHSA, 2024", "Castelein 2008", "Chinman et al., 2014". It is
read as the parenthetical citation it would be in running text, when the whole cell is
one. The cells of one Markdown table row go together (`row_key`): a citation in any of
them backs a claim in the others, and never a claim in another row.
"""

from __future__ import annotations

import dataclasses
import re

from peerclaims.documents import TextBlock
from peerclaims.text.citations import Citation, find_citations

_ENDS_WITH_YEAR = re.compile(r".*[^\W\d_].*\b(?:1[5-9]|20)\d\d[a-z]?\)?\s*\Z", re.DOTALL)


def cell_citations(block: TextBlock) -> list[Citation]:
    """The citations of a block; a source cell that is one bare citation counts as one."""
    found = find_citations(block.text)
    text = block.text
    if found or block.kind != "table-source" or len(text) > 120 or not _ENDS_WITH_YEAR.match(text):
        return found
    wrapped = find_citations(f"({text})")
    if len(wrapped) != 1 or (wrapped[0].start, wrapped[0].end) != (0, len(text) + 2):
        return []
    c = wrapped[0]
    works = tuple(
        dataclasses.replace(w, start=max(0, w.start - 1), end=min(len(text), w.end - 1))
        for w in c.works
    )
    return [dataclasses.replace(c, text=text, start=0, end=len(text), works=works)]


def row_key(block: TextBlock) -> tuple[str, int, int] | None:
    """("row", table group, line) for a cell of a Markdown table, else None."""
    if block.unit is None and block.kind in ("table-cell", "table-source"):
        return ("row", block.group, block.line)
    return None
