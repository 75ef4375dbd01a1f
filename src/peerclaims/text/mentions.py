"""Authors named in running prose without a year in parentheses: possessive and reporting forms.

Blogs, summaries and white papers credit a work by its authors in the sentence itself:

- possessive: "Repper and Carter's 2011 systematic review", "Kawachi and Berkman's 2001
  paper", "Chinman et al.'s 2014 review", "Solomon's 2004 review", "Festinger’s social
  comparison theory (1954)": the authors, a
  possessive, an optional year, up to three lower-case words and a noun for a work
  (review, paper, study, work, ...). With a year it is a narrative citation; without one
  ("Kawachi and Berkman's foundational work") it names the work but not when it appeared,
  so it is a vague citation that keeps its authors. One surname needs the year ("Freud's
  work", "Alzheimer's disease research" are not citations).
- reporting: two or more surnames joined by "and"/"&", a verb of reporting and the start of
  what the work says ("Chen and Schultz explored how ...", "Mead & McNeil argue that ..."):
  a vague citation with its authors. One surname and a verb ("Smith found") is too often a
  person in a story to count, and so is a verb with an object ("Maria and Jose found a flat").
  Places and groups ("Texas and Oregon found that", "England's 2019 review") are not authors.
- news: a lead author with a degree or an affiliation, "and colleagues" and a verb of
  research ("Paul N. Pfeiffer, M.D., of the University of Michigan, and colleagues
  conducted ..."): a vague citation of that author, et al. ("led by Julie Repper and
  colleagues", with no appositive and no study, stays a person); one researcher named by
  title and affiliation and a verb of reporting ("Dr. Sonia Johnson, from the Division of
  Psychiatry, University College London, found that ...") likewise.
- the year and kind before "by" the authors: "In a 2014 study conducted by Chinman et al", a
  narrative citation.
- the work's kind between its authors and its year: "the Clarke et al. study (2000)", "the
  Davidson and Rowe review (2008)": a narrative citation.
- a work's year and kind before its authors' full names: "In their 2004 article Peer Support
  What Makes It Unique, Shery Mead and Cheryl MacNeil write": a narrative citation.

The names must read as surnames (capitalised, with a lower-case letter, not an institutional
noun) and must not continue a capitalised, title-like run ("Peer Support and Recovery's 2019
report" is a title). Line breaks inside the phrase are spaces, so wrapping never changes
what is found; a blank line ends it.
"""

from __future__ import annotations

import re

from peerclaims.text.author_names import normalise
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.narrative import FUNCTION_WORDS, NOT_GIVEN, is_name
from peerclaims.text.patterns import (
    MONTHS,
    OFFICES,
    PARTICLE,
    SEP,
    SURNAME,
    UPPER,
    YEAR_DIGITS,
    person_name,
    word_set,
)

