"""Formatted text as segments with an italic flag, and one work's APA forms."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text, in italics or not."""

    text: str
    italic: bool = False


Segments = tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Formatted:
    """One work in APA 7: both in-text forms and its reference-list entry."""

    key: str
    parenthetical: Segments  # "(Mead & McNeil, 2006)"
    narrative: Segments  # "Mead and McNeil (2006)"
    reference: Segments

    @property
    def short(self) -> str:
        """The parenthetical citation without its parentheses: "Mead & McNeil, 2006"."""
        return segments_text(self.parenthetical)[1:-1]


def segments_text(segments: Iterable[Segment]) -> str:
    """Segments as plain text, italics dropped."""
    return "".join(s.text for s in segments)


def merge(parts: Iterable[Segment]) -> Segments:
    out: list[Segment] = []
    for part in parts:
        if not part.text:
            continue
        if out and out[-1].italic == part.italic:
            out[-1] = Segment(out[-1].text + part.text, part.italic)
        else:
            out.append(part)
    return tuple(out)
