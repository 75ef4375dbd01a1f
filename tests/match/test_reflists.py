"""Tests for peerclaims.match.reflists: where a document's reference lists lie, by offset."""

from __future__ import annotations

from peerclaims.match.reflists import ListSpans


def test_covers_by_offset_within_a_block() -> None:
    """A block holding prose and then a list (a text file with no blank line) is split at
    the list: the prose is outside it, the entries inside."""
    spans = ListSpans(((30, 80),), [0, 100])
    assert not spans.covers(0, 29)
    assert spans.covers(0, 30)
    assert spans.covers(0, 79)
    assert not spans.covers(0, 80)
    assert not spans.covers(1, 0)


def test_blocks_within() -> None:
    """Only blocks lying wholly in a span are list blocks."""
    spans = ListSpans(((10, 60),), [0, 12, 30, 70])
    assert spans.blocks_within(10, 60, [9, 10, 31, 5]) == frozenset({1})
