"""Folding text for comparison: no case, accents, punctuation or hyphens.

Kept apart from bib.py so that light commands (a warm `search`) can compare names without
importing bibtexparser.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold"]

_PUNCT = re.compile(r"[^\w\s]|_")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold a name or title for matching: no accents, hyphens or case ("Müller-Lee" → "muller lee")."""
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())
