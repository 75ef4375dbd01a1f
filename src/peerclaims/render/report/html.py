"""The evidence map as one self-contained HTML page: summary, sortable tables and the matrix.

Everything is inline (CSS, a small script for sorting, an SVG for the claims × works
matrix); the only links are `#` anchors inside the page, and every text is escaped.
"""

from __future__ import annotations

from html import escape

from peerclaims.curate.report import ClaimEntry, EvidenceMap, Summary, WorkEntry
from peerclaims.render.cite import html as segments_html
from peerclaims.render.report.html_assets import CSS, SCRIPT

TITLE = "Evidence map — peerclaims"
CELL = 14  # matrix cell size in SVG units
CHAR = 6.1  # width of one 10px monospace character, for label space
_SUPPORT_TEXT = {"direct": "direct", "review": "review", "secondary": "secondary"}
_LEGEND = (
    ("direct", "Direct: the work itself found or established it (filled)"),
    ("review", "Review: a review reports it from primary studies (hatched)"),
    ("secondary", "Secondary: cited second-hand (outlined)"),
)
_CELL_STYLE = {
    "direct": 'fill="#1f3b73" stroke="#1f3b73"',
    "review": 'fill="url(#hatch)" stroke="#a64b00"',
    "secondary": 'fill="#ffffff" stroke="#3d3d3d" stroke-width="1.5"',
}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _claim_anchor(claim_id: str) -> str:
    return f"claim-{_e(claim_id)}"


def _work_anchor(key: str) -> str:
    return f"work-{_e(key)}"


def _th(label: str, *, num: bool = False, sort: bool = True) -> str:
    cls = ' class="num"' if num else ""
    button = (f'<button type="button" class="sort" aria-label="Sort by {_e(label)}"></button>'
              if sort else "")
    return f'<th scope="col"{cls}>{_e(label)}{button}</th>'


def _id_links(ids: tuple[str, ...]) -> str:
    if not ids:
        return "none"
    return ", ".join(f'<a href="#{_claim_anchor(i)}"><code>{_e(i)}</code></a>' for i in ids)


def _summary(summary: Summary) -> str:
    stats = (("claims", summary.claims), ("works", summary.works),
             ("claim–work links", summary.links), ("claims without evidence",
                                                   len(summary.no_evidence)),
             ("works no claim uses", len(summary.unused_works)))
    cards = "".join(f"<li><b>{n}</b>{_e(label)}</li>" for label, n in stats)
    top = max(summary.grades.values(), default=0) or 1
    rows = "".join(
        f'<tr><th scope="row"><span class="grade g{4 - i}">{_e(label)}</span></th>'
        f'<td class="num">{n}</td><td class="bar" aria-hidden="true">'
        f'<span style="width:{100 * n / top:.1f}%"></span></td></tr>'
        for i, (label, n) in enumerate(summary.grades.items())
    )
    lists = (
        ("Claims resting on a single work", _id_links(summary.single_work), summary.single_work),
        ("Claims on grey literature only", _id_links(summary.grey_only), summary.grey_only),
        ("Claims uncited wherever they appear", _id_links(summary.uncited), summary.uncited),
        ("Claims without evidence", _id_links(summary.no_evidence), summary.no_evidence),
        ("Works no claim uses", ", ".join(f'<a href="#{_work_anchor(k)}"><code>{_e(k)}</code></a>'
                                          for k in summary.unused_works) or "none",
         summary.unused_works),
    )
    items = "".join(f"<dt>{_e(label)} ({len(ids)})</dt><dd>{body}</dd>" for label, body, ids in lists)
    return (
        f'<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        f'<ul class="stats">{cards}</ul>'
        f'<table class="grades"><caption class="note">Claims by GRADE certainty</caption>'
        f'<thead><tr><th scope="col">Grade</th><th scope="col" class="num">Claims</th>'
        f'<th scope="col">Share</th></tr></thead><tbody>{rows}</tbody></table>'
        f'<dl class="lists">{items}</dl></section>'
    )


def _support_badge(support: str) -> str:
    cls = support if support in _SUPPORT_TEXT else "unknown"
    return f'<span class="support {_e(cls)}">{_e(support)}</span>'


def _claim_works(claim: ClaimEntry) -> str:
    if not claim.works:
        return "—"
    items = []
    for w in claim.works:
        name = f"<code>{_e(w.key)}</code>"
        link = f'<a href="#{_work_anchor(w.key)}">{name}</a>' if w.known else name
        missing = ' <span class="support unknown">not in references</span>' if not w.known else ""
        items.append(f"<li>{link}{_support_badge(w.support)}{missing}</li>")
    return f'<ul class="works">{"".join(items)}</ul>'


