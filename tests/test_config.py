"""Configuration files: discovery, validation messages, fail level and rule severities."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from peerclaims.config import Config, find_config, load_config
from peerclaims.diagnostics import FailLevel, Severity
from peerclaims.errors import ConfigError


def write(path: Path, text: str) -> Path:
    """Write `text` to `path`, creating parent directories, and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- discovery -----------------------------------------------------------------------------


def test_find_config_none(tmp_path: Path) -> None:
    """Without any configuration file up the tree, discovery finds nothing."""
    assert find_config(tmp_path) is None


def test_find_config_peerclaims_toml_in_parent(tmp_path: Path) -> None:
    """A peerclaims.toml in a parent directory is found from a subdirectory."""
    config = write(tmp_path / "peerclaims.toml", "")
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert find_config(tmp_path / "a" / "b") == config.resolve()


def test_find_config_pyproject_with_table(tmp_path: Path) -> None:
    """A pyproject.toml counts only when it has a [tool.peerclaims] table."""
    config = write(tmp_path / "pyproject.toml", '[tool.peerclaims]\nfail-level = "info"\n')
    assert find_config(tmp_path) == config.resolve()


def test_find_config_skips_pyproject_without_table(tmp_path: Path) -> None:
    """A pyproject.toml without [tool.peerclaims] is passed over for a config further up."""
    config = write(tmp_path / "peerclaims.toml", "")
    write(tmp_path / "sub" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config(tmp_path / "sub") == config.resolve()


def test_find_config_skips_malformed_pyproject(tmp_path: Path) -> None:
    """A pyproject.toml that is not valid TOML and never names peerclaims does not stop discovery."""
    config = write(tmp_path / "peerclaims.toml", "")
    write(tmp_path / "sub" / "pyproject.toml", "[tool.ruff\n")
    assert find_config(tmp_path / "sub") == config.resolve()


def test_broken_peerclaims_table_is_found_and_refused(tmp_path: Path) -> None:
    """A malformed pyproject.toml that names [tool.peerclaims] is the config, and an error."""
    pyproject = write(tmp_path / "pyproject.toml", "[tool.peerclaims\n")
    assert find_config(tmp_path) == pyproject.resolve()
    with pytest.raises(ConfigError, match=r"invalid config: .*pyproject\.toml"):
        load_config(pyproject)


def test_find_config_nearest_wins(tmp_path: Path) -> None:
    """A peerclaims.toml below beats a pyproject.toml with [tool.peerclaims] above."""
    write(tmp_path / "pyproject.toml", "[tool.peerclaims]\n")
    near = write(tmp_path / "sub" / "peerclaims.toml", "")
    assert find_config(tmp_path / "sub") == near.resolve()


def test_find_config_peerclaims_toml_beats_pyproject_in_same_dir(tmp_path: Path) -> None:
    """In one directory, peerclaims.toml is preferred to pyproject.toml."""
    write(tmp_path / "pyproject.toml", "[tool.peerclaims]\n")
    own = write(tmp_path / "peerclaims.toml", "")
    assert find_config(tmp_path) == own.resolve()


def test_load_config_discovers_from_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """load_config() without a path reads the configuration found from the working directory."""
    config = write(tmp_path / "peerclaims.toml", 'fail-level = "warning"\n')
    monkeypatch.chdir(tmp_path)
    loaded = load_config()
    assert loaded.fail_level is FailLevel.WARNING
    assert loaded.source == config.resolve()


def test_load_config_without_discovery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`discover=False` ignores configuration files and returns the defaults."""
    write(tmp_path / "peerclaims.toml", 'fail-level = "warning"\n')
    monkeypatch.chdir(tmp_path)
    assert load_config(discover=False) == Config()


def test_explicit_pyproject_without_table_is_default(tmp_path: Path) -> None:
    """An explicit pyproject.toml without [tool.peerclaims] gives the default settings."""
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    loaded = load_config(path)
    assert replace(loaded, source=None) == Config()


# --- paths ---------------------------------------------------------------------------------


def test_relative_paths_resolve_against_config_dir(tmp_path: Path) -> None:
    """Relative claims/references paths are joined to the configuration file's directory."""
    path = write(
        tmp_path / "conf" / "peerclaims.toml",
        'claims = "data/claims.yaml"\nreferences = "../refs.bib"\n',
    )
    loaded = load_config(path)
    assert loaded.claims == tmp_path / "conf" / "data" / "claims.yaml"
    assert loaded.references == tmp_path / "conf" / ".." / "refs.bib"


def test_absolute_paths_kept(tmp_path: Path) -> None:
    """Absolute claims/references paths are used as they are."""
    target = tmp_path / "elsewhere" / "claims.yaml"
    path = write(tmp_path / "conf" / "peerclaims.toml", f'claims = "{target}"\n')
    assert load_config(path).claims == target


def test_pyproject_table_paths(tmp_path: Path) -> None:
    """Paths in [tool.peerclaims] are relative to the pyproject.toml's directory."""
    path = write(tmp_path / "pyproject.toml", '[tool.peerclaims]\nclaims = "c.yaml"\n')
    assert load_config(path).claims == tmp_path / "c.yaml"


# --- errors --------------------------------------------------------------------------------


def test_unknown_key_message(tmp_path: Path) -> None:
    """An unknown key is an error that names the file and the key."""
    path = write(tmp_path / "peerclaims.toml", 'fail_levle = "warning"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"invalid config: {path}: unknown key 'fail_levle'"


def test_unknown_key_in_pyproject_table(tmp_path: Path) -> None:
    """An unknown key inside [tool.peerclaims] is reported the same way."""
    path = write(tmp_path / "pyproject.toml", '[tool.peerclaims]\nformat = "json"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"invalid config: {path}: unknown key 'format'"


def test_internal_source_key_refused(tmp_path: Path) -> None:
    """`source`, an internal field, is refused as an unknown key rather than silently dropped."""
    path = write(tmp_path / "peerclaims.toml", 'source = "other.toml"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"invalid config: {path}: unknown key 'source'"


def test_tool_peerclaims_not_a_table(tmp_path: Path) -> None:
    """`[tool] peerclaims = 3` is a configuration error, not a crash."""
    path = write(tmp_path / "pyproject.toml", "[tool]\npeerclaims = 3\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"invalid config: {path}: [tool.peerclaims] must be a table"


def test_malformed_toml_message(tmp_path: Path) -> None:
    """Malformed TOML is a ConfigError carrying the parser's position."""
    path = write(tmp_path / "peerclaims.toml", 'select = ["PC104"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (f"invalid config: {path}: Unclosed array (at end of document)")


def test_missing_explicit_config(tmp_path: Path) -> None:
    """An explicit configuration path that does not exist is an error naming it."""
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"invalid config: {path}: no such file"


def test_wrong_type_message(tmp_path: Path) -> None:
    """A value of the wrong type names the key and what was expected."""
    path = write(tmp_path / "peerclaims.toml", "ignore = 3\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert (
        str(info.value)
        == f'invalid config: {path}: \'ignore\': expected a list of strings, like ["a", "b"]'
    )


def test_bad_rule_level_message(tmp_path: Path) -> None:
    """A rule level outside error/warning/info/off names the rule and the allowed levels."""
    path = write(tmp_path / "peerclaims.toml", '[rules]\nunused-reference = "fatal"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (
        f"invalid config: {path}: 'rules.unused-reference': "
        "Input should be 'error', 'warning', 'info' or 'off'"
    )


# --- fail level and severities -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", FailLevel.ERROR),
        ('fail-level = "error"\n', FailLevel.ERROR),
        ('fail-level = "warning"\n', FailLevel.WARNING),
        ('fail-level = "info"\n', FailLevel.INFO),
        ('fail-level = "none"\n', FailLevel.NONE),
    ],
)
def test_fail_level_parsing(tmp_path: Path, text: str, expected: FailLevel) -> None:
    """`fail-level` takes error, warning, info or none, and defaults to error."""
    path = write(tmp_path / "peerclaims.toml", text)
    assert load_config(path).fail_level is expected


def test_fail_level_invalid(tmp_path: Path) -> None:
    """An unknown fail level names the key and lists the four allowed values."""
    path = write(tmp_path / "peerclaims.toml", 'fail-level = "warn"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (
        f"invalid config: {path}: 'fail-level': Input should be 'error', 'warning', 'info' or 'none'"
    )


def test_severities_maps_off_to_none(tmp_path: Path) -> None:
    """severities() turns levels into Severity members and `off` into None."""
    path = write(
        tmp_path / "peerclaims.toml",
        '[rules]\nsingle-study-claim = "off"\nunused-reference = "error"\n'
        'PC107 = "info"\nduplicate-work = "warning"\n',
    )
    assert load_config(path).severities() == {
        "single-study-claim": None,
        "unused-reference": Severity.ERROR,
        "PC107": Severity.INFO,
        "duplicate-work": Severity.WARNING,
    }


def test_severities_empty_by_default() -> None:
    """With no [rules] table there are no overrides."""
    assert Config().severities() == {}


def test_select_and_ignore_lists(tmp_path: Path) -> None:
    """select and ignore are read as tuples of rule ids or names."""
    path = write(
        tmp_path / "peerclaims.toml",
        'select = ["PC104", "unknown-reference"]\nignore = ["PC109"]\n',
    )
    loaded = load_config(path)
    assert loaded.select == ("PC104", "unknown-reference")
    assert loaded.ignore == ("PC109",)


def test_config_is_frozen() -> None:
    """A loaded Config cannot be changed in place."""
    with pytest.raises(FrozenInstanceError):
        Config().fail_level = FailLevel.NONE  # type: ignore[misc]


def test_extend_select_adds_to_the_default_rules(tmp_path: Path) -> None:
    """extend-select (file) and --extend-select (command line) add rules, off-by-default
    ones included, to whatever runs otherwise, as ruff's; an unknown name is an error."""
    from peerclaims.rules import get

    path = write(tmp_path / "peerclaims.toml", 'extend-select = ["unused-suppression"]\n')
    loaded = load_config(path)
    assert loaded.extend_select == ("unused-suppression",)
    settings = loaded.rule_settings()
    assert settings.severity_of(get("unused-suppression")) == Severity.WARNING
    assert settings.severity_of(get("uncited-claim")) == Severity.WARNING  # defaults stay
    # with --select, the extension joins the selection
    narrowed = loaded.rule_settings(select=["year-mismatch"], extend=["PC204"])
    assert narrowed.severity_of(get("et-al-misuse")) == Severity.WARNING
    assert narrowed.severity_of(get("unused-suppression")) == Severity.WARNING
    assert narrowed.severity_of(get("uncited-claim")) is None
    # --ignore still wins, as it does over --select
    assert (
        Config()
        .rule_settings(extend=["PC216"], ignore=["PC216"])
        .severity_of(get("unused-suppression"))
        is None
    )
    bad = write(tmp_path / "bad.toml", 'extend-select = ["nosuch"]\n')
    with pytest.raises(ConfigError, match="unknown rule 'nosuch'"):
        load_config(bad)
