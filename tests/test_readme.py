"""The README's first screen shows real output, and its commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from peerclaims.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def shown_output() -> str:
    """The output block under the check-output marker."""
    match = re.search(r"<!-- check-output:.*?-->\n```\n(.*?)```", README, re.DOTALL)
    assert match, "README lost its check-output block"
    return match.group(1)


def test_readme_shows_current_check_output(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The output shown under the first command is what `peerclaims check` prints today."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", "examples/talk.md", "-f", "text"])
    assert result.exit_code == 1
    assert result.stdout + result.stderr == shown_output()


def commands() -> list[str]:
    """The shell commands of the README's first screen, in order."""
    return re.findall(r"```sh\n(.*?)\n```", README.split("## What it does")[0])


def test_first_screen_has_the_two_commands() -> None:
    """One command installs and checks the example talk; one installs the test extra and tests."""
    first, second = commands()
    assert first.endswith("pip install . && peerclaims check examples/talk.md")
    assert second.endswith('pip install ".[test]" && python -m pytest')


def test_ci_installs_as_the_readme_says() -> None:
    """.ci/run installs the test extra and runs pytest exactly as the README's second command."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install ".[test]"' in ci
    assert "python -m pytest" in ci
