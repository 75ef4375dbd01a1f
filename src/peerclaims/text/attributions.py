"""Sources named by what they are, not by author: "according to a 2023 report from SAMHSA".

News items, fact sheets and agency pages credit a figure to a body or a kind of study
instead of citing a work. Each is a citation (the claim is attributed), but a vague one:
it names no work that can be looked up, so it is returned as a ``vague`` citation with no
authors (never resolved against the corpus) and the year, if it gives one.

- "according to" + a phrase naming a source: a source noun ("a January brief", "the
  report", "a recent article in the Psychiatric Times") or an organisation or a venue (an acronym, or a capitalised name with an organisation word:
  "Mental Health America", "the American Hospital Association"). A person ("according to
  Dr. Sonia Johnson"), a law or a table is not a source.
- a study described by its year, its venue or its maker: "A 2013 Cochrane Review", "A 2019
  NHS England evaluation", "A new study published in The Lancet", "A Mental Health America
  and Kaiser Permanente Pilot Study", "SAMHSA's 2015 publication", "the VA's internal
  evaluations" (a body's own studies, no year). Design words in title
  case ("A Randomized Controlled Trial") are not a maker.
- one study named by its design as the subject of a verb of reporting: "A randomized control
  trial finds that ...", "A recent meta-analysis concluded ...", "A review of the best
  available evidence found ..." ("Studies have shown" names no
  one study: it stays an uncited claim).

- a body named as the source of a statement, and the investigators of "this study": see
  `bodies`.

`find_citations` drops one of these when the same sentence cites a work in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerclaims.text import patterns
from peerclaims.text.attribution_words import (
    KIND_ALONE,
    NOT_MAKERS,
    NOT_SOURCES,
    ORG_WORDS,
    POINTING,
    SOURCE_NOUNS,
    TITLES,
    VENUES,
)
from peerclaims.text.bare_research import bare
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import (
    MONTH_NAME,
    SMALL_WORDS,
    UPPER,
    YEAR_DIGITS,
    title_case,
)

_YEAR_RE = re.compile(rf"\b(?:FY\s?)?{YEAR_DIGITS}\b")
# "U.S." is one word, and so is a month's abbreviation ("a Dec. 13 news release")
_WORD = r"(?:(?:[A-Z]\.){2,}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|[\w&'’/-]+)"
SEP = patterns.SEP
_ACCORDING_RE = re.compile(
    # "Per SAMHSA's Value of Peers, peers break down ..." says the same as "According to"
    rf"(?:\b[Aa]ccording{SEP}to|\bPer(?={SEP}[{UPPER}])){SEP}"
    rf"(?P<phrase>{_WORD}(?:{SEP}{_WORD}){{0,15}}?)"
    rf"(?=(?:{SEP})?(?:[.,;:!?()\"”]|\n[^\S\n]*\n|\Z))"
)
_NOUN = (
    r"(?i:stud(?:y|ies)|review|evaluation|report|trial|survey|brief|meta-analysis|analysis|paper|"
    r"letter|guidance)"
)
_DESCRIBED_RE = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Oo]ther|[Ss]everal|[Tt]wo|[Tt]hree){SEP}"
    # "a prior 2006 Cochrane Review", "the landmark 2014 review"
    rf"(?:(?:(?:prior|previous|earlier|recent|new|updated|later|landmark){SEP})?"
    rf"(?P<year>{YEAR_DIGITS}){SEP})?"
    rf"(?P<pre>(?:{_WORD}{SEP}){{0,7}}?)(?P<noun>{_NOUN})\b"
    # its maker after what it was of: "The evaluation of the Peer Mentoring Wales project by
    # the University of South Wales"
    rf"(?P<post>(?:{SEP}of{SEP}(?:the{SEP})?[\w'’-]+(?:{SEP}[\w'’-]+){{0,5}}?(?={SEP}by\b))?"
    # where and when it came out: "published in May 2019 in the Journal of ...", "published
    # Online First by The Lancet"
    rf"{SEP}(?:published(?:{SEP}(?i:online)(?:{SEP}(?i:first))?)?"
    rf"(?:{SEP}in{SEP}{MONTH_NAME}(?:{SEP}{YEAR_DIGITS})?)?{SEP}(?:in|by)|by|from){SEP}(?:[Tt]he{SEP})?"
    # an issue named by its date: "published in the October 2010 issue of the Journal of ..."
    rf"(?:(?:[{UPPER}][a-z]+{SEP})?(?:{YEAR_DIGITS}{SEP})?issue{SEP}of{SEP}(?:[Tt]he{SEP})?)?"
    rf"[{UPPER}]{_WORD}(?:{SEP}(?:[{UPPER}]{_WORD}|of|and|for|&))*)?"
)
_POSSESSIVE_RE = re.compile(
    rf"(?<![\w'’])(?P<org>[{UPPER}]{{2,10}}|[{UPPER}][\w&-]*(?:{SEP}(?:of|and|for|[{UPPER}][\w&-]*)){{1,6}})"
    rf"['’]s?{SEP}(?P<year>{YEAR_DIGITS}){SEP}(?:[{UPPER}][\w-]+{SEP}){{0,2}}"
    rf"(?P<noun>{_NOUN}|(?i:publication|letter|guidance|"
    r"guidelines|data|statistics|toolkit|strategy|plan))\b"
)

# A body's own studies without a year: "the VA's internal evaluations", "SAMHSA's reports".
_OWN_WORK_RE = re.compile(
    rf"(?<![\w'’])(?P<org>[{UPPER}]{{2,10}}|[{UPPER}][\w&-]*(?:{SEP}(?:of|and|for|[{UPPER}][\w&-]*)){{1,6}})"
    rf"['’]s?{SEP}(?:(?:own|internal|recent|latest|annual|published|independent|evidence){SEP}){{0,2}}"
    r"(?P<noun>evaluations?|reports|stud(?:y|ies)|surveys?|reviews|analys[ie]s|statistics|estimates|"
    r"briefs?)\b"
)

# where a study was done, as news names it ("A UK study has found")
PLACE = r"(?:UK|US|U\.S\.|British|English|Scottish|American|Canadian|Australian|European|Dutch)"
# One study named by its design and reporting: "A randomized control trial finds that ...",
# "A UK study has found" (as news puts it), "A recent meta-analysis concluded that ..." (no
# maker, no year: vague, but attributed).
# a word of the clause that describes the study: not one that opens another clause (", and",
# "but") or names the writers' own work ("we", "our")
_CLAUSE_WORD = rf"(?!(?:we|our|us|I|but)\b)(?![\w%'’()/-]*,{SEP}(?:and|but)\b)[\w%,'’()/-]+"
_REPORTS_RE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother){SEP}(?:(?:large|new|recent|recently|research|literature|"
    rf"randomi[sz]ed|controlled|control|cluster|prospective|retrospective|feasibility|matched|"
    rf"multi-?cent(?:er|re)|cross-sectional|updated|"
    rf"non-?randomi[sz]ed|uncontrolled|"
    rf"clinical|systematic|pilot|national|longitudinal|multi-site|published|qualitative|"
    rf"quantitative|observational|cohort|mixed-methods|small|major|landmark|peer|support|"
    rf"peer-led|peer-run|community|local|pioneering|innovative|successful|similar|follow-up|"
    rf"leading|seminal|influential|notable|key|important|rigorous|comprehensive|large-scale|"
    rf"statewide|{YEAR_DIGITS}|{PLACE}|(?:[a-z]+|\d+)-(?:year|month|week)){SEP}){{0,4}}"
    rf"(?:trial|study|review|meta-analysis|evaluation|analysis|report|survey|project|programme|"
    rf"program|scheme|initiative){SEP}"
    # its year and its title: "A Canadian research study (2005) “Consumer/Survivor Initiatives:
    # Impact, Outcomes and Effectiveness” discovered that", "A three-year cohort study titled
    # “Peer support for people living with hepatitis B virus ...,” has demonstrated"
    rf"(?:\({YEAR_DIGITS}\){SEP})?"
    rf"(?:(?:titled{SEP}|entitled{SEP}|called{SEP})?[“\"][^”\"\n]{{3,160}}[”\"]{SEP}"
    rf"|(?:titled|entitled){SEP}[{UPPER}][^.;\n“”\"]{{3,200}}?{SEP})?"  # unquoted, to its verb
    # when it came out: "a systematic review published a year later concluded"
    rf"(?:published{SEP}(?:(?:a|one|two|three|several|some){SEP}(?:years?|months?){SEP}"
    rf"(?:later|earlier|before|after)|(?:last|this|that|the{SEP}same|the{SEP}following|"
    rf"the{SEP}next){SEP}year|(?:last|this){SEP}(?:week|month)|today|yesterday|recently|"
    rf"(?:on{SEP})?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    # its date in brackets: "A report published last week (Friday 7 February) has shown"
    rf"(?:{SEP}\([^()\n]{{1,40}}\))?{SEP})?"
    # how and where it was done: "a study done of a peer respite in California", "another
    # study conducted in New York", "a study where trained volunteers met patients ... found"
    rf"(?:(?:done|conducted|carried{SEP}out|undertaken|based|backed|funded|sponsored){SEP})?"
    rf"(?:(?:of|on|into|across|among|in|at|with|where|which|in{SEP}which|by){SEP}"
    rf"(?:{_CLAUSE_WORD}{SEP}){{1,20}}?)?"
    rf"(?P<who>(?:researchers|investigators|the{SEP}authors){SEP})?"
    rf"(?P<verb>(?:(?:has|have){SEP})?(?:finds|found|shows|showed|shown|concludes|concluded|"
    r"reports|reported|demonstrates|demonstrated|reveals|revealed|suggests|suggested|indicates|"
    r"indicated|illuminates|illuminated|highlights|highlighted|documents|documented|confirms|"
    r"discovers|discovered|"
    rf"confirmed|claims|claimed|learned|learnt|resulted{SEP}in)|(?:was|were){SEP}(?:carried{SEP}out|conducted|"
    r"performed))\b"
)


def _reports(text: str) -> list[Citation]:
    return [
        source_citation(text, m.start(), len(text[: m.start(key)].rstrip().rstrip(",")), "")
        for m in _REPORTS_RE.finditer(text)
        for key in ["who" if m["who"] else "verb"]
        # "We did a review of all the studies ... and found": the writers found it
        if not re.search(r"\band\s*\Z", text[m.start() : m.start("verb")])
        # "A peer support initiative ... has been shown to be effective": shown, not showing
        and not _PASSIVE.search(text, max(0, m.start("verb") - 12), m.start("verb"))
        # "The use of a peer support program revealed ...": the use, not a study, revealed it
        and not _USE_OF.search(text, max(0, m.start() - 20), m.start())
        # "Landers and Zhou did a retrospective study of ...": the named writers' study
        and not _DONE_BY.search(text, max(0, m.start() - 16), m.start())
        # "(“An updated review shows it performs better ...”)": a headline quoted in brackets
        and text[max(0, m.start() - 2) : m.start()] not in ("(“", '("', "(‘")
        # "One study found": no source named, unless its maker opens the sentence ("Led by City,
        # University of London, a recent study suggests")
        and not (
            bare(text[m.start() : m.start(key)])
            and not _LED_BY.search(text, max(0, m.start() - 120), m.start())
        )
    ]


_LED_BY = re.compile(
    rf"\b(?:[Ll]ed|[Cc]onducted|[Cc]arried{SEP}out|[Rr]un|[Ff]unded){SEP}by{SEP}[A-Z][^.;]*,\s*\Z"
)
_PASSIVE = re.compile(r"\b(?:been|being|is|are|was|were|be)\s*\Z")
_DONE_BY = re.compile(r"\b(?:did|do|does|conducted|performed|undertook|completed|ran)\s+\Z")
_USE_OF = re.compile(
    r"\b(?:use|uses|implementation|introduction|adoption|expansion)\s+of\s+\Z", re.I
)


def is_org(words: list[str]) -> bool:
    """An acronym, or capitalised words with an organisation word among them."""
    words = [re.sub(r"['’]s?\Z", "", w) for w in words]  # "SAMHSA's"
    caps = [w for w in words if w[:1].isupper()]
    if any(re.fullmatch(r"[A-Z]{2,}s?", w) for w in words):
        return True
    return len(caps) >= 1 and any(w.lower().strip(",.;:") in ORG_WORDS for w in caps)


def _according(text: str) -> list[Citation]:
    out = []
    for m in _ACCORDING_RE.finditer(text):
        phrase = m.group("phrase")
        if site := _SITE_RE.match(text, m.end()):  # "According to samhsa.gov"
            out.append(source_citation(text, m.start(), site.end(), phrase + site.group()))
            continue
        words = phrase.split()
        lowered = [w.lower() for w in words]
        if lowered[0] in TITLES or any(w in NOT_SOURCES for w in lowered):
            continue
        if len(lowered) == 2 and lowered[0] in POINTING and lowered[1] in KIND_ALONE:
            continue  # "According to this research", "according to the study": named before
        if not (any(w in SOURCE_NOUNS for w in lowered) or is_org(words)):
            continue
        dated = _PAREN_YEAR_RE.match(text, m.end())
        if bare(phrase) and not dated:
            continue  # "according to new research": no source named
        named = [w for w in words[1 if lowered[0] == "the" else 0 :] if w not in JOINS]
        if dated and is_org(words) and all(w[:1].isupper() for w in named):
            # "According to SAMHSA (2017)": a group author's work, resolved like (SAMHSA, 2017)
            start = m.start("phrase") + (4 if lowered[0] == "the" else 0)
            author, end = " ".join(text[start : m.end()].split()), dated.end()
            work = CitedWork((author,), False, dated["year"], None, text[start:end], start, end)
            out.append(Citation(CitationKind.NARRATIVE, text[start:end], start, end, (work,)))
            continue
        end, year = (dated.end(), dated["year"]) if dated else (m.end(), None)
        by, when = _BY_PERSON_RE.search(phrase), _YEAR_RE.search(phrase)
        if by and when and not is_org(by.group().split()[1:]):
            # "According to a 2017 paper by Shelley MacDermid Wadsworth": its writer and year
            names = tuple(n for n in (by["last"], by["last2"]) if n)
            work = CitedWork(
                names, False, when.group(), None, text[m.start() : end], m.start(), end
            )
            out.append(Citation(CitationKind.NARRATIVE, work.text, m.start(), end, (work,)))
            continue
        out.append(source_citation(text, m.start(), end, phrase, year))
    return out


_NAMED = rf"(?:[{UPPER}][\w'’.-]*{SEP}){{1,3}}"  # a given name, initials, a middle name
_BY_PERSON_RE = re.compile(
    rf"\bby{SEP}(?:(?:Dr\.?|Prof\.?|Professor){SEP})?{_NAMED}(?P<last>[{UPPER}][\w'’-]+)"
    rf"(?:{SEP}(?:and|&){SEP}{_NAMED}(?P<last2>[{UPPER}][\w'’-]+))?\Z"
)


JOINS = frozenset({"of", "and", "for", "on", "the", "&"})
"""Words that join the capitalised words of a body's name ("Department of Health and ...")."""
_SITE_RE = re.compile(r"\.(?:gov|org|com|edu|net|int|nhs\.uk|gov\.uk|org\.uk|gov\.au|ca)\b")
_PAREN_YEAR_RE = re.compile(rf"[^\S\n]*\((?P<year>{YEAR_DIGITS}[a-z]?)\)")


