"""Sources as news items and press releases name them: vague citations (tests/realworld/README.md:
"A body named as the source of a statement is a citation").

A news item about one study rarely cites it; it names it by kind, maker or venue. The forms
it shares with other prose are read where those are: "according to researchers" and "A UK
study has found" in `attributions`, a headline "New report reveals ..." in `bodies`. Here:

- "..., suggests a randomised controlled trial*", "..., reveals a new study" (the news's
  inversion), and "“...,” said the DOH" (a body as the speaker, with its article: a person
  takes none);
- "highlighted in a new report", "shown in a 2019 study";
- "a report compiled by experts from Anglia Ruskin University", "research conducted by PRCH",
  "Drexel University research shows",
  "The research, carried out by Aisling McGrath of ...", "Studies by researchers like Phyllis
  Solomon" (the makers named);
- "published today in The Lancet" (the venue, with the news's "today", "recently" ...);
- "a study by Bevin Croft, M.A., M.P.P., and Nilüfer İsvan, Ph.D." (its authors named in
  full, with their degrees: a vague citation of those authors);
- "In a groundbreaking letter to Medicaid directors in 2007, Dennis G. Smith, ..." (a
  person's dated document: a narrative citation of its writer and year).

"The report has found" and "the study" point back to a source named before and are not
citations (`source_words.BACK_REFERENCE` carries the claim to it).
"""

from __future__ import annotations

import re

from peerclaims.text.attribution_words import INSTITUTION
from peerclaims.text.attributions import PLACE, source_citation
from peerclaims.text.bodies import names_body
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import MONTH_NAME, OFFICES, SEP, UPPER, YEAR_DIGITS, person_name

