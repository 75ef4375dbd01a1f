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
    """Version 1 with claims, works and summary; weights spelled out; effects as recorded."""
    data = json.loads(report_json.render(emap))
    assert list(data) == ["version", "claims", "works", "summary", "coverage"]
    assert data["version"] == 1
    assert data["works"][0]["weight"] == {"sole_direct": 1, "direct": 1, "claims": 2}
    assert data["claims"][0]["grade"]["label"] == "Moderate"
    assert data["claims"][0]["effect"]["relative_change"] == -0.42
    assert data["claims"][1]["effect"] is None
    assert data["summary"]["unused_works"] == ["peerworks2020hub"]
    cell = data["coverage"][0]
    assert set(cell) == {
        "outcome",
        "population",
        "works",
        "reviews",
        "trials",
        "findings",
        "best_grade",
        "claims",
    }
    assert set(cell["findings"]) == {"increase", "decrease", "no-difference", "mixed"}


VOID = frozenset({"meta", "br", "wbr", "col", "path", "line", "rect", "img", "input", "link"})


class _Page(HTMLParser):
    """Collects what the HTML tests look at."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.title = ""
        self.text_in: dict[str, list[str]] = {}
        self.text_by_id: dict[str, list[str]] = {}
        self._ids: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record every tag with its attributes."""
        found = {k: v or "" for k, v in attrs}
        self.tags.append((tag, found))
        if tag not in VOID:
            self.stack.append(tag)
            self._ids.append(found.get("id"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record a self-closing tag."""
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        """Leave a tag."""
        if tag in self.stack:
            while self.stack:
                self._ids.pop()
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data: str) -> None:
        """Keep the title, the text inside each tag and the text inside each element with an id."""
        if self.stack and self.stack[-1] == "title" and "svg" not in self.stack:
            self.title += data
        if self.stack:
            self.text_in.setdefault(self.stack[-1], []).append(data)
        for element_id in self._ids:
            if element_id:
                self.text_by_id.setdefault(element_id, []).append(data)

    def text(self, element_id: str) -> str:
        """The text inside the element with this id."""
        return "".join(self.text_by_id.get(element_id, []))

    def having(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        """Attributes of every `tag` whose attributes contain these values (cls: a class)."""
        out = []
        for name, found in self.tags:
            if name != tag:
                continue
            if all(
                v in found.get("class", "").split() if k == "cls" else found.get(k) == v
                for k, v in attrs.items()
            ):
                out.append(found)
        return out


def parse(source: str) -> _Page:
    """The parsed page."""
    parser = _Page()
    parser.feed(source)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page(emap: EvidenceMap) -> tuple[_Page, str]:
    """The parsed HTML report and its source."""
    source = report_html.render(emap)
    return parse(source), source


@pytest.fixture(scope="module")
def bundled() -> tuple[EvidenceMap, _Page, str]:
    """The bundled corpus's evidence map, its parsed HTML report and the source."""
    emap = evidence_map(load_corpus().corpus)
    source = report_html.render(emap)
    return emap, parse(source), source


def test_html_structure(page: tuple[_Page, str], emap: EvidenceMap) -> None:
    """Title, lang, header cells with a scope, a row per claim and per work, print styles,
    and no buttons (nothing on the page needs JavaScript)."""
    parser, source = page
    assert source.startswith("<!DOCTYPE html>")
    assert parser.title == "Evidence gap map — peerclaims"
    assert parser.having("html")[0]["lang"] == "en"
    headers = parser.having("th")
    assert headers and all(h.get("scope") in ("col", "row", "rowgroup") for h in headers)
    row_ids = {t.get("id") for t in parser.having("tr") if t.get("id")}
    assert {f"claim-{c.id}" for c in emap.claims} <= row_ids
    assert {f"work-{w.key}" for w in emap.works} <= row_ids
    assert "@media print" in source
    assert not parser.having("button")


def test_html_map_comes_first(page: tuple[_Page, str]) -> None:
    """The gap map is the first section: no list or table comes before it."""
    _, source = page
    main = source[source.index("<main>") :]
    assert main.index('id="gap-map"') < min(
        main.index(mark) for mark in ('id="summary"', 'id="claims"', 'id="works"', "<details")
    )


def test_html_gap_map_cells(page: tuple[_Page, str], emap: EvidenceMap) -> None:
    """Every outcome of the vocabulary that is an effect is a row and every population a
    column; one bubble per coverage cell, coloured by its best grade, linking to its cell."""
    parser, _ = page
    bubbles = list(parser.having("a", cls="b"))
    assert len(bubbles) == len(emap.coverage) == 1
    cell = emap.coverage[0]
    (bubble,) = bubbles
    assert bubble["href"] == "#cell-hospitalization--mental-health"
    assert "g3" in bubble["class"].split() and cell.best_label == "Moderate"
    assert "1 work" in bubble["aria-label"] and "best certainty Moderate" in bubble["aria-label"]
    assert parser.having("h3", id="cell-hospitalization--mental-health")
    rows = list(parser.having("th", scope="row"))
    assert len(rows) >= 39 + len(emap.claims) + len(emap.works)
    assert len(parser.having("th", scope="rowgroup")) == 5


def test_html_cells_show_null_findings(bundled: tuple[EvidenceMap, _Page, str]) -> None:
    """A cell with null or mixed findings is hatched and carries their number; the others
    are not; every bubble's target exists and lists exactly the cell's claims."""
    emap, parser, _ = bundled
    by_href = {a["href"]: a for a in parser.having("a", cls="b")}
    assert len(by_href) == len(emap.coverage) > 50
    for cell in emap.coverage:
        bubble = by_href[f"#cell-{cell.outcome}--{cell.population}"]
        quiet = cell.null + cell.mixed
        assert ("nul" in bubble["class"].split()) == bool(quiet), cell
        assert ("--q:" in bubble["style"]) == bool(quiet)
        heading = f"cell-{cell.outcome}--{cell.population}"
        assert parser.having("h3", id=heading)
    source = bundled[2]
    hosp = source[source.index('id="cell-hospitalization--mental-health"') :]
    hosp = hosp[: hosp.index("</table>")]
    cell = next(
        c
        for c in emap.coverage
        if (c.outcome, c.population) == ("hospitalization", "mental-health")
    )
    assert sorted(re.findall(r'<tr id="claim-([^"]+)"', hosp)) == sorted(cell.claims)
    assert f'<span class="nb" aria-hidden="true">{cell.null + cell.mixed}</span>' in source


def test_html_claims_cite_in_apa_not_by_key(bundled: tuple[EvidenceMap, _Page, str]) -> None:
    """Each claim row names its works by their APA citations, linked to the works table."""
    emap, parser, _ = bundled
    claim = next(c for c in emap.claims if c.id == "recovery-mentor-fewer-readmissions")
    row = parser.text(f"claim-{claim.id}")
    assert "Sledge et al., 2011" in row and "Davidson et al., 2012" in row
    assert "sledge2011effectiveness" not in row
    assert "0.89 admissions (SD 1.35) vs 1.53 admissions (SD 1.53)" in row
    assert "decrease" in row and "Moderate" in row


def test_html_every_link_has_a_target(bundled: tuple[EvidenceMap, _Page, str]) -> None:
    """Every `#` link points at an element of the page."""
    _, parser, _ = bundled
    ids = {attrs["id"] for _, attrs in parser.tags if "id" in attrs}
    targets = {
        attrs["href"][1:] for _, attrs in parser.tags if attrs.get("href", "").startswith("#")
    }
    assert targets and targets <= ids, sorted(targets - ids)[:5]


def test_html_long_lists_fold(bundled: tuple[EvidenceMap, _Page, str]) -> None:
    """Id lists, the claims of each outcome and the works below the top ranks sit in
    <details> elements that start closed."""
    emap, parser, source = bundled
    details = parser.having("details")
    assert details and not any("open" in d for d in details)
    outcomes = {c.outcome for c in emap.claims}
    assert {d["id"] for d in details if d.get("id")} == {f"outcome-{o}" for o in outcomes}
    before_map = source[: source.index('id="gap-map"')]
    assert "<code>" not in before_map  # no id list before the map


def test_map_frame_has_every_effect_outcome_once() -> None:
    """The map's rows are every outcome of the vocabulary that is an effect, each in one
    domain; populations are the columns; values outside the vocabulary are added at the end."""
    from peerclaims.corpus.grading import Level
    from peerclaims.corpus.vocab import Outcome, Population
    from peerclaims.curate.coverage import DOMAINS, NOT_EFFECTS, OTHER_DOMAIN, Cell, frame

    listed = [o for _, outcomes in DOMAINS for o in outcomes]
    assert sorted(listed) == sorted(o for o in Outcome if o not in NOT_EFFECTS)
    rows, columns = frame(())
    assert columns == tuple(p.value for p in Population)
    odd = Cell("loneliness-x", "prisoners", ("c",), 1, 0, 0, Level.LOW, 1, 0, 0, 0)
    rows, columns = frame((odd,))
    assert rows[-1] == (OTHER_DOMAIN, ("loneliness-x",)) and columns[-1] == "prisoners"
    assert 'href="#cell-loneliness-x--prisoners"' in report_html.render(
        EvidenceMap((), (), evidence_map(load_corpus().corpus).summary, (odd,))
    )


def test_html_effect_text() -> None:
    """Effects are given with their figures as published: statistic before the value, CI,
    percentages, groups with SDs, studies, n and timeframe."""
    from peerclaims.corpus.model import Effect
    from peerclaims.render.report.html_claims import effect_text

    assert effect_text(
        Effect(
            measure="risk ratio of admission",
            unit="RR",
            value=0.44,
            ci_lower=0.11,
            ci_upper=1.75,
            studies=1,
            n=19,
            timeframe="5 months",
        )
    ) == ("risk ratio of admission: RR 0.44 (95% CI 0.11 to 1.75); 1 study; n = 19; 5 months")
    assert effect_text(
        Effect(measure="readmitted", unit="percent", intervention=29, comparison=38)
    ) == ("readmitted: 29% vs 38%")
    assert effect_text(Effect(measure="people trained")) == "people trained"


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
    claims_text = CLAIMS_EDGE.replace(
        "The same work is listed twice, once as a review.", "<script>alert(1)</script> & more"
    )
    claims, bib = corpus_files(claims_text, BIB_EDGE)
    source = report_html.render(evidence_map(load_corpus(claims, bib).corpus))
    assert "<script>alert(1)</script>" not in source
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in source


# --------------------------------------------------------------------------- text at 80 columns


def test_text_at_80_columns(emap: EvidenceMap, golden: Callable[[str, str], None]) -> None:
    """At 80 columns every column stays and the id lists are counts."""
    text = report_text.render(emap, width=80)
    golden("report/evidence-map-80.txt", text)
    assert max(len(line) for line in text.splitlines()) <= 80


def test_text_verbose_lists_the_ids(emap: EvidenceMap, golden: Callable[[str, str], None]) -> None:
    """--verbose writes each summary list out, ids whole."""
    text = report_text.render(emap, width=80, verbose=True)
    golden("report/evidence-map-verbose-80.txt", text)
    assert "Claims resting on a single work (3):\n  increased-hope, peer-workforce-growing," in text
    assert "--verbose" not in text


def _pieces(text: str) -> list[str]:
    """Words of a text report, each split after its hyphens; rules left out."""
    words = [w for line in text.splitlines() if line.strip("─ ") for w in line.split()]
    return sorted(p for w in words for p in re.findall(r"[^-]+-?|-", w))


@pytest.fixture(scope="module")
def bundled_map() -> EvidenceMap:
    """The bundled corpus's evidence map."""
    return evidence_map(load_corpus().corpus)


def test_text_at_80_columns_drops_and_splits_nothing(bundled_map: EvidenceMap) -> None:
    """The bundled corpus at 80 columns holds the same words as with no width limit: no
    column dropped, nothing cut short with "…", no word split except after a hyphen."""
    narrow = report_text.render(bundled_map, width=80)
    wide = report_text.render(bundled_map, width=1000)
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert "…" not in narrow
    assert _pieces(narrow) == _pieces(wide)
    for header in (
        "Claim",
        "Grade",
        "Works",
        "App.",
        "Docs",
        "Unc.",
        "Outcome",
        "Population",
        "Rev.",
        "Trials",
        "↑/↓/=/~",
        "Best grade",
        "Rank",
        "Work",
        "Design",
    ):
        assert re.search(rf"(^|  ){re.escape(header)}(  |$)", narrow, re.M), header


def test_text_too_narrow_for_columns_prints_blocks(bundled_map: EvidenceMap) -> None:
    """Below the width the columns need, each row becomes a block of "Header: value" lines,
    still within the width and still whole words."""
    text = report_text.render(bundled_map, width=40)
    assert max(len(line) for line in text.splitlines()) <= 40
    assert "\n  Grade: Very low\n" in text and "\n  Design: rct; High, CEBM 2\n" in text


def test_text_wrap_breaks_only_between_words() -> None:
    """Lines break at spaces or after hyphens; a longer piece stays whole."""
    assert report_text.wrap("consumer-movement-spawned peer support", 12) == [
        "consumer-",
        "movement-",
        "spawned peer",
        "support",
    ]
    assert report_text.wrap("vangesteltimmermans2012effects", 10) == [
        "vangesteltimmermans2012effects"
    ]
