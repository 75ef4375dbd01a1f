"""Find in-text citations in plain text: author-year, narrative, numbered and vague.

Pure: standard library only (`re`, `bisect`, `dataclasses`), no I/O, no corpus.
All regular expressions are linear (no nested quantifiers over overlapping classes), and
every candidate is examined within a bounded window, so any input returns quickly.

Kinds, tried in this order; a later match that overlaps an earlier one is dropped:

- ``parenthetical``: a balanced ``( ... )`` group (nesting allowed, 600 characters at most)
  whose ``;``-separated parts all read as ``Author[s], year[, locator]``. A part may start
  with "e.g.", "see", "cf." and so on; several works may also be separated by commas
  ("Chinman, et al., 2013, Cook, et al., 2010"). Organisation authors, nested acronyms and
  all-caps authors ("SAMHSA, 2017") are accepted *inside* parentheses.
- ``narrative``: ``Name (year)``, ``Name and Name (year)``, ``Name et al. (year)``,
  ``Name and colleagues (year)``, possessives ("Solomon’s (2004)"). Precision first: the
  names must be capitalised words with a lower-case letter (so no acronyms such as
  "WRAP (2008)"), not institutional nouns ("Project", "Values", months ...), and the word
  before them must not be another capitalised word unless it is a function word ("In",
  "As", "See", ...). So "Jean Baptiste Pussin (1793)" or "Peer Ethics & Values (2024)" — a
  capitalised, title-like run — is *not* a citation, while "Pussin (1793)" after a
  lower-case word is.
- ``numbered``: ``(9-12)``, ``(3,5)``, ``(1, 4-6)``, ``[3]``, ``[3-5]`` and superscripts
  (``¹``, ``²³`` = 23, ``¹⁻³``). Numbers are 1..300; a range spans at most 50. Rejected:
  a group alone at the start of a line (a list marker), after a colon (an enumeration),
  after a 1-3 digit number (a journal volume: "57 (8)", "7(2-4)"), after "Table", "Figure"
  and similar words, superscripts after a digit or a one- or two-letter word ("m²").
  HTML ``<sup>`` footnote markers are not citations.
- ``vague``: a surname with "et al" / "and colleagues", or after "review by", "study by",
  "according to" (the latter needs "et al" or two names), with no year nearby, e.g.
  "review by Chinman et al in Psych Services" (locator "Psych Services"). A parenthetical
  group with authors but no year counts as vague only with "et al"/"colleagues" or a URL
  ("(Mead & Hansen, http://...)").

Years are kept as written: "2006", "2006b", "n.d.", "ND", "in press". Author strings have
whitespace collapsed and hyphenated line breaks joined ("Coatsworth-\\nPuspoky" ->
"Coatsworth-Puspoky"); all offsets point into the input as given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from peerclaims.text.patterns import (
    CITED_YEAR,
    ET_AL,
    LINE_BULLETS,
    PARTICLE,
    PARTICLES,
    SURNAME,
    UPPER,
    YEAR_DIGITS,
)

__all__ = [
    "NARRATIVE",
    "NUMBERED",
    "PARENTHETICAL",
    "VAGUE",
    "Citation",
    "CitedWork",
    "find_citations",
]

PARENTHETICAL = "parenthetical"
NARRATIVE = "narrative"
NUMBERED = "numbered"
VAGUE = "vague"


@dataclass(frozen=True, slots=True)
class CitedWork:
    """One work named inside a citation."""

    authors: tuple[str, ...]
    et_al: bool
    year: str | None
    locator: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation as written, with its offsets (end exclusive) and what it names."""

    kind: str
    text: str
    start: int
    end: int
    works: tuple[CitedWork, ...] = ()
    numbers: tuple[int, ...] = ()


# --------------------------------------------------------------------------- patterns


def _words(s: str) -> frozenset[str]:
    """The whitespace-separated words of `s`."""
    return frozenset(s.split())


