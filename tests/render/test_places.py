"""A .docx finding's place (heading and first words) reads the same in every output format."""

from __future__ import annotations

import io
import json

from rich.console import Console

from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.render.diagnostics import github, plain, sarif, text
from peerclaims.render.diagnostics import json as json_format
from peerclaims.rules import get

PLACE = (
    'under "Peer support outcomes", table 1, row 2, cell starting "Fewer hospital days (Bologna…"'
)
FOUND = Diagnostic(
    "handout.docx",
    7,
    0,
    "PC203",
    "year-mismatch",
    Severity.ERROR,
    "'Bologna & Pulice, 2010' gives 2010; the work is Bologna and Pulice (2011)",
    "(Bologna & Pulice, 2011)",
    location=PLACE,
)


def test_text_puts_a_long_place_on_its_own_line() -> None:
    buffer = io.StringIO()
    text.render([FOUND], Console(file=buffer, width=80, color_system=None))
    assert buffer.getvalue().splitlines() == [
        "handout.docx",
        f"  {PLACE}",
        "    error    'Bologna & Pulice, 2010' gives 2010; the work is Bologna and Pulice",
        "             (2011)  year-mismatch",
        "             → (Bologna & Pulice, 2011)",
        "",
    ]


def test_plain_json_sarif_and_github_carry_the_same_place() -> None:
    assert plain.line(FOUND).startswith(f"handout.docx: {PLACE}: error 'Bologna")
    payload = json.loads(json_format.render([FOUND], 1))
    assert (payload["diagnostics"][0]["location"], payload["diagnostics"][0]["line"]) == (PLACE, 7)
    log = json.loads(sarif.render([FOUND], [get("PC203")], "0"))
    location = log["runs"][0]["results"][0]["locations"][0]
    assert location["message"] == {"text": PLACE}
    assert "region" not in location["physicalLocation"]  # a paragraph number is not a line
    line = github.line(FOUND)
    assert "line=" not in line
    assert line.split("::")[2].startswith(f"{PLACE}: 'Bologna & Pulice, 2010'")
