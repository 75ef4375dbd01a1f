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

from peerclaims.curate.report import EvidenceMap, Summary, WorkEntry
from peerclaims.render.cite import html as segments_html
from peerclaims.render.report.html_assets import CSS, SCRIPT
from peerclaims.render.report.html_claims import claims_section
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


# --------------------------------------------------------------------------- the summary


def _id_list(ids: tuple[str, ...], kind: str = "claim") -> str:
    return ", ".join(f'<a href="#{anchor(kind, i)}"><code>{breakable(i)}</code></a>' for i in ids)


def _summary(page: Page) -> str:
    s: Summary = page.emap.summary
    top = max(s.grades.values(), default=0) or 1
    grades = "".join(
        f'<tr><th scope="row">{grade_badge(name)}</th><td class="num">{n}</td>'
        f'<td class="bar" aria-hidden="true"><span style="width:{100 * n / top:.1f}%"></span>'
        "</td></tr>"
        for name, n in s.grades.items()
    )
    stats = (
        ("claims", s.claims),
        ("works", s.works),
        ("claim–work links", s.links),
        ("cells with findings", len(page.emap.coverage)),
    )
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
        f"<p>{_id_list(ids, kind)}</p></details>"
        if ids
        else f'<p class="ids">{esc(title)} <b>0</b></p>'
        for title, ids, kind in lists
    )
    empty = [
        o
        for _, outcomes in page.rows
        for o in outcomes
        if not any((o, p) in page.cells for p in page.columns)
    ]
    gaps = (
        f'<p class="note">No findings at all on {esc(", ".join(label(o).lower() for o in empty))}.'
        "</p>"
        if empty
        else ""
    )
    return (
        '<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        f'<ul class="stats">{cards}</ul>{gaps}<div class="two">'
        '<table class="grades"><caption>Claims by GRADE certainty</caption><thead><tr>'
        '<th scope="col">Grade</th><th scope="col" class="num">Claims</th>'
        f'<th scope="col"><span class="sr">Share</span></th></tr></thead><tbody>{grades}</tbody>'
        f'</table><div class="lists">{folded}</div></div></section>'
    )


# --------------------------------------------------------------------------- the works


def _used_by(w: WorkEntry) -> str:
    if not w.claims:
        return '<span class="muted">no claim</span>'
    items = "".join(
        f'<li><a href="#{anchor("claim", u.claim_id)}"><code>{breakable(u.claim_id)}</code></a>'
        + ("" if u.support == "direct" else f' <span class="sup">{esc(u.support)}</span>')
        + "</li>"
        for u in w.claims
    )
    return (
        f'<details class="ids"><summary>{plural(len(w.claims), "claim")}</summary>'
        f'<ul class="used">{items}</ul></details>'
    )


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


_WORK_HEAD = (
    '<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Work (APA 7)</th>'
    '<th scope="col">Design</th><th scope="col" class="num">Sole direct</th>'
    '<th scope="col" class="num">Direct</th><th scope="col" class="num">Claims</th>'
    '<th scope="col">Used by</th></tr></thead>'
)


def _works(page: Page) -> str:
    works = page.emap.works
    top = [w for w in works if w.rank <= TOP_WORKS]
    rest = works[len(top) :]
    table = (
        f'<table class="works">{_WORK_HEAD}<tbody>'
        f"{chr(10).join(_work_row(w) for w in top)}</tbody></table>"
    )
    more = (
        (
            f'<details class="more"><summary>The other {len(rest)} works, ranks '
            f"{rest[0].rank} to {rest[-1].rank}</summary>"
            f'<table class="works">{_WORK_HEAD}<tbody>{chr(10).join(_work_row(w) for w in rest)}'
            "</tbody></table></details>"
        )
        if rest
        else ""
    )
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
        f"{gap_map(page)}\n{_summary(page)}\n{claims_section(page)}\n{_works(page)}\n</main>\n"
        '<footer><p class="note">Made by <code>peerclaims report --format html</code>. Grades '
        "follow GRADE, study levels Oxford CEBM 2011; docs/report.md explains both and the "
        "weights.</p></footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
