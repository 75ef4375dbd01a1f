"""`peerclaims search`, `show`, `study` and `impact`: golden output, exit codes, cache, errors."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from peerclaims import render, runner
from peerclaims.cli import app
from peerclaims.curate import search as search_module
from peerclaims.curate.search import END, MARK
from peerclaims.render import adapters
from peerclaims.render.explore import rich as explore_rich
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "explore"
CORPUS = ["--claims", str(FIXTURE / "claims.yaml"), "--references", str(FIXTURE / "references.bib")]
Golden = Callable[[str, str], None]

COMMANDS = {
    "search": ["search", "readmisions"],
    "show": ["show", "mentor-fewer-readmissions"],
    "study": ["study", "sledge2011effectiveness"],
    "impact": ["impact", "sledge2011effectiveness", "davidson2012peer", "solomon1995consumer"],
}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run each test in an empty directory with its own search cache."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("PEERCLAIMS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def invoke(*args: str) -> Result:
    """Invoke the app in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_golden_output(command: str, fmt: str, golden: Golden) -> None:
    """Each command's plain text and JSON match the golden files."""
    result = invoke(*COMMANDS[command], *CORPUS, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    golden(f"explore/{command}.{'txt' if fmt == 'text' else 'json'}", result.stdout)
    if fmt == "json":
        assert json.loads(result.stdout)["version"] == 1


def test_golden_search_csv(golden: Golden) -> None:
    """search --format csv matches its golden file; the typo note goes to stderr."""
    result = invoke(*COMMANDS["search"], *CORPUS, "--format", "csv")
    assert result.exit_code == 0
    golden("explore/search.csv", result.stdout)
    assert result.stderr == NOTICE


NOTICE = "no match for 'readmisions'; showing results for 'readmissions'\n"


@pytest.mark.parametrize("fmt", ["text", "plain", "json", "csv"])
def test_a_correction_is_said_on_stderr_in_every_format(fmt: str) -> None:
    """The notice names the word that matched nothing and the query run; stdout holds results."""
    result = invoke("search", "readmisions", *CORPUS, "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == NOTICE
    assert "no match" not in result.stdout
    assert "mentor-fewer-readmissions" in result.stdout


def test_only_the_unknown_word_is_corrected_and_named() -> None:
    """'peer readmisions': 'peer' exists and is kept; only 'readmisions' is replaced."""
    result = invoke("search", "peer", "readmisions", "--format", "json", *CORPUS)
    data = json.loads(result.stdout)
    assert (data["query_used"], data["fuzzy"], data["unmatched"]) == (
        "peer readmissions",
        True,
        ["readmisions"],
    )
    assert result.stderr == "no match for 'readmisions'; showing results for 'peer readmissions'\n"


def test_words_that_exist_are_never_corrected() -> None:
    """'hope' exists: a filter that leaves nothing gives no matches, not another word's results."""
    result = invoke(
        "search", "hope", "--kind", "work", "--design", "rct", "--format", "json", *CORPUS
    )
    data = json.loads(result.stdout)
    assert (data["hits"], data["fuzzy"], data["query_used"]) == ([], False, "hope")
    assert result.stderr == ""


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_golden_rich_on_a_terminal(
    command: str, golden: Golden, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, text is rich tables and panels (recorded here without colour)."""
    buffer = io.StringIO()
    monkeypatch.setattr(render, "styled", lambda stream: True)
    monkeypatch.setattr(
        adapters,
        "_console",
        lambda stream, **options: Console(
            file=buffer, width=100, color_system=None, highlight=False
        ),
    )
    result = invoke(*COMMANDS[command], *CORPUS)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    golden(f"explore/{command}.rich.txt", buffer.getvalue())


def test_rich_snippets_bold_the_matches() -> None:
    """Matches inside a snippet are styled; the rest is not."""
    text = explore_rich.highlighted(f"reduce {MARK}readmissions{END} by 42%")
    assert text.plain == "reduce readmissions by 42%"
    assert [(s.start, s.end, str(s.style)) for s in text.spans] == [(7, 19, explore_rich.MATCH)]


def test_plain_search_marks_matches_and_says_when_corrected() -> None:
    """Piped text wraps matches in **; stderr says which query ran."""
    result = invoke("search", "readmisions", "--limit", "1", *CORPUS)
    assert result.stderr == NOTICE
    assert result.stdout.splitlines() == [
        "1. mentor-fewer-readmissions  (claim, Moderate)",
        "    A peer recovery mentor reduced psychiatric readmissions over nine months.",
        "    reduce **readmissions** by 42% | **readmissions** fell from 1.53 to 0.89",
    ]


def test_show_unknown_claim_exits_2_with_suggestions() -> None:
    """An unknown id exits 2 naming the closest ids that are alike (here, one)."""
    result = invoke("show", "mentor-readmissions", *CORPUS)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "peerclaims: no claim 'mentor-readmissions' in the corpus; "
        "did you mean 'mentor-fewer-readmissions'?\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["study", "sledge2011"],
            "no work 'sledge2011' in the corpus; did you mean 'sledge2011effectiveness'?",
        ),
        (
            ["impact", "davidson2012"],
            "no work 'davidson2012' in the corpus; did you mean 'davidson2012peer'?",
        ),
        (["search"], "empty query: give words to search for, or a filter"),
        (["search", "--", "-", "*", "AND"], "empty query: give words to search for, or a filter"),
        (
            ["search", "hope", "--population", "adults"],
            "unknown population 'adults'; valid values: "
            "general, mental-health, substance-use, "
            "co-occurring, family, workforce",
        ),
        (
            ["search", "hope", "--outcome", "joy"],
            "unknown outcome 'joy'; valid values: hospitalization",
        ),
        (["search", "hope", "--design", "trial"], "unknown design 'trial'; valid values: rct, "),
        (["search", "hope", "--year", "recent"], "invalid year range 'recent'"),
        (
            ["search", "hope", "--ref", "sledge"],
            "no work 'sledge' in the corpus; did you mean 'sledge2011effectiveness'?",
        ),
    ],
)
def test_errors_exit_2(args: list[str], message: str) -> None:
    """Unknown keys, empty queries and unknown filter values exit 2 with one clear line."""
    result = invoke(args[0], *CORPUS, *args[1:])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "NEAR(",
        "AND",
        "-",
        ":",
        "^",
        "hope*",
        '"hope',
        "title:hope",
        "NEAR(hope, 2)",
        "a -b",
        "(peer OR support)",
    ],
)
def test_fts_syntax_never_crashes_the_cli(query: str) -> None:
    """Syntax characters are searched as text: exit 0, or 2 when nothing searchable is left."""
    result = invoke("search", "--format", "json", *CORPUS, "--", query)
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        assert json.loads(result.stdout)["query"] == query


def test_filters_without_words_list_items() -> None:
    """Filters alone list what they keep, claims first."""
    result = invoke("search", "--ref", "sledge2011effectiveness", "--format", "csv", *CORPUS)
    assert result.exit_code == 0
    assert [line.split(",")[1] for line in result.stdout.splitlines()[1:]] == [
        "mentor-fewer-hospital-days",
        "mentor-fewer-readmissions",
        "sledge2011effectiveness",
    ]


def test_limit_and_filters_in_json() -> None:
    """--limit caps the hits; the filters given are echoed in the JSON."""
    result = invoke(
        "search",
        "peer",
        "--kind",
        "work",
        "--year",
        "2006..2012",
        "--limit",
        "2",
        "--format",
        "json",
        *CORPUS,
    )
    data = json.loads(result.stdout)
    assert len(data["hits"]) == 2
    assert {h["kind"] for h in data["hits"]} == {"work"}
    assert data["filters"]["year"] == "2006..2012"
    assert data["filters"]["kind"] == "work"


def test_second_search_uses_the_cache(_isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first search writes the cache; the second neither loads the corpus nor rebuilds."""
    first = invoke("search", "hope", *CORPUS)
    assert first.exit_code == 0
    assert len(list(_isolated.glob("search-*.sqlite"))) == 1

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("rebuilt")

    monkeypatch.setattr(search_module, "fill", fail)
    monkeypatch.setattr(runner, "load_counting", fail)
    second = invoke("search", "hope", *CORPUS)
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout


def test_corpus_with_errors_still_searches(tmp_path: Path) -> None:
    """Validation errors do not stop a search; stderr says how many, also from the cache."""
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURE, broken)
    claims = broken / "claims.yaml"
    claims.write_text(
        claims.read_text("utf-8").replace("population: general", "population: adults"), "utf-8"
    )
    args = ["--claims", str(claims), "--references", str(broken / "references.bib")]
    for _ in range(2):
        result = invoke("search", "empowerment", "--format", "csv", *args)
        assert result.exit_code == 0
        assert "mutual-aid-empowerment" in result.stdout
        assert "the corpus has 2 validation error(s)" in result.stderr


def test_unreadable_corpus_exits_2(tmp_path: Path) -> None:
    """A missing claims file is an input error, for search as for the other commands."""
    for command in (["search", "hope"], ["show", "increased-hope"]):
        result = invoke(*command, "--claims", str(tmp_path / "nope.yaml"))
        assert result.exit_code == 2
        assert "no such file" in result.stderr


def test_help_lists_the_commands() -> None:
    """The four commands are registered on the shared app."""
    result = invoke("--help")
    for name in ("search", "show", "study", "impact"):
        assert name in result.stdout


def test_bundled_corpus_acceptance() -> None:
    """On the bundled corpus: search, study and impact find the recovery-mentor evidence."""
    found = json.loads(invoke("search", "readmissions", "--format", "json").stdout)
    assert found["hits"][0]["id"] == "recovery-mentor-fewer-readmissions"
    study = json.loads(invoke("study", "sledge2011effectiveness", "--format", "json").stdout)
    assert "recovery-mentor-fewer-readmissions" in [c["id"] for c in study["claims"]]
    impact = json.loads(invoke("impact", "davidson2012peer", "--format", "json").stdout)
    assert list(impact) == [
        "version",
        "withdrawn",
        "no_evidence",
        "loses_all_direct",
        "weakened",
        "documents",
    ]
    stranded = [c["id"] for c in impact["no_evidence"] + impact["loses_all_direct"]]
    assert "hiring-stability-criteria-discriminatory" in stranded
    assert "recovery-mentor-fewer-readmissions" in [c["id"] for c in impact["weakened"]]
    assert all(c["remaining"] == [] for c in impact["no_evidence"])
    assert all(c["remaining"] for c in impact["loses_all_direct"] + impact["weakened"])
    assert impact["documents"]


def test_bundled_show_and_impact_name_documents_by_title() -> None:
    """A presenter reads titles, not the seeds' hash file names (data/documents.yaml)."""
    show = invoke("show", "recovery-mentor-fewer-readmissions").stdout
    assert "  Yale Program for Recovery and Community Health slide deck (Bellamy) — slide" in show
    impact = invoke("impact", "sledge2011effectiveness").stdout
    presenters = impact[impact.index("What presenters") :]
    assert "_" not in presenters.split("\n")[1]  # a title, not 004_656224a5a6678deb.txt
    assert (
        "\n  Davidson et al. (2012), “Peer support among persons with severe mental" in presenters
    )
    payload = json.loads(invoke("show", "recovery-mentor-fewer-readmissions", "-f", "json").stdout)
    first = payload["appearances"][0]
    assert (first["document"], first["title"]) == (
        "000_33dbbf70d0a71f50.txt",
        "Yale Program for Recovery and Community Health slide deck (Bellamy)",
    )


def test_a_malformed_documents_yaml_exits_2(tmp_path: Path) -> None:
    for name in ("claims.yaml", "references.bib"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    (tmp_path / "documents.yaml").write_text("documents: [talk.md]\n", encoding="utf-8")
    corpus = [
        "--claims",
        str(tmp_path / "claims.yaml"),
        "--references",
        str(tmp_path / "references.bib"),
    ]
    result = invoke("show", "mentor-fewer-readmissions", *corpus)
    assert result.exit_code == 2
    assert "documents.yaml: expected 'documents:' mapping" in result.stderr
