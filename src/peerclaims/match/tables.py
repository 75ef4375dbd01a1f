"""Tables: a row names its source in a cell of its own, and backs the claims beside it.

A cell of a source column (Markdown's reader marks it "table-source") often holds the
source without parentheses: "SAMHSA, 2024", "Castelein 2008", "Chinman et al., 2014". It is
read as the parenthetical citation it would be in running text, when the whole cell is
one. A table flattened to text (a PDF's or web page's "Study ID | ..." table, one row a
line) is read the same way: under a first line headed "Study ID", "Study", "Source" or
"Reference", a line opening with "Surname 2008" or "Surname et al. 2012a" names its row's
study. The cells of one Markdown table row go together (`row_key`): a citation in any of
them backs a claim in the others, and never a claim in another row.
"""

from __future__ import annotations

import re

from peerclaims.documents import TextBlock
from peerclaims.text.author_year import source_cell
from peerclaims.text.citations import Citation, find_citations
from peerclaims.text.patterns import SURNAME


def cell_citations(block: TextBlock) -> list[Citation]:
    """The citations of a block; a source cell that is one bare citation counts as one, and
    so does the study ID opening each row of a table flattened to text."""
    # a source cell that is one bare citation: text.citations.source_cell reads it
    found = find_citations(block.text, cell=block.kind == "table-source")
    text = block.text
    if block.kind in ("paragraph", "page") and _STUDY_HEADER.match(text):
        return sorted(found + _study_ids(text, found), key=lambda c: c.start)
    return found


_STUDY_HEADER = re.compile(r"\s*(?:Study(?:\s+ID)?|Source|Reference|Trial)\b")
_STUDY_ID = re.compile(
    rf"^[ \t]*({SURNAME}(?:\s+et\s+al\.?|\s+(?:and|&)\s+{SURNAME})?,?\s+(?:1[5-9]|20)\d\d[a-z]?)(?=\s)",
    re.MULTILINE,
)


def _study_ids(text: str, found: list[Citation]) -> list[Citation]:
    """Citations for the study IDs opening the lines of a flattened table."""
    taken = [(c.start, c.end) for c in found]
    out = []
    for m in _STUDY_ID.finditer(text, text.find("\n") + 1 if "\n" in text else len(text)):
        if any(lo < m.end(1) and m.start(1) < hi for lo, hi in taken):
            continue
        bare = _bare(m.group(1), m.start(1))
        if bare:
            out.append(bare)
    return out


def _bare(text: str, at: int) -> Citation | None:
    """`text` (found at offset `at`) read as a source cell is ("Min 2007" as "(Min 2007)"),
    placed at `at`: one reading of a bare citation, `text.citations.source_cell`'s."""
    c = source_cell(text)
    if c is None or (c.start, c.end) != (0, len(text)):
        return None
    return c.shifted(at)


def row_key(block: TextBlock) -> tuple[str, int, int] | None:
    """("row", table group, line) for a cell of a Markdown table, else None."""
    if block.unit is None and block.kind in ("table-cell", "table-source"):
        return ("row", block.group, block.line)
    return None
