"""How `peerclaims check` scales with the size of one document: time per MB should be flat.

    python benchmarks/scale.py                 # 1, 2, 5, 10 MB of each kind
    python benchmarks/scale.py --full          # 1, 2, 5, 10, 20, 50 MB (the issue's range)
    python benchmarks/scale.py --sizes 1,4,16 --kinds markdown,docx --keep

Three kinds of document, each generated at every size (1 MB = 1,000,000 bytes of file):

- ``markdown``: ``examples/talk.md`` repeated: headings, claims, citations with mistakes,
  and a reference list per copy, so every rule family has work on every copy.
- ``paragraph``: the talk's lines before its reference list as the lines of a single
  plain-text paragraph (no blank line anywhere): one block holding every finding, the
  worst case for locating them.
- ``docx``: a Word document made with python-docx (its default template and styles): the
  talk's headings, paragraphs and bullets, each heading followed by a paragraph of varied
  filler words so that the archive compresses about as much as real documents do (about
  four times, as the audit's 49 MB file with 190 MB of XML did; not a hundred times: it
  stays within the zip-bomb limits). python-docx
  writes one prototype of each kind of paragraph; the body is assembled from those
  prototypes as text, since building millions of paragraphs through its object model
  would take longer than checking them.

Each document is checked by `peerclaims check FILE --format json` as a subprocess, with
the corpus cache warmed first. The table gives, per run, wall seconds and seconds per MB,
CPU seconds (user + system) and CPU seconds per MB, the same net of start-up (the CPU time
to check a one-line file, subtracted), and peak resident memory. CPU time and memory come
from `resource.getrusage(RUSAGE_CHILDREN)` in a small wrapper process per run, so each
figure is that run's own; CPU time is the steadier figure on a busy machine. Then, per
kind, the ratio of the largest to the smallest time per MB: flat (linear time) is 1.0, and
the goal is within 1.5. With `--full` (or `--deck N`) a deck of 5,000 slides with speaker
notes is checked too: more than twice the 10,000 archive entries the guard used to allow.
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import tool

ROOT = Path(__file__).resolve().parents[1]
TALK = ROOT / "examples" / "talk.md"
MB = 1_000_000
QUICK = (1, 2, 5, 10)
FULL = (1, 2, 5, 10, 20, 50)
KINDS = ("markdown", "paragraph", "docx")

# Runs a command, then prints its wall time, and its CPU time and peak RSS (KB on Linux,
# bytes on macOS) from this wrapper's RUSAGE_CHILDREN: the wrapper has one child, so the
# figures are that run's alone.
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
took = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": took, "cpu": usage.ru_utime + usage.ru_stime,
                  "maxrss": usage.ru_maxrss, "code": code}))
"""


# --------------------------------------------------------------------------- documents


