"""Settings profiles, a time limit and the shared strategies of the fuzz suite.

Profiles, chosen with `HYPOTHESIS_PROFILE` (default "ci"):

- "ci": a bounded run for every push: `CI_EXAMPLES` examples per test (fewer on the
  slowest tests, see `fuzz(scale=...)`), derandomised so a CI failure reproduces on any
  machine, no example database, no deadline and no too-slow health check (CI machines
  vary). The whole of tests/fuzz takes well under a minute on 2 CPUs.
- "nightly": `NIGHTLY_EXAMPLES` examples per test, random seeds, and the example database
  (.hypothesis/) on so that a failure found once is replayed first next time:
  `HYPOTHESIS_PROFILE=nightly python -m pytest -p no:cacheprovider tests/fuzz`.

They are registered with hypothesis as "fuzz-ci" and "fuzz-nightly" and applied by the
`fuzz()` decorator of each test here, never loaded globally: hypothesis loads a profile
named "ci" of its own when a CI variable is set, and the other property tests of the
suite keep their own settings.

Every example also runs under `time_limit`: an input that makes a reader hang fails with
the input shown rather than stalling CI.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from peerclaims.corpus.load import Corpus
from peerclaims.diagnostics import Diagnostic
from tests.helpers import TESTS

CI_EXAMPLES = 40
NIGHTLY_EXAMPLES = 2500
SECONDS_PER_EXAMPLE = 30.0

_QUIET = [
    HealthCheck.too_slow,
    HealthCheck.function_scoped_fixture,
    HealthCheck.data_too_large,
    HealthCheck.filter_too_much,
    HealthCheck.large_base_example,
]
settings.register_profile(
    "fuzz-ci",
    max_examples=CI_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_QUIET,
)
settings.register_profile(
    "fuzz-nightly",
    max_examples=NIGHTLY_EXAMPLES,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=_QUIET,
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or "ci"
if PROFILE.removeprefix("fuzz-") not in ("ci", "nightly"):
    raise pytest.UsageError(
        f"HYPOTHESIS_PROFILE={PROFILE!r}: tests/fuzz knows the profiles 'ci' and 'nightly'"
    )
_ACTIVE = settings.get_profile("fuzz-" + PROFILE.removeprefix("fuzz-"))


def fuzz(scale: float = 1.0) -> settings:
    """The active profile as a decorator; `scale` < 1 for a test whose examples are slow."""
    return settings(_ACTIVE, max_examples=max(5, round(_ACTIVE.max_examples * scale)))


def pytest_report_header() -> str:
    return f"fuzz profile: {PROFILE} ({_ACTIVE.max_examples} examples per test)"


# --- a bound on each example ---------------------------------------------------------------


class Hang(AssertionError):
    """A reader ran past the time limit on one input."""


@contextlib.contextmanager
def time_limit(what: str, seconds: float = SECONDS_PER_EXAMPLE) -> Iterator[None]:
    """Fail (with `Hang`) when the block runs longer than `seconds`.

    The alarm interrupts the block; as a reader may catch the interruption and turn it
    into its own error, expiry is checked again when the block ends.
    """
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    expired: list[bool] = []

    def expire(signum: int, frame: object) -> None:
        expired.append(True)
        raise Hang(f"{what} took more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:
        raise Hang(f"{what} took more than {seconds:g} s (the reader swallowed the alarm)")


# --- what every diagnostic must satisfy ----------------------------------------------------


def lines_of(data: bytes | str) -> list[str]:
    """The lines of a file as peerclaims numbers them (and editors show them): UTF-8 with a
    BOM dropped, undecodable bytes replaced, split at "\\n", "\\r\\n" and "\\r" only."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def assert_inside(diagnostics: Sequence[Diagnostic], files: dict[str, list[str]]) -> None:
    """Every diagnostic names one of `files` and a line and column inside it.

    Line 0 (column 0) is a problem with the file as a whole (unreadable, or a format
    without lines: a slide, a page or a paragraph is then named in `location`).
    """
    for d in diagnostics:
        assert d.path in files, (d, sorted(files))
        lines = files[d.path]
        if d.line == 0:
            assert d.column == 0, d
            continue
        assert 1 <= d.line <= len(lines), (d, f"the file has {len(lines)} lines")
        assert 1 <= d.column <= len(lines[d.line - 1]) + 1, (d, lines[d.line - 1])