_NAME_RE = re.compile(SURNAME)
_YEAR_RE = re.compile(CITED_YEAR)
_TRAIL_YEAR_RE = re.compile(rf"\s+({CITED_YEAR})\Z")
_ETAL_RE = re.compile(rf"(?:,?\s*{ET_AL}|\s+(?:and|&)\s+colleagues\b)")
_ETAL_ONLY_RE = re.compile(r"et\.?\s*al\.?")
_LOCATOR_RE = re.compile(
    r"(?:pp?\.|paras?\.|chaps?\.|ch\.|sec\.|vol\.)\s*\S[^,;]{0,20}|(?:https?://|www\.)\S+"
)
_PREFIX_RE = re.compile(
    r"(?i:e\.\s?g\.|i\.\s?e\.|cf\.|see\s+also\b|see\b|for\s+example\b|"
    r"for\s+a\s+review,?\s+see\b|reviewed\s+in\b|as\s+cited\s+in\b)\s*,?\s*"
)
_AUTHOR_WORD_RE = re.compile(
    rf"[{UPPER}][\w’'‐.-]*|&|and|of|for|the|on|in|at|to|et|al\.?|colleagues|y|{PARTICLE}"
)
_NESTED_RE = re.compile(rf"\((?:[{UPPER}][\w’'‐.&-]*+\s*)+\)")
_HYPHEN_BREAK_RE = re.compile(r"([-‐])[ \t\xa0]*\n\s*")
_SPACE_RE = re.compile(r"\s+")
_PAREN_RE = re.compile(r"[()]")
_TOKEN_RE = re.compile(
    r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|[-‐][ \t\xa0]*\n?[ \t\xa0]*(?=[^\W\d_]))*\.?|\S"
)
_NUM = r"[1-9]\d{0,2}"
_NUM_LIST = rf"{_NUM}(?:\s*[-–‐—]\s*{_NUM})?(?:\s*,\s*{_NUM}(?:\s*[-–‐—]\s*{_NUM})?)*"
_NUM_LIST_RE = re.compile(_NUM_LIST)
_BRACKET_RE = re.compile(rf"(?<![\w\]!])\[\s*({_NUM_LIST})\s*\](?![(:\[])")
_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RE = re.compile(rf"(?<=[^\W\d_]|[.,;:)\]”\"’])[{_SUP_DIGITS}]+(?:[,⁻\-–][{_SUP_DIGITS}]+)*")
_SUP_TRANS = str.maketrans(_SUP_DIGITS + "⁻", "0123456789-")
_VOLUME_TAIL_RE = re.compile(r"(?<![\d.,])\d{1,3}\*?\Z")
_NARR_YEARS_RE = re.compile(
    rf"\(\s*(?P<years>(?:{CITED_YEAR})(?:\s*[,;]\s*(?:{CITED_YEAR}))*)"
    r"(?:\s*,\s*(?P<loc>(?:pp?\.|paras?\.|chap\.|ch\.)\s*[\w–‐ -]{1,20}?))?\s*\)"
)
_SEP = r"[^\S\n]+"
_VAGUE_RE = re.compile(
    r"(?:\b(?P<trigger>(?i:(?:recent|new|earlier|systematic|large|landmark)\s+)?"
    r"(?i:review|study|studies|work|research|paper|report|trial|analysis|"
    rf"meta-analysis|survey){_SEP}by|(?i:according){_SEP}to){_SEP})?"
    rf"(?<![\w'’-])(?P<auth>(?:(?:{PARTICLE}){_SEP})*{SURNAME}"
    rf"(?:{_SEP}(?:and|&){_SEP}(?!colleagues\b)(?:(?:{PARTICLE}){_SEP})*{SURNAME})?)"
    rf"(?P<etal>,?{_SEP}et\.?[^\S\n]*al\b\.?|{_SEP}(?:and|&){_SEP}colleagues\b)?"
    rf"(?:{_SEP}in{_SEP}(?P<loc>[{UPPER}][\w.’'-]*(?:{_SEP}[{UPPER}][\w.’'-]*){{0,5}}))?"
)
_CAP_NEXT_RE = re.compile(rf"[^\S\n]+[{UPPER}]")
_NEAR_YEAR_RE = re.compile(rf"[\s,(]{{0,4}}{YEAR_DIGITS}")

