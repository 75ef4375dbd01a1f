"""claims.yaml lines are the lines an editor shows, for positions and ignore comments alike.

PyYAML reads YAML 1.1, where U+0085 (NEL), U+2028 (LINE SEPARATOR) and U+2029 (PARAGRAPH
SEPARATOR) end a line: a statement pasted from Word or a PDF with one of them broke its
plain scalar ("could not find expected key") or shifted every line after it, while an
editor, grep and every other reader of peerclaims count "\\n", "\\r\\n" and "\\r" only.
peerclaims reads them as YAML 1.2 does, as characters of their line, kept in the value.
And libyaml ends a file that has no final newline with a line break of its own, so an
error at the end of such a file was reported on the line after the last.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.corpus.load import suppressions
from peerclaims.corpus.yamlpos import load_yaml
from peerclaims.runner import load_corpus
from tests.helpers import TESTS

FIXTURES = TESTS / "fixtures" / "corpus"
SEPARATORS = ["\u2028", "\u2029", "\x85"]

CLAIMS = """\
version: 1
claims:
  - id: pasted
    statement: Peer support reduced{sep} readmissions.
    kind: finding
    population: nobody
    outcome: hospitalization
    direction: decrease
    evidence: [{{ref: davidson2012peer, support: review}}]
  - id: pasted-and-silenced
    statement: "Peer support{sep}increases hope."
    # peerclaims: ignore[unknown-vocabulary-value]
    population: nobody
    outcome: hope
    direction: increase
    evidence: [{{ref: davidson2012peer, support: review}}]
"""


def validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, claims: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    Path("claims.yaml").write_text(claims, encoding="utf-8")
    args = ["validate", "--claims", "claims.yaml", "--references", str(FIXTURES / "references.bib")]
    result = CliRunner().invoke(app, [*args, "-f", "plain", "--select", "unknown-vocabulary-value"])
    return result.exit_code, result.stdout


@pytest.mark.parametrize("sep", SEPARATORS, ids=["LS", "PS", "NEL"])
def test_a_line_separator_in_a_value_is_text_of_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sep: str
) -> None:
    """The file loads, the statements keep the character, the unknown population below it
    is on line 6 (as an editor shows it) and the ignore comment on line 12 silences line 13."""
    code, out = validate(tmp_path, monkeypatch, CLAIMS.format(sep=sep))
    assert out.splitlines() == [
        "claims.yaml:6:17: error population 'nobody' is not one of: general, mental-health, "
        "substance-use, co-occurring, family, workforce, youth, veterans, homeless "
        "[unknown-vocabulary-value]"
    ]
    assert code == 1
    corpus = load_corpus(Path("claims.yaml"), FIXTURES / "references.bib").corpus
    assert [c.statement for c in corpus.claims] == [
        f"Peer support reduced{sep} readmissions.",
        f"Peer support{sep}increases hope.",
    ]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("version: 1\nclaims: [", 2, 10),
        ("a: [b", 1, 6),
        ("a: {b", 1, 6),
        ("claims:\n  - id: x\n    s", 3, 6),
    ],
)
def test_an_error_at_the_end_of_a_file_without_a_final_newline_is_on_its_last_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int, column: int
) -> None:
    """libyaml finds the error at the line break it adds; it is reported after the last
    character of the file's last line."""
    monkeypatch.chdir(tmp_path)
    Path("claims.yaml").write_text(text, encoding="utf-8")
    args = ["validate", "--claims", "claims.yaml", "--references", str(FIXTURES / "references.bib")]
    result = CliRunner().invoke(app, [*args, "-f", "plain", "--select", "yaml-syntax"])
    assert result.exit_code == 1
    (found,) = result.stdout.splitlines()
    assert found.startswith(f"claims.yaml:{line}:{column}: error "), found
    assert found.endswith(" [yaml-syntax]"), found
    assert len(text.split("\n")) == line and len(text.split("\n")[-1]) + 1 == column


def test_syntax_error_after_a_separator_is_at_the_editor_line() -> None:
    """A finding after U+2028 in a quoted value: the line and column an editor shows."""
    doc = load_yaml('a: "x\u2028y"\nb: [c', "c.yaml")
    assert [(f.line, f.column) for f in doc.findings] == [(2, 6)]
    doc = load_yaml('a: "x\u2028y"\nb: c\n', "c.yaml")
    assert doc.data == {"a": "x\u2028y", "b": "c"}
    assert doc.values[("b",)].line == 2
    assert doc.keys[("b",)].line == 2


def test_stand_ins_already_in_the_text_are_kept() -> None:
    """The private-use characters that hide the separators from PyYAML are ones the text
    does not hold, so a value holding private-use characters comes back as written."""
    value = "".join(chr(c) for c in range(0xE000, 0xE010))
    doc = load_yaml(f"a: x\u2028{value}\u2029\x85\nb: y\n", "c.yaml")
    assert doc.findings == []
    assert doc.data == {"a": f"x\u2028{value}\u2029\x85", "b": "y"}


@pytest.mark.parametrize("sep", SEPARATORS, ids=["LS", "PS", "NEL"])
def test_ignore_comments_count_editor_lines(sep: str) -> None:
    """`suppressions` splits at "\\n", "\\r\\n" and "\\r" only, as the positions do."""
    text = f"a: x{sep}y\n# peerclaims: ignore[r1]\nb: 1  # peerclaims: ignore[r2]{sep}\r\nc: 2\r"
    assert suppressions(text) == {3: frozenset({"r1", "r2"})}
