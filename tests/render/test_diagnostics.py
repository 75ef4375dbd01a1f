"""Every output format of `peerclaims validate` on a corpus with planted faults."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.render import DiagnosticsRun, Format, Result, render, resolve
from peerclaims.render.diagnostics import github, plain, sarif, text
from peerclaims.rules import all_rules
from peerclaims.runner import load_corpus, validate
from tests.helpers import REPO

REPO = REPO
FAULTS = "tests/fixtures/corpus_faults"
SCHEMA = REPO / "tests/fixtures/schemas/sarif-schema-2.1.0.json"
CORPUS_RULES = [r for r in all_rules() if r.scope == "corpus"]
WORKFLOW_COMMAND = re.compile(
    r"^::(error|warning|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=[^:]*::.*$"
)
SUMMARY = "9 errors, 7 warnings, 2 info in 2 files\n"

Golden = Callable[[str, str], None]


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root, with relative corpus paths and no CI environment."""
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def no_config(tmp_path: Path) -> Path:
    """An empty configuration file, so no discovered configuration changes the output."""
    path = tmp_path / "peerclaims.toml"
    path.write_text("", encoding="utf-8")
    return path


def run_validate(fmt: str, config: Path) -> tuple[str, str, int]:
    """`peerclaims validate` on the faulty corpus: stdout, stderr and exit code."""
    result = CliRunner().invoke(
        app,
        [
            "validate",
            "--claims",
            f"{FAULTS}/claims.yaml",
            "--references",
            f"{FAULTS}/references.bib",
            "--config",
            str(config),
            "--format",
            fmt,
        ],
    )
    return result.stdout, result.stderr, result.exit_code


def faults(directory: str = FAULTS) -> list[Diagnostic]:
    """Diagnostics of the faulty corpus under `directory` (relative paths), default rules."""
    corpus = load_corpus(f"{directory}/claims.yaml", f"{directory}/references.bib").corpus
    return validate(corpus)


def sample() -> list[Diagnostic]:
    """A small hand-made list: one diagnostic per severity, one with a suggestion."""
    return [
        Diagnostic(
            "claims.yaml",
            3,
            9,
            "PC104",
            "duplicate-claim-id",
            Severity.ERROR,
            "claim id 'x' is already used at line 1",
        ),
        Diagnostic(
            "claims.yaml",
            7,
            14,
            "PC105",
            "unknown-reference",
            Severity.ERROR,
            "claim 'x' cites 'smith200', which is not in references.bib",
            "did you mean 'smith2001'?",
        ),
        Diagnostic(
            "claims.yaml",
            9,
            7,
            "PC109",
            "single-study-claim",
            Severity.INFO,
            "claim 'x' rests on a single work (smith2001)",
        ),
        Diagnostic(
            "references.bib",
            1,
            1,
            "PC126",
            "unused-reference",
            Severity.WARNING,
            "no claim cites 'jones2002'",
        ),
    ]


# --- golden files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("plain", "validate-faults.txt"),
        ("json", "validate-faults.json"),
        ("github", "validate-faults.github.txt"),
        ("sarif", "validate-faults.sarif"),
    ],
)
def test_validate_faults_golden(fmt: str, name: str, no_config: Path, golden: Golden) -> None:
    """Each machine format of the faulty corpus matches its golden file, summary on stderr."""
    stdout, stderr, code = run_validate(fmt, no_config)
    golden(name, stdout)
    assert stderr == SUMMARY
    assert code == 1


def test_validate_faults_rich_golden(golden: Golden) -> None:
    """Rich text on a forced terminal without colour matches its golden file."""
    buffer = io.StringIO()
    text.render(faults(), Console(file=buffer, force_terminal=True, color_system=None, width=100))
    golden("validate-faults.rich.txt", buffer.getvalue())


def test_faulty_corpus_triggers_many_rules() -> None:
    """The faulty corpus fires 13 rules across all three severities, some with suggestions."""
    found = faults()
    assert sorted({d.name for d in found}) == [
        "author-name-format",
        "claim-without-evidence",
        "duplicate-claim-id",
        "duplicate-work",
        "grey-only-evidence",
        "malformed-field",
        "missing-required-field",
        "quantitative-claim-without-locator",
        "schema",
        "single-study-claim",
        "unknown-reference",
        "unknown-vocabulary-value",
        "unused-reference",
    ]
    assert {d.severity for d in found} == set(Severity)
    assert [d.suggestion for d in found if d.suggestion] == [
        "did you mean 'mental-health'?",
        "did you mean 'sledge2011effectiveness'?",
        "doi = {10.1176/ps.62.5.pss6205_0541}",
        "did you mean 'narrative-review'?",
    ]


# --- plain --------------------------------------------------------------------------------


def test_plain_line_format() -> None:
    """A plain line is `path:line:col: severity message [name] -- suggestion: ...`."""
    assert plain.render(sample()[:2]) == (
        "claims.yaml:3:9: error claim id 'x' is already used at line 1 [duplicate-claim-id]\n"
        "claims.yaml:7:14: error claim 'x' cites 'smith200', which is not in references.bib "
        "[unknown-reference] -- suggestion: did you mean 'smith2001'?\n"
    )


