"""An author cited in the document, named again by surname with a verb of saying or a
possessive of their work: "Steve Gillard (2019) ... / ... Gillard asks if it's fair ... /
Gillard says that ...", "Moran (2018) describes ... / When following Moran's idea ...".

One surname and a verb ("Smith found") is too often a person in a story to be read as a
citation by itself (`text.mentions`); once the document has cited that surname with a year,
it names that author's work again. It is a vague citation of the author (the reader must go
back for the year), found across the document's blocks, outside the citations already read,
unless its sentence cites the author in full ("Dennis suggests ... (Dennis et al., 2009)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from peerclaims.documents import TextBlock
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.sentences import sentences

_SAYS = (
    r"(?:asks|asked|says|said|lists|listed|argues|argued|notes|noted|writes|wrote|suggests|"
    r"suggested|finds|found|reports|reported|concludes|concluded|describes|described|"
    r"explains|explained|points\s+out|pointed\s+out|states|stated|adds|added|recommends|"
    r"recommended|warns|warned|cautions|cautioned|contends|contended)"
)
# the author's work by a possessive: "Moran's idea of a stage-like development"
_WORKS = (
    r"(?:idea|ideas|model|framework|argument|view|views|work|findings|study|review|"
    r"definition|analysis|concept|theory|account|description|typology)"
)
_ADVERB = r"(?:\s+(?:himself|herself|themselves|also|further|then|rightly|even|too))?"


def with_names_again(
    found: dict[int, list[Citation]], blocks: Sequence[TextBlock]
) -> dict[int, list[Citation]]:
    """`found` with each later mention of a cited surname and a verb of saying added."""
    names = {
        w.authors[0]
        for cites in found.values()
        for c in cites
        if c.kind in (CitationKind.NARRATIVE, CitationKind.PARENTHETICAL)
        for w in c.works
        if w.authors and w.year and re.fullmatch(r"[A-Z][a-zà-ÿ'’-]{2,}", w.authors[0])
    }
    if not names:
        return found
    pattern = re.compile(
        rf"\b(?P<name>{'|'.join(sorted(map(re.escape, names)))})"
        rf"(?:{_ADVERB}\s+(?P<verb>{_SAYS})|['’]s\s+(?P<work>{_WORKS}))\b"
    )
    out = {}
    for i, cites in found.items():
        taken = [(c.start, c.end) for c in cites]
        extra = [
            _vague(m)
            for m in pattern.finditer(blocks[i].text)
            if not any(lo < m.end("name") and m.start() < hi for lo, hi in taken)
            and not _cited_beside(blocks[i].text, m, cites)
        ]
        out[i] = sorted(cites + extra, key=lambda c: c.start) if extra else cites
    return out


def _cited_beside(text: str, m: re.Match[str], cites: list[Citation]) -> bool:
    """Whether the mention's sentence also cites the author in full ("Dennis suggests that
    ... (Dennis et al., 2009)"): then the mention is that citation's, not a vague one."""
    span = next((s for s in sentences(text) if s.start <= m.start() < s.end), None)
    if span is None:
        return False
    return any(
        span.start <= c.start < span.end and w.authors[:1] == (m["name"],) and w.year
        for c in cites
        for w in c.works
    )


def _vague(m: re.Match[str]) -> Citation:
    text = m.group()
    work = CitedWork((m["name"],), False, None, None, text, m.start(), m.end())
    return Citation(CitationKind.VAGUE, text, m.start(), m.end(), (work,))