_KIND = r"(?:study|studies|trial|review|report|survey|evaluation|analysis|research|paper|data)"
# the news's inversion: "... may help curb readmission, suggests a randomised controlled trial"
_INVERTED_RE = re.compile(
    rf",{SEP}(?:suggests|says|finds|shows|reports|concludes|states|reveals|indicates|confirms|"
    rf"according{SEP}to){SEP}"
    rf"(?:(?:an?|the){SEP}(?:(?:new|recent|large|{PLACE}|national|randomi[sz]ed|controlled|pilot|"
    rf"landmark|systematic){SEP}){{0,3}}(?:study|trial|review|report|survey|analysis|"
    r"meta-analysis)\b\*?"
    # a headline drops the article: "... but improves outcomes, states report"
    r"|(?:study|trial|review|report|survey|research)(?=[^\S\n]*$))",
    re.MULTILINE,
)
_DAY = r"(?:today|yesterday|this{SEP}week|last{SEP}week|(?:on{SEP})?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
# the news's own study, dated by the day it came out: "A new scientific review released
# Wednesday wades into ..."
_RELEASED_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he){SEP}(?:new|recent|latest){SEP}(?:[a-z-]+{SEP}){{0,2}}?{_KIND}"
    rf"{SEP}(?:released|published|out){SEP}" + _DAY.replace("{SEP}", SEP) + r"\b"
)
_SHOWN_IN_RE = re.compile(
    rf"\b(?:highlighted|reported|shown|described|outlined|documented|presented|revealed|"
    rf"set{SEP}out|found){SEP}in{SEP}(?:an?|the){SEP}(?:new|recent|latest|{YEAR_DIGITS})"
    rf"{SEP}(?:[a-z-]+{SEP})?{_KIND}\b"
)
_MADE_BY_RE = re.compile(
    rf"(?:\b(?:[Aa]n?|[Tt]he){SEP}(?:(?:new|recent|latest){SEP})?{_KIND}|\b[Ii]n{SEP}research|"
    # "a team of researchers led by Nicola Mead from the University of Manchester reviewed"
    rf"\b(?:[Aa]|[Tt]he){SEP}team(?:{SEP}of{SEP}(?:researchers|scientists|academics|experts))?|"
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))(?:Research|Studies))"
    rf"(?:,?{SEP}(?:compiled|written|produced|prepared|conducted|"
    rf"carried{SEP}out|commissioned|led))?{SEP}by{SEP}(?:(?:experts|researchers|academics|"
    rf"a{SEP}team){SEP}(?:from|at|like|such{SEP}as){SEP})?(?:the{SEP})?"
    # its kind before its name: "conducted by the third party evaluation firm See Change"
    rf"(?:(?:[a-z-]+{SEP}){{0,3}}?(?:firm|organi[sz]ation|company|charity|agency|consultancy)"
    rf"{SEP})?"
    rf"(?P<org>[{UPPER}][\w'’&-]+(?:{SEP}(?:of|and|for|&|[{UPPER}][\w'’&-]+)){{0,8}})"
)
# research named by its maker, an institution, before what it found: "..., Drexel University
# research shows" (the headline's "DePaul University Studies Find" is in `bodies`)
_INSTITUTION_RESEARCH_RE = re.compile(
    rf"(?<![\w'’&-])(?P<org>(?:[{UPPER}][\w'’&-]*+{SEP}){{1,3}}{INSTITUTION})(?:['’]s)?{SEP}"
    rf"(?:research|study|studies|survey|report|data|analysis)(?={SEP}(?:(?:has|have){SEP})?"
    rf"(?:shows?|showed|shown|found|finds|suggests?|reveals?|revealed|indicates?)\b)"
)
# research made by a body, mid-sentence, before what it found: "..., research conducted by
# Pepperdine University showed, ..." (not "will highlight research conducted by QUERI")
_RESEARCH_BY_RE = re.compile(
    rf"\bresearch,?{SEP}(?:conducted|carried{SEP}out|commissioned|led){SEP}by{SEP}(?:the{SEP})?"
    rf"(?P<org>[{UPPER}][\w'’&-]+(?:{SEP}(?:of|and|for|&|[{UPPER}][\w'’&-]+)){{0,8}})"
    rf"(?=,?{SEP}(?:(?:has|have){SEP})?(?:shows?|showed|shown|found|finds|suggests?|reveals?|"
    rf"revealed|indicates?|indicated)\b)"
)
# a body as the speaker after the words it said: "“Peer support groups help,” said the DOH",
# "..., added the World Health Organization" (a person named so is a speaker, not a source)
_SAID_BY_BODY_RE = re.compile(
    rf"(?:,|[,.!?]?[”\"])[^\S\n]*(?P<said>(?:said|says|added|adds|noted|notes|stated|states|"
    rf"warned|explained|concluded){SEP}the{SEP}"  # a person takes no article
    rf"(?P<org>[{UPPER}][\w'’&-]*(?:{SEP}(?:of|for|and|&|on|[{UPPER}][\w'’&-]*)){{0,8}}))"
)
_VENUE = rf"(?P<venue>[{UPPER}][\w&-]+(?:{SEP}(?:of|and|&|[{UPPER}][\w&-]+)){{0,6}})"
_PUBLISHED_TODAY_RE = re.compile(
    rf"\bpublished{SEP}(?:today|yesterday|recently|this{SEP}week|last{SEP}week|online|"
    # a day of the month: "The findings were published March 18 in JAMA Internal Medicine"
    rf"(?:on{SEP})?{MONTH_NAME}{SEP}\d{{1,2}}"
    rf"(?:,{SEP}{YEAR_DIGITS})?)"
    rf"{SEP}in{SEP}(?:the{SEP}|[Tt]he{SEP})?{_VENUE}"
)
# the work of people named before, where it appeared: "Their findings were published March 1 in
# Psychiatric Services" points back to the study named in the sentence before
_THEIRS_RE = re.compile(
    rf"\b(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er){SEP}(?:findings|results|study|paper|work|research)"
    rf"{SEP}(?:were|was|are|is|ha(?:ve|s){SEP}been){SEP}\Z"
)
# a sentence opening on its venue, of the study it goes on to: "Published in the Cochrane
# Library, the review suggests ..." ("Published in Insights" over a page is its own)
_PUBLISHED_OPENING_RE = re.compile(
    rf"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][^\S\n]))Published(?:{SEP}online)?{SEP}in{SEP}"
    rf"(?:the{SEP}|[Tt]he{SEP})?{_VENUE}"
    rf"(?=,{SEP}(?:the|this|these|a|an|its){SEP}(?:[\w-]+{SEP}){{0,4}}?{_KIND}\b)"
)


# a body or an office speaking in its dated document: "The U.S. Surgeon General stated in a
# 2016 report on addiction that ..." (a narrative citation of the document's year)
_SAID_IN_RE = re.compile(
    rf"(?:\b[Tt]he{SEP})?(?<![\w'’&.-])(?P<who>(?:U\.S\.|[{UPPER}][\w'’&-]*)(?:{SEP}(?:of|for|and|&|[{UPPER}]"
    rf"[\w'’&-]*)){{0,6}}){SEP}(?:stated|said|wrote|noted|concluded|found|reported|warned|"
    rf"observed|declared){SEP}in{SEP}(?:a|an|its|the|his|her|their){SEP}(?P<year>{YEAR_DIGITS})"
    rf"{SEP}(?:[\w-]+{SEP}){{0,2}}?(?:report|review|letter|article|statement|guidance|paper|"
    rf"speech|testimony|brief)\b(?:{SEP}on{SEP}[\w-]+)?"
)


# researchers named in full with their degrees: "a study by Bevin Croft, M.A., M.P.P., and
# Nilüfer İsvan, Ph.D." (a vague citation of its authors)
_DEGREE = r"(?:Ph\.?D|M\.?D|M\.?A|M\.?S|M\.?P\.?P|M\.?P\.?H|M\.?S\.?W|Psy\.?D|R\.?N|LCSW|DrPH)\.?"
_FULL_NAME = rf"[{UPPER}][a-zà-ÿ]+{SEP}(?P<last{{n}}>[{UPPER}][\w'’-]+)(?:,{SEP}{_DEGREE})+"
_BY_DEGREED_RE = re.compile(
    rf"\b(?:an?|the){SEP}(?:new{SEP}|recent{SEP})?{_KIND}{SEP}by{SEP}{_FULL_NAME.format(n=1)}"
    rf"(?:,?{SEP}and{SEP}{_FULL_NAME.format(n=2)})?"
)


