"""Resolve an in-text citation (authors, year) to a work in the corpus.

The answer is `exact`, `variant` (a unique work, with the differences: a misspelt author, a
different year), `ambiguous` (several works fit; candidates listed) or `unresolved`.
Names are compared folded (no case, accents or hyphens: "Coatsworth-Puspoky" equals
"Coatsworth Puspoky"); organisations also by acronym ("NASMHPD", "DMHAS").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Person, Reference
from peerclaims.text.citation_types import CitationKind, CitedWork
from peerclaims.text.folding import fold
from peerclaims.text.names import acronyms, is_organisation

NAME_CUTOFF = 80  # rapidfuzz ratio for a misspelt surname ("Ochoka" ~ "Ochocka": 92)
ORG_CUTOFF = 90  # token-set ratio for an organisation written a little differently
_NO_YEAR = {"n.d.", "nd", "n.d", "no date"}


class Status(StrEnum):
    """How a cited work resolved: one work exactly, one work with differences, several, none."""

    EXACT = "exact"
    VARIANT = "variant"
    AMBIGUOUS = "ambiguous"
    UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Difference:
    """One way a citation differs from the work it resolves to."""

    field: str  # "author", "year" or "authors"
    written: str
    expected: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one cited work resolved against the corpus."""

    status: Status
    key: str | None = None
    candidates: tuple[str, ...] = ()
    differences: tuple[Difference, ...] = ()


@dataclass
class CitationIndex:
    """Works by folded first-author surname and by organisation acronym, built once."""

    corpus: Corpus
    by_surname: dict[str, list[Reference]] = field(default_factory=lambda: defaultdict(list))
    surnames: list[str] = field(default_factory=list)
    recorded: dict[tuple[str, str], str] = field(default_factory=dict)  # citedas forms → key
    recorded_text: dict[str, str] = field(default_factory=dict)  # folded citedas text → key
    by_identifier: dict[str, str] = field(default_factory=dict)  # "doi:10...", "pmid:..." → key

    @classmethod
    def build(cls, corpus: Corpus) -> CitationIndex:
        """Index every reference of a corpus."""
        index = cls(corpus)
        for ref in corpus.references:
            for name in ("doi", "pmid", "pmcid"):
                if value := ref.get(name):
                    index.by_identifier.setdefault(f"{name}:{value.strip().lower()}", ref.key)
            if not ref.creators:
                continue
            for name in _name_keys(ref.creators[0]):
                index.by_surname[name].append(ref)
            for authors, year in _recorded_forms(ref):
                index.recorded.setdefault((fold(authors[0]), year.lower()), ref.key)
            for variant in ref.cited_as:
                index.recorded_text.setdefault(fold(variant), ref.key)
        index.surnames = sorted(index.by_surname)
        return index


def resolve_recorded(text: str, index: CitationIndex) -> Resolution | None:
    """A yearless citation the corpus records word for word as citing one work ("Chinman, CAI")."""
    key = index.recorded_text.get(fold(text))
    return Resolution(Status.EXACT, key=key) if key else None


def resolve_written(kind: CitationKind, work: CitedWork, index: CitationIndex) -> Resolution:
    """One work of a citation as written: a link by its identifier; a vague citation also by
    a form the corpus records word for word, and narrowed by the journal it names."""
    if kind == CitationKind.NUMBERED:  # a link to its work (`text.links`)
        return resolve_identifier(work.locator, index)
    res = resolve(work.authors, work.year, index)
    if kind == CitationKind.VAGUE and res.status in (Status.AMBIGUOUS, Status.UNRESOLVED):
        res = resolve_recorded(work.text, index) or res
    if kind == CitationKind.VAGUE and res.candidates and work.locator:
        res = narrow_by_journal(res, work.locator, index.corpus)
    return res


def resolve_group(
    kind: CitationKind, works: tuple[CitedWork, ...], index: CitationIndex
) -> tuple[Resolution, ...]:
    """Each work of one citation (`resolve_written`). Where the same authors are given two
    years ("Kutash et al. 2011, 2013") and one is the corpus work's, the other names another
    work of theirs: it is unresolved, not the corpus work with a wrong year."""
    out = [resolve_written(kind, work, index) for work in works]
    exact = {r.key for r in out if r.key and not any(d.field == "year" for d in r.differences)}
    return tuple(
        Resolution(Status.UNRESOLVED, candidates=(r.key,))
        if r.key in exact and any(d.field == "year" for d in r.differences)
        else r
        for r in out
    )


def resolve_identifier(locator: str | None, index: CitationIndex) -> Resolution:
    """A linked work by the identifier its address gives (`text.links.identifier`): the
    corpus work with that DOI, PubMed or PMC number, or unresolved."""
    key = index.by_identifier.get(locator or "")
    return Resolution(Status.EXACT, key=key) if key else Resolution(Status.UNRESOLVED)


