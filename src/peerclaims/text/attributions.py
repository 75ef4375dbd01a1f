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

- a body named as the source of a statement: an organisation, an agency or a journal as the
  subject of a verb of saying, finding or judging ("SAMHSA defines ...", "The Annapolis
  Coalition ... has identified ...", "The Center for Medicaid Services in its 2007 letter to
  states indicates ...", "In 2006 the Georgia Department of ... compared ..."), and findings
  named by where they appeared ("New data, published in The Lancet, highlights ..."). A body
  that acts rather than says ("SAMHSA funds", "the VA hired") is not a source.
- the investigators of "this study" in a brief or a news item about one work ("Investigators
  in this study conducted a meta-analysis"): the document's subject, named vaguely ("In this
  study, we ..." is the document's own work, and "the study found" points back to a source
  named earlier).

`find_citations` drops one of these when the same sentence cites a work in full.
"""

from __future__ import annotations

import re

from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import UPPER, YEAR_DIGITS, word_set

_SOURCE_NOUNS = word_set(
    """
    report reports brief briefs study studies survey surveys review reviews analysis
    analyses meta-analysis evaluation data statistics estimates figures research publication
    letter guidance guidelines factsheet census poll article articles paper papers editorial
    commentary
    """
)
_ORG_WORDS = word_set(
    """
    america american association administration institute institutes center centers centre
    centres department alliance council foundation organization organisation network agency
    commission services society coalition university office bureau board trust academy
    partnership collaboration group government ministry bank fund forum federation league
    union nhs cochrane lancet journal jama bmj kff gallup times post news magazine gazette
    herald tribune
    """
)
_NOT_MAKERS = word_set(
    """
    a an the new recent large landmark randomized randomised controlled systematic pilot
    qualitative quantitative clinical national longitudinal comparative literature scoping
    rapid narrative peer peers support recovery mental health community cohort case
    feasibility outcome outcomes effectiveness cost economic trial study review evaluation
    report analysis survey meta-analysis one first second third final annual uk us usa u.s.
    eu
    """
)
# where a work appeared, not who made it
_VENUES = word_set(
    "cochrane lancet journal jama bmj times post news magazine gazette herald tribune"
)
_TITLES = word_set("dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms.")
_NOT_SOURCES = word_set(
    "table tables figure fig appendix law laws section chapter page step their his her its"
)
_YEAR_RE = re.compile(rf"\b(?:FY\s?)?{YEAR_DIGITS}\b")
_WORD = r"[\w&'’/-]+"
_SEP = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"  # spaces, and a line break that is only a wrap
_ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording{_SEP}to{_SEP}(?P<phrase>{_WORD}(?:{_SEP}{_WORD}){{0,11}}?)"
    rf"(?=(?:{_SEP})?(?:[.,;:!?()\"”]|\n[^\S\n]*\n|\Z))"
)
_NOUN = r"(?i:stud(?:y|ies)|review|evaluation|report|trial|survey|brief|meta-analysis|analysis)"
_DESCRIBED_RE = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Oo]ther|[Ss]everal|[Tt]wo|[Tt]hree){_SEP}(?:(?P<year>{YEAR_DIGITS}){_SEP})?"
    rf"(?P<pre>(?:{_WORD}{_SEP}){{0,7}}?)(?P<noun>{_NOUN})\b"
    rf"(?P<post>{_SEP}(?:published{_SEP}in|by|from){_SEP}(?:[Tt]he{_SEP})?"
    rf"[{UPPER}]{_WORD}(?:{_SEP}(?:[{UPPER}]{_WORD}|of|and|for|&))*)?"
)
_POSSESSIVE_RE = re.compile(
    rf"(?<![\w'’])(?P<org>[{UPPER}]{{2,10}}|[{UPPER}][\w&-]*(?:{_SEP}(?:of|and|for|[{UPPER}][\w&-]*)){{1,6}})"
    rf"['’]s?{_SEP}(?P<year>{YEAR_DIGITS}){_SEP}(?P<noun>{_NOUN}|publication|letter|guidance|"
    r"guidelines|data|statistics|toolkit|strategy|plan)\b"
)

# A body's own studies without a year: "the VA's internal evaluations", "SAMHSA's reports".
_OWN_WORK_RE = re.compile(
    rf"(?<![\w'’])(?P<org>[{UPPER}]{{2,10}}|[{UPPER}][\w&-]*(?:{_SEP}(?:of|and|for|[{UPPER}][\w&-]*)){{1,6}})"
    rf"['’]s?{_SEP}(?:(?:own|internal|recent|latest|annual|published|independent){_SEP}){{0,2}}"
    r"(?P<noun>evaluations?|reports|stud(?:y|ies)|surveys?|reviews|analys[ie]s|statistics|estimates)\b"
)

# One study named by its design and reporting: "A randomized control trial finds that ...",
# "A recent meta-analysis concluded that ..." (no maker, no year: vague, but attributed).
_REPORTS_RE = re.compile(
    rf"\b[Aa]n?{_SEP}(?:(?:large|new|recent|randomi[sz]ed|controlled|control|clinical|"
    rf"systematic|pilot|national|longitudinal|multi-site|published){_SEP}){{0,3}}"
    rf"(?:trial|study|review|meta-analysis|evaluation){_SEP}"
    rf"(?:(?:of|on|into|across|among){_SEP}(?:[\w%,-]+{_SEP}){{1,7}}?)?"  # "of the best evidence"
    r"(?P<verb>finds|found|shows|showed|concludes|concluded|reports|reported|demonstrates|"
    rf"demonstrated|(?:was|were){_SEP}(?:carried{_SEP}out|conducted|performed))\b"
)


# A body as the subject of a verb of saying, finding or judging. The body is capitalised
# words (with "of", "and", "for", "on", "the", "&" between them) and an optional "(ACRONYM)";
# an appositive (", a division of HHS,") or "in its 2007 letter to states" may stand before
# the verb, and "In 2006" before the body gives the year.
_SAYS = (
    r"defines|defined|identifies|identified|reports|reported|finds|found|estimates|"
    r"estimated|recommends|recommended|concludes|concluded|emphasi[sz]es|emphasi[sz]ed|"
    r"highlights|highlighted|notes|noted|states|stated|says|said|recogni[sz]es|recogni[sz]ed|"
    r"indicates|indicated|endorses|endorsed|considers|considered|"
    r"classifies|classified|acknowledges|acknowledged|suggests|suggested|"
    r"describes|described|compared|evaluated|examined|studied|surveyed|analy[sz]ed|warns|"
    r"warned|designates|designated|lists|listed|projects|projected|predicts|predicted|"
    r"forecasts|forecast|stresses|stressed|underlines|underlined|affirms|affirmed|asserts|"
    r"asserted|argues|argued|"
    # a plural name's verb: "Peers for Progress report that", "The Centers ... find that"
    r"(?:report|find|state|say|recommend|conclude|estimate|identify|note|define)(?=[^\S\n]+that\b)"
)
# "(CMS) issued its 2007 letter", "SAMHSA published a 2019 report": a body's dated document
_ISSUED = (
    rf"(?:issued|published|released){_SEP}(?:its|a|an|the){_SEP}(?P<issued>{YEAR_DIGITS})"
    rf"{_SEP}(?:[a-z]+{_SEP}){{0,2}}(?:letter|report|guidance|guidelines|brief|review|survey|"
    r"strategy|plan|statement|bulletin|toolkit|evaluation)\b"
)
# a capitalised word, from its start ("U.S." but not a word's full stop); possessive, so a
# long run of letters is read once
_BODY_WORD = rf"(?<![\w&'’-])[{UPPER}](?:[\w&'’-]|\.(?=\w))++"  # two letters or more
_BODY_SAYS_RE = re.compile(
    rf"(?:\b[Ii]n{_SEP}(?P<lead>{YEAR_DIGITS}),?{_SEP})?(?:\b[Tt]he{_SEP})?"
    rf"(?:(?:prestigious|federal|national|respected|influential|independent){_SEP})?"
    rf"(?P<org>{_BODY_WORD}(?:{_SEP}(?:of|and|for|on|the|&|{_BODY_WORD})){{0,9}}"
    rf"(?:{_SEP}\([{UPPER}]{{2,10}}\))?)(?:{_SEP}\((?P<paren>{YEAR_DIGITS})\))?"
    rf"(?P<appos>,{_SEP}(?:a|an|the){_SEP}[^,;\n]{{2,80}},|{_SEP}in{_SEP}its{_SEP}"
    rf"(?:(?P<its>{YEAR_DIGITS})|[a-z]+){_SEP}[a-z]+(?:{_SEP}[a-z]+){{0,3}})?"
    rf"{_SEP}(?:(?:has|have|had|also|now|recently|clearly|explicitly|itself|all){_SEP}){{0,2}}"
    rf"(?P<verb>{_SAYS}\b|{_ISSUED})"
)
# bodies listed as the subject: "organizations such as CMS, SAMSHA, the Institute of
# Medicine, among many others, have identified ..." (each a source of its own)
_LIST_SAYS_RE = re.compile(
    rf"\b(?:organi[sz]ations|agencies|bodies|institutions|authorities){_SEP}"
    rf"(?:such{_SEP}as|like|including){_SEP}(?P<list>[^.;:()]{{3,200}}?)"
    rf"(?:,{_SEP}among{_SEP}(?:many{_SEP})?others,)?{_SEP}(?:(?:have|has|all|also){_SEP}){{0,2}}"
    rf"(?:{_SAYS})\b"
)
_LIST_ITEM_RE = re.compile(
    rf"(?:(?<=\A)|(?<=,)|(?<=\band)|(?<=&))(?:{_SEP})?(?:and{_SEP}|the{_SEP})*"
    rf"(?P<org>{_BODY_WORD}(?:{_SEP}(?:of|and|for|on|&|{_BODY_WORD})){{0,9}}?)(?=,|{_SEP}and\b|\Z)"
)
# the body as the agent of a passive: "as recommended by NICE", "identified by SAMHSA"
_BY_BODY_RE = re.compile(
    r"\b(?:recommended|endorsed|identified|defined|recogni[sz]ed|designated|estimated|"
    rf"reported|published|commissioned){_SEP}by{_SEP}(?:the{_SEP})?"
    rf"(?P<org>{_BODY_WORD}(?:{_SEP}(?:of|and|for|on|the|&|{_BODY_WORD})){{0,9}})"
)
# a headline: "Literature Review Suggests ...", "New Study Finds ..." (title case, no article)
_HEADLINE_RE = re.compile(
    rf"(?:^|(?<=\n))[^\S\n]*(?:(?:New|Recent|Large|Major|Landmark|Literature|Systematic|"
    rf"Federal|National|Pilot|Randomi[sz]ed|Controlled|Clinical){_SEP}){{0,3}}"
    rf"(?:Study|Studies|Review|Trial|Meta-[Aa]nalysis|Analysis|Report|Survey|Research)"
    rf"{_SEP}(?:Finds|Shows|Suggests|Says|Reveals|Concludes|Confirms|Links)\b"
)
# a named document dated in parentheses: "National Practice Standards for Mental Health
# Workforce (2002) stresses ..."
_DOCUMENT_HEADS = word_set(
    "standards framework strategy guidelines guidance plan charter policy act report review "
    "statement roadmap blueprint consensus"
)
# capitalised abbreviations that name no body: designs, conditions, services, places
_NOT_BODIES = word_set(
    """
    rct rcts pss prss cps chw chws sud suds smi ptsd hiv aids us usa uk eu ed er icu i ii iii
    iv ok tv pdf faq ceo md phd dbt cbt wrap ips act oud aud mat moud peer peers research
    data evidence findings results study studies this these it they we he she
    """
)
_PUBLISHED_IN_RE = re.compile(
    rf"\b(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest|[Tt]he){_SEP})?(?:[Dd]ata|[Ff]indings|[Rr]esults|"
    rf"[Rr]esearch|[Ee]vidence),?{_SEP}(?:recently{_SEP})?published{_SEP}in{_SEP}"
    rf"(?:[Tt]he{_SEP})?(?P<venue>{_BODY_WORD}(?:{_SEP}(?:of|and|&|{_BODY_WORD})){{0,6}})"
)
_THIS_STUDY_RE = re.compile(
    rf"\b(?:[Ii]nvestigators|[Rr]esearchers|[Aa]uthors|[Ee]valuators){_SEP}(?:in|of|for|behind)"
    rf"{_SEP}this{_SEP}(?:study|trial|review|meta-analysis|analysis|evaluation|project)\b"
)


def _bodies(text: str) -> list[Citation]:
    """Bodies named as the source of a statement, and findings named by their venue. A body
    named again by its initials in the same text is the same source, not another."""
    out: list[Citation] = []
    initials: set[str] = set()
    for m in _BODY_SAYS_RE.finditer(text):
        org = re.sub(r"\s+\([^)]*\)\Z", "", m["org"])
        if re.search(r"['’]s?\Z", org) or org.strip("'’s") in initials:
            continue  # "SAMHSA's reports show" (a possessive); "... CMS recognizes" (again)
        words = [w for w in org.split() if w[:1].isupper()]
        named = [w for w in words if re.sub(r"['’]s?\Z", "", w).lower() not in _NOT_BODIES]
        body = len(named) == len(words) and _is_org(words) and (len(words) >= 2 or _acronym(words))
        titled = bool(m["paren"]) and any(w.lower() in _DOCUMENT_HEADS for w in words)
        if not (body or titled or _named_like_a_body(org, m)):
            continue  # "Peer Support found", "RCTs found", "Services found"
        if not (m["lead"] and text[m.start()] == "I") and not _opens(text, m.start()):
            continue  # "In 2006 the ... compared" opens a clause of its own
        if any(not _spelt_as_body(text, w) for w in words if _acronym([w])):
            continue  # "the recovery-oriented systems of care model (ROSC) ... ROSC emphasizes"
        initials.add("".join(w[0] for w in words if w.lower() not in ("of", "and", "for", "on")))
        end = m.end("appos") if m["appos"] else m.end("org")
        if m["paren"]:  # "SAMHSA (2019) reports": a group author and its year
            end = m.end("paren") + 1
            author = org[4:] if org.startswith("The ") else org
            work = CitedWork(
                (" ".join(author.split()),),
                False,
                m["paren"],
                None,
                text[m.start() : end],
                m.start(),
                end,
            )
            out.append(
                Citation(CitationKind.NARRATIVE, text[m.start() : end], m.start(), end, (work,))
            )
            continue
        year = m["lead"] or m["its"] or m["issued"]
        out.append(_vague(text, m.start(), end, m["org"], year))
    for m in _LIST_SAYS_RE.finditer(text):
        for item in _LIST_ITEM_RE.finditer(m["list"]):
            words = item["org"].split()
            if _is_org(words) or _acronym(words):
                at = m.start("list") + item.start("org")
                out.append(_vague(text, at, at + len(item["org"]), item["org"]))
    for m in _BY_BODY_RE.finditer(text):
        words = m["org"].rstrip(".,;:").split()
        if _is_org(words) and (len(words) >= 2 or _acronym(words)):
            out.append(_vague(text, m.start(), m.start("org") + len(" ".join(words)), m["org"]))
    for m in _HEADLINE_RE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(_vague(text, start, m.end() - len(m.group().split()[-1]) - 1, ""))
    out.extend(
        _vague(text, m.start(), m.end(), m["venue"]) for m in _PUBLISHED_IN_RE.finditer(text)
    )
    out.extend(_vague(text, m.start(), m.end(), "") for m in _THIS_STUDY_RE.finditer(text))
    return out


def is_body(name: str) -> bool:
    """Whether a citation's locator names a body ("SAMHSA", "Mental Health America"), not a
    venue ("Cochrane", "The Lancet") or nothing."""
    words = name.split()
    if not words or any(w.lower().strip(".,") in _VENUES for w in words):
        return False
    return _is_org(words) and (len(words) >= 2 or _acronym(words))


def is_this_study(text: str) -> bool:
    """Whether a citation is the investigators of "this study": the subject of a brief."""
    return bool(_THIS_STUDY_RE.fullmatch(text.strip()))


def _acronym(words: list[str]) -> bool:
    return any(re.fullmatch(r"[A-Z]{2,}s?", re.sub(r"['’]s?\Z", "", w)) for w in words)


def _named_like_a_body(org: str, m: re.Match[str]) -> bool:
    """A name of capitalised words joined by "for", "of" or "on" saying that something is so:
    "Peers for Progress report that", "Friends of Recovery found that" ("Peer Support Workers
    report that" names people, not a body)."""
    joined = re.search(rf"[{UPPER}]\w+{_SEP}(?:for|of|on){_SEP}[{UPPER}]", org)
    return bool(joined) and re.match(rf"{_SEP}that\b", m.string[m.end() :]) is not None


def _spelt_as_body(text: str, acronym: str) -> bool:
    """Whether an acronym is a body's: spelt out in the text as a name with an organisation
    word ("... Services Administration (SAMHSA)"), or not spelt out at all; "the
    recovery-oriented systems of care model (ROSC)" names a model, not a body."""
    bare = re.sub(r"['’]s?\Z", "", acronym)
    spelt = re.search(rf"((?:[\w&'’-]+[^\S\n]+){{1,8}})\(\s*{re.escape(bare)}\s*\)", text)
    if spelt is None:
        return True
    return any(w.lower() in _ORG_WORDS for w in spelt.group(1).split())


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


def _reports(text: str) -> list[Citation]:
    return [
        _vague(text, m.start(), len(text[: m.start("verb")].rstrip()), "")
        for m in _REPORTS_RE.finditer(text)
    ]


def _is_org(words: list[str]) -> bool:
    """An acronym, or capitalised words with an organisation word among them."""
    words = [re.sub(r"['’]s?\Z", "", w) for w in words]  # "SAMHSA's"
    caps = [w for w in words if w[:1].isupper()]
    if any(re.fullmatch(r"[A-Z]{2,}s?", w) for w in words):
        return True
    return len(caps) >= 1 and any(w.lower().strip(",.;:") in _ORG_WORDS for w in caps)


def _according(text: str) -> list[Citation]:
    out = []
    for m in _ACCORDING_RE.finditer(text):
        phrase = m.group("phrase")
        words = phrase.split()
        lowered = [w.lower() for w in words]
        if lowered[0] in _TITLES or any(w in _NOT_SOURCES for w in lowered):
            continue
        if not (any(w in _SOURCE_NOUNS for w in lowered) or _is_org(words)):
            continue
        out.append(_vague(text, m.start(), m.end(), phrase))
    return out


def _maker(pre: str) -> bool:
    """Words before the study noun that name who made it or where it appeared: capitalised
    names joined by "and", among adjectives ("new", "pilot"), and nothing else."""
    words = [w for w in pre.split() if w.lower() not in _NOT_MAKERS]
    if any(not w[:1].isupper() and w not in ("and", "&") for w in words):
        return False  # "scan of PSS provides a review", "Center for Women and Gender Studies"
    caps = [w for w in words if w[:1].isupper()]
    return bool(caps) and (len(caps) >= 2 or _is_org(caps) or len(caps) == len(words))


def _described(text: str) -> list[Citation]:
    out = []
    for m in _DESCRIBED_RE.finditer(text):
        pre, post = m.group("pre"), m.group("post")
        plain = all(w.lower() in _NOT_MAKERS for w in pre.split())  # "A new study"
        if not (_maker(pre) or (plain and (m.group("year") or post))):
            continue
        if pre.split() and pre.split()[-1].lower() in ("this", "that", "our", "present", "current"):
            continue
        end = m.end("post") if post else m.end()
        out.append(_vague(text, m.start(), end, (pre + " " + (post or "")).strip()))
    out.extend(
        _vague(text, m.start(), m.end(), m.group("org")) for m in _POSSESSIVE_RE.finditer(text)
    )
    out.extend(
        _vague(text, m.start(), m.end(), m.group("org"))
        for m in _OWN_WORK_RE.finditer(text)
        if _is_org(m.group("org").split())
    )
    return out


def _vague(text: str, start: int, end: int, locator: str, year: str | None = None) -> Citation:
    """The citation: narrative when it names a body and a year ("a 2023 report from SAMHSA"),
    vague otherwise ("A 2013 Cochrane Review": a venue; "the brief": nothing to look up).
    Either way it has no authors, so it is never resolved against the corpus."""
    body = text[start:end]
    found = _YEAR_RE.search(body)
    year = year or (found.group() if found else None)
    where = " ".join(locator.split()) or None
    work = CitedWork((), False, year, where, body, start, end)
    words = [w for w in body.split() if re.sub(r"['’]s?\Z", "", w.lower()) not in _VENUES]
    kind = CitationKind.NARRATIVE if year and _is_org(words) else CitationKind.VAGUE
    return Citation(kind, body, start, end, (work,))


def attributions(text: str) -> list[Citation]:
    """Sources named by kind or by body, in order (they may overlap; the caller arbitrates)."""
    found = _bodies(text)
    if "ccording" not in text and not re.search(
        r"(?i)stud|review|evaluation|report|trial|survey|brief|analys|['’]s", text
    ):
        return found
    found += _according(text) + _described(text) + _reports(text)
    return sorted(found, key=lambda c: c.start)
