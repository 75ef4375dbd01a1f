"""`peerclaims search`, `show`, `study` and `impact`: the curator's exploration commands.

Text is rich tables on a terminal and plain text when piped; JSON is `{"version": 1, ...}`
(docs/commands.md). `search` opens the cached index without loading the corpus when the
corpus files are unchanged.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from peerclaims.cli.app import (
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
    say_errors,
    say_problems,
)
from peerclaims.render import Result, SearchRun, render

if TYPE_CHECKING:
    from peerclaims.config import Config
    from peerclaims.corpus.load import Corpus
    from peerclaims.curate.search import SearchIndex

FILTERS = "Filters"
OUTPUT = "Output"


SearchFormat = format_choices(Result.SEARCH)
ViewFormat = format_choices(Result.SHOW)

SearchFormatOpt = Annotated[
    SearchFormat,  # type: ignore[valid-type]
    format_option(
        Result.SEARCH, "text (rich on a terminal, plain when piped), plain, json or csv."
    ),
]
ViewFormatOpt = Annotated[
    ViewFormat,  # type: ignore[valid-type]
    format_option(Result.SHOW, "text (rich on a terminal, plain when piped), plain or json."),
]


def _filter(name: str, help_text: str) -> Any:
    return typer.Option(name, help=help_text, rich_help_panel=FILTERS, show_default=False)


@app.command()
def search(
    query: Annotated[
        list[str] | None,
        typer.Argument(
            help="Words to search for (all of them; if none match together, any of them).",
            metavar="WORDS",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        str | None, _filter("--kind", "Only claims or only works: claim, work.")
    ] = None,
    population: Annotated[
        str | None, _filter("--population", "Claims about this population.")
    ] = None,
    outcome: Annotated[str | None, _filter("--outcome", "Claims about this outcome.")] = None,
    author: Annotated[
        str | None,
        _filter(
            "--author",
            "Works by this surname, and claims resting on them (accents and case ignored).",
        ),
    ] = None,
    year: Annotated[
        str | None,
        _filter(
            "--year",
            "Works of these years, and claims resting on them: 2010, 2005..2012, 2005.. or ..2012.",
        ),
    ] = None,
    design: Annotated[
        str | None, _filter("--design", "Works of this study design, and claims resting on them.")
    ] = None,
    ref: Annotated[
        str | None, _filter("--ref", "Claims citing this work key, and the work.")
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", min=1, help="At most this many results.", rich_help_panel=OUTPUT
        ),
    ] = 20,
    fmt: SearchFormatOpt = SearchFormat.AUTO,  # type: ignore[attr-defined]
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Search claims and works by words, with filters; best matches first (bm25 and grade).

    Words are stemmed and UK/US spellings match alike. A word found nowhere is corrected to
    the closest indexed word, said on stderr. With filters and no words, lists what the
    filters keep.
    """
    text = " ".join(query or [])
    filters = {
        "kind": kind,
        "population": population,
        "outcome": outcome,
        "author": author,
        "year": year,
        "design": design,
        "ref": ref,
    }
    with exits_2_on_error():
        cfg = read_config(config)
        index = open_index(claims or cfg.claims, references or cfg.references, cfg)
        result = index.search(
            text,
            kind=kind,
            population=population,
            outcome=outcome,
            author=author,
            years=year,
            design=design,
            ref=ref,
            limit=limit,
        )
    if result.fuzzy:  # said on stderr in every format; JSON also has "fuzzy" and "unmatched"
        from peerclaims.render.explore import text as explore_text

        err(explore_text.fuzzy_note(result, text))
    render(Result.SEARCH, as_format(fmt), SearchRun(result, text, filters), sys.stdout)


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="CLAIM_ID", help="The claim's id.")],
    fmt: ViewFormatOpt = ViewFormat.AUTO,  # type: ignore[attr-defined]
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show one claim: grade, the works it rests on, and every appearance with citation variants."""
    with exits_2_on_error():
        from peerclaims.curate.explore import claim_view

        view = claim_view(_corpus(claims, references, config), claim_id)
    _emit("show", view, fmt)


@app.command()
def study(
    key: Annotated[str, typer.Argument(metavar="KEY", help="The work's BibTeX key.")],
    fmt: ViewFormatOpt = ViewFormat.AUTO,  # type: ignore[attr-defined]
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show one work: its fields, evidence level, and every claim resting on it."""
    with exits_2_on_error():
        from peerclaims.curate.explore import study_view

        view = study_view(_corpus(claims, references, config), key)
    _emit("study", view, fmt)


@app.command()
def impact(
    keys: Annotated[list[str], typer.Argument(metavar="KEYS", help="Keys of works to withdraw.")],
    fmt: ViewFormatOpt = ViewFormat.AUTO,  # type: ignore[attr-defined]
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """What withdrawing works changes: claims losing direct support, or weakened, grade by grade.

    Lists every appearance of those claims: what a presenter would have to revise.
    """
    with exits_2_on_error():
        from peerclaims.curate.explore import impact as run_impact

        result = run_impact(_corpus(claims, references, config), keys)
    _emit("impact", result, fmt)


def _corpus(claims: Path | None, references: Path | None, config: Path | None) -> Corpus:
    return load_for_command(claims, references, read_config(config))


def _emit(name: str, value: object, fmt: StrEnum) -> None:
    render(Result(name), as_format(fmt), value, sys.stdout)


def open_index(claims: Path | None, references: Path | None, cfg: Config) -> SearchIndex:
    """The cached index of every layer's files, or a new one built from the merged corpus."""
    from peerclaims.curate import search as engine
    from peerclaims.runner import layer_paths, load_for

    (cpath, rpath), *more = layer_paths(cfg, claims, references)
    index = engine.open_cached(
        cpath or "", rpath or "", more=[(str(c or ""), str(r or "")) for c, r in more]
    )
    if index is not None:
        say_errors(int(index.info.get("errors", "0")))
        return index
    loaded = load_for(cfg, claims, references)
    say_errors(loaded.errors)
    say_problems(loaded.problems)
    return engine.build_index(loaded.corpus, info={"errors": str(loaded.errors)}, progress=_Bar())


class _Bar:
    """A progress bar on stderr (only on a terminal) while a big index is built."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        """Advance the bar; start it on the first call, stop it when done."""
        if not sys.stderr.isatty():
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import Progress

            self._progress = Progress(console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("indexing the corpus", total=total)
        self._progress.update(self._task, completed=done)
        if done >= total:
            self._progress.stop()
