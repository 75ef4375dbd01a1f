"""`peerclaims check` and `peerclaims cites` on the command line: exit codes, output streams,
directories, stdin, configuration, extra corpora and golden output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner, Result

from peerclaims.cli import app
from tests.helpers import REPO

REPO = REPO
SCHEMA = REPO / "tests/fixtures/schemas/sarif-schema-2.1.0.json"
Golden = Callable[[str, str], None]

TALK = """\
# Why peer support works

## What peers bring

Peer support offers a level of acceptance, understanding, and validation not found in many
other professional relationships (Mead & McNeil, 2006).

Peer support is proven to increase self-esteem and confidence.

As Davidson et al. (2012) describe, peers share what they have lived through (Smith, 2019;
Davidson, 2020).

## The evidence

Peer support has been found to:

- reduce readmissions by 42%
- reduce days in hospital by 48%

Recent review by Chinman et al in Psych Services

## Outcomes

- Raised empowerment scores (Ochoka, Nelson, Janzen, & Trainor, 2006)
- Decreased self-stigma (Corrigan, et al., 2013)
- Increased quality of life and life satisfaction (Bologna & Pulice, 2010)

## The workforce

48 states and DC reimburse peer support services.

## References

Bologna, M. J., & Pulice, R. T. (2011). Evaluation of a peer-run hospital diversion program:
A descriptive study. *American Journal of Psychiatric Rehabilitation, 14*, 272-286.

Corrigan, P. W., & Sokol, K. A. (2013). The impact of self-stigma and mutual help programs on
the quality of life of people with serious mental illnesses. *Community Mental Health
Journal, 49*, 1-6.

Davidson, L., Bellamy, C., Guy, K., & Miller, R. (2012). Peer support among persons with
severe mental illnesses: A review of evidence and experience. *World Psychiatry, 11*(2),
123-128.

Kurtz, L. F. (1990). The self-help movement: Review of the past decade of research. *Social
Work with Groups, 13*(3), 101-115.

Mead, S., & MacNeil, C. (2006). Peer support: What makes it unique? *International Journal of
Psychosocial Rehabilitation, 10*(2), 29-37.

Ochocka, J., Nelson, G., Janzen, R., & Trainor, J. (2006). A longitudinal study of mental
health consumer/survivor initiatives: Part 3—A qualitative study of impacts of participation
on new members. *Journal of Community Psychology, 34*(3), 273-283.
"""
TALK_SUMMARY = "5 errors, 9 warnings, 1 info in 1 file\n"
TALK_RULES = [
    "uncited-claim",
    "overstated-certainty",
    "unresolved-citation",
    "missing-from-reference-list",
    "unresolved-citation",
    "missing-from-reference-list",
    "misattributed-claim",
    "misattributed-claim",
    "statistic-mismatch",
    "vague-citation",
    "author-misspelt",
    "year-mismatch",
    "uncited-claim",
    "uncited-reference",
    "reference-list-mismatch",
]
STATES = "48 states and DC reimburse peer support services.\n"
# one warning: et al. for 2 authors (no claim: "Less self-stigma" would be one, and miscited)
CORRIGAN = "Peer-run respite (Bologna, et al., 2011).\n"
BOLOGNA = "Higher quality of life (Bologna & Pulice, 2010).\n"  # one error (and one info)

EXTRA_CLAIMS = """\
version: 1
claims:
  - id: navigators-fewer-emergency-visits
    statement: Peer navigators reduced emergency department visits.
    kind: finding
    population: mental-health
    outcome: hospitalization
    direction: decrease
    effect:
      measure: emergency department visits per person
      relative_change: -0.30
    evidence:
      - ref: tanaka2021navigators
        support: direct
        locator: Table 2
    appearances:
      - document: county-brief.md
        as_written: peer navigators reduced emergency department visits
        cited_as: (Tanaka & Okafor, 2021)
