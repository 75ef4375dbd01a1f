"""The parenthetical author-year grammar: "(Author, year)", and a table cell that is a source.

`parenthetical` reads one balanced parenthesis group (offsets into the text);
`find_citations` in citations.py decides which groups to try it on. The narrative form
"Author (year)" is in `narrative`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from peerclaims.text.author_names import is_author_piece, normalise, split_authors
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import (
    CITED_YEAR,
    MONTH_NAME,
    MONTHS,
    UPPER,
    YEAR_DIGITS,
    word_set,
)

# Inside parentheses a fiscal year names a year too: "(SAMHSA Budget Justification, FY2024)".
_YEAR_RE = re.compile(rf"{CITED_YEAR}|FY\s?{YEAR_DIGITS}")
_TRAIL_YEAR_RE = re.compile(rf"\s+({CITED_YEAR})(?P<pages>:\s*\d[\d–‐-]*)?\Z")
_YEAR_PAGES_RE = re.compile(rf"({CITED_YEAR}):\s*\d[\d–‐-]*")  # "2014: 23"
_SUFFIX_RE = re.compile(r"[a-z]")  # "(Smith, 2014a, b)": a second work of that year
# Initials written as a piece of their own after the surname: "(Cook, J., 2009)", "(Mead,
# S. & Hansen, 2015)" (`author_names` reads "Cook J." and "J. Cook").
_INITIALS_ONLY_RE = re.compile(rf"(?:[{UPPER}]\.\s*){{1,3}}")
_ETAL_ONLY_RE = re.compile(r"et\.?\s*al\.?")
_LOCATOR_RE = re.compile(
    r"(?:pp?\.|paras?\.|chaps?\.|ch\.|sec\.|vol\.|(?:para|p|pp)\s*(?=\d))\s*\S[^,;]{0,20}|"
    r"(?:https?://|www\.)\S+"
)
# a page after the year with no "p.": "(Reeves, 2007, 5)", "(Yaruss, 2007, 257-260)"
_BARE_PAGE_RE = re.compile(r"\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?\s*")
_PREFIX_RE = re.compile(
    r"(?:(?i:e\.\s?g\.|eg\b|i\.\s?e\.|c\.?\s?f\.|see\s+also\b|see\b|for\s+example\b|"
    r"for\s+a\s+review,?\s+see\b|reviewed\s+in\b|as\s+cited\s+in\b|"
    r"reviewed\s+by\b|adapted\s+from\b|from\b|source:|data\s+from\b|"
    r"(?:similar|compare|contrary|in\s+contrast)\s+to\b|as\s+in\b|as\s+(?:shown|described|"
    r"reported|noted)\s+(?:by|in)\b|following\b|after\b|based\s+on\b|but\s+see\b)\s*,?\s*)+"
)
# A year followed by a comment: "2021 – reviewed here", "2019 — the pilot".
_YEAR_COMMENT_RE = re.compile(rf"({CITED_YEAR})\s+[–—-]\s+\S.*", re.DOTALL)
# An italic title or journal name in Markdown: "*Psychiatric Services*", "_JAMA_".
_ITALIC_RE = re.compile(r"(\*{1,2}|_)[^*_\n]{2,120}\1")
# Cambridge Core's reader view repeats the authors before a year fused to the last of them:
# "(Pfeiffer et al., Reference Pfeiffer, Ganoczy, Ilgen, Zivin and Valenstein2009)".
# Taylor & Francis's reader view fuses a link's word to the year: "(Chamberlin, Citation2005)".
_REFERENCE_RE = re.compile(
    rf",?\s*(?:Reference\s+(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*[{UPPER}][^;()]{{0,300}}?"
    rf"[^\W\d_]|Citation)(?P<year>{CITED_YEAR})\s*\Z"
)
# What a source is when it is named by kind rather than by author: "Agency report, 2019".
_SOURCE_NOUNS = word_set(
    """
    report reports survey surveys study studies review reviews analysis analyses
    meta-analysis evaluation evaluations data brief briefs letter guidance toolkit statistics
    justification publication census trial trials tracker database dashboard registry
    meta-analyses
    """
)
# A date beside the year: "(McCarty, September 6, 2006)", "(Smith, March 2019)", APA's "(Smith,
# 2019, March 3)" (a month alone with no author before it is a surname: "(May, 2019)")
_DATE_RE = re.compile(
    rf"{MONTH_NAME}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>{CITED_YEAR}))?"
)


_MAX_CELL = 200
_NOT_CELL_AUTHORS = MONTHS | word_set(
    """
    yes no none total all other others both since before after updated revised published
    founded launched established est began started ongoing planned current pending n/a na
    spring summer autumn fall winter
    """
)
_DEGREES = word_set("mpp mpa mph msw mba phd dnp psyd edd lcsw msn bsn")
_NOT_NAMES = _DEGREES | word_set("founded established launched created started opened formed since")


def _split_top(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    """Split text[lo:hi] on `sep` outside nested parentheses; return stripped spans."""
    parts: list[tuple[int, int]] = []
    depth, start = 0, lo
    for i in range(lo, hi):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if ch == sep and depth == 0:
            parts.append(_strip_span(text, start, i))
            start = i + 1
    parts.append(_strip_span(text, start, hi))
    return [p for p in parts if p[0] < p[1]]


def _strip_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Shrink [lo, hi) past surrounding whitespace."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


# --------------------------------------------------------------------------- authors


# --------------------------------------------------------------------------- parenthetical


@dataclass
class _Draft:
    """A work being assembled from the comma-separated pieces of one citation part."""

    start: int
    end: int
    authors: list[str] = field(default_factory=list)
    et_al: bool = False
    closed: bool = False
    year: str | None = None
    locs: list[str] = field(default_factory=list)
    by_kind: bool = False  # "Agency report": what the source is, not who wrote it

    def freeze(self, text: str) -> CitedWork:
        """The finished work (a source named by kind has no authors: its name is the locator)."""
        loc = "; ".join([*self.authors, *self.locs] if self.by_kind else self.locs) or None
        return CitedWork(
            () if self.by_kind else tuple(self.authors),
            self.et_al,
            self.year,
            loc,
            text[self.start : self.end],
            self.start,
            self.end,
        )


class _Part:
    """State machine over the pieces of one `;`-separated part of a parenthetical."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.done: list[_Draft] = []
        self.cur: _Draft | None = None

    def feed(self, lo: int, hi: int) -> bool:
        """Consume one piece; False when it cannot belong to a citation."""
        s = self.text[lo:hi]
        if _ETAL_ONLY_RE.fullmatch(s) and self.cur is not None and self.cur.authors:
            self.cur.et_al = self.cur.closed = True
            self.cur.end = hi
            return True
        if (date := _DATE_RE.fullmatch(s)) and self._date(date, lo, hi):
            return True
        if _YEAR_RE.fullmatch(s.removeprefix("Citation")):  # T&F's "Citation2008, Citation2021"
            return self._year(s.removeprefix("Citation"), lo, hi)
        if _SUFFIX_RE.fullmatch(s) and self.cur is None and self.done:
            year = self.done[-1].year or ""
            return bool(re.fullmatch(r"\d{4}[a-z]", year)) and self._year(year[:4] + s, lo, hi)
        m = _YEAR_PAGES_RE.fullmatch(s) or _YEAR_COMMENT_RE.fullmatch(s)
        if m:
            return self._year(m.group(1), lo, lo + m.end(1)) and self._locator(normalise(s), hi)
        if _ITALIC_RE.fullmatch(s) and self.cur is not None and self.cur.authors:
            self.cur.closed = True
            return self._locator(normalise(s), hi)
        if _LOCATOR_RE.fullmatch(s):
            return self._locator(normalise(s), hi)
        if _BARE_PAGE_RE.fullmatch(s) and self.cur is None and self.done:
            return self._locator(f"p. {s.strip()}", hi)  # "(Reeves, 2007, 5)": its page
        m = _TRAIL_YEAR_RE.search(s)
        if m and is_author_piece(s[: m.start()]):
            self._authors(s[: m.start()], lo, lo + m.start())
            if not self._year(m.group(1), lo + m.start(1), lo + m.end(1)):
                return False
            return not m["pages"] or self._locator(m["pages"].lstrip(": "), hi)
        if not is_author_piece(s):
            return self._source(s, lo, hi)
        if self.cur is not None and self.cur.closed:
            return self._locator(normalise(s), hi)
        self._authors(s, lo, hi)
        return True

    def _date(self, date: re.Match[str], lo: int, hi: int) -> bool:
        """A date with its year closes the current work; without one it stands beside the
        year, before ("September 6, 2006") or after it ("2019, March 3")."""
        if date["year"]:
            return self._year(date["year"], lo + date.start("year"), lo + date.end("year"))
        target = self.cur if self.cur is not None else (self.done[-1] if self.done else None)
        if target is None or not target.authors:
            return False
        target.end = hi
        return True

    def _source(self, s: str, lo: int, hi: int) -> bool:
        """A source named by what it is ("Agency report", "Peer workforce surveys"), or by
        its maker's acronym and what it is ("SAMHSA NOMS data": SAMHSA is the author)."""
        words = normalise(s).split()
        if self.cur is not None or not 0 < len(words) <= 6:
            return False
        if words[-1].lower() not in _SOURCE_NOUNS or any(c.isdigit() for c in s):
            return False
        if re.fullmatch(r"[A-Z]{2,}", words[0]):  # "SAMHSA NOMS data": that body's data
            self.cur = _Draft(lo, hi, [words[0]], closed=True, locs=[" ".join(words[1:])])
        else:
            self.cur = _Draft(lo, hi, [normalise(s)], closed=True, by_kind=True)
        return True

    def _authors(self, s: str, lo: int, hi: int) -> None:
        """Add names to the current draft, starting one if needed."""
        if self.cur is None:
            self.cur = _Draft(lo, hi)
        elif self.cur.authors and _INITIALS_ONLY_RE.fullmatch(s.strip()):
            self.cur.end = hi  # "(Cook, J., 2009)": the initials of the name before
            return
        names, et_al, closed = split_authors(s)
        if self.cur.authors or len(names) > 1:  # "(Mead, S. & Hansen, 2015)"
            first = [] if self.cur.authors else names[:1]
            names = first + [n for n in names[len(first) :] if not _INITIALS_ONLY_RE.fullmatch(n)]
        self.cur.authors.extend(names)
        self.cur.et_al = self.cur.et_al or et_al
        self.cur.closed = self.cur.closed or closed
        self.cur.end = hi

    def _year(self, year: str, lo: int, hi: int) -> bool:
        """Close the current draft with `year` (or repeat the last authors)."""
        if self.cur is None:
            if not self.done:
                return False
            last = self.done[-1]
            self.cur = _Draft(lo, hi, list(last.authors), last.et_al, True)
        if not self.cur.authors:
            return False
        self.cur.year, self.cur.end = normalise(year), hi
        self.done.append(self.cur)
        self.cur = None
        return True

    def _locator(self, loc: str, hi: int) -> bool:
        """Attach a locator to the current draft or the last finished one."""
        target = self.cur if self.cur is not None else (self.done[-1] if self.done else None)
        if target is None:
            return False
        target.locs.append(loc)
        target.end = hi
        return True

    def finish(self) -> list[_Draft]:
        """All drafts; trailing names after a finished work become its locator."""
        cur = self.cur
        if cur is not None and cur.authors:
            if self.done and not cur.et_al:
                self.done[-1].locs.append(normalise(self.text[cur.start : cur.end]))
                self.done[-1].end = cur.end
            else:
                self.done.append(cur)
        return self.done


