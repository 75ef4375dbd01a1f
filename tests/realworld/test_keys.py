"""The keys of the real-world set say what their documents say: every citation's text is on
its lines, every claim starts on its line, and every item has the fields the README names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from benchmarks.accuracy import SET, document_of

KEYS = sorted(SET.glob("*.key.yaml"))
KINDS = {"parenthetical", "narrative", "numbered", "vague"}
VERDICTS = {"supported", "miscited", "contradicted", "uncited", "unresolvable"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _load(path: Path) -> tuple[dict[str, Any], list[str]]:
    key = yaml.safe_load(path.read_text(encoding="utf-8"))
    return key, document_of(path).read_text(encoding="utf-8").split("\n")


def test_the_set_is_big_enough() -> None:
    """Issue 10: at least 25 real documents."""
    assert len(KEYS) >= 25


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.name.removesuffix(".key.yaml"))
def test_key_matches_its_document(path: Path) -> None:
    key, lines = _load(path)
    assert {"source", "licence", "header_lines", "words", "citations", "claims"} <= set(key)
    body = " ".join(lines[key["header_lines"] :]).split()
    assert abs(len(body) - key["words"]) <= max(5, key["words"] // 20), "words miscounted"
    for c in key["citations"] or []:
        assert c["kind"] in KINDS, c
        text, first = str(c["text"]), c["line"]
        assert first > key["header_lines"], c
        shown = _flat(" ".join(lines[first - 1 : first + text.count("\n")]))
        assert _flat(text) in shown, f"line {first} does not hold {text!r}"
    for c in key["claims"] or []:
        assert c["verdict"] in VERDICTS, c
        assert isinstance(c["cited"], bool), c
        assert (c["verdict"] == "uncited") == (not c["cited"]) or c["verdict"] == "unresolvable"
        first, last = c["line"], c.get("end_line") or c["line"]
        shown = _flat(" ".join(lines[first - 1 : last]))
        assert _flat(str(c["text"]))[:30] in shown, f"line {first} does not start {c['text']!r}"
    for entry in key.get("reference_list") or []:
        assert key["header_lines"] < entry["line"] <= len(lines), entry
