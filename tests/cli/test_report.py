"""`peerclaims report` and `peerclaims cite`: formats, --output, exit codes and suggestions."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from peerclaims import fileio
from peerclaims.cli import app
from peerclaims.errors import InputError
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "report"
CORPUS = ["--claims", str(FIXTURE / "claims.yaml"), "--references", str(FIXTURE / "references.bib")]
GOLDEN_NAMES = {
    "text": "evidence-map.txt",
    "markdown": "evidence-map.md",
    "csv": "evidence-map.csv",
    "json": "evidence-map.json",
    "html": "evidence-map.html",
}
Golden = Callable[[str, str], None]
ALL_KEYS = [
    "sledge2011effectiveness",
    "davidson2012peer",
    "mead2006peer",
    "nasmhpd2006peer",
    "white2006lets",
    "white2006sponsor",
    "meadnd",
    "peerworks2020hub",
]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in an empty directory, outside GitHub Actions."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def invoke(*args: str) -> Result:
    """Invoke the app in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(app, list(args))


def raw_stdout(result: Result) -> str:
    """Stdout exactly as written (click's `Result.stdout` turns CRLF into LF)."""
    return result.stdout_bytes.decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(GOLDEN_NAMES))
def test_report_formats_on_stdout(fmt: str, golden: Golden) -> None:
    """Each format exits 0 and prints what the renderer's golden file holds."""
    result = invoke("report", *CORPUS, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    golden(f"report/{GOLDEN_NAMES[fmt]}", raw_stdout(result))
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["html", "csv", "text"])
def test_report_output_file_is_written_atomically(fmt: str, tmp_path: Path) -> None:
    """--output writes exactly the stdout text, via a temporary file that is gone afterwards."""
    target = tmp_path / "out" / f"report.{fmt}"
    target.parent.mkdir()
    result = invoke("report", *CORPUS, "--format", fmt, "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    expected = raw_stdout(invoke("report", *CORPUS, "--format", fmt))
    assert target.read_bytes().decode("utf-8") == expected
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_report_output_replaces_a_file_and_keeps_its_mode(tmp_path: Path) -> None:
    """An existing file is replaced whole and keeps its permissions."""
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    result = invoke("report", *CORPUS, "-f", "json", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_report_output_into_a_missing_directory_exits_2(tmp_path: Path) -> None:
    """A folder that does not exist is a usage error, with a message."""
    result = invoke("report", *CORPUS, "-o", str(tmp_path / "missing" / "r.html"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the final rename fails, the temporary file is removed and the target untouched."""
    target = tmp_path / "r.txt"
    target.write_text("keep", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(InputError, match="No space left"):
        fileio.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "keep"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


@pytest.mark.parametrize("args", [["--format", "pdf"], ["--claims", "nowhere.yaml"]])
def test_report_usage_errors_exit_2(args: list[str]) -> None:
    """An unknown format or an unreadable corpus file exits 2."""
    assert invoke("report", *args).exit_code == 2


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_cite_golden(fmt: str, golden: Golden) -> None:
    """`cite` in each format, for every fixture work, matches its golden file."""
    result = invoke("cite", *ALL_KEYS, *CORPUS, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    suffix = {"text": "txt", "json": "json", "markdown": "md"}[fmt]
    golden(f"report/cite.{suffix}", raw_stdout(result))


def test_cite_text_for_one_work() -> None:
    """Both in-text forms and the reference entry, plain when piped."""
    result = invoke("cite", "mead2006peer", *CORPUS)
    assert result.exit_code == 0
    assert result.stdout == (
        "mead2006peer\n"
        "  parenthetical: (Mead & McNeil, 2006)\n"
        "  narrative:     Mead and McNeil (2006)\n"
        "  reference:     Mead, S., & McNeil, C. (2006). Peer support: What makes it unique. "
        "International Journal of Psychosocial Rehabilitation, 10(2), 29–37.\n"
    )


def test_cite_claim_gives_all_its_works() -> None:
    """--claim cites every work of the claim, in reference-list order, keys case-insensitive."""
    result = invoke(
        "cite", "--claim", "recovery-mentor-fewer-admissions", "MEAD2006PEER", *CORPUS, "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    works = json.loads(result.stdout)["works"]
    assert [w["key"] for w in works] == [
        "davidson2012peer",
        "mead2006peer",
        "sledge2011effectiveness",
    ]
    assert works[0]["reference_segments"][1] == {"text": "World Psychiatry, 11", "italic": True}


def test_cite_bundled_work_markdown() -> None:
    """On the bundled corpus, markdown shows the journal and volume in italics."""
    result = invoke("cite", "davidson2012peer", "--format", "markdown")
    assert result.exit_code == 0
    assert (
        "Davidson, L., Bellamy, C., Guy, K., & Miller, R. (2012). Peer support among persons "
        "with severe mental illnesses: a review of evidence and experience. "
        "*World Psychiatry, 11*(2), 123–128."
    ) in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mead2006per"], "no work 'mead2006per' in the corpus; did you mean 'mead2006peer'?"),
        (
            ["--claim", "increased-hop"],
            "no claim 'increased-hop' in the corpus; did you mean 'increased-hope'?",
        ),
        (["zzzzzzzz"], "no work 'zzzzzzzz' in the corpus\n"),
    ],
)
def test_cite_unknown_names_exit_2_with_suggestions(args: list[str], message: str) -> None:
    """An unknown key or claim id exits 2 and names the closest ones."""
    result = invoke("cite", *args, *CORPUS)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize(
    "args", [[], ["mead2006peer", "--style", "mla"], ["mead2006peer", "--format", "html"]]
)
def test_cite_usage_errors_exit_2(args: list[str]) -> None:
    """No key or claim, an unknown style or an unknown format exits 2."""
    assert invoke("cite", *args, *CORPUS).exit_code == 2


def test_cite_claim_without_evidence_says_so() -> None:
    """A claim with no works prints nothing on stdout and a note on stderr."""
    result = invoke("cite", "--claim", "peer-support-saves-money", *CORPUS)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "lists no works" in result.stderr


def test_help_lists_the_commands() -> None:
    """`report` and `cite` are registered on the app."""
    result = invoke("--help")
    assert "report" in result.stdout and "cite" in result.stdout


def test_report_text_counts_id_lists_and_verbose_lists_them(tmp_path: Path) -> None:
    """Text shows how many claims each summary list holds; --verbose (-v) writes them out,
    on stdout and in --output files alike; other formats are unchanged by it."""
    short = invoke("report", *CORPUS, "--format", "text")
    assert "Claims resting on a single work: 3\n" in short.stdout
    assert "peerclaims report --verbose lists them." in short.stdout
    for flag in ("--verbose", "-v"):
        full = invoke("report", *CORPUS, "--format", "text", flag)
        assert full.exit_code == 0, full.stderr
        assert (
            "Claims resting on a single work (3):\n  increased-hope, peer-workforce-growing, "
            "intentional-peer-support-tasks\n"
        ) in full.stdout
    target = tmp_path / "map.txt"
    assert invoke("report", *CORPUS, "-v", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == invoke("report", *CORPUS, "-v").stdout
    assert (
        invoke("report", *CORPUS, "-f", "json", "-v").stdout
        == invoke("report", *CORPUS, "-f", "json").stdout
    )


def test_report_on_an_80_column_terminal_keeps_every_column() -> None:
    """Styled, at the terminal's 80 columns: every header is there, no line is wider, no
    cell is cut short."""
    result = CliRunner(env={"FORCE_COLOR": "1", "COLUMNS": "80", "NO_COLOR": None}).invoke(
        app, ["report", *CORPUS]
    )
    assert result.exit_code == 0, result.stderr
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "\x1b[" in result.stdout  # styled
    assert max(len(line) for line in plain.splitlines()) <= 80
    assert "…" not in plain
    for header in ("Claim", "Grade", "Works", "App.", "Docs", "Unc.", "Rank", "Design"):
        assert re.search(rf"(^|  ){re.escape(header)}(  |$)", plain, re.M), header
