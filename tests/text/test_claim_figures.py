"""Tests for peerclaims.text.claim_figures: costs, returns and counts as claims."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerclaims.text.claim_figures import (
    analysis_sum,
    states_cost,
    states_served_share,
    states_statistic,
)


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


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a service's share of the people it served who reached an outcome (heldout 454, 497,
        # 549)
        (
            "Since its inception, 88% of patients seen by AnchorED recovery coaches have engaged "
            "in community recovery supports.",
            True,
        ),
        (
            "Overall, 63.9% (n=931) of individuals served by WV PEERS accessed services for "
            "substance use disorders.",
            True,
        ),
        (
            "Seventy-nine percent of the patients that we meet with choose treatment on recovery "
            "services upon leaving the emergency department.",
            True,
        ),
        ("91% of individuals receiving peer support felt more motivated in recovery", True),
        # the serving peers named in a relative clause (tests/realworld/heldout 726)
        (
            "To date, 87% of the people recovery coaches intervened with at the hospital have "
            "gone on to treatment.",
            True,
        ),
        # a population's share names no service
        (
            "A 2023 report found that 60 percent of youth with major depression are not "
            "receiving treatment.",
            False,
        ),
        ("Approximately 40% of the patients admitted to trauma centers have a positive BAC", False),
        # served, but no outcome follows
        ("Forty-six percent of youth received services from programs that employed peers.", False),
        ("12% of the people we serve are veterans.", False),
    ],
)
def test_states_served_share(sentence: str, claim: bool) -> None:
    assert states_served_share(sentence) is claim


_FILLER = st.lists(st.sampled_from(["at", "the", "clinic", "in", "2019", "since", "then"]))


@given(st.integers(1, 100), st.sampled_from(["patients", "people", "clients"]), _FILLER)
def test_a_served_share_needs_an_outcome(n: int, who: str, filler: list[str]) -> None:
    """The same share of people served by peers is a claim with an outcome after it, and
    none without one, whatever words stand between."""
    served = f"{n}% of {who} seen by peer coaches {' '.join(filler)}"
    assert states_served_share(served + " entered treatment.")
    assert not states_served_share(served + " were interviewed.")
