"""`peerclaims report` (the evidence map) and `peerclaims cite` (APA 7 citations)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from peerclaims.cli.app import (
    OUTPUT,
    ClaimsOpt,
    ConfigOpt,
    OutputFileOpt,
    ReferencesOpt,
    app,
    as_format,
    err,
    exits_2_on_error,
    format_choices,
    format_option,
    load_for_command,
    output_file_option,
    read_config,
)
from peerclaims.cli.output import emit, to_stdout, write_output
from peerclaims.render import CiteRun, Format, Result, resolve, styled

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Reference
    from peerclaims.curate.report import EvidenceMap


ReportFormat = format_choices(Result.REPORT)
CiteFormat = format_choices(Result.CITE)


class CiteStyle(StrEnum):
    """Citation styles; APA 7 is the only one so far."""

    APA = "apa"


ReportOutputOpt = Annotated[Path | None, output_file_option("--output")]  # --output: before 0.2


@app.command()
def report(
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: Annotated[
        ReportFormat,  # type: ignore[valid-type]
        format_option(
            Result.REPORT,
            "text (tables), plain, markdown, csv (one row per claim–work link), "
            "json or html (one self-contained page).",
        ),
    ] = ReportFormat.AUTO,  # type: ignore[attr-defined]
    output: ReportOutputOpt = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="In text, list the claim ids of each summary list instead of counting them.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
) -> None:
    """The evidence map: each claim's grade and works, the load-bearing works, the gaps.

    See docs/report.md for the formats, the weight formula and the grading.
    """
    with exits_2_on_error():
        from peerclaims.curate.report import evidence_map

        cfg = read_config(config)
        emap = evidence_map(load_for_command(claims, references, cfg))
        if verbose and resolve(as_format(fmt), Result.REPORT, sys.stdout) in _TEXT:
            _verbose_text(emap, None if to_stdout(output) else output)
        else:
            emit(Result.REPORT, as_format(fmt), emap, output)


_TEXT = (Format.TEXT, Format.PLAIN)


def _verbose_text(emap: EvidenceMap, output: Path | None) -> None:
    """The text report with every id list written out: styled on a terminal, as the other
    text output; unstyled (120 columns) in a pipe or a file."""
    from peerclaims.render.report import text

    if output is not None:
        write_output(text.render(emap, verbose=True), output)
    elif styled(sys.stdout):
        from rich.console import Console

        text.render_to(emap, Console(file=sys.stdout, highlight=False), verbose=True)
    else:
        sys.stdout.write(text.render(emap, verbose=True))


@app.command()
def cite(
    keys: Annotated[
        list[str] | None,
        typer.Argument(metavar="KEY", help="BibTeX keys of the works to cite.", show_default=False),
    ] = None,
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            metavar="ID",
            help="Cite every work of this claim (repeatable).",
            show_default=False,
        ),
    ] = None,
    style: Annotated[
        CiteStyle,
        typer.Option(
            "--style",
            metavar="STYLE",
            help="Citation style: apa (APA 7), the only one so far.",
            case_sensitive=False,
        ),
    ] = CiteStyle.APA,
    fmt: Annotated[
        CiteFormat,  # type: ignore[valid-type]
        format_option(Result.CITE, "text, plain, json or markdown."),
    ] = CiteFormat.AUTO,  # type: ignore[attr-defined]
    output_file: OutputFileOpt = None,
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """APA 7 in-text citations (parenthetical and narrative) and reference-list entries.

    Works are listed in reference-list order; year suffixes (2006a, 2006b) and extra names
    before "et al." are worked out among the works cited together.
    """
    with exits_2_on_error():
        from peerclaims.apa import format_references

        if not keys and not claim:
            raise typer.BadParameter("give at least one KEY or --claim ID", param_hint="KEY")
        corpus = load_for_command(claims, references, read_config(config))
        works = format_references(_selected(corpus, keys or [], claim or []))
        emit(Result.CITE, as_format(fmt), CiteRun(works, style.value), output_file)


def _selected(corpus: Corpus, keys: list[str], claim_ids: list[str]) -> list[Reference]:
    """The references named by key or through claims; unknown names raise InputError."""
    from peerclaims.curate.explore import NotFoundError
    from peerclaims.suggest import closest

    wanted: list[str] = []
    for claim_id in claim_ids:
        found = corpus.claim(claim_id)
        if found is None:
            raise NotFoundError("claim", claim_id, closest(claim_id, [c.id for c in corpus.claims]))
        wanted.extend(e.ref for e in found.evidence if corpus.reference(e.ref) is not None)
        if not found.evidence:
            err(f"peerclaims: claim '{claim_id}' lists no works")
    for key in keys:
        if corpus.reference(key) is None:
            raise NotFoundError("work", key, closest(key, [r.key for r in corpus.references]))
        wanted.append(key)
    return [ref for ref in (corpus.reference(k) for k in wanted) if ref is not None]
