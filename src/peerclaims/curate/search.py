"""Full-text search over claims and works: SQLite FTS5 ranked by bm25, cached on disk.

User input is always quoted for FTS5, so operators and syntax characters are plain text. When
nothing matches, each term is corrected to its closest indexed term (rapidfuzz) and rerun.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from peerclaims import cache as store
from peerclaims.cache import cache_dir, content_key
from peerclaims.corpus.grading import grade_claim
from peerclaims.corpus.vocab import allowed
from peerclaims.curate.explore import NotFoundError, work_line, year_number
from peerclaims.errors import InputError
from peerclaims.suggest import closest
from peerclaims.text.folding import fold

if TYPE_CHECKING:
    from peerclaims.corpus.load import Corpus
    from peerclaims.corpus.model import Claim, Reference

INDEX_VERSION = 2
MARK, END = "\x02", "\x03"  # around each match in `Hit.snippet`; renderers make them bold or **
BIG = 2000  # progress is reported only while indexing more items than this
Progress = Callable[[int, int], None]
Years = tuple[int | None, int | None]
KEEP_CACHES = 8
_RANK = "bm25(1.0, 2.0, 4.0, 2.0, 1.0)"  # ident, heading, body (as written), people, facets
_SNIPPETS = (2, 3, 1, 4, 0)  # snippet from the first of these columns that matched
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_CHUNK = 500
_YEARS = re.compile(r"^\s*(\d{4})?\s*(\.\.)?\s*(\d{4})?\s*$")


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
CREATE TABLE item(rowid INTEGER PRIMARY KEY, kind TEXT, ident TEXT, title TEXT, grade TEXT);
CREATE TABLE facet(item INTEGER, name TEXT, value TEXT, num INTEGER);
"""
_FTS = f"""
CREATE VIRTUAL TABLE doc USING fts5(ident, heading, body, people, facets,
                                    tokenize='unicode61 remove_diacritics 2');
INSERT INTO doc(doc, rank) VALUES('rank', '{_RANK}');
CREATE VIRTUAL TABLE vocab USING fts5vocab(doc, 'row');
"""
_LIKE = "CREATE TABLE doc(rowid INTEGER PRIMARY KEY, ident, heading, body, people, facets, folded);"
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
    """Hits, best first; the query actually run, and whether it was typo-corrected."""

    hits: list[Hit]
    query_used: str
    fuzzy: bool


class _Row(NamedTuple):
    kind: str
    ident: str
    title: str
    grade: str | None
    texts: tuple[str, str, str, str, str]
    facets: set[tuple[str, str, int | None]]


def query_terms(query: str) -> list[str]:
    """Whitespace-separated tokens with a letter or digit; FTS operator words are dropped."""
    clean = query.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    return [t for t in clean.split() if t not in _OPERATORS and any(c.isalnum() for c in t)]


def fts_query(terms: Sequence[str], joiner: str = " ") -> str:
    """Each term as an FTS5 string ("…", inner quotes doubled), joined by AND or OR."""
    return joiner.join('"' + t.replace('"', '""') + '"' for t in terms)


def parse_years(text: str) -> Years:
    """Parse `2010`, `2005..2012`, `2005..` or `..2012` into an inclusive (low, high)."""
    m = _YEARS.match(text)
    if not m or not (m.group(1) or m.group(3)) or (m.group(3) and not m.group(2)):
        raise InputError(f"invalid year range '{text}': use 2010, 2005..2012, 2005.. or ..2012")
    low = int(m.group(1)) if m.group(1) else None
    high = int(m.group(3)) if m.group(3) else (None if m.group(2) else low)
    if low is not None and high is not None and low > high:
        raise InputError(f"invalid year range '{text}': {low} is after {high}")
    return low, high


Layers = Sequence[tuple[str, str]]


