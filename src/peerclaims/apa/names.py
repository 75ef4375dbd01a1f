"""APA 7 author and editor names: initials, inverted names, author lists, sort keys."""

from __future__ import annotations

from collections.abc import Sequence

from peerclaims.corpus.model import Person
from peerclaims.text.folding import fold
from peerclaims.text.names import is_organisation

MAX_LISTED = 20  # APA 7: list up to 20 authors; from 21 on, the first 19, ". . .", the last


def is_others(person: Person) -> bool:
    return person.last.lower() == "others" and not person.first


def initials(first: str) -> str:
    """Initials from given names: "William H." → "W. H.", "Jean-Paul" → "J.-P."."""
    out = []
    for token in first.split():
        pieces = []
        for part in token.split("-"):
            letters = [p for p in part.split(".") if p]
            pieces.append(" ".join(f"{p[0]}." for p in letters if p[0].isalpha()))
        joined = "-".join(p for p in pieces if p)
        if joined:
            out.append(joined)
    return " ".join(out)


def name(person: Person, inverted: bool = True) -> str:
    """ "McNeil, C." (inverted, for authors) or "C. McNeil" (for editors in an "In" element)."""
    if is_organisation(person):
        return person.last
    first = initials(person.first)
    if inverted:
        name = f"{person.surname}, {first}" if first else person.surname
    else:
        name = f"{first} {person.surname}".strip()
    return name + (f", {person.jr}" if person.jr else "")


def author_list(people: Sequence[Person]) -> str:
    """The reference-list author element: "Mead, S., & McNeil, C."; 21+ names elided."""
    known = [p for p in people if not is_others(p)]
    names = [name(p) for p in known]
    if len(known) < len(people):
        return ", ".join(names) + (", et al." if names else "")
    if len(names) > MAX_LISTED:
        return ", ".join(names[: MAX_LISTED - 1]) + ", . . . " + names[-1]
    if len(names) <= 1:
        return "".join(names)
    serial = len(names) > 2 or bool(known[0].first)
    return ", ".join(names[:-1]) + ("," if serial else "") + " & " + names[-1]


def editor_list(people: Sequence[Person]) -> str:
    names = [name(p, inverted=False) for p in people if not is_others(p)]
    if len(names) < len(people):
        return ", ".join(names) + " et al."
    if len(names) <= 2:
        return " & ".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


def sortable(people: Sequence[Person]) -> tuple[tuple[str, str], ...]:
    return tuple((fold(p.surname).replace(" ", ""), fold(initials(p.first))) for p in people)