def test_plain_folds_line_breaks_in_messages() -> None:
    """A message quoting a multi-line BibTeX value still renders as one plain line."""
    d = Diagnostic(
        "references.bib",
        2,
        1,
        "PC125",
        "author-name-format",
        Severity.ERROR,
        "author of 'a2001x': 'Smith, J., Jones, K.,\n    Brown, L.' looks like several names",
    )
    assert plain.render([d]) == (
        "references.bib:2:1: error author of 'a2001x': 'Smith, J., Jones, K., Brown, L.' "
        "looks like several names [author-name-format]\n"
    )


def test_plain_summary_line() -> None:
    """The summary pluralises errors and warnings but not info, and says when all is clean."""
    assert plain.summary_line({"error": 1, "warning": 2, "info": 3}, 2) == (
        "1 error, 2 warnings, 3 info in 2 files"
    )
    assert plain.summary_line({"error": 0, "warning": 0, "info": 0}, 1) == "no problems in 1 file"


# --- json ---------------------------------------------------------------------------------


def test_json_documented_shape(no_config: Path) -> None:
    """JSON output has `version`, the documented diagnostic keys in order, and a summary."""
    stdout, _, _ = run_validate("json", no_config)
    payload = json.loads(stdout)
    assert list(payload) == ["version", "diagnostics", "summary"]
    assert payload["version"] == 1
    assert payload["summary"] == {"error": 9, "warning": 7, "info": 2, "files": 2}
    keys = [
        "rule",
        "name",
        "severity",
        "path",
        "line",
        "column",
        "location",
        "message",
        "suggestion",
    ]
    for item in payload["diagnostics"]:
        assert list(item) == keys
        assert re.fullmatch(r"PC\d{3}", item["rule"])
        assert item["severity"] in ("error", "warning", "info")
        assert isinstance(item["line"], int) and isinstance(item["column"], int)
        assert item["location"] is None
        assert isinstance(item["message"], str)
        assert item["suggestion"] is None or isinstance(item["suggestion"], str)
    assert payload["diagnostics"][2] == {
        "rule": "PC105",
        "name": "unknown-reference",
        "severity": "error",
        "path": f"{FAULTS}/claims.yaml",
        "line": 15,
        "column": 14,
        "location": None,
        "message": "claim 'mentor-fewer-admissions' cites 'sledge2011effectivness', which is "
        "not in references.bib",
        "suggestion": "did you mean 'sledge2011effectiveness'?",
    }


# --- sarif --------------------------------------------------------------------------------


def sarif_log(diagnostics: list[Diagnostic]) -> dict:  # type: ignore[type-arg]
    """The parsed SARIF log for diagnostics, describing every corpus rule."""
    return json.loads(sarif.render(diagnostics, CORPUS_RULES, "0.1.0"))


