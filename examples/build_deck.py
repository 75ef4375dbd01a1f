"""Build examples/talk.pptx from examples/talk.md, so the deck can be reviewed as text.

    python examples/build_deck.py [--out examples/talk.pptx]

Each `## heading` becomes a slide with that title; paragraphs and bullets become the body,
a line that is only a citation goes into a text box at the foot of the slide (as decks do),
and the talk's intro paragraph becomes the first slide's speaker notes.

The deck is the same bytes on every run: its document properties carry a fixed date and
author, and every zip entry a fixed timestamp and mode, so a rebuild shows no change.
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

HERE = Path(__file__).parent
FIXED_DATE = datetime(2024, 1, 1)  # document properties: created, modified, printed
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
_FOOT = re.compile(r"^(Recent review by|Source:|\()", re.IGNORECASE)


def slides(markdown: str) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) per `#`/`##` section; list markers dropped, wrapped lines joined."""
    out: list[tuple[str, list[str]]] = []
    for chunk in re.split(r"^#{1,2} ", markdown, flags=re.MULTILINE)[1:]:
        title, _, body = chunk.partition("\n")
        paragraphs = []
        for para in re.split(r"\n\s*\n", body.strip()):
            items = re.split(r"\n(?=- )", para.strip())
            paragraphs += [" ".join(item.removeprefix("- ").split()) for item in items if item]
        out.append((title.strip(), paragraphs))
    return out


def build(markdown: str, out: Path) -> None:
    """Write a deck with one slide per section of the Markdown talk, the same bytes for the
    same Markdown."""
    sections = slides(markdown)
    deck = Presentation()
    props = deck.core_properties
    props.title = sections[0][0] if sections else ""
    props.author = props.last_modified_by = "examples/build_deck.py"
    props.comments = "Built from examples/talk.md by examples/build_deck.py"
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    for number, (title, paragraphs) in enumerate(sections):
        layout = deck.slide_layouts[0 if number == 0 else 5]  # title slide, then title only
        slide = deck.slides.add_slide(layout)
        slide.shapes.title.text = title
        if number == 0:
            slide.notes_slide.notes_text_frame.text = " ".join(paragraphs)
            continue
        body = [p for p in paragraphs if not _FOOT.match(p)]
        foot = [p for p in paragraphs if _FOOT.match(p)]
        _text_box(slide, body, top=1.6, size=24)
        if foot:
            _text_box(slide, foot, top=6.4, size=14)
    buffer = io.BytesIO()
    deck.save(buffer)
    out.write_bytes(_reproducible(buffer.getvalue()))


def _reproducible(data: bytes) -> bytes:
    """The zip rewritten entry by entry, in the same order and compression, with a fixed
    timestamp, file mode and creator system (python-pptx stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE)
            info.compress_type = entry.compress_type
            info.create_system = 3  # Unix, whatever system builds it
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()


def _text_box(slide, paragraphs: list[str], *, top: float, size: int) -> None:  # type: ignore[no-untyped-def]
    box = slide.shapes.add_textbox(Inches(0.8), Inches(top), Inches(11.7), Inches(0.8))
    frame = box.text_frame
    frame.word_wrap = True
    for i, text in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = text
        paragraph.font.size = Pt(size)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "talk.pptx")
    args = parser.parse_args()
    build((HERE / "talk.md").read_text(encoding="utf-8"), args.out)
    print(args.out)


if __name__ == "__main__":
    main()
