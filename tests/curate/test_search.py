"""The search index: bm25 rankings, quoting, typo fallback, filters, cache and the LIKE fallback."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerclaims.corpus.load import Corpus
from peerclaims.curate import search, search_fill
from peerclaims.curate.search import SearchIndex, build_index, parse_years, query_terms
from peerclaims.errors import InputError
from peerclaims.runner import load_corpus
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "explore"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The exploration fixture corpus."""
    return load_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib").corpus


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> SearchIndex:
    """An in-memory index of the fixture corpus."""
    return build_index(corpus, cache=False)


def ids(index: SearchIndex, query: str, **filters: object) -> list[str]:
    """The ids of the hits for a query, best first."""
    return [hit.id for hit in index.search(query, **filters).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "readmissions",
            [
                "mentor-fewer-readmissions",
                "services-reduce-hospitalization",
                "sledge2011effectiveness",
            ],
        ),
        ("hope", ["increased-hope", "muller2015hope"]),
        # stemmed: hospital, hospitalization and hospitalizations are one word
        (
            "hospital",
            [
                "mentor-fewer-hospital-days",
                "services-reduce-hospitalization",
                "sledge2011effectiveness",
                "mentor-fewer-readmissions",
            ],
        ),
        (
            "psychiatric",
            ["sledge2011effectiveness", "chinman2014peer", "mentor-fewer-readmissions"],
        ),
        ("Müller", ["increased-hope", "muller2015hope"]),
        ("mutual aid", ["mutual-aid-empowerment", "muller2015hope"]),
        (
            "case managers",
            ["case-management-on-par", "solomon1995consumer"],
        ),  # managers, management
    ],
)
def test_rankings_on_the_fixture_corpus(
    index: SearchIndex, query: str, expected: list[str]
) -> None:
    """bm25 (times the grade factor) orders hits exactly as expected on the fixture corpus."""
    assert ids(index, query) == expected


def test_hits_carry_title_snippet_score_and_grade(index: SearchIndex) -> None:
    """A claim hit has its statement, a marked snippet, a positive score and its grade."""
    top, *_ = index.search("readmissions").hits
    assert top.kind == "claim"
    assert top.title == "A peer recovery mentor reduced psychiatric readmissions over nine months."
    assert f"{search.MARK}readmissions{search.END}" in top.snippet
    assert top.score > 0
    assert top.grade == "Moderate"
    work = next(h for h in index.search("readmissions").hits if h.kind == "work")
    assert work.title.startswith("Sledge et al. (2011). Effectiveness of peer support")
    assert work.grade is None


def test_diacritics_are_folded_both_ways(index: SearchIndex) -> None:
    """Muller finds Müller and Müller finds Muller (remove_diacritics)."""
    assert ids(index, "muller") == ids(index, "Müller") == ["increased-hope", "muller2015hope"]


def test_all_words_first_then_any(index: SearchIndex) -> None:
    """Words are ANDed; when nothing has them all, any of them will do."""
    both = index.search("hope empowerment")
    assert [h.id for h in both.hits] == ["muller2015hope"]
    either = index.search("readmissions empowerment")
    assert either.query_used == "readmissions OR empowerment"
    assert either.hits[0].id == "mutual-aid-empowerment"
    assert not either.fuzzy and either.unmatched == ()


def test_typo_falls_back_to_the_closest_terms(index: SearchIndex) -> None:
    """'readmisions' gives the results for 'readmissions', flagged as fuzzy, the word named."""
    result = index.search("readmisions")
    assert result.fuzzy
    assert result.query_used == "readmissions"
    assert result.unmatched == ("readmisions",)
    assert [h.id for h in result.hits] == ids(index, "readmissions")


def test_no_match_even_fuzzily_is_empty(index: SearchIndex) -> None:
    """A word far from every indexed term finds nothing and is not reported as corrected."""
    result = index.search("zzzzqqqq")
    assert result.hits == []
    assert not result.fuzzy


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
        "(",
        "OR NOT",
        "hope*",
        '"hope',
        "hope AND",
        "title:hope",
        "^hope",
        "NEAR(hope readmissions, 2)",
        "hope -peer",
        "hope\x00x",
    ],
)
def test_fts_syntax_is_plain_text(index: SearchIndex, query: str) -> None:
    """Operators and syntax characters never raise; words among them are still searched."""
    try:
        result = index.search(query)
    except InputError as exc:
        assert str(exc) == "empty query: give words to search for, or a filter"
        return
    if query in ("hope*", '"hope', "hope AND", "^hope", "hope -peer"):
        assert "increased-hope" in [h.id for h in result.hits]


