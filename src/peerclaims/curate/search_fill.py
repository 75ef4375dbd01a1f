"""The search index's SQLite tables (FTS5, or a LIKE scan without it), filled from a corpus."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from typing import TYPE_CHECKING

from peerclaims.curate.search_rows import Row, indexed_rows
from peerclaims.curate.spelling import us_spelling
from peerclaims.text.folding import fold

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus

BIG = 2000  # progress is reported only while indexing more items than this
Progress = Callable[[int, int], None]
RANK = "bm25(1.0, 2.0, 4.0, 2.0, 1.0)"  # ident, heading, body (as written), people, facets
CHUNK = 500


def _fts5_available() -> bool:
    with closing(sqlite3.connect(":memory:")) as con:
        try:
            con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        except sqlite3.Error:
            return False
    return True


FTS5 = _fts5_available()
"""Whether this sqlite3 has FTS5; without it, search falls back to a LIKE scan."""

_TABLES = """
CREATE TABLE info(name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE item(rowid INTEGER PRIMARY KEY, kind TEXT, ident TEXT, title TEXT, grade TEXT,
                  weight REAL);
CREATE TABLE facet(item INTEGER, name TEXT, value TEXT, num INTEGER);
CREATE TABLE word(term TEXT PRIMARY KEY) WITHOUT ROWID;
"""
# The index holds the words in US spelling; its content table, the text as written (same
# tokens at the same positions: `spelling` changes letters only), which snippet() quotes.
_FTS = f"""
CREATE TABLE original(rowid INTEGER PRIMARY KEY, ident, heading, body, people, facets);
CREATE VIRTUAL TABLE doc USING fts5(ident, heading, body, people, facets, content='original',
                                    content_rowid='rowid',
                                    tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO doc(doc, rank) VALUES('rank', '{RANK}');
"""
_LIKE = "CREATE TABLE doc(rowid INTEGER PRIMARY KEY, ident, heading, body, people, facets, folded);"


def fill(
    con: sqlite3.Connection, corpus: Corpus, progress: Progress | None, info: dict[str, str]
) -> None:
    """Create the index's tables in `con` and fill them with the corpus's claims and works."""
    con.execute("PRAGMA journal_mode = OFF")
    con.executescript(_TABLES + (_FTS if FTS5 else _LIKE))
    total = len(corpus.claims) + len(corpus.references)
    items = indexed_rows(corpus)
    words: set[str] = set()
    for start in range(0, total, CHUNK):
        chunk = [(start + n + 1, row) for n, row in zip(range(CHUNK), items, strict=False)]
        _insert(con, chunk, words)
        if progress is not None and total > BIG:
            progress(start + len(chunk), total)
    con.executemany(
        "INSERT INTO word VALUES (?)",  # the words corrections may offer
        ((w,) for w in sorted(words) if len(w) > 2 and not w.isdigit()),
    )
    con.executescript(
        "CREATE INDEX facet_value ON facet(name, value, item);"
        "CREATE INDEX facet_num ON facet(name, num, item);"
    )
    meta = {
        **info,
        "mode": "fts5" if FTS5 else "like",
        "claims": str(len(corpus.claims)),
        "works": str(len(corpus.references)),
    }
    con.executemany("INSERT INTO info VALUES (?, ?)", meta.items())
    con.commit()


def _insert(con: sqlite3.Connection, chunk: list[tuple[int, Row]], words: set[str]) -> None:
    con.executemany("INSERT INTO item VALUES (?, ?, ?, ?, ?, ?)", [(n, *r[:5]) for n, r in chunk])
    folded = [(n, r.texts, fold(" ".join(r.texts))) for n, r in chunk]
    for _, _, text in folded:
        words.update(text.split())
    cols = "rowid, ident, heading, body, people, facets"
    if FTS5:
        con.executemany(
            f"INSERT INTO original({cols}) VALUES (?, ?, ?, ?, ?, ?)",
            [(n, *texts) for n, texts, _ in folded],
        )
        con.executemany(
            f"INSERT INTO doc({cols}) VALUES (?, ?, ?, ?, ?, ?)",
            [(n, *map(us_spelling, texts)) for n, texts, _ in folded],
        )
    else:
        con.executemany(
            f"INSERT INTO doc({cols}, folded) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(n, *texts, us_spelling(text)) for n, texts, text in folded],
        )
    con.executemany(
        "INSERT INTO facet VALUES (?, ?, ?, ?)", [(n, *f) for n, r in chunk for f in r.facets]
    )
