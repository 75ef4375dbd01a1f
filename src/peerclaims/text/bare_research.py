"""Research named by nothing that could be looked up: "One study found", "A systematic review
showed", "New research suggests", "according to researchers".

Such a phrase names no maker, venue, year or title (tests/realworld/README, "Not citations"),
so it is no citation: the sentence's claim is uncited (`uncited-claim`), not vaguely cited.
A place ("A UK study", "A Canadian study"; not "a national survey", which names no nation),
a maker ("RAND Study Finds", "a new VA study") or a year ("A 2006 study") makes it a vague
citation, which the reader can begin to look up.
"""

from __future__ import annotations

import re

from peerclaims.text.attribution_words import NOT_MAKERS
from peerclaims.text.patterns import word_set

# the words that name no maker, less the places and the nation ("A UK study", "a national
# survey"), and more words of kind, number and manner
_BARE = (NOT_MAKERS - word_set("uk us usa u.s. eu")) | word_set(
    """
    another recently small major seminal leading influential notable key important rigorous
    comprehensive large-scale similar follow-up uncontrolled non-randomized non-randomised
    cluster prospective retrospective matched cross-sectional observational mixed-methods
    multi-site multicenter multicentre updated published local pioneering innovative
    successful research studies reviews evaluations reports analyses surveys trials project
    programme program scheme initiative researchers experts scientists findings multiple
    several many some various numerous emerging growing preliminary
    """
)


def bare(phrase: str) -> bool:
    """Whether the phrase names research by no maker, venue, year or title ("One study",
    "new research", "A randomized controlled trial")."""
    words = [w.strip(".,;:()").lower() for w in phrase.split()]
    return bool(words) and all(w in _BARE or _DURATION.fullmatch(w) for w in words)


_DURATION = re.compile(r"(?:[a-z]+|\d+)-(?:year|month|week)")  # "A two-year study"
