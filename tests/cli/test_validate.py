"""The command line: output streams, exit codes, rule selection and configuration discovery."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from peerclaims.cli import app
from peerclaims.rules import all_rules
from tests.helpers import REPO

REPO = REPO
CLEAN = REPO / "tests/fixtures/corpus"
FAULTS = REPO / "tests/fixtures/corpus_faults"
FAULTS_SUMMARY = "9 errors, 7 warnings, 2 info in 2 files\n"

WARNINGS_CLAIMS = """\
version: 1
claims:
  - id: increased-hope
    statement: Peer support increases hope.
    population: mental-health
    outcome: hope
    direction: increase
"""
WARNINGS_BIB = """\
@article{mead2006peer,
  author = {Mead, Shery and McNeil, Cheryl},
  title = {Peer support: What makes it unique},
  journal = {International Journal of Psychosocial Rehabilitation},
  year = {2006}
}
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in an empty directory, outside GitHub Actions."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    """Invoke the Typer app in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(app, list(args), env=env)


def corpus_args(directory: Path) -> list[str]:
    """`--claims` and `--references` for a directory holding both corpus files."""
    return [
        "--claims",
        str(directory / "claims.yaml"),
        "--references",
        str(directory / "references.bib"),
    ]


def names(stdout: str) -> list[str]:
    """Rule names of the diagnostics in a JSON report, in order."""
    return [d["name"] for d in json.loads(stdout)["diagnostics"]]


def warnings_corpus(directory: Path) -> Path:
    """Write a corpus whose only findings are two warnings; return its directory."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "claims.yaml").write_text(WARNINGS_CLAIMS, encoding="utf-8")
    (directory / "references.bib").write_text(WARNINGS_BIB, encoding="utf-8")
    return directory


def copy_faults(directory: Path) -> Path:
    """Copy the faulty corpus into `directory` and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("claims.yaml", "references.bib"):
        shutil.copy(FAULTS / name, directory / name)
    return directory


