"""The inline stylesheet and script of the HTML evidence map (no network assets).

Grades use one sequential blue scale, dark for High to pale for Very low, so that the
order reads without a legend, survives greyscale printing and needs no red–green contrast.
"""

from __future__ import annotations

CSS = """
:root { --ink: #1d1d1f; --muted: #55555f; --rule: #d5d5dc; --band: #f5f6f8; --accent: #1b3f86;
  --g4: #1b2f6e; --g3: #2f6fb0; --g2: #7fb8dc; --g1: #d9eaf5;
  --e4: #0f1d47; --e3: #1f4f85; --e2: #3f86b5; --e1: #6f93ad; --flag: #a3195b;
  --dmin: 12px; --dmax: 34px; --row: 2.4rem; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; padding: 1rem 2rem 3rem; max-width: 1400px; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
#map h2 { margin-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
p { margin: .4rem 0; }
.lead, .note, .muted { color: var(--muted); }
.lead { margin: 0; max-width: 60rem; }
.small { display: block; font-size: .8rem; color: var(--muted); font-weight: 400; margin-top: .15rem; }
p.small { display: block; }
nav { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin-top: .4rem; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .86em;
  overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap; }
:target { scroll-margin-top: 3.2rem; }
details > summary { cursor: pointer; }

/* grades */
.grade { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-weight: 600;
  white-space: nowrap; font-size: .85em; }
.grade.g4 { background: var(--g4); color: #fff; } .grade.g3 { background: var(--g3); color: #fff; }
.grade.g2 { background: var(--g2); color: #0b2540; }
.grade.g1 { background: var(--g1); color: #0b2540; box-shadow: inset 0 0 0 1px var(--e1); }

/* the gap map */
.map-grid { display: grid; gap: .6rem 1.5rem; grid-template-columns: minmax(0, 1fr); }
.legend { display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; font-size: .8rem; color: var(--muted); }
.legend > div { display: flex; flex-wrap: wrap; align-items: center; gap: 0 .6rem; }
.legend p { margin: 0; font-weight: 600; color: var(--ink); }
.legend ul { display: flex; flex-wrap: wrap; align-items: center; gap: .1rem .6rem; list-style: none;
  margin: 0; padding: 0; }
.legend li { display: inline-flex; align-items: center; gap: .25rem; min-height: calc(var(--dmax) + 2px); }
.legend .b { flex: none; }
.egm-wrap { max-width: 100%; }
table.egm { table-layout: fixed; width: 100%; border-collapse: separate;
  border-spacing: 0; font-size: .85rem; }
.egm col.o { width: 12.5rem; }
.egm thead th, .egm thead td { position: sticky; top: 0; z-index: 2; background: #fff;
  vertical-align: bottom; padding: .3rem .15rem; border-bottom: 2px solid var(--ink); }
.egm thead th { text-align: center; font-weight: 600; line-height: 1.2; }
.egm .corner { text-align: left; font-size: .72rem; color: var(--muted); }
.egm tbody th { text-align: left; vertical-align: middle; font-weight: 400; padding: .1rem .5rem .1rem 0;
  line-height: 1.2; border-bottom: 1px solid var(--band); }
.egm tbody th a { color: inherit; text-decoration: none; }
.egm tbody th a:hover, .egm tbody th a:focus-visible { color: var(--accent); text-decoration: underline; }
.egm tr.gap th { color: var(--muted); font-style: italic; }
.egm tr.domain th { font-size: .7rem; font-weight: 700; letter-spacing: .05em; text-transform: uppercase;
  color: var(--muted); padding: .7rem 0 .15rem; border-bottom: 1px solid var(--rule); font-style: normal; }
.egm td { height: var(--row); padding: 0; text-align: center; vertical-align: middle;
  border-left: 1px solid var(--band); border-bottom: 1px solid var(--band); }
.egm tbody tr:not(.domain):hover { background: #fafbfd; }
.b { --c: var(--g1); --edge: var(--e1); --d: max(var(--dmin), calc(var(--r, 1) * var(--dmax)));
  position: relative; display: inline-block; vertical-align: middle; width: var(--d); height: var(--d);
  border-radius: 50%; background: var(--c); border: 1.5px solid var(--edge); }
.b.g4 { --c: var(--g4); --edge: var(--e4); } .b.g3 { --c: var(--g3); --edge: var(--e3); }
.b.g2 { --c: var(--g2); --edge: var(--e2); }
.b.nul { background: conic-gradient(var(--c) 0 var(--q), transparent 0),
  repeating-linear-gradient(-45deg, var(--edge) 0 1.3px, #fff 1.3px 3.6px); }
a.b::after { content: ""; position: absolute; inset: -.55rem; border-radius: 50%; } /* a larger target */
a.b:hover, a.b:focus-visible { outline: 3px solid var(--flag); outline-offset: 2px; }
.nb { position: absolute; top: -.6rem; left: calc(100% - 4px); min-width: 1.05rem; padding: 0 .2rem;
  border-radius: .6rem; background: #fff; border: 1.5px solid var(--flag); color: var(--flag);
  font: 700 .62rem/.95rem system-ui, sans-serif; text-align: center; }
.legend .nul { margin-right: .8rem; }

/* summary */
.stats { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--rule); border-radius: 6px; padding: .35rem .8rem; }
.stats b { font-size: 1.2rem; }
.two { display: grid; gap: 1rem 2rem; grid-template-columns: minmax(0, 22rem) minmax(0, 1fr); align-items: start; }
table.grades caption { text-align: left; font-weight: 600; padding-bottom: .2rem; }
table.grades td.bar { width: 60%; }
.bar span { display: block; height: .8rem; background: var(--accent); min-width: 1px; }
.lists > * { margin: 0 0 .4rem; }
details.ids > summary b, p.ids b { font-variant-numeric: tabular-nums; }
details.ids p { font-size: .85rem; line-height: 1.7; margin: .3rem 0 .6rem; }

/* tables */
table { border-collapse: collapse; width: 100%; font-size: .86rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th { background: #eceff5; font-weight: 600; }
tbody tr:target { outline: 2px solid var(--flag); outline-offset: -2px; background: #fff6fa; }
h3:target { box-shadow: -.6rem 0 0 var(--flag); }
th[scope="row"] { font-weight: 400; }
table.claims, table.works { table-layout: fixed; }
table.claims th:nth-child(1) { width: 38%; } table.claims th:nth-child(2) { width: 10%; }
table.claims th:nth-child(3) { width: 20%; } table.claims th:nth-child(4) { width: 12%; }
table.works th:nth-child(1) { width: 4rem; } table.works th:nth-child(2) { width: 40%; }
table.works th:nth-child(4), table.works th:nth-child(5), table.works th:nth-child(6) { width: 5.5rem; }
table.claims :is(td, th), table.works :is(td, th) { overflow-wrap: anywhere; }
ul.cites, ul.used { list-style: none; margin: 0; padding: 0; }
ul.cites li + li { margin-top: .15rem; }
.sup { font-size: .75rem; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px;
  padding: 0 .25rem; white-space: nowrap; }
.dir { white-space: nowrap; }
.dir.no-difference, .dir.mixed { color: var(--flag); font-weight: 600; }

/* claims grouped by outcome */
details.outcome { border-top: 1px solid var(--rule); }
details.outcome:last-of-type { border-bottom: 1px solid var(--rule); }
details.outcome > summary { padding: .45rem .2rem; }
details.outcome > summary .meta, h3 .meta { color: var(--muted); font-size: .85rem; font-weight: 400; }
details.outcome[open] > summary { background: var(--band); }
section.cell { margin: 0 0 1rem; }
section.cell h3 { margin: .9rem 0 .3rem; }
details.more { margin-top: .6rem; }
details.more > summary { font-weight: 600; padding: .4rem 0; }
footer { margin-top: 2.5rem; }

@media (min-width: 1100px) {
  .map-grid { grid-template-columns: minmax(0, 64rem) 15rem; }
  .legend { grid-column: 2; grid-row: 1; flex-direction: column; align-self: start; position: sticky;
    top: 3.5rem; gap: .8rem; }
  .legend > div { display: block; }
  .legend p { margin-bottom: .2rem; }
  .legend ul:not(.sizes) li { min-height: 1.6rem; }
  .egm-wrap { grid-column: 1; grid-row: 1; }
  .legend ul { flex-direction: column; align-items: flex-start; }
  .legend .sizes { flex-direction: row; align-items: center; }
}
@media (max-width: 1000px) {
  .egm thead th { padding: .2rem 0; }
  .egm thead th span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
    display: inline-block; }
}
@media screen and (max-width: 760px) {
  :root { --dmin: 10px; --dmax: 25px; --row: 1.9rem; }
  body { padding: .6rem .75rem 2rem; font-size: 14px; }
  h1 { font-size: 1.3rem; }
  .lead { font-size: .9rem; line-height: 1.35; }
  h2 { margin-top: 1.5rem; font-size: 1.1rem; }
  #map h2 { margin-top: .6rem; }
  .legend { font-size: .74rem; gap: 0 1rem; }
  .egm col.o { width: 6.4rem; }
  .egm-wrap { padding-right: .6rem; } /* room for the last column's numbers */
  table.egm { font-size: .74rem; }
  .egm .corner { font-size: .62rem; }
  .egm tbody th { padding-right: .3rem; hyphens: auto; }
  .nb { top: -.5rem; left: calc(100% - 3px); min-width: .9rem; font-size: .56rem; line-height: .8rem; }
  .two { grid-template-columns: minmax(0, 1fr); }
  table.claims, table.works { table-layout: auto; }
  table.claims thead, table.works thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); }
  table.claims tr, table.works tr { display: block; border-bottom: 1px solid var(--rule); padding: .4rem 0; }
  table.claims th, table.claims td, table.works th, table.works td { display: block; border: 0;
    padding: .1rem 0; width: auto !important; text-align: left; }
  table.claims td[data-label]::before, table.works td[data-label]::before { content: attr(data-label) ": ";
    font-weight: 600; color: var(--muted); }
  table.claims td ul.cites, table.works td details { display: inline-block; vertical-align: top; }
  table.works td.num { display: inline-block; margin-right: .9rem; }
}
@media (max-width: 359px) {
  .egm-wrap { overflow-x: auto; }
  table.egm { width: 22rem; }
  .egm tbody th { position: sticky; left: 0; background: #fff; z-index: 1; }
}
@media print {
  @page { margin: 12mm; }
  :root { --dmin: 8px; --dmax: 14px; --row: .95rem; }
  h1 { font-size: 14pt; } h2 { font-size: 11pt; margin-top: .6rem; }
  .egm tr.domain th { padding: .25rem 0 0; }
  .egm tbody th { padding-top: 0; padding-bottom: 0; }
  .nb { top: -.35rem; left: 100%; font-size: 6pt; line-height: .7rem; min-width: .8rem; }
  body { font-size: 9pt; padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav, footer { display: none; }
  a { color: inherit; text-decoration: none; }
  .egm thead th, .egm thead td, .legend { position: static; }
  .map-grid { display: block; }
  .legend { font-size: 7.5pt; gap: 0 1rem; margin-bottom: .3rem; }
  .legend li { min-height: 0; }
  .egm-wrap { overflow: visible; }
  table.egm { font-size: 8pt; }
  .egm col.o { width: 9.5rem; }
  .egm thead th span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
    display: inline-block; }
  .lead, #map > .note { font-size: 8pt; }
  #map > .note.small { font-size: 7pt; margin: .1rem 0 0; }
  #map { break-after: page; }
  thead { display: table-header-group; }
  tr, li, .stats li, h3 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, summary { break-after: avoid; page-break-after: avoid; }
  table { font-size: 8pt; }
}
"""

SCRIPT = """
(function () {
  // Comfort only; the page works without it: open the <details> around the target of a
  // link in browsers that do not do so themselves.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var node = id && document.getElementById(id);
    var opened = false;
    for (var up = node; up; up = up.parentElement) {
      if (up.tagName === "DETAILS" && !up.open) { up.open = true; opened = true; }
    }
    if (opened) { node.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  if (location.hash) { reveal(); }
})();
"""
