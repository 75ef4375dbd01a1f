"""The conventions of the linters people already use (ruff, Vale, markdownlint, yamllint):
--version, shell completion, help without Python types, `rules RULE`, --statistics,
--quiet, --output-file, .gitignore and quoted globs, a missing file said once, and the
GitHub Action."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from typer.testing import CliRunner, Result

from peerclaims import __version__
from peerclaims.cli import app
from peerclaims.documents import iter_document_paths
from peerclaims.documents.gitignore import GitIgnore
from peerclaims.render import rules as rules_doc
from peerclaims.render.diagnostics import text as text_renderer
from peerclaims.rules import all_rules
from peerclaims.runner import load_corpus
from tests.helpers import REPO, SRC

BOLOGNA = "Quality of life rose (Bologna & Pulice, 2010).\n"  # year-mismatch: an error
CORRIGAN = "Self-stigma fell (Bologna, et al., 2011).\n"  # et-al-misuse: a warning
COMMANDS = [
    "",
    "check",
    "cites",
    "validate",
    "rules",
    "search",
    "show",
    "study",
    "impact",
    "report",
    "cite",
]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in its own empty directory, outside GitHub Actions, with no colour."""
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    """The CLI in-process; stdout and stderr apart; never a traceback."""
    result = CliRunner(env=env).invoke(app, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def write(path: str | Path, text: str) -> Path:
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


def checked(result: Result) -> list[str]:
    """The paths of a `check -f json` run's diagnostics."""
    return [d["path"] for d in json.loads(result.stdout)["diagnostics"]]


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m peerclaims ...` in a subprocess (this tree's package)."""
    full = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    full.update(PYTHONPATH=str(SRC), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "peerclaims", *args],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


# --- --version, completion, help ---------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    """`peerclaims --version` prints the name and version and exits 0, as ruff does."""
    result = invoke(flag)
    assert result.exit_code == 0
    assert result.stdout == f"peerclaims {__version__}\n"


def test_show_completion_prints_a_script(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer's completion: --show-completion prints the script for the user's shell.

    The shell is detected from the process tree (shellingham), which a test run without a
    shell above it (nohup, a service) lacks: the test names the shell it expects."""
    import typer.completion

    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    result = invoke("--show-completion")
    assert result.exit_code == 0
    assert "_PEERCLAIMS_COMPLETE" in result.stdout or "complete" in result.stdout


def test_completion_of_commands_formats_and_rule_names(tmp_path: Path) -> None:
    """The completion protocol offers commands, --format choices and rule names."""

    def complete(line: str) -> list[str]:
        current = len(line.split()) - (0 if line.endswith(" ") else 1)  # the word being typed
        done = run(
            cwd=tmp_path,
            env={
                "_PEERCLAIMS_COMPLETE": "complete_bash",
                "COMP_WORDS": line,
                "COMP_CWORD": str(current),
            },
        )
        return done.stdout.split()

    assert "check" in complete("peerclaims ch")
    assert {"json", "sarif"} <= set(complete("peerclaims check --format "))
    assert complete("peerclaims rules et-al") == ["et-al-misuse", "et-al-stop"]


def words(text: str) -> set[str]:
    """The words of a help screen, without the box drawing."""
    return set(re.split(r"[\s│╭╮╰╯─]+", text)) - {""}


@pytest.mark.parametrize("command", COMMANDS, ids=[c or "app" for c in COMMANDS])
def test_help_at_80_columns(command: str) -> None:
    """No Python type names or ranges, no line past 80 columns, and no word split: every
    word at 80 columns is a word of the same help at 250."""
    args = [*([command] if command else []), "--help"]
    narrow = invoke(*args, env={"COLUMNS": "80"}).stdout
    wide = invoke(*args, env={"COLUMNS": "250"}).stdout
    assert "Usage:" in narrow
    for python_type in ("<list[", "<str>", "<int", "<bool>", "<path>", "x>=", "<float"):
        assert python_type not in narrow, python_type
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert words(narrow) <= words(wide), sorted(words(narrow) - words(wide))


def test_help_names_values_and_lists_choices() -> None:
    """Options show what their value is (FILE, FORMAT, N) and the --format choices."""
    out = invoke("check", "--help", env={"COLUMNS": "100"}).stdout
    for label in ("FILE", "FORMAT", "LEVEL", "RULES", "GLOB", " N "):
        assert label in out, label
    assert "choices: auto, text, plain, json, github, sarif" in " ".join(re.split(r"[\s│]+", out))


# --- peerclaims rules RULE -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["et-al-misuse", "PC204", "pc204", "ET-AL-MISUSE"])
def test_rules_explains_one_rule(name: str) -> None:
    """By id or name, in any case: name, id, summary, examples, severity, scope, docs link."""
    result = invoke("rules", name)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("et-al-misuse (PC204)\n")
    assert 'APA 7: "et al." for three or more authors' in out
    assert re.search(r"^  FAIL  \"\(Bologna, et al\., 2011\)\"", out, re.MULTILINE)
    assert re.search(r"^  PASS  ", out, re.MULTILINE)
    assert "Default severity: warning. Checks documents (peerclaims check)." in out
    assert "docs/rules.md#et-al-misuse" in out


@pytest.mark.parametrize("rule", all_rules(), ids=[r.name for r in all_rules()])
def test_every_rule_explains_its_examples(rule) -> None:  # type: ignore[no-untyped-def]
    """Every rule's explanation carries each FAIL and PASS example of its docstring."""
    summary, _, examples = rules_doc.parts(rule)
    text = " ".join(rules_doc.explain(rule).split())
    assert summary in text
    assert examples and {label.split()[0] for label, _ in examples} == {"FAIL", "PASS"}
    for _, example in examples:
        assert " ".join(example.split()) in text


def test_rules_json_and_markdown_for_one_rule() -> None:
    """--format json is the rule's fields and examples; markdown is its docs/rules.md section."""
    doc = json.loads(invoke("rules", "year-mismatch", "-f", "json").stdout)
    assert doc["version"] == 1
    assert doc["rule"]["id"] == "PC203" and doc["rule"]["severity"] == "error"
    assert [e["kind"] for e in doc["rule"]["examples"]] == ["FAIL", "PASS", "PASS"]
    section = invoke("rules", "year-mismatch", "-f", "markdown").stdout
    assert section.startswith("## year-mismatch\n")
    assert section in (REPO / "docs" / "rules.md").read_text(encoding="utf-8")


def test_unknown_rule_suggests_the_closest() -> None:
    """A misspelt rule exits 2 with "did you mean" (peerclaims.suggest)."""
    result = invoke("rules", "et-al-misuze")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        "peerclaims: no rule 'et-al-misuze'; did you mean 'et-al-misuse'"
    )


def test_text_output_links_each_rule_name_on_a_terminal() -> None:
    """Styled text makes the rule name a terminal hyperlink to its docs section; piped, no
    escape codes appear."""
    write("talk.md", BOLOGNA)
    corpus = load_corpus().corpus
    from peerclaims.check import check_paths

    found = list(check_paths(["talk.md"], corpus).diagnostics)
    terminal = io.StringIO()
    text_renderer.render(found, Console(file=terminal, force_terminal=True, width=100))
    rule = next(r for r in all_rules() if r.id == found[0].rule)
    assert "\x1b]8;id=" in terminal.getvalue()
    assert rules_doc.url(rule) in terminal.getvalue()
    piped = io.StringIO()
    text_renderer.render(found, Console(file=piped, width=100))
    assert "\x1b" not in piped.getvalue() and "year-mismatch" in piped.getvalue()


# --- --statistics, --quiet, --output-file ----------------------------------------------------


def test_statistics_counts_per_rule() -> None:
    """`count  id  name`, most first; the exit code is the run's."""
    write("a.md", BOLOGNA + CORRIGAN)
    write("b.md", BOLOGNA)
    result = invoke("check", "a.md", "b.md", "--statistics")
    assert result.exit_code == 1
    assert result.stdout == "2  PC203  year-mismatch\n1  PC204  et-al-misuse\n"
    assert result.stderr == "2 errors, 1 warning in 2 files\n"


def test_statistics_json() -> None:
    """With -f json, the counts as JSON with the summary."""
    write("a.md", BOLOGNA + CORRIGAN)
    doc = json.loads(invoke("check", "a.md", "--statistics", "-f", "json").stdout)
    assert doc == {
        "version": 1,
        "statistics": [
            {"rule": "PC203", "name": "year-mismatch", "count": 1},
            {"rule": "PC204", "name": "et-al-misuse", "count": 1},
        ],
        "summary": {"error": 1, "warning": 1, "info": 0, "files": 1},
    }


def test_statistics_of_a_clean_run_is_empty() -> None:
    write("a.md", "Nothing to see here.\n")
    result = invoke("check", "a.md", "--statistics")
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize("command", [["check", "a.md"], ["validate"]])
def test_quiet_prints_findings_only(command: list[str]) -> None:
    """--quiet drops the summary line; the findings and the exit code stay."""
    write("a.md", BOLOGNA)
    loud = invoke(*command, "-f", "plain")
    quiet = invoke(*command, "-f", "plain", "--quiet")
    assert quiet.exit_code == loud.exit_code
    assert quiet.stdout == loud.stdout
    assert loud.stderr.splitlines()[-1].endswith(("file", "files"))
    assert quiet.stderr == ""


@pytest.mark.parametrize("fmt", ["plain", "json", "sarif", "github", "text"])
def test_output_file_for_every_format(fmt: str) -> None:
    """-o FILE holds exactly what stdout would; stdout stays empty; the exit code stays."""
    write("a.md", BOLOGNA)
    shown = invoke("check", "a.md", "-f", fmt)
    written = invoke("check", "a.md", "-f", fmt, "--output-file", "out.txt")
    assert written.exit_code == shown.exit_code == 1
    assert written.stdout == ""
    assert Path("out.txt").read_text(encoding="utf-8") == shown.stdout
    assert written.stderr == shown.stderr


def test_output_file_auto_is_plain_and_dash_is_stdout() -> None:
    write("a.md", BOLOGNA)
    invoke("check", "a.md", "-o", "out.txt")
    assert Path("out.txt").read_text(encoding="utf-8").startswith("a.md:1:")
    dash = invoke("check", "a.md", "-f", "json", "-o", "-")
    assert json.loads(dash.stdout)["summary"]["error"] == 1
    assert not Path("-").exists()


def test_output_file_of_validate_statistics_and_other_commands() -> None:
    """validate, --statistics, cites, rules and cite write to -o too."""
    write("a.md", BOLOGNA)
    assert invoke("validate", "-f", "sarif", "-o", "v.sarif").stdout == ""
    assert json.loads(Path("v.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert invoke("check", "a.md", "--statistics", "-o", "s.txt").stdout == ""
    assert Path("s.txt").read_text(encoding="utf-8") == "1  PC203  year-mismatch\n"
    for args, name in (
        (["cites", "a.md", "-f", "json"], "c.json"),
        (["rules", "-f", "json"], "r.json"),
        (["cite", "davidson2012peer", "-f", "json"], "k.json"),
    ):
        result = invoke(*args, "-o", name)
        assert result.exit_code == 0 and result.stdout == "", result.stderr
        assert json.loads(Path(name).read_text(encoding="utf-8"))["version"] == 1


def test_output_file_that_cannot_be_written_exits_2() -> None:
    write("a.md", BOLOGNA)
    Path("adir").mkdir()
    result = invoke("check", "a.md", "-o", "adir")
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


# --- a missing file ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["plain", "json", "sarif", "text"])
def test_missing_file_is_reported_once(fmt: str) -> None:
    """Named once in all the output, on stderr, not also as a finding; exit 2."""
    result = invoke("check", "missing.md", "-f", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "peerclaims: missing.md: no such file\n"


def test_missing_file_beside_others_in_a_subprocess(tmp_path: Path) -> None:
    """In a real process: the other file is checked, the missing one said once, exit 2."""
    write(tmp_path / "a.md", BOLOGNA)
    done = run("check", "missing.md", "a.md", cwd=tmp_path)
    assert done.returncode == 2
    assert (done.stdout + done.stderr).count("missing.md") == 1
    assert "a.md:1:" in done.stdout


def test_missing_file_for_cites() -> None:
    result = invoke("cites", "missing.md")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "peerclaims: missing.md: no such file\n"


# --- .gitignore and globs ------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git work tree: ignored folders, patterns, a negation and a nested .gitignore."""
    root = tmp_path / "proj"
    (root / ".git" / "info").mkdir(parents=True)
    (root / ".git" / "info" / "exclude").write_text("secret.md\n", encoding="utf-8")
    write(root / ".gitignore", "build/\n*.draft.md\n!keep.draft.md\n/top.md\n")
    for name in (
        "talk.md",
        "keep.draft.md",
        "x.draft.md",
        "top.md",
        "secret.md",
        "build/out.md",
        "docs/top.md",
        "docs/a.md",
        "docs/old/b.md",
        "docs/c.txt",
    ):
        write(root / name, BOLOGNA)
    write(root / "docs" / ".gitignore", "old/\n*.txt\n")
    return root


def test_directory_walk_respects_gitignore(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    assert sorted(checked(invoke("check", ".", "-f", "json"))) == [
        "docs/a.md",
        "docs/top.md",
        "keep.draft.md",
        "talk.md",
    ]


def test_no_respect_gitignore_checks_everything(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert sorted(checked(invoke("check", ".", "-f", "json", "--no-respect-gitignore"))) == [
        "build/out.md",
        "docs/a.md",
        "docs/c.txt",
        "docs/old/b.md",
        "docs/top.md",
        "keep.draft.md",
        "secret.md",
        "talk.md",
        "top.md",
        "x.draft.md",
    ]


def test_gitignore_of_the_work_tree_applies_to_a_subdirectory(repo: Path) -> None:
    """Walking docs/ alone still reads the root .gitignore and docs/.gitignore."""
    found = list(iter_document_paths([repo / "docs"], ignore=GitIgnore))
    assert sorted(p.relative_to(repo).as_posix() for p in found) == ["docs/a.md", "docs/top.md"]


def test_a_file_named_is_checked_even_if_ignored(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert checked(invoke("check", "build/out.md", "-f", "json")) == ["build/out.md"]


def test_gitignore_outside_a_work_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without .git, the .gitignore files of the directory given and below apply."""
    write(tmp_path / "d" / ".gitignore", "skip.md\n")
    write(tmp_path / "d" / "skip.md", BOLOGNA)
    write(tmp_path / "d" / "keep.md", BOLOGNA)
    assert checked(invoke("check", "d", "-f", "json")) == ["d/keep.md"]


def test_gitignore_predicate() -> None:
    """GitIgnore answers as git does for files and folders, negations included."""
    root = Path.cwd()
    (root / ".git").mkdir()
    write(root / ".gitignore", "*.log\n!keep.log\nout/\n")
    ignored = GitIgnore(root)
    assert ignored(root / "x.log", False) and not ignored(root / "keep.log", False)
    assert ignored(root / "out", True) and not ignored(root / "out", False)
    assert ignored(root / "sub" / "deep.log", False)
    assert not ignored(root / "talk.md", False)


def test_quoted_glob_is_expanded(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'**/*.md' spans folders, skips hidden and ignored entries, and keeps argument order."""
    monkeypatch.chdir(repo)
    assert sorted(checked(invoke("check", "**/*.md", "-f", "json"))) == [
        "docs/a.md",
        "docs/top.md",
        "keep.draft.md",
        "talk.md",
    ]
    assert checked(invoke("check", "docs/*.md", "-f", "json")) == ["docs/a.md", "docs/top.md"]
    assert sorted(checked(invoke("check", "docs/[at]*.md", "talk.md", "-f", "json"))) == [
        "docs/a.md",
        "docs/top.md",
        "talk.md",
    ]


def test_glob_matching_nothing_exits_2() -> None:
    write("a.md", BOLOGNA)
    result = invoke("check", "nowhere/**/*.md", "a.md", "-f", "json")
    assert result.exit_code == 2
    assert checked(result) == ["a.md"]
    assert result.stderr.splitlines()[0] == "peerclaims: nowhere/**/*.md: no document matches"


def test_shell_style_glob_in_a_subprocess(repo: Path) -> None:
    """A glob passed on unexpanded (as a CI step or a quoted argument does) works end to end."""
    done = run("check", "docs/**/*.md", "-f", "plain", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert sorted({line.split(":")[0] for line in done.stdout.splitlines()}) == [
        "docs/a.md",
        "docs/top.md",
    ]


# --- the GitHub Action ---------------------------------------------------------------------


ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def test_action_is_composite_installs_and_uploads_sarif() -> None:
    steps = ACTION["runs"]["steps"]
    assert ACTION["runs"]["using"] == "composite"
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    scripts = "\n".join(s.get("run", "") for s in steps)
    assert "pip install" in scripts
    assert "peerclaims check" in scripts and "--format sarif" in scripts
    assert all("shell" in s for s in steps if "run" in s)
    for step in steps:  # inputs reach scripts through env, never spliced into the script
        assert "${{" not in step.get("run", "").replace("${{ steps", "")


def test_action_inputs_are_all_used() -> None:
    text = (REPO / "action.yml").read_text(encoding="utf-8")
    for name in ACTION["inputs"]:
        assert f"inputs.{name}" in text, name


def test_action_check_step_writes_sarif_and_exit_code(tmp_path: Path) -> None:
    """The check step's script, run as the runner would: SARIF written, exit code output."""
    step = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "check")
    write(tmp_path / "slides" / "talk.md", BOLOGNA)
    bin_dir = tmp_path / "bin"
    write(bin_dir / "peerclaims", f'#!/bin/sh\nexec "{sys.executable}" -m peerclaims "$@"\n')
    (bin_dir / "peerclaims").chmod(0o755)
    output = tmp_path / "github_output"
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env['PATH']}",
        PYTHONPATH=str(SRC),
        GITHUB_OUTPUT=str(output),
        GITHUB_ACTIONS="true",
        PATHS="slides/**/*.md slides",
        ARGS="--fail-level warning",
        SARIF="peerclaims.sarif",
    )
    done = subprocess.run(
        ["bash", "-e", "-c", step["run"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert output.read_text(encoding="utf-8").splitlines() == ["exit-code=1", "written=true"]
    log = json.loads((tmp_path / "peerclaims.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["PC203"]
