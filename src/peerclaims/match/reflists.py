"""A document's own reference lists, read into sections, and where they lie in its text.

Titled lists (a References heading), run-in ones ("Sources: ¹ Macias … (1995). ² …":
`reflist_runin`), untitled ones (a run of whole entries) and lists of
titles ("Value of Peers, SAMHSA (2017)": no entries to parse, but not claims) are found in
the document's joined text (`reflist`). A list may share a block with prose (a text file
with no blank lines is one block), so what belongs to a list is known by offset: `ListSpans`
says whether a place in a block lies in a list, and which blocks lie wholly in one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from peerclaims.match.context import Context
from peerclaims.match.found import ListedWork, Section
from peerclaims.match.resolve import resolve
from peerclaims.text import reflist
from peerclaims.text.reflist_runin import find_runin_lists
from peerclaims.text.reflist_titles import find_title_lists


@dataclass(frozen=True)
class ListSpans:
    """The spans of the reference lists in a joined text, sorted and disjoint."""

    spans: tuple[tuple[int, int], ...]
    starts: Sequence[int]  # where each block starts in the joined text

    def covers(self, block: int, offset: int) -> bool:
        """True when text[offset] of a block lies in a reference list."""
        at = self.starts[block] + offset
        i = bisect.bisect_right(self.spans, (at, float("inf"))) - 1
        return i >= 0 and self.spans[i][0] <= at < self.spans[i][1]

    def blocks_within(self, lo: int, hi: int, lengths: Sequence[int]) -> frozenset[int]:
        """The blocks lying wholly in the span [lo, hi)."""
        first = max(0, bisect.bisect_right(self.starts, lo) - 1)
        out = set()
        for i in range(first, len(self.starts)):
            if self.starts[i] >= hi:
                break
            if lo <= self.starts[i] and self.starts[i] + lengths[i] <= hi:
                out.add(i)
        return frozenset(out)


def read_lists(
    joined: str,
    starts: Sequence[int],
    lengths: Sequence[int],
    ctx: Context,
    cells: frozenset[int] = frozenset(),
) -> tuple[tuple[Section, ...], ListSpans]:
    """The sections each list closes (one open section if there are none), and the spans.
    A run of table cells (`cells`, by block) shaped as entries is a table's source column,
    not a reference list without a heading."""
    titled = reflist.find_reference_lists(joined)
    untitled = [
        (lo, hi)
        for lo, hi in reflist.find_untitled_lists(joined, titled)
        if _block_at(starts, lo) not in cells
    ]
    runin = {lo: (hi, entries) for lo, hi, entries in find_runin_lists(joined, titled + untitled)}
    found = sorted(
        [(lo, hi, True) for lo, hi in titled]
        + [(lo, hi, False) for lo, hi in untitled]
        + [(lo, hi, True) for lo, (hi, _) in runin.items()]
    )
    titles = find_title_lists(joined, [(lo, hi) for lo, hi, _ in found])
    spans = ListSpans(tuple(sorted([(lo, hi) for lo, hi, _ in found] + titles)), starts)
    out, first = [], 0
    for start, end, has_title in found:
        if start in runin:
            entries = runin[start][1]
        else:
            entries = reflist.parse_reference_list(joined, start, end)
        last = _block_at(starts, max(start, end - 1))
        listed = tuple(_listed(starts, e, ctx) for e in entries)
        within = spans.blocks_within(start, end, lengths)
        out.append(Section(first, last, listed, within, titled=has_title))
        first = last + 1
    if first < len(starts) or not out:
        out.append(Section(first, len(starts) - 1, (), frozenset()))
    return tuple(out), spans


def _block_at(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _listed(starts: Sequence[int], entry: reflist.ListEntry, ctx: Context) -> ListedWork:
    block = _block_at(starts, entry.start)
    resolution = resolve(entry.authors, entry.year, ctx.citations)
    return ListedWork(block, entry.start - starts[block], entry, resolution)
