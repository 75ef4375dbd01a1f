"""The evidence map in every format: golden files, CSV and JSON structure, HTML checks."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from peerclaims.corpus.load import read_corpus
from peerclaims.curate.report import EvidenceMap, evidence_map
from peerclaims.render.report import csv as report_csv
from peerclaims.render.report import html as report_html
from peerclaims.render.report import json as report_json
from peerclaims.render.report import markdown as report_markdown
from peerclaims.render.report import text as report_text
from peerclaims.runner import load_corpus
from tests.curate.test_report import BIB_EDGE, CLAIMS_EDGE
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "report"
RENDERERS: dict[str, tuple[str, Callable[[EvidenceMap], str]]] = {
    "text": ("evidence-map.txt", report_text.render),
    "markdown": ("evidence-map.md", report_markdown.render),
    "csv": ("evidence-map.csv", report_csv.render),
    "json": ("evidence-map.json", report_json.render),
    "html": ("evidence-map.html", report_html.render),
}


@pytest.fixture(scope="module")
def emap() -> EvidenceMap:
    """The evidence map of the report fixture corpus."""
    return evidence_map(read_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib"))


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_golden(fmt: str, emap: EvidenceMap, golden: Callable[[str, str], None]) -> None:
    """Each format matches its golden file (--update-golden rewrites them)."""
    name, render = RENDERERS[fmt]
    golden(f"report/{name}", render(emap))


def test_csv_is_rfc4180_with_one_row_per_link(emap: EvidenceMap) -> None:
    """CRLF line ends, a header, quoted fields, one row per claim–work link."""
    text = report_csv.render(emap)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == emap.summary.links
    assert rows[0]["claim_id"] == "recovery-mentor-fewer-admissions"
    assert rows[0]["citation"] == "Sledge et al., 2011"
    assert {r["work_key"] for r in rows} == {w.key for w in emap.works if w.claims}


def test_json_structure(emap: EvidenceMap) -> None:
    """Version 1 with claims, works and summary; weights spelled out."""
    data = json.loads(report_json.render(emap))
    assert list(data) == ["version", "claims", "works", "summary", "coverage"]
    assert data["version"] == 1
    assert data["works"][0]["weight"] == {"sole_direct": 1, "direct": 1, "claims": 2}
    assert data["claims"][0]["grade"]["label"] == "Moderate"
    assert data["summary"]["unused_works"] == ["peerworks2020hub"]
    cell = data["coverage"][0]
    assert set(cell) == {"outcome", "population", "works", "reviews", "trials", "findings",
                         "best_grade", "claims"}
    assert set(cell["findings"]) == {"increase", "decrease", "no-difference", "mixed"}


class _Page(HTMLParser):
    """Collects what the HTML tests look at."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.title = ""
        self.text_in: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record every tag with its attributes."""
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in ("meta", "br", "path", "line", "rect"):
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record a self-closing tag."""
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        """Leave a tag."""
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        """Keep the title and the text inside each tag."""
        if self.stack and self.stack[-1] == "title" and "svg" not in self.stack:
            self.title += data
        if self.stack:
            self.text_in.setdefault(self.stack[-1], []).append(data)

    def having(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        """Attributes of every `tag` whose attributes contain these values (class: a word)."""
        out = []
        for name, found in self.tags:
            if name != tag:
                continue
            if all((v in found.get(k, "").split()) if k == "cls" and "class" in found
                   else found.get(k) == v for k, v in attrs.items()):
                out.append(found)
        return out


@pytest.fixture(scope="module")
def page(emap: EvidenceMap) -> tuple[_Page, str]:
    """The parsed HTML report and its source."""
    source = report_html.render(emap)
    parser = _Page()
    parser.feed(source)
    parser.close()
    return parser, source


def test_html_structure(page: tuple[_Page, str], emap: EvidenceMap) -> None:
    """Title, lang, tables whose every header cell has a scope, and sortable tables."""
    parser, source = page
    assert source.startswith("<!DOCTYPE html>")
    assert parser.title == "Evidence map — peerclaims"
    assert parser.having("html")[0]["lang"] == "en"
    headers = parser.having("th")
    assert headers and all(h.get("scope") in ("col", "row") for h in headers)
    sortable = [t for t in parser.having("table") if "sortable" in t.get("class", "").split()]
    assert len(sortable) == 2
    row_ids = {t.get("id") for t in parser.having("tr") if t.get("id")}
    assert {f"claim-{c.id}" for c in emap.claims} <= row_ids
    assert {f"work-{w.key}" for w in emap.works} <= row_ids
    assert "@media print" in source and "position: static" in source


def test_html_matrix_and_legend(page: tuple[_Page, str], emap: EvidenceMap) -> None:
    """One matrix cell per known claim–work link, shaded by support, with a legend."""
    parser, _ = page
    cells = [r for r in parser.having("rect") if "cell" in r.get("class", "").split()]
    links = [(c.id, w.support) for c in emap.claims for w in c.works if w.known]
    assert len(cells) == len(links) == emap.summary.links
    assert sorted(r["class"].split()[1] for r in cells) == sorted(s for _, s in links)
    assert len(parser.having("svg", **{"class": "map"})) == 1
    legend = [u for u in parser.having("ul") if "legend" in u.get("class", "")]
    assert len(legend) == 1
    assert {li.get("class") for li in parser.having("li")} >= {
        "legend-direct", "legend-review", "legend-secondary"}


def test_html_has_no_external_urls(page: tuple[_Page, str]) -> None:
    """Links and sources point only inside the page; url() only to # anchors or data:."""
    parser, source = page
    for _, attrs in parser.tags:
        for name in ("href", "src", "xlink:href", "action", "srcset"):
            if name in attrs:
                assert attrs[name].startswith(("#", "data:")), attrs
        for value in attrs.values():
            for target in re.findall(r"url\(\s*['\"]?([^)'\"]*)", value):
                assert target.startswith(("#", "data:")), value
    for target in re.findall(r"url\(\s*['\"]?([^)'\"]*)", source):
        assert target.startswith(("#", "data:")), target
    assert "<link" not in source and "@import" not in source
    assert "https://example.org/peer-support-hub" in source  # a URL as plain text is fine


def test_html_escapes_text(corpus_files: Callable[[str, str], tuple[Path, Path]]) -> None:
    """Markup in the data is shown as text, never interpreted."""
    claims_text = CLAIMS_EDGE.replace("The same work is listed twice, once as a review.",
                                      "<script>alert(1)</script> & more")
    claims, bib = corpus_files(claims_text, BIB_EDGE)
    source = report_html.render(evidence_map(load_corpus(claims, bib).corpus))
    assert "<script>alert(1)</script>" not in source
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in source