# researchers named as the source after the claim, with their role: "... may lead to better
# recovery, argue Glenn Landers and Mei Zhou, researchers at Georgia State University's ..."
_SAY_PEOPLE_RE = re.compile(
    rf",{SEP}(?:argue|argues|say|says|said|note|notes|noted|conclude|concluded|write|writes|"
    rf"wrote|report|reported){SEP}(?P<who>{person_name('last1')}"
    rf"(?:{SEP}and{SEP}{person_name('last2')})?)"
    rf"(?=,{SEP}(?:the{SEP}|a{SEP}|an{SEP})?(?:[\w-]+{SEP}){{0,2}}?(?:researchers?|authors?|"
    rf"professors?|scientists?|investigators?|economists?|epidemiologists?|psychologists?|"
    rf"psychiatrists?)\b)"
)


# a person's dated document: "In a groundbreaking letter to Medicaid directors in 2007, Dennis
# G. Smith, director of the Centers for Medicare and Medicaid Services, explained ..."
_DATED_DOCUMENT_RE = re.compile(
    rf"\b[Ii]n{SEP}(?P<doc>(?:an?|his|her|its|their|the){SEP}(?:[\w-]+{SEP}){{0,3}}?(?:letter|report|"
    rf"memo|memorandum|speech|testimony|statement|article|editorial|paper|address|guidance)"
    rf"{SEP}(?:(?:to|on|for){SEP}(?:[\w-]+{SEP}){{1,5}}?)?in{SEP}(?P<year>{YEAR_DIGITS}),{SEP}"
    rf"{person_name('last')}\b)"
)


def news_sources(text: str) -> list[Citation]:
    """Sources named as news names them, in order, the longer first of two that start
    together ("a study by Bevin Croft, M.A., ..."; the caller arbitrates overlaps)."""
    out = [source_citation(text, m.start(), m.end(), "") for m in _SHOWN_IN_RE.finditer(text)]
    out += [source_citation(text, m.start(), m.end(), "") for m in _RELEASED_RE.finditer(text)]
    for m in _INVERTED_RE.finditer(text):  # from the verb, without the comma before it
        start = m.start() + 1
        start += len(text[start : m.end()]) - len(text[start : m.end()].lstrip())
        out.append(source_citation(text, start, m.end(), ""))
    out.extend(
        source_citation(text, m.start(), m.end(), m["org"])
        for regex in (_MADE_BY_RE, _RESEARCH_BY_RE, _INSTITUTION_RESEARCH_RE)
        for m in regex.finditer(text)
    )
    out.extend(
        source_citation(text, m.start(), m.end(), m["venue"])
        for regex in (_PUBLISHED_TODAY_RE, _PUBLISHED_OPENING_RE)
        for m in regex.finditer(text)
        if not _THEIRS_RE.search(text, max(0, m.start() - 40), m.start())
    )
    out.extend(
        source_citation(text, m.start("said"), m.end("org"), m["org"])
        for m in _SAID_BY_BODY_RE.finditer(text)
        for words in [m["org"].split()]
        # "said HHS Secretary Xavier Becerra": a person with an office, a speaker
        if names_body(words) and not any(w.lower().strip(".,") in OFFICES for w in words)
    )
    for m in _SAID_IN_RE.finditer(text):
        work = CitedWork((), False, m["year"], m["who"], m.group(), m.start(), m.end())
        out.append(Citation(CitationKind.NARRATIVE, m.group(), m.start(), m.end(), (work,)))
    for m in _DATED_DOCUMENT_RE.finditer(text):
        start, doc = m.start("doc"), m["doc"]  # "In" is the sentence's, not the source's
        work = CitedWork((m["last"],), False, m["year"], None, doc, start, m.end())
        out.append(Citation(CitationKind.NARRATIVE, doc, start, m.end(), (work,)))
    for m in _SAY_PEOPLE_RE.finditer(text):
        names = tuple(n for n in (m["last1"], m["last2"]) if n)
        work = CitedWork(names, False, None, None, m["who"], m.start("who"), m.end())
        out.append(Citation(CitationKind.VAGUE, m["who"], m.start("who"), m.end(), (work,)))
    for m in _BY_DEGREED_RE.finditer(text):
        names = tuple(n for n in (m["last1"], m["last2"]) if n)
        work = CitedWork(names, False, None, None, m.group(), m.start(), m.end())
        out.append(Citation(CitationKind.VAGUE, m.group(), m.start(), m.end(), (work,)))
    return sorted(out, key=lambda c: (c.start, c.start - c.end))  # the longer of two at a start
