"""Views of the corpus for a curator: one claim, one study, and what withdrawing works changes.

Functions over a loaded `Corpus`, with no rendering; the only file they read is the
optional `documents.yaml` beside the claims files, which gives the documents that claims
appear in their titles (corpus/titles.py). Unknown ids and keys raise `NotFoundError`,
which carries the closest existing names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerclaims.corpus.grading import Grade, cebm_level, grade_claim, study_level
from peerclaims.corpus.titles import title_of, title_order, titles_for
from peerclaims.errors import InputError
from peerclaims.suggest import closest, did_you_mean
from peerclaims.text.folding import fold

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Appearance, Claim, Evidence, Reference


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)[a-z]?\b|\bn\.?\s?d\.?(?=\W|$)", re.IGNORECASE)
_ET_AL = re.compile(r"([^\W\d_][\w'’-]+)\s*,?\s+et\.?\s+al", re.UNICODE)
_VANCOUVER = re.compile(r"([^\W\d_][\w'’-]+)\s+[A-Z]{1,3}\b\.?")
_GROUP_SPLIT = re.compile(r",|&|\band\b|\bet\.?\s+al\.?|[()]")
_NOT_NAMES = frozenset({"recent", "review", "by", "in", "see", "also", "cited", "the", "of"})
_CLOSE = 75.0


class NotFoundError(InputError, LookupError):
    """An unknown claim id or work key; `suggestions` holds the closest existing ones."""

    def __init__(self, what: str, name: str, suggestions: Sequence[str]) -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        super().__init__(f"no {what} '{name}' in the corpus{did_you_mean(list(self.suggestions))}")


@dataclass(frozen=True, slots=True)
class WorkSupport:
    """One evidence link of a claim, with the work it points to (None when not in the .bib)."""

    evidence: Evidence
    work: Reference | None
    cebm: int
    level: str


@dataclass(frozen=True, slots=True)
class AppearanceView:
    """One appearance and how its citation differs from the works in evidence."""

    appearance: Appearance
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """Everything a curator wants to see about one claim."""

    claim: Claim
    grade: Grade
    works: tuple[WorkSupport, ...]
    appearances: tuple[AppearanceView, ...]
    titles: Mapping[str, str] = field(default_factory=dict)  # document file name → title


@dataclass(frozen=True, slots=True)
class Resting:
    """A claim resting on a study, with how the study supports it."""

    claim: Claim
    support: str
    locator: str | None
    grade: str


@dataclass(frozen=True, slots=True)
class StudyView:
    """One work, its evidence levels and every claim resting on it."""

    work: Reference
    level: str
    cebm: int
    claims: tuple[Resting, ...]


@dataclass(frozen=True, slots=True)
class Affected:
    """A claim that loses evidence when works are withdrawn."""

    claim: Claim
    lost: tuple[str, ...]
    remaining: tuple[str, ...]
    before: Grade
    after: Grade


@dataclass(frozen=True, slots=True)
class Impact:
    """What withdrawing works does, worst first; each claim is in exactly one group.

    `no_evidence`: claims left with no evidence at all; `loses_direct`: claims whose direct
    works are all withdrawn but which keep some review or secondary evidence; `weakened`:
    claims that lose some evidence but keep a direct work, or had none to lose. Within a
    group, claims keep the corpus order.
    """

    withdrawn: tuple[str, ...]
    loses_direct: tuple[Affected, ...]
    weakened: tuple[Affected, ...]
    no_evidence: tuple[Affected, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)  # document file name → title

    @property
    def affected(self) -> tuple[Affected, ...]:
        """Every affected claim, worst first: no evidence left, no direct support, weakened."""
        return (*self.no_evidence, *self.loses_direct, *self.weakened)

    @property
    def appearances(self) -> list[tuple[str, Claim, Appearance]]:
        """(document, claim, appearance) for every affected claim, sorted by the document's
        title (its file name where it has none)."""
        rows = [
            (a.document, item.claim, a) for item in self.affected for a in item.claim.appearances
        ]
        return sorted(
            rows, key=lambda row: (title_order(title_of(row[0], self.titles)), row[0], row[1].id)
        )


def year_number(ref: Reference | None) -> int | None:
    """The year of a work as a number ("2006b" gives 2006), or None."""
    match = re.match(r"\s*(\d{4})", (ref.year or "") if ref else "")
    return int(match.group(1)) if match else None


def work_line(ref: Reference) -> str:
    """A one-line label: "Sledge et al. (2011). Effectiveness of peer support …"."""
    names = [p.surname or p.last for p in ref.creators]
    if not names:
        who = ref.get("institution") or ref.get("organization") or ref.key
    elif len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} & {names[1]}"
    else:
        who = f"{names[0]} et al."
    title = f" {ref.title}" if ref.title else ""
    return f"{who} ({ref.year or 'n.d.'}).{title}"


def document_titles(corpus: Corpus) -> dict[str, str]:
    """Titles of the documents claims appear in, from the `documents.yaml` beside each
    layer's claims file (first layer wins); InputError when one is malformed."""
    return titles_for(claims for claims, _ in corpus.layer_files() if claims)


