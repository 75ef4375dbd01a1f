"""`check` and `validate` report ignore comments: unknown rule names always (PC215), unused
comments when selected or switched on in the configuration (PC216)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from peerclaims.cli import app
from tests.helpers import write_corpus

STATES = "48 states and DC reimburse peer support services."
CITED = "Peer support offers acceptance and validation (Mead & McNeil, 2006)."


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("PEERCLAIMS_CACHE_DIR", str(tmp_path / "cache"))


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_check_reports_an_unknown_rule_with_did_you_mean() -> None:
    Path("talk.md").write_text(f"{STATES} <!-- peerclaims: ignore[uncited-clam] -->\n")
    result = invoke("check", "talk.md", "--format", "plain")
    assert result.stdout.splitlines() == [
        "talk.md:1:1: warning '48 states and DC reimburse peer support services.' states a "
        "finding without a citation [uncited-claim]",
        "talk.md:1:56: warning no rule 'uncited-clam'; did you mean 'uncited-claim'? "
        "[unknown-suppression]",
    ]
    assert result.exit_code == 0


def test_check_reports_unused_comments_when_the_configuration_asks(tmp_path: Path) -> None:
    Path("talk.md").write_text(f"{CITED} <!-- peerclaims: ignore[uncited-claim] -->\n")
    assert invoke("check", "talk.md", "--format", "plain").stdout == ""
    Path("peerclaims.toml").write_text('[rules]\nunused-suppression = "warning"\n')
    result = invoke("check", "talk.md", "--format", "plain")
    assert result.stdout == (
        "talk.md:1:75: warning unused ignore comment: no 'uncited-claim' finding here to "
        "silence; remove it [unused-suppression]\n"
    )
    statistics = invoke("check", "talk.md", "--statistics", "--select", "PC209,PC216")
    assert statistics.stdout.split() == ["1", "PC216", "unused-suppression"]


def test_validate_reports_comments_in_the_corpus_files(tmp_path: Path) -> None:
    claims = (
        "version: 1\nclaims:\n  - id: peer-hope  # peerclaims: ignore[schema]\n"
        "    statement: Peer support increases hope.\n    population: mental-health\n"
        "    outcome: hope\n    direction: increase\n    evidence:\n"
        "      - ref: smith2020hope  # peerclaims: ignore[unknwn-reference]\n"
    )
    bib = "@article{smith2020hope,\n  author = {Smith, Jane},\n  title = {Hope},\n"
    bib += "  journal = {Journal of Hope},\n  year = {2020},\n}\n"
    write_corpus(tmp_path, claims, bib)
    files = ["--claims", "claims.yaml", "--references", "references.bib"]
    result = invoke("validate", *files, "--format", "plain", "--select", "PC215,PC216,schema")
    assert result.stdout.splitlines() == [
        "claims.yaml:3:20: warning unused ignore comment: no 'schema' finding here to "
        "silence; remove it [unused-suppression]",
        "claims.yaml:9:29: warning no rule 'unknwn-reference'; did you mean "
        "'unknown-reference'? [unknown-suppression]",
    ]