def cache_path(claims: str | Path, references: str | Path, directory: Path | None = None,
               *, more: Layers = ()) -> Path | None:
    """Where the index of these two files is cached, or None when they cannot be read.

    `more`: the (claims, references) files of the corpus's further layers, in order, ""
    where a layer has none; the key covers every file and which layer holds it.
    """
    shape = " ".join(("c" if c else "-") + ("r" if r else "-") for c, r in more)
    files = (claims, references, *(path for pair in more for path in pair if path))
    key = content_key(f"search {INDEX_VERSION} {FTS5} {shape}".rstrip(), files)
    directory = store.usable_dir(directory or cache_dir())  # refused when others could plant files
    return None if key is None or directory is None else store.entry_path(directory, "search",
                                                                           key, ".sqlite")


def open_cached(claims: str | Path, references: str | Path, directory: Path | None = None,
                *, more: Layers = ()) -> SearchIndex | None:
    """The cached index of these corpus files, or None when there is none (or it is broken)."""
    return _open(cache_path(claims, references, directory, more=more))


def _open(path: Path | None) -> SearchIndex | None:
    """The index at `path` if it is exactly one this code built for its key; else None."""
    expected = {"index": str(INDEX_VERSION), "key": _key(path), "mode": "fts5" if FTS5 else "like"}
    con = None if path is None else store.open_database(path, _empty_index, expected,
                                                        ("claims", "works", "errors"))
    return None if con is None else SearchIndex(con, path)


def _empty_index(con: sqlite3.Connection) -> None:
    from peerclaims.corpus.load import Corpus

    _fill(con, Corpus(), None, {})


def _key(path: Path | None) -> str:
    return path.name.removeprefix("search-").removesuffix(".sqlite") if path else ""


def build_index(corpus: Corpus, *, cache: bool = True, directory: Path | None = None,
                progress: Progress | None = None, info: dict[str, str] | None = None) -> SearchIndex:
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
    _fill(con, corpus, progress, info or {})
    return SearchIndex(con)


def _store(path: Path, corpus: Corpus, progress: Progress | None, info: dict[str, str]) -> SearchIndex | None:
    from peerclaims.fileio import atomic_path

    if store.changed_since(corpus) or not store.prepare(path):  # edited since it was parsed
        return None
    info = {**info, "index": str(INDEX_VERSION), "key": _key(path)}
    try:  # build beside the final file, then rename: readers never see half an index
        with atomic_path(path) as tmp, closing(sqlite3.connect(tmp)) as con:
            _fill(con, corpus, progress, info)
    except (OSError, sqlite3.Error):
        return None
    store.prune(path.parent, "search", ".sqlite", KEEP_CACHES)
    return _open(path)


def _fill(con: sqlite3.Connection, corpus: Corpus, progress: Progress | None, info: dict[str, str]) -> None:
    con.execute("PRAGMA journal_mode = OFF")
    con.executescript(_TABLES + (_FTS if FTS5 else _LIKE))
    total = len(corpus.claims) + len(corpus.references)
    rows = _rows(corpus)
    for start in range(0, total, _CHUNK):
        chunk = [(start + n + 1, row) for n, row in zip(range(_CHUNK), rows, strict=False)]
        _insert(con, chunk)
        if progress is not None and total > BIG:
            progress(start + len(chunk), total)
    con.executescript("CREATE INDEX facet_value ON facet(name, value, item);"
                      "CREATE INDEX facet_num ON facet(name, num, item);")
    meta = {**info, "mode": "fts5" if FTS5 else "like", "claims": str(len(corpus.claims)),
            "works": str(len(corpus.references))}
    con.executemany("INSERT INTO info VALUES (?, ?)", meta.items())
    con.commit()


def _insert(con: sqlite3.Connection, chunk: list[tuple[int, _Row]]) -> None:
    con.executemany("INSERT INTO item VALUES (?, ?, ?, ?, ?)", [(n, *r[:4]) for n, r in chunk])
    cols = "rowid, ident, heading, body, people, facets" + ("" if FTS5 else ", folded")
    rows = [(n, *r.texts) if FTS5 else (n, *r.texts, fold(" ".join(r.texts))) for n, r in chunk]
    con.executemany(f"INSERT INTO doc({cols}) VALUES ({', '.join('?' * (cols.count(',') + 1))})", rows)
    con.executemany("INSERT INTO facet VALUES (?, ?, ?, ?)",
                    [(n, *f) for n, r in chunk for f in r.facets])


