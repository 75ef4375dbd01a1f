"""The claims of the HTML report, grouped as the gap map groups them.

One folded <details> per outcome, in map order: each population cell's findings (a table
whose heading is the target of the cell's bubble), strongest grade first, then the
outcome's claims that are not on the map. A row gives the statement and id, direction,
effect as published, grade and the works as APA citations linking to the works table.
"""

from __future__ import annotations

from collections import defaultdict

from peerclaims.corpus.model import Effect
from peerclaims.curate.coverage import Cell
from peerclaims.curate.report import ClaimEntry
from peerclaims.render.report.html_map import (
    Page,
    anchor,
    breakable,
    esc,
    grade_badge,
    label,
    plural,
)

_DIRECTION = {
    "increase": ("↑", "increase"),
    "decrease": ("↓", "decrease"),
    "no-difference": ("=", "no difference"),
    "mixed": ("~", "mixed"),
    "descriptive": ("", "descriptive"),
}
_STAT_UNITS = frozenset(
    {
        "SMD",
        "MD",
        "RR",
        "OR",
        "HR",
        "IRR",
        "RD",
        "d",
        "g",
        "b",
        "B",
        "F",
        "r",
        "t",
        "eta-squared",
        "chi2",
        "NNT",
    }
)


def _number(value: float) -> str:
    return f"{value:g}"


def effect_text(effect: Effect) -> str:
    """An effect in words and figures, as the claim records it from the publication:
    "risk ratio of admission: RR 0.44 (95% CI 0.11 to 1.75); 1 study; n = 19; 5 months"."""
    unit = effect.unit or ""

    def figure(value: float) -> str:
        if unit == "percent":
            return f"{_number(value)}%"
        if unit in _STAT_UNITS:
            return f"{unit} {_number(value)}"
        return f"{_number(value)} {unit}".strip()

    parts = []
    if effect.value is not None:
        ci = (
            f" (95% CI {_number(effect.ci_lower)} to {_number(effect.ci_upper)})"
            if effect.ci_lower is not None and effect.ci_upper is not None
            else ""
        )
        parts.append(figure(effect.value) + ci)
    if effect.intervention is not None and effect.comparison is not None:
        sd = [
            f" (SD {_number(x)})" if x is not None else ""
            for x in (effect.intervention_sd, effect.comparison_sd)
        ]
        parts.append(f"{figure(effect.intervention)}{sd[0]} vs {figure(effect.comparison)}{sd[1]}")
    if effect.relative_change is not None:
        parts.append(f"change {effect.relative_change:+.0%}")
    if effect.studies is not None:
        parts.append(plural(effect.studies, "study"))
    if effect.n is not None:
        parts.append(f"n = {effect.n}")
    if effect.timeframe:
        parts.append(effect.timeframe)
    return f"{effect.measure}: " + "; ".join(parts) if parts else effect.measure


def _direction(direction: str) -> str:
    arrow, words = _DIRECTION.get(direction, ("", direction))
    mark = f'<span aria-hidden="true">{arrow}</span> ' if arrow else ""
    return f'<span class="dir {esc(direction)}">{mark}{esc(words)}</span>'


def _citations(claim: ClaimEntry, page: Page) -> str:
    if not claim.works:
        return '<span class="muted">none</span>'
    items = []
    for link in claim.works:
        support = (
            "" if link.support == "direct" else f' <span class="sup">{esc(link.support)}</span>'
        )
        if link.known:
            name = f'<a href="#{anchor("work", link.key)}">{esc(page.citation(link.key))}</a>'
        else:
            name = f'<code>{esc(link.key)}</code> <span class="sup">not in references</span>'
        items.append(f"<li>{name}{support}</li>")
    return f'<ul class="cites">{"".join(items)}</ul>'


def _claim_row(c: ClaimEntry, page: Page, *, population: bool) -> str:
    flags = [
        f"{plural(c.appearances, 'appearance')} in {plural(c.documents, 'document')}"
        if c.appearances
        else "in no document"
    ]
    flags += [
        f
        for f, on in (
            ("uncited", c.uncited),
            ("single work", c.single_work),
            ("grey literature only", c.grey_only),
        )
        if on
    ]
    where = f"{esc(label(c.population))} · " if population else ""
    factors = f'<span class="small">{esc("; ".join(c.factors))}</span>' if c.factors else ""
    effect = esc(effect_text(c.effect)) if c.effect else '<span class="muted">—</span>'
    return (
        f'<tr id="{anchor("claim", c.id)}"><th scope="row">{esc(c.statement)}'
        f'<span class="small">{where}<code>{breakable(c.id)}</code> · {esc(" · ".join(flags))}'
        "</span></th>"
        f'<td data-label="Direction">{_direction(c.direction)}</td>'
        f'<td data-label="Effect">{effect}</td>'
        f'<td data-label="Grade">{grade_badge(c.grade)}{factors}</td>'
        f'<td data-label="Works">{_citations(c, page)}</td></tr>'
    )


