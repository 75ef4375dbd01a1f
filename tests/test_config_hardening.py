"""Configuration files that are hostile or someone else's: never a traceback, hang or flood.

Discovery reads every pyproject.toml on the way up from the working directory; one that
belongs to another tool and does not parse (nested past the parser's recursion, not UTF-8,
huge, not a file) simply does not count. A broken `peerclaims.toml`, a broken
`[tool.peerclaims]` table and a bad `--config` are exit 2 naming the file. `--config` reads
only a regular file, and at most MAX_CONFIG_BYTES of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.config import MAX_CONFIG_BYTES, find_config, load_config
from peerclaims.errors import ConfigError
from tests.helpers import SRC

DEEP_ARRAY = "x = " + "[" * 5000 + "]" * 5000 + "\n"
DEEP_TABLE = "x = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n"
NOT_OURS = {  # pyproject.toml files of other projects that do not parse
    "deep-array": DEEP_ARRAY.encode(),
    "deep-inline-table": DEEP_TABLE.encode(),
    "syntax": b"[project\nname = 'x'\n",
    "latin-1": "[project]\nname = 'caf\u00e9'\n".encode("latin-1"),
    "nul-bytes": b"[project]\x00\n",
    "huge": b"[project]\n" + b"# padding\n" * (MAX_CONFIG_BYTES // 10 + 1),
}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def cli(*args: str | Path) -> tuple[int, str]:
    """Invoke the app in-process: exit code and stderr, asserting there was no traceback."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stderr


