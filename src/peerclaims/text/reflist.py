"""Find a document's own reference lists and parse their entries.

Pure: standard library only, no I/O. Lines are examined one at a time and every regular
expression is linear, so any input returns quickly.

Sections: a heading line whose text (after Markdown ``#``, ``**``/``__`` and bullets) is
References, Reference List, Bibliography, Suggested Reading(s), Further Reading(s), Works
Cited or Literature Cited, optionally followed by "cont."/"(continued)". A section runs to
the next heading that does not continue it. Continuations are a "cont." references heading
and the same references title repeated (000 repeats "Suggested Readings" on its next
slide); another references title ("Further Reading" after "Bibliography") starts a new
section. Other headings are Markdown ``#`` lines, bold-only lines, and — for plain text —
short capitalised lines without digits or final punctuation, after a blank line or a
sentence end and before a blank line ("For more information…").

Entries start at a bullet ("-", "*", "•", "❧", private-use bullets such as U+F0EC), at a
"1." / "[1]" number, or at a line shaped like an entry's opening: "Surname, X.",
"Surname X," or "Surname X." (APA, Vancouver/PubMed, one author included), an
organisation and its "(2015)", or "(2010)." (an entry whose authors were lost). Text from
PDFs and plain-text handouts puts one entry after another with no blank line between, so
such a line opens an entry after a blank line or a heading, or when the line before closes
one: it ends with ".", ")", a digit or a link, and not with an author's initial, "et al.",
",", "&" or "and" (an author list wrapped onto the next line). Other lines continue the
current entry, so where an entry wraps does not change the entries found.

Lists without a heading (a handout's sources at its foot, a reading list under topic
headings, a list extracted from a PDF): `find_untitled_lists` finds runs of whole entries —
each opens with authors as an entry does and reads as one (authors, year, title and a
journal, publisher, volume, pages or identifier), in under 1,200 characters — with only
blank lines between them.

A list of titles ("Value of Peers, SAMHSA (2017)", one per line) is `reflist_titles`'s.

`parse_entry` (reflist_entry.py) reads each entry.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from peerclaims.text.patterns import LIST_BULLETS, LISTED_YEAR, LOWER, PARTICLE, SURNAME, UPPER
from peerclaims.text.reflist_entry import ListEntry, entry_marker, parse_entry

__all__ = [
    "ListEntry",
    "find_reference_lists",
    "find_untitled_lists",
    "parse_entry",
    "parse_reference_list",
]

_PARTICLE = rf"(?:{PARTICLE})\s+"
_KEYWORD_RE = re.compile(
    r"(?i:references?|reference\s+list|bibliography|suggested\s+readings?|"
    r"further\s+readings?|works\s+cited|literature\s+cited)"
)
_CONT_RE = re.compile(r"(?i:[\s(]*(?:cont(?:inued|'d|’d)?\.?)[\s)]*)\Z")
_BULLET_RE = re.compile(rf"[{re.escape(LIST_BULLETS)}](?=\s)")
_ENTRY_START_RE = re.compile(
    rf"(?:{_PARTICLE})*{SURNAME}(?:[ \-‐]{SURNAME})?"
    rf"(?:,\s*[{UPPER}][a-z]?\.|\s+[{UPPER}]{{1,3}}(?:,|\.(?=\s|\Z))"
    # Chicago: "Morland, Leslie A., et al. \"Title.\"", "Repper, Julie, and Rachel Perkins."
    rf"|,\s*[{UPPER}][{LOWER}]+(?:\s+[{UPPER}]\.)*"
    rf"(?:,\s*(?:et\s+al\.|and\s|&\s)|\s+(?:and|&)\s|\.\s+[\"“*]))"
)
# The end of a line that leaves an entry open: an author list wrapped onto the next line.
_OPEN_END_RE = re.compile(
    rf"(?:[,;&]|\band|\bet\.?\s*al\.?|(?<![\w.])[{UPPER}]\.|(?<![\w.])[{UPPER}]{{1,3}})\Z"
)
# The end of a line that can close an entry: a full stop, a bracket, a number or a link.
_CLOSED_END_RE = re.compile(r"(?:[.)\]>]|\d|https?://\S+|doi:\s*\S+)\Z", re.IGNORECASE)
_LOST_AUTHORS_RE = re.compile(rf"\((?:{LISTED_YEAR})\)\.")


# --------------------------------------------------------------------------- lines


def lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, line without its newline) for each line of text[start:end]."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, text[pos:stop]
        pos = stop + 1


def _strip_markup(line: str) -> str:
    """The line without Markdown heading marks, bold/italic markers and a leading bullet."""
    s = line.strip().lstrip("#").strip()
    if _BULLET_RE.match(s):
        s = s[1:].strip()
    return s.replace("**", "").replace("__", "").replace("*", " ").strip()


def _ref_heading(line: str) -> tuple[str, bool] | None:
    """(lower-cased title, is a "cont." continuation) for a references heading, else None."""
    s = _strip_markup(line)
    if len(s) > 60:
        return None
    core = _CONT_RE.sub("", s).rstrip(" :")
    if not _KEYWORD_RE.fullmatch(core):
        return None
    if core.islower() and not line.lstrip().startswith("#"):
        return None  # "references" in lower case: a site's label or filter, not a heading
    return " ".join(core.lower().split()), core != s.rstrip(" :")


def _is_ref_heading(line: str) -> bool:
    """True for a references heading, "cont." continuations included."""
    return _ref_heading(line) is not None


def _is_marked_heading(line: str) -> bool:
    """True for a Markdown heading or a line that is bold text only."""
    s = line.strip()
    if s.startswith("#"):
        return s.lstrip("#")[:1] in (" ", "\t", "")
    return len(s) > 4 and s.startswith("**") and s.endswith("**") and "**" not in s[2:-2]


def _is_plain_heading(line: str, prev: str, nxt: str) -> bool:
    """A short capitalised title line in plain text, between a break and a blank line."""
    s = line.strip()
    if not 2 <= len(s) <= 60 or not s[0].isupper() or s[-1] in ".,;:" or nxt.strip():
        return False
    if any(ch.isdigit() for ch in s) or len(s.split()) > 8 or _ENTRY_START_RE.match(s):
        return False
    p = prev.strip()
    return not p or p[-1] in '.!?…)"”'


# --------------------------------------------------------------------------- sections


def find_reference_lists(text: str) -> list[tuple[int, int]]:
    """Spans (heading line start, section end) of the reference lists in `text`."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    title = ""
    lines = list(lines_of(text, 0, len(text)))
    for i, (pos, line) in enumerate(lines):
        ref = _ref_heading(line)
        if open_at is not None and _ends_section(lines, i, ref, title):
            spans.append((open_at, pos))
            open_at = None
        if ref is not None and open_at is None and not _in_contents(lines, i):
            open_at, title = pos, ref[0]
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _ends_section(
    lines: list[tuple[int, str]], i: int, ref: tuple[str, bool] | None, title: str
) -> bool:
    """True when line i is a heading that does not continue the open section titled `title`.

    A heading whose next line opens a reference entry groups the list's entries ("Algorithmic
    Harm" under "References", a category of a reading list) and continues it."""
    if ref is not None:
        return not ref[1] and ref[0] != title
    line = lines[i][1]
    prev = lines[i - 1][1] if i else ""
    nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
    if not (_is_marked_heading(line) or _is_plain_heading(line, prev, nxt)):
        return False
    return _entry_follows(lines, i) is False


