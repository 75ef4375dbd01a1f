"""Bodies named as the source of a statement, as citations (tests/realworld/README.md: "A body
named as the source of a statement is a citation").

- a body named as the source of a statement: an organisation, an agency or a journal as the
  subject of a verb of saying, finding or judging ("SAMHSA defines ...", "The Annapolis
  Coalition ... has identified ...", "The Center for Medicaid Services in its 2007 letter to
  states indicates ...", "In 2006 the Georgia Department of ... compared ..."), and findings
  named by where they appeared (`venues`: "New data, published in The Lancet, highlights ..."), and a
  named report or commission before the quotation it is the source of ("President’s New
  Freedom Report “Consumers who work as providers ...”"). A body that acts rather than says
  ("SAMHSA funds", "the VA hired") is not a source.
- a body's researchers and the investigators of "this study" are read by `researchers`.

Each is returned as `attributions` returns a source named by kind: a vague citation with no
authors, or a narrative one when the phrase gives the work's year; a group author with its
year in parentheses ("SAMHSA (2019) reports") is a narrative citation of that author, resolved
like "(SAMHSA, 2019)". `find_citations` drops one of these when the same sentence cites the
same body's work in full.
"""

from __future__ import annotations

import dataclasses
import re

from peerclaims.text.attribution_words import INSTITUTION, ORG_WORDS, VENUES
from peerclaims.text.attributions import SEP, is_org, source_citation
from peerclaims.text.bare_research import bare
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import BODY_WORD, OFFICES, UPPER, YEAR_DIGITS, word_set
from peerclaims.text.venues import venue_citations

