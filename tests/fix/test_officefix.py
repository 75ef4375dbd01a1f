"""fix.officefix: edits inside the runs of a paragraph; what cannot be edited is skipped."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Pt

from peerclaims.diagnostics import Fix
from peerclaims.documents import read_document
from peerclaims.fix.officefix import apply_office


def deck(path: Path, runs: list[str], *, line_break_after: int | None = None) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    box = slide.shapes.add_textbox(0, 0, 100, 100)
    paragraph = box.text_frame.paragraphs[0]
    for i, text in enumerate(runs):
        run = paragraph.add_run()
        run.text, run.font.size = text, Pt(10 + i)
        if i == line_break_after:
            paragraph.add_line_break()
    prs.save(str(path))
    return path


def fix_for(path: Path, old: str, new: str) -> Fix:
    block = read_document(path).blocks[-1]
    start = block.text.index(old)
    return Fix(old, new, 0, start, start + len(old))


def runs(data: bytes, tmp_path: Path) -> list[tuple[str, float]]:
    out = tmp_path / "out.pptx"
    out.write_bytes(data)
    shape = Presentation(str(out)).slides[0].shapes[-1]
    return [(r.text, r.font.size.pt) for r in shape.text_frame.paragraphs[0].runs]


def test_a_replacement_over_three_runs_goes_into_the_first(tmp_path: Path) -> None:
    path = deck(tmp_path / "d.pptx", ["(Bologna & Pulice, 2", "0", "10)"])
    data, applied, changed = apply_office(path, "pptx", [fix_for(path, "2010", "2011")])
    assert len(applied) == 1
    assert runs(data, tmp_path) == [("(Bologna & Pulice, 2011", 10), ("", 11), (")", 12)]
    assert [(c.before, c.after) for c in changed] == [
        ("(Bologna & Pulice, 2010)", "(Bologna & Pulice, 2011)")
    ]


def test_an_insertion_joins_the_run_before_it(tmp_path: Path) -> None:
    path = deck(tmp_path / "d.pptx", ["(Davidson et al", ", 2012)"])
    start = read_document(path).blocks[-1].text.index(",")
    data, _, _ = apply_office(path, "pptx", [Fix("", ".", 0, start, start)])
    assert runs(data, tmp_path) == [("(Davidson et al.", 10), (", 2012)", 11)]


def test_an_edit_across_a_line_break_is_skipped(tmp_path: Path) -> None:
    path = deck(tmp_path / "d.pptx", ["(Bologna &", "Pulice, 2010)"], line_break_after=0)
    text = read_document(path).blocks[-1].text
    assert text == "(Bologna &\nPulice, 2010)"
    fix = Fix("&\nPulice", "and Pulice", 0, 9, 17)
    assert apply_office(path, "pptx", [fix])[1] == []


def test_a_stale_edit_is_skipped(tmp_path: Path) -> None:
    path = deck(tmp_path / "d.pptx", ["(Bologna & Pulice, 2012)"])
    assert apply_office(path, "pptx", [Fix("2010", "2011", 0, 19, 23)])[1] == []
