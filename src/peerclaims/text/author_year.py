"""The author-year grammar: parenthetical "(Author, year)" and narrative "Author (year)" citations.

`parenthetical` and `narrative` read one balanced parenthesis group (offsets into the text);
`find_citations` in citations.py decides which groups to try them on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import (
    CITED_YEAR,
    ET_AL,
    PARTICLE,
    PARTICLES,
    SURNAME,
    UPPER,
    word_set,
)

_NAME_RE = re.compile(SURNAME)
_YEAR_RE = re.compile(CITED_YEAR)
_TRAIL_YEAR_RE = re.compile(rf"\s+({CITED_YEAR})\Z")
_ETAL_RE = re.compile(rf"(?:,?\s*{ET_AL}|\s+(?:and|&)\s+colleagues\b)")
_ETAL_ONLY_RE = re.compile(r"et\.?\s*al\.?")
_LOCATOR_RE = re.compile(
    r"(?:pp?\.|paras?\.|chaps?\.|ch\.|sec\.|vol\.)\s*\S[^,;]{0,20}|(?:https?://|www\.)\S+"
)
_PREFIX_RE = re.compile(
    r"(?:(?i:e\.\s?g\.|i\.\s?e\.|cf\.|see\s+also\b|see\b|for\s+example\b|"
    r"for\s+a\s+review,?\s+see\b|reviewed\s+in\b|as\s+cited\s+in\b|"
    r"reviewed\s+by\b|adapted\s+from\b|from\b|source:|data\s+from\b)\s*,?\s*)+"
)
# A year followed by a comment: "2021 – reviewed here", "2019 — the pilot".
_YEAR_COMMENT_RE = re.compile(rf"({CITED_YEAR})\s+[–—-]\s+\S.*", re.DOTALL)
# An italic title or journal name in Markdown: "*Psychiatric Services*", "_JAMA_".
_ITALIC_RE = re.compile(r"(\*{1,2}|_)[^*_\n]{2,120}\1")
# Cambridge Core's reader view repeats the authors before a year fused to the last of them:
# "(Pfeiffer et al., Reference Pfeiffer, Ganoczy, Ilgen, Zivin and Valenstein2009)".
_REFERENCE_RE = re.compile(
    rf",?\s*Reference\s+[{UPPER}][^;()]{{0,300}}?[^\W\d_](?P<year>{CITED_YEAR})\s*\Z"
)
# What a source is when it is named by kind rather than by author: "Agency report, 2019".
_SOURCE_NOUNS = word_set(
    """
    report reports survey surveys study studies review reviews analysis analyses
    meta-analysis evaluation evaluations data brief briefs letter guidance toolkit statistics
    justification publication census trial trials
    """
)
_AUTHOR_WORD_RE = re.compile(
    rf"[{UPPER}][\w’'‐.-]*|&|and|of|for|the|on|in|at|to|et|al\.?|colleagues|y|{PARTICLE}"
)
_NESTED_RE = re.compile(rf"\((?:[{UPPER}][\w’'‐.&-]*+\s*)+\)")
_HYPHEN_BREAK_RE = re.compile(r"([-‐])[ \t\xa0]*\n\s*")
_SPACE_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(
    r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|[-‐][ \t\xa0]*\n?[ \t\xa0]*(?=[^\W\d_]))*\.?|\S"
)
_NARR_YEARS_RE = re.compile(
    rf"\(\s*(?P<years>(?:{CITED_YEAR})(?:\s*[,;]\s*(?:{CITED_YEAR}))*)"
    r"(?:\s*,\s*(?P<loc>(?:pp?\.|paras?\.|chap\.|ch\.)\s*[\w–‐ -]{1,20}?))?\s*\)"
)

# Cambridge Core's reader view: "Hoge et al. (Reference Hoge, Castro, ... Koffman2004)".
_NARR_REF_RE = re.compile(
    rf"\(\s*Reference\s+[{UPPER}][^()]{{0,300}}?[^\W\d_](?P<years>{CITED_YEAR})(?P<loc>(?!))?\s*\)"
)
_PAGES_AFTER_RE = re.compile(r"\s*:\s*\d")

_WINDOW = 120
_FUNCTION_WORDS = word_set(
    """
    in as see by from following according while although both and but per like unlike
    whereas since after before then thus also however similarly recently notably indeed for
    with building using based the a an dr drs prof professor cf e.g. i.e. when where if
    because therefore later earlier here there yet so or nor
    """
)
NAME_STOP = word_set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday table figure fig study studies
    project program programme report survey act plan council services service review journal
    press inc ed eds suppl supplement appendix chapter section phase version edition values update guidelines
    standards model policy strategy initiative network association department administration
    institute university center centre foundation commission committee office agency
    organization organisation conference meeting summit today trial trials data results peer
    peers recovery support the this that these those in as see by and also however
    """
)