_CLAIM_HEAD = (
    '<thead><tr><th scope="col">Claim</th><th scope="col">Direction</th>'
    '<th scope="col">Effect (as published)</th><th scope="col">Grade</th>'
    '<th scope="col">Works (APA 7)</th></tr></thead>'
)


def _claims_table(claims: list[ClaimEntry], page: Page, *, population: bool) -> str:
    rows = "\n".join(_claim_row(c, page, population=population) for c in claims)
    return f'<table class="claims">{_CLAIM_HEAD}<tbody>{rows}</tbody></table>'


def _by_grade(claims: list[ClaimEntry]) -> list[ClaimEntry]:
    return sorted(claims, key=lambda c: -c.grade_level)  # stable: corpus order within a grade


def _cell_heading(cell: Cell) -> str:
    counts = ", ".join(
        f"{n} {word}"
        for n, word in (
            (cell.increase, "↑ increase"),
            (cell.decrease, "↓ decrease"),
            (cell.null, "= no difference"),
            (cell.mixed, "~ mixed"),
        )
        if n
    )
    kinds = ", ".join(
        plural(n, word) for n, word in ((cell.reviews, "review"), (cell.trials, "trial")) if n
    )
    works = plural(cell.works, "work") + (f" ({kinds})" if kinds else "")
    return (
        f'<h3 id="{anchor("cell", cell.outcome, cell.population)}">'
        f"{esc(label(cell.outcome))} · {esc(label(cell.population).lower())} "
        f'<span class="meta">{esc(works)} · {esc(counts)} · best '
        f"{grade_badge(cell.best_label)}</span></h3>"
    )


def _outcome(outcome: str, claims: list[ClaimEntry], page: Page) -> str:
    cells = [page.cells[(outcome, p)] for p in page.columns if (outcome, p) in page.cells]
    parts = []
    for cell in cells:
        members = _by_grade([page.claims[i] for i in cell.claims if i in page.claims])
        parts.append(
            f'<section class="cell">{_cell_heading(cell)}'
            f"{_claims_table(members, page, population=False)}</section>"
        )
    rest = [c for c in claims if c.id not in page.on_map]
    if rest:
        title = (
            "Not on the map: descriptive, or without direct evidence"
            if cells or outcome not in _not_effects(page)
            else "Not on the map: not an effect"
        )
        parts.append(
            f'<section class="cell rest"><h3>{esc(title)}</h3>'
            f"{_claims_table(_by_grade(rest), page, population=True)}</section>"
        )
    findings = sum(len(c.claims) for c in cells)
    best = max((c.best for c in cells), default=None)
    meta = [plural(len(claims), "claim")]
    if cells:
        meta.append(f"{plural(findings, 'finding')} in {plural(len(cells), 'cell')}")
    summary_grade = f" · best {grade_badge(best.label)}" if best is not None else ""
    return (
        f'<details class="outcome" id="{anchor("outcome", outcome)}"><summary>'
        f'<b>{esc(label(outcome))}</b> <span class="meta">{esc(" · ".join(meta))}'
        f"{summary_grade}</span></summary>{''.join(parts)}</details>"
    )


def _not_effects(page: Page) -> set[str]:
    return {
        o
        for o in {c.outcome for c in page.emap.claims}
        if not any(o in outcomes for _, outcomes in page.rows)
    }


def claims_section(page: Page) -> str:
    by_outcome: dict[str, list[ClaimEntry]] = defaultdict(list)
    for claim in page.emap.claims:
        by_outcome[claim.outcome].append(claim)
    order = [o for _, outcomes in page.rows for o in outcomes if o in by_outcome]
    order += [o for o in by_outcome if o not in order]
    groups = "\n".join(_outcome(o, by_outcome[o], page) for o in order)
    return (
        '<section id="claims" aria-labelledby="claims-h"><h2 id="claims-h">Claims</h2>'
        f'<p class="note">All {len(page.emap.claims)} claims by outcome, in the order of the '
        "map: each population cell's findings, strongest grade first, then the outcome's "
        "claims that are not on the map. Works are cited in APA 7 and link to the "
        "load-bearing works below.</p>"
        f"{groups}</section>"
    )