def claim_view(corpus: Corpus, claim_id: str, titles: Mapping[str, str] | None = None) -> ClaimView:
    """The claim, its grade, its works with levels, and its appearances with citation
    variants; documents are named by `titles` (by default `document_titles`)."""
    claim = corpus.claim(claim_id)
    if claim is None:
        raise NotFoundError("claim", claim_id, closest(claim_id, (c.id for c in corpus.claims)))
    works = tuple(_support(e, corpus.reference(e.ref)) for e in claim.evidence)
    found = [w.work for w in works if w.work is not None]
    views = tuple(
        AppearanceView(a, citation_variants(a.cited_as, found)) for a in claim.appearances
    )
    titles = document_titles(corpus) if titles is None else titles
    return ClaimView(claim, grade_claim(claim, corpus), works, views, titles)


def _support(evidence: Evidence, work: Reference | None) -> WorkSupport:
    return WorkSupport(evidence, work, cebm_level(work), study_level(work).label)


def study_view(corpus: Corpus, key: str) -> StudyView:
    """The work, its starting GRADE level and CEBM level, and every claim resting on it."""
    work = corpus.reference(key)
    if work is None:
        raise NotFoundError("work", key, closest(key, (r.key for r in corpus.references)))
    resting = [
        Resting(claim, e.support, e.locator, grade_claim(claim, corpus).label)
        for claim in corpus.claims
        for e in claim.evidence
        if e.ref.lower() == work.key.lower()
    ]
    return StudyView(work, study_level(work).label, cebm_level(work), tuple(resting))


def impact(corpus: Corpus, keys: Sequence[str], titles: Mapping[str, str] | None = None) -> Impact:
    """Claims left with no evidence, claims losing all direct support, and claims weakened,
    if these works are withdrawn; documents are named by `titles` (by default
    `document_titles`)."""
    withdrawn: list[str] = []
    for key in keys:
        work = corpus.reference(key)
        if work is None:
            raise NotFoundError("work", key, closest(key, (r.key for r in corpus.references)))
        if work.key not in withdrawn:  # "KEY key" names one work once
            withdrawn.append(work.key)
    gone = {k.lower() for k in withdrawn}
    nothing: list[Affected] = []
    loses: list[Affected] = []
    weakened: list[Affected] = []
    for claim in corpus.claims:
        item = _affected(claim, corpus, gone)
        if item is None:
            continue
        direct = [e for e in claim.evidence if e.support == "direct"]
        if not item.remaining:
            nothing.append(item)
        elif direct and all(e.ref.lower() in gone for e in direct):
            loses.append(item)
        else:
            weakened.append(item)
    titles = document_titles(corpus) if titles is None else titles
    return Impact(tuple(withdrawn), tuple(loses), tuple(weakened), tuple(nothing), titles)


