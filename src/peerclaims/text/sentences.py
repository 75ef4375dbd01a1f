"""Claim-like sentences: splitting, telling a benefit or statistic from other prose, numbers
and certainty words. Pure text heuristics; matching against the corpus is in match/claims.py.

A sentence is claim-like when it pairs a change word ("reduces", "increased", "fewer") with
an outcome word ("hospital", "hope", "relapse"), or states a percentage, or is an item of a
list introduced as benefits or findings ("Benefits of peer support may include:"). The
word lists are deliberately narrow: a false "uncited claim" on a presenter's slide costs as
much as a miss.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_CHANGE = re.compile(
    r"\b(reduc\w*|decreas\w*|increas\w*|improv\w*|lower\w*|fewer|greater|higher|better|"
    r"enhanc\w*|boost\w*|prevent\w*|shorten\w*|lessen\w*|rais(?:e|ed|es|ing)|"
    r"strengthen\w*|diminish\w*|cuts?|dropp?\w*|declin\w*|longer|shorter|effective)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(hospital\w*|readmission\w*|re-?hospitali\w*|admission\w*|inpatient|emergency|"
    r"crisis|relapse\w*|substance|alcohol|drug|abstinen\w*|depress\w*|anxiety|symptom\w*|"
    r"hope\w*|empower\w*|self-?esteem|self-?efficacy|self-?care|confidence|activation|"
    r"engag\w*|retention|quality of life|well-?being|wellness|recovery|satisfaction|"
    r"isolation|lonel\w*|social\w*|stigma|shame|blame|housing|homeless\w*|employment|"
    r"criminal|arrest\w*|incarcerat\w*|cost\w*|spending|mortality|dying|death\w*|"
    r"functioning|tenure|control|empathy|acceptance|trust|knowledge|coping|collaboration|"
    r"relationship\w*|belonging|community|psychotic|distress|service use|days)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%])")
_LEAD_IN = re.compile(
    r"\b(benefits?|outcomes?|found to|shown to|been shown|research (?:shows|suggests|indicates)|"
    r"studies (?:show|have shown|found)|evidence (?:shows|suggests)|results? (?:include|show))\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"\?[\s*_]*(?:cont\.?[\s*_]*)?$", re.IGNORECASE)
_STATISTIC = re.compile(
    r"(?<![\w.,])\d[\d,.]*\+?(?:[\s\xa0]+(?:\([^)]{0,30}\)|[\w-]+)){0,3}?[\s\xa0]+"
    r"(states|people|participants|individuals|persons|years|peers?|workers|specialists|"
    r"programs|programmes|times|clients|patients|adults|youth|families|members|"
    r"supporters|providers|counties|countries)\b",
    re.IGNORECASE,
)
_CERTAIN = re.compile(
    r"\b(prov(?:en|es|e)|always|guarantee[sd]?|guaranteeing|eliminat(?:e|es|ed|ing)|definitely|"
    r"undeniabl\w+|conclusively|certainly|cures?|cured|will (?:reduce|increase|improve|"
    r"decrease|eliminate|prevent|lead|result|ensure|end|stop|cure))\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(may|might|can|could|suggests?|suggested|emerging|preliminary|promising|associated|"
    r"some evidence|early evidence|appears?|likely|possibl\w*|potential\w*)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(1[6-9]|20)\d\d$")


# Slide exports write "self‐care" with U+2010 and put no-break spaces between words.
_PLAIN = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": "", "\u00a0": " "})


def normalise_typography(text: str) -> str:
    """Text with typographic hyphens and no-break spaces made plain, for the word lists."""
    return text.translate(_PLAIN)


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence's offsets in its block's text (end exclusive)."""

    start: int
    end: int


_ABBREVIATION = re.compile(
    r"(?:\bet\s+al|\be\.g|\bi\.e|\bvs|\betc|\bcf|\bDr|\bMr|\bMs|\bMrs|\bNo|\bpp?|\bFig|"
    r"\bVol|\bed|\beds|\b[A-Z])\.[\"”’)]*$"
)


