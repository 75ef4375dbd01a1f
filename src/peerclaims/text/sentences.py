"""Sentences: splitting a block into them, and the figures and certainty words they hold.

Pure text heuristics. Whether a sentence is a claim is `claimlike`'s question; matching it
against the corpus is in match/claims.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from peerclaims.text.patterns import title_case
from peerclaims.text.reader_refs import REFERENCE_RUN

# A sentence ends at . ! or ?, with any endnote marker fused to it ("symptoms.i", "care.12",
# "rates.[3]") and closing quotes or brackets, before a space and a capital or a digit. A
# stray "Â" after the stop is a no-break space decoded as Latin-1 ("health.Â\nThe"). An
# author-year citation set after the stop, before the next sentence, is the sentence's own
# ("... and mental health outcomes. (Bassuk et al., 2016) Mutual-help groups have ...", as
# some styles and PDF text place it), and so is a run of a reader view's reference marks
# ("... dialogism. Reference Seikkula, Alakare and Aaltonen3 The approach ..."): no sentence
# opens on its citation.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?P<tail>(?:[ivx]{1,6}|\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|\[\d[\d,\s–-]*\])?[\"”’)\]*_Â]*"
    r"(?:\s+\((?=[^()\n]{0,200}?(?:\b(?:1[89]|20)\d\d[a-z]?|n\.d\.)\))[^()]{2,200}\)(?=\s+[A-Z])"
    rf"|[^\S\n]+(?:{REFERENCE_RUN})(?=\s+[A-Z]))?)"
    # not inside a citation's brackets before its year: "(Age UK. 2018)"
    r"\s+(?=[\"“‘(]?[A-Z0-9])(?!(?:1[89]|20)\d\d[a-z]?\))"
)
# A bullet inside a block ("Reduced days inpatient • Participants ... • TN PeerLink ...",
# as PDF and web text give slide bullets) starts a new sentence.
_INLINE_BULLET = re.compile(r"(?:^|\s)[•▪■◦●➢➤►✓✔❧](?=\s|$)")
# A section label run into the sentence after it ("Abstract Peer models may ...", as text
# taken from PDFs and web pages gives it, on a line of its own or not) is no part of it.
_LABEL = re.compile(
    r"(?:Abstract|Background|Introduction|Summary|Results|Findings|Conclusions?|Methods|"
    r"Objectives?|Aims?|Purpose|Discussion|Key (?:points|findings|messages))"
    r"[ \t]*:?\s+(?=[A-Z“\"(])"
)
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b)", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%])")
_QUESTION = re.compile(r"\?[\s*_]*(?:cont\.?[\s*_]*)?$", re.IGNORECASE)
_CERTAIN = re.compile(
    r"\b(prov(?:en|es|e)|(?<!nearly\s)(?<!almost\s)(?<!not\s)always|guarantee[sd]?|guaranteeing|"
    r"eliminat(?:e|es|ed|ing)|definitely|"
    r"undeniabl\w+|conclusively|certainly|cures?|cured|will (?:always |significantly |"
    r"dramatically |greatly |substantially )?(?:reduce|increase|improve|decrease|eliminate|"
    r"prevent|lead|result|ensure|end|stop|cure))\b",
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
    """Split a block into sentences: at a sentence's end, an inline bullet ("•") or between
    the rows of a table of figures (`_rows`); a line break alone, or "et al.", does not end
    one, so where a line of prose wraps changes nothing."""
    spans, start = [], 0
    for bullet in _INLINE_BULLET.finditer(text):
        spans += _split(text, start, bullet.start())
        start = bullet.end()
    spans += _split(text, start, len(text))
    return [_unlabelled(text, r) for s in spans if s.end > s.start for r in _rows(text, s)]


# A figure a row ends with: a sum of money, a negative sum in parentheses, a percentage, a
# ratio or a count.
_FIGURE = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*|\(\s?[$£€]?\d[\d,.]*\s?\)|\d[\d,.]*\s?%|(?<![\w.,])\d[\d,.]*(?![\w%]))"
)
_ENDS_WITH_FIGURE = re.compile(_FIGURE.pattern + r"\s*$")
_LINE = re.compile(r"[^\n]+")


_MONEY = re.compile(r"[$£€]\s?\d")


def _row(line: str) -> bool:
    """A line of a table of sums flattened to text: short, holding a sum of money, and no
    sentence's end ("Taxpayers $3,086 Benefits minus costs $3,888")."""
    return len(line.split()) <= 12 and bool(_MONEY.search(line)) and not _STOP.search(line)


