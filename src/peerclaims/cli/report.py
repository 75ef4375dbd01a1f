"""`peerclaims report` (the evidence map) and `peerclaims cite` (APA 7 citations)."""

from __future__ import annotations

import os
import sys
import tempfile
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
    err,
    exits_2_on_error,
    load_for_command,
    read_config,
)

if TYPE_CHECKING:
    from peerclaims.apa import Formatted
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Reference
    from peerclaims.curate.report import EvidenceMap


class ReportFormat(StrEnum):
    """Formats of `peerclaims report`."""

    TEXT = "text"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    HTML = "html"


class CiteFormat(StrEnum):
    """Formats of `peerclaims cite`."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


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
    fmt: Annotated[ReportFormat, typer.Option(
        "--format", "-f", help="text (tables), markdown, csv (one row per claim–work link), "
        "json or html (one self-contained page).", rich_help_panel=OUTPUT,
        case_sensitive=False)] = ReportFormat.TEXT,
    output: OutputFileOpt = None,
) -> None:
    """The evidence map: each claim's grade and works, the load-bearing works, the gaps.

    See docs/report.md for the formats, the weight formula and the grading.
    """
    with exits_2_on_error():
        from peerclaims.curate.report import evidence_map

        cfg = read_config(config)
        emap = evidence_map(load_for_command(claims, references, cfg))
        if fmt is ReportFormat.TEXT and output is None and sys.stdout.isatty():
            from rich.console import Console

            from peerclaims.render.report import text as report_text

            report_text.render_to(emap, Console(highlight=False))
            return
        emit(render_report(emap, fmt), output)


def render_report(emap: EvidenceMap, fmt: ReportFormat) -> str:
    """The evidence map as text in one format."""
    from peerclaims.render.report import csv as report_csv
    from peerclaims.render.report import html as report_html
    from peerclaims.render.report import json as report_json
    from peerclaims.render.report import markdown as report_markdown
    from peerclaims.render.report import text as report_text

    renderers = {ReportFormat.TEXT: report_text.render, ReportFormat.MARKDOWN: report_markdown.render,
                 ReportFormat.CSV: report_csv.render, ReportFormat.JSON: report_json.render,
                 ReportFormat.HTML: report_html.render}
    return renderers[fmt](emap)


def emit(text: str, output: Path | None) -> None:
    """Write to stdout, or atomically to a file (a temporary file beside it, then os.replace)."""
    if output is None or str(output) == "-":  # "-" means stdout, as everywhere else
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from peerclaims.errors import InputError

    if not str(output).strip() or str(output) == ".":
        raise InputError("--output needs a file name (or '-' for stdout)")
    if output.is_dir():
        raise InputError(f"--output {output}: is a directory; give a file name")
    # through a symlink, replace the file it points to, not the link itself
    write_atomic(output.resolve() if output.is_symlink() else output, text)


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step; a failed write leaves no temporary file behind."""
    from peerclaims.errors import InputError

    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@app.command()
def cite(
    keys: Annotated[list[str] | None, typer.Argument(
        help="BibTeX keys of the works to cite.", show_default=False)] = None,
    claim: Annotated[list[str] | None, typer.Option(
        "--claim", help="Cite every work of this claim (repeatable).", show_default=False)] = None,
    style: Annotated[CiteStyle, typer.Option(
        "--style", help="Citation style.", case_sensitive=False)] = CiteStyle.APA,
    fmt: Annotated[CiteFormat, typer.Option(
        "--format", "-f", help="text, json or markdown.", rich_help_panel=OUTPUT,
        case_sensitive=False)] = CiteFormat.TEXT,
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
    from peerclaims.errors import InputError

    wanted: list[str] = []
    for claim_id in claim_ids:
        found = corpus.claim(claim_id)
        if found is None:
            raise InputError(_unknown("claim", claim_id, [c.id for c in corpus.claims]))
        wanted.extend(e.ref for e in found.evidence if corpus.reference(e.ref) is not None)
        if not found.evidence:
            err(f"peerclaims: claim '{claim_id}' lists no works")
    for key in keys:
        if corpus.reference(key) is None:
            raise InputError(_unknown("work", key, [r.key for r in corpus.references]))
        wanted.append(key)
    return [ref for ref in (corpus.reference(k) for k in wanted) if ref is not None]


def _unknown(what: str, name: str, choices: list[str]) -> str:
    """"no work 'x' in the corpus; did you mean 'y' or 'z'?"."""
    from rapidfuzz import process

    matches = process.extract(name, choices, limit=3, score_cutoff=70)
    near = [m[0] for m in matches if m[1] >= matches[0][1] - 15]  # only those close to the best
    hint = ""
    if near:
        quoted = [f"'{n}'" for n in near]
        hint = "; did you mean " + (", ".join(quoted[:-1]) + " or " if len(quoted) > 1 else "") + \
            quoted[-1] + "?"
    where = "references" if what == "work" else "claims"
    return f"no {what} '{name}' in the {where}{hint}"


def _print_cites(works: list[Formatted], fmt: CiteFormat, style: CiteStyle) -> None:
    from peerclaims.render import cite as report_cite

    if fmt is CiteFormat.JSON:
        emit(report_cite.cite_json(works, style.value), None)
    elif fmt is CiteFormat.MARKDOWN:
        emit(report_cite.cite_markdown(works), None)
    elif sys.stdout.isatty():
        from rich.console import Console

        report_cite.cite_text(works, Console(highlight=False, soft_wrap=True))
    else:
        emit(report_cite.cite_plain(works), None)
