"""Documents written the way curricula are, beyond the seeds: what is reported, and no more.

False alarms cost as much as misses; these pin both down on two handouts that mix citation
styles (APA group authors, page locators, et al. in lists, Vancouver-free prose) with
statistics, quotations and study questions.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from peerclaims import load_corpus
from peerclaims.check import check_paths
from peerclaims.diagnostics import Diagnostic

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


@cache
def found(name: str) -> tuple[Diagnostic, ...]:
    """Diagnostics of one fixture document against the bundled corpus."""
    return check_paths([DOCUMENTS / name], load_corpus().corpus).diagnostics


@pytest.mark.parametrize(("name", "expected"), [
    ("handout.md", [
        (4, "unresolved-citation"),          # SAMHSA 2015: not in the corpus
        (6, "unresolved-citation"),          # CMS 2007
        (6, "missing-from-reference-list"),
        (15, "misattributed-claim"),         # relapse credited to Bernstein, not Boisvert
        (15, "missing-from-reference-list"),
        (16, "missing-from-reference-list"),
        (17, "unknown-claim"),
        (19, "unresolved-citation"),         # Eddie et al. 2019
        (19, "unknown-claim"),
    ]),
    ("module.md", [
        (10, "unresolved-citation"),         # Solomon (2004): the corpus has Solomon 1995
        (12, "unresolved-citation"),         # SAMHSA [SAMHSA] (2017)
        (17, "statistic-mismatch"),          # 20% against the trial's 42%
        (19, "unresolved-citation"),         # Lloyd-Evans et al. 2014
        (24, "unknown-claim"),
    ]),
])
def test_exactly_these_findings(name: str, expected: list[tuple[int, str]]) -> None:
    """Each handout yields exactly the findings listed, at the lines listed."""
    assert [(d.line, d.name) for d in found(name)] == expected


def test_figure_checked_against_the_cited_trial() -> None:
    """A 20% reduction credited to Sledge et al. is compared with that trial's own means."""
    [stat] = [d for d in found("module.md") if d.name == "statistic-mismatch"]
    assert stat.message == ("20% does not follow from the study's figures "
                            "(0.89 vs 1.53 admissions: a 42% reduction)")


def test_not_citations() -> None:
    """Page locators, p-values, sample sizes, quotations and questions raise nothing."""
    lines = {d.line for d in found("module.md")} | {d.line for d in found("handout.md")}
    assert not lines & {21, 23, 27, 31, 32}
