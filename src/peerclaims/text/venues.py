"""Findings named by where they appeared, as citations: "New data, published in The Lancet,
highlights ...", "The study was published in JAMA Network Open on September 11, 2020", "The
findings appear in this month’s issue of Psychiatric Services", "A study, published last
November in the International Journal for Equity in Health, found ...".

A journal named so is where the work can be looked up: a vague citation, or a narrative one when
its date gives the year. A month is no venue ("published in April"), and a work that "was
published in" or "appears in" somewhere must name a journal there ("was published in London" is
no source). `bodies` reads these with the other bodies named as sources.
"""

from __future__ import annotations

import re

from peerclaims.text.attribution_words import JOURNAL_WORD
from peerclaims.text.attributions import SEP, source_citation
from peerclaims.text.citation_types import Citation
from peerclaims.text.patterns import BODY_WORD, MONTH_NAME, MONTHS, YEAR_DIGITS

_SP = r"[^\S\n]+"  # on one line
# when it came out, between "published" and "in": "published last November in", "published
# Tuesday in the journal CMAJ Open", "published in May 2019 in the Journal of ..."
_WHEN = (
    rf"(?:{SEP}(?:(?:this|last){SEP}(?:week|month|year|{MONTH_NAME})|today|yesterday|recently|"
    rf"earlier|online|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in{SEP}{MONTH_NAME}{SEP}{YEAR_DIGITS}))?"
)
_PUBLISHED_IN_RE = re.compile(
    rf"(?:\b(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest|[Tt]he){SEP})?(?:[Dd]ata|[Ff]indings|[Rr]esults|"
    rf"[Rr]esearch|[Ee]vidence|[Ss]tud(?:y|ies)|[Pp]aper|[Aa]rticle|[Tt]rial|[Rr]eview|[Rr]eport|"
    rf"[Mm]eta-analysis|[Aa]nalysis),?{SEP}(?:recently{SEP})?"
    rf"published{_WHEN}"
    # the work as the subject, named before: "... has now been published in the prestigious
    # medical journal The Lancet"
    # "This new study was recently published in ...", "were published this month in ..."
    rf"|\b(?:(?:has|have|had){SEP}(?:(?:now|recently|just){SEP})?been|(?P<was>was|were|is|are))"
    rf"(?:{SEP}(?:recently|just|first|also|now))?{SEP}published{_WHEN}"
    # "The findings appear in this month’s issue of Psychiatric Services"
    rf"|\b(?P<appear>appear(?:s|ed)?)"
    # "as reported in Newsweek magazine"
    rf"|\b[Aa]s{SEP}(?:reported|published|featured))"
    rf"{SEP}in{SEP}(?:[Tt]he{SEP})?"
    # an issue named: "in the July issue of the journal ...", "in this month’s issue of ..."
    rf"(?:(?:this{SEP}month['’]s|[A-Za-z]+){SEP}(?:[A-Za-z0-9]+{SEP})?issue{SEP}of{SEP}(?:the{SEP})?)?"
    rf"(?:(?:[a-z-]+{SEP}){{0,3}}?journal{SEP})?"
    rf"(?P<venue>{BODY_WORD}(?:{SEP}(?:of(?:{SEP}the)?|and|&|{BODY_WORD})){{0,6}})(?:{SEP}magazine)?"
    # and when: "was published in JAMA Network Open on September 11, 2020", ", in 2021"
    rf"(?:,?{SEP}(?:in|on){SEP}(?:{MONTH_NAME}{SEP}(?:\d{{1,2}},?{SEP})?)?{YEAR_DIGITS}\b)?"
    # "Recent research in JAMA Network Open suggests": in a journal, named as one
    rf"|\b(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest){_SP})?(?:[Rr]esearch|[Ff]indings|[Pp]aper|[Aa]rticle|"
    rf"[Ss]tudy|[Rr]eview|[Tt]rial)"
    rf"{_SP}in{_SP}(?:[Tt]he{_SP})?(?P<journal>(?:JAMA|BMJ|Lancet|Cochrane|"
    rf"(?:{BODY_WORD}{_SP}){{1,4}}Journal|Journal{_SP}of)(?:{_SP}(?:of|and|&|{BODY_WORD})){{0,6}})"
)


def venue_citations(text: str) -> list[Citation]:
    """Findings named by the journal they appeared in, in order."""
    return [
        source_citation(text, m.start(), m.end(), m["venue"] or m["journal"])
        for m in _PUBLISHED_IN_RE.finditer(text)
        if (m["venue"] or "x").split()[0].lower() not in MONTHS  # "published in April": a date
        and (not (m["was"] or m["appear"]) or JOURNAL_WORD.search(m["venue"] or ""))
    ]
