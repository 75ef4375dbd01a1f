"""The evidence gap map of the HTML report, and the helpers the whole page shares.

Outcomes are rows, grouped by domain, and populations columns (`curate.coverage.frame`);
each non-empty cell is a bubble: a link to the cell's claims whose area is proportional
to the works with direct findings, coloured by the best GRADE certainty, with a hatched
slice and a number for findings of no difference or mixed results. The bubbles are HTML
and CSS (`html_assets`): custom properties carry the scale (`--r`, the square root of the
share of the largest cell) and where the colour ends (`--q`).
"""

from __future__ import annotations

import math
import re
from html import escape

from peerclaims.curate.coverage import Cell, frame
from peerclaims.curate.report import EvidenceMap

GRADE_CLASS = {"High": "g4", "Moderate": "g3", "Low": "g2", "Very low": "g1"}
_KEEP_HYPHEN = ("self-", "co-", "well-")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]")


def esc(text: object) -> str:
    """Text escaped for HTML content and attribute values."""
    return escape(str(text), quote=True)


def anchor(kind: str, *values: str) -> str:
    """An element id (and its `#` link target) made only of characters safe in both."""
    return kind + "-" + "--".join(_UNSAFE.sub("_", v) for v in values)


def label(value: str) -> str:
    """A vocabulary value as words: "mental-health" → "Mental health", "self-efficacy" kept."""
    words = value if value.startswith(_KEEP_HYPHEN) else value.replace("-", " ")
    return words[:1].upper() + words[1:]


def breakable(ident: str) -> str:
    """An id escaped, with a line-break opportunity after each hyphen."""
    return "-<wbr>".join(esc(part) for part in ident.split("-"))


def grade_badge(name: str) -> str:
    """A GRADE label on its colour."""
    return f'<span class="grade {GRADE_CLASS.get(name, "g1")}">{esc(name)}</span>'


def plural(count: int, word: str) -> str:
    """ "1 work", "2 works", "1 study", "3 studies"."""
    many = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{count} {word if count == 1 else many}"


class Page:
    """What the parts of the page share: lookups by id and key, and the map's cells."""

    def __init__(self, emap: EvidenceMap) -> None:
        self.emap = emap
        self.claims = {c.id: c for c in emap.claims}
        self.works = {w.key.lower(): w for w in emap.works}
        self.cells = {(c.outcome, c.population): c for c in emap.coverage}
        self.rows, self.columns = frame(emap.coverage)
        self.on_map = {i for c in emap.coverage for i in c.claims}
        self.most = max((c.works for c in emap.coverage), default=1) or 1

    def citation(self, key: str) -> str:
        """The APA in-text citation of a work, without parentheses (the key if unknown)."""
        work = self.works.get(key.lower())
        return work.citation if work else key


# --------------------------------------------------------------------------- the map


def _cell_words(cell: Cell) -> str:
    """A cell in words, for screen readers and the tooltip."""
    findings = len(cell.claims)
    counts = [
        f"{n} {word}"
        for n, word in (
            (cell.increase, "increase"),
            (cell.decrease, "decrease"),
            (cell.null, "no difference"),
            (cell.mixed, "mixed"),
        )
        if n
    ]
    return (
        f"{label(cell.outcome)}, {label(cell.population).lower()}: "
        f"{plural(cell.works, 'work')}, {plural(findings, 'finding')} ({', '.join(counts)}), "
        f"best certainty {cell.best_label}"
    )


def bubble_style(works: int, most: int, share_shown: float | None = None) -> str:
    """The inline custom properties of a bubble: its scale (area ∝ works) and, when some
    findings are null or mixed, where the coloured part of the disc ends."""
    style = f"--r:{math.sqrt(works / most):.3f}"
    if share_shown is not None:
        style += f";--q:{100 * share_shown:.1f}%"
    return style


