"""The journal a citation names inside its parentheses ("(Reif et al., *Journal of
Substance Abuse Treatment*, 2014)"), and whether it is the journal the work appeared in.

A journal is read only where it is plainly one: a segment of the cited item, between
commas, set in italics, or naming a journal word ("Journal", "Psychiatric", "Services",
"Lancet"); the authors, the year, "et al." and page or volume numbers are not. A cited
journal fits the record when its words abbreviate the recorded journal's in order ("Psych
Services", "J Subst Abuse Treat") or it is the journal's initials ("JSAT").
"""

from __future__ import annotations

import re

_ITALIC = re.compile(r"^\s*(?:\*{1,2}|_{1,2})(?P<name>[^*_]{3,}?)(?:\*{1,2}|_{1,2})\s*$")
_JOURNAL_WORD = re.compile(
    r"\b(?:journal|psychiatr\w*|services|review|lancet|bulletin|medicine|quarterly|"
    r"bmj|jama|annals|archives|rehabilitation)\b",
    re.IGNORECASE,
)
_STOP = frozenset({"of", "and", "the", "for", "in", "on", "&"})
_WORD = re.compile(r"[a-z]+")


def cited_journal(text: str, authors: tuple[str, ...]) -> str | None:
    """The journal a cited item names between its authors and its year, if plainly one."""
    for segment in text.split(",")[1:]:
        segment = segment.strip()
        italic = _ITALIC.match(segment)
        name = italic.group("name").strip() if italic else segment
        if not re.match(r"[A-Z]", name) or re.search(r"\d", name):
            continue  # a year, pages or volume, or lower-case words ("see also")
        if any(a and a.lower() in name.lower() for a in authors):
            continue
        if len(name.split()) > 8:
            continue  # a title or a sentence, not a journal's name
        if italic or _JOURNAL_WORD.search(name):
            return name
    return None


def same_journal(cited: str, recorded: str) -> bool:
    """Whether `cited` names `recorded`: the words of one abbreviate the other's in order
    (the record may hold the abbreviation), or one is the other's initials."""
    said = [w for w in _WORD.findall(cited.lower()) if w not in _STOP]
    full = [w for w in _WORD.findall(recorded.lower()) if w not in _STOP]
    return _abbreviates(said, full) or _abbreviates(full, said)


def _abbreviates(said: list[str], full: list[str]) -> bool:
    if not said or not full:
        return True  # nothing to compare
    if len(said) == 1 and said[0] == "".join(w[0] for w in full):
        return True
    words = iter(full)
    return all(any(w.startswith(s) for w in words) for s in said)


_PUBLISHED_IN = re.compile(
    r"\bpublished\s+(?:online\s+|today\s+|recently\s+)?in\s+(?:the\s+|The\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of|and|&|[A-Z][\w&-]*)){0,6})[\s,]*\(?\s*\Z"
)


def journal_before(text: str, start: int) -> str | None:
    """The journal a sentence says a work was "published in", right before its citation
    ("A systematic review published in Psychiatric Services (Repper & Carter, 2011)")."""
    m = _PUBLISHED_IN.search(text, max(0, start - 120), start)
    return m["name"] if m else None
