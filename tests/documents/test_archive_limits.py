"""The archive guard grows with a deck's slides, can be raised, and still refuses zip bombs.

python-pptx writes four entries per slide with speaker notes (the slide, its relationships,
the notes slide and its relationships), so a 2,500-slide deck with notes used to exceed a
flat 10,000-entry limit. The limit is now `MAX_ENTRIES` plus `ENTRIES_PER_SLIDE` per slide,
`--max-archive-entries` (or `max-archive-entries` in the configuration) raises the base,
and the size and expansion-ratio limits do not move.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.documents import check_archive, read_document
from peerclaims.documents.archive import (
    ENTRIES_PER_SLIDE,
    MAX_COUNTED_SLIDES,
    MAX_ENTRIES,
    entry_limit,
)
from peerclaims.errors import InputError

_PER_SLIDE_PARTS = (
    "ppt/slides/slide{n}.xml",
    "ppt/slides/_rels/slide{n}.xml.rels",
    "ppt/notesSlides/notesSlide{n}.xml",
    "ppt/notesSlides/_rels/notesSlide{n}.xml.rels",
)


def _deck_bytes(slides: int) -> bytes:
    """A real deck made with python-pptx: `slides` slides, each with a claim and notes."""
    from pptx import Presentation

    deck = Presentation()
    for n in range(1, slides + 1):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"Evidence {n}"
        slide.placeholders[1].text = f"Finding {n} (Mead & McNeil, 2006)"
        slide.notes_slide.notes_text_frame.text = f"Say slide {n} slowly."
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _deck_layout(path: Path, slides: int, extra: dict[str, bytes] | None = None) -> Path:
    """An archive laid out as python-pptx lays out a deck of `slides` slides with notes:
    its fixed parts from a real one-slide deck, then four parts per slide (copies of the
    first slide's). Only the guard reads it, so the copies are not listed in the deck."""
    with zipfile.ZipFile(io.BytesIO(_deck_bytes(1))) as real:
        parts = {i.filename: real.read(i) for i in real.infolist()}
    first = {pattern: parts.pop(pattern.format(n=1)) for pattern in _PER_SLIDE_PARTS}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [*parts.items(), *(extra or {}).items()]:
            archive.writestr(name, data)
        for n in range(1, slides + 1):
            for pattern, data in first.items():
                archive.writestr(pattern.format(n=n), data)
    return path


def test_a_deck_of_5000_slides_with_notes_is_accepted(tmp_path: Path) -> None:
    """The audit's case: 5,000 slides with notes are 20,000+ entries, twice the old limit."""
    deck = _deck_layout(tmp_path / "big.pptx", 5_000)
    with zipfile.ZipFile(deck) as archive:
        assert len(archive.infolist()) > 20_000
    check_archive(deck)  # no error


def test_the_limit_arithmetic() -> None:
    """The base, plus ENTRIES_PER_SLIDE for each slide part, up to MAX_COUNTED_SLIDES."""
    assert MAX_ENTRIES == 10_000 and ENTRIES_PER_SLIDE >= 4  # slide, rels, notes, notes rels
    slides = [p.format(n=n) for n in range(1, 5_001) for p in _PER_SLIDE_PARTS]
    assert entry_limit(slides) == (10_000 + 5_000 * ENTRIES_PER_SLIDE, 5_000)
    assert entry_limit(slides, 50) == (50 + 5_000 * ENTRIES_PER_SLIDE, 5_000)
    # layouts, masters, notes, media and look-alikes are not slides
    others = [
        "ppt/slideLayouts/slideLayout1.xml",
        "ppt/slides/_rels/slide1.xml.rels",
        "ppt/notesSlides/notesSlide1.xml",
        "ppt/media/image1.png",
        "ppt/slides/slide1.xml.bak",
        "word/slides/slide1.xml",
        "ppt/slides/slideX.xml",
    ]
    assert entry_limit(others) == (10_000, 0)
    many = [f"ppt/slides/slide{n}.xml" for n in range(MAX_COUNTED_SLIDES + 500)]
    assert entry_limit(many) == (
        10_000 + MAX_COUNTED_SLIDES * ENTRIES_PER_SLIDE,
        MAX_COUNTED_SLIDES,
    )


def test_a_real_deck_scaled_down(tmp_path: Path) -> None:
    """A python-pptx deck of 30 slides with notes (159 entries) under a base of 100: the
    slides' allowance lets it through, and every slide and its notes are read."""
    path = tmp_path / "deck.pptx"
    path.write_bytes(_deck_bytes(30))
    with zipfile.ZipFile(path) as archive:
        assert len(archive.infolist()) > 100 + 30  # over the base plus one per slide
    doc = read_document(path, max_archive_entries=100)
    assert {b.index for b in doc.blocks} == set(range(1, 31))
    assert [b.text for b in doc.blocks if b.kind == "notes"][-1] == "Say slide 30 slowly."
    with zipfile.ZipFile(path) as archive:
        assert entry_limit(archive.namelist(), 100) == (100 + 30 * ENTRIES_PER_SLIDE, 30)


def test_refusal_names_the_option(tmp_path: Path) -> None:
    """Too many entries for a document: the message says how to raise the limit."""
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(12):
            archive.writestr(f"word/media/image{i}.png", b"x")
    with pytest.raises(
        InputError,
        match=r"12 entries exceed the limit of 10; raise it with "
        r"--max-archive-entries \(or max-archive-entries",
    ):
        check_archive(many, max_entries=10)
    check_archive(many, max_entries=12)


def _entries_doc(path: Path, entries: int) -> Path:
    """A valid .docx (python-docx) padded with `entries` extra tiny entries."""
    import docx

    document = docx.Document()
    document.add_paragraph("Peer support increases hope (Davidson et al., 2012).")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as real, zipfile.ZipFile(path, "w") as archive:
        for item in real.infolist():
            archive.writestr(item, real.read(item))
        for i in range(entries):
            archive.writestr(f"word/padding/part{i}.xml", b"<x/>")
    return path


def test_option_and_configuration_raise_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check --max-archive-entries N` sets the limit, over `max-archive-entries = N` in the
    configuration; a refused document is unreadable input (exit 2) and the message names
    the option. (The documents here are small and the limits lowered, to stay quick.)"""
    monkeypatch.chdir(tmp_path)
    path = _entries_doc(tmp_path / "padded.docx", 60)  # python-docx's parts and 60 more
    runner = CliRunner()

    def check(*options: str) -> tuple[int, str]:
        result = runner.invoke(app, ["check", str(path), "-f", "json", *options])
        return result.exit_code, result.stdout + result.stderr

    code, out = check("--max-archive-entries", "50")
    assert code == 2 and "--max-archive-entries" in out, out
    result = runner.invoke(app, ["check", str(path), "-f", "json", "--max-archive-entries", "100"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["diagnostics"] == []
    (tmp_path / "peerclaims.toml").write_text("max-archive-entries = 50\n", encoding="utf-8")
    assert check()[0] == 2
    assert check("--max-archive-entries", "100")[0] == 0  # the option wins
    (tmp_path / "peerclaims.toml").write_text("max-archive-entries = 100\n", encoding="utf-8")
    assert check()[0] == 0
    (tmp_path / "peerclaims.toml").write_text("max-archive-entries = 0\n", encoding="utf-8")
    code, out = check()
    assert code == 2 and "max-archive-entries" in out and "peerclaims.toml" in out, out


def test_bombs_are_refused_however_many_slides(tmp_path: Path) -> None:
    """A deck's slides raise the entry limit only: a member that expands too far, or too
    much in all, is refused as before, with the option raised too."""
    zeros = {"ppt/media/zeros.bin": bytes(2_000_000)}  # expands about 1,000 times
    bomb = _deck_layout(tmp_path / "bomb.pptx", 300, zeros)
    with pytest.raises(InputError, match=r"zeros\.bin expands \d+x \(limit 200x\)"):
        check_archive(bomb, max_entries=1_000_000)
    with pytest.raises(InputError, match=r"MB uncompressed exceeds 1 MB"):
        check_archive(bomb, max_ratio=10_000, max_total=1024 * 1024)
    with pytest.raises(InputError, match=r"zeros\.bin expands"):
        read_document(bomb, max_archive_entries=1_000_000)


def test_entries_that_are_not_slides_get_no_allowance(tmp_path: Path) -> None:
    """Many small parts that are not slides are refused as before (with a deck's few slides)."""
    junk = {f"ppt/junk/part{i}.xml": b"<x/>" for i in range(MAX_ENTRIES)}
    path = _deck_layout(tmp_path / "junk.pptx", 3, junk)
    with pytest.raises(InputError, match=r"entries exceed the limit of 10,030 \(10,000 \+ 10 "):
        check_archive(path)