def keyed(diagnostics: Sequence[Diagnostic]) -> list[tuple[object, ...]]:
    """Diagnostics with every field, messages included (their `==` compares positions only)."""
    return [
        (
            d.path,
            d.line,
            d.column,
            d.rule,
            d.name,
            d.severity,
            d.message,
            d.suggestion,
            d.location,
            d.end_line,
            d.end_column,
        )
        for d in diagnostics
    ]


# --- shared inputs ---------------------------------------------------------------------------

FIXTURES = TESTS / "fixtures"


@cache
def bundled_corpus() -> Corpus:
    """The bundled corpus, loaded once for every `check` test."""
    from peerclaims.runner import load_corpus

    return load_corpus().corpus


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory per module; each example overwrites the files it writes there."""
    return tmp_path_factory.mktemp("fuzz")


# Byte-level mutations of a valid file: flips, cuts, inserted fragments, deleted or repeated
# spans. Positions are taken modulo the current length, so any integer is a valid draw.
_AT = st.integers(0, 1 << 20)
_OPERATION = st.one_of(
    st.tuples(st.just("flip"), _AT, st.integers(0, 255)),
    st.tuples(st.just("cut"), _AT),
    st.tuples(st.just("insert"), _AT, st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("delete"), _AT, st.integers(1, 64)),
    st.tuples(st.just("repeat"), _AT, st.integers(1, 64), st.integers(2, 6)),
)


def mutate(
    base: bytes, operations: Sequence[tuple[object, ...]], fragments: Sequence[bytes] = ()
) -> bytes:
    """`base` with `operations` applied in order (see `mutations`)."""
    data = bytearray(base)
    for op in operations:
        kind, at = op[0], int(op[1]) % (len(data) + 1)  # type: ignore[call-overload]
        if kind == "flip" and at < len(data):
            data[at] = int(op[2])  # type: ignore[call-overload]
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            payload = op[2]
            if fragments and isinstance(payload, bytes) and payload[0] % 2:
                payload = fragments[payload[0] % len(fragments)]
            data[at:at] = payload  # type: ignore[assignment,index]
        elif kind == "delete":
            del data[at : at + int(op[2])]  # type: ignore[call-overload]
        elif kind == "repeat":
            span = bytes(data[at : at + int(op[2])])  # type: ignore[call-overload]
            data[at:at] = span * (int(op[3]) - 1)  # type: ignore[call-overload]
    return bytes(data)


def mutations(
    base: bytes, fragments: Sequence[bytes] = (), max_ops: int = 4
) -> st.SearchStrategy[bytes]:
    """Copies of `base` with 1..max_ops byte-level mutations; an inserted piece is either
    random bytes or one of `fragments` (syntax that makes a parser take other paths)."""
    return st.lists(_OPERATION, min_size=1, max_size=max_ops).map(
        lambda ops: mutate(base, ops, fragments)
    )


# Text that XML (and so .docx and .pptx) can hold: no control characters but tab and
# newline, no surrogates, no U+FFFE/U+FFFF.
XML_TEXT = st.text(
    st.characters(
        exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff", include_characters="\t"
    ),
    max_size=40,
)

# Words that make documents read as claims and citations (shared by the Office and check tests).
PROSE = [
    "Peer support",
    "reduces readmissions by 42%",
    "increases hope",
    "(Sledge et al., 2011)",
    "(Mead & McNeil, 2006)",
    "Davidson et al. (2012)",
    "[1]",
    "(2, 3)",
    "is proven to",
    "48 states reimburse peer support",
    "peerclaims: ignore[unresolved-citation]",
    "peerclaims: ignore-file",
    "References",
    "Mead, S., & McNeil, C. (2006). Peer support. ",
    "et al.",
    "(Qwxyzk, 1987)",
    "é",
    "—",
    "’",
    "\u00a0",
    " ",
]
PROSE_TEXT = st.lists(st.sampled_from(PROSE) | XML_TEXT, max_size=6).map(" ".join)
