"""A run-in list of numbered sources: "Sources: ¹ Macias, Kinney and Rodican (1995). ² McKay,
Yates, and Johnsen (2005); … 4 Johnson and Hickey (1999)." on one line or paragraph.

A fact sheet or a one-pager often keeps its notes as one paragraph under its text: a label
("Sources:", "Notes:", "References:", "Endnotes:", "Citations:"), maybe after a stray
superscript, then its numbered entries one after another, each number a superscript or a
plain number after the entry before it closed (". 4 Johnson"). The paragraph is a reference
list whose entries are numbered: the works in it are listed, not cited in the text, and the
text's markers ("… Transitional Employment 1") point into it. Two numbered entries at least,
counting up from the first; anything else (a slide's "Source: SAMHSA (2017)") is a citation
standing alone, as before.

Pure: standard library only, linear regular expressions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from peerclaims.text.reflist_entry import ListEntry, parse_entry

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LABEL_RE = re.compile(
    rf"^[^\S\n]*[{_SUPERSCRIPTS}]*[^\S\n]*(?:\*\*|__)?"
    r"(?:Sources?|Notes|Endnotes|References|Citations)(?:\*\*|__)?[^\S\n]*:[^\S\n]*",
    re.MULTILINE,
)
# An entry's number: superscript digits anywhere, or plain digits after a closed entry.
_NUMBER_RE = re.compile(
    rf"(?:(?<=\s)|(?<=:)|^)(?P<sup>[{_SUPERSCRIPTS}]{{1,3}})[^\S\n]*(?=\S)"
    r"|(?<=[.;)][^\S\n])(?P<num>[1-9]\d{0,2})[^\S\n]+(?=[A-Z])"
)
_LONGEST = 4000


def _value(marker: str) -> int:
    return int(marker.translate(str.maketrans(_SUPERSCRIPTS, "0123456789")))


def find_runin_lists(
    text: str, taken: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, list[ListEntry]]]:
    """(start, end, entries) of each run-in list of numbered sources outside `taken`: from
    its label's line to the end of its paragraph (a blank line or the end)."""
    out, scanned = [], 0
    for label in _LABEL_RE.finditer(text):
        start = label.start()
        if start < scanned or any(lo <= start < hi for lo, hi in taken):
            continue  # in a paragraph already read: each character is read once
        blank = re.search(r"\n[^\S\n]*\n", text[label.end() : label.end() + _LONGEST])
        end = label.end() + (blank.start() if blank else min(_LONGEST, len(text) - label.end()))
        scanned = end
        entries = _entries(text, label.end(), end)
        if entries:
            out.append((start, end, entries))
    return out


def _entries(text: str, lo: int, hi: int) -> list[ListEntry]:
    """The numbered entries of text[lo:hi], if it opens with one and they count up."""
    marks = [
        (m.start(), m.end(), _value(m["sup"]) if m["sup"] else int(m["num"]))
        for m in _NUMBER_RE.finditer(text, lo, hi)
    ]
    if len(marks) < 2 or text[lo : marks[0][0]].strip():
        return []
    numbers = [n for _, _, n in marks]
    if numbers != sorted(numbers) or numbers[0] > 1:
        return []
    out = []
    for k, (_, body, number) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else hi
        entry = parse_entry(text[body:stop])
        out.append(dataclasses.replace(entry, start=body, end=stop, number=number))
    return out
