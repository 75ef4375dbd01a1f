"""What the search index holds for each claim and work: its texts by column, its facets
(the filters' values) and the factor its evidence grade multiplies bm25 by."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from peerclaims.corpus.grading import Level, grade_claim, study_level
from peerclaims.curate.explore import work_line, year_number
from peerclaims.text.folding import fold

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Claim, Reference

GRADE_STEP = 0.1
"""bm25 is multiplied by 1 + GRADE_STEP per grade level above Very low (High: 1.3)."""


class Row(NamedTuple):
    """One indexed item: columns of `item`, texts of `doc` (ident, heading, body, people,
    facets) and rows of `facet`."""

    kind: str
    ident: str
    title: str
    grade: str | None
    weight: float
    texts: tuple[str, str, str, str, str]
    facets: set[tuple[str, str, int | None]]


def indexed_rows(corpus: Corpus) -> Iterator[Row]:
    """Every claim, then every work, as indexed."""
    for claim in corpus.claims:
        yield _claim_row(claim, corpus, grade_claim(claim, corpus).level)
    for ref in corpus.references:
        yield _work_row(ref)


def weight(level: Level) -> float:
    """The factor bm25 is multiplied by for an item of this grade (Very low 1.0 … High 1.3)."""
    return round(1 + GRADE_STEP * (int(level) - int(Level.VERY_LOW)), 6)


def _claim_row(claim: Claim, corpus: Corpus, grade: Level) -> Row:
    works = [w for w in (corpus.reference(e.ref) for e in claim.evidence) if w is not None]
    facets: set[tuple[str, str, int | None]] = {
        ("ref", e.ref.lower(), None) for e in claim.evidence
    }
    facets |= {("population", claim.population, None), ("outcome", claim.outcome, None)}
    facets.update(f for w in works for f in _work_facets(w))
    texts = (
        claim.id,
        claim.statement,
        " | ".join(a.as_written for a in claim.appearances),
        " | ".join(a.cited_as for a in claim.appearances if a.cited_as),
        " ".join((*claim.tags, claim.population, claim.outcome)),
    )
    return Row(
        "claim",
        claim.id,
        " ".join(claim.statement.split()),
        grade.label,
        weight(grade),
        texts,
        facets,
    )


def _work_row(ref: Reference) -> Row:
    people = "; ".join(
        [" ".join(filter(None, (p.first, p.surname, p.jr))) for p in ref.creators]
        + list(ref.cited_as)
    )
    container = next(
        (
            v
            for k in ("journal", "booktitle", "institution", "publisher", "school", "organization")
            if (v := ref.get(k))
        ),
        "",
    )
    texts = (ref.key, ref.title, container, people, " ".join(filter(None, (ref.year, ref.design))))
    return Row(
        "work",
        ref.key,
        work_line(ref),
        None,
        weight(study_level(ref)),
        texts,
        set(_work_facets(ref)),
    )


def _work_facets(ref: Reference) -> Iterator[tuple[str, str, int | None]]:
    yield ("ref", ref.key.lower(), None)
    if ref.design:
        yield ("design", ref.design, None)
    if (year := year_number(ref)) is not None:
        yield ("year", "", year)
    for person in ref.creators:
        yield ("author", fold(person.surname), None)
        yield ("author", fold(person.last), None)