def test_sarif_valid_against_schema(no_config: Path) -> None:
    """The SARIF of the faulty corpus validates against the local OASIS 2.1.0 schema."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    stdout, _, _ = run_validate("sarif", no_config)
    log = json.loads(stdout)
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log), key=str)
    assert [e.message for e in errors] == []
    assert log["version"] == "2.1.0"
    assert len(log["runs"][0]["results"]) == 18


def test_sarif_rule_index_matches_rule_id() -> None:
    """Each result's ruleIndex points at the driver rule whose id is the result's ruleId."""
    run = sarif_log(faults())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(r.id for r in CORPUS_RULES)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_levels_and_regions() -> None:
    """Severities map to error/warning/note and regions carry the 1-based line and column."""
    results = sarif_log(sample())["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "error", "note", "warning"]
    assert results[1]["message"] == {
        "text": "claim 'x' cites 'smith200', which is not in references.bib "
        "Suggestion: did you mean 'smith2001'?"
    }
    assert results[1]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "claims.yaml"},
        "region": {"startLine": 7, "startColumn": 14},
    }


def test_sarif_fingerprints_unique() -> None:
    """No two results of the faulty corpus share a fingerprint."""
    prints = [
        r["partialFingerprints"]["peerclaimsFingerprint/v1"]
        for r in sarif_log(faults())["runs"][0]["results"]
    ]
    assert len(prints) == 18
    assert len(set(prints)) == len(prints)


def test_sarif_fingerprints_survive_inserted_blank_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A blank line inserted above every fault moves each result down one line, not its fingerprint."""
    monkeypatch.chdir(tmp_path)
    for name in ("claims.yaml", "references.bib"):
        shutil.copy(REPO / FAULTS / name, tmp_path / name)
    before = sarif_log(faults("."))["runs"][0]["results"]
    for name in ("claims.yaml", "references.bib"):
        path = tmp_path / name
        path.write_text("\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = sarif_log(faults("."))["runs"][0]["results"]

    def lines(results: list[dict]) -> list[int]:  # type: ignore[type-arg]
        return [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results]

    def prints(results: list[dict]) -> list[str]:  # type: ignore[type-arg]
        return [r["partialFingerprints"]["peerclaimsFingerprint/v1"] for r in results]

    assert lines(after) == [n + 1 for n in lines(before)]
    assert prints(after) == prints(before)


def test_sarif_absolute_path_becomes_file_uri() -> None:
    """An absolute path is a percent-encoded file:// URI; a relative one stays relative."""
    assert sarif.artifact_uri("/tmp/my corpus/claims.yaml") == "file:///tmp/my%20corpus/claims.yaml"
    assert sarif.artifact_uri("data/claims.yaml") == "data/claims.yaml"


# --- github -------------------------------------------------------------------------------


def test_github_lines_follow_workflow_command_grammar(no_config: Path) -> None:
    """Every GitHub line of the faulty corpus parses as a workflow command."""
    stdout, _, _ = run_validate("github", no_config)
    lines = stdout.splitlines()
    assert len(lines) == 18
    assert [line for line in lines if not WORKFLOW_COMMAND.match(line)] == []
    assert {line.split(" ", 1)[0] for line in lines} == {"::error", "::warning", "::notice"}


def test_github_escapes_message_and_properties() -> None:
    """`%`, CR and LF are escaped in the message; `,` and `:` too in the file property."""
    d = Diagnostic(
        "dir,with:odd/claims.yaml",
        3,
        5,
        "PC105",
        "unknown-reference",
        Severity.ERROR,
        "100%\r\nnext",
        "use 50%",
    )
    line = github.line(d)
    assert line == (
        "::error file=dir%2Cwith%3Aodd/claims.yaml,line=3,col=5,"
        "title=unknown-reference (PC105)::100%25%0D%0Anext%0ASuggestion: use 50%25"
    )
    assert WORKFLOW_COMMAND.match(line)
    assert "\r" not in line and "\n" not in line


def test_github_escape_round_trips() -> None:
    """Unescaping the runner's way gives back the original message and property text."""
    original = "a%b\r\nc:d,e%0A"

    def unescape(value: str) -> str:
        for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
            value = value.replace(code, char)
        return value

    assert github.escape_data(original) == "a%25b%0D%0Ac:d,e%250A"
    assert github.escape_property(original) == "a%25b%0D%0Ac%3Ad%2Ce%250A"
    assert unescape(github.escape_property(original)) == original


def test_github_file_without_line() -> None:
    """A file-level diagnostic (line 0) names the file but gives no line or column."""
    d = Diagnostic(
        "claims.yml", 0, 0, "PC001", "unreadable-input", Severity.ERROR, "claims.yml: no such file"
    )
    assert github.line(d) == (
        "::error file=claims.yml,title=unreadable-input (PC001)::claims.yml: no such file"
    )


def test_github_info_is_notice() -> None:
    """Info diagnostics become `::notice`, the only non-failing annotation level."""
    assert github.render(sample()[2:3]) == (
        "::notice file=claims.yaml,line=9,col=7,title=single-study-claim (PC109)::"
        "claim 'x' rests on a single work (smith2001)\n"
    )


# --- exhaustiveness and auto --------------------------------------------------------------


DIAGNOSTIC_FORMATS = ["text", "plain", "json", "github", "sarif"]


@pytest.mark.parametrize("fmt", DIAGNOSTIC_FORMATS)
def test_every_format_renders(fmt: str) -> None:
    """Every concrete format renders the sample, and none silently falls back to plain."""
    out = io.StringIO()
    render(Result.DIAGNOSTICS, Format(fmt), DiagnosticsRun(sample(), 2, CORPUS_RULES), out)
    rendered = out.getvalue()
    assert "did you mean 'smith2001'?" in rendered
    assert "no claim cites 'jones2002'" in rendered
    if fmt != "plain":
        assert rendered != plain.render(sample())


class _Tty(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_resolve_github_on_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """`auto` is github when GITHUB_ACTIONS=true, even on a terminal."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert resolve(Format.AUTO, Result.DIAGNOSTICS, _Tty()) is Format.GITHUB
    assert resolve(Format.AUTO, Result.DIAGNOSTICS, io.StringIO()) is Format.GITHUB


def test_resolve_text_on_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    """`auto` is rich text on a terminal outside GitHub Actions."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert resolve(Format.AUTO, Result.DIAGNOSTICS, _Tty()) is Format.TEXT


def test_resolve_plain_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """`auto` is plain on a pipe, on a stream without isatty, and when GITHUB_ACTIONS is not "true"."""
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert resolve(Format.AUTO, Result.DIAGNOSTICS, io.StringIO()) is Format.PLAIN
    assert resolve(Format.AUTO, Result.DIAGNOSTICS, object()) is Format.PLAIN  # type: ignore[arg-type]


def test_resolve_keeps_explicit_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """An explicit format is never overridden, not even on GitHub Actions."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    for fmt in Format:
        if fmt is not Format.AUTO:
            assert resolve(fmt, Result.DIAGNOSTICS, _Tty()) is fmt
