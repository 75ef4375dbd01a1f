"""Soft benefits: a verb of benefit acting on a psychosocial outcome is a claim of peer
support's effect, and what peers do, objectives, duties and questions are not (issue 10,
"Claims without evidence")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text import benefit_words, claimlike
from peerclaims.text.claimlike import Place
from tests.helpers import rewrapped

BULLET = Place(bullet=True, alone=True, kind="list-item")

# Soft benefits in the forms fact pages, blogs and service pages use, none with a change
# word of the "reduces/increases" kind.
SOFT_BENEFITS = [
    "They can help you feel more confident, informed and in control of your life.",
    "Their unique perspective fosters trust and relatability, which traditional clinical "
    "roles sometimes cannot replicate.",
    "Their presence helps clients feel seen and understood on a personal level.",
    "At an Addiction Treatment Center in Middletown, OH, incorporating peer recovery support "
    "not only personalizes care but also reinforces a culture of hope and resilience.",
    "Recent neuroscience research reveals why peer connections are so powerful in recovery.",
    "Peer Support Specialists Are Making A Difference!",  # tests/realworld/heldout 329
    "These services bridge critical gaps in the care continuum, connecting individuals to "
    "treatment, community resources, and long-term recovery supports in ways that "
    "traditional providers often cannot.",
    "Peer support builds hope.",
    "Peer mentors build self-esteem and a sense of belonging among young people.",
    "Peer workers help people feel less alone.",
    "Talking to a peer supporter can make you feel less isolated.",
    "Recovery coaches nurture motivation and self-efficacy.",
    "Peer support groups give members hope that recovery is possible.",
    "Peer specialists help veterans become more hopeful about the future.",
    "Peer support fosters connection and a sense of community.",
    "Peers can be especially helpful for people in early recovery.",
    "Coaching helps participants stay motivated.",
]

# What peers do, and the other traps beside a soft benefit.
NOT_SOFT_BENEFITS = [
    "Small changes in wording make a difference to how a form is read.",  # not peer support
    "Peer specialists help clients navigate services.",
    "Peers provide emotional support.",
    "Coaches help people set goals.",
    "Peer workers help make the connection to community services.",  # linkage, no outcome
    "The programme builds community partnerships and workforce capacity.",  # not a person's
    "Recovery coaches help clients rebuild their social networks.",  # what coaches do
    "Participants will learn how to foster hope.",
    "You will be able to build trust with clients.",
    "Participants will be able to foster hope in the people they serve.",
    "Peer specialists will be able to build trust with clients after this module.",
    "Duties include fostering hope and building trust with clients.",
    "How can peers foster hope?",
    "Does peer support build confidence?",
    "Fostering Hope and Trust",
    "A peer specialist is someone who helps others build hope.",
    "Exercise builds confidence and self-esteem.",  # not peer support
    "Mindfulness fosters resilience.",
    "As seen in the figure, peer support is offered in most states.",
    "Peer recovery coaching is emerging as a vital support tool for people in recovery.",
    "Many participants gave up hope before they joined the peer programme.",  # hope lost
    "Peer support is a relationship built on trust and mutual respect.",  # what it rests on
    "Describe how peer support builds hope.",  # a learning objective
]


@pytest.mark.parametrize("sentence", SOFT_BENEFITS)
def test_soft_benefits_are_claims(sentence: str) -> None:
    """A verb of benefit on a psychosocial outcome, said of peer support, is a claim."""
    assert claimlike.is_claim(sentence)


@pytest.mark.parametrize("sentence", NOT_SOFT_BENEFITS)
def test_what_peers_do_objectives_and_questions_are_not(sentence: str) -> None:
    """Descriptions of what peers do, objectives, duties, definitions, questions, titles and
    other subjects' effects are not soft benefits."""
    assert not claimlike.is_claim(sentence)


@pytest.mark.parametrize(
    "bullet",
    ["Builds hope, trust, and engagement", "Promotes self-esteem and a sense of belonging"],
)
def test_soft_benefit_bullets_are_claims(bullet: str) -> None:
    """A slide's benefit bullet with no subject is the deck's (peer support)."""
    assert claimlike.is_claim(bullet, BULLET)


def test_a_soft_verb_is_a_change_only_of_a_psychosocial_outcome() -> None:
    """ "builds" states an effect on hope, not on skills or capacity; "fosters" on either."""
    assert claimlike.states_effect("Peer support builds confidence.")
    assert not claimlike.states_effect("Peer support builds skills and capacity.")
    assert claimlike.states_effect("Peer support fosters skills.")
    assert benefit_words.SOFT_ONLY.match("reinforces")
    assert not benefit_words.SOFT_ONLY.match("fosters")


def test_feelings_follow_feel() -> None:
    """ "seen", "heard" and "understood" are outcomes only as feelings."""
    feelings = benefit_words.PSYCHOSOCIAL
    assert feelings.search("helps clients feel seen")
    assert feelings.search("people felt really understood")
    assert not feelings.search("as seen in the trial, it was understood that")
    assert feelings.search("feel less alone")
    assert not feelings.search("you are not alone")


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Peer support offers what professional care alone cannot provide.", True),
        ("Peers connect people to treatment in ways that clinical staff often cannot.", True),
        ("Yoga offers what professional care alone cannot provide.", False),
        ("Smartphones reach people in ways that traditional providers cannot.", False),
    ],
)
def test_what_usual_care_cannot_do_is_a_comparison(sentence: str, claim: bool) -> None:
    """A benefit said as what professional care cannot do compares with usual care; it is
    peer support's only when the sentence is about peer support."""
    assert benefit_words.BEYOND_CARE.search(sentence)
    assert claimlike.is_claim(sentence) is claim


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SOFT_BENEFITS + NOT_SOFT_BENEFITS), st.data())
def test_wrapping_keeps_the_verdict(sentence: str, data: st.DataObject) -> None:
    """A line break at any space ("feel\nseen", "less\nalone") never changes the verdict."""
    assert claimlike.is_claim(rewrapped(sentence, data)) == claimlike.is_claim(sentence)
