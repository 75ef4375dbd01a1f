"""Tests keep the docs honest: rules, commands and README stay in step with the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.render import rules as rules_doc
from peerclaims.rules import Rule, all_rules

ROOT = Path(__file__).resolve().parents[1]
RULE_IDS = [r.id for r in all_rules()]


def test_rules_md_is_generated_from_the_code() -> None:
    """docs/rules.md is exactly `peerclaims rules --format markdown` (regenerate it if not)."""
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_doc.markdown()


@pytest.mark.parametrize("rule", all_rules(), ids=RULE_IDS)
def test_rule_has_fail_and_pass_examples(rule: Rule) -> None:
    """Every rule documents a failing and a passing example in its docstring."""
    assert rule.summary
    assert "FAIL" in rule.doc and "PASS" in rule.doc


def test_rule_ids_and_names_are_unique_and_stable_in_form() -> None:
    """Ids are PC + three digits, names kebab-case, both unique."""
    rules = all_rules()
    assert len({r.id for r in rules}) == len(rules) == len({r.name for r in rules})
    for rule in rules:
        assert rule.id[:2] == "PC" and rule.id[2:].isdigit() and len(rule.id) == 5
        assert rule.name == rule.name.lower() and " " not in rule.name and "_" not in rule.name


def commands() -> list[str]:
    """The names of every registered command."""
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help(name: str) -> None:
    """`peerclaims NAME --help` works and says something."""
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout and len(result.stdout) > 200


@pytest.mark.parametrize("name", commands())
def test_every_command_is_in_the_readme(name: str) -> None:
    """The README's command table names every command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`peerclaims {name}" in readme