def _affected(claim: Claim, corpus: Corpus, gone: set[str]) -> Affected | None:
    lost = tuple(e.ref for e in claim.evidence if e.ref.lower() in gone)
    if not lost:
        return None
    kept = tuple(e for e in claim.evidence if e.ref.lower() not in gone)
    after = grade_claim(claim.model_copy(update={"evidence": kept}), corpus)
    return Affected(claim, lost, tuple(e.ref for e in kept), grade_claim(claim, corpus), after)


@dataclass(frozen=True, slots=True)
class CitedForm:
    """One work as a citation names it: author surnames as written and a year (or None)."""

    names: tuple[str, ...]
    year: int | None
    text: str


def cited_forms(cited_as: str | None) -> list[CitedForm]:
    """Loosely parse a citation: "Surname, Other, & Third, 2010" groups, else "X et al"."""
    if not cited_as:
        return []
    forms, start = [], 0
    for match in _YEAR.finditer(cited_as):
        names = _names(cited_as[start : match.start()])
        year = int(match.group(1)) if match.group(1) else None
        if names:
            forms.append(CitedForm(names, year, cited_as[start : match.end()].strip(" ;,()")))
        start = match.end()
    if forms:
        return forms
    for pattern, et_al in ((_ET_AL, " et al."), (_VANCOUVER, "")):
        names = tuple(n for n in pattern.findall(cited_as) if n.lower() not in _NOT_NAMES)
        if names:
            return [CitedForm(names, None, (names[0] + et_al) if et_al else ", ".join(names))]
    return []


def _names(text: str) -> tuple[str, ...]:
    text = text.split(";")[-1]
    groups = (" ".join(g.split()).strip(" .") for g in _GROUP_SPLIT.split(text))
    names = []
    for group in groups:
        words = [w for w in group.split() if w.lower() not in _NOT_NAMES]
        if words and words[0][:1].isupper() and len(words[0]) > 1:
            names.append(" ".join(words))
    return tuple(names)


def citation_variants(cited_as: str | None, works: Sequence[Reference]) -> tuple[str, ...]:
    """How a citation differs from the works in evidence: year, surname spelling, no match."""
    out: list[str] = []
    for form in cited_forms(cited_as):
        work, score = _best_work(form, works)
        if work is None or score < _CLOSE:
            out.append(f"'{form.text}' matches no work in the evidence")
            continue
        year = year_number(work)
        if form.year is not None and year is not None and form.year != year:
            out.append(f"year {form.year} vs {year} ({work.key})")
        out.extend(
            f"'{name}' vs '{actual}' ({work.key})" for name, actual in _spellings(form, work)
        )
    return tuple(dict.fromkeys(out))


def _best_work(form: CitedForm, works: Sequence[Reference]) -> tuple[Reference | None, float]:
    best: tuple[float, bool, Reference | None] = (0.0, False, None)
    for work in works:
        names = [p.surname for p in work.creators] + [re.sub(r"\d.*", "", work.key)]
        names += [v for k in ("institution", "organization") if (v := work.get(k))]
        score = max(_similar(form.names[0], name) for name in names)
        candidate = (score, form.year == year_number(work), work)
        if candidate[:2] > best[:2]:
            best = candidate
    return best[2], best[0]


def _spellings(form: CitedForm, work: Reference) -> list[tuple[str, str]]:
    surnames = [p.surname for p in work.creators]
    folded = {fold(s) for s in surnames} | {fold(p.last) for p in work.creators}
    pairs = []
    for name in form.names:
        if fold(name) in folded or not surnames:
            continue
        actual = max(surnames, key=lambda s: _similar(name, s))
        if _similar(name, actual) >= _CLOSE:
            pairs.append((name, actual))
    return pairs


def _similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(fold(a), fold(b))
