"""docs/commands.md names every option of every command, and tells the archive limits as
the code sets them (`--max-archive-entries` was once left out)."""

from __future__ import annotations

import re

import pytest
import typer

from peerclaims.cli import app
from peerclaims.config import _ALIASES
from peerclaims.documents.archive import ENTRIES_PER_SLIDE, MAX_COUNTED_SLIDES, MAX_ENTRIES
from tests.helpers import REPO

COMMANDS = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")


def _options() -> list[tuple[str, str]]:
    root = typer.main.get_command(app)
    commands = getattr(root, "commands", {})
    return sorted(
        (name, option)
        for name, command in commands.items()
        for param in command.params
        for option in param.opts
        if option.startswith("--")
    )


@pytest.mark.parametrize(("command", "option"), _options())
def test_every_long_option_is_in_commands_md(command: str, option: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", COMMANDS), f"{command} {option}"


def test_the_archive_limits_are_told_as_the_code_sets_them() -> None:
    paragraph = COMMANDS.split("**Big Office files.**", 1)[1].split("\n\n", 1)[0]
    flat = " ".join(paragraph.split())
    assert f"{MAX_ENTRIES:,} entries plus {ENTRIES_PER_SLIDE} for each slide" in flat
    assert f"slides beyond {MAX_COUNTED_SLIDES:,} earn no more" in flat
    assert "`--max-archive-entries N`" in flat
    assert _ALIASES["max-archive-entries"] == "max_archive_entries"
    assert "the key is `max-archive-entries`" in flat
