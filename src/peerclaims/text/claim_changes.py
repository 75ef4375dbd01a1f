"""The change words of a sentence that can state an effect: "reduced" in "reduced
readmissions", not the population's risk, a name spelt out before its acronym, a practice's
name, the peer workforce's size, what is stressed ("greater emphasis on"), an activity that
opens the sentence ("Facilitating ..."), a programme named in capitals ("EMPOWER provided an
opportunity ...") or a purpose ("efforts to reduce"). `claimlike`
pairs them with outcome words."""

from __future__ import annotations

import re

from peerclaims.text import claim_words as words

__all__ = ["blanked", "change_words"]


# a programme's name in capitals is a verb's bare form ("EMPOWER", "THRIVE"); an inflected verb
# in capitals is stressed ("Peer support REDUCES readmissions")
_CAPITAL_NAME = re.compile(r"[A-Z]{4,}(?<!S)(?<!ED)(?<!ING)")


def change_words(sentence: str) -> tuple[str, list[tuple[int, int, bool]]]:
    """The sentence with a population's risk, a name spelt out before its acronym, a practice's
    name, the peer workforce's size and what is stressed blanked, and its change words as
    (start, end, weak), leaving out an activity that opens it ("Facilitating ...") and purposes."""
    sentence = blanked(
        sentence, words.RISK, words.ACRONYM_NAME, words.WORKFORCE, words.PRACTICE, _MORE_AND_MORE
    )
    named = any(c.islower() for c in sentence)  # a headline in capitals shouts its verbs
    changes = [
        (m.start(), m.end(), bool(words.WEAK_CHANGE.match(m.group(0))))
        for m in words.CHANGE.finditer(sentence)
        if not (m.start() == 0 and m.group(0).endswith("ing"))
        and not (named and _CAPITAL_NAME.fullmatch(m.group(0)))
    ]
    return sentence, _without_purposes(sentence, changes)


# a trend ("more and more", "an increasing role"), a change of what is stressed, not of an
# outcome ("place greater emphasis on patient resiliency"), and more to read
_MORE_AND_MORE = re.compile(
    r"\bmore and more\b|\b(?:greater|more|increased|less|stronger)\s+(?:emphasis|focus|attention|"
    r"priority|importance)\s+(?:on|to)\b|"
    # a page's pointer to more reading: "You can find out more about the outcomes from this work"
    r"\b(?:find\s+out|learn|read|hear|see)\s+more\b|\bmore\s+(?:about|information|info|details)\b|"
    # a trend in the field, not an effect: "Peer support is playing an increasing role in the
    # treatment of ...", "growing recognition"
    r"\b(?:increasing|growing|expanding|greater|larger)\s+(?:role|part|importance|interest|"
    r"attention|recognition|popularity|presence)\b",
    re.IGNORECASE,
)


def blanked(sentence: str, *patterns: re.Pattern[str]) -> str:
    """The sentence with each pattern's matches blanked, offsets kept."""
    for pattern in patterns:
        sentence = pattern.sub(lambda m: "_" * len(m.group(0)), sentence)
    return sentence


def _without_purposes(
    sentence: str, changes: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The change words that are not purposes: "efforts to improve outcomes, reduce
    readmissions" and "suggestions to enhance care" state aims, where "shown to reduce" and
    "likely to improve" state effects. A purpose runs on over a list ("to improve X, reduce
    Y and support Z") until a semicolon or a colon."""
    out, purpose_from = [], -1
    for start, end, weak in changes:
        match = words.PURPOSE.search(sentence, max(0, start - 40), start)
        sought = words.SEEKING.search(sentence, max(0, start - 60), start) or (
            words.PURPOSE_FOR.search(sentence, max(0, start - 40), start)
        )
        if match and match.group(2):
            sought = match  # "..., along with formal training, to promote recovery"
        if sought or (match and not words.CLAIM_TO.match(match.group(1))):
            purpose_from = start
            continue
        if purpose_from >= 0 and not any(c in ";:" for c in sentence[purpose_from:start]):
            continue
        purpose_from = -1
        out.append((start, end, weak))
    return out
