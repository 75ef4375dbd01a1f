"""Time `peerclaims validate` against the raw parse floor, and `--help` against bare Typer.

    python benchmarks/bench_validate.py [--repeat 5]

Every figure is a whole process (interpreter start and imports included), best of
`--repeat` runs, measured in the same run on the same machine:

- validate on 1k and 10k synthetic claims (5k references) vs. the floor: a process that only
  composes the YAML with PyYAML's C loader and parses the .bib with bibtexparser.
- `peerclaims --help` vs. `--help` of a minimal two-command Typer app.

Targets (issue #2): validate <= 1.3x the floor on 10k claims; --help <= 1.3x bare Typer.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import TYPER_APP, best, tool
from generate import write

FLOOR = """
import sys, yaml, bibtexparser
with open(sys.argv[1], encoding="utf-8") as f:
    yaml.compose(f.read(), Loader=yaml.CSafeLoader)
bibtexparser.parse_file(sys.argv[2])
"""


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = tool("peerclaims") or sys.exit("install peerclaims first (pip install .)")
    work = Path(tempfile.mkdtemp(prefix="peerclaims-bench-"))
    (work / "floor.py").write_text(FLOOR, encoding="utf-8")
    (work / "typer_app.py").write_text(TYPER_APP, encoding="utf-8")
    rows = []
    for label, n in (("1k", 1000), ("10k", 10000)):
        yml, bib = write(n, 5000, work / label)
        ours = best(
            [
                exe,
                "validate",
                "--claims",
                str(yml),
                "--references",
                str(bib),
                "--format",
                "json",
                "--fail-level",
                "none",
            ],
            args.repeat,
        )
        floor = best([sys.executable, str(work / "floor.py"), str(yml), str(bib)], args.repeat)
        rows.append((f"validate {label} claims / 5k refs", ours, floor))
    ours = best([exe, "--help"], args.repeat)
    floor = best([sys.executable, str(work / "typer_app.py"), "--help"], args.repeat)
    rows.append(("--help", ours, floor))
    print(f"{'what':<34}{'peerclaims':>12}{'floor':>10}{'ratio':>8}")
    for label, a, b in rows:
        print(f"{label:<34}{a:>11.3f}s{b:>9.3f}s{a / b:>8.2f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
