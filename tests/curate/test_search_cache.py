"""The cached search index: a damaged or planted index is rebuilt, never trusted, never a
traceback; the directory must be private; the bytes indexed are the bytes keyed; it stays small.

These reproduce the audit of issue 12 (items 1, 3, 11 and 13).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims import cache
from peerclaims.cli import app
from peerclaims.corpus.load import Corpus
from peerclaims.curate import search
from peerclaims.curate.search import SearchIndex, build_index, open_cached
from peerclaims.runner import load_corpus, load_counting
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "explore"
Files = tuple[Path, Path]


@pytest.fixture
def files(tmp_path: Path) -> Files:
    """A copy of the exploration corpus that a test may edit."""
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURE, folder)
    return folder / "claims.yaml", folder / "references.bib"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache directory for this test (also for the CLI), notices collected."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("PEERCLAIMS_CACHE_DIR", str(directory))
    monkeypatch.setattr(cache, "_noticed", set(), raising=False)
    return directory


def corpus_of(files: Files) -> Corpus:
    """The corpus of these files, loaded without the cache."""
    return load_corpus(*files).corpus


def hope(index: SearchIndex) -> list[str]:
    """What the fixture corpus answers to 'hope'."""
    return [hit.id for hit in index.search("hope").hits]


def stored(files: Files, home: Path) -> Path:
    """Build and store the index of `files`; its path."""
    index = build_index(corpus_of(files), directory=home, info={"errors": "0"})
    assert index.path is not None
    index.close()
    return index.path


def _sql(statement: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with closing(sqlite3.connect(path)) as con:
            con.executescript(statement)
            con.commit()

    return damage


def _bytes(make: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        path.write_bytes(make(path.read_bytes()))

    return damage


DAMAGE: dict[str, Callable[[Path], None]] = {
    "not a database": _bytes(lambda data: b"not a database" * 100),
    "empty": _bytes(lambda data: b""),
    "truncated": _bytes(lambda data: data[: len(data) // 2]),
    "a page overwritten": _bytes(lambda data: data[:8192] + b"\xff" * 4096 + data[12288:]),
    "numbers in info": _sql(
        "DROP TABLE info; CREATE TABLE info(name TEXT PRIMARY KEY, value); "
        "INSERT INTO info VALUES ('mode', 5), ('claims', 7)"
    ),
    "a blob in info": _sql("UPDATE info SET value = x'00ff' WHERE name = 'mode'"),
    "a blob as a name": _sql("INSERT INTO info VALUES (x'00', 'x')"),
    "errors not a number": _sql("UPDATE info SET value = 'many' WHERE name = 'errors'"),
    "errors in other digits": _sql("UPDATE info SET value = '٣' WHERE name = 'errors'"),
    "no key": _sql("DELETE FROM info WHERE name = 'key'"),
    "another key": _sql(f"UPDATE info SET value = '{'f' * 64}' WHERE name = 'key'"),
    "an older index": _sql("UPDATE info SET value = '1' WHERE name = 'index'"),
    "the index before stemming": _sql(
        f"UPDATE info SET value = '{search.INDEX_VERSION - 1}' WHERE name = 'index'"
    ),
    "no content table": _sql("DROP TABLE original"),
    "no word table": _sql("DROP TABLE word"),
    "another mode": _sql("UPDATE info SET value = 'other' WHERE name = 'mode'"),
    "a missing table": _sql("DROP TABLE facet"),
    "no item table": _sql("DROP TABLE item"),
    "no info table": _sql("DROP TABLE info"),
    "a missing index": _sql("DROP INDEX facet_num"),
    "a view in a table's place": _sql(
        "DROP TABLE item; CREATE VIEW item AS SELECT 1 AS rowid, "
        "'claim' AS kind, 'x' AS ident, 'x' AS title, 'x' AS grade"
    ),
    "a trigger": _sql("CREATE TRIGGER t AFTER INSERT ON item BEGIN SELECT 1; END"),
    "an extra table": _sql("CREATE TABLE extra(x)"),
    "an extra column": _sql("ALTER TABLE item ADD COLUMN extra TEXT"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_index_is_rebuilt(
    home: Path, files: Files, damage: Callable[[Path], None]
) -> None:
    """Not trusted when opened; rebuilt in place by the next build; then sound again."""
    path = stored(files, home)
    good = hope(open_cached(*files, home) or pytest.fail("the stored index is not trusted"))
    damage(path)
    assert open_cached(*files, home) is None
    rebuilt = build_index(corpus_of(files), directory=home)
    assert rebuilt.path == path
    assert hope(rebuilt) == good
    again = open_cached(*files, home)
    assert again is not None and hope(again) == good


@pytest.mark.parametrize(
    "name", ["no item table", "a blob in info", "errors not a number", "not a database"]
)
def test_search_over_a_damaged_index_works(home: Path, files: Files, name: str) -> None:
    """`peerclaims search` rebuilds a damaged index: no traceback, no lasting 'no such table'."""
    args = ["search", "hope", "--claims", str(files[0]), "--references", str(files[1])]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    (path,) = home.glob("search-*.sqlite")
    DAMAGE[name](path)
    for _ in range(2):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert result.stdout == first.stdout
        assert result.exception is None


def test_a_planted_index_with_fake_titles_needs_our_schema(home: Path, files: Files) -> None:
    """A database made by someone else (other tables, a view) is not opened as an index."""
    path = search.cache_path(*files, home)
    assert path is not None
    home.mkdir(mode=0o700)
    with closing(sqlite3.connect(path)) as con:
        con.executescript("CREATE TABLE info(name, value); CREATE VIEW item AS SELECT 1;")
    assert open_cached(*files, home) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_planted_fifo_does_not_block(home: Path, files: Files) -> None:
    """A FIFO in the index's place is neither opened (which would block) nor kept."""
    path = search.cache_path(*files, home)
    assert path is not None
    home.mkdir(mode=0o700)
    os.mkfifo(path)
    found: list[list[str]] = []
    thread = threading.Thread(
        target=lambda: found.append(hope(build_index(corpus_of(files), directory=home))),
        daemon=True,
    )
    thread.start()
    thread.join(timeout=30)
    assert found and found[0]
    assert stat.S_ISREG(path.lstat().st_mode)


