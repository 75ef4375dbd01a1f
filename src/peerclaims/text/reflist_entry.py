"""Parse one reference-list entry (APA, Vancouver/PubMed or book style) into a `ListEntry`.

`parse_entry` reads APA ("Surname, A. B., & Last, C. (2006). Title. *Journal, 10*(2),
29-37."), Vancouver/PubMed ("Sells D, Davidson L. Title. Journal, 2006, 57 (8),
1179-1184. PMID: 16870970.") and Chicago-like ("Repper, J. & Carter, T. "Title."
*Journal* 20, no. 4 (2011): 392-411.") entries, books ("Title. City, ST: Publisher.")
included.
Fields are copied as written (dashes and hyphens untouched); absent fields are None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerclaims.text.patterns import ET_AL, LIST_BULLETS, LISTED_YEAR, LOWER, UPPER, YEAR_DIGITS

__all__ = ["ListEntry", "entry_marker", "parse_entry"]


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


_MARKERS_RE = re.compile(
    rf"(?:\s*(?:[{re.escape(LIST_BULLETS)}]|\[\d{{1,3}}\]|\d{{1,3}}[.)])(?=\s|\Z))+\s*"
)
_MARKER_NUMBER_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
_YEAR_PAREN_RE = re.compile(rf"\(\s*({LISTED_YEAR})\s*\)")
_BARE_YEAR_RE = re.compile(
    rf"(?<=[.,]\s)({YEAR_DIGITS})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?(?=\s*[;,.:])"
    # Vancouver without a stop after the journal: "Psychiatr Serv 1995 Oct; 46(10): 1037-44"
    rf"|(?<=[A-Za-z]\s)({YEAR_DIGITS})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?(?=\s*;\s*\d)"
)
_ETAL_RE = re.compile(ET_AL)
# An initial that ends the author list: not one followed by "and Surname" ("Repper,J. and
# Carter (2011)", an entry written loosely), where the list goes on.
_INITIAL_END_RE = re.compile(
    rf"(?<![\w.])[{UPPER}](?:[-‐][{UPPER}])?\.(?!\s+and\s+[{UPPER}])"
    rf"(?=\s+(?:[^\W\d_]{{2,}}|[{UPPER}]\s+[a-z]|[\"“*]))"
)
_ELLIPSIS_RE = re.compile(r"\.\s\.\s\.|\.\.\.|…")
_AUTHOR_SPLIT_RE = re.compile(rf",\s*(?:&|and)\s+|\s+&\s+|(?<=[{UPPER}]\.)\s+and\s+(?=[{UPPER}])|,")
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
    rf"|,?\s*no\.\s*(?P<iss3>\d{{1,6}}(?:\s+Suppl\.?)?)(?:\s*[,:]\s*(?P<p3>{_PAGES}))?"
    rf"|[,:]\s*(?P<p2>{_PAGES}))"
)
_QUOTED_RE = re.compile(r"[\"“]([^\"“”]{3,400})[\"”]")
_TRAILING_VOLUME_RE = re.compile(r",?\s*\d+\s*\Z")
_PLACE_RE = re.compile(rf"[{UPPER}][\w.' ]{{1,30}}?(?:,\s*[{UPPER}]{{2}})?:\s+")
_PMID_RE = re.compile(r"PMID:?\s*(\d{5,9})")
_DOI_RE = re.compile(r"(?i:doi:?\s*|doi\.org/)(10\.\d{4,9}/[^\s<>\[\]()\"]+)")


def entry_marker(line: str) -> tuple[int, int | None] | None:
    """(content offset, first list number) when the line opens with bullets or numbers."""
    m = _MARKERS_RE.match(line)
    if m is None:
        return None
    number = _MARKER_NUMBER_RE.search(m.group())
    return m.end(), int(number.group()) if number else None


def _collapse(s: str) -> str:
    """Collapse runs of whitespace to one space."""
    return _SPACE_RE.sub(" ", s).strip()


def _split_prefix(t: str) -> tuple[str, int | None]:
    """Remove a leading bullet or "1." / "[1]" number; return (rest, number)."""
    marker = entry_marker(t)
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
        year = _YEAR_PAREN_RE.match(t, m.end() + len(t[m.end() :]) - len(t[m.end() :].lstrip()))
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
    quoted = _QUOTED_RE.match(rest)  # Chicago: "Title." *Journal* 65, no. 4 (2014): 1-9.
    if quoted:
        return quoted.group(1).strip(" .,") or None, rest[quoted.end() :]
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
    return m.group(1) or m.group(2), plain[: m.start()] + plain[m.end() :]


def _source(after: str) -> _Source:
    """Journal or publisher, year, volume, issue and pages after the title."""
    tail = _TAIL_RE.search(after)
    after = after[: tail.start()] if tail else after
    italic = _ITALIC_RE.search(after)
    year, plain = _take_year(after.replace("*", ""))
    src = _Source(year=year)
    vol = _VOLUME_RE.search(plain)
    if vol:
        src.volume, src.issue = vol.group("vol"), vol.group("iss") or vol.group("iss3")
        src.pages = vol.group("p1") or vol.group("p2") or vol.group("p3")
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
