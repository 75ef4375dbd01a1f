"""Checking .pptx, .docx and .pdf files: slide and paragraph locations, notes suppressions,
footer citations, and unreadable inputs that do not stop the rest of a run."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from peerclaims.cli import app
from peerclaims.diagnostics import Diagnostic
from peerclaims.documents import read_document
from tests.helpers import SOURCE_TABLE, build_pdf, context, source_table_docx, source_table_pptx

STATES = "48 states and DC reimburse peer support"
OCHOKA = "Members gained confidence (Ochoka, Nelson, Janzen, & Trainor, 2006)"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in its own empty directory, outside GitHub Actions."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def invoke(*args: str) -> Result:
    """Run the CLI in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(app, list(args))


def _textbox(slide, text: str, name: str, top: float, *, in_group=None):  # type: ignore[no-untyped-def]
    from pptx.util import Inches

    shapes = in_group.shapes if in_group is not None else slide.shapes
    box = shapes.add_textbox(Inches(0.5), Inches(top), Inches(9), Inches(0.8))
    box.text_frame.text = text
    box.name = name
    return box


def build_deck(path: Path) -> Path:
    """Six slides: a title, a cited claim, slide 3's uncited statistic and misspelt citation,
    a group shape and a table, a claim with its citation at the foot, notes that ignore."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    one = deck.slides.add_slide(deck.slide_layouts[5])
    one.shapes.title.text = "Why peer support works"
    _textbox(one, "A talk for the county behavioral health board", "Subtitle", 2)

    two = deck.slides.add_slide(deck.slide_layouts[5])
    two.shapes.title.text = "What peers bring"
    _textbox(
        two, "Peer recovery support may decrease self-stigma (Corrigan & Sokol, 2013).", "Claim", 2
    )

    three = deck.slides.add_slide(deck.slide_layouts[5])
    three.shapes.title.text = "The workforce"
    _textbox(three, STATES, "Statistic", 2)
    _textbox(three, OCHOKA, "Empowerment", 3)

    four = deck.slides.add_slide(deck.slide_layouts[6])
    group = four.shapes.add_group_shape()
    group.name = "Evidence group"
    _textbox(four, "Peer support can reduce readmissions by 42%", "Grouped", 1, in_group=group)
    table = four.shapes.add_table(2, 2, Inches(0.5), Inches(3), Inches(9), Inches(2))
    table.name = "Outcomes"
    for (r, c), text in {
        (0, 0): "Outcome",
        (0, 1): "Note",
        (1, 0): "Peer recovery support may decrease self-stigma",
        (1, 1): "see handout",
    }.items():
        table.table.cell(r, c).text = text

    five = deck.slides.add_slide(deck.slide_layouts[6])
    _textbox(five, "Adding a peer recovery mentor can reduce readmissions by 42%", "Claim", 1)
    _textbox(five, "(Sledge et al., 2011)", "Footer", 6.5)

    six = deck.slides.add_slide(deck.slide_layouts[6])
    _textbox(six, "46 states and DC reimburse peer support services", "Statistic", 1)
    six.notes_slide.notes_text_frame.text = "Source pending. peerclaims: ignore[uncited-claim]"

    deck.save(str(path))
    return path


def check_file(path: Path, select: list[str] | None = None) -> list[Diagnostic]:
    """Diagnostics of one file against the bundled corpus."""
    from peerclaims.check import check_document
    from peerclaims.rules import RuleSettings

    settings = RuleSettings(select=frozenset(select) if select else None)
    return check_document(read_document(path), context(), settings)


def where(diagnostics: list[Diagnostic]) -> list[tuple[str, str]]:
    """(location, rule name) of each diagnostic, in order."""
    return [(d.location or "", d.name) for d in diagnostics]


# --- pptx -------------------------------------------------------------------------------


def test_deck_findings_by_slide(tmp_path: Path) -> None:
    """Off slide 3, findings name slide and shape: a grouped box, a table cell, slide 6's figure."""
    found = check_file(
        build_deck(tmp_path / "deck.pptx"),
        ["author-misspelt", "uncited-claim", "statistic-mismatch"],
    )
    assert [w for w in where(found) if not w[0].startswith("slide 3")] == [
        ("slide 4 (Grouped)", "uncited-claim"),
        ("slide 4 (Outcomes r2c1)", "uncited-claim"),
        ("slide 6 (Statistic)", "statistic-mismatch"),
    ]


def test_misspelt_citation_on_slide_3(tmp_path: Path) -> None:
    """The misspelt author is reported at slide 3, line = slide number, with the fix."""
    found = check_file(build_deck(tmp_path / "deck.pptx"), ["author-misspelt"])
    assert [
        (d.path.endswith("deck.pptx"), d.line, d.column, d.location, d.suggestion) for d in found
    ] == [
        (True, 3, 0, "slide 3 (Empowerment)", "(Ochocka, Nelson, Janzen, & Trainor, 2006)"),
    ]