def _maker(pre: str) -> bool:
    """Words before the study noun that name who made it or where it appeared: capitalised
    names joined by "and", among adjectives ("new", "pilot"), and nothing else."""
    words = [w for w in pre.split() if w.lower() not in NOT_MAKERS]
    if any(not w[:1].isupper() and w not in ("and", "&") for w in words):
        return False  # "scan of PSS provides a review", "Center for Women and Gender Studies"
    caps = [w for w in words if w[:1].isupper()]
    return bool(caps) and (len(caps) >= 2 or is_org(caps) or len(caps) == len(words))


_STOP_RE = re.compile(r"[.!?](?:\s|\Z)")
_REPORTING_RE = re.compile(r"(?i)\b(?:finds?|found|shows?|showed|reveals?|suggests?|says?)\b")
_OF_RE = re.compile(rf"{SEP}(?:of|on|in|for|to){SEP}(?:(?:the|an?){SEP})?[{UPPER}]")


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether a study noun heads a title's phrase ("A Quasi-experimental Study of Recovery
    Orientation, Confidence, and Empowerment", "An Exploratory Analysis of the Effect of
    Veteran Mentors"): on a line in title case with no sentence's
    end and no reporting verb, the noun followed by "of" and a capitalised word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end >= 0 and text[:line_end].rsplit(None, 1)[-1].lower() in SMALL_WORDS:
        line_end = text.find("\n", line_end + 1)  # "An Exploratory Analysis of\nthe Effect"
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return (
        _OF_RE.match(text, end) is not None
        and title_case(line)
        and not _STOP_RE.search(line.rstrip(".").rstrip())
        and not _REPORTING_RE.search(line)  # "A Study of Peers Finds ...": a headline's source
    )


