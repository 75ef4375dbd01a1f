"""The evidence map as one self-contained HTML page, built around an evidence gap map.

The page opens on the gap map (the Campbell Collaboration / 3ie convention): outcomes as
rows grouped by domain, populations as columns, one bubble per cell sized by the works with
direct findings, coloured by the best GRADE certainty, with a hatched slice and a number
for findings of no difference or mixed results. Each bubble links to its cell under
"Claims", where every claim is listed with its APA citations, direction, effect as
published and grade; then the summary lists and the load-bearing works. Long lists sit in
<details>, which a link into them opens.

Everything is inline: the stylesheet, the bubbles (HTML and CSS) and a short script that
only adds comfort (opening a <details> when a link points inside it, in browsers that do
not do so themselves). Printing prints the map on a page of its own, then what is open.
The only links are `#` anchors inside the page, and every text is escaped.
"""

from __future__ import annotations

from collections import defaultdict

from peerclaims.corpus.model import Effect
from peerclaims.curate.coverage import Cell
from peerclaims.curate.report import ClaimEntry, EvidenceMap, Summary, WorkEntry
from peerclaims.render.cite import html as segments_html
from peerclaims.render.report.html_assets import CSS, SCRIPT
from peerclaims.render.report.html_map import (
    Page,
    anchor,
    breakable,
    esc,
    gap_map,
    grade_badge,
    label,
    plural,
)

TITLE = "Evidence gap map — peerclaims"
TOP_WORKS = 20  # ranks shown before the rest of the works fold away
_DIRECTION = {"increase": ("↑", "increase"), "decrease": ("↓", "decrease"),
              "no-difference": ("=", "no difference"), "mixed": ("~", "mixed"),
              "descriptive": ("", "descriptive")}
_STAT_UNITS = frozenset({"SMD", "MD", "RR", "OR", "HR", "IRR", "RD", "d", "g", "b", "B", "F",
                         "r", "t", "eta-squared", "chi2", "NNT"})


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
        ci = (f" (95% CI {_number(effect.ci_lower)} to {_number(effect.ci_upper)})"
              if effect.ci_lower is not None and effect.ci_upper is not None else "")
        parts.append(figure(effect.value) + ci)
    if effect.intervention is not None and effect.comparison is not None:
        sd = [f" (SD {_number(x)})" if x is not None else ""
              for x in (effect.intervention_sd, effect.comparison_sd)]
        parts.append(f"{figure(effect.intervention)}{sd[0]} vs "
                     f"{figure(effect.comparison)}{sd[1]}")
    if effect.relative_change is not None:
        parts.append(f"change {effect.relative_change:+.0%}")
    if effect.studies is not None:
        parts.append(plural(effect.studies, "study"))
    if effect.n is not None:
        parts.append(f"n = {effect.n}")
    if effect.timeframe:
        parts.append(effect.timeframe)
    return f"{effect.measure}: " + "; ".join(parts) if parts else effect.measure


# --------------------------------------------------------------------------- the summary


def _id_list(ids: tuple[str, ...], kind: str = "claim") -> str:
    return ", ".join(f'<a href="#{anchor(kind, i)}"><code>{breakable(i)}</code></a>' for i in ids)


def _summary(page: Page) -> str:
    s: Summary = page.emap.summary
    top = max(s.grades.values(), default=0) or 1
    grades = "".join(
        f'<tr><th scope="row">{grade_badge(name)}</th><td class="num">{n}</td>'
        f'<td class="bar" aria-hidden="true"><span style="width:{100 * n / top:.1f}%"></span>'
        "</td></tr>" for name, n in s.grades.items())
    stats = (("claims", s.claims), ("works", s.works), ("claim–work links", s.links),
             ("cells with findings", len(page.emap.coverage)))
    cards = "".join(f"<li><b>{n}</b> {esc(what)}</li>" for what, n in stats)
    lists = (
        ("Claims resting on a single work", s.single_work, "claim"),
        ("Claims on grey literature only", s.grey_only, "claim"),
        ("Claims uncited wherever they appear", s.uncited, "claim"),
        ("Claims without evidence", s.no_evidence, "claim"),
        ("Works no claim uses", s.unused_works, "work"),
    )
    folded = "".join(
        f'<details class="ids"><summary>{esc(title)} <b>{len(ids)}</b></summary>'
        f"<p>{_id_list(ids, kind)}</p></details>" if ids else
        f'<p class="ids">{esc(title)} <b>0</b></p>' for title, ids, kind in lists)
    empty = [o for _, outcomes in page.rows for o in outcomes
             if not any((o, p) in page.cells for p in page.columns)]
    gaps = (f'<p class="note">No findings at all on {esc(", ".join(label(o).lower() for o in empty))}.'
            "</p>" if empty else "")
    return (
        '<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        f'<ul class="stats">{cards}</ul>{gaps}<div class="two">'
        '<table class="grades"><caption>Claims by GRADE certainty</caption><thead><tr>'
        '<th scope="col">Grade</th><th scope="col" class="num">Claims</th>'
        f'<th scope="col"><span class="sr">Share</span></th></tr></thead><tbody>{grades}</tbody>'
        f'</table><div class="lists">{folded}</div></div></section>'
    )


