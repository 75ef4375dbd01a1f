"""What a sentence says a cited work is: "one RCT (A; B)", "a Cochrane review (X)", "a
meta-analysis of 30 studies (X)", and whether the corpus record of the work agrees.

A design phrase describes a citation only when it stands right before it ("a Cochrane
review (Pitt et al., 2013)", "in one RCT by Clarke (2000)") with no other citation, clause
break or sentence end between. Trials named as what a review pooled ("a meta-analysis of
18 RCTs", "reviews including randomised trials") describe the review's contents, not the
work cited, and are not read as its design. The design words themselves (`HEADS`) are
shared with match.described, which reads a whole description (year, size) that is the
subject of a sentence or stands right before a citation.
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
POOLED = (
    r"(?:\s+of\s+(?:(?P<count_qualifier>more\s+than|over|at\s+least|nearly|almost|about|"
    rf"around|approximately|some|up\s+to|fewer\s+than|under)\s+)?{_COUNT}\s+"
    r"(?:\w+\s+){0,2}?(?:studies|trials|rcts|papers|articles))?"
)
_RCT_HEAD = (
    r"(?P<noun>rcts?|randomi[sz]ed\s+(?:controlled\s+|clinical\s+)?(?:trials?|stud(?:y|ies)))\b"
)
# the design word itself, with the studies it pooled: (kind, pattern)
HEADS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("cochrane", rf"cochrane\s+(?:systematic\s+)?review{POOLED}"),
        (
            "meta-analysis",
            rf"(?:systematic\s+review\s+and\s+)?meta-?analys[ie]s{POOLED}",
        ),
        ("systematic-review", rf"systematic\s+(?:literature\s+)?reviews?{POOLED}"),
        ("rct", _RCT_HEAD),
        ("qualitative", r"qualitative\s+(?:study|studies|evaluation|interview study)\b"),
    )
)
# (kind, pattern): kinds are checked against a work in `mismatch`
_PHRASES = tuple(
    (
        kind,
        re.compile(
            r"\b(?:a|an|one|single|the|this|that|two|three|four|\d)\s+(?:[\w-]+\s+){0,2}?"
            + pattern.pattern
            if kind == "rct"
            else r"\b" + pattern.pattern,
            re.IGNORECASE,
        ),
    )
    for kind, pattern in HEADS
)
# trials a review pooled: "a meta-analysis of 18 RCTs", "reviews including randomised trials"
CONTENTS = re.compile(
    r"\b(?:of|including|included|includes|from|across|among|pooled|reviewed|pooling|"
    r"identified|found|qualified as|counted|only|conducting|planned|ongoing|were|are|"
    r"there (?:is|was)|described)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# what may stand between a phrase and its citation: a few words, no clause break
BETWEEN = re.compile(
    r"^[\s,]*(?:(?:by|from|of|in|conducted|published|reported)\s+){0,2}"
    r"(?:(?-i:(?:the\s+|The\s+)?[A-Z][\w&-]*(?:\s+(?:of|and|&|[A-Z][\w&-]*)){0,6})\s*)?[\s(]*$",
    re.IGNORECASE,
)
"""What may stand between a design phrase and its citation: "by", "conducted", and the
journal it was "published in" ("A systematic review published in Psychiatric Services
(Repper & Carter, 2011)", which `venue.journal_before` checks too)."""
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
    studies_qualifier: str | None = None  # "more than", "about": how exact `studies` is

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
            if kind == "rct" and CONTENTS.search(window[: m.start("noun")]):
                continue
            if best is None or m.end() > best[1].end():
                best = (kind, m)
    if best is None or not BETWEEN.match(window[best[1].end() :]):
        return None
    kind, last = best
    studies, qualifier = count_of(last)
    return DesignPhrase(
        kind,
        last.group(0),
        studies,
        window_start + last.start(),
        window_start + last.end(),
        qualifier,
    )


_POSSESSIVE = re.compile(r"['’]s\s")


def phrase_within(citation: str) -> DesignPhrase | None:
    """The design phrase a possessive narrative citation gives its work ("Repper and
    Carter's 2011 systematic review"): the words after the possessive, offsets within
    `citation`."""
    owner = _POSSESSIVE.search(citation)
    if owner is None:
        return None
    window = normalise_typography(citation[owner.end() :])
    found = [(kind, m) for kind, pattern in _PHRASES for m in pattern.finditer(window)]
    if not found:
        return None
    kind, m = min(found, key=lambda pair: pair[1].start())
    studies, qualifier = count_of(m)
    return DesignPhrase(
        kind, m.group(0), studies, owner.end() + m.start(), owner.end() + m.end(), qualifier
    )


def count_of(m: re.Match[str]) -> tuple[int | None, str | None]:
    """The number of studies a design phrase says were pooled, and its qualifier."""
    groups = m.groupdict()
    count = groups.get("count")
    if not count:
        return None, None
    qualifier = groups.get("count_qualifier")
    studies = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
    return studies, " ".join(qualifier.lower().split()) if qualifier else None


_AT_LEAST = frozenset({"more than", "over", "at least", "upwards of"})
_AT_MOST = frozenset({"nearly", "almost", "close to", "up to", "under", "fewer than", "less than"})


def rounded_fits(stated: int, recorded: int, qualifier: str | None, *, slack: float) -> bool:
    """Whether a recorded size fits a stated one: "more than 30" any size from 30 up,
    "nearly 300" any up to it, "about 300" or a plain round 300 what rounds to it, and
    otherwise a size within `slack` (a fraction) of it (sizes randomised, analysed and
    reported differ)."""
    qualifier = " ".join(qualifier.lower().split()) if qualifier else None
    if qualifier in _AT_LEAST:
        return recorded >= stated * (1 - slack)
    if qualifier in _AT_MOST:
        return recorded <= stated * (1 + slack)
    digits = str(stated)
    zeros = len(digits) - len(digits.rstrip("0")) if stated else 0
    rounding = min(int("1" + "0" * zeros) / 2, stated / 4)  # 300 may be 296; 1,000 not 1,400
    margin = max(rounding, stated * slack)
    if qualifier is not None:  # about, around, approximately, some, roughly, ~
        margin = max(margin, stated * 0.15)
    return abs(recorded - stated) <= margin


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
        # reviews are labelled loosely (a report or framework built on a review); a primary
        # study called a review is a mismatch, and so is a narrative review called
        # systematic or a meta-analysis: it neither searched systematically nor pooled
        if design is None:
            return None
        if (design in _PRIMARY or design == "narrative-review") and not cochrane:
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
    if float(phrase.studies) in counts:
        return None
    if phrase.studies_qualifier is None and int(recorded or 0) != phrase.studies:
        return f"pooled {recorded} studies, not {phrase.studies}"
    if not rounded_fits(phrase.studies, int(recorded or 0), phrase.studies_qualifier, slack=0):
        return f"pooled {recorded} studies, not {phrase.studies_qualifier} {phrase.studies}"
    return None
