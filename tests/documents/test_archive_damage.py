"""A damaged .docx or .pptx is one line in words naming the file, with exit 2.

python-docx and python-pptx raise many kinds of exception on damaged packages: lxml's
XMLSyntaxError for a part that is not well-formed, their own InvalidXmlError for an
element missing a required attribute (derived from neither ValueError nor lxml's errors),
KeyError for a part or relationship that is missing. `archive.office_errors` catches
each library's whole family and `archive.office_damage` says what is wrong, naming the
part where it can: never a traceback, never a Python class name.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app
from peerclaims.documents import read_document
from peerclaims.documents.archive import office_damage, office_errors
from peerclaims.errors import InputError


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Peer support", level=1)
    document.add_paragraph("Peer support reduces readmissions (Mead, 2006).")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pptx() -> bytes:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Peer support"
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


Edit = Callable[[dict[str, bytes]], None]


def _damaged(base: bytes, edit: Edit) -> bytes:
    with zipfile.ZipFile(io.BytesIO(base)) as source:
        members = {name: source.read(name) for name in source.namelist()}
    edit(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    return out.getvalue()


def _replace(member: str, old: bytes, new: bytes) -> Edit:
    def edit(members: dict[str, bytes]) -> None:
        assert old in members[member], (member, old)
        members[member] = members[member].replace(old, new, 1)

    return edit


def _drop(member: str) -> Edit:
    def edit(members: dict[str, bytes]) -> None:
        del members[member]

    return edit


def _truncate(member: str, keep: int) -> Edit:
    def edit(members: dict[str, bytes]) -> None:
        members[member] = members[member][:keep]

    return edit


WORD = "not a readable Word document (.docx)"
DECK = "not a readable PowerPoint deck (.pptx)"
CASES = [
    pytest.param(
        "doc.docx",
        _docx,
        _replace("word/document.xml", b"</w:p>", b"</w:q>"),
        rf"{re.escape(WORD)}: word/document\.xml is not well-formed XML \(line 2, column \d+: "
        r"Opening and ending tag mismatch: p line 2 and q\)",
        id="docx-tag-mismatch",
    ),
    pytest.param(
        "doc.docx",
        _docx,
        _replace("word/document.xml", b"<w:pStyle w:val=", b"<w:pStyle w:xal="),
        re.escape(f"{WORD}: damaged (required 'w:val' attribute not present on element pStyle)"),
        id="docx-element-missing-attribute",
    ),
    pytest.param(
        "doc.docx",
        _docx,
        _drop("word/styles.xml"),
        re.escape(f"{WORD}: the part word/styles.xml is missing"),
        id="docx-missing-part",
    ),
    pytest.param(
        "doc.docx",
        _docx,
        _replace("word/_rels/document.xml.rels", b'Target="styles.xml"', b'Target="gone.xml"'),
        re.escape(f"{WORD}: the part word/gone.xml is missing"),
        id="docx-relationship-to-nothing",
    ),
    pytest.param(
        "doc.docx",
        _docx,
        _truncate("[Content_Types].xml", 40),
        rf"{re.escape(WORD)}: \[Content_Types\]\.xml is not well-formed XML \(line 1, column \d+: ",
        id="docx-truncated-content-types",
    ),
    pytest.param(
        "deck.pptx",
        _pptx,
        _truncate("ppt/slides/slide1.xml", 200),
        rf"{re.escape(DECK)}: ppt/slides/slide1\.xml is not well-formed XML \(line 2, column \d+: ",
        id="pptx-truncated-slide",
    ),
    pytest.param(
        "deck.pptx",
        _pptx,
        _replace("_rels/.rels", b' Id="', b' Xd="'),
        re.escape(f"{DECK}: damaged (required 'Id' attribute not present on element Relationship)"),
        id="pptx-relationship-without-id",
    ),
    pytest.param(
        "deck.pptx",
        _pptx,
        _drop("ppt/slides/slide1.xml"),
        re.escape(f"{DECK}: a part it refers to (relationship rId7) is missing"),
        id="pptx-missing-slide",
    ),
]


@pytest.mark.parametrize(("name", "base", "edit", "why"), CASES)
def test_a_damaged_office_file_is_one_line_in_words(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    base: Callable[[], bytes],
    edit: Edit,
    why: str,
) -> None:
    """`peerclaims check` on a damaged file: exit 2, one line naming the file and the damage."""
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(_damaged(base(), edit))
    result = CliRunner().invoke(app, ["check", name, "-f", "json"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    first, *rest = result.stderr.splitlines()
    assert re.fullmatch(rf"peerclaims: {re.escape(name)}: {why}.*", first), first
    assert rest == ["1 error in 1 file"]
    assert "Traceback" not in result.stderr + result.stdout
    assert not re.search(r"\b[A-Z]\w*(?:Error|Exception)\b", first), first


@pytest.mark.parametrize(("name", "base", "edit", "why"), CASES)
def test_read_document_raises_an_input_error(
    tmp_path: Path, name: str, base: Callable[[], bytes], edit: Edit, why: str
) -> None:
    """The library says the same as the command line: an InputError starting with the path."""
    path = tmp_path / name
    path.write_bytes(_damaged(base(), edit))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert re.fullmatch(rf"{re.escape(str(path))}: {why}.*", str(caught.value))


def test_office_errors_are_the_libraries_families() -> None:
    """Each library's base exception is caught, so a new subclass of it is caught too."""
    import docx.exceptions
    import docx.opc.exceptions
    import docx.oxml.exceptions
    import pptx.exc
    from lxml.etree import LxmlError

    caught = office_errors()
    for family in (
        docx.exceptions.PythonDocxError,
        docx.oxml.exceptions.XmlchemyError,
        docx.opc.exceptions.OpcError,
        pptx.exc.PythonPptxError,
        LxmlError,
        LookupError,
        RecursionError,
    ):
        assert issubclass(family, caught), family


def test_a_message_without_words_says_damaged(tmp_path: Path) -> None:
    """An exception whose message is a repr is not quoted: the file is "damaged"."""
    error = office_damage(tmp_path / "a.pptx", "pptx", ValueError("<Element sld at 0x7f00>"))
    assert str(error) == f"{tmp_path / 'a.pptx'}: {DECK}: damaged"
