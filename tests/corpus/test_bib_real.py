"""Real .bib files from public repositories: exact positions and no false errors.

The files and their licences are listed in tests/fixtures/bib/README.md: biblatex's own
biblatex-examples.bib (LPPL; every biblatex entry type, `journaltitle`, `date`, crossref,
related entries), a BibDesk export of USGS groundwater references (CC0), and two files of a
economics model's documentation (CC0) that hold `%` in values, empty fields and upper-case
field names. backslash-newlines.bib is constructed (see test_bib_positions.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims.corpus.bib import parse_bib
from peerclaims.diagnostics import Severity
from tests.corpus.test_bib_positions import misplaced
from tests.helpers import TESTS, diagnostics

FIXTURES = TESTS / "fixtures" / "bib"
REAL = sorted(p for p in FIXTURES.glob("*.bib") if p.name != "backslash-newlines.bib")
NO_CLAIMS = "version: 1\nclaims: []\n"

# What validate reports on each file, errors and warnings alike (unused-reference aside:
# no claim cites these works). Each is a true finding, checked by hand against the file.
EXPECTED: dict[str, list[tuple[int, str, str]]] = {
    "biblatex-examples.bib": [
        # Warnings: one work entered twice (an edition and its reprint or translation, the
        # article and its arXiv version, a multi-volume work both ways), and a chapter whose
        # title is its book's ("On Alternative Modernities" in "Alternative Modernities").
        (780, "duplicate-work", "'knuth:ct:related' and 'knuth:ct'"),
        (823, "duplicate-work", "'kullback:related' and 'kullback:reprint'"),
        (1025, "duplicate-work", "'vangennep:related' and 'vangennep'"),
        (1147, "duplicate-work", "'gaonkar:in' and 'gaonkar'"),
        (1398, "duplicate-work", "'baez/online' and 'baez/article'"),
    ],
    "modflow6-references.bib": [
        (97, "malformed-field", "doi 'https://doi.org/10.1016/j.cageo.2012.04.002'"),
        (618, "malformed-field", "doi 'https://doi.org/10.3133/twri06A7'"),
        (631, "malformed-field", "doi 'https://doi.org/10.1016/S0309-1708(02)00063-5'"),
        (1021, "malformed-field", "doi 'http://dx.doi.org/10.1130/REG2'"),
        (1706, "duplicate-work", "'jacob1979hydraulics' and 'bear1979'"),
        (2488, "duplicate-work", "'Rushton:1979aa' and 'rushton1979'"),
        (2516, "malformed-field", "number '5, W05525'"),  # an issue and an article number
        (2528, "malformed-field", "number '8, W08405'"),
        (2574, "missing-required-field", "'cronshey1986urban' lacks required field 'institution'"),
        (2725, "malformed-field", "number '5, W05020'"),
        (2750, "malformed-field", "number '8, W08527'"),
        (2790, "missing-required-field", "'DayMet' lacks required field 'url' or 'doi'"),
        (2801, "malformed-field", "number '10, W10412'"),
        (2899, "duplicate-work", "'vs2d' and 'lappalaetal1987VS2D'"),
        (2976, "malformed-field", "doi 'https://doi.org/10.2136/sssaj2005.0293'"),
        (3001, "malformed-field", "doi 'https://doi.org/10.1016/j.cageo.2006.04.005'"),
        (3048, "malformed-field", "doi 'https://doi.org/10.1111/gwat.12413'"),
    ],
    "ogcore-citations.bib": [
        (145, "missing-required-field", "'Hassett:2015' lacks required field 'institution'"),
        (155, "missing-required-field", "'Hassett:2016' lacks required field 'institution'"),
    ],
    "ogcore-references.bib": [
        (34, "malformed-field", "pages 'pp. 459-498'"),
        (47, "malformed-field", "pages 'pp. 121-149'"),
        (58, "malformed-field", "pages 'pp. 161-179'"),
        (170, "malformed-field", "number '?'"),
        (171, "malformed-field", "month '?'"),
        (201, "malformed-field", "year '1950-51'"),
    ],
}
ENTRIES = {
    "biblatex-examples.bib": 92,
    "modflow6-references.bib": 270,
    "ogcore-citations.bib": 18,
    "ogcore-references.bib": 29,
}


def test_the_fixtures_are_all_here() -> None:
    """Each vendored file has its expectations (and its licence in the README)."""
    assert [p.name for p in REAL] == sorted(EXPECTED)
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    assert all(p.name in readme for p in FIXTURES.glob("*.bib"))


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_entry_and_field_is_at_its_line(path: Path) -> None:
    """Every entry loads, at the line and column of its `@type{key`; every field at its name."""
    text = path.read_text(encoding="utf-8")
    result = parse_bib(text, str(path))
    assert result.findings == ()
    assert len(result.references) == ENTRIES[path.name]
    assert misplaced(text, result.references) == []


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_validate_reports_only_true_findings(path: Path) -> None:
    """validate on the real file reports exactly the listed findings, at their lines."""
    found = [
        d
        for d in diagnostics(NO_CLAIMS, path.read_text(encoding="utf-8"))
        if d.name != "unused-reference"
    ]
    assert [(d.line, d.name) for d in found] == [(e[0], e[1]) for e in EXPECTED[path.name]], (
        "\n".join(f"{d.line}: {d.name}: {d.message}" for d in found)
    )
    for diag, (_, _, phrase) in zip(found, EXPECTED[path.name], strict=True):
        assert phrase in diag.message


def test_biblatex_examples_has_no_error() -> None:
    """biblatex's own examples (every entry type, `journaltitle`, `date`, `crossref`,
    `related`, `options = {usetranslator}`) give no error at all."""
    text = (FIXTURES / "biblatex-examples.bib").read_text(encoding="utf-8")
    errors = [
        f"{d.line}: {d.message}"
        for d in diagnostics(NO_CLAIMS, text)
        if d.severity is Severity.ERROR
    ]
    assert errors == []


def test_biblatex_years_are_read_from_date_and_noopsort() -> None:
    """A biblatex entry's year comes from `date`; `{\\noopsort{...}}` prints nothing."""
    refs = {
        r.key: r
        for r in parse_bib(
            (FIXTURES / "biblatex-examples.bib").read_text(encoding="utf-8"), "x.bib"
        ).references
    }
    assert refs["sigfridsson"].year == "1998"  # date = 1998
    assert refs["knuth:ct:a"].year == "1984"
    text = (FIXTURES / "backslash-newlines.bib").read_text(encoding="utf-8")
    refs = {r.key: r for r in parse_bib(text, "x.bib").references}
    assert refs["mead2006peer"].year == "2006"  # {\noopsort{2005b}}2006
    assert refs["nasmhpd2014pillars"].year == "2014"  # date = {2014-03-01}
    assert refs["repper2011review"].year == "2011"  # date = {2011-08}