def _parse_part(text: str, lo: int, hi: int) -> list[_Draft] | None:
    """Drafts of one `;`-separated part, or None when it is not citation-like."""
    m = _PREFIX_RE.match(text, lo, hi)
    if m:
        lo = m.end()
    part = _Part(text)
    ref = _REFERENCE_RE.search(text, lo, hi)
    end = ref.start() if ref else hi
    for plo, phi in _split_top(text, lo, end, ","):
        if not part.feed(plo, phi):
            return None
    at = text.find("Citation", ref.start(), ref.start("year")) if ref else -1
    if ref and not part._year(ref["year"], at if at >= 0 else ref.start("year"), hi):
        return None  # ("..., Citation2008, Citation2021": the last year repeats the authors)
    return part.finish() or None


def parenthetical(text: str, o: int, c: int) -> Citation | None:
    """Parse the group text[o:c] (parentheses included) as an author-year citation."""
    drafts: list[_Draft] = []
    prose = False
    for lo, hi in _split_top(text, o + 1, c - 1, ";"):
        got = _parse_part(text, lo, hi)
        if got is None and (cited_in := _CITED_IN.search(text, lo, hi)):
            # "(SAMHSA, 2017, in Gagne, Finch, Myrick, and Davis, 2018)": a work and the one
            # that cites it, two works
            first = _parse_part(text, lo, cited_in.start())
            second = _parse_part(text, cited_in.end(), hi)
            got = first + second if first and second else None
        if got is None and (see := _last_see(text, lo, hi)) is not None:
            got = _parse_part(text, see, hi)  # "(for example in Uganda see Bolton et al 2003)"
        if got is None and _JOINED.search(text, lo, hi):
            got = _joined_parts(text, lo, hi)  # "(Ives, 2008 & Swarbrick, 2011)": two works
        if got is None and (head := _HEAD_BEFORE_JUNK.match(text, lo, hi)):
            got = _parse_part(text, lo, head.end())  # "Chinman et al., 2014: 2024 – Essay ..."
        if got is None and drafts and _YEAR_RE.fullmatch(text, lo, hi):
            last = drafts[-1]  # "(Smith, 2014; 2016)": the same authors again
            got = [_Draft(lo, hi, list(last.authors), last.et_al, True, text[lo:hi])]
        if got is None and drafts and (beside := _source_beside(text, lo, hi)):
            got = [beside]  # "(Chinman et al., 2014; updated meta-analysis through 2023)"
        if got is None:
            prose = True
        else:
            drafts.extend(got)
    if not drafts or (prose and not all(d.year for d in drafts)):
        return None  # prose beside citations only when every citation has its year
    works = tuple(d.freeze(text) for d in drafts)
    if all(len(w.authors) == 1 and w.authors[0].lower() in _NOT_NAMES for w in works):
        return None  # "Gingerelli (MPP 2022)": a degree and its class year; "(Founded 2019)"
    if all(d.by_kind for d in drafts):  # "(peer respite outcome studies, 2021)": no author
        return Citation(CitationKind.VAGUE, text[o:c], o, c, works) if works[0].year else None
    if any(w.year for w in works):
        return Citation(CitationKind.PARENTHETICAL, text[o:c], o, c, works)
    if any(w.et_al or (w.locator and "http" in w.locator) for w in works):
        return Citation(CitationKind.VAGUE, text[o:c], o, c, works)
    return None


