"""Numbered citations and the entries they stand for: a slide's footnotes given as "¹ Author
(2006). Title", and a numbered citation read as its list entry's work."""

from __future__ import annotations

import re
from collections.abc import Sequence

from peerclaims.documents import TextBlock
from peerclaims.match.found import FoundWork, ListedWork
from peerclaims.match.resolve import CitationIndex, resolve
from peerclaims.text import reflist
from peerclaims.text.citation_types import Citation, CitedWork

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_FOOTNOTE = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+(?=\S)")


def footnotes_listed(blocks: Sequence[TextBlock], index: CitationIndex) -> dict[int, ListedWork]:
    """Footnotes a slide gives as "¹ Author (2006). Title", by their number."""
    out: dict[int, ListedWork] = {}
    for i, block in enumerate(blocks):
        match = _FOOTNOTE.match(block.text)
        if match:
            number = int(match.group(1).translate(_SUPERSCRIPT_DIGITS))
            entry = reflist.parse_entry(block.text[match.end() :])
            res = resolve(entry.authors, entry.year, index)
            out.setdefault(number, ListedWork(i, match.end(), entry, res))
    return out


def numbered_work(citation: Citation, listed: ListedWork) -> FoundWork:
    """A numbered citation stands for its list entry, and resolves as that entry does."""
    entry = listed.entry
    work = CitedWork(
        entry.authors, entry.et_al, entry.year, None, citation.text, citation.start, citation.end
    )
    return FoundWork(work, listed.resolution)