def _claim_row(c: ClaimEntry) -> str:
    factors = f'<span class="factors">{_e("; ".join(c.factors))}</span>' if c.factors else ""
    return (
        f'<tr id="{_claim_anchor(c.id)}">'
        f'<th scope="row" data-sort="{_e(c.id)}"><code>{_e(c.id)}</code>'
        f'<span class="statement">{_e(c.statement)}</span></th>'
        f"<td>{_e(c.population)}</td><td>{_e(c.outcome)}</td>"
        f'<td data-sort="{c.grade_level}"><span class="grade g{c.grade_level}">{_e(c.grade)}'
        f"</span>{factors}</td>"
        f'<td data-sort="{len(c.works)}">{_claim_works(c)}</td>'
        f'<td class="num">{c.appearances}</td><td class="num">{c.documents}</td>'
        f"<td>{'yes' if c.uncited else 'no'}</td></tr>"
    )


def _claims(emap: EvidenceMap) -> str:
    head = "".join((_th("Claim"), _th("Population"), _th("Outcome"), _th("Grade"), _th("Works"),
                    _th("Appearances", num=True), _th("Documents", num=True), _th("Uncited")))
    rows = "\n".join(_claim_row(c) for c in emap.claims)
    return (
        '<section id="claims" aria-labelledby="claims-h"><h2 id="claims-h">Claims</h2>'
        '<p class="hint note">Click a column heading to sort.</p>'
        f'<div class="wrap"><table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>\n{rows}\n</tbody></table></div></section>"
    )


def _work_row(w: WorkEntry) -> str:
    items = "".join(f'<li><a href="#{_claim_anchor(u.claim_id)}"><code>{_e(u.claim_id)}</code>'
                    f"</a>{_support_badge(u.support)}</li>" for u in w.claims)
    used = f'<ul class="works">{items}</ul>' if items else "—"
    return (
        f'<tr id="{_work_anchor(w.key)}"><td class="num">{w.rank}</td>'
        f'<th scope="row" data-sort="{_e(w.key)}"><code>{_e(w.key)}</code>'
        f'<span class="statement">{segments_html(w.reference)}</span></th>'
        f"<td>{_e(w.design or '—')}</td><td>{_e(w.level)}</td><td class=\"num\">{w.cebm}</td>"
        f'<td class="num">{w.sole_direct}</td><td class="num">{w.direct}</td>'
        f'<td class="num">{w.total}</td><td class="used" data-sort="{w.total}">{used}</td></tr>'
    )


def _works(emap: EvidenceMap) -> str:
    head = "".join((_th("Rank", num=True), _th("Work"), _th("Design"), _th("GRADE start"),
                    _th("CEBM", num=True), _th("Sole direct", num=True), _th("Direct", num=True),
                    _th("Claims", num=True), _th("Used by")))
    rows = "\n".join(_work_row(w) for w in emap.works)
    return (
        '<section id="works" aria-labelledby="works-h"><h2 id="works-h">Load-bearing works</h2>'
        '<p class="note">Ranked by <b>sole direct</b> (claims for which the work is the only '
        "direct evidence), then <b>direct</b> (claims it supports directly), then <b>claims</b> "
        "(all claims resting on it); equal weights share a rank. GRADE start and CEBM level "
        "follow the study design.</p>"
        f'<div class="wrap"><table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>\n{rows}\n</tbody></table></div></section>"
    )


def _legend_swatch(kind: str) -> str:
    return (f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
            f'<rect x="2" y="2" width="12" height="12" {_CELL_STYLE[kind]}/></svg>')


_DEFS = ('<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" '
         'patternTransform="rotate(45)"><rect width="4" height="4" fill="#ffffff"/>'
         '<line x1="0" y1="0" x2="0" y2="4" stroke="#a64b00" stroke-width="2"/></pattern></defs>')


