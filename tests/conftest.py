"""Shared fixtures: corpus files in tmp_path, golden-file comparison, a private cache.

Helpers and paths are in tests/helpers.py; the seed suites, and how they skip without
../shared/seeds, are described in tests/seeds/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import TESTS, write_corpus

GOLDEN = TESTS / "golden"


def pytest_configure(config: pytest.Config) -> None:
    """Keep the on-disk cache of every test run in a fresh directory, never the user's."""
    import os
    import tempfile

    os.environ["PEERCLAIMS_CACHE_DIR"] = tempfile.mkdtemp(prefix="peerclaims-test-cache-")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add `--update-golden`, which rewrites golden files instead of comparing with them."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* with the actual output instead of comparing",
    )


@pytest.fixture
def corpus_files(tmp_path: Path) -> Callable[[str, str], tuple[Path, Path]]:
    """A factory writing claims.yaml and references.bib into tmp_path; returns their paths."""

    def make(claims_text: str, bib_text: str = "") -> tuple[Path, Path]:
        return write_corpus(tmp_path, claims_text, bib_text)

    return make


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>, or rewrite that file under --update-golden.

    The comparison is byte for byte, line ends included (the evidence map's CSV keeps CRLF),
    and a failure shows the first line that differs.
    """
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual.encode("utf-8"))
            return
        if not path.is_file():
            pytest.fail(f"golden file {path} is missing; run pytest with --update-golden")
        expected = path.read_bytes().decode("utf-8")
        assert actual == expected, (
            f"output differs from {path} (rerun with --update-golden to accept it)\n"
            + _first_difference(expected, actual)
        )

    return check


def _first_difference(expected: str, actual: str) -> str:
    """The first differing line, for a readable failure message."""
    pairs = zip(expected.splitlines(keepends=True), actual.splitlines(keepends=True), strict=False)
    for number, (want, got) in enumerate(pairs, start=1):
        if want != got:
            return f"line {number}:\n  expected: {want!r}\n  actual:   {got!r}"
    return f"lengths differ: expected {len(expected)} characters, got {len(actual)}"