def test_query_terms_drop_operators_and_punctuation() -> None:
    """Tokens of only punctuation and capitalised operator words are dropped."""
    assert query_terms('peer AND "hope" - NEAR( * ^') == ["peer", '"hope"', "NEAR("]
    assert query_terms("  ") == []


@pytest.mark.parametrize("query", ["", "   ", "AND OR", "- * ^ :"])
def test_empty_query_without_filters_is_an_input_error(index: SearchIndex, query: str) -> None:
    """An empty query with no filter says what to do."""
    with pytest.raises(InputError, match="empty query: give words to search for, or a filter"):
        index.search(query)


def test_empty_query_with_filters_lists_the_filtered_items(index: SearchIndex) -> None:
    """With filters only, every item they keep is listed by kind and id."""
    assert ids(index, "", outcome="hospitalization") == [
        "mentor-fewer-hospital-days",
        "mentor-fewer-readmissions",
        "services-reduce-hospitalization",
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"kind": "work", "years": "2011"}, ["repper2011review", "sledge2011effectiveness"]),
        (
            {"kind": "work", "years": "..2006"},
            ["mead2006peer", "nasmhpd2006", "solomon1995consumer"],
        ),
        (
            {"kind": "work", "years": "2012.."},
            ["chinman2014peer", "davidson2012peer", "muller2015hope"],
        ),
        ({"kind": "work", "years": (2012, 2014)}, ["chinman2014peer", "davidson2012peer"]),
        ({"author": "Müller"}, ["increased-hope", "mutual-aid-empowerment", "muller2015hope"]),
        ({"author": "MULLER", "kind": "work"}, ["muller2015hope"]),
        (
            {"design": "rct", "kind": "claim"},
            ["case-management-on-par", "mentor-fewer-hospital-days", "mentor-fewer-readmissions"],
        ),
        (
            {"ref": "Sledge2011Effectiveness"},
            ["mentor-fewer-hospital-days", "mentor-fewer-readmissions", "sledge2011effectiveness"],
        ),
        ({"population": "general"}, ["mutual-aid-empowerment", "shared-understanding"]),
        ({"population": "mental-health", "outcome": "hope"}, ["increased-hope"]),
    ],
)
def test_filters(index: SearchIndex, filters: dict[str, object], expected: list[str]) -> None:
    """Each filter keeps exactly the expected claims and works."""
    assert ids(index, "", **filters) == expected


def test_filters_combine_with_words(index: SearchIndex) -> None:
    """A filter narrows a ranked search without changing its order."""
    assert ids(index, "readmissions", kind="claim") == [
        "mentor-fewer-readmissions",
        "services-reduce-hospitalization",
    ]
    assert ids(index, "readmissions", years="2011") == [
        "mentor-fewer-readmissions",
        "sledge2011effectiveness",
    ]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (
            {"population": "mental health"},
            "unknown population 'mental health'; valid values: general, "
            "mental-health, substance-use",
        ),
        ({"outcome": "joy"}, "unknown outcome 'joy'; valid values: hospitalization"),
        ({"design": "trial"}, "unknown design 'trial'; valid values: rct, cluster-rct"),
        ({"kind": "study"}, "unknown kind 'study'; valid values: claim, work"),
        ({"years": "2010-2012"}, "invalid year range '2010-2012'"),
        ({"years": "2012..2010"}, "2012 is after 2010"),
        (
            {"ref": "sledge2011"},
            "no work 'sledge2011' in the corpus; did you mean 'sledge2011effectiveness'?",
        ),
    ],
)
def test_unknown_filter_values_are_input_errors(
    index: SearchIndex, filters: dict[str, object], message: str
) -> None:
    """Unknown filter values raise InputError naming the valid values."""
    with pytest.raises(InputError, match=None) as caught:
        index.search("hope", **filters)  # type: ignore[arg-type]
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010", (2010, 2010)),
        ("2005..2012", (2005, 2012)),
        ("2005..", (2005, None)),
        ("..2012", (None, 2012)),
        (" 2005 .. 2012 ", (2005, 2012)),
    ],
)
def test_parse_years(text: str, expected: tuple[int | None, int | None]) -> None:
    """Year ranges are inclusive and may be open at either end."""
    assert parse_years(text) == expected


@given(st.text(max_size=60))
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_query_raises_nothing_but_input_error(index: SearchIndex, query: str) -> None:
    """Whatever a user types, search returns or raises InputError."""
    with contextlib.suppress(InputError):
        index.search(query, limit=5)


@given(st.text(alphabet=st.sampled_from("\"*:()^-+NEARDOT hope{}[]\\'.,"), max_size=30))
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_syntax_soup_raises_nothing_but_input_error(index: SearchIndex, query: str) -> None:
    """Strings made of FTS5 syntax characters and operator letters never crash a search."""
    with contextlib.suppress(InputError):
        index.search(query, limit=5)


