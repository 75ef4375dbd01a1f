"""phrase_before: the design words that describe a citation, and only those."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.match.design import phrase_before


@pytest.mark.parametrize(
    ("before", "kind", "studies"),
    [
        ("Longer community tenure in one RCT (", "rct", None),
        ("A Cochrane review (", "cochrane", None),
        ("a meta-analysis of 30 studies (", "meta-analysis", 30),
        ("a systematic review of twelve trials by ", "systematic-review", 12),
        ("Two randomised controlled trials by ", "rct", None),
    ],
)
def test_phrase(before: str, kind: str, studies: int | None) -> None:
    phrase = phrase_before(before, len(before))
    assert phrase is not None and (phrase.kind, phrase.studies) == (kind, studies)


@pytest.mark.parametrize(
    "before",
    [
        "an RCT. Later (",  # another sentence
        "a systematic review, and then others (",  # a clause between
        "reviews including randomised trials (",  # what a review pooled
        "Peer support helps (",
    ],
)
def test_no_phrase(before: str) -> None:
    assert phrase_before(before, len(before)) is None


def test_pooled_trials_are_contents() -> None:
    """'a meta-analysis of 18 RCTs' is a meta-analysis, not an RCT."""
    before = "a meta-analysis of 18 RCTs ("
    phrase = phrase_before(before, len(before))
    assert phrase is not None and (phrase.kind, phrase.studies) == ("meta-analysis", 18)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=200))
def test_any_text(text: str, at: int) -> None:
    """Any text and position: no exception, and the phrase lies before the position."""
    at = min(at, len(text))
    phrase = phrase_before(text, at)
    if phrase is not None:
        assert 0 <= phrase.start < phrase.end <= at