_DEFINED_RE = re.compile(rf"{SEP}(?:is|are){SEP}(?:an?|the){SEP}")
# a maker after "from" that is a country: "other studies from Nigeria", "studies from the USA"
_COUNTRIES = (
    r"USA|U\.S\.A\.|EU|United{SEP}(?:States|Kingdom)|Canada|Australia|England|Scotland|Wales|"
    r"Ireland|Europe|Africa|South{SEP}Africa|Asia|Nigeria|Kenya|Uganda|Ghana|Malawi|Zambia|"
    r"Zimbabwe|India|Pakistan|Bangladesh|China|Hong{SEP}Kong|Japan|Korea|Taiwan|Thailand|"
    r"Vietnam|Singapore|Germany|France|Italy|Spain|Portugal|Netherlands|Sweden|Norway|Denmark|"
    r"Finland|Israel|Iran|Brazil|Mexico|New{SEP}Zealand"
).replace("{SEP}", SEP)
_FROM_PLACE_RE = re.compile(
    rf"{SEP}from{SEP}(?:the{SEP})?(?:{PLACE}|{_COUNTRIES})\b(?!{SEP}(?:[A-Z]|of\b))"
)


_INNER_ARTICLE = re.compile(rf"\bof{SEP}(?=an?{SEP}{YEAR_DIGITS}{SEP})")


