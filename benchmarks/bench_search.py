"""Time `peerclaims search` on 10k synthetic claims: index build, warm queries, whole process.

    python benchmarks/bench_search.py [--claims 10000] [--references 5000] [--queries 500]

Figures, measured in the same run on the same machine:

- corpus load, and index build (in memory, and written to the cache);
- per-query latency in-process with a warm cache (median and 95th percentile over a mix of
  plain words, two-word queries, typos, author and filter queries);
- a whole `peerclaims search` process with a warm cache (interpreter start and imports
  included, best of `--repeat`) vs. `--help` of a minimal two-command Typer app.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "src"))
from _common import TYPER_APP, best  # noqa: E402
from generate import SURNAMES, WORDS, write  # noqa: E402

from peerclaims.curate import search  # noqa: E402
from peerclaims.runner import load_corpus  # noqa: E402


def timed(action: Callable[[], object]) -> float:
    """Wall time of one call, in seconds."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def queries(n: int, rng: random.Random) -> list[tuple[str, dict[str, object]]]:
    """A mix of realistic queries with their filters."""
    kinds: list[Callable[[], tuple[str, dict[str, object]]]] = [
        lambda: (rng.choice(WORDS), {}),
        lambda: (f"{rng.choice(WORDS)} {rng.choice(WORDS)}", {}),
        lambda: (rng.choice(WORDS)[:-1] + "x", {}),  # a typo: the fuzzy fallback
        lambda: (rng.choice(SURNAMES), {"kind": "work"}),
        lambda: (rng.choice(WORDS), {"population": "mental-health", "years": "2000..2015"}),
        lambda: ("", {"design": "rct", "author": rng.choice(SURNAMES)}),
    ]
    return [rng.choice(kinds)() for _ in range(n)]


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10000)
    parser.add_argument("--references", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="peerclaims-bench-search-"))
    cache = work / "cache"
    yml, bib = write(args.claims, args.references, work / "corpus")
    rows: list[tuple[str, str]] = []

    corpus = None

    def load() -> None:
        nonlocal corpus
        corpus = load_corpus(yml, bib).corpus

    rows.append(("load corpus (parse YAML + BibTeX)", f"{timed(load):.3f} s"))
    assert corpus is not None
    rows.append(
        ("build index in memory", f"{timed(lambda: search.build_index(corpus, cache=False)):.3f} s")
    )
    rows.append(
        (
            "build index + write cache",
            f"{timed(lambda: search.build_index(corpus, directory=cache)):.3f} s",
        )
    )
    size = sum(p.stat().st_size for p in cache.glob("search-*.sqlite")) / 1e6
    rows.append(("cache file size", f"{size:.1f} MB"))

    opened = search.open_cached(yml, bib, cache)
    rows.append(
        (
            "open cached index (hash both files)",
            f"{timed(lambda: search.open_cached(yml, bib, cache)) * 1000:.1f} ms",
        )
    )
    assert opened is not None
    latencies = [
        timed(lambda q=q, f=f: opened.search(q, limit=20, **f))  # type: ignore[misc]
        for q, f in queries(args.queries, random.Random(1))
    ]
    latencies.sort()
    rows.append(
        (
            f"query latency, warm (n={len(latencies)}) median",
            f"{statistics.median(latencies) * 1000:.2f} ms",
        )
    )
    rows.append(
        (
            "query latency, warm, 95th percentile",
            f"{latencies[int(len(latencies) * 0.95)] * 1000:.2f} ms",
        )
    )

    env = {
        **os.environ,
        "PEERCLAIMS_CACHE_DIR": str(cache),
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])
        ),
    }
    exe = (
        [shutil.which("peerclaims") or ""]
        if shutil.which("peerclaims")
        else [sys.executable, "-m", "peerclaims"]
    )
    (work / "typer_app.py").write_text(TYPER_APP, encoding="utf-8")
    corpus_args = ["--claims", str(yml), "--references", str(bib)]
    ours = best(
        [*exe, "search", "peer", "recovery", "--format", "json", *corpus_args], args.repeat, env
    )
    helps = best([*exe, "--help"], args.repeat, env)
    floor = best([sys.executable, str(work / "typer_app.py"), "--help"], args.repeat, env)
    rows.append(
        ("process: peerclaims search (warm cache)", f"{ours:.3f} s  ({ours / floor:.2f}x floor)")
    )
    rows.append(("process: peerclaims --help", f"{helps:.3f} s  ({helps / floor:.2f}x floor)"))
    rows.append(("process: bare Typer app --help (floor)", f"{floor:.3f} s"))
    print(f"{args.claims} claims / {args.references} references, FTS5: {search.FTS5}")
    for label, value in rows:
        print(f"{label:<44}{value:>26}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