_PART_YEAR_RE = re.compile(rf"\b{YEAR_DIGITS}\b")
_CITED_IN = re.compile(rf"(?<=\b{YEAR_DIGITS}),?\s+(?:as\s+)?(?:cited\s+|quoted\s+)?in\s+(?=[A-Z])")
# a pointer to a work after prose inside the parentheses
_SEE = re.compile(r"\b(?:see|cf\.)\s+(?=[A-Z])")


def _last_see(text: str, lo: int, hi: int) -> int | None:
    """Where the work starts after the part's last "see", when prose comes before it."""
    found = list(_SEE.finditer(text, lo, hi))
    return found[-1].end() if found and re.search(r"\w", text[lo : found[-1].start()]) else None


# works joined by "&" or "and" after a year, where a semicolon belongs
_JOINED = re.compile(rf"(?<=\b{YEAR_DIGITS}),?\s+(?:&|and)\s+(?=[A-Z])")


def _joined_parts(text: str, lo: int, hi: int) -> list[_Draft] | None:
    """The drafts of a part whose works are joined by "&" after each year, or None."""
    drafts: list[_Draft] = []
    start = lo
    for m in [*_JOINED.finditer(text, lo, hi), None]:
        end = m.start() if m else hi
        got = _parse_part(text, start, end)
        if not got or any(w.lower() in _DEGREES for d in got for a in d.authors for w in a.split()):
            return None  # "(MPA 2022 & MIT Sloan MBA 2021)": a writer's degrees and years
        drafts.extend(got)
        start = m.end() if m else hi
    return drafts


