"""The study a sentence's subject describes: "A 2023 systematic review of 30 studies found
...", "In a randomised trial of 300 veterans, ...", "One meta-analysis concluded ...": its
design, publication year and size, and whether the corpus record of a work agrees.

The description is the subject of the sentence, or of its main clause after a short opening
phrase or a label ("In 2019, a trial ...", "Evidence base: A 2023 review ..."), and only a
singular one ("a review", not "two reviews" or "studies"). A year counts only where it
stands between the article and the design word ("a 2023 review"): "in 2019, a trial" may
be when the trial ran. Sizes count only as studies pooled ("of 30 studies") or people
enrolled ("of 300 veterans", "(n = 300)"); "a 12-month trial" and "of 12 sites" are
neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerclaims.corpus.model import Reference
from peerclaims.match.design import (
    BETWEEN,
    CONTENTS,
    HEADS,
    POOLED,
    DesignPhrase,
    count_of,
    mismatch,
    rounded_fits,
)
from peerclaims.text.citation_types import CitedWork

# typographic hyphens and spaces made plain, one character for one, so offsets hold
_PLAIN = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": "-", "\u00a0": " "})

_QUALIFIER = (
    r"(?P<{name}>more\s+than|over|at\s+least|upwards\s+of|nearly|almost|close\s+to|"
    r"about|around|approximately|roughly|some|up\s+to|under|fewer\s+than|less\s+than|~)"
)
_PEOPLE = (
    r"(?:participants|patients|people|persons|individuals|adults|veterans|clients|"
    r"consumers|service\s+users|users|members|youths?|young\s+people|adolescents|children|"
    r"women|men|mothers|fathers|parents|families|caregivers|carers|subjects|respondents|"
    r"inpatients|outpatients|residents|students|smokers|survivors|beneficiaries|enrollees|"
    r"recipients|workers|employees|peers|mentees)"
)
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
# "of 300 veterans", "involving more than 1,200 adults with serious mental illness"
_ENROLLED = re.compile(
    r"\s*,?\s+(?:of|with|involving|including|among|in|enrolling|that\s+enrolled|"
    r"which\s+enrolled)\s+(?:"
    + _QUALIFIER.format(name="qual")
    + r"\s+)?(?P<people>"
    + _NUMBER
    + r")\s+(?:[\w-]+\s+){0,3}?"
    + _PEOPLE
    + r"\b"
    + r"|\s*\(\s*n\s*=\s*(?P<n>"
    + _NUMBER
    + r")\s*\)",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    rf"(?:(?:reviews?|analys[ie]s){POOLED}|stud(?:y|ies)|trials?|evaluations?|surveys?|"
    r"investigations?)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"(?:a|an|one|the|this|that|another|a\s+single|one\s+such|their|its)\s+", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\w,.-])(?P<year>19[5-9]\d|20[0-4]\d)(?![\w,.-])")
_LABEL = re.compile(r"[*_#>\s]*[A-Za-z][\w /&-]{0,40}?[*_]*:[*_]*\s+")
_INTRO = re.compile(r"(?:[\w'-]+\s+){0,3}[\w'-]+,\s+")
_LEAD = re.compile(r"[\W_]*(?:(?:in|among|according\s+to)\s+)?", re.IGNORECASE)
_VERB = re.compile(
    r"[\s,]*(?:[^\s;]+\s+){0,6}?(?:found|finds|showed|shows|shown|"
    r"demonstrated|demonstrates|reported|reports|concluded|concludes|indicated|indicates|"
    r"suggested|suggests|revealed|reveals|confirmed|confirms|observed|observes|noted|notes|"
    r"documented|documents|estimated|estimates|established|establishes|identified|"
    r"identifies|determined|highlighted|highlights|compared|compares|examined|examines|"
    r"evaluated|evaluates|tested|tests|assessed|assesses)\b|\s*,",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Described:
    """The study a sentence's subject describes, with offsets in the sentence."""

    phrase: DesignPhrase  # kind "study" for a study of no particular design
    year: int | None
    people: int | None
    people_qualifier: str | None

    @property
    def start(self) -> int:
        """Where the description starts in the sentence."""
        return self.phrase.start

    @property
    def end(self) -> int:
        """Where the description ends in the sentence."""
        return self.phrase.end

    @property
    def text(self) -> str:
        """The description as written."""
        return self.phrase.text

    @property
    def checkable(self) -> bool:
        """Whether it says anything a corpus record could contradict."""
        return (
            self.phrase.kind != "study"
            or self.year is not None
            or self.people is not None
            or self.phrase.studies is not None
        )


def described_subject(sentence: str) -> Described | None:
    """The singular study description that is the subject of `sentence` (or of its main
    clause), if any."""
    text = sentence.translate(_PLAIN)
    starts = [0]
    label = _LABEL.match(text)
    if label:
        starts.append(label.end())
    for start in list(starts):
        intro = _INTRO.match(text, _LEAD.match(text, start).end())  # type: ignore[union-attr]
        if intro:
            starts.append(intro.end())
    for start in starts:
        found = _described_at(text, _LEAD.match(text, start).end())  # type: ignore[union-attr]
        if found is not None:
            return found
    return None


def described_before(text: str, citation_start: int) -> Described | None:
    """The singular study description standing right before the citation at
    `citation_start` of `text` ("according to a 2019 trial of 300 veterans (X)"), if any:
    offsets are in `text`."""
    window_start = max(0, citation_start - 160)
    window = text[window_start:citation_start].translate(_PLAIN)
    best = None
    for det in _ANY_DETERMINER.finditer(window):
        if CONTENTS.search(window[: det.start()]):
            continue  # "only one 2019 trial (X)": what a review found, not X
        d = _described_at(window, det.start(), verb=False)
        if d is not None and BETWEEN.match(window[d.end :]):
            best = d
    if best is None:
        return None
    p = best.phrase
    phrase = DesignPhrase(
        p.kind, p.text, p.studies, window_start + p.start, window_start + p.end, p.studies_qualifier
    )
    return Described(phrase, best.year, best.people, best.people_qualifier)


