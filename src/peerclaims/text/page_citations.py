"""Citations by author and page, with no year: MLA's "(Laudet, Morgen, and White 4)" and a
page after a work named before ("(Moran, p6)", "(Moran, p. 6)").

Student essays and handouts cite so. The work cannot be looked up by author and page alone,
so each is a vague citation of its authors. A page alone after one capitalised word ("(Time 1)",
"(Phase 2)") is a label, not a citation: one name needs its "p" or "pp", and a name with a
number and no "p" counts only in a list of two or more names or with "et al."
"""

from __future__ import annotations

import re

from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import SEP, SURNAME, YEAR_DIGITS

_NAMES = rf"(?P<names>{SURNAME}(?:(?:,?{SEP}(?:and|&){SEP}|,{SEP}){SURNAME}){{0,4}})"
_PAGE_CITE_RE = re.compile(
    rf"\({_NAMES}(?P<etal>,?{SEP}et\.?{SEP}al\.?)?(?P<p>,?{SEP}pp?\.?(?:{SEP})?|{SEP})"
    r"(?P<page>\d{1,4}(?:[-–]\d{1,4})?)\)"
)
_YEARISH = re.compile(rf"{YEAR_DIGITS}\b")


def page_citations(text: str) -> list[Citation]:
    """Author-and-page citations in `text`, as vague citations of their authors."""
    out = []
    for m in _PAGE_CITE_RE.finditer(text):
        names = [n for n in re.split(rf",?{SEP}(?:and|&){SEP}|,{SEP}", m["names"]) if n]
        if _YEARISH.match(m["page"]) or any(n.isupper() for n in names):
            continue  # "(Smith 2010)" is author-year; "(PHQ 9)" a scale
        if not ("p" in m["p"] or m["etal"] or len(names) >= 2):
            continue  # "(Time 1)", "(Phase 2)": a label and its number
        work = CitedWork(tuple(names), bool(m["etal"]), None, None, m.group(), m.start(), m.end())
        out.append(Citation(CitationKind.VAGUE, m.group(), m.start(), m.end(), (work,)))
    return out