# a citation whose year is followed by text pasted after it (advertising, a site's name)
_HEAD_BEFORE_JUNK = re.compile(rf"\s*[A-Z][^;:()]*?\b{YEAR_DIGITS}[a-z]?\b(?=\s*[:–—|])")


def _source_beside(text: str, lo: int, hi: int) -> _Draft | None:
    """A part naming a source by kind with a year, after a citation in the same parentheses."""
    part = normalise(text[lo:hi])
    years = _PART_YEAR_RE.findall(part)
    words = part.split()
    if len(years) != 1 or len(words) > 8 or sum(c.isdigit() for c in part) != 4:
        return None
    if not any(w.lower().strip(",.") in _SOURCE_NOUNS for w in words):
        return None
    draft = _Draft(lo, hi, [part], closed=True, by_kind=True)
    draft.year = years[0]
    return draft


def source_cell(text: str) -> Citation | None:
    """A table cell that is a source and nothing else: "SAMHSA, 2024", "Peer workforce
    surveys, 2022", "Chinman et al., 2014" — read as the inside of parentheses."""
    lo, hi = _strip_span(text, 0, len(text))
    if not 0 < hi - lo <= _MAX_CELL or "(" in text[lo:hi] or "\n\n" in text:
        return None
    found = parenthetical(f"({text[lo:hi]})", 0, hi - lo + 2)
    if found is None or any(
        w.authors and w.authors[0].split()[0].lower() in _NOT_CELL_AUTHORS for w in found.works
    ):
        return None  # "Yes, 2019", "Updated, 2021", "March, 2020": not a source
    works = tuple(replace(w, start=w.start + lo - 1, end=w.end + lo - 1) for w in found.works)
    return Citation(found.kind, text[lo:hi], lo, hi, works)
