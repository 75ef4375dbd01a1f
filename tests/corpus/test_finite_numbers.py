"""NaN and infinity are schema errors in claims.yaml (issue 12, item 7).

They used to pass validation and then come out as `NaN` / `Infinity` in JSON (which
JSON.parse rejects) and as "a inf% increase" in messages.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.runner import load_corpus
from tests.helpers import write_corpus

BIB = "@misc{a2001x,\n  author = {Smith, J.},\n  year = {2001}\n}\n"


def claims(effect: str) -> str:
    """A claims.yaml with one claim whose effect holds the given lines (line 9 onwards)."""
    return (
        textwrap.dedent("""\
        version: 1
        claims:
          - id: x
            statement: S
            population: general
            outcome: hope
            direction: increase
            effect:
              measure: admissions
        """)
        + textwrap.indent(textwrap.dedent(effect), "      ")
        + ("    evidence: [{ref: a2001x}]\n")
    )


@pytest.mark.parametrize(
    ("line", "column", "field", "effect"),
    [
        (10, 24, "relative_change", "relative_change: .nan\n"),
        (10, 24, "relative_change", "relative_change: .NaN\n"),
        (10, 14, "value", "value: .inf\n"),
        (10, 14, "value", "value: -.Inf\n"),
        (10, 21, "intervention", "intervention: 1e400\n"),
        (10, 19, "comparison", "comparison: 'NaN'\n"),
        (11, 17, "ci_upper", "ci_lower: 0.5\nci_upper: .inf\n"),
    ],
)
def test_non_finite_numbers_are_schema_errors(
    tmp_path: Path, line: int, column: int, field: str, effect: str
) -> None:
    """Each is one schema error at the value, naming the field; the claim is not loaded."""
    result = load_corpus(*write_corpus(tmp_path, claims(effect), BIB))
    found = [(d.name, d.line, d.column, d.message) for d in result.diagnostics]
    assert found == [
        (
            "schema",
            line,
            column,
            f"claim 'x': field 'effect.{field}': Input should be a finite number",
        )
    ]
    assert result.corpus.claims == ()


def test_finite_numbers_still_load(tmp_path: Path) -> None:
    """Ordinary figures, negative and in exponent form, are fine."""
    effect = "value: -0.42\nintervention: 1.5e3\ncomparison: 2\nrelative_change: -1e-2\n"
    result = load_corpus(*write_corpus(tmp_path, claims(effect), BIB))
    assert result.diagnostics == ()
    assert result.corpus.claims[0].effect.intervention == 1500.0  # type: ignore[union-attr]


def _strict(text: str) -> Any:
    def refuse(name: str) -> None:
        raise ValueError(f"non-standard JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("command", [["show", "x"], ["report"], ["validate"]])
def test_json_output_is_standard_json(tmp_path: Path, command: list[str]) -> None:
    """No command prints NaN or Infinity in JSON for such a claims file."""
    cpath, rpath = write_corpus(tmp_path, claims("relative_change: .nan\nvalue: .inf\n"), BIB)
    result = CliRunner().invoke(
        app, [*command, "--claims", str(cpath), "--references", str(rpath), "-f", "json"]
    )
    assert "Traceback" not in result.stdout + result.stderr
    if result.stdout.strip():
        _strict(result.stdout)
    assert "NaN" not in result.stdout and "Infinity" not in result.stdout
