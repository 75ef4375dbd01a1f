"""Audit of `peerclaims cites` on the five seeds against an independent reading of them.

Each seed's expected multiset of (citation text, status) pairs was written from a full
reading of the seed, not from the finder's output, so a failing test here marks a place where
the finder disagrees with that reading. What counts as one citation:

- every work of a parenthetical group ("(Kurtz, 1990; Nelson, ...)" is five), an organisation
  author, a narrative "Author (year)" and a named document with a year ("DMHAS' Peer Ethics &
  Values (2024)");
- vague source mentions without a year, one per work named ("(Chinman, CAI and O’Connell
  et al., RSA)" names two works: Chinman's CAI and O’Connell et al.'s RSA);
- footnote markers that point at a source ("¹" in 001) and each numbered group in 004
  ("(9-12)" is one), unresolved there because 004's reference list is not in the file.

Not counted: reference-list and reading-list entries, the full reference printed under a 001
slide (Grundman et al., 2020), journal pages shown on slides, quotations credited to a person
(A. Kathryn Power, Thomas Jefferson, Imani Harrington), image captions, standards named with
no year (SAMHSA's core competencies / national standards), testimonial names, "(Bellamy)" as
a project's investigator, and HTML ``<sup>1</sup>`` markers of 003, whose notes explain terms
rather than name sources.

Texts are compared with runs of whitespace (line breaks, U+00A0) collapsed to one space.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from peerclaims import load_corpus
from peerclaims.match.listing import CitationRow, list_citations
from tests.helpers import require_seeds

SEEDS = require_seeds()

E, V, A, U = "exact", "variant", "ambiguous", "unresolved"


def _norm(text: str) -> str:
    """Collapse runs of whitespace, U+00A0 and line breaks included, to one space."""
    return re.sub(r"\s+", " ", text).strip()


@cache
def _rows(prefix: str) -> tuple[CitationRow, ...]:
    """The `cites` rows of the one seed whose file name starts with `prefix`."""
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert len(paths) == 1, paths
    return list_citations(paths, load_corpus().corpus).rows


def _found(prefix: str) -> Counter[tuple[str, str]]:
    """(normalised text, status) of every row of one seed, as a multiset."""
    return Counter((_norm(r.text), r.status) for r in _rows(prefix))


# 002, and the first ("Peer Support") section of 003, which repeats it word for word.
_GENERAL = [
    ("Mead & McNeil, 2006", E),
    ("Davidson, et al., 1999", E),
    ("Davidson, Bellamy, Guy, & Miller, 2012", E),
    ("Davidson, et al., 1999", E),
    ("Salzer, 2002", E),
    ("Davidson, et al., 2012", E),
    ("Davidson, et al., 1999", E),
    ("Dumont & Jones, 2002", E),
    ("Ochoka, Nelson, Janzen, & Trainor, 2006", V),
    ("Resnick & Rosenheck, 2008", E),
    ("Davidson, et al., 2012", E),
    ("Davidson, et al., 2006", E),
    ("Ratzlaff, McDiarmid, Marty, & Rapp, 2006", E),
    ("Coatswortha Puspokey, Forchuk, & Warda Griffin, 2006", V),
    ("Davidson, et al., 1999", E),
    ("Davidson, et al., 2012", E),
    ("Kurtz, 1990", E),
    ("Nelson, Ochocka, Janzen, & Trainor, 2006", E),
    ("Ochocka et al., 2006", E),
    ("Trainor, Shepherd, Boydell, Leff, & Crawford, 1997", E),
    ("Yanos, Primavera, & Knight, 2001", E),
    ("Davidson, et al., 2012", E),
    ("Chinman, Weingarten, Stayner, & Davidson, 2001", E),
    ("Davidson, et al., 2012", E),
    ("Forchuk, Martin, Chan, & Jenson, 2005", V),
    ("Min, Whitecraft, Rothbard, Salzer, 2007", E),
    ("Davidson, et al., 2012", E),
]

_MENTAL_HEALTH = [
    ("Mead and McNeil, 2006", E),
    ("Promise Resource Network, 2016", E),
    ("Chinman, et al., 2013", V),
    ("Cook, et al., 2010", E),
    ("Repper & Carter, 2011", E),
    ("Walker & Bryant, 2013", E),
    ("Druss, et al., 2010", E),
    ("Short, et al., 2012", E),
    ("Bellamy, et al., 2012", E),
    ("Min, et al., 2007", E),
    ("Bologna & Pulice, 2010", V),
    ("Felton, et al., 1995", E),
    ("Chinman, et al., 2014", E),
    ("Min, et al., 2007", E),
    ("Sledge, et al., 2011", E),
    ("Corrigan, et al., 2013", E),
    ("Trachtenberg, et al., 2013", E),
    ("Davidson, et al., 2012", E),
]

_SUBSTANCE_USE = [
    ("White, 2009", E),
    ("Best & Laudet, 2010", E),
    ("Cloud & Granfield, 2008", E),
    ("Bassuk, Hanson, Greene, Richard, & Laudet, 2016", E),
    ("Reif et al., 2014", E),
    ("Sanders et al., 1998", E),
    ("Andreas et al., 2010", E),
    ("Mangrum, 2008", E),
    ("Deering et al., 2011", E),
    ("Tracy et al., 2011", E),
    ("Armitage et al., 2010", E),
    ("O'Connell, ND", V),
    ("Boisvert et al., 2008", E),
    ("Andreas et al., 2010", E),
    ("Ja et al., 2009", E),
    ("Rowe, et al., 2007", E),
    ("Mangrum, 2008", E),
    ("Kamon & Turner, 2013", E),
    ("Boisvert et al., 2008", E),
    ("Min et al., 2007", E),
    ("Bernstein, et al., 2005", E),
    ("Boyd et al., 2005", E),
    ("Kamon & Turner, 2013", E),
    ("Mangrum, 2008", E),
    ("O'Connell, ND", V),
    ("Rowe, et al., 2007", E),
    ("Armitage et al., 2010", E),
]

_FAMILY = [
    ("Obrochta et al., 2011", E),
    ("Kutash et al., 2011", E),
    ("Hoagwood et al., 2009", V),
    ("Hogwood, et al., 2010", V),
    ("Hoagwood et al., 2010", E),
    ("Obrochta et al., 2011", E),
    ("Kutash, Duchnowski, Green, & Ferron, 2011", E),
    ("Obrochta et al., 2011", E),
    ("Obrochta et al., 2011", E),
    ("Obrochta et al., 2011", E),
]

_VAGUE_PAIR = [("Chinman, CAI", E), ("O’Connell et al., RSA", E)]
_CHINMAN_REVIEW = ("Recent review by Chinman et al in Psych Services", V)

EXPECTED: dict[str, list[tuple[str, str]]] = {
    "000": [
        ("Davidson, 2006", E),
        (
            "State of Connecticut’s Department of Mental Health and Addictions Services (DMHAS), 2002",
            E,
        ),
        ("Taxman, 2004", E),
        ("Mead & Hansen, http://www.intentionalpeersupport.org/", E),
        _CHINMAN_REVIEW,
        *_VAGUE_PAIR,
    ],
    "001": [
        ("Davidson, 2010", E),
        ("¹", E),  # footnote 1 on the same slide: NASMHPD Medical Directors Council (2006)
        ("White, 2006b", E),
        ("Solomon, 1995", E),
        ("Davidson, 2004", E),
        ("Clarke, 2000", E),
        ("Min 2007", E),
        ("Rowe, 2007", E),
        ("Sells, 2006", E),
        _CHINMAN_REVIEW,
        *_VAGUE_PAIR,
        ("DMHAS' Peer Ethics & Values (2024)", E),
    ],
    "002": _GENERAL,
    "003": [*_GENERAL, *_MENTAL_HEALTH, *_SUBSTANCE_USE, *_FAMILY],
    "004": [
        (n, U)
        for n in (
            "(1)",
            "(2)",
            "(3)",
            "(4)",
            "(5)",
            "(5)",
            "(6)",
            "(7,8)",
            "(9-12)",
            "(9,11)",
            "(13-16)",
            "(17-20)",
            "(8,21-24)",
            "(23,25)",
            "(23,26)",
            "(26-27)",
            "(26-29)",
            "(30)",
            "(31)",
            "(32)",
            "(33-35)",
            "(27,36-44)",
        )
    ],
}


def _missing_and_extra(prefix: str) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """What the reading has that `cites` lacks, and what `cites` has that the reading lacks."""
    expected, found = Counter(EXPECTED[prefix]), _found(prefix)
    return expected - found, found - expected


def test_000_citations() -> None:
    """000 (Yale PRCH deck) holds seven cited works, the two of "(Chinman, CAI and O’Connell et al., RSA)" separately."""
    assert _missing_and_extra("000") == (Counter(), Counter())


def test_001_citations() -> None:
    """001 (Why! + CPSRP decks) holds thirteen cited works, the footnote marker resolved through its footnote."""
    assert _missing_and_extra("001") == (Counter(), Counter())


def test_002_citations() -> None:
    """002 (Value of Peers, general sheet) holds 27 cited works in author-year form."""
    assert _missing_and_extra("002") == (Counter(), Counter())


def test_003_citations() -> None:
    """003 (the full Value of Peers set) holds 82 cited works across its four sections."""
    assert _missing_and_extra("003") == (Counter(), Counter())


def test_004_citations() -> None:
    """004 (Davidson et al., 2012) holds 22 numbered citation groups, none resolvable without its list."""
    assert _missing_and_extra("004") == (Counter(), Counter())


def test_expected_counts() -> None:
    """The reading counts 7, 13, 27, 82 and 22 citations, 151 in all."""
    counts = {seed: len(cited) for seed, cited in EXPECTED.items()}
    assert counts == {"000": 7, "001": 13, "002": 27, "003": 82, "004": 22}


@pytest.mark.parametrize(
    ("seed", "text", "key"),
    [
        ("000", "Chinman, CAI", "chinmannd"),
        ("000", "O’Connell et al., RSA", "oconnellnd"),
        ("000", "Recent review by Chinman et al in Psych Services", "chinman2014peer"),
        ("001", "¹", "nasmhpd2006morbidity"),
        ("001", "DMHAS' Peer Ethics & Values (2024)", "dmhas2024peer"),
        ("003", "Chinman, et al., 2013", "chinman2015cluster"),
        ("003", "O'Connell, ND", "oconnell2017enhancing"),
        ("003", "Hogwood, et al., 2010", "hoagwood2010family"),
    ],
)
def test_resolves_to(seed: str, text: str, key: str) -> None:
    """Each citation whose resolution needs more than a surname and year lands on its work."""
    keys = {r.key for r in _rows(seed) if text in _norm(r.text) or _norm(r.text) in text}
    assert keys == {key}


def test_variants_say_what_differs() -> None:
    """Every variant row names at least one difference, the vague Chinman review (no year) included."""
    bare = [
        (r.path, r.line, _norm(r.text))
        for seed in EXPECTED
        for r in _rows(seed)
        if r.status == V and not r.differences
    ]
    assert bare == []