_MAX_PAREN = 600
_WINDOW = 120
_FUNCTION_WORDS = _words(
    """
    in as see by from following according while although both and but per like unlike
    whereas since after before then thus also however similarly recently notably indeed for
    with building using based the a an dr drs prof professor cf e.g. i.e. when where if
    because therefore later earlier here there yet so or nor
    """
)
_NAME_STOP = _words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday table figure fig study studies
    project program programme report survey act plan council services service review journal
    press inc ed eds appendix chapter section phase version edition values update guidelines
    standards model policy strategy initiative network association department administration
    institute university center centre foundation commission committee office agency
    organization organisation conference meeting summit today trial trials data results peer
    peers recovery support the this that these those in as see by and also however
    """
)
_NUMBER_STOP = _words(
    """
    table tables figure figures fig step steps phase phases item items question questions
    equation eq model models grade level type stage version chapter section part appendix
    option line page vol volume no number
    """
)


def _norm(s: str) -> str:
    """Join hyphenated line breaks and collapse whitespace."""
    return _SPACE_RE.sub(" ", _HYPHEN_BREAK_RE.sub(r"\1", s)).strip()


# --------------------------------------------------------------------------- spans


class _Taken:
    """Sorted, non-overlapping accepted spans."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps no accepted span."""
        i = bisect.bisect_left(self.starts, end)
        return i == 0 or self.ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        """Record an accepted span (caller checked `free`)."""
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _paren_pairs(text: str) -> list[tuple[int, int]]:
    """Balanced (open, close+1) pairs, sorted by start.

    Kept only when at most _MAX_PAREN long and holding at most one level of nested
    parentheses ("(... (DMHAS), 2002)"), so each character is examined a bounded number
    of times.
    """
    stack: list[list[int]] = []  # [open offset, depth of parentheses nested inside]
    pairs: list[tuple[int, int]] = []
    for m in _PAREN_RE.finditer(text):
        if m.group() == "(":
            stack.append([m.start(), 0])
        elif stack:
            o, depth = stack.pop()
            if stack:
                stack[-1][1] = max(stack[-1][1], depth + 1)
            if depth <= 1 and m.end() - o <= _MAX_PAREN:
                pairs.append((o, m.end()))
    pairs.sort()
    return pairs


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


def _split_authors(s: str) -> tuple[list[str], bool, bool]:
    """Author names in `s`, whether "et al"/"colleagues" is present, whether the list closed."""
    s = _norm(s)
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
        if _LOCATOR_RE.fullmatch(s):
            return self._locator(_norm(s), hi)
        m = _TRAIL_YEAR_RE.search(s)
        if m and _is_author_piece(s[: m.start()]):
            self._authors(s[: m.start()], lo, lo + m.start())
            return self._year(m.group(1), lo + m.start(1), hi)
        if not _is_author_piece(s):
            return False
        if self.cur is not None and self.cur.closed:
            return self._locator(_norm(s), hi)
        self._authors(s, lo, hi)
        return True

    def _authors(self, s: str, lo: int, hi: int) -> None:
        """Add names to the current draft, starting one if needed."""
        if self.cur is None:
            self.cur = _Draft(lo, hi)
        names, et_al, closed = _split_authors(s)
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
        self.cur.year, self.cur.end = _norm(year), hi
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
                self.done[-1].locs.append(_norm(self.text[cur.start : cur.end]))
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
    for plo, phi in _split_top(text, lo, hi, ","):
        if not part.feed(plo, phi):
            return None
    return part.finish() or None


def _parenthetical(text: str, o: int, c: int) -> Citation | None:
    """Parse the group text[o:c] (parentheses included) as an author-year citation."""
    drafts: list[_Draft] = []
    for lo, hi in _split_top(text, o + 1, c - 1, ";"):
        got = _parse_part(text, lo, hi)
        if got is None:
            return None
        drafts.extend(got)
    if not drafts:
        return None
    works = tuple(d.freeze(text) for d in drafts)
    if any(w.year for w in works):
        return Citation(PARENTHETICAL, text[o:c], o, c, works)
    if any(w.et_al or (w.locator and "http" in w.locator) for w in works):
        return Citation(VAGUE, text[o:c], o, c, works)
    return None


# --------------------------------------------------------------------------- narrative


def _is_name(tok: str) -> bool:
    """A surname-like token: capitalised, has lower case, not an institutional noun."""
    tok = _norm(tok)
    return bool(_NAME_RE.fullmatch(tok)) and tok.lower() not in _NAME_STOP


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
    return start, [_norm(n) for n in reversed(names)], et_al


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


def _narrative(text: str, o: int, c: int) -> Citation | None:
    """A narrative citation whose year group is text[o:c], or None."""
    m = _NARR_YEARS_RE.fullmatch(text, o, c)
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
    loc = _norm(m.group("loc")) if m.group("loc") else None
    body = text[start:end]
    works = tuple(
        CitedWork(tuple(names), et_al, _norm(y), loc, body, start, end)
        for y in re.split(r"\s*[,;]\s*", m.group("years"))
    )
    return Citation(NARRATIVE, body, start, end, works)


# --------------------------------------------------------------------------- numbered


