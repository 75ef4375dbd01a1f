"""The evidence map: each claim with its grade, works and appearances; each work with its load.

Pure data: no I/O and no formatting (renderers in `peerclaims.render.report_*` do that).

Weight of a work ("load-bearing") is the triple

    (S, D, T) = (claims for which it is the ONLY direct evidence,
                 claims it supports directly,
                 claims it supports in any way: direct, review or secondary)

compared lexicographically, larger first. Rank 1 is the most load-bearing work; works with
equal triples share a rank (competition ranking: 1, 2, 2, 4). A work that no claim uses has
weight (0, 0, 0) and ranks last. Ties are listed by key.

A claim is *uncited* when it has at least one appearance and none of them has `cited_as`
(made without a citation wherever it is made). A claim rests on a *single work* when its
evidence names exactly one distinct key, and on *grey literature only* when every work it
names that is in references.bib is grey (`peerclaims.rules.claims.is_grey`); both follow
the `single-study-claim` and `grey-only-evidence` rules.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from peerclaims.apa import Segments, format_references
from peerclaims.corpus.grading import Level, cebm_level, grade_claim, study_level
from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Claim, Effect, Evidence
from peerclaims.curate.coverage import Cell, coverage
from peerclaims.rules.claims import is_grey

SUPPORTS = ("direct", "review", "secondary")
"""Support kinds, strongest first."""

GRADES = tuple(level.label for level in sorted(Level, reverse=True))
"""GRADE labels, strongest first: High, Moderate, Low, Very low."""


@dataclass(frozen=True, slots=True)
class WorkLink:
    """One work a claim rests on, and how."""

    key: str  # as in references.bib, or as written in the claim when the key is unknown
    support: str
    locator: str | None
    known: bool  # the key is in references.bib


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One claim of the map."""

    id: str
    statement: str
    kind: str
    population: str
    outcome: str
    direction: str
    grade: str
    grade_level: int  # 1 (Very low) to 4 (High)
    factors: tuple[str, ...]
    best_design: str | None
    works: tuple[WorkLink, ...]
    appearances: int
    documents: int
    uncited: bool
    single_work: bool
    grey_only: bool
    effect: Effect | None = None  # the effect as published, where the claim records one


@dataclass(frozen=True, slots=True)
class ClaimUse:
    """One claim resting on a work, and how."""

    claim_id: str
    support: str


@dataclass(frozen=True, slots=True)
class WorkEntry:
    """One work of the map, with the claims resting on it and its weight."""

    key: str
    citation: str  # APA parenthetical without parentheses: "Mead & McNeil, 2006"
    reference: Segments  # APA reference-list entry
    entry_type: str
    design: str | None
    level: str  # GRADE starting level of its design
    cebm: int  # Oxford CEBM 2011 level, 1 (best) to 5
    grey: bool
    claims: tuple[ClaimUse, ...]
    sole_direct: int
    direct: int
    total: int
    rank: int

    @property
    def weight(self) -> tuple[int, int, int]:
        """(only direct evidence for, directly supports, supports at all), compared in order."""
        return (self.sole_direct, self.direct, self.total)


@dataclass(frozen=True, slots=True)
class Summary:
    """Totals and the lists a curator acts on."""

    claims: int
    works: int
    links: int
    single_work: tuple[str, ...]
    grey_only: tuple[str, ...]
    uncited: tuple[str, ...]
    no_evidence: tuple[str, ...]
    unused_works: tuple[str, ...]
    grades: dict[str, int]  # every GRADE label, strongest first, zeros included


@dataclass(frozen=True, slots=True)
class EvidenceMap:
    """Claims in corpus order, works in rank order, and the summary."""

    claims: tuple[ClaimEntry, ...]
    works: tuple[WorkEntry, ...]
    summary: Summary
    coverage: tuple[Cell, ...] = ()  # outcome × population cells (curate.coverage)

    def work(self, key: str) -> WorkEntry | None:
        """The work with this key (case-insensitive), or None."""
        return next((w for w in self.works if w.key.lower() == key.lower()), None)


def evidence_map(corpus: Corpus) -> EvidenceMap:
    """Build the evidence map of a corpus."""
    claims = tuple(_claim_entry(claim, corpus) for claim in corpus.claims)
    works = _work_entries(claims, corpus)
    return EvidenceMap(claims, works, _summary(claims, works), coverage(corpus))