_SEP = SEP
_NAME = rf"(?:(?:{PARTICLE}){_SEP})?{SURNAME}"
_SEVERAL = rf"{_NAME}(?:,{_SEP}{_NAME}){{0,6}},?{_SEP}(?:and|&){_SEP}{_NAME}"
_ET_AL = rf"{_NAME}{_SEP}(?:et\.?(?:{_SEP})?al\.?|and{_SEP}colleagues)"
_WORK_NOUNS = (
    r"review|reviews|paper|papers|study|studies|work|works|trial|meta-analysis|analysis|report|"
    r"article|survey|evaluation|research|book|findings|chapter|synthesis|theory|model|framework"
)
_POSSESSIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<names>{_ET_AL}|{_SEVERAL}|{_NAME})['’]s?{_SEP}"
    rf"(?:(?P<year>{YEAR_DIGITS}[a-z]?)(?![\w-]){_SEP})?"
    rf"(?:[a-z][a-z-]*{_SEP}){{0,3}}?(?P<noun>{_WORK_NOUNS})\b"
    # its year in brackets after it: "Festinger’s social comparison theory (1954)"
    rf"(?:[^\S\n]*\((?P<after>{YEAR_DIGITS}[a-z]?)\))?"
)
_VERBS = (
    r"found|find|showed|show|shown|demonstrated|demonstrate|reported|report|explored|explore|"
    r"examined|examine|argued|argue|noted|note|observed|observe|suggested|suggest|concluded|"
    r"conclude|reviewed|review|studied|investigated|investigate|described|describe|proposed|"
    r"propose|identified|identify|documented|document|highlighted|highlight|emphasi[sz]ed|"
    r"emphasi[sz]e|evaluated|evaluate|assessed|assess|compared|compare|surveyed|analy[sz]ed|"
    r"outlined|outline|discussed|discuss|developed|tested|measured"
)
# the verb opens what the work says: "found that", "explored how", "reviewed the evidence"
# ("Maria and Jose found a flat" is a story, not a citation)
_REPORTING_RE = re.compile(
    rf"(?<![\w'’-])(?P<names>{_SEVERAL}){_SEP}(?:{_VERBS}){_SEP}(?:that|how|whether|what|why|the)\b"
)
# a degree right after the name, with no comma between ("David H. Thom MD, PhD, of ...")
_DEGREE = r"(?:M\.?D\.?|Ph\.?D\.?|M\.?P\.?H\.?|R\.?N\.?|DrPH|PsyD|MSW|LCSW|ScD)"
# News reports of a study: "Paul N. Pfeiffer, M.D., of the University of Michigan in Ann
# Arbor, and colleagues conducted a meta-analysis": the lead author, an appositive giving
# their degree or affiliation, "and colleagues" and a verb of research.
_NEWS_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{SURNAME})(?:[^\S\n]+{_DEGREE})?,{_SEP}"
    rf"(?P<appos>(?:[^;()\n]|\n(?![^\S\n]*\n)){{3,140}}?)"
    rf",{_SEP}(?:and|&){_SEP}(?:(?:his|her|their){_SEP}(?:fellow{_SEP})?)?(?:colleagues|"
    rf"investigators|co-?authors|researchers){_SEP}(?:{_VERBS}|conducted|wrote|write|followed|"
    r"randomly|randomi[sz]ed|enrolled|recruited|pooled|determined)\b"
)
# The same with one researcher named by title and affiliation: "Dr. Sonia Johnson, from
# the Division of Psychiatry, University College London, found that ...", "Dr Rigmor Berg of
# the Norwegian Institute of Public Health showed that" (the affiliation's commas may go).
_TITLED_RE = re.compile(
    rf"(?<![\w'’-])(?:Dr\.?|Professor|Prof\.){_SEP}(?:[{UPPER}][\w.-]*{_SEP}){{0,2}}"
    rf"(?P<name>{SURNAME}),?{_SEP}(?P<appos>(?:from|of|at){_SEP}"
    rf"(?:[^;()\n]|\n(?![^\S\n]*\n)){{3,140}}?),?{_SEP}(?:(?:has|have|had){_SEP})?"
    rf"(?:{_VERBS}|wrote|writes){_SEP}(?:that|how|whether)\b"
)
# one researcher by title reporting a study's results: "Dr. Lisa Dixon reported on the
# preliminary results of the 4-year study on Family-to-Family"
_TITLED_RESULTS_RE = re.compile(
    rf"(?<![\w'’-])(?:Dr\.?|Professor|Prof\.){_SEP}(?:[{UPPER}][\w.-]*{_SEP}){{0,2}}"
    rf"(?P<name>{SURNAME}){_SEP}(?:reported|presented|published|shared|released)(?:{_SEP}on)?"
    rf"{_SEP}(?:the{_SEP})?(?:(?:preliminary|early|final|latest|new|first){_SEP})?"
    r"(?:results|findings|data|outcomes)\b"
)
# "In their 2004 article Peer Support What Makes It Unique, Shery Mead and Cheryl MacNeil
# write": the year and the kind of work before the authors' full names and a verb.
_IN_THEIR_RE = re.compile(
    rf"\b[Ii]n{_SEP}(?:their|his|her){_SEP}(?P<year>{YEAR_DIGITS}){_SEP}(?:[a-z]+{_SEP})?"
    rf"(?:article|paper|book|report|review|study|chapter|essay)\b[^.;:\n]{{0,150}}?,{_SEP}"
    + person_name("last1")
    + rf"(?:,?{_SEP}(?:and|&){_SEP}"
    + person_name("last2")
    + rf")?{_SEP}(?:{_VERBS}|wrote|writes?|argues|notes|states?|explains?|says?|observes)\b"
)
_IN_THEIR_HINT = re.compile(r"\b[Ii]n (?:their|his|her) ")
_APPOSITIVE_RE = re.compile(
    r"\b(?:of|from|at)\s|M\.D\.|Ph\.D\.|M\.P\.H\.|Dr\.P\.H\.|Psy\.D\.|R\.N\.|M\.S\.W\."
)
_AUTHOR_SPLIT_RE = re.compile(rf",?{_SEP}(?:and|&){_SEP}|,{_SEP}")
_PREV_WORD_RE = re.compile(r"(\S+)\s*\Z")
# the work's noun between its authors and its year: "the Clarke et al. study (2000)"
_NOUN_YEAR_RE = re.compile(
    rf"(?<![\w'’-])(?P<names>{_ET_AL}|{_SEVERAL}|{_NAME}){_SEP}(?:(?:systematic|randomi[sz]ed|"
    rf"controlled|pilot|landmark|original|qualitative|longitudinal|national|large|"
    rf"follow-up){_SEP}){{0,2}}(?:{_WORK_NOUNS})(?:{_SEP})?\((?P<year>{YEAR_DIGITS}[a-z]?)\)"
)
# the year and kind before "by" its authors: "In a 2014 study conducted by Chinman et al"
_YEAR_BY_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Hh]is|[Hh]er){_SEP}(?:[a-z-]+{_SEP})?"
    rf"(?P<year>{YEAR_DIGITS}[a-z]?){_SEP}"
    # "A landmark 2020 Cochrane systematic review by Kelly and colleagues"
    rf"(?:(?:[a-z-]+|Cochrane){_SEP}){{0,3}}?(?:{_WORK_NOUNS}){_SEP}(?:(?:conducted|led|carried{_SEP}out|"
    rf"published|written|authored|undertaken|completed){_SEP})?by{_SEP}"
    rf"(?P<names>{_ET_AL}|{_SEVERAL}|{_NAME})(?![\w'’-])(?!{_SEP}[{UPPER}])"
)
_HINT_RE = re.compile(
    r"['’]s?\s|\s(?:and|&)\s|\b(?:Dr|Prof)|\b(?:" + _WORK_NOUNS + r")\s?\(\d{4}|\d{4}\s\w|"
    r"\bAs\s|\d{4},\sby\s"
)
# a work named by its title, its year and its authors in full: "Communal Housing Settings
# Enhance Substance Abuse Recovery, 2006, by Leonard A. Jason, Bradley D. Olson, ..."
_FULL_NAMES = rf"[{UPPER}][\w'’-]+(?:{_SEP}[{UPPER}]\.)?(?:{_SEP}[{UPPER}][\w'’-]+){{1,2}}"
_YEAR_BY_NAMES_RE = re.compile(
    rf",{_SEP}(?P<year>{YEAR_DIGITS}),{_SEP}by{_SEP}(?P<names>{_FULL_NAMES}"
    rf"(?:,?{_SEP}(?:and{_SEP})?{_FULL_NAMES}){{0,8}})"
)
# one person named in full as the source of what follows ("As Johann Hari documents, the
# opposite of addiction is ...") or by their research ("draws on Johann Hari's research on
# connection"): a vague citation of that author. A surname alone ("As Smith notes") may be
# anyone's; a given name and a surname name a writer.
_AS_PERSON_RE = re.compile(
    rf"\bAs{_SEP}{person_name('last')}{_SEP}(?:documents|notes|argues|writes|explains|observes|"
    rf"puts{_SEP}it|shows|suggests|states|says|reports|describes|noted|argued|wrote|observed|"
    r"explained|showed|found)\b"
)
_FULL_POSSESSIVE_RE = re.compile(
    rf"(?<![\w'’-]){person_name('last')}['’]s?{_SEP}(?:[a-z-]+{_SEP}){{0,2}}?"
    r"(?:research|studies|study|review|findings|book|analysis|papers|paper)\b"
)
# Capitalised words whose possessive is a place's or a group's, not an author's: "England's
# 2019 review", "Veterans' 2020 survey" (one name and a year is otherwise a citation).
_NOT_AUTHORS = word_set(
    """
    america britain england scotland wales ireland canada australia europe africa asia
    london york nation state states county city government world women men children veterans
    parents families people patients members clients users everyone youth
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada jersey mexico carolina
    dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
    washington wisconsin wyoming
    """
)