def _rows(corpus: Corpus) -> Iterator[_Row]:
    for claim in corpus.claims:
        yield _claim_row(claim, corpus, grade_claim(claim, corpus).label)
    for ref in corpus.references:
        yield _work_row(ref)


def _claim_row(claim: Claim, corpus: Corpus, grade: str) -> _Row:
    works = [w for w in (corpus.reference(e.ref) for e in claim.evidence) if w is not None]
    facets: set[tuple[str, str, int | None]] = {("ref", e.ref.lower(), None) for e in claim.evidence}
    facets |= {("population", claim.population, None), ("outcome", claim.outcome, None)}
    facets.update(f for w in works for f in _work_facets(w))
    texts = (claim.id, claim.statement, " | ".join(a.as_written for a in claim.appearances),
             " | ".join(a.cited_as for a in claim.appearances if a.cited_as),
             " ".join((*claim.tags, claim.population, claim.outcome)))
    return _Row("claim", claim.id, " ".join(claim.statement.split()), grade, texts, facets)


def _work_row(ref: Reference) -> _Row:
    people = "; ".join([" ".join(filter(None, (p.first, p.surname, p.jr))) for p in ref.creators]
                       + list(ref.cited_as))
    container = next((v for k in ("journal", "booktitle", "institution", "publisher", "school",
                                  "organization") if (v := ref.get(k))), "")
    texts = (ref.key, ref.title, container, people, " ".join(filter(None, (ref.year, ref.design))))
    return _Row("work", ref.key, work_line(ref), None, texts, set(_work_facets(ref)))


def _work_facets(ref: Reference) -> Iterator[tuple[str, str, int | None]]:
    yield ("ref", ref.key.lower(), None)
    if ref.design:
        yield ("design", ref.design, None)
    if (year := year_number(ref)) is not None:
        yield ("year", "", year)
    for person in ref.creators:
        yield ("author", fold(person.surname), None)
        yield ("author", fold(person.last), None)


