"""Throughput of `peerclaims check` on 200 Markdown files (~5 MB) and a 150-slide deck.

    pip install ".[bench]" && python benchmarks/bench_check.py [--repeat 3]

Whole processes, best of `--repeat`, measured in the same run: `peerclaims check` on the
Markdown (files/s, MB/s; by default one worker per CPU, and again with `-j 1`),
`proselint check` on the same files for a ratio (issue #4 goal:
at least 3x proselint's throughput), `peerclaims check` on the deck, and a second run of
`peerclaims check` on one small file with a warm corpus cache (goal: well under a second).
The documents are made from the bundled corpus's own wordings and citations, with mistakes
mixed in, so the checker does real work on every paragraph.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import best, tool

FILLER = (
    "Peer supporters share their own lived experience of recovery. Programs differ in "
    "how they recruit, train and supervise peer staff. Supervision matters for role "
    "clarity. "
).split(". ")


def _wordings() -> list[tuple[str, str | None]]:
    from peerclaims import load_corpus

    corpus = load_corpus().corpus
    return [(a.as_written, a.cited_as) for c in corpus.claims for a in c.appearances]


def markdown(rng: random.Random, wordings: list[tuple[str, str | None]], size: int) -> str:
    """One handout of about `size` bytes: headings, bullets, cited and uncited claims."""
    parts, total, section = [], 0, 0
    while total < size:
        section += 1
        parts.append(f"\n## Section {section}\n\n")
        for _ in range(rng.randint(3, 8)):
            words, cited = rng.choice(wordings)
            citation = f" {cited}" if cited and rng.random() < 0.7 else ""
            filler = ". ".join(rng.sample(FILLER, 2))
            parts.append(
                f"- {words}{citation}\n"
                if rng.random() < 0.5
                else f"{filler}. {words}{citation}.\n\n"
            )
        total = sum(len(p) for p in parts)
    return "# Training handout\n" + "".join(parts)


def deck(
    rng: random.Random, wordings: list[tuple[str, str | None]], out: Path, slides: int
) -> None:
    """A deck of `slides` slides, each a title, three bullets and a foot citation."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    for number in range(slides):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = f"Evidence {number + 1}"
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(4)).text_frame
        for i in range(3):
            words, _ = rng.choice(wordings)
            para = box.paragraphs[0] if i == 0 else box.add_paragraph()
            para.text = words
        foot = slide.shapes.add_textbox(Inches(0.5), Inches(6.5), Inches(9), Inches(0.5))
        foot.text_frame.text = rng.choice(wordings)[1] or "(Davidson et al., 2012)"
    prs.save(out)


def main() -> None:
    """Generate the inputs, time everything, print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    exe = tool("peerclaims") or sys.exit("install peerclaims first (pip install .)")
    prose = tool("proselint") or sys.exit("install proselint (pip install '.[bench]')")
    work = Path(tempfile.mkdtemp(prefix="peerclaims-bench-"))
    rng, wordings = random.Random(7), _wordings()
    docs = work / "docs"
    docs.mkdir()
    files = [docs / f"handout-{i:03d}.md" for i in range(200)]
    for path in files:
        path.write_text(markdown(rng, wordings, 25_000), encoding="utf-8")
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    deck(rng, wordings, work / "deck.pptx", 150)
    ours = best([exe, "check", str(docs), "--format", "json", "--fail-level", "none"], args.repeat)
    single = best(
        [exe, "check", str(docs), "--format", "json", "--fail-level", "none", "-j", "1"],
        args.repeat,
    )
    theirs = best([prose, "check", *map(str, files)], args.repeat)
    slides = best([exe, "check", str(work / "deck.pptx"), "--format", "json"], args.repeat)
    small = work / "small.md"
    small.write_text("Peer support increases hope (Davidson et al., 2012).\n", encoding="utf-8")
    best([exe, "check", str(small)], 1)  # warm the corpus cache
    warm = best([exe, "check", str(small)], args.repeat)
    print(f"200 Markdown files, {megabytes:.1f} MB")
    print(
        f"  peerclaims check  {ours:7.2f} s  {200 / ours:7.1f} files/s  {megabytes / ours:6.2f} MB/s"
    )
    print(
        f"  ... one process   {single:7.2f} s  {200 / single:7.1f} files/s  {megabytes / single:6.2f} MB/s"
    )
    print(
        f"  proselint check   {theirs:7.2f} s  {200 / theirs:7.1f} files/s  {megabytes / theirs:6.2f} MB/s"
    )
    print(
        f"  ratio (proselint time / peerclaims time): {theirs / ours:.1f}x "
        f"({theirs / single:.1f}x in one process; {os.cpu_count()} CPUs)"
    )
    print(f"150-slide deck: peerclaims check {slides:.2f} s ({150 / slides:.0f} slides/s)")
    print(f"one small file, warm corpus cache: {warm:.2f} s")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
