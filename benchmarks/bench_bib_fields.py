"""Time parsing a references.bib with one huge field, by the field's size and shape.

    python benchmarks/bench_bib_fields.py [--repeat 3] [--sizes 0.25,0.5,1,2]

Each row parses (in this process: `parse_bib`, LaTeX decoding included, its cache cleared)
a one-entry file whose `abstract` is a braced value of the given size in MB, of one shape:

- plain: words in a protecting group, `{word word ...}` (no LaTeX command)
- groups: `{x} {x} ...`, a brace pair every four characters
- accents: `Caf{\\'e} na\\"ive ...`, an accent every twenty characters
- commands: `\\emph{Caf\\'e} \\textit{words}, ...`, commands only pylatexenc decodes
- unsplit: `\\emph{aaaa...}`, one command around a value with no space to split at
- math: `$x^2 + x^2 + ...$`, one math span

pylatexenc alone is quadratic: a 1 MB field took 16 s or more before decoding was done in
pieces (issue 12, item 9). The column to read is seconds per MB, which should stay flat as the
size grows; the script prints the ratio of the largest size's s/MB to the smallest's.
"""

from __future__ import annotations

import argparse
import time

from peerclaims.corpus.bib import parse_bib
from peerclaims.corpus.latex import decode_latex

SHAPES = {
    "plain": lambda n: "{" + "word " * (n // 5) + "}",
    "groups": lambda n: "{x} " * (n // 4),
    "accents": lambda n: "Caf{\\'e} na\\\"ive words and more, " * (n // 36),
    "commands": lambda n: "\\emph{Caf\\'e} \\textit{words}, " * (n // 31),
    "unsplit": lambda n: "\\emph{" + "a" * n + "}",
    "math": lambda n: "$" + "x^2 + " * (n // 6) + "$",
}


def seconds(text: str, repeat: int) -> float:
    """Best time of `repeat` parses of `text`, the decoding cache cleared each time."""
    times = []
    for _ in range(repeat):
        decode_latex.cache_clear()
        start = time.perf_counter()
        parse_bib(text, "bench.bib")
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="0.25,0.5,1,2", help="field sizes in MB")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(
        f"{'shape':<10}"
        + "".join(f"{f'{s:g} MB':>10}" for s in sizes)
        + f"{'s/MB':>8}{'growth':>8}"
    )
    for name, make in SHAPES.items():
        times = []
        for size in sizes:
            value = make(int(size * 1_000_000))
            times.append(
                seconds(f"@misc{{big, abstract = {{{value}}}, year = {{2001}}}}\n", args.repeat)
            )
        per_mb = [t / s for t, s in zip(times, sizes, strict=True)]
        print(
            f"{name:<10}"
            + "".join(f"{t:>9.2f}s" for t in times)
            + f"{per_mb[-1]:>8.2f}{per_mb[-1] / per_mb[0]:>7.1f}x"
        )


if __name__ == "__main__":
    main()
