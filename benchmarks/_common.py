"""What the benchmark scripts share: finding the installed commands, timing whole processes,
and the minimal two-command Typer app that is the framework's own start-up floor."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

TYPER_APP = """
import typer
app = typer.Typer()

@app.command()
def one(name: str) -> None:
    print(name)

@app.command()
def two(count: int = 1) -> None:
    print(count)

app()
"""


def tool(name: str) -> str | None:
    """A console script of this interpreter's environment, else one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def best(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    """Best wall time of `repeat` runs of a command, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env
        )
        times.append(time.perf_counter() - start)
    return min(times)