def _described_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_DESCRIBED_RE`, and where one's words before the noun name no maker but
    hold "of a" and a year, the match from that article: "The results of a 2010 paper
    published in ..." is "a 2010 paper published in ..." ("outgrowth of the 1999 Report" names
    and does not cite; "the finding of a study by Bevin Croft" is the news form's)."""
    pos = 0
    while m := _DESCRIBED_RE.search(text, pos):
        yield m
        pos = m.end()
        inner = _INNER_ARTICLE.search(m["pre"])
        if inner and not _maker(m["pre"]):
            pos = m.start("pre") + inner.end()


_ACRONYM = re.compile(r"\s*[A-Z][A-Z0-9-]{2,}\s*")  # a study's own name: "the PREVAIL trial"


def _described(text: str) -> list[Citation]:
    out = []
    for m in _described_matches(text):
        pre, post = m.group("pre"), m.group("post")
        if m.group().isupper() or (
            m["noun"][0].isupper() and not post and re.match(r"\s*\Z", text[m.end() :])
        ):
            continue  # "A BACKGROUND PAPER", "## The Monarch Care Algorithm White Paper": titles
            # (a capitalised noun ending its block; one ending a wrapped line goes on)
        plain = all(w.lower() in NOT_MAKERS for w in pre.split())  # "A new study"
        if not (_maker(pre) or (plain and (m.group("year") or post))):
            continue
        if m["noun"].lower() in ("letter", "guidance") and not _maker(pre):
            continue  # "a 2007 letter to state Medicaid directors": whose is said elsewhere
        if pre.split() and pre.split()[-1].lower() in ("this", "that", "our", "present", "current"):
            continue
        if re.search(r"\b(?:and|or)\s+(?:the|a|an)\s*\Z", pre, re.IGNORECASE):
            continue  # "of the OBIA Peer Support Program and the trial itself": the trial alone
        named = m["noun"].lower() in ("study", "trial") and _ACRONYM.fullmatch(pre)
        if m["det"] in ("The", "the") and not (m["year"] or post) and named:
            continue  # "the PREVAIL trial", "The SHARPS trial": a study by its own name
        if m["noun"][0].isupper() and re.match(rf"{SEP}[{UPPER}]", text[m.end("noun") :]):
            continue  # "the Ontario ... Evaluation Initiative": a longer name goes on
        if m["noun"][0].isupper() and _in_title(text, m.start(), m.end()):
            continue  # "...: A Quasi-experimental Study of Recovery Orientation": a title
        end = m.end("post") if post else m.end()
        plural = m["noun"].lower().endswith("s") and not m["noun"].lower().endswith("sis")
        if post and plural and _FROM_PLACE_RE.match(post):
            continue  # "the studies from the USA and Canada": where the studies were done
            # ("A study from the UK found that", as news names one, is a source)
        if m["det"] in ("A", "a", "An", "an") and not m["year"] and _DEFINED_RE.match(text, end):
            continue  # "A Cochrane Review is a systematic examination ...": the kind defined
        out.append(source_citation(text, m.start(), end, (pre + " " + (post or "")).strip()))
    out.extend(
        source_citation(text, m.start(), m.end(), m.group("org"))
        for m in _POSSESSIVE_RE.finditer(text)
    )
    out.extend(
        source_citation(text, m.start(), m.end(), m.group("org"))
        for m in _OWN_WORK_RE.finditer(text)
        if is_org(m.group("org").split())
    )
    return out


def source_citation(
    text: str, start: int, end: int, locator: str, year: str | None = None
) -> Citation:
    """The citation: narrative when it names a body and a year ("a 2023 report from SAMHSA"),
    vague otherwise ("A 2013 Cochrane Review": a venue; "the brief": nothing to look up).
    Either way it has no authors, so it is never resolved against the corpus."""
    body = text[start:end]
    found = _YEAR_RE.search(body)
    year = year or (found.group() if found else None)
    where = " ".join(locator.split()) or None
    work = CitedWork((), False, year, where, body, start, end)
    words = [w for w in body.split() if re.sub(r"['’]s?\Z", "", w.lower()) not in VENUES]
    kind = CitationKind.NARRATIVE if year and is_org(words) else CitationKind.VAGUE
    return Citation(kind, body, start, end, (work,))


# APA's personal communication: "(personal communications to author)", "(J. Smith, personal
# communication, May 2, 2019)": a source no reader can look up, so a vague citation
_PERSONAL_RE = re.compile(
    r"\((?:[^()\n]{1,40},\s*)?personal\s+communications?(?:\s+(?:to|with)\s+(?:the\s+)?"
    r"authors?)?(?:,\s*[^()\n]{1,30})?\)",
    re.IGNORECASE,
)


def attributions(text: str) -> list[Citation]:
    """Sources named by kind or by body, in order (they may overlap; the caller arbitrates)."""
    if (
        "ccording" not in text
        and "Per " not in text
        and not re.search(
            r"(?i)stud|review|evaluation|report|trial|survey|brief|analys|paper|['’]s|"
            r"communication|project|program|scheme|initiative|letter|guidance",
            text,
        )
    ):
        return []
    found = _according(text) + _described(text) + _reports(text)
    found += [source_citation(text, m.start(), m.end(), "") for m in _PERSONAL_RE.finditer(text)]
    return sorted(found, key=lambda c: (c.start, c.start - c.end))  # the longer first
