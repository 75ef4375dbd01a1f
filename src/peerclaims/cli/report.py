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
    ReferencesOpt,
    app,
    as_format,
    err,
    exits_2_on_error,
    format_choices,
    format_option,
    load_for_command,
    read_config,
)
from peerclaims.render import CiteRun, Result, render, to_string

if TYPE_CHECKING:
    from peerclaims.apa import Formatted
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Reference


ReportFormat = format_choices(Result.REPORT)
CiteFormat = format_choices(Result.CITE)


class CiteStyle(StrEnum):
    """Citation styles; APA 7 is the only one so far."""

    APA = "apa"


OutputFileOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.",
                 rich_help_panel=OUTPUT, show_default=False),
]


@app.command()
def report(
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: Annotated[ReportFormat, format_option(  # type: ignore[valid-type]
        Result.REPORT, "text (tables), plain, markdown, csv (one row per claim–work link), "
        "json or html (one self-contained page).")] = ReportFormat.AUTO,  # type: ignore[attr-defined]
    output: OutputFileOpt = None,
) -> None:
    """The evidence map: each claim's grade and works, the load-bearing works, the gaps.

    See docs/report.md for the formats, the weight formula and the grading.
    """
    with exits_2_on_error():
        from peerclaims.curate.report import evidence_map

        cfg = read_config(config)
        emap = evidence_map(load_for_command(claims, references, cfg))
        if output is None or str(output) == "-":  # "-" means stdout, as everywhere else
            render(Result.REPORT, as_format(fmt), emap, sys.stdout)
            return
        write_output(to_string(Result.REPORT, as_format(fmt), emap), output)


def write_output(text: str, output: Path) -> None:
    """Write a rendered result to the --output file (atomically, through fileio)."""
    from peerclaims.errors import InputError
    from peerclaims.fileio import write_atomic

    if not str(output).strip() or str(output) == ".":
        raise InputError("--output needs a file name (or '-' for stdout)")
    if output.is_dir():
        raise InputError(f"--output {output}: is a directory; give a file name")
    write_atomic(output, text)


@app.command()
def cite(
    keys: Annotated[list[str] | None, typer.Argument(
        help="BibTeX keys of the works to cite.", show_default=False)] = None,
    claim: Annotated[list[str] | None, typer.Option(
        "--claim", help="Cite every work of this claim (repeatable).", show_default=False)] = None,
    style: Annotated[CiteStyle, typer.Option(
        "--style", help="Citation style.", case_sensitive=False)] = CiteStyle.APA,
    fmt: Annotated[CiteFormat, format_option(  # type: ignore[valid-type]
        Result.CITE, "text, plain, json or markdown.")] = CiteFormat.AUTO,  # type: ignore[attr-defined]
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
        _print_cites(works, fmt, style)


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


def _print_cites(works: list[Formatted], fmt: StrEnum, style: CiteStyle) -> None:
    render(Result.CITE, as_format(fmt), CiteRun(works, style.value), sys.stdout)