def test_a_planted_symlink_is_replaced_not_followed(
    home: Path, files: Files, tmp_path: Path
) -> None:
    """The file a link in the index's place points to is left alone."""
    path = search.cache_path(*files, home)
    assert path is not None
    home.mkdir(mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    path.symlink_to(victim)
    index = build_index(corpus_of(files), directory=home)
    assert hope(index)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not path.is_symlink()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_directory_others_can_write_is_not_used(
    home: Path, files: Files, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No index is read from or written to it; the index is built in memory; one notice."""
    said: list[str] = []
    monkeypatch.setattr(cache, "notify", said.append)
    path = stored(files, home)
    home.chmod(0o777)
    assert search.cache_path(*files, home) is None
    assert open_cached(*files, home) is None
    index = build_index(corpus_of(files), directory=home)
    assert index.path is None and hope(index)
    assert said == [f"peerclaims: not using the cache at {home}: it is writable by others"]
    assert list(home.iterdir()) == [path]


def test_the_index_is_keyed_by_the_bytes_it_was_built_from(home: Path, files: Files) -> None:
    """A corpus loaded before an edit is not stored under the edited files' key."""
    claims, _ = files
    corpus, _ = load_counting(*files)
    claims.write_text(
        claims.read_text("utf-8").replace(
            "Peer support increases hope.", "Peer support increases despair."
        ),
        "utf-8",
    )
    old = build_index(corpus, directory=home)
    assert "increased-hope" in hope(old)
    reopened = open_cached(*files, home)
    assert reopened is None or "increased-hope" not in hope(reopened)


def test_the_index_cache_stays_bounded(home: Path, files: Files) -> None:
    """After 20 distinct corpora, only the newest KEEP_CACHES indexes remain."""
    claims = files[0]
    text = claims.read_text("utf-8")
    for number in range(20):
        claims.write_text(f"{text}\n# variant {number}\n", "utf-8")
        build_index(corpus_of(files), directory=home).close()
    indexes = list(home.glob("search-*.sqlite"))
    assert len(indexes) == search.KEEP_CACHES
    assert search.cache_path(*files, home) in indexes
