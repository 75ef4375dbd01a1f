"""Group authors: a body cited by name with its abbreviation, or by its possessive.

APA 7 (8.21): "Substance Abuse and Mental Health Services Administration [SAMHSA] (2017)" and
"(Substance Abuse ... Administration [SAMHSA], 2017)"; a body's own document by title, "DMHAS'
Peer Ethics & Values (2024)"; and a body's possessive before its year, "the World Health
Organization (WHO)'s (2021)".
"""

from __future__ import annotations

import re

from peerclaims.text.author_names import normalise
from peerclaims.text.bodies import is_body
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import YEAR_DIGITS

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


# A body's possessive before its year (and page): "the World Health Organization (WHO)'s (2021)"
_ORG_POSSESSIVE_RE = re.compile(
    rf"(?<![\w(])(?P<org>{_ORG}|[A-Z]{{2,10}})(?:[ \t]*\([A-Z]{{2,10}}\))?['’]s?[ \t]*"
    rf"\({_ORG_YEAR}(?:,[ \t]*pp?\.[ \t]*\d[\d–-]*)?\)"
)


def organisations(text: str) -> list[Citation]:
    """Group authors cited with their abbreviation in square brackets (APA 7, 8.21), and a
    body's possessive before its year."""
    out = []
    for regex, kind in (
        (_ORG_PAREN_RE, CitationKind.PARENTHETICAL),
        (_ORG_NARRATIVE_RE, CitationKind.NARRATIVE),
        (_ORG_TITLE_RE, CitationKind.NARRATIVE),
        (_ORG_POSSESSIVE_RE, CitationKind.NARRATIVE),
    ):
        for m in regex.finditer(text):
            if regex is _ORG_POSSESSIVE_RE and not is_body(m["org"].removeprefix("the ")):
                continue  # "Davidson's (2012) review" is an author's, read as one
            org = normalise(m.group("org"))
            work = CitedWork((org,), False, m.group("year"), None, m.group(), m.start(), m.end())
            out.append(Citation(kind, m.group(), m.start(), m.end(), (work,)))
    return out
