"""Acceptance on the seed documents: the discrepancies they are known to hold are reported."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from peerclaims import load_corpus
from peerclaims.check import check_paths
from peerclaims.diagnostics import Diagnostic
from tests.helpers import require_seeds

SEEDS = require_seeds()


@cache
def findings() -> tuple[Diagnostic, ...]:
    """Diagnostics of `peerclaims check` over the five seeds."""
    paths = sorted(SEEDS.glob("0*.txt"))
    assert len(paths) == 5
    return check_paths(paths, load_corpus().corpus).diagnostics


def reported(rule: str, seed: str) -> list[str]:
    """Messages and suggestions of one rule in one seed."""
    return [
        f"{d.message} | {d.suggestion}"
        for d in findings()
        if d.name == rule and Path(d.path).name.startswith(seed)
    ]


@pytest.mark.parametrize(
    ("seed", "written", "right"),
    [
        ("002", "Ochoka", "Ochocka"),
        ("003", "Ochoka", "Ochocka"),
        ("003", "Coatswortha Puspokey", "Coatsworth-Puspoky"),
        ("003", "Warda Griffin", "Ward-Griffin"),
        ("003", "Jenson", "Jensen"),
        ("003", "Hogwood", "Hoagwood"),
    ],
)
def test_misspelt_authors(seed: str, written: str, right: str) -> None:
    """Each misspelt author is reported with the right spelling."""
    assert any(f"'{written}' is spelt '{right}'" in m for m in reported("author-misspelt", seed))


@pytest.mark.parametrize(
    ("seed", "written", "fixed"),
    [
        ("003", "Bologna & Pulice, 2010", "(Bologna & Pulice, 2011"),
        ("003", "Chinman, et al., 2013", "(Chinman, et al., 2015"),
        ("003", "Hoagwood et al., 2009", "Hoagwood et al., 2010"),
    ],
)
def test_wrong_years(seed: str, written: str, fixed: str) -> None:
    """Each wrong year is reported, with the corrected citation as the suggestion."""
    hits = [m for m in reported("year-mismatch", seed) if written in m]
    assert hits and fixed in hits[0]


def test_et_al_follows_the_record_not_the_seeds_list() -> None:
    """003 lists "Corrigan, P. W., & Sokol, K. A. (2013)", but the published article has a
    third author (Rüsch), so its text's "Corrigan, et al., 2013" is right: the record wins."""
    assert not any("Corrigan" in m for m in reported("et-al-misuse", "003"))


@pytest.mark.parametrize(
    "work",
    [
        "Bassuk",
        "Reif et al., 2014",
        "White, 2009",
        "Best & Laudet, 2010",
        "Cloud & Granfield, 2008",
        "Repper & Carter, 2011",
    ],
)
def test_missing_from_the_sections_reference_list(work: str) -> None:
    """Works cited in a section of 003 but absent from that section's list are reported."""
    assert any(work in m for m in reported("missing-from-reference-list", "003"))


@pytest.mark.parametrize("seed", ["000", "001"])
def test_readmission_figures_credited_to_the_chinman_review(seed: str) -> None:
    """The 42% and 48% bullets credit a Chinman review; the figures come from Sledge et al."""
    messages = reported("misattributed-claim", seed)
    for figure in ("42%", "48%"):
        hit = [m for m in messages if figure in m]
        assert hit and "Chinman et al. (2014)" in hit[0] and "Sledge et al. (2011)" in hit[0]
        assert hit[0].endswith("| (Sledge et al., 2011)")


@pytest.mark.parametrize("seed", ["000", "001"])
def test_48_percent_does_not_follow_from_the_trial(seed: str) -> None:
    """10.1 vs 19.1 days is a 47% reduction, not the 48% on the slide."""
    assert any("48%" in m and "47%" in m for m in reported("statistic-mismatch", seed))


@pytest.mark.parametrize(
    "statement", ["48 states and DC reimburse", "49 states have peer", "Over 30,000"]
)
def test_workforce_figures_are_uncited(statement: str) -> None:
    """The workforce figures on the CT slide carry no source."""
    assert any(statement in m for m in reported("uncited-claim", "001"))


def test_vague_citation_gets_the_review_to_paste() -> None:
    """ "Recent review by Chinman et al in Psych Services" resolves to the 2014 review."""
    assert any(m.endswith("| (Chinman et al., 2014)") for m in reported("vague-citation", "000"))


def test_truncated_page_range_in_reading_list() -> None:
    """000's reading list gives Davidson et al. (2012) a page, not the range 123-128."""
    assert any(
        "pages 123 (corpus: 123–128)" in m for m in reported("reference-list-mismatch", "000")
    )


def test_no_citation_problem_in_the_world_psychiatry_paper() -> None:
    """004 cites by number without its list: no citation-level findings are invented."""
    citation_rules = {
        "unresolved-citation",
        "author-misspelt",
        "year-mismatch",
        "et-al-misuse",
        "missing-from-reference-list",
        "uncited-reference",
    }
    assert [d for d in findings() if d.name in citation_rules and "004_" in d.path] == []