_ANY_DETERMINER = re.compile(r"\b(?:a|an|one|the|this|that|another|their|its)\s", re.IGNORECASE)


def _described_at(text: str, start: int, *, verb: bool = True) -> Described | None:
    det = _DETERMINER.match(text, start)
    if det is None:
        return None
    head = _head(text, det.end())
    if head is None:
        return None
    kind, m = head
    end = m.end()
    people, qualifier = None, None
    enrolled = _ENROLLED.match(text, end)
    if enrolled:
        end = enrolled.end()
        raw = enrolled.group("people") or enrolled.group("n")
        people, qualifier = int(raw.replace(",", "")), enrolled.group("qual")
    if (verb and not _VERB.match(text, end)) or _PLURAL.match(m.group(0)):
        return None
    studies, studies_qualifier = count_of(m)
    phrase = DesignPhrase(kind, text[start:end], studies, start, end, studies_qualifier)
    year = _YEAR.search(text, det.end(), m.start())
    return Described(
        phrase,
        int(year.group("year")) if year else None,
        people,
        " ".join(qualifier.lower().split()) if qualifier else None,
    )


# "studies", "trials", "reviews": several works, which one citation may not all be
_PLURAL = re.compile(
    r"(?:rcts|randomi[sz]ed\s+(?:controlled\s+|clinical\s+)?(?:trials|studies)|"
    r"cochrane\s+(?:systematic\s+)?reviews|meta-?analyses|systematic\s+(?:literature\s+)?"
    r"reviews|qualitative\s+studies|studies|trials|evaluations|reviews|surveys|analyses|"
    r"investigations)(?![\w-])",
    re.IGNORECASE,
)


def _head(text: str, pos: int) -> tuple[str, re.Match[str]] | None:
    """The design word after the determiner and at most four modifiers (the first one)."""
    for cut in _word_starts(text, pos, 4):
        for kind, pattern in (*HEADS, ("study", _GENERIC)):
            m = pattern.match(text, cut)
            if m and not _JOINED.match(text, m.end()):
                return kind, m
    return None


def _word_starts(text: str, pos: int, most: int) -> list[int]:
    """`pos` and where each of the next `most` words after it starts."""
    out = [pos]
    for _ in range(most):
        m = _WORD.match(text, out[-1])
        if m is None:
            break
        out.append(m.end())
    return out


# a modifier: a word that is not a preposition, conjunction or verb ("the results of")
_WORD = re.compile(
    r"(?!(?:of|in|for|from|with|and|or|but|by|at|on|to|as|that|which|who|whose|was|were|"
    r"is|are|has|have|had|not|found|showed)\s)[\w-]+\s+",
    re.IGNORECASE,
)
_JOINED = re.compile(r"[\w-]")


def described_problems(
    d: Described, ref: Reference, counts: set[float], *, design: bool, cited_year: str | None
) -> list[str]:
    """How the work differs from the description: its design and pooled size (only when
    `design`, else another reading reports them), its year (unless the citation gives the
    described year, when year-mismatch compares it with the record), its size."""
    out = []
    if design:
        problem = mismatch(d.phrase, ref, counts)
        if problem:
            out.append(problem)
    year = re.match(r"\d{4}", ref.year or "")
    written = re.match(r"\d{4}", cited_year or "")
    if written and int(written.group(0)) == d.year:
        year = None  # "a 2019 trial (X, 2019)": the citation's year is year-mismatch's
    if d.year is not None and year and abs(int(year.group(0)) - d.year) > 1:
        out.append(f"was published in {year.group(0)}, not {d.year}")
    n = ref.get("n") or ""
    if (
        d.people is not None
        and n.isdigit()
        and d.people not in counts
        and not rounded_fits(d.people, int(n), d.people_qualifier, slack=0.1)
    ):
        out.append(f"enrolled {int(n):,} people, not {d.people:,}")
    return out


# between a subject and the citation it describes: an example, a contrast, another source
# or a new clause with its own subject means the citation may be someone else's
_NOT_OWNED = re.compile(
    r";|\be\.\s*g\.|\b(?:for\s+example|for\s+instance|such\s+as|including|in\s+particular|"
    r"notably|especially|whereas|although|though|while|but|yet|however|unlike|"
    r"stud(?:y|ies)|trials?|rcts?|reviews?|meta-?analys[ie]s|analys[ie]s|evaluations?|"
    r"surveys?|reports?|papers?|research|researchers|authors|investigators|cohorts?)\b"
    r"|,\s*and\s+(?:the|a|an|another|other|this|these|those|its|their|they|it|he|she|we|"
    r"[A-Z][\w'-]*)\b",
)
_NO_NAME = re.compile(r"[a-z]{3,}\b.*\b[a-z]{3,}")


def described_owns(between: str) -> bool:
    """Whether a subject description belongs to the citation after it, given the text
    between them: not across an example, a contrast, another source or a new clause."""
    return not _NOT_OWNED.search(between.translate(_PLAIN))


def names_no_work(work: CitedWork) -> bool:
    """An item of a citation that names no work: no author, organisation or title, only a
    description ("updated meta-analysis through 2023", "unpublished data"). No reader can
    look it up, so it neither owns a description nor vouches for a figure."""
    return (
        not work.authors and not re.search(r"[A-Z]", work.text) and bool(_NO_NAME.search(work.text))
    )
