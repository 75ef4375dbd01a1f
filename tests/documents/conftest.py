"""Builders of real .pptx, .docx and .pdf files for the document reader tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import build_pdf


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[[list[str]], Path]:
    """Write a text PDF with the given page texts and return its path."""

    def make(pages: list[str]) -> Path:
        path = tmp_path / "paper.pdf"
        path.write_bytes(build_pdf(pages))
        return path

    return make


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    """A 3-slide deck: title + bullets, table, group shape, speaker notes on slide 3."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    one = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    one.shapes.title.text = "Peer support works"
    footer = one.shapes.add_textbox(Inches(1), Inches(6), Inches(6), Inches(1))
    footer.text_frame.text = "Footer added first, shown last"
    bullets = one.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(3)).text_frame
    bullets.text = "Fewer readmissions"
    second = bullets.add_paragraph()
    second.text, second.level = "30-day follow-up", 1
    bullets.add_paragraph()  # empty: no block
    third = bullets.add_paragraph()
    third.text = "Lower costs"
    third.add_line_break()
    third.add_run().text = "per patient"

    two = deck.slides.add_slide(deck.slide_layouts[6])  # "Blank"
    table = two.shapes.add_table(2, 2, Inches(1), Inches(3), Inches(6), Inches(2)).table
    for (r, c), text in {
        (0, 0): "Outcome",
        (0, 1): "Source",
        (1, 0): "Readmissions -20%",
        (1, 1): "Smith 2020",
    }.items():
        table.cell(r, c).text = text
    two.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1)).text = "Evidence table"

    three = deck.slides.add_slide(deck.slide_layouts[6])
    group = three.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(1), Inches(4), Inches(3), Inches(1)).text = "Group lower"
    group.shapes.add_textbox(Inches(1), Inches(3), Inches(3), Inches(1)).text = "Group upper"
    three.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1)).text = "Standalone"
    notes = three.notes_slide.notes_text_frame
    notes.text = "Say this slide slowly"
    notes.add_paragraph().text = "peerclaims: ignore[uncited-claim]"

    path = tmp_path / "deck.pptx"
    deck.save(str(path))
    return path


@pytest.fixture
def docx_path(tmp_path: Path) -> Path:
    """A document with heading, paragraphs, a bulleted list, numbering and a table."""
    import docx

    document = docx.Document()
    document.add_heading("Peer support outcomes", level=1)
    document.add_paragraph("Peer support reduces readmissions.")
    document.add_paragraph("")  # empty: no block, no number
    document.add_paragraph("Fewer readmissions", style="List Bullet")
    document.add_paragraph("Lower costs", style="List Bullet")
    numbered = document.add_paragraph("Numbered directly")
    numbered._p.get_or_add_pPr().get_or_add_numPr()
    document.add_paragraph("After the list.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Outcome"
    table.cell(0, 1).text = "Source"
    table.cell(1, 0).text = "Readmissions"
    table.cell(1, 0).add_paragraph("(30-day)")
    table.cell(1, 1).text = "Smith 2020"
    document.add_heading("Closing", level=0)
    document.add_paragraph("Unchecked claim. peerclaims: ignore[uncited-claim]")
    path = tmp_path / "doc.docx"
    document.save(str(path))
    return path
