"""Match a sentence from a document to the corpus claims it makes.

Each claim is known by the wordings recorded where it appears (`as_written`) and by its
statement. A sentence matches a wording that it contains word for word, or that it equals
up to a few edits; figures are blanked on both sides first, so "reduce readmissions by 35%"
still matches the claim and the figure can then be checked. Built once per run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from rapidfuzz import fuzz

from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Claim
from peerclaims.text.folding import fold
from peerclaims.text.sentences import without_numbers

STRONG = 100  # the wording occurs in the sentence
NEAR = 88  # near-identical up to word order and small edits
_STOPWORDS = frozenset(
    (
        "a an the of in on for to and or by with as at from is are was were be been has have had "
        "that this these those it its their they them peer peers support supports supporting "
        "suppor "
        # wording that frames a finding rather than states it
        "proven prov shown show shows found may might can could will help helps research "
        "studi study evidence suggest suggests also significantly"
    ).split()
)


_SUFFIXES = ("tions", "tion", "ing", "ed", "es", "s", "e")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem, so "increase", "increased" and "increases" meet ("increas")."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# Words for the direction of a change, so "greater hope" meets "increased hope".
_DIRECTION = {
    **dict.fromkeys(
        (
            "increas",
            "great",
            "greater",
            "higher",
            "improv",
            "enhanc",
            "rais",
            "boost",
            "more",
            "better",
            "gain",
            "strengthen",
        ),
        "increas",
    ),
    **dict.fromkeys(
        (
            "reduc",
            "decreas",
            "lower",
            "fewer",
            "les",
            "less",
            "declin",
            "drop",
            "diminish",
            "lessen",
            "cut",
        ),
        "reduc",
    ),
}


_CHANGES = frozenset(_DIRECTION.values())


def normalise(text: str) -> str:
    """Fold case, accents and punctuation, blank figures, stem, and merge direction words."""
    words = (stem(w) for w in fold(without_numbers(text)).split())
    return " ".join(_DIRECTION.get(w, w) for w in words)


def content_words(text: str) -> set[str]:
    """Words that carry meaning (no stopwords, no one-letter words)."""
    return {w for w in text.split() if len(w) > 2 and w not in _STOPWORDS}


@dataclass(frozen=True, slots=True)
class Match:
    """A claim a sentence makes, and how closely it matched."""

    claim: Claim
    score: float
    wording: str


@dataclass
class ClaimMatcher:
    """Wordings of every claim, indexed by content word."""

    forms: list[tuple[str, Claim, frozenset[str]]] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, corpus: Corpus) -> ClaimMatcher:
        """Index the wordings and statements of a corpus's claims."""
        matcher = cls()
        for claim in corpus.claims:
            wordings = {normalise(a.as_written) for a in claim.appearances}
            wordings.add(normalise(claim.statement))
            for wording in sorted(w for w in wordings if len(content_words(w)) >= 2):
                matcher._add(wording, claim)
        return matcher

    def _add(self, wording: str, claim: Claim) -> None:
        index = len(self.forms)
        words = frozenset(content_words(wording))
        self.forms.append((wording, claim, words))
        for word in words:
            self.by_word.setdefault(word, []).append(index)

    def _candidates(self, words: set[str]) -> list[int]:
        """Wordings sharing enough words to reach NEAR: most of theirs, or all of ours.

        Found through the sentence's rarer words: "increased" and "reduced" stand in
        hundreds of wordings and would make every sentence a candidate for all of them.
        """
        pool = set(chain.from_iterable(self.by_word.get(w, ()) for w in words - _CHANGES))
        out = []
        for i in pool:
            theirs = self.forms[i][2]
            shared = len(words & theirs)
            if shared >= 0.6 * len(theirs) or (shared == len(words) and shared >= 3):
                out.append(i)
        return out

    def match(self, sentence: str) -> list[Match]:
        """Claims the sentence makes, best first; those within 3 points of the best."""
        text = normalise(sentence)
        words = content_words(text)
        best: dict[str, Match] = {}
        for i in self._candidates(words):
            wording, claim, wording_words = self.forms[i]
            score = _score(text, words, wording, wording_words)
            if score >= NEAR and (claim.id not in best or score > best[claim.id].score):
                best[claim.id] = Match(claim, score, wording)
        if not best:
            return []
        top = max(m.score for m in best.values())
        return sorted(
            (m for m in best.values() if m.score >= top - 3), key=lambda m: (-m.score, m.claim.id)
        )


def _score(text: str, words: set[str], wording: str, wording_words: frozenset[str]) -> float:
    # normalised texts are single-spaced words, so padding makes `in` a whole-word test
    if f" {wording} " in f" {text} ":
        return STRONG
    if len(wording_words) >= 3 and words >= wording_words:
        return 95.0  # every meaningful word of the wording, in another order
    if len(words) >= 3 and f" {text} " in f" {wording} ":
        return 95.0  # the sentence is part of a longer recorded wording
    shared = words & wording_words
    if len(shared) >= 2 and len(words ^ wording_words) <= 1:
        return 92.0  # the same meaningful words but one ("increase hope" ~ "hope and inspiration")
    if len(wording_words) == 2 and words >= wording_words:
        return (
            90.0  # a short wording inside a longer sentence ("... a 20% reduction in readmissions")
        )
    return fuzz.token_sort_ratio(text, wording)
