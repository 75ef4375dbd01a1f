"""Golden files of the evidence-map and citation tests, under tests/golden/report/.

`check_golden(name, actual)` compares text byte for byte (line ends included, so the CSV's
CRLF is checked too) and, when the environment variable PEERCLAIMS_UPDATE_GOLDEN=1 is set,
rewrites the file instead.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN_DIR = Path(__file__).parent / "golden" / "report"
UPDATE_VARIABLE = "PEERCLAIMS_UPDATE_GOLDEN"


def updating() -> bool:
    """Whether golden files are being rewritten in this run."""
    return os.environ.get(UPDATE_VARIABLE) == "1"


def check_golden(name: str, actual: str) -> None:
    """Assert that `actual` equals tests/golden/report/<name>, or rewrite that file."""
    path = GOLDEN_DIR / name
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    if not path.is_file():
        raise AssertionError(f"golden file {path} is missing; rerun with {UPDATE_VARIABLE}=1")
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        raise AssertionError(
            f"output differs from {path} (rerun with {UPDATE_VARIABLE}=1 to accept it)\n"
            + _first_difference(expected, actual)
        )


def _first_difference(expected: str, actual: str) -> str:
    """The first differing line, for a readable failure message."""
    for number, (want, got) in enumerate(zip(expected.splitlines(), actual.splitlines(),
                                             strict=False), start=1):
        if want != got:
            return f"line {number}:\n  expected: {want!r}\n  actual:   {got!r}"
    return f"lengths differ: expected {len(expected)} characters, got {len(actual)}"