def _authors(names: str) -> tuple[tuple[str, ...], bool] | None:
    """The surnames of an author phrase and whether it says "et al.", or None if one of
    them is not a surname."""
    et_al = bool(re.search(r"\bet\.?\s*al\b|\bcolleagues\Z", names))
    head = re.sub(rf"{_SEP}(?:et\.?(?:{_SEP})?al\.?|and{_SEP}colleagues)\Z", "", names)
    parts = [normalise(p) for p in _AUTHOR_SPLIT_RE.split(head) if p.strip()]
    if not parts or not all(is_name(p.split()[-1]) for p in parts):
        return None
    if any(p.split()[-1].lower() in _NOT_AUTHORS for p in parts):
        return None  # "Texas and Oregon found that ...": places, not authors
    return tuple(parts), et_al


def _starts_ok(text: str, start: int) -> bool:
    """The phrase opens a sentence or follows a lower-case or function word, not another
    capitalised word of a title ("Peer Support and Recovery's ...") or a given name."""
    m = _PREV_WORD_RE.search(text, max(0, start - 40), start)
    if m is None or "\n\n" in text[m.start() : start]:
        return True
    prev = m.group(1)
    if prev[-1] in '.!?:;,"“”(—–-' or not prev[0].isupper():
        return True
    return prev.lower() in FUNCTION_WORDS


