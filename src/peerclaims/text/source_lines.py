"""A line that names its source by a person or a body, with no year: "Adapted from William
White" at a slide's foot, "From CCAR Recovery Coach Academy:" over a definition.

Slides name their sources so: the line is the source of the slide's statement, a vague
citation (no year, no work). "Adapted from", "Taken from", "Excerpted from", "Reprinted
from" and "Quoted from" take a person or a body, alone on the line or before a colon;
a bare "From" takes one only before a colon ("From William White: A Recovery Coach is ..."),
and a title ("From Crisis to Recovery:") is neither. A year or a work in the line is read
by `citations` as before ("Adapted from: Chinman et al., 2014").
"""

from __future__ import annotations

import re

from peerclaims.text.attributions import source_citation
from peerclaims.text.bodies import is_body
from peerclaims.text.citation_types import Citation
from peerclaims.text.narrative import NOT_GIVEN
from peerclaims.text.patterns import UPPER, person_name

_WORD = rf"[{UPPER}][\w.'’&-]*"
_FROM_LINE_RE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<lead>(?i:adapted|taken|excerpted|reprinted|quoted)[ \t]+from"
    rf"|From)[ \t]+(?P<name>(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:of|for|and|on|&|{_WORD})){{0,8}})"
    r"[ \t]*(?P<end>:|$)",
    re.MULTILINE,
)
# a person: "William White", "William L. White"
_PERSON_RE = re.compile(person_name("last"))


def source_lines(text: str) -> list[Citation]:
    """Lines that name their source by a person or a body, with no year."""
    out = []
    for m in _FROM_LINE_RE.finditer(text):
        name = m["name"]
        if m["lead"] == "From" and m["end"] != ":":
            continue  # "From Monday" ending a line: no source line
        person = _PERSON_RE.fullmatch(name) and name.split()[0].lower() not in NOT_GIVEN
        if person or is_body(name.removeprefix("the ")):
            start = m.start("lead")
            out.append(source_citation(text, start, m.end("name"), name))
    return out
