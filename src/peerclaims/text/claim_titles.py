"""Titles among claim-like lines: an article's or a section's title in title case, or a line
with no stop and no finite verb, is not a claim (`claimlike.is_claim` asks)."""

from __future__ import annotations

import re

from peerclaims.text import claim_words as words
from peerclaims.text.claim_place import Place
from peerclaims.text.patterns import title_case

__all__ = ["is_title", "title_case"]


def is_title(text: str, place: Place) -> bool:
    """A title: in title case, or unpunctuated, with no finite verb ("Effectiveness of Peer
    Support in Reducing Readmissions", "The effectiveness ... of peer support approaches:
    a systematic umbrella review"); never a bullet ("Decreased caregiver stress"), nor a
    line that opens with a share or a sum ("91% of peer support participants report ...")."""
    if (_FIGURE_FIRST.match(text) or _FIGURED_CHANGE.search(text)) and not title_case(text):
        return False  # a headline's figure: "Patients receiving peer counseling 34 percent less
        # likely repeat admission"
    if _COMPARED.search(text):
        return False  # a headline's verdict with no verb: "Peer Support Better for Depression
        # than Traditional Care", "Crisis Respite Program Effective Alternative to ..."
    unpunctuated = text[-1] not in ".!;,)]" and not text[-1].isdigit()
    head = _TITLE_HEAD.match(text)
    if (
        unpunctuated
        and head
        and not place.bullet
        and not words.FINITE_CHANGE.search(text, head.end())
    ):
        return True  # "Results of a pilot randomised controlled trial to measure ..."
    finite = [m for m in words.FINITE_CHANGE.finditer(text) if m.start() or m[0][-2:] != "ed"]
    participle = bool(words.FINITE_CHANGE.match(text)) and title_case(text, 3)
    if place.bullet or finite or (words.FINITE_CHANGE.match(text) and not participle):
        return False  # "Improved Mental Health Outcomes" over a paragraph is its label
    if (
        unpunctuated
        and _GERUND.match(text)
        and words.CHANGE.match(text)
        and not _DIGIT.search(text)
    ):
        return True  # a topic: "Reducing Post-Partum Depression through Peer Support ..."
    if place.kind == "table-cell" and _REPORTS.search(text):
        return False  # a cell is unpunctuated prose: "18 RCTs ... demonstrate effectiveness"
    if unpunctuated and len(text.split()) > 14 and ":" not in text and not title_case(text):
        return (
            False  # a sentence whose stop was lost, not a title: "Respite guests experienced ..."
        )
    return title_case(text) or (
        unpunctuated and (not words.CHANGE.match(text) or title_case(text, 3))
    )


# a title's head noun and its "of": "Results of a pilot randomised controlled trial to ...",
# "Effectiveness of peer support in ...", "The impact of peer workers on ..."
_TITLE_HEAD = re.compile(
    r"(?:The\s+|An?\s+)?(?:Results?|Effects?|Effectiveness|Efficacy|Evaluation|Impact|Outcomes?|"
    r"Findings|Benefits|Role|Value|Cost-effectiveness|Review|Analysis)\s+of\s",
    re.IGNORECASE,
)
_GERUND = re.compile(r"[A-Z][a-z]+ing\b")
_DIGIT = re.compile(r"\d")
# a share or a sum opening the line: "91% of ...", "$4 returned ...", "Every $1 invested ..."
_FIGURE_FIRST = re.compile(
    r"(?:(?:every|each)\s+)?(?:[$£€]\s?\d|\d[\d,.]*\s*(?:%|percent\b))", re.I
)
# a percentage of change, the headline's claim with no verb: "34 percent less likely",
# "Hospitalization Reduction 30-40%"
_FIGURED_CHANGE = re.compile(
    r"(?<![\d.])\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)\s+(?:less|more|fewer|lower|higher|reduction|"
    r"decrease|increase|drop|rise|improvement)\b|\b(?:reduction|decrease|increase|drop|rise)\s+"
    r"(?:of\s+|by\s+)?\d[\d.]*(?:\s*[-–]\s*\d[\d.]*)?\s*(?:%|percent\b|per\s+cent\b)",
    re.I,
)
# a comparison of effect that a headline asserts without its verb
_COMPARED = re.compile(
    r"\b(?:better|more\s+effective)\b[^.:]{0,40}?\bthan\b|\bsuperior\s+to\b|"
    r"\bas\s+effective\s+as\b|\beffective\s+alternative\s+to\b",
    re.I,
)
# A finite verb of reporting: a cell that has one is a sentence, not a column's title.
_REPORTS = re.compile(
    r"\b(?:show(?:s|ed)?|demonstrates?|demonstrated|finds|found|indicates?|indicated|"
    r"suggests?|suggested|reports?|reported|confirms?|confirmed|produces?|produced|"
    r"leads? to|led to|results? in|resulted in)\b",
    re.IGNORECASE,
)
