"""Blocks and sentences that are a citation and little else: a "Source:" line under a slide,
"Recent review by Chinman et al. (2014) in Psych Services". They back the claims beside them."""

from __future__ import annotations

import re

from peerclaims.match.found import FoundCitation

_SOURCE_LINE = re.compile(
    r"\s*(?:sources?|references?|citations?|adapted from|data)\s*[:\-–]", re.IGNORECASE
)


_LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,3}(?:by|to)\s*$", re.IGNORECASE)
_VENUE = re.compile(r"^\s*(?:in|,)\s+(?:[A-Z][\w.&'’-]*\s*){1,5}[.)]*\s*$")


def citation_only(text: str, found: list[FoundCitation], pos: int = 0) -> bool:
    """A block (or the sentence text[pos:]) that is a citation and little else ("Recent
    review by Chinman et al ...", a "Source: Chinman et al. (2014)" line under a slide)."""
    if not found:
        return False
    if _SOURCE_LINE.match(text, pos):
        return True
    rest = []
    for c in sorted(found, key=lambda c: c.citation.start):
        rest.append(text[pos : c.citation.start])
        pos = c.citation.end
    rest.append(text[pos:])
    # "Recent review by Chinman et al. (2014) in Psych Services": a lead-in and a venue
    # around a narrative citation say no more than the vague form of the same line
    rest[0] = _LEAD_IN.sub("", rest[0])
    rest[-1] = _VENUE.sub("", rest[-1])
    return len("".join(rest).split()) <= 2  # "Source:", "Recent review by …"


_LEADS_IN = re.compile(
    r"\s*(?:according\s+to|as\s+reported\s+(?:by|in))\b|[^\n]*:\s*\Z", re.IGNORECASE
)


def leads_in(text: str) -> bool:
    """A source line that introduces what follows it rather than what precedes it:
    "According to a recent article in the Psychiatric Times", "Mental Health America:"."""
    return bool(_LEADS_IN.match(text)) and not _SOURCE_LINE.match(text)
