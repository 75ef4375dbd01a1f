"""Write synthetic corpora for the benchmarks: N claims over M references.

    python benchmarks/generate.py --claims 10000 --references 5000 --out benchmarks/out/10k

The shapes follow the bundled corpus (effects, several evidence links and appearances per
claim) so the timings say something about real use. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

OUTCOMES = [
    "hope",
    "empowerment",
    "hospitalization",
    "engagement",
    "quality-of-life",
    "symptoms",
    "substance-use",
    "relapse",
    "self-efficacy",
    "social-functioning",
]
POPULATIONS = ["general", "mental-health", "substance-use", "family"]
DESIGNS = ["rct", "cohort", "qualitative", "narrative-review", "report", "quasi-experimental"]
WORDS = (
    "peer support recovery mentor outcomes community engagement services hospital "
    "readmission hope empowerment trial review programme specialist workforce"
).split()
SURNAMES = [
    "Davidson",
    "Chinman",
    "Solomon",
    "Sledge",
    "Mead",
    "Müller",
    "O'Connell",
    "Coatsworth-Puspoky",
    "Ochocka",
    "Repper",
    "Bellamy",
    "Rowe",
    "White",
    "Best",
]


def reference(i: int, rng: random.Random) -> str:
    """One BibTeX entry."""
    authors = " and ".join(
        f"{rng.choice(SURNAMES)}, {chr(65 + rng.randrange(26))}." for _ in range(rng.randint(1, 6))
    )
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14))).capitalize()
    year = rng.randint(1990, 2024)
    return (
        f"@article{{ref{i:05d},\n  author = {{{authors}}},\n  title = {{{title}}},\n"
        f"  journal = {{Journal of {rng.choice(WORDS).title()} Studies}},\n"
        f"  year = {{{year}}},\n  volume = {{{rng.randint(1, 80)}}},\n"
        f"  number = {{{rng.randint(1, 12)}}},\n"
        f"  pages = {{{(p := rng.randint(1, 900))}--{p + rng.randint(2, 20)}}},\n"
        f"  studydesign = {{{rng.choice(DESIGNS)}}},\n  n = {{{rng.randint(10, 900)}}}\n}}\n"
    )


def claim(i: int, refs: int, rng: random.Random) -> str:
    """One claim in YAML."""
    evidence = "".join(
        f"      - ref: ref{rng.randrange(refs):05d}\n        support: direct\n"
        f"        locator: p. {rng.randint(1, 300)}\n"
        for _ in range(rng.randint(1, 3))
    )
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
    return (
        f"  - id: claim-{i:05d}\n    statement: Peer support {words}.\n"
        f"    kind: finding\n    population: {rng.choice(POPULATIONS)}\n"
        f"    outcome: {rng.choice(OUTCOMES)}\n    direction: increase\n"
        f"    effect:\n      measure: {rng.choice(WORDS)} score\n"
        f"      intervention: {rng.uniform(0, 5):.2f}\n      comparison: {rng.uniform(0, 5):.2f}\n"
        f"      n: {rng.randint(10, 500)}\n"
        f"    evidence:\n{evidence}"
        f"    appearances:\n      - document: deck-{rng.randrange(50)}.pptx\n"
        f"        as_written: {words[:60]}\n        cited_as: ({rng.choice(SURNAMES)}, 2012)\n"
        f"    tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\n"
    )


def write(claims: int, refs: int, out: Path, seed: int = 1) -> tuple[Path, Path]:
    """Write claims.yaml and references.bib into `out`; return their paths."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    bib = out / "references.bib"
    bib.write_text("".join(reference(i, rng) for i in range(refs)), encoding="utf-8")
    yml = out / "claims.yaml"
    yml.write_text(
        "version: 1\nclaims:\n" + "".join(claim(i, refs, rng) for i in range(claims)),
        encoding="utf-8",
    )
    return yml, bib


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--references", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/1k"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for path in write(args.claims, args.references, args.out, args.seed):
        print(path, f"{path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
