"""The miscite part of the real-world set (tests/realworld/miscites/, documents 53-82).

Its documents hold the set's miscited and contradicted claims. They are kept out of the folder
that test_accuracy.py scores, whose floors were measured without them (README, "The miscite
part"); here their keys are held to the same checks as the scored folder's, and the scorer
must count their miscited claims, so that the part keeps the purpose it was added for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.accuracy import SET, score_set, totals

from tests.realworld.test_keys import test_key_matches_its_document as check_key

PART = SET / "miscites"
KEYS = sorted(PART.glob("*.key.yaml"))


def test_the_part_is_there() -> None:
    assert len(KEYS) >= 10


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.name.removesuffix(".key.yaml"))
def test_miscite_key_matches_its_document(path: Path) -> None:
    check_key(path)


def test_the_scorer_counts_its_miscited_claims() -> None:
    """Seventeen claims whose citation resolves to a corpus work are miscited or contradicted."""
    assert totals(score_set(PART))["miscited_claims"] >= 17