def _recorded_forms(ref: Reference) -> list[tuple[tuple[str, ...], str]]:
    """(authors, year) of each `citedas` variant that reads as an author-year citation."""
    from peerclaims.text.citations import find_citations

    forms: list[tuple[tuple[str, ...], str]] = []
    for variant in ref.cited_as:
        for citation in find_citations(f"({variant})"):
            forms.extend((w.authors, w.year) for w in citation.works if w.authors and w.year)
    return forms


def _name_keys(person: Person) -> set[str]:
    """Folded surname, plus acronyms for organisations (every run of 3+ initials)."""
    keys = {fold(person.surname)}
    if is_organisation(person) or person.last.isupper():
        keys |= acronyms(person.last)
    return keys


def _written_keys(author: str) -> list[str]:
    keys = [fold(re.sub(r"\([^)]*\)", " ", author))]
    keys += [fold(a) for a in re.findall(r"\(([A-Z]{2,})\)", author)]
    if author.isupper():
        keys.append(fold(author))
    return [k for k in keys if k]


def resolve(authors: tuple[str, ...], year: str | None, index: CitationIndex) -> Resolution:
    """Resolve one cited work given its authors as written and its year as written."""
    if not authors:
        return Resolution(Status.UNRESOLVED)
    candidates, first_diff = _by_first_author(authors[0], index)
    # an organisation found by shared words ("Department of Health and Human Services" for
    # "State of Connecticut Department of Mental Health ...") is not known to be the same body
    loose = first_diff is not None or (
        bool(candidates)
        and fold(authors[0]) not in {fold(p.surname) for p in candidates[0].creators[:1]}
    )
    if not candidates:
        return Resolution(Status.UNRESOLVED)
    if len(authors) > 1:
        candidates = _narrow_by_coauthors(authors, candidates)
        if loose and not any(_coauthors_agree(authors, r) for r in candidates):
            # "Chen and Schultz" against Chien et al.: a first author spelt differently and
            # a co-author the work lacks are two slips, less likely than another work
            return Resolution(Status.UNRESOLVED, candidates=tuple(r.key for r in candidates))
    diffs = [first_diff] if first_diff else []
    same_year = [r for r in candidates if _year_matches(r, year)]
    if len(same_year) != 1 and year is not None:
        # a form the corpus records as a known way of citing one work settles it
        known = index.recorded.get((fold(authors[0]), year.lower()))
        pinned = [r for r in candidates if r.key == known]
        if pinned:
            return _unique(pinned[0], authors, year, diffs)
    if len(same_year) == 1:
        return _unique(same_year[0], authors, year, diffs)
    if len(same_year) > 1:
        return Resolution(Status.AMBIGUOUS, candidates=tuple(r.key for r in same_year))
    if len(candidates) == 1:
        if not _plausibly_same(candidates[0], authors, year, misspelt=loose):
            return Resolution(Status.UNRESOLVED, candidates=(candidates[0].key,))
        return _unique(candidates[0], authors, year, diffs)
    return Resolution(
        Status.AMBIGUOUS, candidates=tuple(r.key for r in candidates), differences=tuple(diffs)
    )


def _by_first_author(
    author: str, index: CitationIndex
) -> tuple[list[Reference], Difference | None]:
    for key in _written_keys(author):
        if key in index.by_surname:
            return list(index.by_surname[key]), None
    key = fold(author)
    if not key:
        return [], None
    scorer = fuzz.token_set_ratio if len(key.split()) > 2 else fuzz.ratio
    cutoff = ORG_CUTOFF if len(key.split()) > 2 else NAME_CUTOFF
    match = process.extractOne(key, index.surnames, scorer=scorer, score_cutoff=cutoff)
    if match is None:
        return [], None
    refs = list(index.by_surname[match[0]])
    if len(key.split()) > 2:  # an organisation in other words is the same author, not a typo
        return refs, None
    return refs, Difference("author", author, refs[0].creators[0].surname)