def sentences(text: str) -> list[Span]:
    """Split a block into sentences; a line break alone, or "et al.", does not end one."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(start, match.start() - 8), match.start()):
            continue
        spans.append(_trimmed(text, start, match.start()))
        start = match.end()
    spans.append(_trimmed(text, start, len(text)))
    return [s for s in spans if s.end > s.start]


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


_FIRST_PERSON = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)


def is_own_work(sentence: str) -> bool:
    """Authors describing their own study ("We used ...") need no citation for it."""
    return bool(_FIRST_PERSON.search(sentence))


def is_heading_like(sentence: str) -> bool:
    """A Markdown heading, a question, or a line in capitals: titles, not claims."""
    if sentence.lstrip().startswith("#") or _QUESTION.search(sentence):
        return True
    return len(sentence) > 8 and sentence == sentence.upper() and sentence != sentence.lower()


def might_state(text: str) -> bool:
    """Whether any sentence of `text` could state an effect or a statistic (a cheap filter)."""
    text = normalise_typography(text)
    return bool(_OUTCOME.search(text) or _PERCENT.search(text) or _STATISTIC.search(text))


def states_statistic(sentence: str) -> bool:
    """A count of something: "48 states and DC reimburse", "over 30,000 trained peers"."""
    sentence = normalise_typography(sentence)
    return bool(_STATISTIC.search(sentence)) and not is_heading_like(sentence)


def states_effect(sentence: str) -> bool:
    """A change word and an outcome word, or a percentage: "reduced readmissions by 42%"."""
    sentence = normalise_typography(sentence)
    if is_heading_like(sentence):
        return False
    if _PERCENT.search(sentence):
        return bool(_OUTCOME.search(sentence) or _CHANGE.search(sentence))
    return _change_near_outcome(sentence)


def _change_near_outcome(sentence: str, gap: int = 4) -> bool:
    """A change word within `gap` words of an outcome word, either way round.

    "decreasing rates of hospitalization", "hospital days were reduced" -- but not "a
    higher expectation of the Certified ... Recovery Professional".

    For each outcome word only the nearest change word on either side can be the closest
    (fewer words lie between), so each outcome looks at two: a long sentence with many
    of both, far apart, takes linear time, not a comparison of every pair.
    """
    changes = [m.span() for m in _CHANGE.finditer(sentence)]
    if not changes:
        return False
    ends = [end for _, end in changes]  # in order: the matches do not overlap
    for o_start, o_end in (m.span() for m in _OUTCOME.finditer(sentence)):
        before = bisect.bisect_right(ends, o_start)  # changes[:before] end before the outcome
        if before and _few_words(sentence, ends[before - 1], o_start, gap):
            return True
        if before < len(changes) and _few_words(sentence, o_end, changes[before][0], gap):
            return True
    return False


_WORD = re.compile(r"\S+")


def _few_words(text: str, start: int, end: int, most: int) -> bool:
    """Whether `text[start:end]` holds at most `most` words (`str.split`'s), counted no
    further than one past `most`."""
    for count, _ in enumerate(_WORD.finditer(text, start, max(start, end)), 1):
        if count > most:
            return False
    return True


def is_lead_in(sentence: str) -> bool:
    """A line that introduces a list of benefits or findings."""
    sentence = normalise_typography(sentence)
    return bool(_LEAD_IN.search(sentence)) and not _QUESTION.search(sentence)


def is_list_benefit(sentence: str) -> bool:
    """An item under a benefits lead-in: short, and naming an outcome."""
    sentence = normalise_typography(sentence)
    return len(sentence.split()) <= 25 and bool(_OUTCOME.search(sentence))


def percentages(sentence: str) -> list[float]:
    """Every percentage stated ("42%", "48 percent")."""
    sentence = normalise_typography(sentence)
    return [float(m.group(1)) for m in _PERCENT.finditer(sentence)]


def numbers(sentence: str) -> list[float]:
    """Plain numbers that are not years, percentages or parts of words ("48 states")."""
    sentence = normalise_typography(sentence)
    out = []
    for match in _NUMBER.finditer(sentence):
        raw = match.group(1)
        if _YEAR.match(raw):
            continue
        out.append(float(raw.replace(",", "")))
    return out


def certainty_words(sentence: str) -> list[str]:
    """Certainty wording ("proven", "always", "will reduce"), unless the sentence hedges."""
    sentence = normalise_typography(sentence)
    if _HEDGE.search(sentence):
        return []
    return [m.group(0) for m in _CERTAIN.finditer(sentence)]


def without_numbers(text: str) -> str:
    """The text with every number blanked, for matching a claim whatever figure it quotes."""
    return re.sub(r"\d+(?:[.,]\d+)*", " ", text)
