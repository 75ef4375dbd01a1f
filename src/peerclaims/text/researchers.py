"""A body's researchers named as the source of a statement, as citations.

- a body's researchers: "A team at HSRI conducted an evaluation", "Researchers at Yale
  University found that", "UBC researchers have found that" (an acronym or a name with an
  organisation word before "researchers": "Peer researchers found" names no body), the body
  being the source;
- the investigators of "this study" in a brief or a news item about one work ("Investigators
  in this study conducted a meta-analysis", "The research team found" opening a sentence of
  a funder's results summary): the document's subject, named vaguely ("In this study, we ..."
  is the document's own work, and "the study found" points back to a source named earlier).

Each is a vague citation with no authors, as `attributions.source_citation` makes it.
"""

from __future__ import annotations

import re

from peerclaims.text.attributions import SEP, source_citation
from peerclaims.text.bodies import SAYS, names_body
from peerclaims.text.citation_types import Citation
from peerclaims.text.patterns import BODY_WORD

# a body's researchers as the source: "A team at HSRI conducted an evaluation", "Researchers
# at Yale University found that"
_TEAM_AT_RE = re.compile(
    rf"\b(?:(?:[Aa]n?|[Tt]he)(?:{SEP}research)?{SEP}team|[Rr]esearchers|[Ii]nvestigators|"
    rf"[Ss]cientists|[Ee]valuators){SEP}(?:at|from|with){SEP}(?:the{SEP})?"
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:of|and|for|on|the|&|{BODY_WORD})){{0,9}})"
    rf"(?:,[^,\n]{{1,80}},)?{SEP}(?:(?:have|has|had|also|recently){SEP}){{0,2}}"
    rf"(?:{SAYS}|conducted|carried{SEP}out|ran|led)\b"
)
_THIS_STUDY_RE = re.compile(
    rf"\b(?:[Ii]nvestigators|[Rr]esearchers|[Aa]uthors|[Ee]valuators){SEP}(?:in|of|for|behind)"
    rf"{SEP}this{SEP}(?:study|trial|review|meta-analysis|analysis|evaluation|project)\b"
    # a funder's results summary of one study: "The research team found that ..."
    rf"|(?:\A|(?<=\n)|(?<=[.!?]\s))The{SEP}(?:research|study|evaluation){SEP}team(?={SEP}"
    rf"(?:found|learned|reported)\b)"
)

# the body's name before its researchers: "UBC researchers have found that"
_NAMED_RESEARCHERS_RE = re.compile(
    rf"(?P<org>{BODY_WORD}(?:{SEP}(?:of|and|for|&|{BODY_WORD})){{0,5}}){SEP}(?P<who>researchers|"
    rf"scientists|investigators){SEP}(?:(?:have|had|also|recently){SEP}){{0,2}}"
    r"(?:found|find|finds|showed|show|shows|reported|report|concluded|conclude|discovered)\b"
)


def researchers(text: str) -> list[Citation]:
    """A body's researchers, and the investigators of "this study", as vague citations."""
    out = [source_citation(text, m.start(), m.end(), "") for m in _THIS_STUDY_RE.finditer(text)]
    out.extend(
        source_citation(text, m.start(), m.start("org") + len(m["org"]), m["org"])
        for m in _TEAM_AT_RE.finditer(text)
        if names_body(m["org"].split())
    )
    out.extend(
        source_citation(text, m.start(), m.end("who"), m["org"])
        for m in _NAMED_RESEARCHERS_RE.finditer(text)
        if names_body(m["org"].split())
    )
    return out


def is_this_study(text: str) -> bool:
    """Whether a citation is the investigators of "this study": the subject of a brief."""
    return bool(_THIS_STUDY_RE.fullmatch(text.strip()))