def markdown(size: int) -> str:
    """`examples/talk.md` repeated to at least `size` bytes."""
    talk = TALK.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    return talk * max(1, -(-size // len(talk.encode("utf-8"))))


def _talk_lines() -> list[str]:
    """The talk's lines up to its reference list, without Markdown markers or blank lines."""
    out = []
    talk = TALK.read_text(encoding="utf-8")
    for line in talk[: talk.index("## References")].splitlines():
        text = re.sub(r"^(?:#+|-)\s+", "", line).replace("`", "").strip()
        if text:
            out.append(text)
    return out


def paragraph(size: int) -> str:
    """One plain-text paragraph of at least `size` bytes: every line of the talk, again and
    again, with no blank line (so the whole file is one block)."""
    lines = _talk_lines()
    block = "\n".join(lines) + "\n"
    return block * max(1, -(-size // len(block.encode("utf-8"))))


def _talk_blocks() -> list[tuple[str, str]]:
    """(kind, text) of the talk's headings, paragraphs and bullets, as Word would hold them."""
    out: list[tuple[str, str]] = []
    for chunk in TALK.read_text(encoding="utf-8").split("\n\n"):
        for item in re.split(r"\n(?=- )", chunk.strip()):
            text = " ".join(item.split())
            if text.startswith("#"):
                out.append(("heading", text.lstrip("#").strip()))
            elif text.startswith("- "):
                out.append(("bullet", text[2:]))
            elif text:
                out.append(("paragraph", text.replace("`", "")))
    return out


def _prototypes() -> tuple[bytes, dict[str, str]]:
    """A python-docx document, and the XML of its paragraph kinds with a "@@" text slot."""
    import docx

    document = docx.Document()
    document.add_heading("@@", level=2)
    document.add_paragraph("@@")
    document.add_paragraph("@@", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p [^>]*>.*?</w:p>", xml, re.DOTALL)
    kinds = dict(zip(("heading", "paragraph", "bullet"), paragraphs, strict=True))
    return buffer.getvalue(), kinds


def docx(size: int, out: Path, seed: int = 12) -> None:
    """A .docx of about `size` bytes: the talk again and again, with filler paragraphs."""
    template, kinds = _prototypes()
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(20_000)]
    talk = _talk_blocks()
    with zipfile.ZipFile(io.BytesIO(template)) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    head, _, rest = xml.partition("<w:body>")
    tail = rest[rest.index("<w:sectPr") :]

    def body(copies: int) -> str:
        pieces = []
        for _ in range(copies):
            for kind, text in talk:
                pieces.append(kinds[kind].replace("@@", html.escape(text, quote=False)))
                if kind == "heading":  # filler of its own: the talk's paragraphs stay as they are
                    filler = " ".join(rng.choices(words, k=80)).capitalize() + "."
                    pieces.append(kinds["paragraph"].replace("@@", filler))
        return "".join(pieces)

    def write(copies: int) -> int:
        rng.seed(seed)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                if name == "word/document.xml":
                    data = f"{head}<w:body>{body(copies)}{tail}".encode()
                archive.writestr(name, data)
        return out.stat().st_size

    probe = 200
    per_copy = write(probe) / probe
    copies = max(1, round(size / per_copy))
    while write(copies) < size:
        copies = int(copies * 1.02) + 1


def deck(slides: int, out: Path) -> int:
    """A deck of `slides` slides with speaker notes, as python-pptx writes one; its entries.

    python-pptx makes the first slide (a title and a bulleted claim with its citation, and
    notes); the others are copies of its parts, numbered and listed the way python-pptx
    lists them, since adding thousands of slides through python-pptx takes minutes (each new
    slide scans the ones before it for a free part name).
    """
    from pptx import Presentation

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "@@TITLE"
    slide.placeholders[1].text = "@@BODY"
    slide.notes_slide.notes_text_frame.text = "@@NOTES"
    buffer = io.BytesIO()
    prs.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    text = {
        name: parts.pop(name).decode("utf-8")
        for name in (
            "ppt/_rels/presentation.xml.rels",
            "ppt/presentation.xml",
            "[Content_Types].xml",
        )
    }
    one = {
        name: parts.pop(name).decode("utf-8")
        for name in (
            "ppt/slides/slide1.xml",
            "ppt/slides/_rels/slide1.xml.rels",
            "ppt/notesSlides/notesSlide1.xml",
            "ppt/notesSlides/_rels/notesSlide1.xml.rels",
        )
    }
    rels = text["ppt/_rels/presentation.xml.rels"]
    rel = re.search(
        r'<Relationship Id="(rId\d+)" Type="[^"]*/slide" Target="slides/slide1.xml"/>', rels
    )
    assert rel is not None
    text["ppt/_rels/presentation.xml.rels"] = rels.replace(
        rel.group(),
        "".join(
            rel.group().replace(f'"{rel.group(1)}"', f'"rIdS{n}"').replace("slide1.", f"slide{n}.")
            for n in range(1, slides + 1)
        ),
    )
    text["ppt/presentation.xml"] = re.sub(
        r"<p:sldIdLst>.*?</p:sldIdLst>",
        "<p:sldIdLst>"
        + "".join(f'<p:sldId id="{255 + n}" r:id="rIdS{n}"/>' for n in range(1, slides + 1))
        + "</p:sldIdLst>",
        text["ppt/presentation.xml"],
    )
    types = text["[Content_Types].xml"]
    for part in ("/ppt/slides/slide1.xml", "/ppt/notesSlides/notesSlide1.xml"):
        override = re.search(rf'<Override PartName="{part}" ContentType="[^"]*"/>', types)
        assert override is not None
        types = types.replace(
            override.group(),
            "".join(override.group().replace("1.xml", f"{n}.xml") for n in range(1, slides + 1)),
        )
    text["[Content_Types].xml"] = types
    talk = [words for kind, words in _talk_blocks() if kind != "heading"]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [*parts.items(), *text.items()]:
            archive.writestr(name, data)
        for n in range(1, slides + 1):
            body = html.escape(talk[n % len(talk)], quote=False)
            archive.writestr(
                f"ppt/slides/slide{n}.xml",
                one["ppt/slides/slide1.xml"]
                .replace("@@TITLE", f"Evidence {n}")
                .replace("@@BODY", body),
            )
            archive.writestr(
                f"ppt/slides/_rels/slide{n}.xml.rels",
                one["ppt/slides/_rels/slide1.xml.rels"].replace(
                    "notesSlide1.xml", f"notesSlide{n}.xml"
                ),
            )
            archive.writestr(
                f"ppt/notesSlides/notesSlide{n}.xml",
                one["ppt/notesSlides/notesSlide1.xml"].replace("@@NOTES", f"Say slide {n} slowly."),
            )
            archive.writestr(
                f"ppt/notesSlides/_rels/notesSlide{n}.xml.rels",
                one["ppt/notesSlides/_rels/notesSlide1.xml.rels"].replace(
                    "slide1.xml", f"slide{n}.xml"
                ),
            )
        return len(archive.infolist())


def generate(kind: str, size: int, folder: Path) -> Path:
    """Write one document of `kind` and about `size` bytes into `folder`."""
    name = f"{kind}-{size / MB:g}mb"
    if kind == "markdown":
        path = folder / f"{name}.md"
        path.write_text(markdown(size), encoding="utf-8")
    elif kind == "paragraph":
        path = folder / f"{name}.txt"
        path.write_text(paragraph(size), encoding="utf-8")
    else:
        path = folder / f"{name}.docx"
        docx(size, path)
    return path


# --------------------------------------------------------------------------- measuring


def measure(exe: str, path: Path) -> dict[str, float]:
    """Check one file in a wrapper process: wall and CPU seconds, peak RSS in MB, exit code."""
    cmd = [exe, "check", str(path), "--format", "json", "--fail-level", "none"]
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True
    ).stdout
    got = json.loads(out)
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024
    return {
        "seconds": got["seconds"],
        "cpu": got["cpu"],
        "rss": got["maxrss"] / scale,
        "code": got["code"],
    }


def xml_megabytes(path: Path) -> float:
    """Uncompressed size of a .docx's parts, in MB."""
    with zipfile.ZipFile(path) as archive:
        return sum(i.file_size for i in archive.infolist()) / MB


def main(argv: list[str] | None = None) -> None:
    """Generate, check and tabulate."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--full", action="store_true", help="sizes up to 50 MB, and a deck of 5,000 slides"
    )
    parser.add_argument("--sizes", help="comma-separated sizes in MB (overrides --full)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="markdown,paragraph,docx")
    parser.add_argument(
        "--deck",
        type=int,
        metavar="SLIDES",
        help="also check a deck of this many slides with notes",
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args(argv)
    sizes = (
        [float(s) for s in args.sizes.split(",")] if args.sizes else (FULL if args.full else QUICK)
    )
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kind: {', '.join(sorted(unknown))}")
    exe = tool("peerclaims") or sys.exit("install peerclaims first (pip install -e .)")
    folder = Path(tempfile.mkdtemp(prefix="peerclaims-scale-"))
    small = folder / "one-line.md"
    small.write_text("Peer support increases hope (Davidson et al., 2012).\n", encoding="utf-8")
    measure(exe, small)  # warm the corpus cache
    start = [measure(exe, small) for _ in range(3)]
    base = min(r["seconds"] for r in start)
    base_cpu = min(r["cpu"] for r in start)
    print(f"start-up (a one-line file): {base:.2f} s wall, {base_cpu:.2f} s CPU; files in {folder}")
    print(
        f"{'kind':<10} {'MB':>5} {'wall s':>7} {'s/MB':>6} {'CPU s':>7} {'CPU s/MB':>9} "
        f"{'net CPU s/MB':>13} {'peak RSS MB':>12}  note"
    )
    ratios = []
    for kind in kinds:
        wall_per_mb, net_per_mb = [], []
        for size in sizes:
            path = generate(kind, int(size * MB), folder)
            megabytes = path.stat().st_size / MB
            got = measure(exe, path)
            wall_per_mb.append(got["seconds"] / megabytes)
            net_per_mb.append(max(got["cpu"] - base_cpu, 0.0) / megabytes)
            note = f"{xml_megabytes(path):.0f} MB of XML" if kind == "docx" else ""
            if got["code"] not in (0, 1):
                note += f" exit {got['code']:.0f}"
            print(
                f"{kind:<10} {megabytes:5.1f} {got['seconds']:7.1f} {wall_per_mb[-1]:6.2f} "
                f"{got['cpu']:7.1f} {got['cpu'] / megabytes:9.2f} {net_per_mb[-1]:13.2f} "
                f"{got['rss']:12.0f}  {note}",
                flush=True,
            )
            if not args.keep:
                path.unlink()
        ratios.append((kind, _ratio(wall_per_mb), _ratio(net_per_mb)))
    for kind, wall, net in ratios:
        print(
            f"{kind}: largest / smallest time per MB: {wall:.2f}x wall, {net:.2f}x net CPU "
            "(goal: within 1.5x)"
        )
    slides = args.deck if args.deck is not None else (5_000 if args.full else 0)
    if slides:
        path = folder / f"deck-{slides}.pptx"
        entries = deck(slides, path)
        got = measure(exe, path)
        verdict = "read" if got["code"] in (0, 1) else f"refused (exit {got['code']:.0f})"
        print(
            f"deck of {slides:,} slides with notes ({entries:,} entries, "
            f"{path.stat().st_size / MB:.1f} MB): {verdict} in {got['seconds']:.1f} s "
            f"({got['cpu']:.1f} s CPU), peak RSS {got['rss']:.0f} MB"
        )
    if not args.keep:
        shutil.rmtree(folder)


def _ratio(values: list[float]) -> float:
    return max(values) / min(values) if values and min(values) > 0 else float("inf")


if __name__ == "__main__":
    main()
