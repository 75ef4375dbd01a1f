"""Fuzz `read_document` on every format, from files: Markdown and text (any line ends, a
BOM, random bytes), .docx and .pptx built with python-docx and python-pptx from random
paragraphs, runs, headings, lists, tables, groups and notes (then truncated, byte-flipped
or with a broken XML part), and PDFs (hand-written and pypdf-written, RC4-encrypted,
mutated, with page-tree loops and deep nesting).

Properties: a document reads, or `InputError` says why in words (no Python class names);
nothing else escapes. What was written is what is read: every non-empty paragraph, cell,
title and note in order with its kind, slide, paragraph or page number. Text positions
point at the characters they name. Reading twice gives the same document.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from peerclaims.documents import Document, read_document
from peerclaims.errors import InputError
from peerclaims.fileio import decode_text
from tests.documents.test_document_properties import _check_positions, texts
from tests.fuzz.conftest import PROSE_TEXT, XML_TEXT, fuzz, mutations, time_limit
from tests.helpers import build_pdf
from tests.test_check_properties import TEXTISH

_PYTHON_WORDS = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning)\b|object at 0x|Traceback")


def read(path: Path) -> Document | None:
    """read_document under the time limit: a Document, or None after an InputError whose
    message names the file and speaks words. Reading twice gives the same result."""
    try:
        with time_limit(f"reading {path.name}"):
            document = read_document(path)
    except InputError as exc:
        message = str(exc)
        assert message.startswith(str(path)), message
        assert not _PYTHON_WORDS.search(message), message
        with pytest.raises(InputError):
            read_document(path)
        event(f"{path.suffix}: refused")
        return None
    event(f"{path.suffix}: read")
    assert read_document(path) == document
    for block in document.blocks:
        assert block.text, block
        if block.unit is not None:  # Office and PDF readers strip every block
            assert block.text == block.text.strip(), block
    return document


# --- Markdown and text ------------------------------------------------------------------------

TEXT_SUFFIXES = [".md", ".markdown", ".txt", ".text", ".MD"]


@fuzz()
@given(
    text=TEXTISH | texts,
    suffix=st.sampled_from(TEXT_SUFFIXES),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
)
def test_text_and_markdown_files_read_with_positions(
    workdir: Path, text: str, suffix: str, ending: str, bom: bool
) -> None:
    """Any text a reader accepts, with any line ends and maybe a BOM, read from a file:
    every block's characters are at the line and column it reports."""
    text = text.replace("\x00", "")
    path = workdir / ("doc" + suffix)
    data = (b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", ending).encode("utf-8", "replace")
    path.write_bytes(data)
    document = read(path)
    if document is None:  # only a file that looks like UTF-16 (NULs) is refused here
        return
    assert document.format == ("markdown" if suffix.lower() in (".md", ".markdown") else "text")
    lines = decode_text(data, "doc").split("\n")
    _check_positions(document, lines, blanked=document.format == "markdown")


@fuzz()
@given(
    data=st.binary(max_size=300)
    | TEXTISH.map(lambda t: t.encode()).flatmap(
        lambda b: mutations(b or b"x", [b"\xff", b"\xc3", b"\x00", b"\xed\xa0\x80", b"\r"])
    ),
    suffix=st.sampled_from(TEXT_SUFFIXES),
)
def test_any_bytes_as_text_read_or_say_why(workdir: Path, data: bytes, suffix: str) -> None:
    """Random and mutated bytes: a document or an InputError naming the line of the first
    byte that is not UTF-8."""
    path = workdir / ("doc" + suffix)
    path.write_bytes(data)
    try:
        read_document(path)
    except InputError as exc:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as bad:
            before = data[: bad.start]
            if exc.line:  # lines end at \n, \r\n and a lone \r
                lines = before.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n")
                assert exc.line == lines + 1, (str(exc), bad.start)
    read(path)


def test_the_line_of_a_bad_byte_counts_lone_carriage_returns() -> None:
    """Old Mac line ends (a lone CR) count as line ends, as every editor and position does."""
    with pytest.raises(InputError) as caught:
        decode_text(b"first\rsecond\rcaf\xe9\r", "doc.md")
    assert caught.value.line == 3, str(caught.value)


# --- .docx --------------------------------------------------------------------------------

RUN = XML_TEXT | PROSE_TEXT
DOCX_ITEM = st.one_of(
    st.tuples(
        st.just("paragraph"),
        st.lists(RUN, max_size=4),
        st.sampled_from([None, "List Bullet", "List Number", "Quote", "Normal"]),
    ),
    st.tuples(st.just("heading"), st.lists(RUN, min_size=1, max_size=2), st.integers(0, 9)),
    st.tuples(
        st.just("table"),
        st.lists(
            st.lists(st.lists(RUN, max_size=2), min_size=1, max_size=3), min_size=1, max_size=3
        ),
        st.none(),
    ),
    st.tuples(st.just("break"), st.none(), st.none()),
)


def build_docx(items: list[tuple[object, object, object]]) -> tuple[bytes, list[tuple[str, str]]]:
    """A .docx of `items` and the (text, kind) blocks a reader must find, in order."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    expected: list[tuple[str, str]] = []
    for kind, content, option in items:
        if kind == "paragraph":
            paragraph = document.add_paragraph(style=option)
            for run in content:  # type: ignore[attr-defined]
                paragraph.add_run(run)
            text = "".join(content).strip()  # type: ignore[arg-type]
            listed = option is not None and "List" in str(option)
            if text:
                expected.append((text, "list-item" if listed else "paragraph"))
        elif kind == "heading":
            text = "".join(content).strip()  # type: ignore[arg-type]
            document.add_heading(text, level=option)  # type: ignore[arg-type]
            if text:
                expected.append((text, "heading"))
        elif kind == "table":
            rows = content
            width = max(len(row) for row in rows)  # type: ignore[attr-defined]
            table = document.add_table(rows=len(rows), cols=width)  # type: ignore[arg-type]
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c in range(width):
                    runs = row[c] if c < len(row) else []
                    cell = table.cell(r, c)
                    for i, run in enumerate(runs):
                        (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).add_run(run)
                    expected += [(run.strip(), "table-cell") for run in runs if run.strip()]
        else:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), expected


@fuzz(scale=0.75)
@given(items=st.lists(DOCX_ITEM, max_size=8))
def test_docx_reads_what_was_written(
    workdir: Path, items: list[tuple[object, object, object]]
) -> None:
    """Every non-empty paragraph, heading and table cell, in order, with its kind and
    consecutive paragraph numbers; suppressions only on paragraphs the document has."""
    data, expected = build_docx(items)
    path = workdir / "doc.docx"
    path.write_bytes(data)
    document = read(path)
    assert document is not None
    assert [(b.text, b.kind) for b in document.blocks] == expected
    assert [b.index for b in document.blocks] == list(range(1, len(expected) + 1))
    assert all(b.unit == "paragraph" and b.line == 0 for b in document.blocks)
    assert all(key is None or 1 <= key <= len(expected) + 1 for key in document.suppressions)


# --- .pptx --------------------------------------------------------------------------------

SLIDE = st.fixed_dictionaries(
    {
        "layout": st.sampled_from([0, 1, 5, 6]),
        "title": RUN,
        "boxes": st.lists(
            st.tuples(
                st.integers(0, 9),
                st.integers(0, 7),
                st.lists(st.tuples(RUN, st.integers(0, 4)), max_size=3),
            ),
            max_size=3,
        ),
        "table": st.none()
        | st.lists(st.lists(RUN, min_size=1, max_size=3), min_size=1, max_size=3),
        "group": st.lists(RUN, max_size=2),
        "notes": st.none() | st.lists(RUN, max_size=3),
    }
)


def build_pptx(
    slides: list[dict[str, object]],
) -> tuple[bytes, list[Counter[tuple[str, str]]], list[list[str]]]:
    """A deck of `slides`, the (text, kind) blocks each slide must give (in any order: shapes
    are read top to bottom) and its notes paragraphs (in order)."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    shapes_expected: list[Counter[tuple[str, str]]] = []
    notes_expected: list[list[str]] = []
    for spec in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[spec["layout"]])  # type: ignore[index]
        found: Counter[tuple[str, str]] = Counter()
        if slide.shapes.title is not None:
            slide.shapes.title.text = spec["title"]  # type: ignore[assignment]
            if str(spec["title"]).strip():
                found[(str(spec["title"]).strip(), "title")] += 1
        for left, top, paragraphs in spec["boxes"]:  # type: ignore[attr-defined]
            frame = slide.shapes.add_textbox(
                Inches(left), Inches(top), Inches(3), Inches(1)
            ).text_frame
            for i, (text, level) in enumerate(paragraphs):
                paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                paragraph.text, paragraph.level = text, level
            kept = [(t.strip(), level) for t, level in paragraphs if t.strip()]
            for text, level in kept:
                found[(text, "list-item" if level > 0 or len(kept) > 1 else "paragraph")] += 1
        if spec["table"]:
            rows = spec["table"]
            width = max(len(row) for row in rows)  # type: ignore[attr-defined]
            table = slide.shapes.add_table(
                len(rows),
                width,
                Inches(1),
                Inches(4),  # type: ignore[arg-type]
                Inches(6),
                Inches(2),
            ).table
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if text.strip():
                        found[(text.strip(), "table-cell")] += 1
        if spec["group"]:
            group = slide.shapes.add_group_shape()
            for i, text in enumerate(spec["group"]):  # type: ignore[attr-defined]
                group.shapes.add_textbox(
                    Inches(i), Inches(5), Inches(2), Inches(1)
                ).text_frame.text = text
                if text.strip():
                    found[(text.strip(), "paragraph")] += 1
        notes = [n.strip() for n in spec["notes"] or () if n.strip()]  # type: ignore[attr-defined]
        if spec["notes"] is not None:
            frame = slide.notes_slide.notes_text_frame
            for i, text in enumerate(spec["notes"]):  # type: ignore[arg-type]
                (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = text
        shapes_expected.append(found)
        notes_expected.append(notes)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue(), shapes_expected, notes_expected


@fuzz(scale=0.5)
@given(slides=st.lists(SLIDE, max_size=4))
def test_pptx_reads_what_was_written(workdir: Path, slides: list[dict[str, object]]) -> None:
    """Each slide's titles, text boxes (by indent and paragraph count), table cells and
    grouped boxes, then its notes in order; every block carries its slide number."""
    data, shapes, notes = build_pptx(slides)
    path = workdir / "deck.pptx"
    path.write_bytes(data)
    document = read(path)
    assert document is not None
    for number, (found, said) in enumerate(zip(shapes, notes, strict=True), 1):
        blocks = [b for b in document.blocks if b.index == number]
        assert all(b.unit == "slide" and b.group == number and b.line == 0 for b in blocks)
        kinds = [b.kind for b in blocks]
        assert kinds == sorted(kinds, key=lambda k: k == "notes"), kinds  # notes come last
        assert Counter((b.text, b.kind) for b in blocks if b.kind != "notes") == found
        assert [b.text for b in blocks if b.kind == "notes"] == said
    assert {b.index for b in document.blocks} <= set(range(1, len(slides) + 1))
    assert all(key is None or 1 <= key <= len(slides) for key in document.suppressions)


# --- damaged Office files -------------------------------------------------------------------

DOCX_BASE, _ = build_docx(
    [
        ("heading", ["Peer support"], 1),
        ("paragraph", ["Peer support reduces readmissions (Mead, 2006)."], None),
        ("table", [[["a"], ["b"]]], None),
        ("paragraph", ["x"], "List Bullet"),
    ]
)
PPTX_BASE, _, _ = build_pptx(
    [
        {
            "layout": 5,
            "title": "Peer support",
            "boxes": [(1, 2, [("Hope", 0), ("More", 1)])],
            "table": [["a", "b"]],
            "group": ["g"],
            "notes": ["peerclaims: ignore[x]"],
        }
    ]
)
XML_BYTES = [
    b"<",
    b">",
    b"/>",
    b"</w:p>",
    b"<w:p>",
    b'"',
    b"&",
    b"&amp;",
    b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
    b"&e;",
    b"\x00",
    b"\xff",
    b'r:id="rId99"',
    b"<w:tbl>",
    b"<a:p>",
    b"<p:sp>",
    b"<?xml",
]


def rezip(base: bytes, member: str, mutate_member: bytes | None, rename: dict[str, str]) -> bytes:
    """`base` rebuilt with one member replaced and members renamed (a valid zip of a broken
    package)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == member and mutate_member is not None:
                data = mutate_member
            target.writestr(rename.get(info.filename, info.filename), data)
    return out.getvalue()


@st.composite
def damaged_office(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix, base = draw(st.sampled_from([(".docx", DOCX_BASE), (".pptx", PPTX_BASE)]))
    how = draw(st.sampled_from(["bytes", "member", "rename", "random", "swap"]))
    if how == "bytes":  # cut, flipped: the zip itself is broken
        return suffix, draw(
            mutations(base, [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\x00" * 8])
        )
    if how == "random":
        return suffix, draw(st.binary(max_size=400)) + draw(
            st.sampled_from([b"", b"PK\x05\x06" + b"\x00" * 18])
        )
    if how == "swap":  # a .docx named .pptx and the reverse
        return (".pptx" if suffix == ".docx" else ".docx"), base
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        names = sorted(archive.namelist())
        member = draw(st.sampled_from(names))
        content = archive.read(member)
    if how == "member":
        return suffix, rezip(base, member, draw(mutations(content, XML_BYTES, max_ops=3)), {})
    return suffix, rezip(
        base, member, None, {member: draw(st.sampled_from(["x.xml", member.upper(), member + "/"]))}
    )


@fuzz()
@given(damaged=damaged_office())
def test_damaged_office_files_read_or_say_why(workdir: Path, damaged: tuple[str, bytes]) -> None:
    """Truncated, flipped, random, renamed, with one XML part broken or one part missing:
    a document or an InputError in words, never another exception."""
    suffix, data = damaged
    path = workdir / ("damaged" + suffix)
    path.write_bytes(data)
    read(path)


@pytest.mark.parametrize(
    ("suffix", "member", "old", "new", "why"),
    [
        pytest.param(
            ".pptx",
            "_rels/.rels",
            b' Id="',
            b' Xd="',
            "PowerPoint deck (.pptx): damaged (required 'Id' attribute not present on element "
            "Relationship)",
            id="pptx-relationship-without-Id",
        ),
        pytest.param(
            ".docx",
            "word/document.xml",
            b"<w:pStyle w:val=",
            b"<w:pStyle w:xal=",
            "Word document (.docx): damaged (required 'w:val' attribute not present on element "
            "pStyle)",
            id="docx-style-without-val",
        ),
    ],
)
def test_an_element_missing_a_required_attribute_is_an_input_error(
    workdir: Path, suffix: str, member: str, old: bytes, new: bytes, why: str
) -> None:
    """python-pptx and python-docx raise their own InvalidXmlError (derived from neither
    ValueError nor lxml's errors) for an element missing a required attribute: found by
    the nightly profile, once a traceback, now an InputError in words."""
    base = PPTX_BASE if suffix == ".pptx" else DOCX_BASE
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        content = archive.read(member)
    assert old in content
    path = workdir / ("missing-attribute" + suffix)
    path.write_bytes(rezip(base, member, content.replace(old, new, 1), {}))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: not a readable {why}"


# --- PDF ------------------------------------------------------------------------------------

STANDARD_ENCODING = str.maketrans("'`", "’‘")
PDF_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@fuzz(scale=0.75)
@given(
    pages=st.lists(PDF_TEXT, min_size=1, max_size=5),
    encrypt=st.sampled_from([None, "RC4-40", "RC4-128"]),
)
def test_pdf_reads_each_page_with_its_number(
    workdir: Path, pages: list[str], encrypt: str | None
) -> None:
    """A text PDF (maybe re-written by pypdf with permission-only RC4 encryption): one
    block per page with text, numbered by page, holding that page's words."""
    data = build_pdf([_escape(p) for p in pages])
    if encrypt:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password="", owner_password="owner", algorithm=encrypt)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path = workdir / "paper.pdf"
    path.write_bytes(data)
    document = read(path)
    assert document is not None
    # Helvetica's StandardEncoding: byte 0x27 is a right quote, 0x60 a left one.
    pages = [p.translate(STANDARD_ENCODING) for p in pages]
    expected = [(i, " ".join(p.split())) for i, p in enumerate(pages, 1) if p.strip()]
    assert [(b.index, " ".join(b.text.split())) for b in document.blocks] == expected
    assert all(
        b.kind == "page" and b.unit == "page" and b.group == b.index for b in document.blocks
    )


def test_a_pdf_that_needs_a_password_is_refused(workdir: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_pdf(["secret"]))))
    writer.encrypt(user_password="user", owner_password="owner", algorithm="RC4-128")
    path = workdir / "locked.pdf"
    writer.write(path)
    with pytest.raises(InputError, match="password is required"):
        read_document(path)