# A body as the subject of a verb of saying, finding or judging. The body is capitalised
# words (with "of", "and", "for", "on", "the", "&" between them) and an optional "(ACRONYM)";
# an appositive (", a division of HHS,") or "in its 2007 letter to states" may stand before
# the verb, and "In 2006" before the body gives the year.
SAYS = (
    r"defines|defined|identifies|identified|reports|reported|finds|found|estimates|"
    r"estimated|recommends|recommended|concludes|concluded|emphasi[sz]es|emphasi[sz]ed|"
    r"highlights|highlighted|notes|noted|states|stated|says|said|recogni[sz]es|recogni[sz]ed|"
    r"indicates|indicated|endorses|endorsed|considers|considered|"
    r"classifies|classified|acknowledges|acknowledged|suggests|suggested|"
    r"describes|described|compared|evaluated|examined|studied|surveyed|analy[sz]ed|warns|"
    r"warned|designates|designated|lists|listed|projects|projected|predicts|predicted|"
    r"forecasts|forecast|stresses|stressed|underlines|underlined|affirms|affirmed|asserts|"
    r"asserted|argues|argued|cites|cited|wrote|writes|ranks|ranked|underscores|underscored|"
    r"calls[^\S\n]+for|called[^\S\n]+for|"
    # a verb written in title case after the name: "the National Institute On Drug Abuse
    # Reports that ..."
    r"(?:Reports|Finds|States|Says|Estimates|Notes|Concludes)(?=[^\S\n]+that\b)|"
    r"(?:shows|showed|demonstrates|demonstrated)(?=[^\S\n]+that\b)|"
    # a plural name's verb: "Peers for Progress report that", "The Centers ... find that"
    r"(?:report|find|state|say|recommend|conclude|estimate|identify|note|define)(?=[^\S\n]+that\b)"
)
# a body's own study in a year named before it: "In 2005, The Walsh Group conducted a national
# survey", "In 2007 the Walsh Group did a study on religiosity" (without the year, "SAMHSA
# conducted a five-year research study" describes what the body did)
_MADE_IN_YEAR = (
    rf"(?:conducted|carried{SEP}out|did|completed|ran)(?={SEP}(?:a|an|its|the){SEP}"
    rf"(?:[\w-]+{SEP}){{0,3}}?(?:study|survey|review|evaluation|analysis|trial)\b)"
)
# "(CMS) issued its 2007 letter", "SAMHSA published a 2019 report": a body's dated document
_ISSUED = (
    rf"(?:issued|published|released){SEP}(?:its|a|an|the){SEP}(?P<issued>{YEAR_DIGITS})"
    rf"{SEP}(?:[a-z]+{SEP}){{0,2}}(?:letter|report|guidance|guidelines|brief|review|survey|"
    r"strategy|plan|statement|bulletin|toolkit|evaluation)\b"
)
_BODY_SAYS_RE = re.compile(
    rf"(?:\b[Ii]n{SEP}(?P<lead>{YEAR_DIGITS}),?{SEP})?(?:\b[Tt]he{SEP}(?:(?P<dated>{YEAR_DIGITS}){SEP})?)?"
    rf"(?:(?:prestigious|federal|national|respected|influential|independent|"
    rf"(?<![\w.])[{UPPER}][\w.]*+-based){SEP})?"  # possessive: linear on a long run of letters
    # a body's kind before its one-word name: "Mental health charity Mind has found that"
    rf"(?P<kind>(?:[Mm]ental{SEP}health{SEP})?(?:charity|organi[sz]ation|nonprofit|agency){SEP}"
    rf"(?=[{UPPER}][a-z]+{SEP}(?:has{SEP})?(?:found|reported|says|said|estimates|warned)))?"
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:(?:of|and|for|on|the|to|&){SEP}){{0,2}}{BODY_WORD}){{0,9}}"
    rf"(?:{SEP}\([{UPPER}]{{2,10}}\))?),?(?:{SEP}(?P<head>(?:(?:literature|environmental|evidence|"
    rf"systematic|national){SEP})?(?:report|review|study|survey|evaluation|summary|strategy|"
    rf"framework|scan|brief)))?(?:{SEP}\((?P<paren>{YEAR_DIGITS}|n\.(?:{SEP})?d\.)\))?"
    # its initials after the year: "The National ... Center (n.d.) (NHTTAC) states"
    rf"(?:{SEP}\([{UPPER}]{{2,10}}\))?"
    rf"(?:{SEP}\((?:part{SEP}of|a{SEP}|an{SEP}|the{SEP})[^()\n]{{1,80}}\))?"
    rf"(?P<appos>,{SEP}(?:a|an|the){SEP}[^,;\n]{{2,80}},|{SEP}in{SEP}its{SEP}"
    rf"(?:(?P<its>{YEAR_DIGITS})|[a-z]+){SEP}[a-z]+(?:{SEP}[a-z]+){{0,3}})?"
    rf"{SEP}(?:(?:has|have|had|also|now|recently|clearly|explicitly|itself|all|initially|first|"
    rf"originally|formally|officially|publicly|repeatedly){SEP}){{0,2}}"
    rf"(?P<verb>{SAYS}\b|{_ISSUED}|(?(lead){_MADE_IN_YEAR}|(?!)))"
)
# bodies listed as the subject: "organizations such as CMS, SAMSHA, the Institute of
# Medicine, among many others, have identified ..." (each a source of its own)
_LIST_SAYS_RE = re.compile(
    rf"\b(?:organi[sz]ations|agencies|bodies|institutions|authorities),?{SEP}"
    rf"(?:such{SEP}as|like|including){SEP}(?P<list>[^.;:]{{3,200}}?)"
    rf"(?:,{SEP}among{SEP}(?:many{SEP})?others)?,?{SEP}(?:(?:have|has|all|also){SEP}){{0,2}}"
    rf"(?:{SAYS}|emphasi[sz]e|highlight|stress|recogni[sz]e|endorse|underscore)\b"
)
# bodies listed after a verb of recognition, as its agents: "recognized by other federal
# agencies such as the Substance Abuse and Mental Health Services Administration (SAMHSA) and
# HRSA", "acknowledged ... from federal agencies like SAMHSA to leading organizations,
# including Mental Health America (MHA) and the National Alliance on Mental Illness (NAMI)"
_RECOGNISED_RE = re.compile(
    r"\b(?:recogni[sz]ed|acknowledged|endorsed|recommended|identified|accepted|promoted|"
    r"supported|cited)\b"
)
_KINDS = r"(?:agencies|organi[sz]ations|bodies|institutions|authorities|groups)"
_KINDS_LIKE_RE = re.compile(  # also "recognized by such bodies as SAMHSA and the APA as ..."
    rf"\b(?:{_KINDS},?{SEP}(?:such{SEP}as|like|including)|such{SEP}{_KINDS}{SEP}as){SEP}"
    rf"(?P<list>[^.;:]{{3,200}}?)(?=[.;:]|{SEP}to{SEP}|\Z)"
)
# each body of such a list: a run of capitalised words (joined by "of", "and", "for" ...)
# with its acronym in parentheses ("Mental Health America (MHA) and the National Alliance ...")
_NAME_RUN_RE = re.compile(
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:(?:of|and|for|on|&){SEP})?{BODY_WORD})*+"
    rf"(?:{SEP}\([{UPPER}]{{2,10}}\))?)"
)
# the body as the agent of a passive: "as recommended by NICE", "identified by SAMHSA"
_BY_BODY_RE = re.compile(
    r"\b(?:recommended|endorsed|identified|defined|recogni[sz]ed|designated|estimated|"
    r"reported|published|"
    # "Considered a best practice by the Substance Abuse and Mental Health Services ..."
    rf"(?i:considered|deemed|named|listed|rated|regarded|recogni[sz]ed|designated)(?:{SEP}as)?"
    rf"{SEP}(?:an?|the){SEP}(?:[\w-]+{SEP}){{0,3}}?(?:practice|model|approach|intervention|"
    rf"service|standard|priority)s?){SEP}by{SEP}(?:the{SEP})?"
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:of|and|for|on|the|&|{BODY_WORD})){{0,9}})"
)
# findings by the data they rest on: "Based on data gathered by pilot sites for the NCHA ED Peer
# Support Pilot Project, ..." (vague: no year, no work)
_BASED_ON_RE = re.compile(
    rf"\b[Bb]ased{SEP}on{SEP}(?:the{SEP})?(?:data|findings|results|figures|evidence|reports?)"
    rf"(?:{SEP}(?:gathered|collected|reported|published|provided))?{SEP}(?:by|from){SEP}"
    r"[^,;.\n]{3,120}?(?=,)"
)
# research named by the body it came from, before what it found: "Recent research from Mind
# shows", "New data from the Office for National Statistics suggest", "New research at Kansas
# University indicates"
_RESEARCH_FROM_RE = re.compile(
    rf"\b(?:(?:[Rr]ecent|[Nn]ew|[Ll]atest|[Tt]he){SEP})?(?:[Rr]esearch|[Dd]ata|[Ff]igures|"
    rf"[Nn]umbers|[Ss]tatistics|[Ff]indings|[Ee]vidence|[Pp]olling){SEP}(?:from|by|at){SEP}(?:the{SEP})?"
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:of|and|for|on|the|&|{BODY_WORD})){{0,8}})"
    # its topic after it: "Research from the CDC on cancer prevention shows"
    rf"(?:{SEP}(?:on|about|into)(?:{SEP}[a-z][\w-]*){{1,5}})?"
    rf"(?={SEP}(?:has{SEP}|have{SEP})?(?:shows?|showed|shown|found|finds|suggests?|suggested|"
    r"reveals?|revealed|indicates?|indicated|highlights?|highlighted)\b)"
)
# a headline: "Literature Review Suggests ...", "New Study Finds ..." (title case, no article),
# or its source after the news: "... on College Campuses, RAND Study Finds"
_HEADLINE_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=, ))[^\S\n]*(?:(?:(?:New|NEW|new|Recent|Latest|Large|Major|Landmark|Literature|"
    rf"Systematic|Federal|National|Pilot|Randomi[sz]ed|Controlled|Clinical){SEP}){{1,3}}"
    rf"(?:Study|Review|Trial|Meta-[Aa]nalysis|Analysis|Report|Survey)|"
    # its maker first, an acronym or an institution: "RAND Study Finds", "DePaul University
    # Studies Find" ("Groundbreaking Study Finds" names none)
    rf"(?:[{UPPER}]{{2,8}}|(?:[{UPPER}][\w&'’.-]*{SEP}){{1,3}}{INSTITUTION}){SEP}"
    rf"(?:Study|Studies)|"
    # generic "Research Confirms" names no work; "New Research Finds" one
    rf"(?:(?:New|NEW|Recent|Latest|Large|Major|Landmark|Federal|National|Clinical){SEP}){{1,3}}"
    rf"(?:Studies|Research)|(?:New|NEW|Recent|Latest){SEP}(?i:study|report|review|survey|"
    rf"analysis|research|data))"  # a news headline in sentence case: "New report reveals"
    rf"{SEP}(?i:finds?|shows?|suggests?|says|reveals?|concludes?|confirms?|links|highlights)\b"
)
# a named document dated in parentheses: "National Practice Standards for Mental Health
# Workforce (2002) stresses ..."
_DOCUMENT_HEADS = word_set(
    "standards framework strategy guidelines guidance plan charter policy act report review "
    "statement roadmap blueprint consensus"
)
# a national body is named by its field and its nation: "Peer Support Canada", "Mind Cymru"
_NATIONS = word_set("america canada australia england scotland wales cymru ireland europe")
# capitalised abbreviations that name no body: designs, conditions, services, places, measures
_NOT_BODIES = word_set(
    """
    rct rcts pss prss cps chw chws sud suds smi ptsd hiv aids us usa uk eu ed er icu i ii iii
    iv ok tv pdf faq ceo md phd dbt cbt wrap ips act oud aud mat moud roi fte peer peers research
    data evidence findings results study studies this these it they we he she
    what how why where when which who
    mft lmft lcsw licsw lpc lpcc lmhc msw mph mpa psyd dnp rn np cprs cpss crps cadc lcdc ladc
    """
)  # ... and a person's credentials after their name: "Kermit Cole, MFT, founding editor"
# a named document or commission before the quotation it is the source of, as on slides:
# "President’s New Freedom Report “Consumers who work as providers ...”"
_QUOTED_HEADS = word_set(
    "report commission strategy framework guidelines guidance plan charter review statement "
    "roadmap blueprint consensus survey"
)
_QUOTES_FROM_RE = re.compile(
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:of|and|for|on|the|&|{BODY_WORD})){{0,9}})"
    rf"(?:(?:{SEP})?[:,–—-])?(?:{SEP})?[“\"](?=[{UPPER}])"
)