def _bubble(cell: Cell, most: int) -> str:
    quiet = cell.null + cell.mixed
    share = 1 - quiet / len(cell.claims) if quiet and cell.claims else None
    badge = f'<span class="nb" aria-hidden="true">{quiet}</span>' if quiet else ""
    words = _cell_words(cell)
    cls = f"b {GRADE_CLASS.get(cell.best_label, 'g1')}" + (" nul" if quiet else "")
    return (
        f'<a class="{cls}" href="#{anchor("cell", cell.outcome, cell.population)}" '
        f'style="{bubble_style(cell.works, most, share)}" title="{esc(words)}" '
        f'aria-label="{esc(words)}">{badge}</a>'
    )


def _legend(page: Page) -> str:
    sizes = sorted({1, max(1, round(page.most / 3)), page.most})
    size_items = "".join(
        f'<li><span class="b g3" style="{bubble_style(n, page.most)}"></span>{n}</li>'
        for n in sizes
    )
    colours = "".join(
        f'<li><span class="b {cls}" style="--r:.55"></span>{esc(name)}</li>'
        for name, cls in GRADE_CLASS.items()
    )
    return (
        '<div class="legend" role="group" aria-label="Legend">'
        f'<div><p>Works with direct findings</p><ul class="sizes">{size_items}</ul></div>'
        f"<div><p>Best certainty (GRADE)</p><ul>{colours}</ul></div>"
        "<div><p>No difference or mixed</p><ul><li>"
        '<span class="b g3 nul" style="--r:.8;--q:60%"><span class="nb">2</span></span>'
        "hatched: 2 of 5 findings</li></ul></div>"
        "</div>"
    )


def _map_table(page: Page) -> str:
    head = "".join(f'<th scope="col"><span>{esc(label(p))}</span></th>' for p in page.columns)
    groups = []
    outcomes_with_claims = {c.outcome for c in page.emap.claims}
    for domain, outcomes in page.rows:
        rows = [
            f'<tr class="domain"><th scope="rowgroup" colspan="{len(page.columns) + 1}">'
            f"{esc(domain)}</th></tr>"
        ]
        for outcome in outcomes:
            name = esc(label(outcome))
            if outcome in outcomes_with_claims:
                name = f'<a href="#{anchor("outcome", outcome)}">{name}</a>'
            cells = []
            for population in page.columns:
                cell = page.cells.get((outcome, population))
                cells.append(f"<td>{_bubble(cell, page.most)}</td>" if cell else "<td></td>")
            empty = "" if any((outcome, p) in page.cells for p in page.columns) else ' class="gap"'
            rows.append(f'<tr{empty}><th scope="row">{name}</th>{"".join(cells)}</tr>')
        groups.append("<tbody>" + "\n".join(rows) + "</tbody>\n")
    return (
        '<div class="egm-wrap" role="region" aria-labelledby="map-h" tabindex="0">'
        '<table class="egm" id="gap-map"><caption class="sr">Outcomes (rows) by population '
        "(columns): bubble size is the number of works with direct findings, colour the best "
        "GRADE certainty; a hatched slice and a number mark findings of no difference or "
        "mixed results. Each bubble links to the claims of its cell.</caption>"
        f'<colgroup><col class="o"><col span="{len(page.columns)}"></colgroup>'
        f'<thead><tr><td class="corner">Outcome ↓ · Population →</td>{head}</tr></thead>'
        f"{''.join(groups)}</table></div>"
    )


def gap_map(page: Page) -> str:
    """The map's section: a line of totals, the legend, the map and what it leaves out."""
    cells = page.emap.coverage
    findings = sum(len(c.claims) for c in cells)
    frame_size = sum(len(o) for _, o in page.rows) * len(page.columns)
    verb = "fills" if findings == 1 else "fill"
    return (
        '<section id="map" aria-labelledby="map-h"><h2 id="map-h">Outcomes × populations</h2>'
        f'<p class="note">{plural(findings, "finding")} {verb} {len(cells)} of {frame_size} '
        "cells; a blank cell is a gap. Select a bubble for its claims.</p>"
        f'<div class="map-grid">{_legend(page)}{_map_table(page)}</div>'
        '<p class="note small">Findings are claims of an effect (not descriptive) resting on '
        "at least one work that found it itself. History, policy, workforce and other "
        "outcomes are not effects and are left out; they are listed under Claims.</p>"
        "</section>"
    )
