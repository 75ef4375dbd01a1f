"""Lists of benefits: a line that introduces one ("Peer support has been shown to:",
"Outcomes include:") and an item under it, which is a claim when it names an outcome."""

from __future__ import annotations

import re

from peerclaims.text import claim_words as words
from peerclaims.text.sentences import normalise_typography

_LEAD_IN = re.compile(
    r"\b(benefits?|outcomes?|found to|shown to|been shown|research (?:shows|suggests|indicates)|"
    r"studies (?:show|have shown|found)|evidence (?:shows|suggests|indicates?)|"
    r"results? (?:include|show)|studies have found)\b",
    re.IGNORECASE,
)


def is_lead_in(sentence: str) -> bool:
    """A line that introduces a list of benefits or findings."""
    sentence = normalise_typography(sentence)
    return bool(_LEAD_IN.search(sentence)) and not sentence.rstrip().endswith("?")


def is_list_benefit(sentence: str) -> bool:
    """An item under a benefits lead-in: short, and naming an outcome."""
    sentence = normalise_typography(sentence)
    return len(sentence.split()) <= 25 and bool(words.OUTCOME.search(sentence))