_STOP = re.compile(r"[.!?]\s")


def _rows(text: str, span: Span) -> list[Span]:
    """A span split between the rows of a flattened table of sums: after a line that is a
    row ending with a figure, or a short label ending with a colon ("Benefits to:"), when the
    next line is a row too and opens with a capital. This is the one place where a line
    break ends a sentence: prose wrapped after a sum runs on in lower case ("saves $4\nfor
    every $1"), so only text laid out as rows of sums is split."""
    lines = [m.span() for m in _LINE.finditer(text, span.start, span.end)]
    out, start = [], span.start
    for (a, b), (c, d) in pairwise(lines):
        line, following = text[a:b].strip(), text[c:d].strip()
        if not (following[:1].isupper() and _row(following)):
            continue
        ends_row = _row(line) and bool(_ENDS_WITH_FIGURE.search(line))
        if ends_row or (line.endswith(":") and len(line.split()) <= 6):
            out.append(trimmed(text, start, b))
            start = c
    out.append(trimmed(text, start, span.end))
    return [s for s in out if s.end > s.start]


def _unlabelled(text: str, span: Span) -> Span:
    label = _LABEL.match(text, span.start, span.end)
    return Span(label.end(), span.end) if label else span


def _split(text: str, start: int, end: int) -> list[Span]:
    spans = []
    for match in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text, max(start, match.start() - 8), match.start()):
            continue
        spans.append(trimmed(text, start, match.end("tail")))
        start = match.end()
    spans.append(trimmed(text, start, end))
    return spans


def trimmed(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


_FIRST_PERSON = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)
# what makes "we" researchers reporting their own work, not a provider praising its service
_RESEARCH = re.compile(
    r"\b(?:found|find|finds|observed|measured|examined|evaluated|assessed|compared|analy[sz]ed|"
    r"conducted|surveyed|interviewed|randomi[sz]ed|enrolled|recruited|followed|used|report|"
    r"reported|show|showed|results?|findings|study|studies|trial|analysis|analyses|data|"
    r"sample|participants|respondents|cohort|evaluation|review|paper|article|hypothesi[sz]ed)\b",
    re.IGNORECASE,
)


def is_own_work(sentence: str) -> bool:
    """Authors describing their own study ("We used ...", "our results show ...") need no
    citation for it. A provider's "Our peer services ... reduce re-admission" is not a study:
    it is a claim like any other."""
    return bool(_FIRST_PERSON.search(sentence) and _RESEARCH.search(sentence))


def is_heading_like(sentence: str) -> bool:
    """A Markdown heading, a question, or a line in capitals: titles, not claims."""
    if sentence.lstrip().startswith("#") or _QUESTION.search(sentence):
        return True
    return len(sentence) > 8 and sentence == sentence.upper() and sentence != sentence.lower()


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
    """Certainty wording ("proven", "always", "will reduce"), unless the sentence hedges.

    "will reduce" is certainty about peer support only where peer support (or "it", "they")
    comes before it: "The law will improve the link" predicts what a law does; "have always
    been" tells of time, not certainty; a capital inside a sentence that is not a title is a
    name's ("the 21st Century Cures Act")."""
    sentence = " ".join(normalise_typography(sentence).split())
    if _HEDGE.search(sentence):
        return []
    return [
        m.group(0)
        for m in _CERTAIN.finditer(sentence)
        if not m.group(0).lower().startswith("will ") or _PEER_BEFORE.search(sentence[: m.start()])
        if not (m.group(0).lower() == "always" and _PERFECT.search(sentence, 0, m.start()))
        if not (m.start() and m.group(0)[0].isupper() and not title_case(sentence))
    ]


# "persons in recovery have always been part of ...": time, not certainty
_PERFECT = re.compile(r"\b(?:has|have|had)\s+\Z", re.IGNORECASE)


_PEER_BEFORE = re.compile(r"\b(?:peers?|peer-\w+|mentors?|coach\w*|it|they|this)\b", re.IGNORECASE)


def without_numbers(text: str) -> str:
    """The text with every number blanked, for matching a claim whatever figure it quotes."""
    return re.sub(r"\d+(?:[.,]\d+)*", " ", text)
