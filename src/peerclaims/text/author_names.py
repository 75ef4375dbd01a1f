"""Authors as a citation writes them: names, "et al.", initials beside a surname, and the
words that end a run of names."""

from __future__ import annotations

import re

from peerclaims.text.patterns import ET_AL, MONTHS, PARTICLE, PARTICLES, UPPER, word_set

# "and colleagues", and the singular a careless hand writes ("(Davidson and colleague, 2004)")
_ETAL_RE = re.compile(rf"(?:,?\s*{ET_AL}|\s+(?:and|&)\s+colleagues?\b)")
_AUTHOR_WORD_RE = re.compile(
    rf"[{UPPER}][\w’'‐.-]*(?:/[{UPPER}][\w’'‐.-]*)*|&|/|and|of|for|the|on|in|at|to|et\.?|al\.?|colleagues?|y|{PARTICLE}"
    # a group author's lower-case head: "(WHOQOL group, 1996)"
    r"|group|collaboration|consortium"
)
# a group author's abbreviation in parentheses or (APA 7) brackets: "... Excellence [NICE], 2014"
_NESTED_RE = re.compile(rf"\((?:[{UPPER}][\w’'‐.&-]*+\s*)+\)|\[(?:[{UPPER}][\w’'‐.&-]*+\s*)+\]")
_AMPERSAND_RE = re.compile(r"\s*&\s*")
_HYPHEN_BREAK_RE = re.compile(r"([-‐])[ \t\xa0]*\n\s*")
_SPACE_RE = re.compile(r"\s+")


NAME_STOP = MONTHS | word_set(
    """
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


def is_author_piece(s: str) -> bool:
    """True when `s` reads as author names or an organisation (no digits, no prose)."""
    words = _AMPERSAND_RE.sub(" & ", _NESTED_RE.sub(" ", s)).split()  # "Dhaliwal &Harrower"
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
    # "Center for Motivation & Change / Partnership for Drug-Free.org": two bodies
    names = [p.strip(" ,") for p in re.split(r"\s*&\s*|\s+/\s+", s)]
    closed = et_al or len(names) > 1
    out: list[str] = []
    for name in names:
        parts = re.split(r"\s+and\s+", name)
        if len(parts) > 1 and all(len(p.split()) <= 3 for p in parts):
            out.extend(parts)
            closed = True
        else:
            out.append(name)
    return [_without_initials(a) for a in out if a], et_al, closed


_INITIALS = r"(?:[A-Z]\.(?:\s*-?\s*[A-Z]\.){0,2}|[A-Z]{1,3}(?![a-z]))"
_SURNAME = (
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Vv]on|[Dd]a|[Dd]i|[Ll][ae]|[Dd]u)\s+)*[A-Z][\w'’-]*[a-z][\w'’-]*"
)
_TRAILING_INITIALS = re.compile(rf"^(?P<name>{_SURNAME})\s+{_INITIALS}$")
_LEADING_INITIALS = re.compile(rf"^{_INITIALS}\s+(?P<name>{_SURNAME})$")


def _without_initials(name: str) -> str:
    """A surname written with its initials, before or after it ("Cook J.", "Cook JA",
    "J. Cook"), as the surname alone: an in-text citation names authors by surname. An
    organisation keeps its words ("Department of Health UK")."""
    m = _TRAILING_INITIALS.match(name) or _LEADING_INITIALS.match(name)
    return m.group("name") if m else name
