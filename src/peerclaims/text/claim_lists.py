"""Lists of benefits: a line that introduces one ("Peer support has been shown to:",
"Outcomes include:") and an item under it, which is a claim when it names an outcome; a line
that introduces a list of duties or aims ("The role of a peer specialist may include:", "What
do peer workers do?", "Goals:"), whose items are not claims; and an item of a list of roles,
glossed by what it does, which is not."""

from __future__ import annotations

import re
from typing import Literal

from peerclaims.text import claim_words as words
from peerclaims.text.sentences import normalise_typography

_LEAD_IN = re.compile(
    r"\b(benefits?|outcomes?|found to|shown to|been shown|research (?:shows|suggests|indicates)|"
    r"studies (?:show|have shown|found)|evidence (?:shows|suggests|indicates?)|"
    r"results? (?:include|show)|studies have found|advantages|"
    # "Some of the associated positive impacts associated with this approach are as follows:"
    r"(?:positive|beneficial) (?:impacts?|effects?|changes|results))\b",
    re.IGNORECASE,
)


def is_lead_in(sentence: str) -> bool:
    """A line that introduces a list of benefits or findings."""
    sentence = normalise_typography(sentence)
    return bool(_LEAD_IN.search(sentence)) and not sentence.rstrip().endswith("?")


ListKind = Literal["benefits", "duties"]

# what a role holds or a plan aims at, named by a lead-in of its own
_DUTY_LEAD = re.compile(
    r"\b(?:roles?|work of|duties|responsibilities|tasks|functions|goals?|aims?|objectives?|"
    r"priorities|platforms?|mission|principles|competenc(?:y|ies)|core skills)\b",
    re.IGNORECASE,
)
_DUTY_QUESTION = re.compile(r"\W*what\s+(?:do|does|can|will|should)\b[^?]*\bdo\s*\?\Z", re.I)


def list_lead(sentence: str) -> ListKind | None:
    """What the list a line introduces holds: "benefits" (findings, which are claims),
    "duties" (what a role does or a plan aims at: "Improve mental health of all Ontarians"
    under "Open Minds, Healthy Minds:" is an aim, not a finding), or None."""
    if is_lead_in(sentence):
        return "benefits"
    text = normalise_typography(sentence).strip()
    if _DUTY_QUESTION.match(text):
        return "duties"
    duty = _DUTY_LEAD.search(text) if text.endswith(":") and len(text.split()) <= 20 else None
    if not duty or words.CHANGE.search(text):
        return None
    # the lead's subject, not its topic ("five things to know about the role, ...:")
    return "duties" if len(text[: duty.start()].split()) <= 3 else None


_ACTIVITY = re.compile(r"\W*[A-Za-z]+ing\b")


def is_list_benefit(sentence: str) -> bool:
    """An item under a benefits lead-in: short, and naming an outcome. An item that opens on
    what peers do is an activity ("Providing empathic listening and emotional support",
    "Facilitating caregiver engagement with service providers"), not a benefit, unless its
    opening word is the change ("Increasing family wellbeing"); one that goes on to state an
    effect ("Offering skill-building that enhances resiliency") is a claim by
    `claimlike.states_effect`, which `claim_kind` asks first."""
    sentence = normalise_typography(sentence)
    if _ACTIVITY.match(sentence) and not words.CHANGE.match(sentence):
        return False
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