# --------------------------------------------------------------------------- the claims


def _direction(direction: str) -> str:
    arrow, words = _DIRECTION.get(direction, ("", direction))
    mark = f'<span aria-hidden="true">{arrow}</span> ' if arrow else ""
    return f'<span class="dir {esc(direction)}">{mark}{esc(words)}</span>'


def _citations(claim: ClaimEntry, page: Page) -> str:
    if not claim.works:
        return '<span class="muted">none</span>'
    items = []
    for link in claim.works:
        support = "" if link.support == "direct" else f' <span class="sup">{esc(link.support)}</span>'
        if link.known:
            name = f'<a href="#{anchor("work", link.key)}">{esc(page.citation(link.key))}</a>'
        else:
            name = f'<code>{esc(link.key)}</code> <span class="sup">not in references</span>'
        items.append(f"<li>{name}{support}</li>")
    return f'<ul class="cites">{"".join(items)}</ul>'


def _claim_row(c: ClaimEntry, page: Page, *, population: bool) -> str:
    flags = [f"{plural(c.appearances, 'appearance')} in {plural(c.documents, 'document')}"
             if c.appearances else "in no document"]
    flags += [f for f, on in (("uncited", c.uncited), ("single work", c.single_work),
                              ("grey literature only", c.grey_only)) if on]
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


_CLAIM_HEAD = ('<thead><tr><th scope="col">Claim</th><th scope="col">Direction</th>'
               '<th scope="col">Effect (as published)</th><th scope="col">Grade</th>'
               '<th scope="col">Works (APA 7)</th></tr></thead>')


def _claims_table(claims: list[ClaimEntry], page: Page, *, population: bool) -> str:
    rows = "\n".join(_claim_row(c, page, population=population) for c in claims)
    return f'<table class="claims">{_CLAIM_HEAD}<tbody>{rows}</tbody></table>'


def _by_grade(claims: list[ClaimEntry]) -> list[ClaimEntry]:
    return sorted(claims, key=lambda c: -c.grade_level)  # stable: corpus order within a grade


def _cell_heading(cell: Cell) -> str:
    counts = ", ".join(f"{n} {word}" for n, word in (
        (cell.increase, "↑ increase"), (cell.decrease, "↓ decrease"),
        (cell.null, "= no difference"), (cell.mixed, "~ mixed")) if n)
    kinds = ", ".join(plural(n, word) for n, word in ((cell.reviews, "review"),
                                                  (cell.trials, "trial")) if n)
    works = plural(cell.works, "work") + (f" ({kinds})" if kinds else "")
    return (f'<h3 id="{anchor("cell", cell.outcome, cell.population)}">'
            f"{esc(label(cell.outcome))} · {esc(label(cell.population).lower())} "
            f'<span class="meta">{esc(works)} · {esc(counts)} · best '
            f"{grade_badge(cell.best_label)}</span></h3>")


def _outcome(outcome: str, claims: list[ClaimEntry], page: Page) -> str:
    cells = [page.cells[(outcome, p)] for p in page.columns if (outcome, p) in page.cells]
    parts = []
    for cell in cells:
        members = _by_grade([page.claims[i] for i in cell.claims if i in page.claims])
        parts.append(f'<section class="cell">{_cell_heading(cell)}'
                     f"{_claims_table(members, page, population=False)}</section>")
    rest = [c for c in claims if c.id not in page.on_map]
    if rest:
        title = ("Not on the map: descriptive, or without direct evidence" if cells or
                 outcome not in _not_effects(page) else "Not on the map: not an effect")
        parts.append(f'<section class="cell rest"><h3>{esc(title)}</h3>'
                     f"{_claims_table(_by_grade(rest), page, population=True)}</section>")
    findings = sum(len(c.claims) for c in cells)
    best = max((c.best for c in cells), default=None)
    meta = [plural(len(claims), "claim")]
    if cells:
        meta.append(f"{plural(findings, 'finding')} in {plural(len(cells), 'cell')}")
    summary_grade = f" · best {grade_badge(best.label)}" if best is not None else ""
    return (f'<details class="outcome" id="{anchor("outcome", outcome)}"><summary>'
            f"<b>{esc(label(outcome))}</b> <span class=\"meta\">{esc(' · '.join(meta))}"
            f"{summary_grade}</span></summary>{''.join(parts)}</details>")