def _links(claim: Claim, corpus: Corpus) -> tuple[WorkLink, ...]:
    """The claim's works, one link per distinct key, keeping the strongest support given."""
    chosen: dict[str, Evidence] = {}
    for ev in claim.evidence:
        key = ev.ref.lower()
        earlier = chosen.get(key)
        if earlier is None or _strength(ev.support) < _strength(earlier.support):
            chosen[key] = ev
    links = []
    for ev in chosen.values():
        ref = corpus.reference(ev.ref)
        links.append(WorkLink(ref.key if ref else ev.ref, ev.support, ev.locator, ref is not None))
    return tuple(links)


def _strength(support: str) -> int:
    return SUPPORTS.index(support) if support in SUPPORTS else len(SUPPORTS)


def _claim_entry(claim: Claim, corpus: Corpus) -> ClaimEntry:
    grade = grade_claim(claim, corpus)
    links = _links(claim, corpus)
    known = [link.key for link in links if link.known]
    shown = claim.appearances
    return ClaimEntry(
        id=claim.id,
        statement=claim.statement,
        kind=claim.kind,
        population=claim.population,
        outcome=claim.outcome,
        direction=claim.direction,
        grade=grade.label,
        grade_level=int(grade.level),
        factors=grade.factors,
        best_design=grade.best_design,
        works=links,
        appearances=len(shown),
        documents=len({a.document for a in shown}),
        uncited=bool(shown) and not any(a.cited_as for a in shown),
        single_work=len(links) == 1,
        grey_only=bool(known) and all(is_grey(corpus, key) for key in known),
        effect=claim.effect,
    )


def _work_entries(claims: tuple[ClaimEntry, ...], corpus: Corpus) -> tuple[WorkEntry, ...]:
    uses: dict[str, list[ClaimUse]] = defaultdict(list)
    sole: dict[str, int] = defaultdict(int)
    for claim in claims:
        direct = [link.key for link in claim.works if link.known and link.support == "direct"]
        if len(direct) == 1:
            sole[direct[0].lower()] += 1
        for link in claim.works:
            if link.known:
                uses[link.key.lower()].append(ClaimUse(claim.id, link.support))
    formatted = {f.key.lower(): f for f in format_references(corpus.references)}
    entries = []
    for ref in {r.key.lower(): r for r in reversed(corpus.references)}.values():  # first wins
        used = tuple(uses.get(ref.key.lower(), ()))
        fmt = formatted[ref.key.lower()]
        entries.append(
            WorkEntry(
                key=ref.key,
                citation=fmt.short,
                reference=fmt.reference,
                entry_type=ref.entry_type,
                design=ref.design,
                level=study_level(ref).label,
                cebm=cebm_level(ref),
                grey=is_grey(corpus, ref.key),
                claims=used,
                sole_direct=sole.get(ref.key.lower(), 0),
                direct=sum(u.support == "direct" for u in used),
                total=len(used),
                rank=0,
            )
        )
    return _ranked(entries)


def _ranked(entries: list[WorkEntry]) -> tuple[WorkEntry, ...]:
    """Sort by weight (largest first, then key) and number with competition ranking."""
    ordered = sorted(entries, key=lambda w: (tuple(-x for x in w.weight), w.key.lower()))
    out: list[WorkEntry] = []
    for position, entry in enumerate(ordered, start=1):
        tied = out and out[-1].weight == entry.weight
        rank = out[-1].rank if tied else position
        out.append(replace(entry, rank=rank))
    return tuple(out)


def _summary(claims: tuple[ClaimEntry, ...], works: tuple[WorkEntry, ...]) -> Summary:
    grades = dict.fromkeys(GRADES, 0)
    for claim in claims:
        grades[claim.grade] = grades.get(claim.grade, 0) + 1
    return Summary(
        claims=len(claims),
        works=len(works),
        links=sum(len(c.works) for c in claims),
        single_work=tuple(c.id for c in claims if c.single_work),
        grey_only=tuple(c.id for c in claims if c.grey_only),
        uncited=tuple(c.id for c in claims if c.uncited),
        no_evidence=tuple(c.id for c in claims if not c.works),
        unused_works=tuple(sorted((w.key for w in works if not w.claims), key=str.lower)),
        grades=grades,
    )