def test_uncited_statistic_on_slide_3(tmp_path: Path) -> None:
    """A citation inside another claim's text box on the slide does not cite the statistic."""
    found = check_file(build_deck(tmp_path / "deck.pptx"), ["uncited-claim"])
    assert ("slide 3 (Statistic)", "uncited-claim") in where(found)


def test_footer_citation_supports_claim_on_its_slide(tmp_path: Path) -> None:
    """A citation in a separate text box at the foot of slide 5 cites the claim above it."""
    found = check_file(build_deck(tmp_path / "deck.pptx"), ["uncited-claim"])
    assert [d for d in found if d.location and d.location.startswith("slide 5")] == []


def test_notes_ignore_silences_rule_on_that_slide_only(tmp_path: Path) -> None:
    """Notes `ignore[uncited-claim]` on slide 6 keep its statistic-mismatch and slide 4's findings."""
    found = check_file(build_deck(tmp_path / "deck.pptx"), ["uncited-claim", "statistic-mismatch"])
    six = [d.name for d in found if d.location and d.location.startswith("slide 6")]
    four = [d.name for d in found if d.location and d.location.startswith("slide 4")]
    assert (six, four) == (["statistic-mismatch"], ["uncited-claim", "uncited-claim"])


def test_deck_plain_output(tmp_path: Path) -> None:
    """Plain output shows `deck.pptx: slide 3 (shape): ...` and exits 1 on the error."""
    build_deck(tmp_path / "deck.pptx")
    result = invoke("check", "deck.pptx", "--format", "plain", "--select", "author-misspelt")
    assert result.exit_code == 1
    assert result.stdout == (
        "deck.pptx: slide 3 (Empowerment): error 'Ochoka' is spelt 'Ochocka' in Ochocka et al. "
        "(2006) [author-misspelt] -- suggestion: (Ochocka, Nelson, Janzen, & Trainor, 2006)\n"
    )
    assert result.stderr == "1 error in 1 file\n"


def test_deck_cites(tmp_path: Path) -> None:
    """`peerclaims cites` lists the deck's citations by slide and shape."""
    build_deck(tmp_path / "deck.pptx")
    result = invoke("cites", "deck.pptx")
    assert (result.exit_code, result.stderr) == (0, "3 citations in 1 file\n")
    assert result.stdout == (
        "deck.pptx: slide 2 (Claim)  Corrigan & Sokol, 2013  → exact corrigan2013impact\n"
        "deck.pptx: slide 3 (Empowerment)  Ochoka, Nelson, Janzen, & Trainor, 2006  → variant "
        "of ochocka2006longitudinal (author Ochoka → Ochocka)\n"
        "deck.pptx: slide 5 (Footer)  Sledge et al., 2011  → exact sledge2011effectiveness\n"
    )


# --- docx -------------------------------------------------------------------------------


