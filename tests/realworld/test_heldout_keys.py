"""The held-out part of the real-world set (tests/realworld/heldout/, documents 86-91).

Six documents from sources no other part of the set uses, keyed blind: every key was written
before `peerclaims check` or the scorer was run on its document, and no verdict was changed
afterwards (heldout/README.md). The part measures the checker on text it was not
tuned on, so it has no floors and its keys carry no `expect:`; here its keys are held to the
same checks as the scored folder's, and nothing more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from benchmarks.accuracy import SET

from tests.realworld.test_keys import test_key_matches_its_document as check_key

PART = SET / "heldout"
KEYS = sorted(PART.glob("*.key.yaml"))


def test_the_part_is_there() -> None:
    assert len(KEYS) >= 5


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.name.removesuffix(".key.yaml"))
def test_heldout_key_matches_its_document(path: Path) -> None:
    check_key(path)


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.name.removesuffix(".key.yaml"))
def test_heldout_key_has_no_expect(path: Path) -> None:
    """A finding counts as right here only through the key's fields, never through `expect:`."""
    key = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = [*(key["citations"] or []), *(key["claims"] or []), *(key.get("reference_list") or [])]
    assert not [item for item in items if "expect" in item]