def _expand(nums: str) -> tuple[int, ...] | None:
    """Reference numbers in "1, 4-6" form, or None when implausible."""
    out: list[int] = []
    for part in re.split(r"\s*,\s*", nums.strip()):
        ends = [int(x) for x in re.split(r"\s*[-–‐—⁻]\s*", part)]
        if len(ends) == 2 and not 0 < ends[1] - ends[0] <= 50:
            return None
        out.extend(range(ends[0], ends[-1] + 1))
    if any(not 0 < n <= 300 for n in out):
        return None
    return tuple(out)


def _line_prefix(text: str, pos: int) -> str | None:
    """Text between the start of pos's line and pos, or None when the line starts >80 back."""
    lo = max(0, pos - 80)
    nl = text.rfind("\n", lo, pos)
    if nl < 0 and lo > 0:
        return None
    return text[nl + 1 : pos]


def _number_context_ok(text: str, pos: int) -> bool:
    """False for list markers, enumerations, journal volumes and "Table 3"-like uses."""
    prefix = _line_prefix(text, pos)
    if prefix is not None and not prefix.strip(" \t\xa0" + LINE_BULLETS):
        return False
    tail = text[max(0, pos - 40) : pos].rstrip()
    if not tail or tail.endswith(":") or _VOLUME_TAIL_RE.search(tail):
        return False
    words = tail.split()
    return words[-1].lower().strip(".") not in _NUMBER_STOP


def _numbered_paren(text: str, o: int, c: int) -> Citation | None:
    """A numbered citation "(9-12)" at text[o:c], or None."""
    inner = text[o + 1 : c - 1].strip()
    if not _NUM_LIST_RE.fullmatch(inner) or not _number_context_ok(text, o):
        return None
    nums = _expand(inner)
    return Citation(NUMBERED, text[o:c], o, c, (), nums) if nums else None


def _bracketed(text: str) -> list[Citation]:
    """Numbered citations in square brackets."""
    out: list[Citation] = []
    for m in _BRACKET_RE.finditer(text):
        nums = _expand(m.group(1))
        if nums and _number_context_ok(text, m.start()):
            out.append(Citation(NUMBERED, m.group(), m.start(), m.end(), (), nums))
    return out


def _short_word_before(text: str, pos: int) -> bool:
    """True when a word of one or two letters ends at pos (a unit: "m²", "km²")."""
    n = 0
    while n < 3 and pos - n > 0 and text[pos - n - 1].isalpha():
        n += 1
    return 0 < n < 3 and (pos - n == 0 or not text[pos - n - 1].isalpha())


def _superscripts(text: str) -> list[Citation]:
    """Numbered citations written with superscript digits."""
    out: list[Citation] = []
    for m in _SUP_RE.finditer(text):
        if _short_word_before(text, m.start()):
            continue
        nums = _expand(m.group().translate(_SUP_TRANS))
        if nums:
            out.append(Citation(NUMBERED, m.group(), m.start(), m.end(), (), nums))
    return out


# --------------------------------------------------------------------------- vague


_VAGUE_HINT = re.compile(r"et\.?[^\S\n]*al\b|colleagues|\bby\b|according", re.IGNORECASE)


def _vague(text: str) -> list[Citation]:
    """Author mentions without a year: "review by Smith and colleagues", "Chinman et al"."""
    out: list[Citation] = []
    if not _VAGUE_HINT.search(text):  # every vague citation has one of these; most text none
        return out
    for m in _VAGUE_RE.finditer(text):
        if not _vague_ok(text, m):
            continue
        names, _, _ = _split_authors(m.group("auth"))
        loc = _norm(m.group("loc")) if m.group("loc") else None
        work = CitedWork(
            tuple(names), bool(m.group("etal")), None, loc, m.group(), m.start(), m.end()
        )
        out.append(Citation(VAGUE, m.group(), m.start(), m.end(), (work,)))
    return out


def _vague_ok(text: str, m: re.Match[str]) -> bool:
    """Apply the conservative rules for a vague citation match."""
    trigger, etal, auth = m.group("trigger"), m.group("etal"), m.group("auth")
    if not trigger and not etal:
        return False
    names = _split_authors(auth)[0]
    if trigger and trigger.lower().startswith("according") and not etal and len(names) < 2:
        return False
    if any(n.split()[-1].lower() in _NAME_STOP for n in names):
        return False
    if not etal and _CAP_NEXT_RE.match(text, m.end()):
        return False
    return not _NEAR_YEAR_RE.match(text, m.end(), m.end() + 8)


# --------------------------------------------------------------------------- entry point