def bodies(text: str) -> list[Citation]:
    """Bodies named as the source of a statement, and findings named by their venue. A body
    named again by its initials in the same text is the same source, not another."""
    out: list[Citation] = []
    initials: set[str] = set()
    for found in _BODY_SAYS_RE.finditer(text):
        m = _off_heading(text, found)
        if m is None:
            continue
        org = re.sub(r"\s+\([^)]*\)\Z", "", m["org"])
        if re.fullmatch(r"[A-Z]{2,}s", org):
            continue  # "CSIs reported": a kind of organisation, not one body
        if re.search(r"['’]s?\Z", org) or org.strip("'’s") in initials:
            continue  # "SAMHSA's reports show" (a possessive); "... CMS recognizes" (again)
        words = [w for w in org.split() if w[:1].isupper()]
        if any(w.lower().strip(".,") in OFFICES for w in words[:-1]):
            continue  # "Welsh Government Health Minister Mark Drakeford said": a person
        named = [w for w in words if re.sub(r"['’]s?\Z", "", w).lower() not in _NOT_BODIES]
        body = len(named) == len(words) and (names_body(words) or bool(m["kind"]))
        body = body or (len(words) >= 2 and words[-1].lower() in _NATIONS)  # "Peer Support Canada"
        titled = bool(m["paren"]) and any(w.lower() in _DOCUMENT_HEADS for w in words)
        titled = titled or _titled_work(words, bool(m["head"]))
        if not (body or titled or _named_like_a_body(org, m)):
            continue  # "Peer Support found", "RCTs found", "Services found"
        if not (m["lead"] and text[m.start()] == "I") and not _opens(text, m.start()):
            continue  # "In 2006 the ... compared" opens a clause of its own
        if any(not _spelt_as_body(text, w) for w in words if _acronym([w])):
            continue  # "the recovery-oriented systems of care model (ROSC) ... ROSC emphasizes"
        initials.add("".join(w[0] for w in words if w.lower() not in ("of", "and", "for", "on")))
        end = m.end("appos") if m["appos"] else m.end("org")
        if m["paren"]:  # "SAMHSA (2019) reports": a group author and its year
            out.append(_group_author(text, m.start(), m.end("paren") + 1, org, m["paren"]))
        else:
            year = m["lead"] or m["its"] or m["issued"] or m["dated"]
            cited = source_citation(text, m.start(), end, m["org"], year)
            if titled and year:  # "The 2010 National Mental Health Strategy": title and year
                cited = dataclasses.replace(cited, kind=CitationKind.NARRATIVE)
            out.append(cited)
    for m in _LIST_SAYS_RE.finditer(text):
        for item in _NAME_RUN_RE.finditer(m["list"]):  # each with its acronym: "... (SAMHSA)"
            words = re.sub(r"\s*\([^)]*\)\Z", "", item["org"]).split()
            if is_org(words) or _acronym(words):
                at = m.start("list") + item.start("org")
                out.append(source_citation(text, at, at + len(item["org"]), item["org"]))
    for m in _KINDS_LIKE_RE.finditer(text):
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()))
        if not _RECOGNISED_RE.search(text, max(0, sentence_start), m.start()):
            continue  # "organizations like NAMI offer groups": bodies that act
        for item in _NAME_RUN_RE.finditer(m["list"]):
            words = re.sub(r"\s*\([^)]*\)\Z", "", item["org"]).split()
            if words and (is_org(words) or _acronym(words)):
                at = m.start("list") + item.start("org")
                out.append(source_citation(text, at, at + len(item["org"]), item["org"]))
    for m in _BY_BODY_RE.finditer(text):
        words = m["org"].rstrip(".,;:").split()
        if names_body(words):
            out.append(
                source_citation(text, m.start(), m.start("org") + len(" ".join(words)), m["org"])
            )
    out.extend(source_citation(text, m.start(), m.end(), "") for m in _BASED_ON_RE.finditer(text))
    out.extend(
        source_citation(text, m.start(), m.end("org"), m["org"])
        for m in _RESEARCH_FROM_RE.finditer(text)
        if is_body(m["org"]) or re.fullmatch(rf"[{UPPER}][a-z]+", m["org"])  # "from Mind"
    )
    for m in _HEADLINE_RE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.end() - len(m.group().split()[-1]) - 1
        if not bare(text[start:end]):  # "New Study Finds" names no source; "RAND Study Finds"
            out.append(source_citation(text, start, end, ""))
    out.extend(venue_citations(text))
    for m in _QUOTES_FROM_RE.finditer(text):
        words = m["org"].split()
        if len(words) >= 2 and words[-1].lower() in _QUOTED_HEADS:
            out.append(source_citation(text, m.start(), m.end("org"), m["org"]))
    return out


