"""Source captions: a paragraph that is only a venue and a year, under the statement it sources.

Advocacy pages and slides put the source of a statement on a line of its own beneath it,
as a figure caption or a slide's source line does: "Psychiatric Times (2018)",
"Psychiatric Services. (2015)", "Outlook. (Vol. Spring 2002)". A venue and a year name no
work that can be looked up, so each is a vague citation with no authors (never resolved by
author) whose locator is the venue. Which statement it backs is the reader's business
(match/reading.py: a citation-only block backs the statement just before it).

Only a whole paragraph counts (a blank line, or the start or end of the text, on both
sides), so a running head inside a page of PDF text or a title in a sentence is not read as
one; a surname and a year alone ("Smith (2011)") is a narrative citation, left to that
grammar; a heading is dropped by the reader.
"""

from __future__ import annotations

import re

from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.narrative import narrative
from peerclaims.text.patterns import UPPER, YEAR_DIGITS

_WORD = rf"[{UPPER}][\w'’&.-]*"
_CAPTION_RE = re.compile(
    rf"(?:\A|(?<=\n))[^\S\n]*(?<!\S)(?P<venue>{_WORD}(?:[^\S\n]+(?:of|and|for|the|on|in|&|{_WORD})){{0,7}}?)"
    rf"[^\S\n]*[.,:]?[^\S\n]*(?P<paren>\((?:[A-Za-z.]+,?[^\S\n]+){{0,3}}(?P<year>{YEAR_DIGITS})\))"
    r"[^\S\n]*\.?[^\S\n]*(?=\n[^\S\n]*\n|\n?[^\S\n]*\Z)"
)
# Words that make a title a venue: "Psychiatric Times (2018)" is one, "Jean Baptiste Pussin
# (1793)" (a person and a date, as a timeline gives them) is not. A venue written as a
# reference fragment ("Outlook. (2002)", "(Vol. Spring 2002)") needs none.
_VENUE_WORDS = frozenset(
    """
    journal journals times services psychiatry psychiatric psychology psychologist review
    news post magazine bulletin quarterly gazette herald tribune reports medicine medical
    health lancet annals archives proceedings affairs today outlook newsletter digest weekly
    daily monthly research science care practice studies policy nursing rehabilitation
    """.split()
)
_FRAGMENT_RE = re.compile(r"[.,:][^\S\n]*\(|\((?:Vol|Volume|Issue|No)\b")


def captions(text: str) -> list[Citation]:
    """Paragraphs that are only a venue and a year in parentheses, as vague citations."""
    if "(" not in text:
        return []
    out = []
    for m in _CAPTION_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start("venue")) + 1
        if line_start and text[text.rfind("\n", 0, line_start - 1) + 1 : line_start].strip():
            continue  # the line before is text: a wrapped sentence or a page's running head
        venue = m["venue"]
        if any(ch.isdigit() for ch in venue) or not any(ch.islower() for ch in venue):
            continue  # "WRAP (2008)": an acronym and a year is a programme as often as a venue
        words = {w.lower().strip(".,:'’") for w in venue.split()}
        if not (words & _VENUE_WORDS or _FRAGMENT_RE.search(text, m.end("venue") - 1, m.end())):
            continue
        o, c = m.span("paren")
        named = narrative(text, o, c)
        if named is not None and named.start <= m.start("venue"):
            continue  # "Smith (2011)": an author and a year, not a venue's last word
        start, end = m.start("venue"), c
        body = text[start:end]
        venue = " ".join(venue.rstrip(".,:").split())
        work = CitedWork((), False, m["year"], venue, body, start, end)
        out.append(Citation(CitationKind.VAGUE, body, start, end, (work,)))
    return out


def is_caption(citation: Citation) -> bool:
    """Whether a citation is a source caption: vague, no authors, a venue and a year."""
    return (
        citation.kind == CitationKind.VAGUE
        and all(not w.authors for w in citation.works)
        and _CAPTION_RE.fullmatch(citation.text) is not None
    )
