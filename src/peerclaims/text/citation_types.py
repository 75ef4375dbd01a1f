"""What the citation grammar returns: `Citation`, `CitedWork` and the kinds of citation."""

from __future__ import annotations

from dataclasses import dataclass

PARENTHETICAL = "parenthetical"
NARRATIVE = "narrative"
NUMBERED = "numbered"
VAGUE = "vague"


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

    kind: str
    text: str
    start: int
    end: int
    works: tuple[CitedWork, ...] = ()
    numbers: tuple[int, ...] = ()