def normalise(s: str) -> str:
    """Join hyphenated line breaks and collapse whitespace."""
    return _SPACE_RE.sub(" ", _HYPHEN_BREAK_RE.sub(r"\1", s)).strip()


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


def _is_author_piece(s: str) -> bool:
    """True when `s` reads as author names or an organisation (no digits, no prose)."""
    words = _NESTED_RE.sub(" ", s).split()
    if not words or len(words) > 16:
        return False
    if not all(_AUTHOR_WORD_RE.fullmatch(w) for w in words):
        return False
    first = words[1] if words[0] in ("&", "and") and len(words) > 1 else words[0]
    return first[0].isupper() or first.lower() in PARTICLES


def split_authors(s: str) -> tuple[list[str], bool, bool]:
    """Author names in `s`, whether "et al"/"colleagues" is present, whether the list closed."""
    s = normalise(s)
    s, n = _ETAL_RE.subn("", s)
    et_al = n > 0
    s = re.sub(r"^(?:&|and)\s+", "", s.strip(" ,"))
    names = [p.strip(" ,") for p in re.split(r"\s*&\s*", s)]
    closed = et_al or len(names) > 1
    out: list[str] = []
    for name in names:
        parts = re.split(r"\s+and\s+", name)
        if len(parts) > 1 and all(len(p.split()) <= 3 for p in parts):
            out.extend(parts)
            closed = True
        else:
            out.append(name)
    return [a for a in out if a], et_al, closed


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

    def freeze(self, text: str) -> CitedWork:
        """The finished work."""
        loc = "; ".join(self.locs) or None
        return CitedWork(
            tuple(self.authors),
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
        if _YEAR_RE.fullmatch(s):
            return self._year(s, lo, hi)
        m = _YEAR_COMMENT_RE.fullmatch(s)
        if m:
            return self._year(m.group(1), lo, lo + m.end(1)) and self._locator(normalise(s), hi)
        if _ITALIC_RE.fullmatch(s) and self.cur is not None and self.cur.authors:
            self.cur.closed = True
            return self._locator(normalise(s), hi)
        if _LOCATOR_RE.fullmatch(s):
            return self._locator(normalise(s), hi)
        m = _TRAIL_YEAR_RE.search(s)
        if m and _is_author_piece(s[: m.start()]):
            self._authors(s[: m.start()], lo, lo + m.start())
            return self._year(m.group(1), lo + m.start(1), hi)
        if not _is_author_piece(s):
            return self._source(s, lo, hi)
        if self.cur is not None and self.cur.closed:
            return self._locator(normalise(s), hi)
        self._authors(s, lo, hi)
        return True

    def _source(self, s: str, lo: int, hi: int) -> bool:
        """A source named by what it is ("Agency report", "Peer workforce surveys")."""
        words = normalise(s).split()
        if self.cur is not None or not 1 < len(words) <= 6 or not words[0][:1].isupper():
            return False
        if words[-1].lower() not in _SOURCE_NOUNS or any(c.isdigit() for c in s):
            return False
        self.cur = _Draft(lo, hi, [normalise(s)], closed=True)
        return True

    def _authors(self, s: str, lo: int, hi: int) -> None:
        """Add names to the current draft, starting one if needed."""
        if self.cur is None:
            self.cur = _Draft(lo, hi)
        names, et_al, closed = split_authors(s)
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
    if ref and not (
        part.cur and part.cur.authors and part._year(ref["year"], ref.start("year"), hi)
    ):
        return None
    return part.finish() or None


def parenthetical(text: str, o: int, c: int) -> Citation | None:
    """Parse the group text[o:c] (parentheses included) as an author-year citation."""
    drafts: list[_Draft] = []
    prose = False
    for lo, hi in _split_top(text, o + 1, c - 1, ";"):
        got = _parse_part(text, lo, hi)
        if got is None:
            prose = True
        else:
            drafts.extend(got)
    if not drafts or (prose and not all(d.year for d in drafts)):
        return None  # prose beside citations only when every citation has its year
    works = tuple(d.freeze(text) for d in drafts)
    if any(w.year for w in works):
        return Citation(CitationKind.PARENTHETICAL, text[o:c], o, c, works)
    if any(w.et_al or (w.locator and "http" in w.locator) for w in works):
        return Citation(CitationKind.VAGUE, text[o:c], o, c, works)
    return None


# --------------------------------------------------------------------------- narrative


def _is_name(tok: str) -> bool:
    """A surname-like token: capitalised, has lower case, not an institutional noun."""
    tok = normalise(tok)
    return bool(_NAME_RE.fullmatch(tok)) and tok.lower() not in NAME_STOP


def _name_start(toks: list[str], i: int) -> int | None:
    """Index where the name ending at token i starts (particles included), or None."""
    if i < 0 or not _is_name(toks[i]):
        return None
    while i > 0 and toks[i - 1].lower() in PARTICLES:
        i -= 1
    return i


def _strip_possessive(toks: list[str]) -> None:
    """Drop a possessive ending from the last token(s), in place."""
    if toks and toks[-1] in ("’", "'") and len(toks) > 1 and toks[-2].endswith("s"):
        toks.pop()
    elif toks and toks[-1][-2:] in ("’s", "'s"):
        toks[-1] = toks[-1][:-2]


def _author_phrase(toks: list[str]) -> tuple[int, list[str], bool] | None:
    """(first token index, names, et al) for the author phrase ending the tokens."""
    _strip_possessive(toks)
    i, et_al = len(toks) - 1, False
    if i >= 2 and toks[i] == "colleagues" and toks[i - 1] in ("and", "&"):
        i, et_al = i - 2, True
    elif i >= 1 and toks[i] in ("al.", "al") and toks[i - 1] in ("et", "et."):
        i, et_al = i - 2, True
        if i >= 0 and toks[i] == ",":
            i -= 1
    start = _name_start(toks, i)
    if start is None:
        return None
    names = [" ".join(toks[start : i + 1])]
    if not et_al:
        start = _more_names(toks, start, names)
    return start, [normalise(n) for n in reversed(names)], et_al


def _more_names(toks: list[str], start: int, names: list[str]) -> int:
    """Extend `names` backwards over "A, B, and" / "A &"; return the new start."""
    j = start - 1
    if j < 1 or toks[j] not in ("and", "&"):
        return start
    k = j - 2 if toks[j - 1] == "," else j - 1
    first = _name_start(toks, k)
    if first is None:
        return start
    names.append(" ".join(toks[first : k + 1]))
    start = first
    while start >= 2 and toks[start - 1] == ",":
        prev = _name_start(toks, start - 2)
        if prev is None:
            break
        names.append(" ".join(toks[prev : start - 1]))
        start = prev
    return start


def _preceded_ok(toks: list[str], start: int) -> bool:
    """False when the author phrase continues a capitalised, title-like run or a list entry."""
    if start == 0:
        return True
    prev = toks[start - 1]
    if prev == ",":
        return start < 2 or not _is_name(toks[start - 2])  # "Surname, Given (2012)": a list
    if not prev[0].isupper():
        return True
    if prev.endswith(".") and len(prev) > 2:
        return True
    return prev.lower().rstrip(".") in _FUNCTION_WORDS or prev.lower() in _FUNCTION_WORDS


def narrative(text: str, o: int, c: int) -> Citation | None:
    """A narrative citation whose year group is text[o:c], or None."""
    m = _NARR_YEARS_RE.fullmatch(text, o, c) or _NARR_REF_RE.fullmatch(text, o, c)
    if _PAGES_AFTER_RE.match(text, c):
        return None  # "25, no. 1 Suppl (2014): 185-204": a reference entry's volume and pages
    before = text[max(0, o - 20) : o].rstrip()
    if not m or not before or not (before[-1].isalpha() or before[-1] in ".’'"):
        return None
    lo = max(0, o - _WINDOW)
    found = [(t.start(), t.group()) for t in _TOKEN_RE.finditer(text, lo, o)]
    if not found or "\n\n" in text[found[-1][0] : o]:
        return None
    toks = [t for _, t in found]
    phrase = _author_phrase(toks)
    if phrase is None or not _preceded_ok(toks, phrase[0]):
        return None
    start = found[phrase[0]][0]
    if start == lo and lo > 0:
        return None
    return _narrative_citation(text, start, c, phrase[1], phrase[2], m)


def _narrative_citation(
    text: str, start: int, end: int, names: list[str], et_al: bool, m: re.Match[str]
) -> Citation:
    """Build the narrative citation: one work per year in the group."""
    loc = normalise(m.group("loc")) if m.group("loc") else None
    body = text[start:end]
    works = tuple(
        CitedWork(tuple(names), et_al, normalise(y), loc, body, start, end)
        for y in re.split(r"\s*[,;]\s*", m.group("years"))
    )
    return Citation(CitationKind.NARRATIVE, body, start, end, works)
