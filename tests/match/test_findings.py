"""Figures a work reports, and figures that follow from its group figures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.corpus.model import Claim, Effect
from peerclaims.match.findings import (
    Figure,
    reported_figures,
    reported_percentages,
    reports,
    stated_figures,
)


def claim(effect: Effect | None, statement: str = "A finding.") -> Claim:
    return Claim(
        id="x",
        statement=statement,
        population="mental-health",
        outcome="hospitalization",
        direction="decrease",
        effect=effect,
    )


TRIAL = claim(Effect(measure="admissions", intervention=10.1, comparison=19.1, unit="days"))


@pytest.mark.parametrize(("stated", "expected"), [(47, True), (47.1, True), (48, False), (9, True)])
def test_group_figures(stated: float, expected: bool) -> None:
    """10.1 vs 19.1 is a 47.1% reduction and 9 days fewer; 48% follows from nothing."""
    assert reports(Figure(stated, f"{stated}%", False), reported_figures([TRIAL])) is expected


def test_approximate() -> None:
    assert reports(Figure(50, "50%", True), reported_figures([TRIAL]))
    assert not reports(Figure(50, "50%", False), reported_figures([TRIAL]))


def test_odds_ratio_and_wording() -> None:
    odds = claim(Effect(measure="odds ratio", value=0.56), "Readmissions fell from 40% to 30%.")
    reported = reported_figures([odds])
    for value in (44, 40, 30, 10, 25):
        assert reports(Figure(value, f"{value}%", False), reported)


def test_a_ratio_named_by_its_unit_is_a_change_too() -> None:
    """An effect whose measure does not say "odds" but whose unit is OR (as the corpus writes
    the mobile-outreach study's 4.2) is read as a ratio by both sets of figures."""
    odds = claim(Effect(measure="inpatient treatment use", unit="OR", value=0.56))
    for reported in (reported_figures([odds]), reported_percentages([odds])):
        assert reports(Figure(44, "44%", False), reported)


def test_percentages_leave_out_counts_and_means() -> None:
    """19.1 days, 10.1 days and 9 days fewer are no percentages; 47.1% and 89.1% are."""
    percentages = reported_percentages([TRIAL])
    assert not reports(Figure(19, "19%", False), percentages)
    assert not reports(Figure(9, "9%", False), percentages)
    assert reports(Figure(47, "47%", False), percentages)
    assert reports(Figure(89, "89%", False), percentages)


def test_stated_figures() -> None:
    assert [(f.value, f.approximate) for f in stated_figures("about 40% and 2.5 times")] == [
        (40.0, True),
        (2.5, False),
    ]


def test_figures_that_are_not_results() -> None:
    """A confidence level and the make-up of a sample are not results."""
    text = "In 296 adults (62% women), readmissions fell 42% (95% CI 20 to 60)."
    assert [f.value for f in stated_figures(text)] == [42.0]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.%- tofimesaboutCI")), max_size=80))
def test_stated_figures_any_text(text: str) -> None:
    """Any text: no exception, figures in order, each inside the text."""
    figures = stated_figures(text)
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    assert all(0 <= f.start < max(1, len(text)) for f in figures)