def _matrix_svg(emap: EvidenceMap) -> str:
    works = [w for w in emap.works if w.claims]
    claims = emap.claims
    left = 10 + CHAR * max((len(c.id) for c in claims), default=1)
    top = 10 + CHAR * max((len(w.key) for w in works), default=1)
    width, height = left + CELL * len(works) + 4, top + CELL * len(claims) + 4
    column = {w.key.lower(): i for i, w in enumerate(works)}
    parts = [_grid(left, top, len(works), len(claims))]
    for i, w in enumerate(works):
        x = left + i * CELL + CELL / 2 + 3.5
        parts.append(f'<a href="#{_work_anchor(w.key)}"><text transform="translate({x:.1f},'
                     f'{top - 5:.1f}) rotate(-90)">{_e(w.key)}</text></a>')
    for r, c in enumerate(claims):
        y = top + r * CELL
        parts.append(f'<a href="#{_claim_anchor(c.id)}"><text x="{left - 5:.1f}" '
                     f'y="{y + CELL - 3.5:.1f}" text-anchor="end">{_e(c.id)}</text></a>')
        for link in c.works:
            col = column.get(link.key.lower())
            if col is None or link.support not in _CELL_STYLE:
                continue
            parts.append(
                f'<rect class="cell {link.support}" x="{left + col * CELL + 2:.1f}" y="{y + 2:.1f}" '
                f'width="{CELL - 4}" height="{CELL - 4}" {_CELL_STYLE[link.support]}>'
                f"<title>{_e(c.id)} × {_e(link.key)}: {_e(link.support)}</title></rect>"
            )
    return (f'<svg class="map" role="img" aria-labelledby="matrix-t" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}">'
            f'<title id="matrix-t">Claims (rows) by works (columns), shaded by support</title>'
            f"{_DEFS}\n{chr(10).join(parts)}\n</svg>")


def _grid(left: float, top: float, cols: int, rows: int) -> str:
    right, bottom = left + cols * CELL, top + rows * CELL
    bands = "".join(f'<rect x="{left:.1f}" y="{top + r * CELL:.1f}" width="{cols * CELL}" '
                    f'height="{CELL}" fill="#f4f4f7"/>' for r in range(0, rows, 2))
    lines = [f"M{left + i * CELL:.1f} {top:.1f}V{bottom:.1f}" for i in range(cols + 1)]
    lines += [f"M{left:.1f} {top + r * CELL:.1f}H{right:.1f}" for r in range(0, rows + 1, 5)]
    return f'{bands}<path d="{"".join(lines)}" stroke="#d0d0d7" stroke-width="0.6" fill="none"/>'


def _matrix(emap: EvidenceMap) -> str:
    legend = "".join(f'<li class="legend-{k}">{_legend_swatch(k)}<span>{_e(text)}</span></li>'
                     for k, text in _LEGEND)
    unused = len(emap.summary.unused_works)
    note = {0: "", 1: " 1 work no claim uses is left out."}.get(
        unused, f" {unused} works no claim uses are left out.")
    return (
        '<section id="matrix" class="matrix" aria-labelledby="matrix-h">'
        '<h2 id="matrix-h">Claims × works matrix</h2>'
        f'<p class="note">One row per claim (corpus order), one column per work that some claim '
        f"uses (in rank order, most load-bearing on the left).{_e(note)}</p>"
        f'<ul class="legend" aria-label="Legend">{legend}</ul>{_matrix_svg(emap)}</section>'
    )


def _coverage(emap: EvidenceMap) -> str:
    rows = "".join(
        f"<tr><td>{_e(c.outcome)}</td><td>{_e(c.population)}</td><td class=\"num\">{c.works}</td>"
        f"<td class=\"num\">{c.reviews}</td><td class=\"num\">{c.trials}</td>"
        f"<td>{c.increase} / {c.decrease} / {c.null} / {c.mixed}</td><td>{_e(c.best_label)}</td></tr>"
        for c in emap.coverage)
    return ('<section id="coverage"><h2>Coverage</h2><p class="note">Outcome × population: works '
            "reporting findings (reviews, controlled trials), findings by direction (increase / "
            "decrease / no difference / mixed) and the best grade.</p><div class=\"wrap\"><table>"
            "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in (
                "Outcome", "Population", "Works", "Reviews", "Trials",
                "Findings ↑ / ↓ / null / mixed", "Best grade")) + "</tr></thead>"
            f"<tbody>{rows}</tbody></table></div></section>")


def render(emap: EvidenceMap) -> str:
    """The whole HTML document."""
    s = emap.summary
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(TITLE)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>Evidence map</h1><p class="lead">{s.claims} claims about peer support, '
        f"the {s.works} works they rest on, and how strongly. Grades follow GRADE; study levels "
        "follow Oxford CEBM 2011 (see docs/report.md).</p>"
        '<nav aria-label="Sections"><ul><li><a href="#summary">Summary</a></li>'
        '<li><a href="#coverage">Coverage</a></li>'
        '<li><a href="#claims">Claims</a></li><li><a href="#works">Load-bearing works</a></li>'
        '<li><a href="#matrix">Matrix</a></li></ul></nav></header>\n<main>\n'
        f"{_summary(s)}\n{_coverage(emap)}\n{_claims(emap)}\n{_works(emap)}\n{_matrix(emap)}\n"
        "</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
