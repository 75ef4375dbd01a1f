"""Tests for peerclaims.text.claim_figures: costs, returns and counts as claims."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerclaims.text.claim_figures import analysis_sum, states_cost, states_statistic


@pytest.mark.parametrize(
    ("sentence", "cost"),
    [
        ("Peer support saves £4 for every £1 spent.", True),
        ("The programme produced $550,215 in savings.", True),
        ("Training costs $1,200 per person.", False),  # a price, no saving or return
        # two costs compared (tests/realworld/heldout 167)
        (
            "Average psychiatric hospital costs were $1,057 for respite-users compared with $3,187",
            True,
        ),
        ("Training costs $1,200 per person and $900 for refreshers.", False),
    ],
)
def test_states_cost(sentence: str, cost: bool) -> None:
    assert states_cost(sentence) is cost


def test_analysis_sum() -> None:
    assert analysis_sum("Total benefits $8,030")
    assert not analysis_sum("Total benefits were large")


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("48 states and DC reimburse peer support", True),
        ("Over 30,000 trained peer supporters", True),
        ("In 2019 peers were hired", False),  # a year
        ("Slide 1\nPeer Support in Recovery", False),  # a slide's number
        ("Page 12 peer specialists", False),
        ("Module 3 peers and families", False),
    ],
)
def test_states_statistic(line: str, count: bool) -> None:
    assert states_statistic(line) is count


@given(
    st.sampled_from(["Slide", "slide", "Page", "Step", "Week", "Module", "Unit", "Part"]),
    st.integers(1, 999),
    st.sampled_from(["peers", "people", "members", "states"]),
)
def test_a_labels_number_is_never_a_count(label: str, n: int, noun: str) -> None:
    assert not states_statistic(f"{label} {n} {noun}")
