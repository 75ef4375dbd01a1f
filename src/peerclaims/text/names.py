"""Author names: whether a creator is an organisation, and the acronyms an organisation goes by."""

from __future__ import annotations

import re
from typing import Protocol

from peerclaims.text.folding import fold

__all__ = ["PersonName", "abbreviates", "acronyms", "initials", "is_organisation"]

_ACRONYM_STOP = frozenset({"of", "and", "for", "the", "on", "in", "&", "s"})
_INITIALS_STOP = frozenset({"of", "and", "for", "the"})


class PersonName(Protocol):
    """A creator's name as BibTeX gives it (`corpus.model.Person` is one)."""

    @property
    def first(self) -> str:
        """Given names ("" for an organisation)."""
        ...

    @property
    def raw(self) -> str:
        """The name as written in the .bib file."""
        ...


def is_organisation(person: PersonName) -> bool:
    """A corporate author: no given name, and written in braces as BibTeX marks one ("{SAMHSA}")."""
    raw = person.raw.strip()
    return not person.first and raw.startswith("{") and raw.endswith("}")


def acronyms(name: str) -> set[str]:
    """Folded acronyms an organisation may be cited by: every run of three or more initials
    ("Mental Health America" → "mha") and any acronym it gives in parentheses ("(DMHAS)")."""
    inside = set(re.findall(r"\(([A-Z]{2,})\)", name))
    words = [
        w
        for w in re.findall(r"[\w']+", re.sub(r"\([^)]*\)", " ", name))
        if w.lower() not in _ACRONYM_STOP
    ]
    initials = "".join(w[0] for w in words if w[0].isupper())
    runs = {initials[i:j] for i in range(len(initials)) for j in range(i + 3, len(initials) + 1)}
    return {fold(a) for a in runs | inside if a}


def abbreviates(short: str, name: str) -> bool:
    """Whether folded `short`, one word, is the initials of folded `name` ("samhsa" for
    "substance abuse and mental health services administration")."""
    return len(short.split()) == 1 and short == initials(name)


def initials(name: str) -> str:
    """The initials of folded `name`, small function words left out ("samhsa")."""
    return "".join(w[0] for w in name.split() if w not in _INITIALS_STOP)
