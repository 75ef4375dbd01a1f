"""Diagnostics: severities, exit codes, summaries, sort order and `where`."""

from __future__ import annotations

import pytest

from peerclaims.diagnostics import Diagnostic, FailLevel, Severity, exit_code, summarize


def diag(
    severity: Severity = Severity.ERROR,
    path: str = "claims.yaml",
    line: int = 1,
    column: int = 1,
    rule: str = "PC102",
    location: str | None = None,
) -> Diagnostic:
    """A diagnostic with defaults for everything a test does not care about."""
    return Diagnostic(path, line, column, rule, "schema", severity, "message", location=location)


E, W, INF = Severity.ERROR, Severity.WARNING, Severity.INFO


@pytest.mark.parametrize(
    ("severities", "fail_level", "expected"),
    [
        ((), FailLevel.ERROR, 0),
        ((), FailLevel.INFO, 0),
        ((E,), FailLevel.ERROR, 1),
        ((W,), FailLevel.ERROR, 0),
        ((INF,), FailLevel.ERROR, 0),
        ((W, INF), FailLevel.ERROR, 0),
        ((W,), FailLevel.WARNING, 1),
        ((E,), FailLevel.WARNING, 1),
        ((INF,), FailLevel.WARNING, 0),
        ((INF,), FailLevel.INFO, 1),
        ((W, INF), FailLevel.INFO, 1),
        ((E, W, INF), FailLevel.NONE, 0),
        ((E,), FailLevel.NONE, 0),
    ],
)
def test_exit_code(severities: tuple[Severity, ...], fail_level: FailLevel, expected: int) -> None:
    """Exit 1 exactly when some diagnostic reaches the fail level; `none` never fails."""
    assert exit_code([diag(s) for s in severities], fail_level) == expected


def test_exit_code_defaults_to_error_level() -> None:
    """Without a fail level only errors make the exit code 1."""
    assert exit_code([diag(W), diag(INF)]) == 0
    assert exit_code([diag(W), diag(E)]) == 1


def test_exit_code_accepts_a_generator() -> None:
    """exit_code consumes any iterable, such as a generator."""
    assert exit_code(diag(s) for s in (INF, E)) == 1


def test_severity_rank_orders_info_warning_error() -> None:
    """Severity ranks are 0, 1, 2 for info, warning, error."""
    assert [s.rank for s in (INF, W, E)] == [0, 1, 2]


def test_summarize_counts_every_severity() -> None:
    """summarize counts per severity and always has the three keys, in error-warning-info order."""
    assert summarize([]) == {"error": 0, "warning": 0, "info": 0}
    assert list(summarize([])) == ["error", "warning", "info"]
    counted = summarize([diag(E), diag(W), diag(W), diag(INF), diag(E), diag(E)])
    assert counted == {"error": 3, "warning": 2, "info": 1}


def test_sort_order_is_path_line_column_rule() -> None:
    """Diagnostics sort by path, then line, then column, then rule id, ignoring severity."""
    items = [
        diag(INF, "b.bib", 1, 1, "PC120"),
        diag(E, "a.yaml", 10, 1, "PC102"),
        diag(W, "a.yaml", 2, 9, "PC106"),
        diag(E, "a.yaml", 2, 9, "PC102"),
        diag(E, "a.yaml", 2, 3, "PC109"),
        diag(E, "a.yaml", 0, 0, "PC001"),
    ]
    ordered = [(d.path, d.line, d.column, d.rule) for d in sorted(items)]
    assert ordered == [
        ("a.yaml", 0, 0, "PC001"),
        ("a.yaml", 2, 3, "PC109"),
        ("a.yaml", 2, 9, "PC102"),
        ("a.yaml", 2, 9, "PC106"),
        ("a.yaml", 10, 1, "PC102"),
        ("b.bib", 1, 1, "PC120"),
    ]


def test_equality_ignores_message_and_severity() -> None:
    """Two diagnostics at the same place for the same rule compare equal whatever their text."""
    a = Diagnostic("p", 1, 2, "PC102", "schema", E, "one")
    b = Diagnostic("p", 1, 2, "PC102", "schema", W, "two", suggestion="s")
    assert a == b


@pytest.mark.parametrize(
    ("line", "column", "location", "expected"),
    [
        (3, 7, None, "claims.yaml:3:7"),
        (1, 1, None, "claims.yaml:1:1"),
        (0, 0, None, "claims.yaml"),
        (3, 7, "slide 3", "claims.yaml: slide 3"),
        (0, 0, "page 2", "claims.yaml: page 2"),
    ],
)
def test_where(line: int, column: int, location: str | None, expected: str) -> None:
    """`where` is path:line:col, the bare path at line 0, or `path: location` when one is set."""
    assert diag(line=line, column=column, location=location).where == expected
