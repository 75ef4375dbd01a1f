"""Names for places in a document without line numbers (Word), as a reader would find them.

A block is named by the heading it is under and its first words:
`under "Outcomes", paragraph starting "Peer support reduces…"`; a table cell by its table,
counted from the heading, and its row: `under "Results", table 1, row 3, cell starting
"Fewer…"`; a heading by its text. Openings are lengthened until they tell apart the
blocks under the same heading; blocks that still read alike are counted ("(2nd)").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

_WORDS = 4  # words an opening starts with
_MAX_WORDS = 8  # an opening grows no longer (a place stays short); alike ones are counted
_HEADING_WORDS = 6
_KINDS = {"list-item": "list item", "table-cell": "cell", "table-source": "cell"}


@dataclass(frozen=True, slots=True)
class Spot:
    """What is known of a block for naming it: kind, text, heading above, (table, row)."""

    kind: str
    text: str
    heading: str = ""
    row: tuple[int, int] | None = None


def clip_words(text: str, words: int) -> str:
    """The first `words` words of `text`, with "…" when some were left out."""
    split = text.split()
    shown = " ".join(split[:words])
    return shown + "…" if len(split) > words else shown


def place_names(spots: Sequence[Spot]) -> list[str]:
    """A place name for each spot, unique among the spots where text allows."""
    words = [_WORDS] * len(spots)
    pending = list(range(len(spots)))
    while pending:  # lengthen the openings of spots that read alike, a word at a time
        alike: dict[tuple[str, str, tuple[int, int] | None, str], list[int]] = defaultdict(list)
        for i in pending:
            s = spots[i]
            alike[(s.kind, s.heading, s.row, clip_words(s.text, words[i]))].append(i)
        pending = []
        for group in alike.values():
            grow = [i for i in group if words[i] < min(_MAX_WORDS, len(spots[i].text.split()))]
            if len(group) > 1 and grow:
                for i in grow:
                    words[i] += 1
                pending += group
    names = [_name(s, clip_words(s.text, n)) for s, n in zip(spots, words, strict=True)]
    seen: dict[str, int] = defaultdict(int)
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name} ({_ordinal(seen[name])})")
    return out


def _name(spot: Spot, opening: str) -> str:
    if spot.kind == "heading":
        return f'heading "{clip_words(spot.text, _HEADING_WORDS)}"'
    parts = [f'under "{clip_words(spot.heading, _HEADING_WORDS)}"'] if spot.heading else []
    if spot.row is not None:
        parts += [f"table {spot.row[0]}", f"row {spot.row[1]}"]
    starting = " starting" if opening.endswith("…") else ""  # else the whole text is shown
    parts.append(f'{_KINDS.get(spot.kind, "paragraph")}{starting} "{opening}"')
    return ", ".join(parts)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
