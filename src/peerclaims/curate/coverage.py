"""Coverage of the evidence: outcome × population cells with their works, reviews, trials,
findings by direction and the best grade — the data of an evidence gap map (Campbell
Collaboration / 3ie convention) and of the coverage table in docs/corpus.md.

Only findings count: claims of kind `finding` or `benefit` with a direction other than
`descriptive`, and evidence that the work itself gives (`direct`). History, policy and
descriptive statistics describe the field, not its effects, and are left out.

The map's frame is fixed in advance, as a gap map's is: every outcome that is an effect,
grouped into `DOMAINS`, as rows, and every population as a column (`frame`), so an empty
cell shows a gap rather than disappearing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from peerclaims.corpus.grading import Level, grade_claim
from peerclaims.corpus.load import Corpus
from peerclaims.corpus.vocab import Outcome, Population

REVIEW_DESIGNS = frozenset({"systematic-review", "meta-analysis"})
TRIAL_DESIGNS = frozenset({"rct", "cluster-rct", "quasi-experimental"})
NOT_EFFECTS = frozenset({"history", "policy", "workforce", "other"})
"""Outcomes that describe the field rather than an effect: never rows of the map."""
_FINDING_KINDS = frozenset({"finding", "benefit"})

_O = Outcome
DOMAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Use of services",
        (
            _O.HOSPITALIZATION,
            _O.EMERGENCY_DEPARTMENT,
            _O.CRISIS_SERVICES,
            _O.SERVICE_USE,
            _O.ENGAGEMENT,
            _O.TREATMENT_RETENTION,
            _O.MEDICATION_ADHERENCE,
            _O.SATISFACTION,
            _O.COST,
        ),
    ),
    (
        "Recovery and well-being",
        (
            _O.RECOVERY,
            _O.HOPE,
            _O.EMPOWERMENT,
            _O.SELF_EFFICACY,
            _O.SELF_ESTEEM,
            _O.QUALITY_OF_LIFE,
            _O.WELL_BEING,
            _O.COPING,
            _O.KNOWLEDGE,
        ),
    ),
    (
        "Health",
        (
            _O.SYMPTOMS,
            _O.DEPRESSION,
            _O.SUBSTANCE_USE,
            _O.RELAPSE,
            _O.OVERDOSE,
            _O.SUICIDE,
            _O.PHYSICAL_HEALTH,
            _O.MORTALITY,
            _O.ADVERSE_EVENTS,
        ),
    ),
    (
        "Social life",
        (
            _O.SOCIAL_FUNCTIONING,
            _O.SOCIAL_SUPPORT,
            _O.LONELINESS,
            _O.RELATIONSHIPS,
            _O.COMMUNITY_INTEGRATION,
            _O.STIGMA,
            _O.FAMILY_FUNCTIONING,
            _O.PARENTING,
        ),
    ),
    ("Living conditions", (_O.HOUSING, _O.EMPLOYMENT, _O.EDUCATION, _O.CRIMINAL_JUSTICE)),
)
"""The map's rows: every effect outcome of the vocabulary once, grouped by domain."""
OTHER_DOMAIN = "Other outcomes"  # outcomes outside the vocabulary that a cell has


@dataclass(frozen=True, slots=True)
class Cell:
    """One outcome × population cell of the map."""

    outcome: str
    population: str
    claims: tuple[str, ...]
    works: int
    reviews: int
    trials: int
    best: Level
    increase: int
    decrease: int
    null: int  # no-difference findings
    mixed: int

    @property
    def best_label(self) -> str:
        """The best grade among the cell's findings, e.g. "Moderate"."""
        return self.best.label


def coverage(corpus: Corpus) -> tuple[Cell, ...]:
    """Every non-empty cell, in vocabulary order (outcome, then population)."""
    claims: dict[tuple[str, str], list[str]] = defaultdict(list)
    works: dict[tuple[str, str], set[str]] = defaultdict(set)
    best: dict[tuple[str, str], Level] = {}
    directions: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for claim in corpus.claims:
        if (
            claim.kind not in _FINDING_KINDS
            or claim.direction == "descriptive"
            or claim.outcome in NOT_EFFECTS
        ):
            continue
        direct = [
            e.ref.lower()
            for e in claim.evidence
            if e.support == "direct" and corpus.reference(e.ref) is not None
        ]
        if not direct:
            continue
        cell = (claim.outcome, claim.population)
        claims[cell].append(claim.id)
        works[cell].update(direct)
        directions[cell][claim.direction] += 1
        level = grade_claim(claim, corpus).level
        best[cell] = max(best.get(cell, Level.VERY_LOW), level)
    order = {o.value: i for i, o in enumerate(Outcome)}
    pops = {p.value: i for i, p in enumerate(Population)}
    cells = []
    for (outcome, population), ids in claims.items():
        refs = [corpus.reference(k) for k in sorted(works[(outcome, population)])]
        designs = [r.design for r in refs if r is not None]
        d = directions[(outcome, population)]
        cells.append(
            Cell(
                outcome,
                population,
                tuple(ids),
                len(refs),
                sum(1 for x in designs if x in REVIEW_DESIGNS),
                sum(1 for x in designs if x in TRIAL_DESIGNS),
                best[(outcome, population)],
                d["increase"],
                d["decrease"],
                d["no-difference"],
                d["mixed"],
            )
        )
    return tuple(
        sorted(cells, key=lambda c: (order.get(c.outcome, 99), pops.get(c.population, 99)))
    )


def frame(
    cells: tuple[Cell, ...],
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """The map's rows (domains with their outcomes) and columns (populations).

    Every vocabulary outcome that is an effect and every population are there, with or
    without a cell; an outcome or population outside the vocabulary is added at the end
    when some cell has it (the `unknown-vocabulary-value` rule reports it too).
    """
    known = {o for _, outcomes in DOMAINS for o in outcomes}
    extra_rows = tuple(dict.fromkeys(c.outcome for c in cells if c.outcome not in known))
    rows = tuple((name, tuple(str(o) for o in outcomes)) for name, outcomes in DOMAINS)
    if extra_rows:
        rows += ((OTHER_DOMAIN, extra_rows),)
    pops = tuple(p.value for p in Population)
    extra_cols = tuple(dict.fromkeys(c.population for c in cells if c.population not in pops))
    return rows, pops + extra_cols


def markdown_table(cells: tuple[Cell, ...]) -> str:
    """The coverage table of docs/corpus.md: one row per cell."""
    lines = [
        "| outcome | population | works | reviews | trials | findings ↑ / ↓ / null / mixed | best grade |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    lines += [
        f"| {c.outcome} | {c.population} | {c.works} | {c.reviews} | {c.trials} | "
        f"{c.increase} / {c.decrease} / {c.null} / {c.mixed} | {c.best_label} |"
        for c in cells
    ]
    return "\n".join(lines) + "\n"
