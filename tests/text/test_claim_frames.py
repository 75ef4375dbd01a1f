"""Tests for peerclaims.text.claim_frames: what frames a sentence as no finding."""

from __future__ import annotations

import pytest

from peerclaims.text import claim_frames as frames


@pytest.mark.parametrize(
    ("pattern", "text", "frames_it"),
    [
        ("GAP", "Little is known about which elements are critical.", True),
        ("GAP", "It remains unclear whether peers reduce costs.", True),
        ("GAP", "Peers know a great deal about recovery.", False),
        ("NULL_RESULT", "There was no significant difference in readmissions.", True),
        ("NULL_RESULT", "There was a significant difference in readmissions.", False),
        # no evidence of an effect (tests/realworld/heldout 417)
        (
            "NULL_RESULT",
            "There is currently no evidence that peer support improves wellbeing.",
            True,
        ),
        ("NULL_RESULT", "There is strong evidence that peer support improves wellbeing.", False),
        (
            "NULL_RESULT",
            "Compared with usual care, the program didn’t improve mental health.",
            True,
        ),
        ("AIM", "The study examined whether peers reduce readmissions.", True),
        ("AIM", "The research is expected to inform the development of tools.", True),
        ("AIM", "Describe peer recovery coaching model approaches.", True),
        ("AIM", "Peer support reduced readmissions.", False),
        # a structured abstract's label over a statement (tests/realworld/heldout 1268)
        ("AIM", "Objective: To assess whether peer support reduces readmissions.", True),
        ("AIM", "Objectives: Increase hope and reduce readmissions.", True),
        (
            "AIM",
            "Objective: Research indicates that peer mentoring approaches can be effective.",
            False,
        ),
        ("PLAN_LABEL", "Objectives: Increase hope and reduce readmissions.", True),
        ("PLAN_LABEL", "Objective: Previous studies have shown improvement in quality.", False),
        ("ASSUMPTION", "The premise is that human connection helps people recover.", True),
        ("DEFINITION", "Recovery is a process of change through which individuals improve.", True),
        ("DEFINITION", "Peer support is a proven process that reduces readmissions.", False),
        ("DATELINE", "Posted on 3 March 2024", True),
        # a principle of recovery (tests/realworld/heldout 171)
        ("DEFINITION", "2. Recovery is self-directed and empowering,", True),
        ("DEFINITION", "Recovery exists on a continuum of improved health and wellness,", True),
        ("DEFINITION", "Recovery is supported by peers who reduce relapse.", False),
    ],
)
def test_frames(pattern: str, text: str, frames_it: bool) -> None:
    assert bool(getattr(frames, pattern).search(text)) is frames_it
