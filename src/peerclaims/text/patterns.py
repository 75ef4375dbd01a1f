"""Regular-expression pieces shared by the citation and reference-list grammars: names, years, bullets.

Each constant is a fragment to splice into a pattern (character-class contents are given
without their brackets). Where the in-text grammar and the reference-list grammar need
different fragments, both are kept here under names that say which is which, and why.
"""

from __future__ import annotations

import re

# Spaces, and a line break that is only a wrap (not a blank line): words of one phrase.
SEP = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚİŁŃŇŐŒŘŚŞŠŢŤŰŹŻŽ"
"""Upper-case letters, as the contents of a character class."""

# a capitalised word, from its start ("U.S." but not a word's full stop); possessive, so a long
# run of letters is read once
BODY_WORD = rf"(?<![\w&'’/-])[{UPPER}](?:[\w&'’/-]|\.(?=\w))++"  # two letters or more


LOWER = "a-zß-öø-ÿāăąćčďđēęěłńňőœřśşšţťűźżž"
"""Lower-case letters, as the contents of a character class."""

SURNAME = (
    rf"(?:[{UPPER}]['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)*"
    rf"(?:[-‐][{UPPER}{LOWER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)*)*"
)
"""A capitalised surname with a lower-case letter: "Smith", "O’Brien", "McNeil", "Coatsworth-Puspoky"."""


def person_name(last: str) -> str:
    """A person's name as prose writes it, with the surname in the named group `last`: a
    given name, maybe an initial, and a surname ("Glenn Landers", "Dennis G. Smith")."""
    return rf"[{UPPER}][\w'’-]+(?:{SEP}[{UPPER}]\.)?{SEP}(?P<{last}>{SURNAME})"


JOINING_WORDS = (
    r"and|or|of|the|a|an|to|in|on|for|with|by|from|at|as|than|that|is|are|was|were|be|but|nor|"
    r"its|their|per|into|via"
)
"""Words a line of prose that goes on into the next may end with (an alternation)."""


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of `words`: how the grammars write their word lists."""
    return frozenset(words.split())


MONTHS = word_set(
    "january february march april may june july august september october november december"
)
"""The months' names, lower case."""

MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
"""A month's name as a date writes it, in full or abbreviated ("Sept.", "Dec."), as a pattern."""

OFFICES = word_set(
    "minister secretary director commissioner chair chairman chairwoman chairperson president "
    "ceo spokesperson spokesman spokeswoman officer manager professor senator governor mayor dr"
)
"""Offices a person is named by ("Health Minister Mark Drakeford", "Governor Smith"): words
before a person's name, not a body's or an author's."""

PARTICLES = word_set("van von de der den del della da di du dos das la le ten ter")
"""Lower-case name particles that may precede a surname ("van Os", "de Souza")."""

PARTICLE = "|".join(sorted((re.escape(p) for p in PARTICLES), key=len, reverse=True))
"""Any one particle (an alternation, longest first; wrap it in a group)."""

ET_AL = r"\bet\.?\s*(?i:al)\b\.?"
""""et al", "et al.", "et. al.", "et. Al": more authors than named."""

YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
"""A four-digit year from 1500 to 2099."""

# An in-text year and a reference-list year differ on purpose. Authors cite undated and
# unpublished works as "(ND)", "(n.d)", "(In press)", "(forthcoming)" or "(under review)", and "1990s" is a
# decade, not 1990 with a suffix. A reference list is read more strictly: widening its year
# to the in-text one makes `parse_entry` read "(1790s)" after a slide title and "(ND)" in
# prose as an entry's year, which changes how the seed documents' entries are parsed.
CITED_YEAR = (
    rf"{YEAR_DIGITS}(?:[a-rt-z](?![a-z]))?|n\.\s?d\.?|N\.?D\.?|[Ii]n\s+press|forthcoming|"
    r"[Uu]nder\s+review|[Ii]n\s+review|[Ss]ubmitted|[Ii]n\s+preparation"
)
"""A year as written in an in-text citation: "2006", "2006b", "n.d.", "ND", "in press",
"under review"."""

LISTED_YEAR = rf"{YEAR_DIGITS}[a-z]?|n\.\s?d\.|in\s+press"
"""A year as written in a reference-list entry: "2006", "2006b", "n.d.", "in press"."""

LIST_BULLETS = "-*•·◦▪■❧" + "".join(chr(c) for c in range(0xF020, 0xF100))
"""Characters that mark a list item (private-use U+F020-U+F0FF are slide-export bullets)."""

# A numbered group alone at the start of a line is a list marker, not a citation; slide
# exports also mark sub-items with "o" and "□". A reference list does not count those as
# bullets: its lines starting "o " would become separate entries, which changes how the
# seed documents' reference lists are split.
LINE_BULLETS = LIST_BULLETS + "□o"
"""Characters that may precede a list marker at the start of a line of running text."""


# the small words of a title, left in lower case
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or per the to vs via with".split()
)


def title_case(text: str, fewest: int = 4) -> bool:
    """Most words capitalised, as in a title ("Effectiveness of Peer Support in Reducing ...")."""
    tokens: list[str] = [
        t for t in re.findall(r"[A-Za-z][\w'-]*", text) if t.lower() not in SMALL_WORDS
    ]
    if len(tokens) < fewest:
        return False
    capitals = sum(1 for t in tokens if t[0].isupper())
    return capitals >= 0.8 * len(tokens)