def _entry_follows(lines: list[tuple[int, str]], i: int) -> bool | None:
    """Whether an entry opens on the first line with text after line i (None: no text)."""
    following = [text.strip() for _, text in lines[i + 1 : i + 5] if not _is_blank(text)]
    if not following:
        return None
    bullet = _BULLET_RE.match(following[0])
    first = following[0][bullet.end() :].lstrip() if bullet else following[0]
    return _starts_entry(first, " ".join([first, *following[1:2]]), True, "")


def _in_contents(lines: list[tuple[int, str]], i: int) -> bool:
    """A "References" line in a table of contents: right under another short title, with no
    entry after it ("Results and conclusions\nReferences\n\nReview conducted ...")."""
    prev = _strip_markup(lines[i - 1][1]) if i else ""
    short_title = bool(prev) and prev[-1] not in '.!?:;,)]"”' and len(prev.split()) <= 8
    return short_title and _entry_follows(lines, i) is False


# --------------------------------------------------------------------------- entries


# An organisation as author, then the year: "Substance Abuse and Mental Health Services
# Administration. (2015)." -- a new entry when it follows a blank line.
_ORG_ENTRY_RE = re.compile(rf"[{UPPER}][^()\n]{{2,160}}?\.?\s*\(\s*(?:{LISTED_YEAR})\s*\)")


def _closes_entry(line: str) -> bool:
    """True when a line can be an entry's last: it does not end inside an author list."""
    s = line.rstrip()
    return bool(_CLOSED_END_RE.search(s)) and not _OPEN_END_RE.search(s)


def _starts_entry(line: str, ahead: str, fresh: bool, prev: str) -> bool:
    """True when a line without a bullet opens a new entry (`ahead`: the line and the next,
    `prev`: the text before it since the last break)."""
    s = line.lstrip()
    if _LOST_AUTHORS_RE.match(s):
        return fresh or not _OPEN_END_RE.search(prev.rstrip())
    if not (_ENTRY_START_RE.match(ahead.lstrip()) or _ORG_ENTRY_RE.match(s)):
        return False
    return fresh or _closes_entry(prev)


@dataclass
class _Span:
    """An entry being collected: its offsets and list number."""

    start: int
    end: int
    number: int | None


