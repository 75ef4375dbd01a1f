"""What a sentence says a cited work is: "one RCT (A; B)", "a Cochrane review (X)", "a
meta-analysis of 30 studies (X)", and whether the corpus record of the work agrees.

A design phrase describes a citation only when it stands right before it ("a Cochrane
review (Pitt et al., 2013)", "in one RCT by Clarke (2000)") with no other citation, clause
break or sentence end between. Trials named as what a review pooled ("a meta-analysis of
18 RCTs", "reviews including randomised trials") describe the review's contents, not the
work cited, and are not read as its design.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerclaims.corpus.model import Reference
from peerclaims.text.sentences import normalise_typography

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_POOLED = rf"(?:\s+of\s+{_COUNT}\s+(?:\w+\s+){{0,2}}?(?:studies|trials|rcts|papers|articles))?"

# (kind, pattern): kinds are checked against a work in `mismatch`
_PHRASES = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("cochrane", rf"\bcochrane\s+(?:systematic\s+)?review{_POOLED}"),
        ("meta-analysis", rf"\bmeta-?analys[ie]s{_POOLED}"),
        ("systematic-review", rf"\bsystematic\s+(?:literature\s+)?reviews?{_POOLED}"),
        (
            "rct",
            r"\b(?:a|an|one|single|the|this|that|two|three|four|\d)\s+(?:[\w-]+\s+){0,2}?"
            r"(?P<noun>rcts?|randomi[sz]ed\s+(?:controlled\s+|clinical\s+)?trials?)\b",
        ),
        ("qualitative", r"\bqualitative\s+(?:study|studies|evaluation|interview study)\b"),
    )
)
# trials a review pooled: "a meta-analysis of 18 RCTs", "reviews including randomised trials"
_CONTENTS = re.compile(
    r"\b(?:of|including|included|includes|from|across|among|pooled|reviewed|pooling|"
    r"identified|found|qualified as|counted|only|conducting|planned|ongoing|were|are|"
    r"there (?:is|was)|described)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# what may stand between a phrase and its citation: a few words, no clause break
_BETWEEN = re.compile(
    r"^[\s,]*(?:(?:by|from|of|in|conducted|published|reported)\s+){0,2}[\s(]*$", re.IGNORECASE
)
_TRIAL_DESIGNS = frozenset({"rct", "cluster-rct"})
_PRIMARY = frozenset(
    {
        "rct",
        "cluster-rct",
        "quasi-experimental",
        "cohort",
        "case-control",
        "pre-post",
        "cross-sectional",
        "qualitative",
        "mixed-methods",
    }
)


@dataclass(frozen=True, slots=True)
class DesignPhrase:
    """A design word before a citation, and the number of studies it gives, if any."""

    kind: str
    text: str
    studies: int | None
    start: int
    end: int

    @property
    def plural(self) -> bool:
        """Several trials ("two RCTs"): one work cited for them may be a review counting them."""
        first = self.text.split()[0].lower()
        several = first in ("two", "three", "four") or (first.isdigit() and int(first) > 1)
        return self.kind == "rct" and (several or self.text.lower().endswith("s"))


def phrase_before(text: str, citation_start: int) -> DesignPhrase | None:
    """The design phrase describing the citation at `citation_start` of `text`, if any."""
    window_start = max(0, citation_start - 160)
    window = normalise_typography(text[window_start:citation_start])
    best: tuple[str, re.Match[str]] | None = None
    for kind, pattern in _PHRASES:
        for m in pattern.finditer(window):
            if kind == "rct" and _CONTENTS.search(window[: m.start("noun")]):
                continue
            if best is None or m.end() > best[1].end():
                best = (kind, m)
    if best is None or not _BETWEEN.match(window[best[1].end() :]):
        return None
    kind, last = best
    count = last.groupdict().get("count")
    studies = None
    if count:
        studies = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
    return DesignPhrase(
        kind, last.group(0), studies, window_start + last.start(), window_start + last.end()
    )


_LEAD = re.compile(r"[\W_]*(?:in\s+)?", re.IGNORECASE)
# "A 2023 systematic review of 30 studies", "One small RCT" at the start of a sentence
_SUBJECTS = tuple(
    (
        kind,
        re.compile(
            pattern.pattern
            if kind == "rct"
            else r"(?:a|an|one|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:" + pattern.pattern + ")",
            re.IGNORECASE,
        ),
    )
    for kind, pattern in _PHRASES
)
_SUBJECT_VERB = re.compile(
    r"[\s,]*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:found|finds|showed|shows|demonstrated|"
    r"demonstrates|reported|reports|concluded|concludes|indicated|indicates|suggested|"
    r"suggests|revealed|reveals|confirmed|confirms)\b|\s*,",
    re.IGNORECASE,
)


def subject_phrase(sentence: str) -> DesignPhrase | None:
    """A design phrase that is the sentence's subject: "A 2023 systematic review of 30
    studies found ...", "In one RCT, ..."; it describes the sentence's only cited work."""
    text = normalise_typography(sentence)
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    for kind, pattern in _SUBJECTS:
        m = pattern.match(text, start)
        if m and _SUBJECT_VERB.match(text, m.end()):
            count = m.groupdict().get("count")
            studies = None
            if count:
                studies = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
            return DesignPhrase(kind, m.group(0), studies, m.start(), m.end())
    return None


def mismatch(phrase: DesignPhrase, ref: Reference, counts: set[float]) -> str | None:
    """How the work differs from what the phrase calls it, or None if it fits (or the corpus
    does not record enough to tell). `counts` are figures the corpus gives for the work
    anywhere: a review's size is right if any of them is the number stated."""
    design = ref.design
    journal = (ref.get("journal") or "").lower()
    cochrane = "cochrane database" in journal
    if phrase.kind == "cochrane":
        if not journal:
            return None
        if not cochrane:
            return f"is not a Cochrane review (published in {ref.get('journal')})"
    elif phrase.kind in ("meta-analysis", "systematic-review"):
        # reviews are labelled loosely ("a systematic review" for a structured narrative
        # one, a report or framework built on one); only a primary study called a review
        # is a mismatch
        if design is None:
            return None
        if design in _PRIMARY and not cochrane:
            return f"is not a {phrase.kind.replace('-', ' ')} (its design is {design})"
    elif phrase.kind == "rct":
        if design is None:
            return None
        if design not in _TRIAL_DESIGNS:
            return f"is not a randomised trial (its design is {design})"
    elif phrase.kind == "qualitative":
        if design is None:
            return None
        if design not in ("qualitative", "mixed-methods"):
            return f"is not a qualitative study (its design is {design})"
    return _size_mismatch(phrase, ref, counts)


def _size_mismatch(phrase: DesignPhrase, ref: Reference, counts: set[float]) -> str | None:
    recorded = ref.get("studies")
    if phrase.kind == "rct" or phrase.studies is None or not (recorded or "").isdigit():
        return None
    if int(recorded or 0) != phrase.studies and float(phrase.studies) not in counts:
        return f"pooled {recorded} studies, not {phrase.studies}"
    return None
