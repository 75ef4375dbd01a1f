"""Every command example in README.md and docs/*.md runs as written, and the example deck
builds to the same bytes every time.

The examples are the lines of ```sh blocks (each `&&`-joined part that runs peerclaims;
installs, venvs and pytest are left to CI) and every `$ peerclaims …` line in any code
block. Each runs in bash, from a copy of the repository's top level (so files it writes
land there), with `peerclaims` meaning this tree's package, a private cache and HOME, and
must exit 0, or 1 for `check` (the example talk has findings), with no traceback.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, SRC

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_FENCE = re.compile(r"^([ \t]*)```(\w*)[^\n]*\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
_PROMPT = re.compile(r"^\s*\$ (peerclaims\b.*)$", re.MULTILINE)
_SKIPPED = re.compile(r"pip install|python3? -m venv|\.venv/bin/activate|pytest")


def examples(text: str) -> list[str]:
    """The peerclaims commands a Markdown text shows, in order, each once."""
    found: list[str] = []
    for _, lang, body in _FENCE.findall(text):
        if lang == "sh":
            for line in body.replace("\\\n", " ").splitlines():
                command = line.strip().removeprefix("$ ")
                parts = [p.strip() for p in command.split("&&")]
                found += [p for p in parts if p.startswith("peerclaims") and not _SKIPPED.search(p)]
    found += [m.strip() for m in _PROMPT.findall(text) if not _SKIPPED.search(m)]
    return list(dict.fromkeys(found))


CASES = [(doc, command) for doc in DOCS for command in examples(doc.read_text(encoding="utf-8"))]


def expected_code(command: str) -> int:
    """`check` on the example talk finds problems (1); every other example succeeds (0)."""
    words = command.split()
    return 1 if words[1] == "check" and "--fail-level" not in command else 0


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's top level: what the examples name, nothing of .git."""
    root = tmp_path_factory.mktemp("repo")
    for name in ("examples", "data", "docs"):
        shutil.copytree(REPO / name, root / name)
    for name in ("peerclaims.toml", "README.md", "pyproject.toml"):
        shutil.copy(REPO / name, root / name)
    (root / "home").mkdir()
    return root


def test_the_docs_have_examples() -> None:
    """The extraction finds the examples the docs are known to show."""
    commands = [command for _, command in CASES]
    assert "peerclaims check examples/talk.md" in commands
    assert "peerclaims rules et-al-misuse" in commands
    assert any(c.startswith("peerclaims check 'examples/**/*.md'") for c in commands)
    assert any(c.startswith("peerclaims cite ") for c in commands)
    assert not any(_SKIPPED.search(c) for c in commands)


@pytest.mark.parametrize(("doc", "command"), CASES, ids=[f"{d.name}:{c[:60]}" for d, c in CASES])
def test_example_runs_as_written(doc: Path, command: str, workdir: Path) -> None:
    """The example exits as it should (never 2), without a traceback."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    env.update(
        HOME=str(workdir / "home"),
        NO_COLOR="1",
        COLUMNS="100",
        PYTHONPATH=os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]),
        PEERCLAIMS_CACHE_DIR=str(workdir / "cache"),
        PYTHON=sys.executable,
    )
    script = f'peerclaims() {{ "$PYTHON" -m peerclaims "$@"; }}\n{command}\n'
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-2000:]
    assert done.returncode == expected_code(command), (
        f"{doc.name}: `{command}` exited {done.returncode}\n{done.stderr[-2000:]}"
    )


# --- examples/build_deck.py -------------------------------------------------------------


def _build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_deck", REPO / "examples" / "build_deck.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_deck_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two builds of the example deck, at different times, are the same bytes."""
    import time

    build = _build_script().build
    markdown = (REPO / "examples" / "talk.md").read_text(encoding="utf-8")
    build(markdown, tmp_path / "one.pptx")
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400 * 400)  # a year on
    monkeypatch.setattr(time, "localtime", lambda *a: time.gmtime(real_time() + 86_400 * 400))
    build(markdown, tmp_path / "two.pptx")
    one, two = (tmp_path / "one.pptx").read_bytes(), (tmp_path / "two.pptx").read_bytes()
    assert hashlib.sha256(one).hexdigest() == hashlib.sha256(two).hexdigest()


def test_built_deck_has_fixed_dates(tmp_path: Path) -> None:
    """Its zip entries and its document properties carry the fixed dates, not today's."""
    import zipfile

    from pptx import Presentation

    module = _build_script()
    out = tmp_path / "talk.pptx"
    module.build((REPO / "examples" / "talk.md").read_text(encoding="utf-8"), out)
    with zipfile.ZipFile(out) as deck:
        assert {info.date_time for info in deck.infolist()} == {module.ZIP_DATE}
    props = Presentation(str(out)).core_properties
    assert props.created == props.modified == module.FIXED_DATE
    assert props.title == "Why peer support works"
