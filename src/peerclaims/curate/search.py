"""Full-text search over claims and works: SQLite FTS5 ranked by bm25 and grade, cached on disk.

Words are stemmed (FTS5's `porter` tokenizer: reduces, reduced, reducing) and UK spellings
folded to US ones in the index and in the query alike (`spelling`: hospitalisation,
hospitalization), so either form finds both; the index keeps the text as written beside the
folded words, so snippets quote the sources. The score is bm25 times a factor for the item's
evidence grade (a claim's computed grade, a work's starting level by design).

User input is always quoted for FTS5, so operators and syntax characters are plain text. A
query whose words are all in the index runs as typed: all words, then any of them. Only a
word that matches nothing is corrected to its closest indexed word (rapidfuzz), and the
result says which words were corrected.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerclaims import cache as store
from peerclaims.cache import cache_dir, content_key
from peerclaims.corpus.vocab import allowed
from peerclaims.curate.explore import NotFoundError
from peerclaims.curate.search_fill import BIG, CHUNK, FTS5, Progress, fill
from peerclaims.curate.search_query import (
    WORD,
    Years,
    choice,
    fts_query,
    like_pattern,
    parse_years,
    query_terms,
)
from peerclaims.curate.search_rows import GRADE_STEP
from peerclaims.curate.spelling import us_spelling
from peerclaims.errors import InputError
from peerclaims.suggest import closest
from peerclaims.text.folding import fold

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus

__all__ = [
    "BIG",
    "END",
    "FTS5",
    "GRADE_STEP",
    "INDEX_VERSION",
    "MARK",
    "Hit",
    "SearchIndex",
    "SearchResult",
    "Years",
    "build_index",
    "cache_dir",
    "cache_path",
    "fts_query",
    "open_cached",
    "parse_years",
    "query_terms",
]

INDEX_VERSION = 3  # 3: porter stemming, US spelling, grade weights, words as written
MARK, END = "\x02", "\x03"  # around each match in `Hit.snippet`; renderers make them bold or **
KEEP_CACHES = 8
_SNIPPETS = (2, 3, 1, 4, 0)  # snippet from the first of these columns that matched
_SNIPPET_SQL = ", ".join(f"snippet(doc, {c}, char(2), char(3), '…', 14)" for c in _SNIPPETS)


_FACET = "i.rowid IN (SELECT item FROM facet WHERE name = ? AND value = ?)"
_YEAR = "i.rowid IN (SELECT item FROM facet WHERE name = 'year' AND num BETWEEN ? AND ?)"


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result; `snippet` marks matches with MARK … END."""

    kind: str
    id: str
    title: str
    snippet: str
    score: float
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Hits, best first; the query actually run, and whether it was typo-corrected.

    `unmatched`: the words typed that matched nothing and were replaced (when `fuzzy`).
    """

    hits: list[Hit]
    query_used: str
    fuzzy: bool
    unmatched: tuple[str, ...] = ()


Layers = Sequence[tuple[str, str]]


def cache_path(
    claims: str | Path, references: str | Path, directory: Path | None = None, *, more: Layers = ()
) -> Path | None:
    """Where the index of these two files is cached, or None when they cannot be read.

    `more`: the (claims, references) files of the corpus's further layers, in order, ""
    where a layer has none; the key covers every file and which layer holds it.
    """
    shape = " ".join(("c" if c else "-") + ("r" if r else "-") for c, r in more)
    files = (claims, references, *(path for pair in more for path in pair if path))
    key = content_key(f"search {INDEX_VERSION} {FTS5} {shape}".rstrip(), files)
    directory = store.usable_dir(directory or cache_dir())  # refused when others could plant files
    return (
        None
        if key is None or directory is None
        else store.entry_path(directory, "search", key, ".sqlite")
    )


def open_cached(
    claims: str | Path, references: str | Path, directory: Path | None = None, *, more: Layers = ()
) -> SearchIndex | None:
    """The cached index of these corpus files, or None when there is none (or it is broken)."""
    return _open(cache_path(claims, references, directory, more=more))


def _open(path: Path | None) -> SearchIndex | None:
    """The index at `path` if it is exactly one this code built for its key; else None."""
    expected = {"index": str(INDEX_VERSION), "key": _key(path), "mode": "fts5" if FTS5 else "like"}
    con = (
        None
        if path is None
        else store.open_database(path, _empty_index, expected, ("claims", "works", "errors"))
    )
    return None if con is None else SearchIndex(con, path)


def _empty_index(con: sqlite3.Connection) -> None:
    from peerclaims.corpus.load import Corpus

    fill(con, Corpus(), None, {})


def _key(path: Path | None) -> str:
    return path.name.removeprefix("search-").removesuffix(".sqlite") if path else ""


def build_index(
    corpus: Corpus,
    *,
    cache: bool = True,
    directory: Path | None = None,
    progress: Progress | None = None,
    info: dict[str, str] | None = None,
) -> SearchIndex:
    """The cached index of this corpus, or a new one (stored atomically when the cache is writable)."""
    (claims, references), *more = corpus.layer_files()
    path = cache_path(claims, references, directory, more=more) if cache else None
    if path is not None:
        cached = _open(path)
        if cached is not None:
            return cached
        stored = _store(path, corpus, progress, info or {})
        if stored is not None:
            return stored
    con = sqlite3.connect(":memory:")
    fill(con, corpus, progress, info or {})
    return SearchIndex(con)


def _store(
    path: Path, corpus: Corpus, progress: Progress | None, info: dict[str, str]
) -> SearchIndex | None:
    from peerclaims.fileio import atomic_path

    if store.changed_since(corpus) or not store.prepare(path):  # edited since it was parsed
        return None
    info = {**info, "index": str(INDEX_VERSION), "key": _key(path)}
    try:  # build beside the final file, then rename: readers never see half an index
        with atomic_path(path) as tmp, closing(sqlite3.connect(tmp)) as con:
            fill(con, corpus, progress, info)
    except (OSError, sqlite3.Error):
        return None
    store.prune(path.parent, "search", ".sqlite", KEEP_CACHES)
    return _open(path)


class SearchIndex:
    """An open index; `search` runs queries against it."""

    def __init__(self, con: sqlite3.Connection, path: Path | None = None) -> None:
        self._con = con
        self.path = path
        self.info: dict[str, str] = {
            name: value
            for name, value in con.execute("SELECT name, value FROM info")
            if isinstance(name, str) and isinstance(value, str)
        }
        self.fts = self.info.get("mode") == "fts5"
        self._vocab: list[str] | None = None

    def close(self) -> None:
        """Close the database connection."""
        self._con.close()

    def search(
        self,
        query: str,
        *,
        kind: str | None = None,
        population: str | None = None,
        outcome: str | None = None,
        author: str | None = None,
        years: str | Years | None = None,
        design: str | None = None,
        ref: str | None = None,
        limit: int = 20,
    ) -> SearchResult:
        """Run a query with filters; empty queries list the filtered items."""
        where, params = self._filters(kind, population, outcome, author, years, design, ref)
        terms = query_terms(query)
        if not terms:
            if not where:
                raise InputError("empty query: give words to search for, or a filter")
            return SearchResult(self._list(where, params, limit), "", False)
        try:
            return self._ranked(terms, where, params, limit)
        except sqlite3.Error as exc:  # never expected: terms are quoted; say so rather than crash
            raise InputError(f"cannot search for '{query}': {exc}") from None

    def _ranked(
        self, terms: list[str], where: str, params: list[object], limit: int
    ) -> SearchResult:
        hits = self._match(terms, " ", where, params, limit)
        if hits:  # every word matched: nothing to correct
            return SearchResult(hits, " ".join(terms), False)
        words = [w for t in terms for w in WORD.findall(t)]
        fixes = {w: fix for w in dict.fromkeys(words) if (fix := self._correction(w)) is not None}
        if fixes:  # only words found nowhere are corrected; words that exist run as typed
            fixed = [fixes.get(w, w) for w in words]
            corrected = self._attempt(
                fixed, where, params, limit, fuzzy=True, unmatched=tuple(fixes)
            )
            if corrected.hits:
                return corrected
        return self._attempt(terms, where, params, limit, fuzzy=False, any_only=True)

    def _attempt(
        self,
        terms: list[str],
        where: str,
        params: list[object],
        limit: int,
        *,
        fuzzy: bool,
        unmatched: tuple[str, ...] = (),
        any_only: bool = False,
    ) -> SearchResult:
        joiners = (" ", " OR ")[: len(terms)]  # all terms; then, if several, any of them
        for joiner in joiners[1:] if any_only else joiners:
            hits = self._match(terms, joiner, where, params, limit)
            if hits:
                return SearchResult(hits, joiner.join(terms), fuzzy, unmatched)
        return SearchResult([], " ".join(terms), fuzzy, unmatched)

    def _match(
        self, terms: list[str], joiner: str, where: str, params: list[object], limit: int
    ) -> list[Hit]:
        if not self.fts:
            return self._like(terms, joiner, where, params, limit)
        match = fts_query([us_spelling(t) for t in terms], joiner)
        sql = (
            "SELECT doc.rowid, -doc.rank * ifnull(i.weight, 1) AS score FROM doc "
            f"JOIN item i ON i.rowid = doc.rowid WHERE doc MATCH ?{where} "
            "ORDER BY score DESC, i.kind, i.ident LIMIT ?"
        )
        ranked = self._con.execute(sql, [match, *params, limit]).fetchall()
        # snippets only for the hits shown, not for every row that matched
        shown: dict[int, list[Any]] = {}
        for start in range(0, len(ranked), CHUNK):
            ids = [rowid for rowid, _ in ranked[start : start + CHUNK]]
            sql = (
                f"SELECT doc.rowid, i.kind, i.ident, i.title, i.grade, {_SNIPPET_SQL} FROM doc "
                "JOIN item i ON i.rowid = doc.rowid WHERE doc MATCH ? "
                f"AND doc.rowid IN ({', '.join('?' * len(ids))})"
            )
            shown.update((rowid, rest) for rowid, *rest in self._con.execute(sql, [match, *ids]))
        hits = []
        for rowid, score in ranked:
            kind, ident, title, grade, *snips = shown[rowid]
            snippet = next((s for s in snips if MARK in s), "")
            hits.append(Hit(kind, ident, title, snippet, round(score, 4), grade))
        return hits

    def _like(
        self, terms: list[str], joiner: str, where: str, params: list[object], limit: int
    ) -> list[Hit]:
        words = [w for w in (us_spelling(fold(t)) for t in terms) if w]
        if not words:
            return []
        cond = (" AND " if joiner == " " else " OR ").join(
            "d.folded LIKE ? ESCAPE '\\'" for _ in words
        )
        sql = (
            "SELECT i.kind, i.ident, i.title, d.heading, d.body, d.people, i.grade FROM doc d "
            f"JOIN item i ON i.rowid = d.rowid WHERE ({cond}){where} "
            "ORDER BY i.weight DESC, i.kind, i.ident LIMIT ?"
        )
        rows = self._con.execute(sql, [*map(like_pattern, words), *params, limit]).fetchall()
        marks = [fold(t) for t in terms]
        return [Hit(k, i, t, _mark((h, b, p), marks), 0.0, g) for k, i, t, h, b, p, g in rows]

    def _list(self, where: str, params: list[object], limit: int) -> list[Hit]:
        sql = f"SELECT kind, ident, title, grade FROM item i WHERE 1{where} ORDER BY kind, ident LIMIT ?"
        return [Hit(k, i, t, "", 0.0, g) for k, i, t, g in self._con.execute(sql, [*params, limit])]

    def _correction(self, word: str) -> str | None:
        """The closest indexed word to a word that matches nothing; None when it matches, or
        when no indexed word is close (digits and words under 3 letters are never corrected)."""
        folded = fold(word)
        if folded.isdigit() or len(folded) < 3 or self._exists(word):
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(folded, self._vocabulary(), scorer=fuzz.ratio, score_cutoff=75)
        return None if best is None or best[0] == folded else best[0]

    def _exists(self, word: str) -> bool:
        """Whether any item has this word (stemmed and spelling-folded as the index is)."""
        if self.fts:
            sql, arg = "SELECT 1 FROM doc WHERE doc MATCH ? LIMIT 1", fts_query([us_spelling(word)])
        else:
            sql = "SELECT 1 FROM doc WHERE folded LIKE ? ESCAPE '\\' LIMIT 1"
            arg = like_pattern(us_spelling(fold(word)))
        return self._con.execute(sql, [arg]).fetchone() is not None

    def _vocabulary(self) -> list[str]:
        """Every word of the indexed text as written (folded: no case, accents), for corrections."""
        if self._vocab is None:
            self._vocab = [
                term
                for (term,) in self._con.execute("SELECT term FROM word")
                if isinstance(term, str)
            ]
        return self._vocab

    def _filters(
        self,
        kind: str | None,
        population: str | None,
        outcome: str | None,
        author: str | None,
        years: str | Years | None,
        design: str | None,
        ref: str | None,
    ) -> tuple[str, list[object]]:
        conds = ["i.kind = ?"] if kind is not None else []
        params: list[object] = [choice("kind", kind, ("claim", "work"))] if kind is not None else []
        facets = {
            "population": choice("population", population, allowed("population")),
            "outcome": choice("outcome", outcome, allowed("outcome")),
            "design": choice("design", design, allowed("studydesign")),
            "author": None if author is None else fold(author),
            "ref": None if ref is None else self._work_key(ref),
        }
        for name, value in facets.items():
            if value is not None:
                conds.append(_FACET)
                params += [name, value]
        if years is not None:
            low, high = parse_years(years) if isinstance(years, str) else years
            conds.append(_YEAR)
            params += [-1 if low is None else low, 99999 if high is None else high]
        return "".join(f" AND {c}" for c in conds), params

    def _work_key(self, key: str) -> str:
        keys = [k for (k,) in self._con.execute("SELECT ident FROM item WHERE kind = 'work'")]
        if key.lower() not in {k.lower() for k in keys}:
            raise NotFoundError("work", key, closest(key, keys))
        return key.lower()


def _mark(texts: Sequence[str], words: Sequence[str]) -> str:
    """The first text containing a word, with the words marked (LIKE mode has no snippet())."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    text = next((t for t in texts if pattern.search(t)), "")
    return pattern.sub(lambda m: MARK + m.group(0) + END, text)