def run_module(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m peerclaims ...` in a real subprocess, with src on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    env["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run(
        [sys.executable, "-m", "peerclaims", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def flat(text: str) -> str:
    """Text of a Rich error panel with the box drawing and line wrapping removed."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


# --- stdout and stderr ---------------------------------------------------------------------


def test_subprocess_json_stdout_summary_stderr(tmp_path: Path) -> None:
    """`validate --format json` writes only JSON to stdout and the summary line to stderr."""
    proc = run_module("validate", *corpus_args(FAULTS), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    payload = json.loads(proc.stdout)
    assert payload["summary"] == {"error": 9, "warning": 7, "info": 2, "files": 2}
    assert proc.stderr == FAULTS_SUMMARY


def test_subprocess_clean_corpus_exit_0(tmp_path: Path) -> None:
    """The clean fixture corpus exits 0; its one info finding is printed, not fatal."""
    proc = run_module("validate", *corpus_args(CLEAN), "--format", "plain", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == (
        f"{CLEAN}/claims.yaml:35:7: info claim 'increased-hope' rests on a single work "
        "(davidson2012peer) [single-study-claim]\n"
    )
    assert proc.stderr == "1 info in 2 files\n"


def test_subprocess_missing_claims_exit_2(tmp_path: Path) -> None:
    """A missing --claims file exits 2 with a message naming it and no traceback."""
    proc = run_module(
        "validate",
        "--claims",
        "nope.yaml",
        "--references",
        str(FAULTS / "references.bib"),
        "--format",
        "plain",
        cwd=tmp_path,
    )
    assert proc.returncode == 2
    assert "nope.yaml: error no such file [unreadable-input]" in proc.stdout.splitlines()
    assert "Traceback" not in proc.stdout + proc.stderr


def test_subprocess_help() -> None:
    """`python -m peerclaims --help` exits 0 and lists both commands."""
    proc = run_module("--help", cwd=REPO)
    assert proc.returncode == 0
    assert "validate" in proc.stdout
    assert "rules" in proc.stdout
    assert proc.stderr == ""


# --- exit codes ----------------------------------------------------------------------------


def test_clean_corpus_exits_0() -> None:
    """The clean fixture corpus exits 0 and reports one info on stderr."""
    result = invoke("validate", *corpus_args(CLEAN), "--format", "json")
    assert result.exit_code == 0
    assert names(result.stdout) == ["single-study-claim"]
    assert result.stderr == "1 info in 2 files\n"


def test_faulty_corpus_exits_1() -> None:
    """The faulty corpus, which has errors, exits 1."""
    result = invoke("validate", *corpus_args(FAULTS), "--format", "plain")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 18
    assert result.stderr == FAULTS_SUMMARY


def test_warnings_only_default_fail_level_exits_0(tmp_path: Path) -> None:
    """A corpus with only warnings exits 0 at the default fail level (error)."""
    result = invoke("validate", *corpus_args(warnings_corpus(tmp_path / "w")), "--format", "json")
    assert result.exit_code == 0
    assert names(result.stdout) == ["claim-without-evidence", "unused-reference"]
    assert result.stderr == "2 warnings in 2 files\n"


def test_warnings_only_fail_level_warning_exits_1(tmp_path: Path) -> None:
    """`--fail-level warning` makes a warnings-only corpus exit 1."""
    result = invoke(
        "validate",
        *corpus_args(warnings_corpus(tmp_path / "w")),
        "--format",
        "json",
        "--fail-level",
        "warning",
    )
    assert result.exit_code == 1


def test_fail_level_none_exits_0() -> None:
    """`--fail-level none` exits 0 even on the faulty corpus."""
    result = invoke("validate", *corpus_args(FAULTS), "--format", "json", "--fail-level", "none")
    assert result.exit_code == 0
    assert result.stderr == FAULTS_SUMMARY


def test_missing_claims_path_exits_2() -> None:
    """A --claims path that does not exist exits 2, names the path, and shows no traceback."""
    result = invoke(
        "validate",
        "--claims",
        "missing/claims.yaml",
        "--references",
        str(FAULTS / "references.bib"),
        "--format",
        "plain",
    )
    assert result.exit_code == 2
    assert (
        "missing/claims.yaml: error no such file [unreadable-input]" in result.stdout.splitlines()
    )
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_claims_reports_no_unused_references() -> None:
    """An unreadable claims.yaml does not make every reference look unused."""
    result = invoke(
        "validate",
        "--claims",
        "missing/claims.yaml",
        "--references",
        str(CLEAN / "references.bib"),
        "--format",
        "json",
    )
    assert names(result.stdout) == ["unreadable-input"]


def test_unknown_rule_in_select_exits_2() -> None:
    """An unknown rule in --select exits 2 with one line naming it."""
    result = invoke("validate", *corpus_args(FAULTS), "--select", "PC999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "peerclaims: unknown rule 'PC999' (see 'peerclaims rules')\n"


def test_unknown_format_exits_2() -> None:
    """An unknown --format value is a usage error (exit 2) listing the valid choices."""
    result = invoke("validate", *corpus_args(FAULTS), "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        "Invalid value for '--format' / '-f': Value error, 'xml' is not one of 'auto', "
        "'text', 'plain', 'json', 'github', 'sarif'." in flat(result.stderr)
    )


def test_config_unknown_key_exits_2(tmp_path: Path) -> None:
    """A configuration file with an unknown key exits 2 and names the key and the file."""
    config = tmp_path / "peerclaims.toml"
    config.write_text('fail-levle = "warning"\n', encoding="utf-8")
    result = invoke("validate", *corpus_args(CLEAN), "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr == f"peerclaims: invalid config: {config}: unknown key 'fail-levle'\n"


def test_discovered_config_unknown_key_exits_2(tmp_path: Path) -> None:
    """A discovered peerclaims.toml with an unknown key exits 2 naming the key."""
    (tmp_path / "peerclaims.toml").write_text("colour = true\n", encoding="utf-8")
    result = invoke("validate", *corpus_args(CLEAN))
    assert result.exit_code == 2
    assert result.stderr == (
        f"peerclaims: invalid config: {tmp_path.resolve() / 'peerclaims.toml'}: "
        "unknown key 'colour'\n"
    )


def test_malformed_toml_exits_2(tmp_path: Path) -> None:
    """A malformed TOML configuration exits 2 with the parser's position and no traceback."""
    config = tmp_path / "peerclaims.toml"
    config.write_text('rules = {single-study-claim = "off"\n', encoding="utf-8")
    result = invoke("validate", *corpus_args(CLEAN), "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr == (
        f"peerclaims: invalid config: {config}: Unclosed inline table (at line 1, column 36)\n"
    )
    assert "Traceback" not in result.output


# --- --select and --ignore -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--select", "PC104,unknown-reference"],
        ["--select", "duplicate-claim-id", "--select", "PC105"],
        ["--select", " PC104 , PC105 "],
    ],
)
def test_select_by_id_and_name(args: list[str]) -> None:
    """--select takes ids and names, comma-separated or repeated."""
    result = invoke("validate", *corpus_args(FAULTS), "--format", "json", *args)
    assert names(result.stdout) == ["unknown-reference", "duplicate-claim-id"]
    assert result.stderr == "2 errors in 2 files\n"
    assert result.exit_code == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--ignore", "PC102,unused-reference,unknown-vocabulary-value"],
        ["--ignore", "schema", "--ignore", "PC126", "--ignore", "PC106"],
    ],
)
def test_ignore_by_id_and_name(args: list[str]) -> None:
    """--ignore takes ids and names, comma-separated or repeated."""
    result = invoke("validate", *corpus_args(FAULTS), "--format", "json", *args)
    found = names(result.stdout)
    assert len(found) == 11
    assert not {"schema", "unused-reference", "unknown-vocabulary-value"} & set(found)
    assert result.stderr == "5 errors, 4 warnings, 2 info in 2 files\n"


def test_ignore_everything_but_info_exits_0() -> None:
    """Selecting only an info rule leaves nothing at the error level, so the exit code is 0."""
    result = invoke(
        "validate",
        *corpus_args(FAULTS),
        "--format",
        "json",
        "-f",
        "json",
        "--select",
        "single-study-claim",
    )
    assert result.exit_code == 0
    assert names(result.stdout) == ["single-study-claim", "single-study-claim"]


# --- configuration discovery ---------------------------------------------------------------


def test_peerclaims_toml_in_cwd(tmp_path: Path) -> None:
    """peerclaims.toml in the working directory supplies paths and selection."""
    copy_faults(tmp_path / "corpus")
    (tmp_path / "peerclaims.toml").write_text(
        'claims = "corpus/claims.yaml"\nreferences = "corpus/references.bib"\n'
        'select = ["single-study-claim"]\n',
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "json")
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert [d["name"] for d in diagnostics] == ["single-study-claim", "single-study-claim"]
    assert diagnostics[0]["path"] == "corpus/claims.yaml"  # relative to the working directory
    assert result.exit_code == 0


def test_pyproject_tool_table(tmp_path: Path) -> None:
    """`[tool.peerclaims]` in pyproject.toml is found and used."""
    copy_faults(tmp_path / "corpus")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.peerclaims]\nclaims = "corpus/claims.yaml"\n'
        'references = "corpus/references.bib"\nselect = ["PC104"]\n',
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "json")
    assert names(result.stdout) == ["duplicate-claim-id"]
    assert result.exit_code == 1


def test_nearest_config_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A peerclaims.toml in a subdirectory beats a pyproject.toml in the directory above."""
    copy_faults(tmp_path / "corpus")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.peerclaims]\nclaims = "corpus/claims.yaml"\nreferences = "corpus/references.bib"\n'
        'select = ["unused-reference"]\n',
        encoding="utf-8",
    )
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "peerclaims.toml").write_text(
        'claims = "../corpus/claims.yaml"\nreferences = "../corpus/references.bib"\n'
        'select = ["duplicate-work"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(sub)
    result = invoke("validate", "--format", "json")
    assert names(result.stdout) == ["duplicate-work"]


def test_config_found_from_subdirectory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths in a config resolve against its directory, not the working directory;
    they print relative to the working directory."""
    copy_faults(tmp_path / "corpus")
    (tmp_path / "peerclaims.toml").write_text(
        'claims = "corpus/claims.yaml"\nreferences = "corpus/references.bib"\nselect = ["PC104"]\n',
        encoding="utf-8",
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = invoke("validate", "--format", "json")
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert [(d["name"], d["path"]) for d in diagnostics] == [
        ("duplicate-claim-id", "../../corpus/claims.yaml"),
    ]


def test_explicit_relative_config_paths(tmp_path: Path) -> None:
    """With --config dir/peerclaims.toml, `claims = "claims.yaml"` means dir/claims.yaml."""
    copy_faults(tmp_path / "cfg")
    (tmp_path / "cfg" / "peerclaims.toml").write_text(
        'claims = "claims.yaml"\nreferences = "references.bib"\nselect = ["PC104"]\n',
        encoding="utf-8",
    )
    result = invoke("validate", "--config", "cfg/peerclaims.toml", "--format", "json")
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert [d["path"] for d in diagnostics] == [str(Path("cfg") / "claims.yaml")]


def test_rules_table_switches_rule_off(tmp_path: Path) -> None:
    """`rules = {single-study-claim = "off"}` silences that rule on the clean corpus."""
    (tmp_path / "peerclaims.toml").write_text(
        f'claims = "{CLEAN / "claims.yaml"}"\nreferences = "{CLEAN / "references.bib"}"\n'
        'rules = {single-study-claim = "off"}\n',
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "json")
    assert names(result.stdout) == []
    assert result.stderr == "no problems in 2 files\n"
    assert result.exit_code == 0


def test_rules_table_raises_rule_to_error(tmp_path: Path) -> None:
    """`rules = {unused-reference = "error"}` turns that warning into an error: exit 1."""
    warnings_corpus(tmp_path)
    (tmp_path / "peerclaims.toml").write_text(
        'rules = {unused-reference = "error"}\n', encoding="utf-8"
    )
    result = invoke("validate", *corpus_args(tmp_path), "--format", "json")
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert [(d["name"], d["severity"]) for d in diagnostics] == [
        ("claim-without-evidence", "warning"),
        ("unused-reference", "error"),
    ]
    assert result.stderr == "1 error, 1 warning in 2 files\n"
    assert result.exit_code == 1


def test_config_fail_level_and_option_override(tmp_path: Path) -> None:
    """`fail-level` in the config applies, and --fail-level on the command line overrides it."""
    warnings_corpus(tmp_path)
    (tmp_path / "peerclaims.toml").write_text('fail-level = "warning"\n', encoding="utf-8")
    assert invoke("validate", *corpus_args(tmp_path), "-f", "json").exit_code == 1
    assert (
        invoke("validate", *corpus_args(tmp_path), "-f", "json", "--fail-level", "error").exit_code
        == 0
    )


# --- rules, help, auto ---------------------------------------------------------------------


def test_rules_lists_every_rule_id() -> None:
    """`peerclaims rules` prints one line per registered rule, starting with its id."""
    result = invoke("rules")
    assert result.exit_code == 0
    ids = [line.split()[0] for line in result.stdout.splitlines()]
    assert ids == [rule.id for rule in all_rules()]
    assert {
        "PC001",
        "PC101",
        "PC102",
        "PC103",
        "PC104",
        "PC105",
        "PC106",
        "PC107",
        "PC108",
        "PC109",
        "PC110",
        "PC120",
        "PC121",
        "PC122",
        "PC123",
        "PC124",
        "PC125",
        "PC126",
    } <= set(ids)
    assert result.stdout.splitlines()[ids.index("PC105")] == (
        "PC105  unknown-reference                    error    corpus    Evidence names a key "
        "that is not in references.bib; the closest key is suggested."
    )


def test_rules_json_parses() -> None:
    """`peerclaims rules --format json` is JSON with version 1 and one object per rule."""
    result = invoke("rules", "--format", "json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["version"] == 1
    assert [r["id"] for r in payload["rules"]] == [rule.id for rule in all_rules()]
    assert next(r for r in payload["rules"] if r["id"] == "PC109") == {
        "id": "PC109",
        "name": "single-study-claim",
        "severity": "info",
        "scope": "corpus",
        "summary": "A claim rests on a single work; worth knowing before quoting it as established.",
    }


def test_help_lists_commands() -> None:
    """`peerclaims --help` exits 0 and lists the validate and rules commands."""
    result = invoke("--help")
    assert result.exit_code == 0
    assert re.search(r"^│ validate\s", result.stdout, re.MULTILINE)
    assert re.search(r"^│ rules\s", result.stdout, re.MULTILINE)


def test_github_actions_auto_format() -> None:
    """With GITHUB_ACTIONS=true, `--format auto` writes one workflow command per finding."""
    result = invoke(
        "validate", *corpus_args(FAULTS), "--format", "auto", env={"GITHUB_ACTIONS": "true"}
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 18
    assert all(re.match(r"^::(error|warning|notice) file=", line) for line in lines)
    assert result.stderr == FAULTS_SUMMARY


def test_auto_format_plain_when_piped() -> None:
    """Without GITHUB_ACTIONS and with captured (non-tty) stdout, `auto` is plain."""
    result = invoke("validate", *corpus_args(CLEAN))
    assert result.stdout == (
        f"{CLEAN}/claims.yaml:35:7: info claim 'increased-hope' rests on a single work "
        "(davidson2012peer) [single-study-claim]\n"
    )