def mentions(text: str) -> list[Citation]:
    """Possessive and reporting author mentions, in order (they may overlap other forms;
    `find_citations` arbitrates)."""
    if not _HINT_RE.search(text) and not _IN_THEIR_HINT.search(text):
        return []
    out = []
    for m in _POSSESSIVE_RE.finditer(text):
        read = _authors(m["names"])
        if read is None or not _starts_ok(text, m.start()):
            continue
        authors, et_al = read
        year = m["year"] or m["after"]
        if len(authors) == 1 and not et_al and not year:
            continue  # "Freud's work": one name and no year is not a citation
        kind = CitationKind.NARRATIVE if year else CitationKind.VAGUE
        out.append(_citation(text, m.start(), m.end(), authors, et_al, year, kind))
    for m in _REPORTING_RE.finditer(text):
        read = _authors(m["names"])
        if read is None or not _starts_ok(text, m.start()):
            continue
        end = m.end("names")
        out.append(_citation(text, m.start(), end, read[0], False, None, CitationKind.VAGUE))
    for m in _NEWS_RE.finditer(text):
        if _APPOSITIVE_RE.search(m["appos"]) and is_name(m["name"]):
            end = m.end() - len(m.group().split()[-1])
            end = len(text[:end].rstrip())
            out.append(
                _citation(text, m.start(), end, (m["name"],), True, None, CitationKind.VAGUE)
            )
    for m in (*_TITLED_RE.finditer(text), *_TITLED_RESULTS_RE.finditer(text)):
        if is_name(m["name"]) and m["name"].lower() not in _NOT_AUTHORS:
            last = "appos" if "appos" in m.groupdict() else "name"
            end = m.start() + len(text[m.start() : m.end(last)].rstrip())
            out.append(
                _citation(text, m.start(), end, (m["name"],), False, None, CitationKind.VAGUE)
            )
    for m in _NOUN_YEAR_RE.finditer(text):
        read = _authors(m["names"])
        if read is not None and _starts_ok(text, m.start()):
            kind = CitationKind.NARRATIVE
            out.append(_citation(text, m.start(), m.end(), read[0], read[1], m["year"], kind))
    for m in _YEAR_BY_RE.finditer(text):
        read = _authors(m["names"])
        if read is not None:
            kind = CitationKind.NARRATIVE
            out.append(_citation(text, m.start(), m.end(), read[0], read[1], m["year"], kind))
    for m in (*_AS_PERSON_RE.finditer(text), *_FULL_POSSESSIVE_RE.finditer(text)):
        given = m.group().split()[1 if m.group().startswith("As") else 0]
        if is_name(m["last"]) and given.lower() not in NOT_GIVEN | FUNCTION_WORDS:
            end = m.end("last") if m.group().startswith("As") else m.end()
            out.append(
                _citation(text, m.start(), end, (m["last"],), False, None, CitationKind.VAGUE)
            )
    for m in _YEAR_BY_NAMES_RE.finditer(text):
        people = [p.split() for p in re.split(rf",?{_SEP}and{_SEP}|,{_SEP}", m["names"])]
        surnames = tuple(p[-1] for p in people if p and p[0].lower() not in NOT_GIVEN)
        before = text[max(0, m.start() - 12) : m.start()].split()[-1:]
        dated = bool(before) and before[0].lower().strip(",") in MONTHS  # "in June, 2006, by"
        offices = any(p[0].lower().strip(".") in OFFICES for p in people if p)
        if surnames and all(is_name(n) for n in surnames) and not (dated or offices):
            kind = CitationKind.NARRATIVE
            out.append(_citation(text, m.start("year"), m.end(), surnames, False, m["year"], kind))
    for m in _IN_THEIR_RE.finditer(text):
        authors = tuple(n for n in (m["last1"], m["last2"]) if n)
        end = m.end("last2") if m["last2"] else m.end("last1")
        out.append(
            _citation(text, m.start(), end, authors, False, m["year"], CitationKind.NARRATIVE)
        )
    return sorted(out, key=lambda c: c.start)


def _citation(
    text: str,
    start: int,
    end: int,
    authors: tuple[str, ...],
    et_al: bool,
    year: str | None,
    kind: CitationKind,
) -> Citation:
    body = text[start:end]
    work = CitedWork(authors, et_al, year, None, body, start, end)
    return Citation(kind, body, start, end, (work,))