"""
EXTRA_BIB = """\
@article{tanaka2021navigators,
  author = {Tanaka, Hiro and Okafor, Ngozi},
  title = {Peer navigators and emergency department visits},
  journal = {Journal of Peer Studies},
  year = {2021},
  volume = {3},
  pages = {10--19},
  studydesign = {rct}
}
"""
NAVIGATORS = "Peer navigators reduced emergency department visits by 30% (Tanaka & Okafor, 2021).\n"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in its own empty directory, outside GitHub Actions."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def invoke(*args: str, stdin: str | None = None) -> Result:
    """Run the CLI in-process; stdout and stderr are kept apart; never a traceback."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def write(path: str | Path, text: str) -> Path:
    """Write UTF-8 text, creating parent directories."""
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


def diagnostics(result: Result) -> list[tuple[str, int, str]]:
    """(path, line, rule name) of each diagnostic of a JSON report."""
    return [(d["path"], d["line"], d["name"]) for d in json.loads(result.stdout)["diagnostics"]]


def run_module(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m peerclaims ...` in a real subprocess, with PYTHONPATH=src."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run(
        [sys.executable, "-m", "peerclaims", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


# --- exit codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "args", "code"),
    [
        (CORRIGAN, [], 0),
        (BOLOGNA, [], 1),
        (CORRIGAN, ["--fail-level", "warning"], 1),
        (BOLOGNA, ["--fail-level", "none"], 0),
        (BOLOGNA, ["--ignore", "year-mismatch"], 0),
        (BOLOGNA, ["--select", "PC209"], 0),
    ],
    ids=["warning-only", "error", "fail-level-warning", "fail-level-none", "ignored", "select-id"],
)
def test_exit_codes(text: str, args: list[str], code: int) -> None:
    """0 below the fail level, 1 at or above it."""
    write("talk.md", text)
    assert invoke("check", "talk.md", "--format", "plain", *args).exit_code == code


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["check", "missing.md"], "peerclaims: missing.md: no such file\n"),
        (
            ["check", "talk.md", "--select", "no-such-rule"],
            "peerclaims: unknown rule 'no-such-rule' (see 'peerclaims rules')\n",
        ),
        (
            ["check", "empty"],
            "peerclaims: no documents to check (supported: .md .markdown .txt "
            ".text .pptx .docx .pdf)\n",
        ),
        (
            ["cites", "empty"],
            "peerclaims: no documents to check (supported: .md .markdown .txt "
            ".text .pptx .docx .pdf)\n",
        ),
    ],
    ids=["missing-file", "unknown-rule", "no-documents", "cites-no-documents"],
)
def test_exit_2(args: list[str], stderr: str) -> None:
    """Unreadable input, unknown rules and nothing to check exit 2 with one clear line."""
    write("talk.md", CORRIGAN)
    Path("empty").mkdir()
    result = invoke(*args, "--format", "json" if args[0] == "cites" else "plain")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == stderr.rstrip("\n")


def test_missing_file_is_said_once_beside_other_files() -> None:
    """A missing file is one line on stderr (not also a finding) and exit 2; the file beside
    it is still checked."""
    write("talk.md", BOLOGNA)
    result = invoke("check", "missing.md", "talk.md", "--format", "json")
    assert result.exit_code == 2
    assert diagnostics(result) == [("talk.md", 1, "year-mismatch")]
    assert result.stderr.splitlines() == [
        "peerclaims: missing.md: no such file",
        "1 error in 1 file",
    ]


def test_bad_config_exits_2() -> None:
    """An unknown key in [tool.peerclaims] is a configuration error, exit 2."""
    write("pyproject.toml", "[tool.peerclaims]\nfail_levle = 'info'\n")
    write("talk.md", CORRIGAN)
    result = invoke("check", "talk.md")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("peerclaims: invalid config: ")
    assert "unknown key 'fail_levle'" in result.stderr


# --- streams ----------------------------------------------------------------------------


def test_json_stdout_is_only_json() -> None:
    """With --format json, stdout parses as JSON and the summary goes to stderr."""
    write("talk.md", TALK)
    result = invoke("check", "talk.md", "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert result.stderr == TALK_SUMMARY
    assert [d["name"] for d in report["diagnostics"]] == TALK_RULES
    assert report["summary"] == {"error": 5, "warning": 9, "info": 1, "files": 1}
    assert set(report["diagnostics"][0]) == {
        "rule",
        "name",
        "severity",
        "path",
        "line",
        "column",
        "location",
        "message",
        "suggestion",
    }


def test_talk_findings_and_suggestions() -> None:
    """The talk's findings carry paste-ready citations where the corpus knows the right one."""
    write("talk.md", TALK)
    report = json.loads(invoke("check", "talk.md", "--format", "json").stdout)
    assert [
        (d["line"], d["column"], d["suggestion"])
        for d in report["diagnostics"]
        if d["suggestion"] and d["suggestion"].startswith("(")
    ] == [
        (17, 3, "(Sledge et al., 2011)"),
        (18, 3, "(Sledge et al., 2011)"),
        (20, 1, "(Chinman et al., 2014)"),
        (24, 30, "(Ochocka, Nelson, Janzen, & Trainor, 2006)"),
        (26, 52, "(Bologna & Pulice, 2011)"),
    ]


# --- directories, include and exclude ---------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """docs/ with Markdown and text at several depths, a hidden folder and node_modules."""
    for name in (
        "a.md",
        "sub/b.txt",
        "sub/deeper/c.md",
        "legacy/old.md",
        ".hidden/h.md",
        "node_modules/n.md",
        "sub/notes.odt",
    ):
        write(tmp_path / "docs" / name, STATES)
    return tmp_path / "docs"


@pytest.mark.parametrize(
    ("options", "paths"),
    [
        ([], ["docs/a.md", "docs/legacy/old.md", "docs/sub/b.txt", "docs/sub/deeper/c.md"]),
        (["--include", "*.md"], ["docs/a.md", "docs/legacy/old.md", "docs/sub/deeper/c.md"]),
        (["--exclude", "legacy/*"], ["docs/a.md", "docs/sub/b.txt", "docs/sub/deeper/c.md"]),
        (["--include", "*.md", "--exclude", "legacy/*", "--exclude", "c.md"], ["docs/a.md"]),
    ],
    ids=["all", "include", "exclude", "both"],
)
def test_directory_walk(tree: Path, options: list[str], paths: list[str]) -> None:
    """Directories are walked recursively in order; hidden, node_modules and unsupported skipped."""
    result = invoke("check", "docs", "--format", "json", "--select", "uncited-claim", *options)
    assert [p for p, _, _ in diagnostics(result)] == paths
    assert json.loads(result.stdout)["summary"]["files"] == len(paths)
    assert result.exit_code == 0


# --- stdin ------------------------------------------------------------------------------

STDIN_TEXT = (
    "Run `48 states and DC reimburse peer support services` as a test string.\n\n"
    "- 46 states and DC reimburse peer support services\n"
)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("markdown", [("<stdin>", 3, "uncited-claim")]),
        ("text", [("<stdin>", 1, "uncited-claim"), ("<stdin>", 3, "uncited-claim")]),
    ],
)
def test_stdin(fmt: str, expected: list[tuple[str, int, str]]) -> None:
    """`-` reads stdin as Markdown (code spans blanked) or text, reported as <stdin>."""
    result = invoke(
        "check",
        "-",
        "--stdin-format",
        fmt,
        "--format",
        "json",
        "--select",
        "uncited-claim",
        stdin=STDIN_TEXT,
    )
    assert (diagnostics(result), result.exit_code) == (expected, 0)


def test_stdin_plain_line() -> None:
    """A stdin finding reads `<stdin>:line:col: ...` in plain output."""
    result = invoke(
        "check", "-", "--stdin-format", "markdown", "--format", "plain", stdin="- " + CORRIGAN
    )
    assert result.stdout == (
        "<stdin>:1:21: warning 'Bologna, et al., 2011' uses et al. for a work with 2 authors "
        "[et-al-misuse] -- suggestion: (Bologna & Pulice, 2011)\n"
    )


# --- configuration ----------------------------------------------------------------------


def test_config_rule_off() -> None:
    """`rules = {uncited-claim = "off"}` switches the rule off for every file."""
    write("pyproject.toml", '[tool.peerclaims]\nrules = {uncited-claim = "off"}\n')
    write("talk.md", STATES + "\n" + CORRIGAN)
    result = invoke("check", "talk.md", "--format", "json")
    assert diagnostics(result) == [("talk.md", 3, "et-al-misuse")]


def test_config_rule_severity() -> None:
    """A rule raised to error in the config makes the run fail."""
    write("pyproject.toml", '[tool.peerclaims]\nrules = {et-al-misuse = "error"}\n')
    write("talk.md", CORRIGAN)
    result = invoke("check", "talk.md", "--format", "json")
    assert [d["severity"] for d in json.loads(result.stdout)["diagnostics"]] == ["error"]
    assert result.exit_code == 1


def test_config_overrides_by_path() -> None:
    """`overrides` ignore uncited-claim under legacy/ only."""
    write(
        "pyproject.toml",
        '[tool.peerclaims]\noverrides = [{paths = ["legacy/*"], ignore = ["uncited-claim"]}]\n',
    )
    write("legacy/old.md", STATES + "\n" + CORRIGAN)
    write("new.md", STATES)
    result = invoke("check", "legacy", "new.md", "--format", "json")
    assert diagnostics(result) == [
        ("legacy/old.md", 3, "et-al-misuse"),
        ("new.md", 1, "uncited-claim"),
    ]


@pytest.mark.parametrize(("config", "code"), [("", 0), ('fail-level = "warning"\n', 1)])
def test_config_fail_level(config: str, code: int) -> None:
    """`fail-level = "warning"` in the config makes a warning fail the run."""
    write("pyproject.toml", "[tool.peerclaims]\n" + config)
    write("talk.md", CORRIGAN)
    assert invoke("check", "talk.md", "--format", "plain").exit_code == code


def test_fail_level_option_beats_config() -> None:
    """--fail-level on the command line overrides the config's fail-level."""
    write("pyproject.toml", '[tool.peerclaims]\nfail-level = "warning"\n')
    write("talk.md", CORRIGAN)
    assert invoke("check", "talk.md", "--fail-level", "error").exit_code == 0


def test_config_include_exclude() -> None:
    """`include`/`exclude` in the config filter a directory walk like the options do."""
    write("pyproject.toml", '[tool.peerclaims]\ninclude = ["*.md"]\nexclude = ["drafts/*"]\n')
    write("docs/a.md", STATES)
    write("docs/b.txt", STATES)
    write("docs/drafts/c.md", STATES)
    result = invoke("check", "docs", "--format", "json")
    assert diagnostics(result) == [("docs/a.md", 1, "uncited-claim")]


def _extra_corpus() -> None:
    write("extra/claims.yaml", EXTRA_CLAIMS)
    write("extra/references.bib", EXTRA_BIB)
    write("brief.md", NAVIGATORS)


def test_without_extra_corpus_the_work_is_unknown() -> None:
    """Without the extra corpus, the citation and the claim are unknown to the bundled one."""
    _extra_corpus()
    result = invoke("check", "brief.md", "--format", "json")
    assert diagnostics(result) == [
        ("brief.md", 1, "unknown-claim"),
        ("brief.md", 1, "unresolved-citation"),
    ]


def test_extra_claims_and_references() -> None:
    """With `extra-claims`/`extra-references`, the claim and its citation are recognised."""
    _extra_corpus()
    write(
        "pyproject.toml",
        '[tool.peerclaims]\nextra-claims = ["extra/claims.yaml"]\n'
        'extra-references = ["extra/references.bib"]\n',
    )
    result = invoke("check", "brief.md", "--format", "json", "--fail-level", "info")
    assert (diagnostics(result), result.exit_code) == ([], 0)
    cites = invoke("cites", "brief.md")
    assert cites.stdout == "brief.md:1:61  Tanaka & Okafor, 2021  → exact tanaka2021navigators\n"


def test_extra_claim_figure_is_checked() -> None:
    """A figure that disagrees with the extra corpus's claim is a statistic-mismatch."""
    _extra_corpus()
    write(
        "pyproject.toml",
        '[tool.peerclaims]\nextra-claims = ["extra/claims.yaml"]\n'
        'extra-references = ["extra/references.bib"]\n',
    )
    write("brief.md", NAVIGATORS.replace("30%", "45%"))
    result = invoke("check", "brief.md", "--format", "plain")
    assert result.stdout == (
        "brief.md:1:1: error 45% differs from the 30% the source reports [statistic-mismatch]\n"
    )


def test_extra_claims_alone_use_bundled_references() -> None:
    """`extra-claims` without `extra-references` still adds its claims (citing bundled works)."""
    claims = EXTRA_CLAIMS.replace("tanaka2021navigators", "sledge2011effectiveness")
    write("extra/claims.yaml", claims)
    write("pyproject.toml", '[tool.peerclaims]\nextra-claims = ["extra/claims.yaml"]\n')
    write(
        "brief.md",
        "Peer navigators reduced emergency department visits by 30% (Sledge et al., 2011).\n",
    )
    result = invoke("check", "brief.md", "--format", "json", "--fail-level", "info")
    assert (diagnostics(result), result.exit_code) == ([], 0)


def test_missing_extra_corpus_exits_2() -> None:
    """An extra corpus file that does not exist is an error, exit 2."""
    write(
        "pyproject.toml",
        '[tool.peerclaims]\nextra-claims = ["nope/claims.yaml"]\n'
        'extra-references = ["nope/references.bib"]\n',
    )
    write("talk.md", CORRIGAN)
    result = invoke("check", "talk.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("peerclaims: ")
    assert "nope/claims.yaml" in result.stderr


# --- golden output ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("plain", "check-talk.txt"),
        ("json", "check-talk.json"),
        ("github", "check-talk.github.txt"),
        ("sarif", "check-talk.sarif"),
    ],
)
def test_check_talk_golden(fmt: str, name: str, golden: Golden) -> None:
    """Each machine format of the talk matches its golden file; summary on stderr, exit 1."""
    write("talk.md", TALK)
    result = invoke("check", "talk.md", "--format", fmt)
    golden(f"check/{name}", result.stdout)
    assert (result.stderr, result.exit_code) == (TALK_SUMMARY, 1)


def test_check_talk_sarif_is_valid() -> None:
    """The talk's SARIF validates against the OASIS 2.1.0 schema and lists the document rules."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    write("talk.md", TALK)
    log = json.loads(invoke("check", "talk.md", "--format", "sarif").stdout)
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log), key=str)
    assert [e.message for e in errors] == []
    run = log["runs"][0]
    # the document rules, and unknown-suppression (PC215) which checks ignore comments in
    # documents and corpus alike; unused-suppression (PC216) runs only when selected
    assert sorted(r["id"] for r in run["tool"]["driver"]["rules"]) == [
        *(f"PC2{n:02d}" for n in (*range(1, 16), 17, 18, 19, 20, 21, 22)),
    ]
    assert len(run["results"]) == len(TALK_RULES)
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_cites_talk_text_golden(golden: Golden) -> None:
    """`peerclaims cites` text for the talk matches its golden file."""
    write("talk.md", TALK)
    result = invoke("cites", "talk.md")
    golden("check/cites-talk.txt", result.stdout)
    assert (result.stderr, result.exit_code) == ("8 citations in 1 file\n", 0)


def test_cites_talk_json_golden(golden: Golden) -> None:
    """`peerclaims cites --format json` for the talk matches its golden file."""
    write("talk.md", TALK)
    result = invoke("cites", "talk.md", "--format", "json")
    golden("check/cites-talk.json", result.stdout)
    assert result.exit_code == 0


def test_cites_json_shape() -> None:
    """Cites JSON is {"version": 1, "citations": [...]} with every documented field."""
    write("talk.md", TALK)
    doc = json.loads(invoke("cites", "talk.md", "--format", "json").stdout)
    assert set(doc) == {"version", "citations"}
    assert doc["version"] == 1
    fields = {
        "path",
        "location",
        "line",
        "kind",
        "text",
        "authors",
        "year",
        "status",
        "key",
        "candidates",
        "differences",
    }
    assert all(set(c) == fields for c in doc["citations"])
    assert [(c["line"], c["kind"], c["status"], c["key"]) for c in doc["citations"]] == [
        (6, "parenthetical", "exact", "mead2006peer"),
        (10, "narrative", "exact", "davidson2012peer"),
        (10, "parenthetical", "unresolved", None),
        (11, "parenthetical", "ambiguous", None),
        (20, "vague", "variant", "chinman2014peer"),
        (24, "parenthetical", "variant", "ochocka2006longitudinal"),
        (25, "parenthetical", "exact", "corrigan2013impact"),
        (26, "parenthetical", "variant", "bologna2011evaluation"),
    ]
    ochoka = doc["citations"][5]
    assert ochoka == {
        "path": "talk.md",
        "location": "24:30",
        "line": 24,
        "kind": "parenthetical",
        "text": "Ochoka, Nelson, Janzen, & Trainor, 2006",
        "authors": ["Ochoka", "Nelson", "Janzen", "Trainor"],
        "year": "2006",
        "status": "variant",
        "key": "ochocka2006longitudinal",
        "candidates": [],
        "differences": [{"field": "author", "written": "Ochoka", "expected": "Ochocka"}],
    }
    assert doc["citations"][3]["candidates"] == [
        "davidson2012peer",
        "davidson2006",
        "davidson2010",
        "davidson2004",
        "davidson1999peer",
    ]


def test_cites_unreadable_file_exits_2() -> None:
    """`peerclaims cites` lists what it can read and exits 2 naming the unreadable file."""
    write("talk.md", CORRIGAN)
    Path("broken.docx").write_bytes(b"not a zip")
    result = invoke("cites", "broken.docx", "talk.md")
    assert result.exit_code == 2
    assert result.stdout == "talk.md:1:19  Bologna, et al., 2011  → exact bologna2011evaluation\n"
    assert result.stderr.splitlines() == [
        "peerclaims: broken.docx: not a valid .docx file (File is not a zip file)",
        "1 citation in 2 files",
    ]


# --- real subprocesses ------------------------------------------------------------------


def test_subprocess_check_json(tmp_path: Path) -> None:
    """`python -m peerclaims check --format json` in a subprocess: JSON out, summary err, exit 1."""
    write(tmp_path / "talk.md", TALK)
    proc = run_module("check", "talk.md", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    assert [d["name"] for d in json.loads(proc.stdout)["diagnostics"]] == TALK_RULES
    assert proc.stderr == TALK_SUMMARY
    assert "Traceback" not in proc.stdout + proc.stderr


def test_subprocess_stdin_and_unreadable(tmp_path: Path) -> None:
    """A subprocess reading stdin beside an unreadable file reports both and exits 2."""
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02" * 50)
    proc = run_module(
        "check",
        "-",
        "binary.md",
        "--stdin-format",
        "markdown",
        "--format",
        "plain",
        cwd=tmp_path,
        stdin=CORRIGAN,
    )
    assert proc.returncode == 2
    assert proc.stdout.splitlines()[0] == (
        "<stdin>:1:19: warning 'Bologna, et al., 2011' uses et al. for a work with 2 authors "
        "[et-al-misuse] -- suggestion: (Bologna & Pulice, 2011)"
    )
    assert proc.stdout.splitlines()[1].startswith(
        "binary.md: error binary file (contains NUL bytes)"
    )
    assert proc.stderr.splitlines()[-1] == "1 error, 1 warning in 2 files"
    assert "Traceback" not in proc.stdout + proc.stderr


def test_progress_bar_goes_to_stderr(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """On a terminal with many files the progress bar is drawn on stderr, never on stdout."""
    import io

    from peerclaims.cli import check as cli_check

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake_err = Terminal()
    monkeypatch.setattr(cli_check.sys, "stderr", fake_err)
    items = [tmp_path / f"f{i}.md" for i in range(12)]
    assert list(cli_check._progress(items)) == items
    assert "Checking" in fake_err.getvalue()


def test_extend_select_runs_an_off_rule_beside_the_defaults() -> None:
    """`--extend-select unused-suppression` keeps every default rule and adds PC216."""
    write("talk.md", "- Peer support increases hope. <!-- peerclaims: ignore[year-mismatch] -->\n")
    result = invoke("check", "talk.md", "--extend-select", "unused-suppression", "-f", "json")
    assert sorted(d["name"] for d in json.loads(result.stdout)["diagnostics"]) == [
        "uncited-claim",
        "unused-suppression",
    ]
