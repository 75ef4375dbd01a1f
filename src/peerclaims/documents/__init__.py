"""Reading slide decks, handouts and papers into located blocks of text.

`read_document` picks a reader by file suffix (or `stdin_format` for "-") and returns a
`Document`: a tuple of `TextBlock`s, each knowing where it came from (line and column for
text and Markdown; slide, paragraph or page for office files and PDFs), plus the
suppressions declared in the file with `peerclaims: ignore[rule, ...]` directives.

Heavy libraries (python-pptx, python-docx, pypdf, markdown-it-py) are imported by the
readers only when a file of that kind is read. Anything unreadable raises `InputError`.

Everything is importable from here; it lives in `types` (Document, TextBlock, suppressions),
`discovery` (suffixes, iter_document_paths), `archive` (zip-bomb and renamed-file guards),
`dispatch` (read_document) and one module per format (text, markdown, pptx, docx, pdf).
"""

from __future__ import annotations

from peerclaims.documents.archive import check_archive, office_errors, office_problem
from peerclaims.documents.discovery import FORMATS_BY_SUFFIX, iter_document_paths
from peerclaims.documents.dispatch import STDIN_FORMATS, read_document
from peerclaims.documents.types import (
    Document,
    Suppressions,
    TextBlock,
    add_suppression,
    freeze_suppressions,
    parse_directives,
)

__all__ = [
    "FORMATS_BY_SUFFIX",
    "STDIN_FORMATS",
    "Document",
    "Suppressions",
    "TextBlock",
    "add_suppression",
    "check_archive",
    "freeze_suppressions",
    "iter_document_paths",
    "office_errors",
    "office_problem",
    "parse_directives",
    "read_document",
]

_check_archive = check_archive  # the name tests/documents/test_read_office.py imports