def proc(
    *args: str | Path,
    cwd: Path,
    timeout: float = 30,
    preexec_fn: Callable[[], object] | None = None,
) -> tuple[int, str]:
    """Run `python -m peerclaims` in a subprocess (for what could hang or eat memory)."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env.update(PYTHONPATH=str(SRC), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "peerclaims", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        check=False,
        preexec_fn=preexec_fn,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err[-2000:]
    return done.returncode, err


# --------------------------------------------------------------------------- discovery


@pytest.mark.parametrize("content", list(NOT_OURS.values()), ids=list(NOT_OURS))
def test_unparsable_pyproject_of_another_project_does_not_count(
    tmp_path: Path, content: bytes
) -> None:
    """Walking up past someone else's broken pyproject.toml finds the peerclaims.toml above it."""
    ours = tmp_path / "peerclaims.toml"
    ours.write_text('fail-level = "warning"\n', encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_bytes(content)
    assert find_config(project) == ours.resolve()


@pytest.mark.parametrize("content", list(NOT_OURS.values()), ids=list(NOT_OURS))
def test_commands_run_beside_an_unparsable_pyproject(tmp_path: Path, content: bytes) -> None:
    """`peerclaims validate` in a project whose pyproject.toml does not parse runs with defaults."""
    (tmp_path / "pyproject.toml").write_bytes(content)
    rc, err = cli("validate", "-f", "plain")
    assert rc in (0, 1), err


@pytest.mark.skipif(sys.platform == "win32", reason="needs mkfifo")
@pytest.mark.parametrize("name", ["pyproject.toml", "peerclaims.toml"])
def test_special_files_named_like_a_config_are_passed_by(tmp_path: Path, name: str) -> None:
    """A FIFO or directory under a configuration's name is not a configuration (and is not read)."""
    ours = tmp_path / "peerclaims.toml"
    ours.write_text("", encoding="utf-8")
    fifo_dir, folder_dir = tmp_path / "a", tmp_path / "b"
    fifo_dir.mkdir()
    folder_dir.mkdir()
    os.mkfifo(fifo_dir / name)
    (folder_dir / name).mkdir()
    assert find_config(fifo_dir) == ours.resolve()
    assert find_config(folder_dir) == ours.resolve()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("peerclaims.toml", DEEP_ARRAY, id="peerclaims-deep-array"),
        pytest.param("peerclaims.toml", DEEP_TABLE, id="peerclaims-deep-table"),
        pytest.param(
            "pyproject.toml", "[tool.peerclaims]\n" + DEEP_ARRAY, id="tool-table-deep-array"
        ),
        pytest.param(
            "pyproject.toml",
            "[tool.peerclaims]\nselect = " + DEEP_ARRAY[4:],
            id="tool-table-deep-value",
        ),
    ],
)
def test_deeply_nested_config_of_ours_exits_2(tmp_path: Path, name: str, text: str) -> None:
    """Our own configuration nested past the parser's recursion: exit 2 naming the file, in words."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    rc, err = cli("validate")
    assert rc == 2, err
    assert f"invalid config: {tmp_path.resolve() / name}: arrays or tables nested too deeply" in err
    assert "RecursionError" not in err and "recursion" not in err


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        pytest.param(b'[tool.peerclaims\nfail-level = "warning"\n', "Expected ']'", id="syntax"),
        pytest.param(b"[tool.peerclaims]\nfail-level = 'warning'\n\x00", "binary", id="nul-bytes"),
        pytest.param(
            "[tool.peerclaims]\n# caf\u00e9\n".encode("latin-1"), "not UTF-8", id="latin-1"
        ),
    ],
)
def test_broken_pyproject_naming_us_still_exits_2(
    tmp_path: Path, content: bytes, phrase: str
) -> None:
    """A pyproject.toml that names [tool.peerclaims] but cannot be read is ours: exit 2."""
    (tmp_path / "pyproject.toml").write_bytes(content)
    rc, err = cli("validate")
    assert rc == 2, err
    assert "invalid config:" in err and "pyproject.toml" in err and phrase in err, err


# --------------------------------------------------------------------------- --config


@pytest.mark.skipif(sys.platform == "win32", reason="needs mkfifo")
def test_config_fifo_is_refused_not_read(tmp_path: Path) -> None:
    """`--config FIFO` is refused at once, instead of waiting forever for a writer."""
    os.mkfifo(tmp_path / "config.toml")
    rc, err = proc("validate", "--config", "config.toml", cwd=tmp_path)
    assert rc == 2
    assert "config.toml: not a regular file" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_config_dev_zero_is_refused_within_memory() -> None:
    """`--config /dev/zero` is refused (a device) under a 1 GB memory limit, not read forever."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    rc, err = proc("validate", "--config", "/dev/zero", cwd=Path.cwd(), preexec_fn=limit)
    assert rc == 2
    assert "/dev/zero: not a regular file" in err


def test_config_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    """A regular file past MAX_CONFIG_BYTES is refused with the limit, not parsed."""
    big = tmp_path / "big.toml"
    big.write_bytes(b"# padding\n" * (MAX_CONFIG_BYTES // 10 + 1))
    with pytest.raises(ConfigError, match=r"invalid config: .*big\.toml: more than the 1 MB limit"):
        load_config(big)
    rc, err = cli("validate", "--config", big)
    assert rc == 2 and "big.toml" in err


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        pytest.param(lambda p: p.mkdir(), "is a directory", id="directory"),
        pytest.param(
            lambda p: p.write_bytes(b"fail-level = 'warning'\x00\n"), "binary", id="binary"
        ),
        pytest.param(
            lambda p: p.write_bytes("# caf\u00e9\n".encode("latin-1")), "not UTF-8", id="latin-1"
        ),
        pytest.param(
            lambda p: p.write_text("x = [1,\n", encoding="utf-8"), "config.toml:", id="syntax"
        ),
    ],
)
def test_config_option_unreadable_exits_2(
    tmp_path: Path, make: Callable[[Path], object], phrase: str
) -> None:
    """`--config` naming something that is not a readable TOML file: exit 2 and the reason."""
    make(tmp_path / "config.toml")
    rc, err = cli("validate", "--config", "config.toml")
    assert rc == 2
    assert "invalid config: config.toml" in err and phrase in err, err
