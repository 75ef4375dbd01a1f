"""Lists of benefits: a line that introduces one ("Peer support has been shown to:",
"Outcomes include:") and an item under it, which is a claim when it names an outcome; and an
item of a list of roles, glossed by what it does, which is not."""

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


# a role or function named and glossed by what it does: "Health promotion (improving mental
# and physical health, recovery and other areas)", an item of a list of a workforce's functions
_GLOSSED_ROLE = re.compile(
    r"(?:\d{1,2}[.)]\s*)?(?P<head>[A-Z][\w/&-]*(?:\s[\w/&-]+){0,4})\s\([a-z]+ing\b[^()]*\)\.?\Z"
)


def glossed_role(text: str) -> bool:
    """A noun phrase glossed by a gerund in parentheses; a head with a verb of change ("Peer
    support reduces readmissions (improving ...)") states an effect instead."""
    m = _GLOSSED_ROLE.match(text)
    return m is not None and not words.FINITE_CHANGE.search(m["head"])
