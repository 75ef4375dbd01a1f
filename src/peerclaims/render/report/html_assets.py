"""The inline stylesheet and script of the HTML evidence map (no network assets)."""

from __future__ import annotations

CSS = """
:root { --ink: #1d1d1f; --muted: #5a5a64; --rule: #d0d0d7; --band: #f4f4f7; --accent: #1f3b73;
  --direct: #1f3b73; --review: #a64b00; --secondary: #3d3d3d; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 1500px; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
p.lead, .note { color: var(--muted); }
nav ul { list-style: none; padding: 0; display: flex; gap: 1.2rem; flex-wrap: wrap; }
a { color: var(--accent); }
code, .key { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .86em; }
.stats { display: flex; flex-wrap: wrap; gap: .8rem; margin: .5rem 0 1rem; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .9rem; min-width: 8.5rem; }
.stats b { display: block; font-size: 1.5rem; }
table.grades { width: auto; min-width: 26rem; margin-bottom: .5rem; }
table.grades caption { text-align: left; }
table.grades .num { width: auto; }
.grades td.bar { width: 18rem; }
.bar span { display: block; height: .8rem; background: var(--accent); min-width: 1px; }
dl.lists dt { font-weight: 600; margin-top: .7rem; }
dl.lists dd { margin: .2rem 0 0 0; font-size: .85rem; line-height: 1.6; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; width: 1%;
}
td.used { min-width: 20rem; }
td.used li { margin-bottom: .1rem; }
thead th { position: sticky; top: 0; background: #e9ecf3; z-index: 1; border-bottom: 2px solid var(--accent); }
tbody tr:nth-child(even) { background: var(--band); }
tbody tr:target { outline: 2px solid var(--accent); }
th .sort { all: unset; position: absolute; inset: 0; cursor: pointer; text-align: right;
  padding: .35rem .3rem 0 0; color: var(--muted); font-size: .8rem; }
th .sort:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
th .sort::after { content: "\\2195"; }
th[aria-sort="ascending"] .sort::after { content: "\\2191"; color: var(--accent); }
th[aria-sort="descending"] .sort::after { content: "\\2193"; color: var(--accent); }
table.sortable thead th { padding-right: 1.3rem; }
th[scope="row"] { font-weight: 400; }
#claims th[scope="row"] { min-width: 22rem; }
#works th[scope="row"] { min-width: 20rem; }
#claims ul.works li { white-space: nowrap; }

.statement { display: block; color: var(--muted); margin-top: .15rem; max-width: 40rem;
  overflow-wrap: anywhere; }
.factors { display: block; color: var(--muted); font-size: .78rem; }
.grade { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-weight: 600; white-space: nowrap; }
.g4 { background: #d7eed9; color: #14532d; } .g3 { background: #dcebf5; color: #123f63; }
.g2 { background: #fbeccb; color: #6b4204; } .g1 { background: #f7dada; color: #7a1717; }
ul.works { list-style: none; margin: 0; padding: 0; }
.support { font-size: .74rem; border-radius: 3px; padding: 0 .3rem; margin-left: .3rem; white-space: nowrap; }
.support.direct { background: var(--direct); color: #fff; }
.support.review { border: 1px dashed var(--review); color: var(--review); }
.support.secondary { border: 1px solid var(--secondary); color: var(--secondary); }
.support.unknown { border: 1px dotted #999; color: #777; }
.legend { display: flex; gap: 1.5rem; list-style: none; padding: 0; margin: .4rem 0 .8rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.matrix svg.map { display: block; max-width: 100%; height: auto; }
.legend svg { flex: none; }
.matrix text { font: 10px ui-monospace, Menlo, Consolas, monospace; fill: var(--ink); }
.matrix a text:hover { fill: var(--accent); text-decoration: underline; }
.matrix .unused { fill: #9a9aa3; }
@media print {
  @page { margin: 12mm; }
  body { font-size: 9pt; padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav, .hint { display: none; }
  a { color: inherit; text-decoration: none; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr, li, .stats li, .legend { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .wrap { overflow: visible; }
  table { font-size: 8pt; }
  th .sort { display: none; }
  table.sortable thead th { padding-right: .5rem; }
  #matrix { break-before: page; page-break-before: always; }
  .matrix svg.map { width: 100%; max-width: 100%; height: auto; max-height: 240mm; }
  tbody tr:nth-child(even) { background: #f4f4f7; }
}
"""

SCRIPT = """
(function () {
  function key(cell) {
    var value = cell.getAttribute("data-sort");
    if (value === null) { value = cell.textContent.trim(); }
    var number = Number(value);
    return value !== "" && !isNaN(number) ? number : value.toLowerCase();
  }
  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return String(a).localeCompare(String(b));
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, index) {
      var button = th.querySelector("button.sort");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(key(a.cells[index]), key(b.cells[index]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
"""
