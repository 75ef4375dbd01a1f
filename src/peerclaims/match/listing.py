"""`peerclaims cites`: every citation in some documents, and how each resolves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from peerclaims.corpus.load import Corpus
from peerclaims.documents import TextBlock, iter_document_paths, read_document
from peerclaims.errors import InputError
from peerclaims.match.context import Context
from peerclaims.match.reading import Analysis
from peerclaims.match.resolve import Difference, Status
from peerclaims.text.citations import CitationKind


@dataclass(frozen=True)
class CitationRow:
    """One cited work as found in a document."""

    path: str
    location: str
    line: int
    kind: CitationKind
    text: str
    authors: tuple[str, ...]
    year: str | None
    status: Status
    key: str | None
    candidates: tuple[str, ...]
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class CitesListing:
    """Rows for every citation, the number of documents read, and what could not be read."""

    rows: tuple[CitationRow, ...]
    files: int
    unreadable: tuple[str, ...]


def rows_for(analysis: Analysis) -> list[CitationRow]:
    """Rows for the in-text citations of one analysed document."""
    out = []
    path = analysis.doc.display_path
    for found in analysis.citations:
        block = analysis.blocks[found.block]
        if found.citation.kind == CitationKind.NUMBERED and not found.works:
            out.append(
                CitationRow(
                    path,
                    *_where(block, path, found.citation.start),
                    CitationKind.NUMBERED,
                    found.citation.text,
                    (),
                    None,
                    Status.UNRESOLVED,
                    None,
                    (),
                    (),
                )
            )
        for work in found.works:
            # each work where `check` reports it: at the work, not at the opening parenthesis
            res = work.resolution
            out.append(
                CitationRow(
                    path,
                    *_where(block, path, work.work.start),
                    found.citation.kind,
                    work.work.text,
                    work.work.authors,
                    work.work.year,
                    res.status,
                    res.key,
                    res.candidates,
                    res.differences,
                )
            )
    return out


def _where(block: TextBlock, path: str, offset: int) -> tuple[str, int]:
    """(location without the path, line or slide/paragraph/page number) of an offset."""
    location = block.location(path, offset).removeprefix(f"{path}:").strip()
    return location, block.position(offset)[0] if block.unit is None else (block.index or 0)


def list_citations(
    paths: Sequence[str | Path],
    corpus: Corpus,
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_format: str = "text",
) -> CitesListing:
    """Find and resolve the citations of every document under `paths`."""
    context = Context.build(corpus)
    rows: list[CitationRow] = []
    unreadable: list[str] = []
    files = 0
    for path in iter_document_paths(paths, include, exclude):
        files += 1
        try:
            doc = read_document(path, stdin_format=stdin_format)
        except InputError as exc:
            unreadable.append(str(exc))
            continue
        rows.extend(rows_for(Analysis(doc, context)))
    return CitesListing(tuple(rows), files, tuple(unreadable))
