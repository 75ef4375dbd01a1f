"""Endnote markers read across a document: once its notes are plainly numbered, a number
glued to any word is one of them.

A journal article's PDF text loses its superscripts, and each block is read alone
(`text.endnotes`): "five found a treatment effect19 21 23–25" is read wherever it stands,
but "One 2019 RCT ... In this study45 ..." is a note only in a document that numbers its
notes. The numbers found in the whole document decide (`endnotes.glued_in_run`), so that a
paragraph with one glued marker is read as the paragraphs around it are.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerclaims.documents import TextBlock
from peerclaims.text.citation_types import Citation, CitationKind
from peerclaims.text.endnotes import RUN, glued_in_run


def with_run_markers(
    found: dict[int, list[Citation]], blocks: Sequence[TextBlock]
) -> dict[int, list[Citation]]:
    """`found` with the glued markers of a document whose notes are plainly numbered."""
    seen = {
        n
        for cites in found.values()
        for c in cites
        if c.kind == CitationKind.NUMBERED and not c.works
        for n in c.numbers
    }
    if len(seen) < RUN:
        return found
    out = {}
    for i, cites in found.items():
        extra = [
            c
            for c in glued_in_run(blocks[i].text, seen)
            if not any(o.start < c.end and c.start < o.end for o in cites)
        ]
        out[i] = sorted([*cites, *extra], key=lambda c: c.start) if extra else cites
    return out