class _Collector:
    """Accumulates entry spans line by line."""

    def __init__(self) -> None:
        self.done: list[_Span] = []
        self.cur: _Span | None = None

    def close(self) -> None:
        """Finish the current entry."""
        if self.cur is not None:
            self.done.append(self.cur)
            self.cur = None

    def open(self, span: _Span) -> None:
        """Start a new entry."""
        self.close()
        self.cur = span

    def follows(self, number: int | None, fresh: bool) -> bool:
        """True when a "N." marker may open an entry: after a break or as the next number."""
        if number is None or fresh:
            return True
        return self.cur is not None and self.cur.number == number - 1


def _feed_line(col: _Collector, pos: int, line: str, fresh: bool, prev: str, ahead: str) -> None:
    """Route one non-blank, non-heading line to the collector (`prev`: the text before it
    since the last break, `ahead`: the line with the next one after it)."""
    content_end = pos + len(line.rstrip())
    indent = len(line) - len(line.lstrip())
    marker = entry_marker(line)
    if marker is not None and col.follows(marker[1], fresh):
        col.open(_Span(pos + marker[0], content_end, marker[1]))
    elif col.cur is None or _starts_entry(line, ahead, fresh, prev):
        col.open(_Span(pos + indent, content_end, None))
    else:
        col.cur.end = content_end


def _is_blank(line: str) -> bool:
    """True for an empty line or one holding only bullets or list numbers."""
    marker = entry_marker(line)
    return not line[marker[0] if marker else 0 :].strip()


_NUMBER_ONLY_RE = re.compile(r"\s*\d{1,3}[.)]\s*")


def _wraps_number(line: str, prev: str) -> bool:
    """True for a line holding only "29." after a line that leaves its entry open ("(2),"):
    the entry's pages, wrapped, not a list number."""
    return bool(prev) and _NUMBER_ONLY_RE.fullmatch(line) is not None and not _closes_entry(prev)


def _entry_spans(text: str, start: int, end: int) -> list[_Span]:
    """Spans of the entries in text[start:end]."""
    col = _Collector()
    fresh, prev = True, ""
    lines = list(lines_of(text, start, end))
    for i, (pos, line) in enumerate(lines):
        # "Mead," may wrap before its initials: the next line is read with it
        line_ahead = line + " " + lines[i + 1][1] if i + 1 < len(lines) else line
        if _is_blank(line):
            if col.cur is not None and _wraps_number(line, prev):
                col.cur.end = pos + len(line.rstrip())
                prev = (prev + " " + line)[-80:]
            else:
                fresh, prev = True, ""
        elif _is_ref_heading(line) or _is_marked_heading(line):
            col.close()
            fresh, prev = True, ""
        else:
            _feed_line(col, pos, line, fresh, prev, line_ahead)
            fresh, prev = False, (prev + " " + line)[-80:]  # "et\nal." reads as "et al."
    col.close()
    return col.done


def parse_reference_list(text: str, start: int = 0, end: int | None = None) -> list[ListEntry]:
    """Parse the entries of the reference list in text[start:end]."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    out: list[ListEntry] = []
    for span in _entry_spans(text, start, end):
        entry = parse_entry(text[span.start : span.end])
        number = span.number if span.number is not None else entry.number
        out.append(dataclasses.replace(entry, start=span.start, end=span.end, number=number))
    return out


# --------------------------------------------------------------------------- lists without a heading


_LONGEST_UNTITLED = 1200


def find_untitled_lists(text: str, titled: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of runs of whole entries outside the `titled` spans: lists with no heading."""
    out: list[tuple[int, int]] = []
    pos = 0
    for lo, hi in [*sorted(titled), (len(text), len(text))]:
        out += _entry_runs(text, pos, max(pos, lo))
        pos = max(pos, hi)
    return out


def _entry_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of whole entries in text[start:end]; a paragraph's entries never run on past
    a blank line, so prose after an entry is never read as part of it."""
    runs: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for lo, hi in _paragraphs(text, start, end):
        for span in _entry_spans(text, lo, hi):
            if _is_whole_entry(text[span.start : span.end]):
                run = (run[0] if run else span.start, span.end)
            elif run:
                runs.append(run)
                run = None
    if run:
        runs.append(run)
    return runs


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the runs of non-blank lines in text[start:end]."""
    lo: int | None = None
    last = start
    for pos, line in lines_of(text, start, end):
        if line.strip():
            lo = pos if lo is None else lo
            last = pos + len(line)
        elif lo is not None:
            yield lo, last
            lo = None
    if lo is not None:
        yield lo, last


def _is_whole_entry(span: str) -> bool:
    """True when a span opens with authors as an entry does ("Surname, X.", "Surname X,")
    and reads as one. Without a heading to vouch for it, an organisation and a year ("A
    Journal (2020) 56:568") could be a page's running head, and a span longer than an
    annotated entry is prose."""
    if len(span) > _LONGEST_UNTITLED:
        return False
    marker = entry_marker(span)
    head = span[marker[0] if marker else 0 :].lstrip()
    if not _ENTRY_START_RE.match(head):
        return False
    entry = parse_entry(head)
    found = (entry.container, entry.volume, entry.pages, entry.doi, entry.pmid)
    return bool(entry.authors and entry.year and entry.title and any(found))
