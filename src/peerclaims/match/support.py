"""What backs the sentences of a group of blocks (a slide's shape, a table row, a list or a
paragraph): the group's key, and the citations and corpus keys it is credited to."""

from __future__ import annotations

from dataclasses import dataclass, field

from peerclaims.documents import TextBlock
from peerclaims.match.found import FoundCitation
from peerclaims.match.tables import row_key
from peerclaims.text.citations import CitationKind


@dataclass
class Group:
    """What backs the sentences of one group: its support, the citations standing alone, and
    the sources of a lead-in ending with a colon above it."""

    support: list[FoundCitation]
    alone: list[FoundCitation]
    lead: list[FoundCitation] = field(default_factory=list)  # a colon lead-in's sources
    _known: dict[bool, frozenset[str]] = field(default_factory=dict)

    def keys(self, vague: bool) -> frozenset[str]:
        """`citation_keys` of the citations standing alone, worked out once."""
        if vague not in self._known:
            self._known[vague] = citation_keys(self.alone, vague)
        return self._known[vague]


def citation_keys(citations: list[FoundCitation], vague: bool) -> frozenset[str]:
    """Corpus keys of the works of some citations (of vague ones too, if `vague`)."""
    return frozenset(
        w.resolution.key
        for c in citations
        if vague or c.citation.kind != CitationKind.VAGUE
        for w in c.works
        if w.resolution.key
    )


def together_key(b: TextBlock) -> tuple[str | None, int | None, str | None]:
    """Blocks with equal keys go together: one shape of a slide, one row of a Markdown
    table, else one group."""
    if b.unit == "slide":
        return ("slide", b.index, b.shape)
    row = row_key(b)
    if row is not None:
        return (row[0], row[1], str(row[2]))
    return ("group", b.group, None)
