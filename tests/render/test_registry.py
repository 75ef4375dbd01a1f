"""The format registry: every (result, format) pair it lists renders, styled and unstyled.

As pip-audit tests every output format against every result, this walks the whole table,
so a format added to a command without a renderer (or a renderer that silently falls back
to another format) fails here.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from peerclaims import render
from peerclaims.apa import format_references
from peerclaims.curate.explore import claim_view, impact, study_view
from peerclaims.curate.report import evidence_map
from peerclaims.curate.search import build_index
from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.match.listing import list_citations
from peerclaims.render import ACCEPTS, CiteRun, DiagnosticsRun, Format, Result, SearchRun, adapters
from peerclaims.rules import all_rules
from peerclaims.runner import load_corpus

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "explore"


@pytest.fixture(scope="module")
def values(tmp_path_factory: pytest.TempPathFactory) -> dict[Result, Any]:
    corpus = load_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib").corpus
    doc = tmp_path_factory.mktemp("doc") / "talk.md"
    doc.write_text("Peer support reduced readmissions (Sledge et al., 2011).\n", encoding="utf-8")
    claim = corpus.claims[0]
    key = claim.evidence[0].ref
    diagnostic = Diagnostic(
        "claims.yaml",
        3,
        5,
        "PC109",
        "single-study-claim",
        Severity.WARNING,
        "claim 'x' rests on a single work (smith2001)",
    )
    index = build_index(corpus, cache=False)
    return {
        Result.DIAGNOSTICS: DiagnosticsRun([diagnostic], 1, list(all_rules())),
        Result.CITES: list_citations([doc], corpus),
        Result.RULES: None,
        Result.SEARCH: SearchRun(index.search("peer"), "peer", {}),
        Result.SHOW: claim_view(corpus, claim.id),
        Result.STUDY: study_view(corpus, key),
        Result.IMPACT: impact(corpus, [key]),
        Result.REPORT: evidence_map(corpus),
        Result.CITE: CiteRun(format_references([corpus.reference(key)]), "apa"),  # type: ignore[list-item]
    }


PAIRS = [(result, fmt) for result, formats in ACCEPTS.items() for fmt in formats]


@pytest.mark.parametrize(("result", "fmt"), PAIRS, ids=[f"{r}-{f}" for r, f in PAIRS])
@pytest.mark.parametrize("styled", [False, True], ids=["piped", "terminal"])
def test_every_pair_renders(
    result: Result,
    fmt: Format,
    styled: bool,
    values: dict[Result, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each listed pair writes well-formed output naming what it shows, styled or piped."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    buffer = io.StringIO()
    monkeypatch.setattr(render, "styled", lambda stream: styled)
    monkeypatch.setattr(
        adapters,
        "_console",
        lambda stream, **options: Console(
            file=buffer, width=100, color_system=None, highlight=False
        ),
    )
    render.render(result, fmt, values[result], buffer)
    out = buffer.getvalue()
    assert out.strip()
    _assert_shape(fmt, out)
    if result in _MARKERS and fmt is not Format.CSV:
        assert any(m in out for m in _MARKERS[result]), (
            f"{result}/{fmt} names none of {_MARKERS[result]}"
        )


# What every rendering of a result must name: the diagnostic's rule (by id or name), a rule.
_MARKERS = {
    Result.DIAGNOSTICS: ("PC109", "single-study-claim"),
    Result.RULES: ("PC101", "yaml-syntax"),
}


def _assert_shape(fmt: Format, out: str) -> None:
    """The output is well-formed for its format, not merely non-empty."""
    if fmt in (Format.JSON, Format.SARIF):
        data = json.loads(out)
        if fmt is Format.SARIF:
            assert data["version"] == "2.1.0"
    elif fmt is Format.CSV:
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) >= 2 and len({len(r) for r in rows}) == 1, rows[:3]
    elif fmt is Format.HTML:
        assert out.lstrip().lower().startswith("<!doctype html") and "</html>" in out
    elif fmt is Format.GITHUB:
        assert all(line.startswith("::") for line in out.splitlines() if line.strip())


@pytest.mark.parametrize("result", list(Result))
def test_json_is_the_same_on_a_terminal(
    result: Result, values: dict[Result, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Machine formats never depend on the terminal."""
    out = []
    for styled in (False, True):
        monkeypatch.setattr(render, "styled", lambda stream, s=styled: s)
        buffer = io.StringIO()
        render.render(result, Format.JSON, values[result], buffer)
        out.append(buffer.getvalue())
    assert out[0] == out[1]


def test_unlisted_pair_is_refused(values: dict[Result, Any]) -> None:
    """A format a result does not accept is an error, never a fallback."""
    with pytest.raises(ValueError, match="cannot be rendered as sarif"):
        render.render(Result.REPORT, Format.SARIF, values[Result.REPORT], io.StringIO())


def test_auto_is_text_for_people_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """For every result but diagnostics, auto is text (styled on a terminal, plain piped)."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    for result in Result:
        if result is not Result.DIAGNOSTICS:
            assert render.resolve(Format.AUTO, result, io.StringIO()) is Format.TEXT


def test_every_format_is_used() -> None:
    """No format is listed that no result accepts."""
    used = {fmt for formats in ACCEPTS.values() for fmt in formats}
    assert used == set(Format)
