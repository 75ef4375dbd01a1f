"""The table's renderers, one function per (result, format): each imports its renderer
module on use and returns the text to write, or prints to a rich console itself when
`styled` (a terminal) asks for tables and colour."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from peerclaims.curate.explore import ClaimView, Impact, StudyView
    from peerclaims.curate.report import EvidenceMap
    from peerclaims.match.listing import CitesListing
    from peerclaims.render import CiteRun, DiagnosticsRun, SearchRun
    from peerclaims.rules import Rule


def _console(stream: IO[str], **options: Any) -> Console:
    from rich.console import Console

    return Console(file=stream, highlight=False, **options)


# --------------------------------------------------------------------------- diagnostics


def diagnostics_text(run: DiagnosticsRun, stream: IO[str], styled: bool) -> None:
    from peerclaims.render.diagnostics import text

    # a terminal's own width; 100 columns when the text format is asked for in a pipe
    width = None if getattr(stream, "isatty", lambda: False)() else 100
    text.render(run.diagnostics, _console(stream, width=width))


def diagnostics_plain(run: DiagnosticsRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.diagnostics import plain

    return plain.render(run.diagnostics)


def diagnostics_json(run: DiagnosticsRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.diagnostics import json

    return json.render(run.diagnostics, run.files)


def diagnostics_github(run: DiagnosticsRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.diagnostics import github

    return github.render(run.diagnostics)


def diagnostics_sarif(run: DiagnosticsRun, stream: IO[str], styled: bool) -> str:
    from peerclaims import __version__
    from peerclaims.render.diagnostics import sarif

    return sarif.render(run.diagnostics, run.ran, __version__)


# --------------------------------------------------------------------------- cites, rules


def cites_text(listing: CitesListing, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import cites

    return cites.text(listing)


cites_plain = cites_text


def cites_json(listing: CitesListing, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import cites

    return cites.json_doc(listing)


def rules_text(rule: Rule | None, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import rules

    return rules.text() if rule is None else rules.explain(rule)


rules_plain = rules_text


def rules_json(rule: Rule | None, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import rules

    return rules.json_doc() if rule is None else rules.explain_json(rule)


def rules_markdown(rule: Rule | None, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import rules

    return rules.markdown() if rule is None else rules.explain_markdown(rule)


# --------------------------------------------------------------------------- search, show, study, impact


def search_text(run: SearchRun, stream: IO[str], styled: bool) -> str | None:
    if styled:
        from peerclaims.render.explore import rich

        rich.search(run.result, run.query, _console(stream))
        return None
    return search_plain(run, stream, styled)


def search_plain(run: SearchRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.explore import text

    return text.search(run.result, run.query)


def search_json(run: SearchRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.explore import json

    return json.search(run.result, run.query, run.filters)


def search_csv(run: SearchRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.explore import csv

    return csv.search(run.result)


def _view(name: str, value: object, stream: IO[str], styled: bool, fmt: str) -> str | None:
    if fmt == "json":
        from peerclaims.render.explore import json

        return getattr(json, name)(value)  # type: ignore[no-any-return]
    if styled and fmt == "text":
        from peerclaims.render.explore import rich

        getattr(rich, name)(value, _console(stream))
        return None
    from peerclaims.render.explore import text

    return getattr(text, name)(value)  # type: ignore[no-any-return]


def show_text(view: ClaimView, stream: IO[str], styled: bool) -> str | None:
    return _view("show", view, stream, styled, "text")


def show_plain(view: ClaimView, stream: IO[str], styled: bool) -> str | None:
    return _view("show", view, stream, styled, "plain")


def show_json(view: ClaimView, stream: IO[str], styled: bool) -> str | None:
    return _view("show", view, stream, styled, "json")


def study_text(view: StudyView, stream: IO[str], styled: bool) -> str | None:
    return _view("study", view, stream, styled, "text")


def study_plain(view: StudyView, stream: IO[str], styled: bool) -> str | None:
    return _view("study", view, stream, styled, "plain")


def study_json(view: StudyView, stream: IO[str], styled: bool) -> str | None:
    return _view("study", view, stream, styled, "json")


def impact_text(result: Impact, stream: IO[str], styled: bool) -> str | None:
    return _view("impact", result, stream, styled, "text")


def impact_plain(result: Impact, stream: IO[str], styled: bool) -> str | None:
    return _view("impact", result, stream, styled, "plain")


def impact_json(result: Impact, stream: IO[str], styled: bool) -> str | None:
    return _view("impact", result, stream, styled, "json")


# --------------------------------------------------------------------------- report, cite


def report_text(emap: EvidenceMap, stream: IO[str], styled: bool) -> str | None:
    from peerclaims.render.report import text

    if styled:
        text.render_to(emap, _console(stream))
        return None
    return text.render(emap)


def report_plain(emap: EvidenceMap, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.report import text

    return text.render(emap)


def report_markdown(emap: EvidenceMap, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.report import markdown

    return markdown.render(emap)


def report_csv(emap: EvidenceMap, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.report import csv

    return csv.render(emap)


def report_json(emap: EvidenceMap, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.report import json

    return json.render(emap)


def report_html(emap: EvidenceMap, stream: IO[str], styled: bool) -> str:
    from peerclaims.render.report import html

    return html.render(emap)


def cite_text(run: CiteRun, stream: IO[str], styled: bool) -> str | None:
    from peerclaims.render import cite

    if styled:
        cite.cite_text(run.works, _console(stream, soft_wrap=True))
        return None
    return cite.cite_plain(run.works)


def cite_plain(run: CiteRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import cite

    return cite.cite_plain(run.works)


def cite_json(run: CiteRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import cite

    return cite.cite_json(run.works, run.style)


def cite_markdown(run: CiteRun, stream: IO[str], styled: bool) -> str:
    from peerclaims.render import cite

    return cite.cite_markdown(run.works)