def build_handout(path: Path) -> Path:
    """A Word handout: heading, a cited claim, an uncited statistic, a table of citations."""
    import docx

    document = docx.Document()
    document.add_heading("Peer support outcomes", level=1)
    document.add_paragraph(
        "Peer support offers a level of acceptance, understanding, and "
        "validation not found in many other professional relationships "
        "(Mead & McNeil, 2006)."
    )
    document.add_paragraph("")
    document.add_paragraph("48 states and DC reimburse peer support services.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Outcome"
    table.cell(0, 1).text = "Source"
    table.cell(1, 0).text = "Less self-stigma (Bologna, et al., 2011)"
    table.cell(1, 1).text = "Fewer hospital days (Bologna & Pulice, 2010)"
    document.add_paragraph("Raised empowerment scores. peerclaims: ignore[uncited-claim]")
    document.save(str(path))
    return path


def test_docx_findings_by_paragraph(tmp_path: Path) -> None:
    """Findings name the heading and the paragraph's first words (Word shows no paragraph
    numbers), a table cell its table and row; `line` keeps the paragraph's number."""
    found = check_file(
        build_handout(tmp_path / "handout.docx"), ["uncited-claim", "et-al-misuse", "year-mismatch"]
    )
    assert [(d.line, d.location, d.name, d.suggestion) for d in found] == [
        (
            3,
            'under "Peer support outcomes", paragraph starting "48 states and DC…"',
            "uncited-claim",
            None,
        ),
        (
            6,
            'under "Peer support outcomes", table 1, row 2, cell starting "Less self-stigma '
            '(Bologna, et…"',
            "et-al-misuse",
            "(Bologna & Pulice, 2011)",
        ),
        (
            7,
            'under "Peer support outcomes", table 1, row 2, cell starting "Fewer hospital '
            'days (Bologna…"',
            "year-mismatch",
            "(Bologna & Pulice, 2011)",
        ),
    ]


def test_docx_plain_output(tmp_path: Path) -> None:
    """Plain output shows `handout.docx: under "Heading", ... cell starting "…": ...`."""
    build_handout(tmp_path / "handout.docx")
    result = invoke("check", "handout.docx", "--format", "plain", "--select", "year-mismatch")
    assert (result.exit_code, result.stdout) == (
        1,
        (
            'handout.docx: under "Peer support outcomes", table 1, row 2, cell starting '
            '"Fewer hospital days (Bologna…": '
            "error 'Bologna & Pulice, 2010' gives 2010; the work is "
            "Bologna and Pulice (2011) [year-mismatch] -- suggestion: (Bologna & Pulice, 2011)\n"
        ),
    )


# --- pdf --------------------------------------------------------------------------------


def test_pdf_findings_by_page(tmp_path: Path) -> None:
    """A PDF's findings name their page."""
    path = tmp_path / "paper.pdf"
    path.write_bytes(
        build_pdf(
            ["Peer support: an overview", "48 states and DC reimburse peer support services."]
        )
    )
    found = check_file(path, ["uncited-claim"])
    assert [(d.line, d.location, d.name) for d in found] == [(2, "page 2", "uncited-claim")]


# --- unreadable inputs --------------------------------------------------------------------


def _unreadable_set(tmp_path: Path) -> None:
    """A good Markdown talk next to an .odt, a binary .md and a malformed .pptx."""
    (tmp_path / "talk.md").write_text(
        "Less self-stigma (Bologna, et al., 2011).\n", encoding="utf-8"
    )
    (tmp_path / "notes.odt").write_bytes(b"PK\x03\x04 not really an OpenDocument file")
    (tmp_path / "binary.md").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.pptx").write_bytes(b"PK\x03\x04 truncated zip")


@pytest.mark.parametrize("select", [[], ["--select", "et-al-misuse"]], ids=["all", "select"])
def test_unreadable_inputs_exit_2_and_others_are_checked(tmp_path: Path, select: list[str]) -> None:
    """Each unreadable file is one unreadable-input diagnostic (in argument order), exit 2, and
    talk.md is still checked."""
    _unreadable_set(tmp_path)
    result = invoke(
        "check", "notes.odt", "binary.md", "talk.md", "broken.pptx", "--format", "plain", *select
    )
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines if line.endswith("[unreadable-input]")] == [
        "notes.odt",
        "binary.md",
        "broken.pptx",
    ]
    assert (
        "talk.md:1:19: warning 'Bologna, et al., 2011' uses et al. for a work with "
        "2 authors [et-al-misuse] -- suggestion: (Bologna & Pulice, 2011)"
    ) in lines
    assert (
        "notes.odt: error unsupported file type (supported: .md, .markdown, "
        ".txt, .text, .pptx, .docx, .pdf) [unreadable-input]" in lines
    )
    assert "Traceback" not in result.stdout + result.stderr


def test_unreadable_inputs_in_json(tmp_path: Path) -> None:
    """In JSON, every unreadable file is one error at line 0, beside the talk's findings."""
    import json

    _unreadable_set(tmp_path)
    result = invoke(
        "check",
        "binary.md",
        "broken.pptx",
        "notes.odt",
        "talk.md",
        "--format",
        "json",
        "--select",
        "et-al-misuse",
    )
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [(d["path"], d["line"], d["name"], d["severity"]) for d in report["diagnostics"]] == [
        ("binary.md", 0, "unreadable-input", "error"),
        ("broken.pptx", 0, "unreadable-input", "error"),
        ("notes.odt", 0, "unreadable-input", "error"),
        ("talk.md", 1, "et-al-misuse", "warning"),
    ]
    assert report["summary"]["files"] == 4
    assert result.stderr.splitlines()[-1] == "3 errors, 1 warning in 4 files"


def test_a_docx_source_column_backs_its_own_row(tmp_path: Path) -> None:
    """The claim of each row is backed by the source cell of that row only: the first row's
    trial is cited, the second row's cost claim is judged against its own review."""
    from peerclaims.check import check_paths

    path = tmp_path / "t.docx"
    source_table_docx(path)
    report = check_paths([path], context().corpus)
    found = [(d.name, d.location) for d in report.diagnostics if d.severity != "info"]
    assert found == [
        ("outcome-not-reported", 'table 1, row 3, cell "Peer support lowered costs."'),
    ]


def test_a_pptx_source_column_backs_its_own_row(tmp_path: Path) -> None:
    """On a slide too, a table's source column backs its own row's claim, and never the
    rows around it (nor the slide as a footer source would)."""
    from peerclaims.check import check_paths

    path = tmp_path / "t.pptx"
    source_table_pptx(path, [*SOURCE_TABLE, ("Peer support reduced relapse.", "")])
    kinds = [(b.text, b.kind) for b in read_document(path).blocks if b.kind.startswith("table")]
    assert ("Sledge et al., 2011", "table-source") in kinds
    assert ("Source", "table-cell") in kinds
    report = check_paths([path], context().corpus)
    found = sorted((d.name, d.location) for d in report.diagnostics if d.severity != "info")
    assert found == [
        ("outcome-not-reported", "slide 1 (Table 2 r3)"),
        ("uncited-claim", "slide 1 (Table 2 r4)"),  # the row with no source is uncited
    ]
