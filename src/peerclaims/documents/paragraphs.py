"""Paragraphs that a blank line split in the middle of a sentence, joined again.

Text extracted from a PDF page by page, or from a viewer that double-spaces its lines, puts a
blank line after every printed line ("Peer mentoring is defined by the United Nations Office on
Drugs and\\n\\nCrime as ...", "(Boisvert\\n\\net al., 2008; ... Min,\\n\\n2007; ...)"). Read as
paragraphs, each line is a block of its own, and a sentence, a citation or an author's name is
cut in two. A paragraph that ends with no stop, on a comma or a word that joins ("and", "of",
"the") or before a line that opens in lower case, runs on into the next paragraph: the two are
one block, each line keeping its place in the file (`TextBlock.rows`). A paragraph that ends
with a stop, a colon or a closing bracket, a title over a paragraph ("Background", "## Peer
support workers"), and a paragraph before a bulleted line ("• the mean number of days ..."),
stand alone; but one that opens on the rest of a citation, a comma and its year, continues the
one before whatever it ends with ("(DeHert et al.\n\n, 2011)", a sentence splitter's break
after "et al.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from peerclaims.documents.types import TextBlock
from peerclaims.text.claim_place import is_entry
from peerclaims.text.patterns import JOINING_WORDS, YEAR_DIGITS

__all__ = ["join_broken"]

_GOES_ON = re.compile(rf"(?:[,(/&]|(?<=\w)-|\b(?:{JOINING_WORDS}|et|al))\Z", re.IGNORECASE)
_ENDED = re.compile(r"[.!?:;…\"”’)\]*_|]\Z")
_LOWER_START = re.compile(r"[a-z]")
_CITATION_REST = re.compile(rf"[,;][^\S\n]*(?:{YEAR_DIGITS}|in press\b|n\.d\.)")
_TEXT_START = re.compile(r"[\w(“\"‘'\[]")  # not a bullet glyph: a list's item is not prose


def join_broken(blocks: Iterable[TextBlock]) -> list[TextBlock]:
    """The blocks, with each paragraph that runs on into the next joined to it."""
    out: list[TextBlock] = []
    for block in blocks:
        if out and _runs_on(out[-1], block):
            out[-1] = _joined(out[-1], block)
        else:
            out.append(block)
    return out


def _runs_on(first: TextBlock, second: TextBlock) -> bool:
    if first.kind != "paragraph" or second.kind != "paragraph" or first.line <= 0:
        return False
    end, start = first.text.rstrip(), second.text.lstrip()
    if end and _CITATION_REST.match(start) and not first.text.lstrip().startswith("#"):
        return True  # a citation's year opens no paragraph: "(DeHert et al.\n\n, 2011)"
    if not end or _ENDED.search(end) or first.text.lstrip().startswith("#"):
        return False  # a stop, or a heading in Markdown's marks ("## Peer support workers")
    if not _TEXT_START.match(start) or is_entry(start):
        return False  # a list's item, or a reference entry after a line that lost its end
    return bool(_GOES_ON.search(end) or _LOWER_START.match(start))


def _rows(block: TextBlock) -> tuple[tuple[int, int], ...]:
    if block.rows is not None:
        return block.rows
    count = block.text.count("\n") + 1
    return ((block.line, block.column), *((block.line + k, 1) for k in range(1, count)))


def _joined(first: TextBlock, second: TextBlock) -> TextBlock:
    return TextBlock(
        first.text + "\n" + second.text,
        first.kind,
        first.line,
        first.column,
        group=first.group,
        rows=_rows(first) + _rows(second),
    )
