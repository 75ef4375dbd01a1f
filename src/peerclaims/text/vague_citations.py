"""Vague citations: an author named without a year.

"review by Chinman et al in Psych Services", "Davidson and colleagues", "the five stages
outlined by Arksey and O'Malley", and "(Chinman, CAI and O’Connell et al., RSA)", works named
by their makers and the instrument each made. `citations.find_citations` drops a vague mention
whose work the same sentence cites in full.
"""

from __future__ import annotations

import re

from peerclaims.text.author_names import NAME_STOP, normalise, split_authors
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.narrative import FUNCTION_WORDS
from peerclaims.text.patterns import PARTICLE, SEP, SURNAME, UPPER, YEAR_DIGITS

# Words of a vague citation may wrap onto the next line, but not across a blank line.
_SEP = SEP
# Particles before a surname: "van der", "de la" ... four at most, so that a long run of
# "de de de ..." is not read again from each of its words (quadratic time).
_PARTICLES = 4
# A method or model named by its makers: "the five stages outlined by Arksey and O'Malley".
_AUTHORED = (
    r"(?i:outlined|described|developed|proposed|defined|devised|coined|pioneered|"
    rf"set{_SEP}out|put{_SEP}forward){_SEP}by"
)
_VAGUE_RE = re.compile(
    r"(?:\b(?P<trigger>(?i:(?:recent|new|earlier|systematic|large|landmark)\s+)?"
    r"(?i:review|study|studies|work|research|paper|report|trial|analysis|"
    rf"meta-analysis|survey){_SEP}by|(?i:according){_SEP}to|{_AUTHORED}){_SEP})?"
    rf"(?<![\w'’-])(?P<auth>(?:(?:{PARTICLE}){_SEP}){{0,{_PARTICLES}}}{SURNAME}"
    rf"(?:{_SEP}(?:and|&){_SEP}(?!colleagues\b)(?:(?:{PARTICLE}){_SEP}){{0,{_PARTICLES}}}{SURNAME})?)"
    rf"(?P<etal>,?{_SEP}et\.?(?:{_SEP})?al\b\.?|{_SEP}(?:and|&){_SEP}colleagues\b)?"
    rf"(?:{_SEP}in{_SEP}(?P<loc>[{UPPER}][\w.’'-]*(?:{_SEP}[{UPPER}][\w.’'-]*){{0,5}}))?"
)
_CAP_NEXT_RE = re.compile(rf"{_SEP}[{UPPER}]")
_NEAR_YEAR_RE = re.compile(rf"[\s,(]{{0,4}}{YEAR_DIGITS}")


_VAGUE_HINT = re.compile(r"et\.?\s*al\b|colleagues|\bby\b|according", re.IGNORECASE)


def vague(text: str) -> list[Citation]:
    """Author mentions without a year: "review by Smith and colleagues", "Chinman et al"."""
    out: list[Citation] = []
    if not _VAGUE_HINT.search(text):  # every vague citation has one of these; most text none
        return out
    for m in _VAGUE_RE.finditer(text):
        if not _vague_ok(text, m):
            continue
        names, _, _ = split_authors(m.group("auth"))
        loc = normalise(m.group("loc")) if m.group("loc") else None
        work = CitedWork(
            tuple(names), bool(m.group("etal")), None, loc, m.group(), m.start(), m.end()
        )
        out.append(Citation(CitationKind.VAGUE, m.group(), m.start(), m.end(), (work,)))
    return out


_BY_WORK_RE = re.compile(
    r"(?i:recent|new|earlier|systematic|large|landmark|review|stud|work|research|paper|report|trial|analysis|meta|survey)"
)


def _vague_ok(text: str, m: re.Match[str]) -> bool:
    """Apply the conservative rules for a vague citation match."""
    trigger, etal, auth = m.group("trigger"), m.group("etal"), m.group("auth")
    if not trigger and not etal:
        return False
    names = split_authors(auth)[0]
    if trigger and not etal and len(names) < 2 and not _BY_WORK_RE.match(trigger):
        return False  # "according to Smith", "developed by Mead": a person, maybe no work
    if any(n.split()[-1].lower() in NAME_STOP for n in names):
        return False
    if not etal and _CAP_NEXT_RE.match(text, m.end()):
        return False
    if not trigger and _given_name_before(text, m.start()) and not _reports_work(text, m):
        return False  # "led by Julie Repper and colleagues": a person, not a cited work
    return not _NEAR_YEAR_RE.match(text, m.end(), m.end() + 8)


# researchers named in full opening the sentence that reports their work: "Choo Ting Siew and
# colleagues evaluated the effects of one semester of ... peer mentoring"
_NAMES_OPENING_RE = re.compile(r"(?:\A|(?<=\n)|(?<=[.!?]\s))(?:[A-Z][a-z]+[ \t]+){1,2}\Z")
_RESEARCH_VERB_RE = re.compile(
    r"[ \t]+(?:(?:have|has|also|recently)[ \t]+)?(?:evaluated|examined|studied|found|reported|"
    r"showed|conducted|reviewed|analy[sz]ed|surveyed|interviewed|compared|tested|assessed|"
    r"investigated|explored|measured|followed|randomi[sz]ed|published)\b"
)


def _reports_work(text: str, m: re.Match[str]) -> bool:
    """Whether a name with its given names ("Choo Ting Siew and colleagues") opens its sentence
    and a verb of research follows it: their study, not a person named."""
    opening = _NAMES_OPENING_RE.search(text, max(0, m.start() - 40), m.start())
    return opening is not None and _RESEARCH_VERB_RE.match(text, m.end()) is not None


_WORD_BEFORE_RE = re.compile(r"(?<![\w.’'-])([^\W\d_]+)[^\S\n]+\Z")


def _given_name_before(text: str, pos: int) -> bool:
    """Whether a capitalised word that is no function word ends just before pos ("Julie ")."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    word = m[1]
    return word[0].isupper() and word[1:].islower() and word.lower() not in FUNCTION_WORDS


# "(Chinman, CAI and O’Connell et al., RSA)": two works, each named with the instrument it
# made (an acronym) instead of a year.
_INSTRUMENT_PART = re.compile(
    r"(?P<name>[A-Z][\w'’-]+)(?P<etal>\s+et\.?\s*al\b\.?)?,\s*(?P<acr>[A-Z]{2,6})\b"
)


def split_instruments(cit: Citation) -> Citation:
    """A vague citation naming several works by author and instrument, one work each."""
    parts = list(_INSTRUMENT_PART.finditer(cit.text))
    if cit.kind != CitationKind.VAGUE or len(parts) < 2:
        return cit
    works = tuple(
        CitedWork(
            (m.group("name"),),
            bool(m.group("etal")),
            None,
            m.group("acr"),
            m.group(),
            cit.start + m.start(),
            cit.start + m.end(),
        )
        for m in parts
    )
    return Citation(cit.kind, cit.text, cit.start, cit.end, works, cit.numbers)