def _off_heading(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The match, or its part on the next line when it begins with a line of its own, a
    heading over the sentence ("Definition and Role\nThe Substance Abuse and Mental Health
    Services Administration (SAMHSA) defines": the body is the second line's)."""
    newline = text.find("\n", m.start("org"), m.end("org"))
    if newline < 0 or text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        return m
    start = newline + 1
    while start < m.end() and text[start] in " \t":
        start += 1
    return _BODY_SAYS_RE.match(text, start)


def _titled_work(words: list[str], head: bool) -> bool:
    """A work named by its title: three or more capitalised words, one of them a study's or
    a report's or a policy's ("The Longitudinal Study of Consumer/Survivor Initiatives ...
    showed", "The 2010 National Mental Health Strategy states"), or
    two or more before a lower-case one ("The Identifying Barriers to Change report")."""
    title = [w for w in words if w.lower() != "the"]
    if head:
        return len(title) >= 2
    return len(title) >= 3 and any(w.lower() in _WORK_HEADS for w in title)


_WORK_HEADS = word_set(
    "study trial evaluation survey report review project strategy framework plan"
)


def is_body(name: str) -> bool:
    """Whether a citation's locator names a body ("SAMHSA", "Mental Health America"), not a
    venue ("Cochrane", "The Lancet") or nothing."""
    words = name.split()
    if not words or any(w.lower().strip(".,") in VENUES for w in words):
        return False
    return names_body(words)


def names_body(words: list[str]) -> bool:
    """Capitalised words that name an organisation: an acronym, or two or more words with an
    organisation word among them ("Services" alone, sentence-initial, is not one)."""
    return is_org(words) and (len(words) >= 2 or _acronym(words))


def _group_author(text: str, start: int, end: int, org: str, year: str) -> Citation:
    """ "SAMHSA (2019)", "National Practice Standards ... (2002)": a narrative citation of a
    group author, resolved like "(SAMHSA, 2019)"."""
    author = " ".join((org[4:] if org.startswith("The ") else org).split())
    work = CitedWork((author,), False, year, None, text[start:end], start, end)
    return Citation(CitationKind.NARRATIVE, text[start:end], start, end, (work,))


def _acronym(words: list[str]) -> bool:
    return any(re.fullmatch(r"[A-Z]{2,}s?", re.sub(r"['’]s?\Z", "", w)) for w in words)


def _named_like_a_body(org: str, m: re.Match[str]) -> bool:
    """A name of capitalised words joined by "for", "of" or "on" saying that something is so:
    "Peers for Progress report that", "Friends of Recovery found that" ("Peer Support Workers
    report that" names people, not a body)."""
    joined = re.search(rf"[{UPPER}]\w+{SEP}(?:for|of|on){SEP}[{UPPER}]", org)
    return bool(joined) and re.match(rf"{SEP}that\b", m.string[m.end() :]) is not None


def _spelt_as_body(text: str, acronym: str) -> bool:
    """Whether an acronym is a body's: spelt out in the text as a name with an organisation
    word ("... Services Administration (SAMHSA)"), or not spelt out at all; "the
    recovery-oriented systems of care model (ROSC)" names a model, not a body."""
    bare = re.sub(r"['’]s?\Z", "", acronym)
    spelt = re.search(rf"((?:[\w&'’-]+[^\S\n]+){{1,8}})\(\s*{re.escape(bare)}\s*\)", text)
    if spelt is None:
        return True
    return any(w.lower() in ORG_WORDS for w in spelt.group(1).split())


def _opens(text: str, start: int) -> bool:
    """The body opens its clause: at the start of the text, after a stop, a comma, a
    conjunction or "that", not inside a longer capitalised name ("the SAMHSA National Model
    found" is read from "SAMHSA" only if nothing capitalised precedes it)."""
    before = text[max(0, start - 30) : start].rstrip()
    if not before or "\n" in text[max(0, start - 30) + len(before) : start]:
        return True  # the body opens the text or a line
    last = before.split()[-1]
    return last[-1] in '.!?:;,"“”(—–-•' or last.lower() in _CLAUSE_WORDS


_CLAUSE_WORDS = word_set(
    "and but that while as since after when because until before whereas although though if once"
)