def _classify(text: str, o: int, c: int) -> Citation | None:
    """The citation built on the group text[o:c], trying only the plausible kind."""
    inner = text[o + 1 : c - 1].strip()
    if _NUM_LIST_RE.fullmatch(inner):
        return _numbered_paren(text, o, c)
    if inner[:1].isdigit() or inner[:2] in ("n.", "ND", "in", "In", "fo"):
        return _parenthetical(text, o, c) or _narrative(text, o, c)
    return _parenthetical(text, o, c)


def _from_parens(text: str, taken: _Taken, out: list[Citation]) -> None:
    """Parenthetical, narrative and numbered citations built on parentheses."""
    for o, c in _paren_pairs(text):
        if not taken.free(o, c):
            continue
        cit = _classify(text, o, c)
        if cit is not None and taken.free(cit.start, cit.end):
            taken.add(cit.start, cit.end)
            out.append(cit)


# APA's group author with its abbreviation: "Substance Abuse and Mental Health Services
# Administration [SAMHSA] (2017)" and "(Substance Abuse ... Administration [SAMHSA], 2017)".
_ORG = r"[A-Z][\w'’&.-]*(?:[ \t\n]+(?:of|and|for|the|on|in|&|[A-Z][\w'’&.-]*)){1,14}"
_ABBR_YEAR = r"[ \t]*\[(?P<abbr>[A-Z][A-Za-z.&-]{1,15})\]"
_ORG_YEAR = rf"(?P<year>{YEAR_DIGITS}[a-z]?|n\.d\.)"
_ORG_NARRATIVE_RE = re.compile(rf"(?<![\w(])(?P<org>{_ORG}){_ABBR_YEAR}[ \t]*\({_ORG_YEAR}\)")
_ORG_PAREN_RE = re.compile(rf"\((?P<org>{_ORG}){_ABBR_YEAR},[ \t]*{_ORG_YEAR}[^()]{{0,40}}\)")
# An organisation's own document by title: "DMHAS' Peer Ethics & Values (2024)".
_ORG_TITLE_RE = re.compile(
    rf"(?<![\w'’])(?P<org>[A-Z]{{2,10}})['’]s?[ \t]+(?:[A-Z][\w-]*[ \t]*(?:&[ \t]*)?){{1,6}}"
    rf"\({_ORG_YEAR}\)"
)


def _organisations(text: str) -> list[Citation]:
    """Group authors cited with their abbreviation in square brackets (APA 7, 8.21)."""
    out = []
    for regex, kind in ((_ORG_PAREN_RE, PARENTHETICAL), (_ORG_NARRATIVE_RE, NARRATIVE),
                        (_ORG_TITLE_RE, NARRATIVE)):
        for m in regex.finditer(text):
            org = _norm(m.group("org"))
            work = CitedWork((org,), False, m.group("year"), None, m.group(), m.start(), m.end())
            out.append(Citation(kind, m.group(), m.start(), m.end(), (work,)))
    return out


# "(Chinman, CAI and O’Connell et al., RSA)": two works, each named with the instrument it
# made (an acronym) instead of a year.
_INSTRUMENT_PART = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?P<etal>\s+et\.?\s*al\b\.?)?,\s*(?P<acr>[A-Z]{2,6})\b")


def _split_instruments(cit: Citation) -> Citation:
    """A vague citation naming several works by author and instrument, one work each."""
    parts = list(_INSTRUMENT_PART.finditer(cit.text))
    if cit.kind != VAGUE or len(parts) < 2:
        return cit
    works = tuple(
        CitedWork((m.group("name"),), bool(m.group("etal")), None, m.group("acr"), m.group(),
                  cit.start + m.start(), cit.start + m.end())
        for m in parts
    )
    return Citation(cit.kind, cit.text, cit.start, cit.end, works, cit.numbers)


def find_citations(text: str) -> list[Citation]:
    """All citations in `text`, sorted by start and non-overlapping."""
    taken = _Taken()
    out: list[Citation] = []
    if "[" in text or "'" in text or "’" in text:
        for cit in _organisations(text):
            if taken.free(cit.start, cit.end):
                taken.add(cit.start, cit.end)
                out.append(cit)
    _from_parens(text, taken, out)
    for cit in [*_bracketed(text), *_superscripts(text), *_vague(text)]:
        if taken.free(cit.start, cit.end):
            taken.add(cit.start, cit.end)
            out.append(cit)
    out.sort(key=lambda c: c.start)
    return [_split_instruments(c) for c in out]
