"""Lists of titles: a document's sources named by title, publisher and year, one per line
("Value of Peers, SAMHSA (2017)", two or more in a row). Such a list names its sources
without authors; it is found so that its lines are not read as claims, but it has no entries
to parse (`reflist` parses lists of entries)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from peerclaims.text.patterns import LIST_BULLETS, LISTED_YEAR, UPPER
from peerclaims.text.reflist import lines_of

# A title, its publisher or journal, and the year: "Value of Peers, SAMHSA (2017)".
_TITLE_LINE_RE = re.compile(
    rf"\s*(?:[{re.escape(LIST_BULLETS)}]\s+)?[{UPPER}][^\n]{{5,200}}?,\s+[{UPPER}][^\n()]{{0,150}}"
    rf"\(\s*(?:{LISTED_YEAR})\s*\)\s*\.?\s*"
)


def find_title_lists(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of two or more lines in a row, outside `taken`, that each give a title, its
    publisher and a year: "Evidence for Peer Support, Mental Health America (2019)"."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    spans = sorted(taken)
    for pos, line in [*lines_of(text, 0, len(text)), (len(text), "\0")]:
        i = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
        inside = i >= 0 and spans[i][0] <= pos < spans[i][1]
        if not inside and len(line) <= 300 and _TITLE_LINE_RE.fullmatch(line):
            run.append((pos, pos + len(line)))
            continue
        if not line.strip() and run:
            continue  # blank lines may part the titles
        if len(run) >= 2:
            out.append((run[0][0], run[-1][1]))
        run = []
    return out
