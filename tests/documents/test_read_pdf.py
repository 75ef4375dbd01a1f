"""PDF reader: page blocks, malformed and encrypted files."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from peerclaims.documents import read_document
from peerclaims.errors import InputError


def test_text_per_page(make_pdf: Callable[[list[str]], Path]) -> None:
    path = make_pdf(["Hello peer support", "", "peerclaims: ignore[uncited-claim]"])
    document = read_document(path)
    assert document.format == "pdf"
    rows = [(b.text, b.kind, b.unit, b.index, b.group) for b in document.blocks]
    assert rows == [
        ("Hello peer support", "page", "page", 1, 1),
        ("peerclaims: ignore[uncited-claim]", "page", "page", 3, 3),
    ]
    assert document.suppressions == {3: frozenset({"uncited-claim"})}
    assert document.blocks[0].location("paper.pdf") == "paper.pdf: page 1"


def test_truncated_pdf_is_refused(make_pdf: Callable[[list[str]], Path]) -> None:
    path = make_pdf(["Hello"])
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    with pytest.raises(InputError, match=r"paper\.pdf: not a valid PDF file"):
        read_document(path)


def _encrypted(tmp_path: Path, user_password: str) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"locked\.pdf: encrypted PDF"):
        read_document(_encrypted(tmp_path, "secret"))


def test_permission_only_encryption_is_read(tmp_path: Path) -> None:
    document = read_document(_encrypted(tmp_path, ""))
    assert document.blocks == ()
