"""Configuration: `peerclaims.toml` or `[tool.peerclaims]` in `pyproject.toml`; nearest wins.

Discovery walks up from the working directory and stops at the first directory holding
either file (a `pyproject.toml` without a `[tool.peerclaims]` table does not count).
Paths in a configuration file are relative to that file. Unknown keys are errors.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from peerclaims.diagnostics import FailLevel, Severity
from peerclaims.errors import ConfigError, InputError

if TYPE_CHECKING:
    from peerclaims.rules import RuleSettings

Level = Literal["error", "warning", "info", "off"]

# Settings are plain frozen dataclasses; pydantic validates a configuration file's table
# against them (`__pydantic_config__` forbids unknown keys) and is imported only when a
# file is read, so commands run without one start faster.
_STRICT = {"extra": "forbid"}
_ALIASES = {
    "fail-level": "fail_level",
    "extend-select": "extend_select",
    "extra-claims": "extra_claims",
    "extra-references": "extra_references",
    "max-archive-entries": "max_archive_entries",
}


@dataclass(frozen=True)
class Override:
    """Rule settings for the documents whose paths match one of `paths` (fnmatch globs)."""

    __pydantic_config__ = _STRICT

    paths: tuple[str, ...]
    ignore: tuple[str, ...] = ()
    rules: dict[str, Level] = field(default_factory=dict)

    def matches(self, path: str) -> bool:
        """Whether a document path (as given, or its name) matches one of the globs."""
        posix = path.replace("\\", "/")
        return any(
            fnmatch.fnmatch(posix, g)
            or fnmatch.fnmatch(posix.rsplit("/", 1)[-1], g)
            or fnmatch.fnmatch(posix, f"*/{g}")
            for g in self.paths
        )


@dataclass(frozen=True)
class Config:
    """Settings shared by every command; command-line options override them."""

    __pydantic_config__ = _STRICT

    claims: Path | None = None
    references: Path | None = None
    extends: bool = False  # `claims` / `references` are layered on the bundled corpus
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: FailLevel = FailLevel.ERROR
    rules: dict[str, Level] = field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extra_claims: tuple[Path, ...] = ()
    extra_references: tuple[Path, ...] = ()
    overrides: tuple[Override, ...] = ()
    max_archive_entries: int | None = None  # `check --max-archive-entries`: entries besides slides'
    source: Path | None = None

    def severities(self) -> dict[str, Severity | None]:
        """Per-rule severity overrides; None switches a rule off."""
        return {
            name: None if level == "off" else Severity(level) for name, level in self.rules.items()
        }

    def rule_settings(
        self,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        path: str | None = None,
        extend: Iterable[str] | None = None,
    ) -> RuleSettings:
        """The rules a run uses: command-line `select` (replacing the file's), `ignore` and
        `extend` (`--extend-select`, both added to the file's), comma lists allowed, then
        for `path` every override matching it.

        Raises ConfigError for a rule name or id that does not exist.
        """
        from peerclaims.rules import settings_for

        selected = split_names(select) if select is not None else self.select
        ignored = [*split_names(ignore or ()), *self.ignore]
        severities = self.severities()
        for override in (o for o in self.overrides if path is not None and o.matches(path)):
            severities.update(
                {k: None if v == "off" else Severity(v) for k, v in override.rules.items()}
            )
            ignored.extend(override.ignore)
        extended = [*split_names(extend or ()), *self.extend_select]
        return settings_for(selected, ignored, severities, extended)

    def settings_by_path(
        self,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        extend: Iterable[str] | None = None,
    ) -> Callable[[str], RuleSettings] | None:
        """Per-document rule settings for `check_paths`, or None when no override exists."""
        if not self.overrides:
            return None
        base = self.rule_settings(select, ignore, extend=extend)

        def settings_for(path: str) -> RuleSettings:
            if not any(o.matches(path) for o in self.overrides):
                return base
            return self.rule_settings(select, ignore, path, extend)

        return settings_for


def split_names(values: Iterable[str]) -> list[str]:
    """Rule names from repeated and comma-separated options: ["a,b", "c"] → ["a", "b", "c"]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def find_config(start: Path | None = None) -> Path | None:
    """The nearest peerclaims.toml, or pyproject.toml with a [tool.peerclaims] table.

    A pyproject.toml that cannot be read or parsed and does not name [tool.peerclaims]
    belongs to someone else: it does not count, and the walk goes on.
    """
    try:
        here = (start or Path.cwd()).resolve()
    except FileNotFoundError:  # the working directory was deleted under us
        raise ConfigError("invalid config: the current directory no longer exists") from None
    for folder in (here, *here.parents):
        own = folder / "peerclaims.toml"
        if _is_file(own):
            return own
        pyproject = folder / "pyproject.toml"
        if _is_file(pyproject) and _mentions_us(pyproject):
            return pyproject
    return None


def load_config(path: Path | None = None, *, discover: bool = True) -> Config:
    """Read a configuration file (the nearest one unless `path` is given) into a Config.

    Raises ConfigError naming the file when it cannot be read (missing, a directory, a
    device or pipe, over MAX_CONFIG_BYTES, not UTF-8) or parsed, or holds invalid settings.
    """
    path = path or (find_config() if discover else None)
    if path is None:
        return Config()
    table = _table(path)
    if path.name == "pyproject.toml":
        table = table.get("peerclaims", {})
        if not isinstance(table, dict):
            raise ConfigError(f"invalid config: {path}: [tool.peerclaims] must be a table")
    return _build(table, path)


MAX_CONFIG_BYTES = 1_000_000  # a configuration is a few lines; a pyproject.toml a few KB


def _is_file(path: Path) -> bool:
    """A regular file (False, not an error, when it cannot even be looked at)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _mentions_us(pyproject: Path) -> bool:
    """A pyproject.toml with a [tool.peerclaims] table (a broken one that names it counts)."""
    from peerclaims.fileio import decode_text, read_bytes

    try:
        data = read_bytes(pyproject, MAX_CONFIG_BYTES)
        if b"tool.peerclaims" in data:
            return True
        text = decode_text(data, str(pyproject))
    except InputError:
        return False
    return "peerclaims" in _table(pyproject, text, quiet=True)


def _read(path: Path) -> str:
    """The text of a configuration file, read strictly (see `load_config`)."""
    from peerclaims.fileio import read_text

    try:
        return read_text(path, MAX_CONFIG_BYTES)
    except InputError as exc:
        raise ConfigError(f"invalid config: {exc}") from None


def _table(path: Path, text: str | None = None, *, quiet: bool = False) -> dict[str, Any]:
    """The file's top-level table ([tool] of a pyproject.toml); {} when `quiet` and broken."""
    try:
        data = _parse(path, _read(path) if text is None else text)
    except ConfigError:
        if quiet:
            return {}
        raise
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool if isinstance(tool, dict) else {}
    return data


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid config: {path}: {exc}") from None
    except RecursionError:  # tomllib recurses once per level of `[[[...]]]` or `{a={b=...}}`
        raise ConfigError(f"invalid config: {path}: arrays or tables nested too deeply") from None


def _build(table: dict[str, Any], path: Path) -> Config:
    from pydantic import TypeAdapter, ValidationError

    if "source" in table:  # an internal field, not a setting: refuse it like any unknown key
        raise ConfigError(f"invalid config: {path}: unknown key 'source'")
    renamed = {_ALIASES.get(key, key): value for key, value in table.items()}
    try:
        config = TypeAdapter(Config).validate_python({**renamed, "source": path})
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors(include_url=False))
        raise ConfigError(f"invalid config: {path}: {problems}") from None
    _check_rule_names(config, path)
    base = path.parent
    return replace(
        config,
        claims=base / config.claims if config.claims else None,
        references=base / config.references if config.references else None,
        extra_claims=tuple(base / p for p in config.extra_claims),
        extra_references=tuple(base / p for p in config.extra_references),
    )


def _check_rule_names(config: Config, path: Path) -> None:
    """Unknown rule names in the file are errors that name the file."""
    from peerclaims.rules import unknown_rule_names

    named = [*(config.select or ()), *config.extend_select, *config.ignore, *config.rules]
    for override in config.overrides:
        named += [*override.ignore, *override.rules]
    unknown = unknown_rule_names(named)
    if unknown:
        raise ConfigError(
            f"invalid config: {path}: unknown rule {', '.join(map(repr, unknown))} "
            "(see 'peerclaims rules')"
        )


_EXPECTED = {  # pydantic's wording for a Python type, said the way TOML says it
    "tuple_type": 'expected a list of strings, like ["a", "b"]',
    "list_type": 'expected a list, like ["a", "b"]',
    "dict_type": 'expected a table, like { rule-name = "warning" }',
    "path_type": "expected a path in quotes",
    "string_type": "expected a string in quotes",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "missing": "required",
}


def _problem(error: Any) -> str:
    where = ".".join(_key_name(str(p)) for p in error["loc"])
    if error["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unknown key '{where}'"
    return f"'{where}': {_EXPECTED.get(error['type'], error['msg'])}"


def _key_name(part: str) -> str:
    """A field name as the user writes it in the file ("fail_level" → "fail-level")."""
    return next((alias for alias, name in _ALIASES.items() if name == part), part)