def _not_effects(page: Page) -> set[str]:
    return {o for o in {c.outcome for c in page.emap.claims}
            if not any(o in outcomes for _, outcomes in page.rows)}


def _claims(page: Page) -> str:
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


# --------------------------------------------------------------------------- the works


def _used_by(w: WorkEntry) -> str:
    if not w.claims:
        return '<span class="muted">no claim</span>'
    items = "".join(
        f'<li><a href="#{anchor("claim", u.claim_id)}"><code>{breakable(u.claim_id)}</code></a>'
        + ("" if u.support == "direct" else f' <span class="sup">{esc(u.support)}</span>')
        + "</li>" for u in w.claims)
    return (f'<details class="ids"><summary>{plural(len(w.claims), "claim")}</summary>'
            f'<ul class="used">{items}</ul></details>')


def _work_row(w: WorkEntry) -> str:
    return (
        f'<tr id="{anchor("work", w.key)}"><td class="num" data-label="Rank">{w.rank}</td>'
        f'<th scope="row">{segments_html(w.reference)}<span class="small"><code>{esc(w.key)}'
        f"</code>{' · grey literature' if w.grey else ''}</span></th>"
        f'<td data-label="Design">{esc(w.design or "—")}<span class="small">starts '
        f"{esc(w.level)} · CEBM {w.cebm}</span></td>"
        f'<td class="num" data-label="Sole direct">{w.sole_direct}</td>'
        f'<td class="num" data-label="Direct">{w.direct}</td>'
        f'<td class="num" data-label="Claims">{w.total}</td>'
        f'<td data-label="Used by">{_used_by(w)}</td></tr>'
    )


_WORK_HEAD = ('<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Work (APA 7)</th>'
              '<th scope="col">Design</th><th scope="col" class="num">Sole direct</th>'
              '<th scope="col" class="num">Direct</th><th scope="col" class="num">Claims</th>'
              '<th scope="col">Used by</th></tr></thead>')


def _works(page: Page) -> str:
    works = page.emap.works
    top = [w for w in works if w.rank <= TOP_WORKS]
    rest = works[len(top):]
    table = (f'<table class="works">{_WORK_HEAD}<tbody>'
             f'{chr(10).join(_work_row(w) for w in top)}</tbody></table>')
    more = (f'<details class="more"><summary>The other {len(rest)} works, ranks '
            f"{rest[0].rank} to {rest[-1].rank}</summary>"
            f'<table class="works">{_WORK_HEAD}<tbody>{chr(10).join(_work_row(w) for w in rest)}'
            "</tbody></table></details>") if rest else ""
    return (
        '<section id="works" aria-labelledby="works-h"><h2 id="works-h">Load-bearing works</h2>'
        '<p class="note">Ranked by <b>sole direct</b> (claims for which the work is the only '
        "direct evidence), then <b>direct</b> (claims it supports directly), then "
        "<b>claims</b> (all claims resting on it); equal weights share a rank. The GRADE "
        "starting level and the Oxford CEBM level follow the study design.</p>"
        f"{table}{more}</section>"
    )


# --------------------------------------------------------------------------- the page


def render(emap: EvidenceMap) -> str:
    """The whole HTML document."""
    page = Page(emap)
    s = emap.summary
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light">\n'
        f"<title>{esc(TITLE)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>Evidence gap map</h1><p class="lead">{s.claims} claims about peer '
        f"support and the {s.works} works they rest on: where the findings are, how certain "
        "they are, and which works carry them.</p>"
        '<nav aria-label="Sections"><a href="#map">Map</a><a href="#summary">Summary</a>'
        '<a href="#claims">Claims</a><a href="#works">Works</a></nav></header>\n<main>\n'
        f"{gap_map(page)}\n{_summary(page)}\n{_claims(page)}\n{_works(page)}\n</main>\n"
        '<footer><p class="note">Made by <code>peerclaims report --format html</code>. Grades '
        "follow GRADE, study levels Oxford CEBM 2011; docs/report.md explains both and the "
        "weights.</p></footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