def test_the_index_is_cached_and_reused(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build writes one cache file; the second opens it without rebuilding."""
    first = build_index(corpus, directory=tmp_path)
    files = list(tmp_path.glob("search-*.sqlite"))
    assert len(files) == 1 and first.path == files[0]
    assert not list(tmp_path.glob(".search-*"))  # the temporary file was renamed into place

    def no_rebuild(*args: object) -> None:
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(search, "fill", no_rebuild)
    second = build_index(corpus, directory=tmp_path)
    assert second.path == files[0]
    assert second.search("readmissions").hits[0].id == "mentor-fewer-readmissions"


def test_cache_name_follows_the_file_contents(tmp_path: Path) -> None:
    """Editing either corpus file changes the cache file name."""
    claims, refs = tmp_path / "claims.yaml", tmp_path / "references.bib"
    claims.write_text((FIXTURE / "claims.yaml").read_text("utf-8"), "utf-8")
    refs.write_text((FIXTURE / "references.bib").read_text("utf-8"), "utf-8")
    before = search.cache_path(claims, refs, tmp_path)
    refs.write_text(refs.read_text("utf-8") + "\n", "utf-8")
    assert search.cache_path(claims, refs, tmp_path) != before
    assert search.cache_path(tmp_path / "missing.yaml", refs, tmp_path) is None


def test_cache_dir_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """PEERCLAIMS_CACHE_DIR wins over XDG_CACHE_HOME, which wins over ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("PEERCLAIMS_CACHE_DIR", raising=False)
    assert search.cache_dir() == tmp_path / "xdg" / "peerclaims"
    monkeypatch.setenv("PEERCLAIMS_CACHE_DIR", str(tmp_path / "own"))
    assert search.cache_dir() == tmp_path / "own"
    monkeypatch.delenv("PEERCLAIMS_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert search.cache_dir() == tmp_path / "home" / ".cache" / "peerclaims"


def test_unwritable_cache_builds_in_memory(corpus: Corpus, tmp_path: Path) -> None:
    """When the cache directory cannot be created, the index is built in memory, silently."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", "utf-8")
    index = build_index(corpus, directory=blocker / "cache")
    assert index.path is None
    assert ids(index, "hope") == ["increased-hope", "muller2015hope"]


def test_a_broken_cache_file_is_rebuilt(corpus: Corpus, tmp_path: Path) -> None:
    """A corrupt cache file is ignored and replaced."""
    path = search.cache_path(corpus.claims_path, corpus.references_path, tmp_path)
    assert path is not None
    path.write_bytes(b"not a database")
    index = build_index(corpus, directory=tmp_path)
    assert ids(index, "hope") == ["increased-hope", "muller2015hope"]


def test_progress_is_reported_only_for_big_corpora(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The callback hears (done, total) when there are more items than BIG, else nothing."""
    calls: list[tuple[int, int]] = []
    build_index(corpus, cache=False, progress=lambda done, total: calls.append((done, total)))
    assert calls == []
    monkeypatch.setattr(search_fill, "BIG", 10)
    monkeypatch.setattr(search_fill, "CHUNK", 5)
    build_index(corpus, cache=False, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(5, 16), (10, 16), (15, 16), (16, 16)]


def test_like_fallback_without_fts5(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without FTS5 a LIKE scan finds the same items, folds accents and still corrects typos."""
    monkeypatch.setattr(search, "FTS5", False)
    monkeypatch.setattr(search_fill, "FTS5", False)
    index = build_index(corpus, cache=False)
    assert not index.fts
    assert set(ids(index, "readmissions")) == {
        "mentor-fewer-readmissions",
        "services-reduce-hospitalization",
        "sledge2011effectiveness",
    }
    assert set(ids(index, "Müller")) == {"increased-hope", "muller2015hope"}
    hit = index.search("hope", kind="claim").hits[0]
    assert f"{search.MARK}hope{search.END}" in hit.snippet
    typo = index.search("readmisions")
    assert typo.fuzzy and typo.query_used == "readmissions"
    assert set(ids(index, "hospitalisation")) == set(ids(index, "hospitalization"))
    assert not index.search("hospitalisation").fuzzy
    assert ids(index, "100%_", kind="work") == []
    assert ids(index, "", design="rct", kind="work") == [
        "sledge2011effectiveness",
        "solomon1995consumer",
    ]


def test_bundled_corpus_readmissions_ranks_the_recovery_mentor_claim_first() -> None:
    """Acceptance: on the bundled corpus, 'readmissions' puts the recovery-mentor claim first."""
    index = build_index(load_corpus().corpus, cache=False)
    assert index.search("readmissions").hits[0].id == "recovery-mentor-fewer-readmissions"
