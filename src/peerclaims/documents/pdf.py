"""PDF reader, via pypdf: one "page" block per page with text (group = page number).

Text comes from pypdf's layout-free extraction, so reading order follows the content
stream and scanned pages yield nothing. Encrypted files are read only when they open
with an empty password (permission-only protection); otherwise they are refused.

Suppressions: `peerclaims: ignore[rule]` on a page silences the rule on that page;
`peerclaims: ignore-file[rule]` in the whole document.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from peerclaims.diagnostics import Directive
from peerclaims.documents.types import (
    Document,
    TextBlock,
    add_directive,
    find_directives,
    freeze_suppressions,
)
from peerclaims.errors import InputError

if TYPE_CHECKING:
    from pypdf import PdfReader


def read_pdf(path: Path) -> Document:
    """Read a PDF into one block per page."""
    import logging

    # pypdf logs repairs ("EOF marker not found") itself; failures become our InputError
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        texts = _page_texts(path)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise InputError(f"{path}: not a valid PDF file ({type(exc).__name__}: {exc})") from exc
    blocks: list[TextBlock] = []
    acc: dict[int | None, set[str]] = {}
    directives: list[Directive] = []
    for number, text in enumerate(texts, 1):
        if text:
            blocks.append(TextBlock(text, "page", unit="page", index=number, group=number))
        for file_wide, rules, _ in find_directives(text):
            covers = [None if file_wide else number]
            add_directive(acc, directives, rules, covers, number, location=f"page {number}")
    return Document(str(path), "pdf", tuple(blocks), freeze_suppressions(acc), tuple(directives))


def _page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    if reader.is_encrypted:
        _decrypt(reader, path)
    return [(page.extract_text() or "").strip() for page in reader.pages]


def _decrypt(reader: PdfReader, path: Path) -> None:
    """Open a permission-only encrypted PDF; refuse one that needs a password."""
    from pypdf import PasswordType

    try:
        opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception as exc:  # e.g. AES without the optional cryptography package
        raise InputError(f"{path}: encrypted PDF cannot be opened ({exc})") from exc
    if not opened:
        raise InputError(f"{path}: encrypted PDF (a password is required)")