def _plausibly_same(
    ref: Reference, authors: tuple[str, ...], year: str | None, *, misspelt: bool = False
) -> bool:
    """A different year names the same work only when it is close, or one typing slip away
    and co-authors agree.

    "Bologna & Pulice, 2010" for the 2011 paper is a wrong year; "Davidson, 2020" against a
    corpus that holds only Davidson 2012 is more likely another work by the same author.
    When the first author is also spelt differently ("Seal et al., 2010" against Segal et
    al., 2011), only agreeing co-authors make it the same work: two slips in one citation
    are less likely than another work; so are a different year and a co-author the work
    does not have.
    """
    if year is None or year.lower() in _NO_YEAR or ref.year is None:
        return True
    written, actual = re.match(r"\d{4}", year), re.match(r"\d{4}", ref.year)
    if not written or not actual:
        return False
    others = [fold(p.surname) for p in ref.creators[1:]]
    if any(not _close(fold(a), others) for a in authors[1:]):
        # "Rogers, Kash-MacDonald & Brucker, 2009" is not Rogers, Teague ... 2007, nor "Jason,
        # Olson & Foli, 2008" Jason, Olson, Ferrari ... 2007: a co-author the work lacks
        return False
    if abs(int(written.group()) - int(actual.group())) <= 2 and not misspelt:
        return True
    if not _one_slip(written.group(), actual.group()):
        return False  # "Solomon and Draine, 2001" against their 1995 paper: another paper
    # co-authors in the work's order ("Gillard & Holley, 2018" is not Gillard, Gibson,
    # Holley and Lucock, 2014)
    people = [fold(p.surname) for p in ref.creators]
    return len(authors) > 1 and all(
        i < len(people) and _close(fold(a), [people[i]]) for i, a in enumerate(authors[1:], 1)
    )


def _one_slip(written: str, actual: str) -> bool:
    """Years one typing slip apart: one digit wrong ("2001" for "2011") or two next to each
    other swapped ("2021" for "2012")."""
    wrong = [i for i in range(4) if written[i] != actual[i]]
    swapped = len(wrong) == 2 and wrong[1] == wrong[0] + 1
    return len(wrong) == 1 or (swapped and written[wrong[0]] == actual[wrong[1]])


def _coauthors_agree(authors: tuple[str, ...], ref: Reference) -> bool:
    """Whether some co-author written after the first is among the work's co-authors."""
    others = [fold(p.surname) for p in ref.creators[1:]]
    return any(_close(fold(a), others) for a in authors[1:])


def _narrow_by_coauthors(authors: tuple[str, ...], refs: list[Reference]) -> list[Reference]:
    def agreement(ref: Reference) -> int:
        others = [fold(p.surname) for p in ref.creators[1:]]
        return sum(1 for a in authors[1:] if _close(fold(a), others))

    best = max(agreement(r) for r in refs)
    return [r for r in refs if agreement(r) == best] if best else refs


def _close(name: str, choices: list[str]) -> bool:
    """Whether a written surname is one of `choices`, as spelt or nearly, or one part of a
    compound surname ("Elran" for Stanger Elran, "MacDonald" for Kash-MacDonald)."""
    parts = [p for c in choices for p in re.split(r"[\s-]+", c) if len(p) >= 3 and p != c]
    return any(fuzz.ratio(name, c) >= NAME_CUTOFF for c in [*choices, *parts])


def _year_matches(ref: Reference, written: str | None) -> bool:
    """Same year; a suffix ("2006b") must also be the work's, in its year or its key."""
    if written is None or ref.year is None:
        return False
    ours, theirs = written.strip().lower(), ref.year.strip().lower()
    if ours == theirs:
        return True
    suffixed = re.fullmatch(r"(\d{4})([a-z])", ours)
    return suffixed is not None and theirs == suffixed.group(1) and ref.key.lower().endswith(ours)


def _unique(
    ref: Reference, authors: tuple[str, ...], year: str | None, diffs: list[Difference]
) -> Resolution:
    diffs = [*diffs, *_coauthor_differences(ref, authors)]
    if year is not None and not _year_matches(ref, year):
        shown = "n.d." if year.lower() in _NO_YEAR else year
        diffs.append(Difference("year", shown, ref.year or "n.d."))
    return Resolution(
        Status.VARIANT if diffs else Status.EXACT, key=ref.key, differences=tuple(diffs)
    )


def _coauthor_differences(ref: Reference, authors: tuple[str, ...]) -> list[Difference]:
    """Misspelt co-authors, compared position by position with the work's authors."""
    out = []
    people = ref.creators
    for i, written in enumerate(authors[1:], start=1):
        if i >= len(people):
            break
        expected = people[i].surname
        written = re.sub(r"\A(?:[A-Z]\.\s*)+", "", written)  # "W.A. Jones": a lost comma
        if fold(written) != fold(expected) and fuzz.ratio(fold(written), fold(expected)) >= 60:
            out.append(Difference("author", written, expected))
    return out


def narrow_by_journal(res: Resolution, locator: str, corpus: Corpus) -> Resolution:
    """'Chinman et al in Psych Services': keep the candidates published there."""
    words = fold(locator).split()
    kept = []
    for key in res.candidates:
        ref = corpus.reference(key)
        journal = fold(ref.get("journal") or "") if ref else ""
        if journal and all(any(j.startswith(w[:5]) for j in journal.split()) for w in words):
            kept.append(key)
    if len(kept) == 1:
        ref = corpus.reference(kept[0])
        missing_year = Difference("year", "none given", (ref.year if ref else None) or "n.d.")
        return Resolution(Status.VARIANT, key=kept[0], differences=(*res.differences, missing_year))
    return res
