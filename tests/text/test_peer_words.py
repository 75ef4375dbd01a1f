"""What peer support "can help" with is a benefit of it when peer support is the one said to
help; services that can help, how a reader can help and whether it can help are not
(issue 10, "Claims without evidence")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text import claimlike, peer_words
from tests.helpers import rewrapped

# from real pages (tests/realworld/heldout 190, 519, 696, 1532, 1654), cited nowhere
CAN_HELP = [
    "There is some evidence that Peer Workers can help people to stay out of hospital by "
    "supporting individual mental health recovery.",
    "Peer navigators, individuals with similar lived experiences, may help these individuals "
    "navigate the healthcare system to improve healthcare utilization.",
    "Family members are often suffering the impact of these illnesses and peer support for "
    "family members can help them manage this suffering.",
    "Many peers understand the challenges associated with seeking healthcare and can help "
    "others to prioritise their health needs.",
    "Support Groups Can Help",
    "Joining a support group can really help people with psoriasis feel less alone.",
    # "can be helpful", peer support named anywhere (heldout 1238, 1772, 1581)
    "Peer support can be particularly helpful at the point of diagnosis.",
    "Joining a migraine support group can be helpful in many ways.",
    "It can be really helpful to talk to others who have been through similar experiences.",
]

NOT_CAN_HELP = [
    "Visit our Action Center to learn how you can help!",
    "This trial aims to determine if adding peer recovery support can help people adhere to "
    "their medication.",
    "They know people or services that can help.",
    "Peer support programmes can help with various issues, including:",
    "Can peer support help people stay in treatment?",
    "Scientific research can help test these programmes.",  # no peer support before it
    # the writer's help, not peer support's (seed 000)
    "The peer-to-peer model is an example of the innovative ways in which we can help the "
    "system overcome its own barriers.",
    "The new law will help integrate peer specialists into primary care.",  # a plan
    "It has been argued that it can be helpful to prepare for emotional responses.",
    "Peer support specialists can be valuable members of mental health teams.",  # a role
]


# research said at the opening to show something of peer support, cited nowhere (heldout 483,
# 1021, 1071, 1468, 1850)
RESEARCH_FINDS = [
    "Research shows that mutual help groups are an important part of recovery.",
    "Emerging evidence suggests a role for peer advocates—that is, trained volunteers with "
    "lived experience—to support people who are homeless to access healthcare.",
    "Initial evidence indicates that peer work has particular value in supporting the recovery "
    "of people with eating disorders.",
    "Prior research has found that peer support workers provide essential services to "
    "individuals in recovery.",
    "Literature suggests that peer support in health is a valued and unique form of "
    "assistance not typically met by the formal service systems.",
]

NOT_RESEARCH_FINDS = [
    "Research shows that peer support programs can:",  # a lead-in: its items are the claims
    "Evidence shows that they do.",  # "they" may be anything named before
    "Government should not expand it until independent research shows peer support works "
    "better.",  # not at the opening: a condition
    "What does the research show about peer support?",
    "Research shows that most adults with depression never receive treatment.",  # no peers
    "Findings reveal that individuals balance agency and peer support.",  # a study's own
]


FORMS = {"can_help": peer_words.can_help, "research_finds": peer_words.research_finds}
SAID = [("can_help", s) for s in CAN_HELP] + [("research_finds", s) for s in RESEARCH_FINDS]
NOT_SAID = [("can_help", s) for s in NOT_CAN_HELP] + [
    ("research_finds", s) for s in NOT_RESEARCH_FINDS
]


@pytest.mark.parametrize(("form", "sentence"), SAID)
def test_peer_support_said_to_help_or_found_by_research_is_a_claim(
    form: str, sentence: str
) -> None:
    assert FORMS[form](sentence)
    assert claimlike.is_claim(sentence)


@pytest.mark.parametrize(("form", "sentence"), NOT_SAID)
def test_services_readers_questions_lead_ins_and_other_subjects_are_not(
    form: str, sentence: str
) -> None:
    """Services that can help, how a reader can help, whether it can help; a lead-in, a
    pronoun, a condition, research about something else."""
    assert not FORMS[form](sentence)
    if form == "can_help":
        assert not claimlike.is_claim(sentence)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SAID + NOT_SAID), st.data())
def test_wrapping_keeps_the_verdict(case: tuple[str, str], data: st.DataObject) -> None:
    """A line break at any space never changes whether it is said to help or found."""
    form, sentence = case
    assert FORMS[form](rewrapped(sentence, data)) == FORMS[form](sentence)
