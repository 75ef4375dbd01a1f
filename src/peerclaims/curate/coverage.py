"""Coverage of the evidence: outcome × population cells with their works, reviews, trials,
findings by direction and the best grade — the data of an evidence gap map (Campbell
Collaboration / 3ie convention) and of the coverage table in docs/corpus.md.

Only findings count: claims of kind `finding` or `benefit` with a direction other than
`descriptive`, and evidence that the work itself gives (`direct`). History, policy and
descriptive statistics describe the field, not its effects, and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from peerclaims.corpus.grading import Level, grade_claim
from peerclaims.corpus.load import Corpus
from peerclaims.corpus.vocab import Outcome, Population

REVIEW_DESIGNS = frozenset({"systematic-review", "meta-analysis"})
TRIAL_DESIGNS = frozenset({"rct", "cluster-rct", "quasi-experimental"})
_NOT_EFFECTS = frozenset({"history", "policy", "workforce", "other"})


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
        if claim.direction == "descriptive" or claim.outcome in _NOT_EFFECTS:
            continue
        direct = [e.ref.lower() for e in claim.evidence if e.support == "direct"
                  and corpus.reference(e.ref) is not None]
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
        cells.append(Cell(outcome, population, tuple(ids), len(refs),
                          sum(1 for x in designs if x in REVIEW_DESIGNS),
                          sum(1 for x in designs if x in TRIAL_DESIGNS),
                          best[(outcome, population)], d["increase"], d["decrease"],
                          d["no-difference"], d["mixed"]))
    return tuple(sorted(cells, key=lambda c: (order.get(c.outcome, 99), pops.get(c.population, 99))))


def markdown_table(cells: tuple[Cell, ...]) -> str:
    """The coverage table of docs/corpus.md: one row per cell."""
    lines = ["| outcome | population | works | reviews | trials | findings ↑ / ↓ / null / mixed | best grade |",
             "|---|---|---:|---:|---:|---|---|"]
    lines += [f"| {c.outcome} | {c.population} | {c.works} | {c.reviews} | {c.trials} | "
              f"{c.increase} / {c.decrease} / {c.null} / {c.mixed} | {c.best_label} |" for c in cells]
    return "\n".join(lines) + "\n"