class SearchIndex:
    """An open index; `search` runs queries against it."""

    def __init__(self, con: sqlite3.Connection, path: Path | None = None) -> None:
        self._con = con
        self.path = path
        self.info: dict[str, str] = {name: value for name, value in con.execute(
            "SELECT name, value FROM info") if isinstance(name, str) and isinstance(value, str)}
        self.fts = self.info.get("mode") == "fts5"
        self._vocab: list[str] | None = None

    def close(self) -> None:
        """Close the database connection."""
        self._con.close()

    def search(self, query: str, *, kind: str | None = None, population: str | None = None,
               outcome: str | None = None, author: str | None = None,
               years: str | Years | None = None, design: str | None = None,
               ref: str | None = None, limit: int = 20) -> SearchResult:
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

    def _ranked(self, terms: list[str], where: str, params: list[object], limit: int) -> SearchResult:
        result = self._attempt(terms, where, params, limit, fuzzy=False)
        if result.hits:
            return result
        fixed = self._correct(terms)
        if fixed != [w for t in terms for w in fold(t).split()]:
            corrected = self._attempt(fixed, where, params, limit, fuzzy=True)
            if corrected.hits:
                return corrected
        return result

    def _attempt(self, terms: list[str], where: str, params: list[object], limit: int, *,
                 fuzzy: bool) -> SearchResult:
        for joiner in (" ", " OR ")[:len(terms)]:  # all terms; then, if several, any of them
            hits = self._match(terms, joiner, where, params, limit)
            if hits:
                return SearchResult(hits, joiner.join(terms), fuzzy)
        return SearchResult([], " ".join(terms), fuzzy)

    def _match(self, terms: list[str], joiner: str, where: str, params: list[object],
               limit: int) -> list[Hit]:
        if not self.fts:
            return self._like(terms, joiner, where, params, limit)
        snippets = ", ".join(f"snippet(doc, {c}, char(2), char(3), '…', 14)" for c in _SNIPPETS)
        sql = (f"SELECT i.kind, i.ident, i.title, -doc.rank, i.grade, {snippets} FROM doc "
               f"JOIN item i ON i.rowid = doc.rowid WHERE doc MATCH ?{where} "
               "ORDER BY doc.rank, i.kind, i.ident LIMIT ?")
        rows = self._con.execute(sql, [fts_query(terms, joiner), *params, limit]).fetchall()
        return [Hit(k, i, t, next((s for s in snips if MARK in s), ""), round(score, 4), g)
                for k, i, t, score, g, *snips in rows]

    def _like(self, terms: list[str], joiner: str, where: str, params: list[object],
              limit: int) -> list[Hit]:
        words = [w for w in (fold(t) for t in terms) if w]
        if not words:
            return []
        escaped = ["%" + re.sub(r"([%_\\])", r"\\\1", w) + "%" for w in words]
        cond = (" AND " if joiner == " " else " OR ").join("d.folded LIKE ? ESCAPE '\\'" for _ in words)
        sql = ("SELECT i.kind, i.ident, i.title, d.heading, d.body, d.people, i.grade FROM doc d "
               f"JOIN item i ON i.rowid = d.rowid WHERE ({cond}){where} ORDER BY i.kind, i.ident LIMIT ?")
        rows = self._con.execute(sql, [*escaped, *params, limit]).fetchall()
        return [Hit(k, i, t, _mark((h, b, p), words), 0.0, g) for k, i, t, h, b, p, g in rows]

    def _list(self, where: str, params: list[object], limit: int) -> list[Hit]:
        sql = f"SELECT kind, ident, title, grade FROM item i WHERE 1{where} ORDER BY kind, ident LIMIT ?"
        return [Hit(k, i, t, "", 0.0, g) for k, i, t, g in self._con.execute(sql, [*params, limit])]

    def _correct(self, terms: list[str]) -> list[str]:
        from rapidfuzz import fuzz, process

        vocab = self._vocabulary()
        known = set(vocab)
        fixed = []
        for word in (w for t in terms for w in fold(t).split()):
            best = None if word.isdigit() or len(word) < 3 or word in known else process.extractOne(
                word, vocab, scorer=fuzz.ratio, score_cutoff=75)
            fixed.append(best[0] if best else word)
        return fixed

    def _vocabulary(self) -> list[str]:
        if self._vocab is None:
            sql = "SELECT term FROM vocab" if self.fts else "SELECT folded FROM doc"
            terms = {w for (text,) in self._con.execute(sql) for w in text.split()}
            self._vocab = sorted(t for t in terms if not t.isdigit())
        return self._vocab

    def _filters(self, kind: str | None, population: str | None, outcome: str | None,
                 author: str | None, years: str | Years | None, design: str | None,
                 ref: str | None) -> tuple[str, list[object]]:
        conds = ["i.kind = ?"] if kind is not None else []
        params: list[object] = [_choice("kind", kind, ("claim", "work"))] if kind is not None else []
        facets = {"population": _choice("population", population, allowed("population")),
                  "outcome": _choice("outcome", outcome, allowed("outcome")),
                  "design": _choice("design", design, allowed("studydesign")),
                  "author": None if author is None else fold(author),
                  "ref": None if ref is None else self._work_key(ref)}
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


def _choice(name: str, value: str | None, choices: Sequence[str]) -> str | None:
    if value is None:
        return None
    if value.strip().lower() not in choices:
        raise InputError(f"unknown {name} '{value}'; valid values: {', '.join(choices)}")
    return value.strip().lower()


def _mark(texts: Sequence[str], words: Sequence[str]) -> str:
    """The first text containing a word, with the words marked (LIKE mode has no snippet())."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    text = next((t for t in texts if pattern.search(t)), "")
    return pattern.sub(lambda m: MARK + m.group(0) + END, text)
