"""What the citation grammar returns: `Citation`, `CitedWork` and `CitationKind`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class CitationKind(StrEnum):
    """How a citation is written (see citations.py for what each kind accepts)."""

    PARENTHETICAL = "parenthetical"  # "(Mead & McNeil, 2006)"
    NARRATIVE = "narrative"  # "Mead and McNeil (2006)"
    NUMBERED = "numbered"  # "(9-12)", "[3]", "¹⁻³"
    VAGUE = "vague"  # an author without a year: "review by Chinman et al"


@dataclass(frozen=True, slots=True)
class CitedWork:
    """One work named inside a citation."""

    authors: tuple[str, ...]
    et_al: bool
    year: str | None
    locator: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation as written, with its offsets (end exclusive) and what it names."""

    kind: CitationKind
    text: str
    start: int
    end: int
    works: tuple[CitedWork, ...] = ()
    numbers: tuple[int, ...] = ()

    def shifted(self, by: int) -> Citation:
        """The citation with its offsets, and its works', moved `by` characters (found in a
        part of a text, placed in the whole)."""
        works = tuple(replace(w, start=w.start + by, end=w.end + by) for w in self.works)
        return replace(self, start=self.start + by, end=self.end + by, works=works)
