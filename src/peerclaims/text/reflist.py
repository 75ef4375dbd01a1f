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
"1." / "[1]" number, at a line opening with "(2010)." (an entry whose authors were lost),
or — after a blank line or a heading — at a line opening with "Surname, X." or "Surname X,".
Other lines continue the current entry.

`parse_entry` reads APA ("Surname, A. B., & Last, C. (2006). Title. *Journal, 10*(2),
29-37.") and Vancouver/PubMed ("Sells D, Davidson L. Title. Journal, 2006, 57 (8),
1179-1184. PMID: 16870970.") entries, books ("Title. City, ST: Publisher.") included.
Fields are copied as written (dashes and hyphens untouched); absent fields are None.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from peerclaims.text.patterns import (
    ET_AL,
    LIST_BULLETS,
    LISTED_YEAR,
    LOWER,
    PARTICLE,
    SURNAME,
    UPPER,
    YEAR_DIGITS,
)

__all__ = ["ListEntry", "find_reference_lists", "parse_entry", "parse_reference_list"]


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One entry of a reference list, with the fields that could be read from it."""

    text: str
    start: int
    end: int
    authors: tuple[str, ...]
    et_al: bool
    year: str | None
    title: str | None
    container: str | None
    volume: str | None
    issue: str | None
    pages: str | None
    pmid: str | None
    doi: str | None
    number: int | None


_PARTICLE = rf"(?:{PARTICLE})\s+"

_KEYWORD_RE = re.compile(
    r"(?i:references?|reference\s+list|bibliography|suggested\s+readings?|"
    r"further\s+readings?|works\s+cited|literature\s+cited)"
)
_CONT_RE = re.compile(r"(?i:[\s(]*(?:cont(?:inued|'d|’d)?\.?)[\s)]*)\Z")
_BULLET_RE = re.compile(rf"[{re.escape(LIST_BULLETS)}](?=\s)")
_MARKERS_RE = re.compile(
    rf"(?:\s*(?:[{re.escape(LIST_BULLETS)}]|\[\d{{1,3}}\]|\d{{1,3}}[.)])(?=\s|\Z))+\s*"
)
_MARKER_NUMBER_RE = re.compile(r"\d+")
_ENTRY_START_RE = re.compile(
    rf"(?:{_PARTICLE})*{SURNAME}(?:[ \-‐]{SURNAME})?(?:,\s*[{UPPER}][a-z]?\.|\s+[{UPPER}]{{1,3}},)"
)
_LOST_AUTHORS_RE = re.compile(rf"\((?:{LISTED_YEAR})\)\.")
_SPACE_RE = re.compile(r"\s+")

_YEAR_PAREN_RE = re.compile(rf"\(\s*({LISTED_YEAR})\s*\)")
_BARE_YEAR_RE = re.compile(
    rf"(?<=[.,]\s)({YEAR_DIGITS})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?(?=\s*[;,.:])"
)
_ETAL_RE = re.compile(ET_AL)
_INITIAL_END_RE = re.compile(
    rf"(?<![\w.])[{UPPER}](?:[-‐][{UPPER}])?\.(?=\s+(?:[^\W\d_]{{2,}}|[{UPPER}]\s+[a-z]|[\"“*]))"
)
_ELLIPSIS_RE = re.compile(r"\.\s\.\s\.|\.\.\.|…")
_AUTHOR_SPLIT_RE = re.compile(r",\s*(?:&|and)\s+|\s+&\s+|,")
_GIVEN_RE = re.compile(
    rf"(?:[{UPPER}][{LOWER}]+\s+)?(?:[{UPPER}][{LOWER}]?\.?(?:\s*[-‐]\s*[{UPPER}]\.?)?\s*)+"
)
_VANCOUVER_RE = re.compile(rf"(.+?)\s+[{UPPER}]{{1,3}}\.?")
_SENTENCE_END_RE = re.compile(r"[.?!](?=\s|\Z)")
_TAIL_RE = re.compile(
    r"(?i:PMID|doi\b|retrieved\s+from|available\s+(?:at|from))|https?://|<http|\[http"
)
_ITALIC_RE = re.compile(r"\*([^*]+)\*")
_PAGES = r"[A-Za-z]?\d+(?:\s*[-–‐—]\s*[A-Za-z]?\d+)?"
_VOLUME_RE = re.compile(
    rf"(?<![\w.])(?P<vol>\d{{1,4}})\s*(?:\((?P<iss>[^()]{{1,20}})\)(?:\s*[,:]\s*(?P<p1>{_PAGES}))?"
    rf"|[,:]\s*(?P<p2>{_PAGES}))"
)
_TRAILING_VOLUME_RE = re.compile(r",?\s*\d+\s*\Z")
_PLACE_RE = re.compile(rf"[{UPPER}][\w.' ]{{1,30}}?(?:,\s*[{UPPER}]{{2}})?:\s+")
_PMID_RE = re.compile(r"PMID:?\s*(\d{5,9})")
_DOI_RE = re.compile(r"(?i:doi:?\s*|doi\.org/)(10\.\d{4,9}/[^\s<>\[\]()\"]+)")


# --------------------------------------------------------------------------- lines


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
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
    lines = list(_lines(text, 0, len(text)))
    for i, (pos, line) in enumerate(lines):
        ref = _ref_heading(line)
        if open_at is not None and _ends_section(lines, i, ref, title):
            spans.append((open_at, pos))
            open_at = None
        if ref is not None and open_at is None:
            open_at, title = pos, ref[0]
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _ends_section(
    lines: list[tuple[int, str]], i: int, ref: tuple[str, bool] | None, title: str
) -> bool:
    """True when line i is a heading that does not continue the open section titled `title`."""
    if ref is not None:
        return not ref[1] and ref[0] != title
    line = lines[i][1]
    prev = lines[i - 1][1] if i else ""
    nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
    return _is_marked_heading(line) or _is_plain_heading(line, prev, nxt)


# --------------------------------------------------------------------------- entries


def _entry_marker(line: str) -> tuple[int, int | None] | None:
    """(content offset, first list number) when the line opens with bullets or numbers."""
    m = _MARKERS_RE.match(line)
    if m is None:
        return None
    number = _MARKER_NUMBER_RE.search(m.group())
    return m.end(), int(number.group()) if number else None


# An organisation as author, then the year: "Substance Abuse and Mental Health Services
# Administration. (2015)." -- a new entry when it follows a blank line.
_ORG_ENTRY_RE = re.compile(rf"[{UPPER}][^()\n]{{2,160}}?\.?\s*\(\s*(?:{LISTED_YEAR})\s*\)")


def _starts_entry(line: str, fresh: bool) -> bool:
    """True when a line without a bullet opens a new entry."""
    s = line.lstrip()
    if _LOST_AUTHORS_RE.match(s):
        return True
    return fresh and bool(_ENTRY_START_RE.match(s) or _ORG_ENTRY_RE.match(s))


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


def _feed_line(col: _Collector, pos: int, line: str, fresh: bool) -> None:
    """Route one non-blank, non-heading line to the collector."""
    content_end = pos + len(line.rstrip())
    indent = len(line) - len(line.lstrip())
    marker = _entry_marker(line)
    if marker is not None and col.follows(marker[1], fresh):
        col.open(_Span(pos + marker[0], content_end, marker[1]))
    elif col.cur is None or _starts_entry(line, fresh):
        col.open(_Span(pos + indent, content_end, None))
    else:
        col.cur.end = content_end


def _is_blank(line: str) -> bool:
    """True for an empty line or one holding only bullets or list numbers."""
    marker = _entry_marker(line)
    return not line[marker[0] if marker else 0 :].strip()


def _entry_spans(text: str, start: int, end: int) -> list[_Span]:
    """Spans of the entries in text[start:end]."""
    col = _Collector()
    fresh = True
    for pos, line in _lines(text, start, end):
        if _is_blank(line):
            fresh = True
        elif _is_ref_heading(line) or _is_marked_heading(line):
            col.close()
            fresh = True
        else:
            _feed_line(col, pos, line, fresh)
            fresh = False
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


# --------------------------------------------------------------------------- one entry


def _collapse(s: str) -> str:
    """Collapse runs of whitespace to one space."""
    return _SPACE_RE.sub(" ", s).strip()


def _split_prefix(t: str) -> tuple[str, int | None]:
    """Remove a leading bullet or "1." / "[1]" number; return (rest, number)."""
    marker = _entry_marker(t)
    if marker is None:
        return t, None
    return t[marker[0] :].strip(), marker[1]


def _authors_end(t: str) -> tuple[int, int, str | None, bool]:
    """(end of the author segment, start of the rest, year if read, et al) for entry `t`."""
    cands: list[tuple[int, int, str | None, bool]] = []
    m = _YEAR_PAREN_RE.search(t)
    if m:
        cands.append((m.start(), m.end(), m.group(1), False))
    m = _ETAL_RE.search(t)
    if m:
        # "Smith, J., et al. (2014). Title": the year right after "et al." belongs to it
        year = _YEAR_PAREN_RE.match(t, m.end() + len(t[m.end():]) - len(t[m.end():].lstrip()))
        if year:
            cands.append((m.start(), year.end(), year.group(1), True))
        else:
            cands.append((m.start(), m.end(), None, True))
    m = _INITIAL_END_RE.search(t)
    if m:
        cands.append((m.end(), m.end(), None, False))
    if cands:
        return min(cands)
    m = _SENTENCE_END_RE.search(t)
    cut = m.end() if m else len(t)
    return cut, cut, None, False


def _parse_authors(seg: str) -> tuple[tuple[str, ...], bool]:
    """Surnames in an APA or Vancouver author segment, and whether some were elided."""
    seg, elided = _ELLIPSIS_RE.subn("", seg)
    names: list[str] = []
    expect_given = False
    for piece in (p.strip(" .&") for p in _AUTHOR_SPLIT_RE.split(seg)):
        if not piece:
            continue
        if expect_given and _GIVEN_RE.fullmatch(piece):
            expect_given = False
            continue
        m = _VANCOUVER_RE.fullmatch(piece)
        names.append(m.group(1) if m else piece)
        expect_given = m is None
    return tuple(names), elided > 0


def _title(rest: str) -> tuple[str | None, str]:
    """(title, text after it) from the text that follows authors and year."""
    rest = rest.lstrip(" .,")
    if rest.startswith("*") and not rest.startswith("**"):
        j = rest.find("*", 1)
        if j > 0:
            return rest[1:j].strip(" .") or None, rest[j + 1 :]
    m = _SENTENCE_END_RE.search(rest)
    cut = m.start() if m else len(rest)
    keep = cut + 1 if m and m.group() in "?!" else cut
    return rest[:keep].strip(" .:;,*") or None, rest[m.end() :] if m else ""


@dataclass
class _Source:
    """Container fields read from the text after the title."""

    container: str | None = None
    year: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None


def _take_year(plain: str) -> tuple[str | None, str]:
    """A year printed after the title ("(2010)", ", 2006," or ". 2006;"), and the text without it."""
    m = _YEAR_PAREN_RE.search(plain) or _BARE_YEAR_RE.search(plain)
    if not m:
        return None, plain
    return m.group(1), plain[: m.start()] + plain[m.end() :]


def _source(after: str) -> _Source:
    """Journal or publisher, year, volume, issue and pages after the title."""
    tail = _TAIL_RE.search(after)
    after = after[: tail.start()] if tail else after
    italic = _ITALIC_RE.search(after)
    year, plain = _take_year(after.replace("*", ""))
    src = _Source(year=year)
    vol = _VOLUME_RE.search(plain)
    if vol:
        src.volume, src.issue = vol.group("vol"), vol.group("iss")
        src.pages = vol.group("p1") or vol.group("p2")
    if italic:
        src.container = _TRAILING_VOLUME_RE.sub("", italic.group(1)).strip(" ,.") or None
    elif vol:
        src.container = _last_sentence(plain[: vol.start()])
    else:
        src.container = _publisher(plain)
    return src


def _last_sentence(s: str) -> str | None:
    """The last sentence of `s`, trimmed of separators."""
    parts = re.split(r"[.?!]\s+", s.strip(" ,.;"))
    return parts[-1].strip(" ,.;") or None


def _publisher(s: str) -> str | None:
    """A publisher, without a leading "City, ST:" place."""
    s = s.strip(" ,.;")
    m = _PLACE_RE.match(s)
    return (s[m.end() :] if m else s).strip(" ,.;") or None


def parse_entry(entry_text: str) -> ListEntry:
    """Parse one reference-list entry (APA, Vancouver/PubMed or book style)."""
    t, number = _split_prefix(_collapse(entry_text))
    seg_end, rest_at, year, et_al = _authors_end(t)
    authors, elided = _parse_authors(t[:seg_end])
    title, after = _title(t[rest_at:])
    src = _source(after)
    pmid = _PMID_RE.search(t)
    doi = _DOI_RE.search(t)
    return ListEntry(
        text=t,
        start=0,
        end=len(entry_text),
        authors=authors,
        et_al=et_al or elided,
        year=year or src.year,
        title=title,
        container=src.container,
        volume=src.volume,
        issue=src.issue,
        pages=src.pages,
        pmid=pmid.group(1) if pmid else None,
        doi=doi.group(1).rstrip(".,;") if doi else None,
        number=number,
    )
