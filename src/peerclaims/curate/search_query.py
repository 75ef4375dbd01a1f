"""The query side of search: words typed into FTS5 strings, year ranges, filter values."""

from __future__ import annotations

import re
from collections.abc import Sequence

from peerclaims.errors import InputError

Years = tuple[int | None, int | None]
WORD = re.compile(r"[^\W_]+")  # a word as FTS5's unicode61 tokenizer splits them
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_YEARS = re.compile(r"^\s*(\d{4})?\s*(\.\.)?\s*(\d{4})?\s*$")


def query_terms(query: str) -> list[str]:
    """Whitespace-separated tokens with a letter or digit; FTS operator words are dropped."""
    clean = query.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    return [t for t in clean.split() if t not in _OPERATORS and any(c.isalnum() for c in t)]


def fts_query(terms: Sequence[str], joiner: str = " ") -> str:
    """Each term as an FTS5 string ("…", inner quotes doubled), joined by AND or OR."""
    return joiner.join('"' + t.replace('"', '""') + '"' for t in terms)


def parse_years(text: str) -> Years:
    """Parse `2010`, `2005..2012`, `2005..` or `..2012` into an inclusive (low, high)."""
    m = _YEARS.match(text)
    if not m or not (m.group(1) or m.group(3)) or (m.group(3) and not m.group(2)):
        raise InputError(f"invalid year range '{text}': use 2010, 2005..2012, 2005.. or ..2012")
    low = int(m.group(1)) if m.group(1) else None
    high = int(m.group(3)) if m.group(3) else (None if m.group(2) else low)
    if low is not None and high is not None and low > high:
        raise InputError(f"invalid year range '{text}': {low} is after {high}")
    return low, high


def choice(name: str, value: str | None, choices: Sequence[str]) -> str | None:
    """A filter value, trimmed and lower-cased; InputError naming the valid ones if unknown."""
    if value is None:
        return None
    if value.strip().lower() not in choices:
        raise InputError(f"unknown {name} '{value}'; valid values: {', '.join(choices)}")
    return value.strip().lower()


def like_pattern(word: str) -> str:
    """A LIKE pattern finding `word` anywhere (ESCAPE '\\')."""
    return "%" + re.sub(r"([%_\\])", r"\\\1", word) + "%"