def _hostile_pdf(kind: str, size: int) -> bytes:
    """Hand-made PDFs that have hurt PDF readers: loops, deep nesting, lying lengths."""
    if kind == "kids-loop":  # the page tree contains itself
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
        ]
    elif kind == "deep-array":
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox " + b"[" * size + b"]" * size + b" >>",
        ]
    elif kind == "deep-dict":
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /X " + b"<< /A " * size + b"1" + b" >>" * size + b" >>",
        ]
    elif kind == "huge-count":
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % (10**size),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
        ]
    elif kind == "lying-length":
        content = b"BT /F1 12 Tf (x) Tj ET"
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (10 ** min(size, 15), content),
        ]
    elif kind == "bad-flate":
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
            b"<< /Length 8 /Filter /FlateDecode >>\nstream\nx\x9c\xff\xff\xff\xff\x00\x00\nendstream",
        ]
    elif kind == "self-reference":
        body = [b"<< /Type /Catalog /Pages 1 0 R >>"]
    else:  # "content-nesting": deep q/Q and arrays in a content stream
        content = (
            b"q " * size + b"BT [" + b"[" * size + b"(x)" + b"]" * size + b"] TJ ET" + b" Q" * size
        )
        body = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(body, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(out)


def test_a_pdf_whose_error_quotes_a_backslash_is_refused_in_words(workdir: Path) -> None:
    base = build_pdf([""])
    path = workdir / "nul.pdf"
    path.write_bytes(base[:14] + b"\x00" + base[14:])  # "1 0 o\x00bj"
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: not a valid PDF file")


HOSTILE = [
    "kids-loop",
    "deep-array",
    "deep-dict",
    "huge-count",
    "lying-length",
    "bad-flate",
    "self-reference",
    "content-nesting",
]
PDF_BYTES = [
    b"obj",
    b"endobj",
    b"<<",
    b">>",
    b"stream\n",
    b"endstream",
    b"/Length 999999",
    b"0 R",
    b"xref",
    b"trailer",
    b"%%EOF",
    b"startxref\n0\n",
    b"/Filter /FlateDecode",
    b"[",
    b"]",
    b"(",
    b")",
    b"\\",
    b"/Encrypt 1 0 R",
    b"/ObjStm",
    b"/Type /Pages",
]


@fuzz()
@given(
    data=st.one_of(
        st.tuples(st.sampled_from(HOSTILE), st.integers(1, 5000)).map(lambda t: _hostile_pdf(*t)),
        st.lists(PDF_TEXT, min_size=1, max_size=3)
        .map(lambda p: build_pdf([_escape(x) for x in p]))
        .flatmap(lambda base: mutations(base, PDF_BYTES)),
        st.sampled_from(HOSTILE)
        .map(lambda k: _hostile_pdf(k, 3))
        .flatmap(lambda base: mutations(base, PDF_BYTES)),
        st.binary(max_size=300).map(lambda b: b"%PDF-1.7\n" + b),
    )
)
def test_damaged_and_hostile_pdfs_read_or_say_why(workdir: Path, data: bytes) -> None:
    """Page-tree loops, nesting thousands deep, lying lengths, broken streams and mutated
    bytes: a document or an InputError in words, within the time limit."""
    path = workdir / "hostile.pdf"
    path.write_bytes(data)
    document = read(path)
    if document is not None:
        assert all(b.index is not None and b.index >= 1 for b in document.blocks)
