"""Configuration: `peerclaims.toml` or `[tool.peerclaims]` in `pyproject.toml`; nearest wins.

Discovery walks up from the working directory and stops at the first directory holding
either file (a `pyproject.toml` without a `[tool.peerclaims]` table does not count).
Paths in a configuration file are relative to that file. Unknown keys are errors.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from peerclaims.diagnostics import FailLevel, Severity
from peerclaims.errors import ConfigError

Level = Literal["error", "warning", "info", "off"]


class Override(BaseModel):
    """Rule settings for the documents whose paths match one of `paths` (fnmatch globs)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    paths: tuple[str, ...]
    ignore: tuple[str, ...] = ()
    rules: dict[str, Level] = Field(default_factory=dict)

    def matches(self, path: str) -> bool:
        """Whether a document path (as given, or its name) matches one of the globs."""
        posix = path.replace("\\", "/")
        return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(posix.rsplit("/", 1)[-1], g)
                   or fnmatch.fnmatch(posix, f"*/{g}") for g in self.paths)


class Config(BaseModel):
    """Settings shared by every command; command-line options override them."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    claims: Path | None = None
    references: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_level: FailLevel = Field(default=FailLevel.ERROR, alias="fail-level")
    rules: dict[str, Level] = Field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extra_claims: tuple[Path, ...] = Field(default=(), alias="extra-claims")
    extra_references: tuple[Path, ...] = Field(default=(), alias="extra-references")
    overrides: tuple[Override, ...] = ()
    source: Path | None = Field(default=None, exclude=True)

    def severities(self) -> dict[str, Severity | None]:
        """Per-rule severity overrides; None switches a rule off."""
        return {name: None if level == "off" else Severity(level) for name, level in self.rules.items()}


def find_config(start: Path | None = None) -> Path | None:
    """The nearest peerclaims.toml, or pyproject.toml with a [tool.peerclaims] table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / "peerclaims.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "peerclaims" in _table(pyproject, quiet=True):
            return pyproject
    return None


def load_config(path: Path | None = None, *, discover: bool = True) -> Config:
    """Read a configuration file (the nearest one unless `path` is given) into a Config."""
    path = path or (find_config() if discover else None)
    if path is None:
        return Config()
    table = _table(path)
    if path.name == "pyproject.toml":
        table = table.get("peerclaims", {})
        if not isinstance(table, dict):
            raise ConfigError(f"invalid config: {path}: [tool.peerclaims] must be a table")
    return _build(table, path)


def _table(path: Path, *, quiet: bool = False) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"invalid config: {path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        if quiet:
            return {}
        raise ConfigError(f"invalid config: {path}: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool if isinstance(tool, dict) else {}
    return data


def _build(table: dict[str, Any], path: Path) -> Config:
    if "source" in table:  # an internal field, not a setting: refuse it like any unknown key
        raise ConfigError(f"invalid config: {path}: unknown key 'source'")
    try:
        config = Config.model_validate({**table, "source": path})
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in error["loc"])
        if error["type"] == "extra_forbidden":
            message = f"unknown key '{where}'"
        else:
            message = f"'{where}': {error['msg']}"
        raise ConfigError(f"invalid config: {path}: {message}") from None
    base = path.parent
    return config.model_copy(update={
        "claims": base / config.claims if config.claims else None,
        "references": base / config.references if config.references else None,
        "extra_claims": tuple(base / p for p in config.extra_claims),
        "extra_references": tuple(base / p for p in config.extra_references),
    })
