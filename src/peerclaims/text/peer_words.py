"""Peer support by name or described: what a benefit without an outcome must be about
(`claim_words.BENEFIT`), including lay and community workers from the community served, and
the pronouns and programmes that stand for it at a sentence's opening."""

from __future__ import annotations

import re

_I = re.IGNORECASE

PEER = re.compile(
    r"\b(peers?|peer-\w+|PSWs?|PSSs?|PRSS|mutual (?:aid|help|support)|lived[- ]experience|"
    r"clubhouses?|self-help groups?|consumer[- ](?:led|run|operated|delivered|provided)|"
    r"(?:Alcoholics|Narcotics) Anonymous|(?-i:AA)|twelve-step|12-step|Al-Anon|Alateen|"
    r"SMART Recovery|support groups?|befriend\w*|lay[- ]led|lay[- ]leaders?|"
    # lay and community workers from the community served: "CHWs have been shown to provide
    # efficacious interventions", "promotores", "a trained lay counsellor"
    r"community health workers?|(?-i:CHWs?)|promotor(?:a|e)s?|"
    r"lay (?:health )?(?:workers?|counsell?ors?|advisers?|advisors?)|"
    r"recovery (?:coach\w*|support services)|"
    # "The opportunity to support each other is mutually beneficial"
    r"support(?:s|ed|ing)?\s+(?:each\s+other|one\s+another)|"
    # peer support described: "Sharing experiences with people who have gone through similar
    # challenges"
    r"(?:shar(?:e|es|ed|ing)\s+(?:their\s+|of\s+)?(?:own\s+)?experiences?\s+with|"
    r"(?:people|others|someone)\s+who\s+(?:have\s+|has\s+)?(?:gone|been)\s+through\s+"
    r"(?:similar|the\s+same)))\b",
    _I,
)
"""Peer support by name, or described, which a benefit without an outcome must be about."""

# a subject that can stand for peer support in a document about it: "This program works",
# "It is cost-effective" (not the "it" of "It is essential for providers to ...", nor "They
# concluded ...", researchers reporting)
SUBJECT_OPENING = re.compile(
    r"\W*(?:(?:this|these|our|such|the)\s+(?:[\w-]+\s+){0,2}?(?:program(?:me)?s?|interventions?|"
    r"services?|models?|approach(?:es)?|groups?|initiatives?|schemes?)\b"
    r"|(?:it|this)\b(?!" + r"\s+(?:is|was|may|might|can|could|would|will)\s+(?:be\s+)?(?:\w+ly\s+)?"
    r"(?:[\w-]+\s+(?:to|that|for)\b|(?:recogni[sz]ed|known|believed|thought|accepted|agreed|"
    r"argued|said|clear|evident|important|essential|vital|crucial|necessary)\b))"
    r"|they\b(?!\s+(?:\w+ly\s+)?(?:concluded|found|reported|noted|suggested|argued|combined|"
    r"used|described)\b))",
    _I,
)

# "can help" said of peer support, its subject: "Peer workers can help people to stay out of
# hospital", "Support Groups Can Help" (not "services that can help", "how you can help",
# "whether adding peer support can help", "help with the following:", "can help us", "the
# innovative ways in which we can help the system": the writer's help, not peer support's); or
# "can be helpful" of it, named anywhere in the sentence: "Joining a support group can be
# helpful in many ways", "it can be really helpful to talk to others who have been through
# similar experiences"
_MODAL = (
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bI\s)"
    r"\b(?:can|may|could|might)\s+"
)
_ADVERB = r"(?:(?:also|really|greatly|often|truly|very|so|quite|\w+ly)\s+)?"
_CAN_HELP = re.compile(
    _MODAL + _ADVERB + r"help\b(?!\s+(?:you|us|me)\b)(?![^.;]*:)",
    _I,
)
_CAN_BE_HELPFUL = re.compile(
    _MODAL + r"(?:also\s+)?be\s+" + _ADVERB + r"(?:helpful|beneficial|useful)\b"
    r"(?![^.;]*:)",
    _I,
)
_ASKED = re.compile(r"\b(?:how|whether|if|why|aims?|hopes?|test|determine|explore)\b", _I)


def can_help(sentence: str) -> bool:
    """Peer support said to be able to help, or to be helpful: a benefit whose outcome may go
    unnamed ("Peer navigators may help these individuals navigate the healthcare system").
    Peer support "can help" only when named before it; "can be helpful" when named anywhere."""
    sentence = " ".join(sentence.split())
    if sentence.endswith("?"):
        return False
    for found in _CAN_HELP.finditer(sentence):
        before = sentence[: found.start()]
        if _ASKED.search(before):
            return False
        if PEER.search(before) or SUBJECT_OPENING.match(sentence):
            return True
    helpful = _CAN_BE_HELPFUL.search(sentence)
    return bool(
        helpful and not _ASKED.search(sentence[: helpful.start()]) and PEER.search(sentence)
    )


# research said, at the sentence's opening, to show something of peer support: "Research shows
# that mutual help groups are an important part of recovery", "Emerging evidence suggests a
# role for peer advocates", "Studies have shown that peer support betters the lives of ..."
# (not "until research shows it improves", "What the research shows", a list's lead-in)
_RESEARCH_THAT = re.compile(
    r"\W*(?:(?:the|this|our|some|much|more|recent|new|emerging|early|initial|prior|previous|"
    r"existing|growing|several|many|numerous|multiple|other|international|\w+ly)\s+){0,2}"
    r"(?:research|studies|evidence|literature|trials|reviews|evaluations)\s+"
    r"(?:(?:has|have)\s+)?(?:also\s+|\w+ly\s+)?(?:been\s+)?"
    r"(?:show(?:s|n)?|indicat(?:es?|ed)|suggest(?:s|ed)?|demonstrat(?:es?|ed)|finds|found|"
    r"confirm(?:s|ed)?|reveal(?:s|ed)?)\s+(?:that\s+)?",
    _I,
)


def research_finds(sentence: str) -> bool:
    """Research said, at the opening, to show that peer support, named in the next eight
    words, does or is something: a claim about it resting on research, whatever it states
    ("Research shows that peers strongly influence the decisions ... of other students"; not
    "Evidence shows that they do", whose "they" may be anything the sentence before named)."""
    sentence = " ".join(sentence.split())
    found = _RESEARCH_THAT.match(sentence)
    if not found or sentence.endswith((":", "?")):
        return False
    said = sentence[found.end() :]
    subject = " ".join(said.split()[:8])
    return bool(PEER.search(subject))


_RESEARCH_NOUN = re.compile(
    r"\b(?:research|studies|evidence|literature|trials|reviews|evaluations)\b", _I
)


def might_help(text: str) -> bool:
    """Whether any sentence of `text` could be said to help (`can_help`) or be research said
    to show something of peer support (`research_finds`): a cheap filter for a block that
    names no outcome, benefit or figure ("This is where a divorce support group can be
    helpful.")."""
    helps = _CAN_HELP.search(text) or _CAN_BE_HELPFUL.search(text)
    return bool(helps or (_RESEARCH_NOUN.search(text) and PEER.search(text)))
