"""Rules on a document's own reference lists: works missing, entries never cited, entries that differ."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process

from peerclaims.corpus.model import Reference
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.found import FoundWork, ListedWork, Section
from peerclaims.match.reading import Analysis
from peerclaims.rules import Rule, Scope
from peerclaims.rules.document import cited_works, finding_at, reference_of
from peerclaims.text.citations import CitationKind
from peerclaims.text.folding import fold
from peerclaims.text.names import abbreviates, initials

_SUGGESTED = re.compile(r"suggested|further|recommended|additional|reading", re.IGNORECASE)


def _same_work(work: FoundWork, listed: ListedWork) -> bool:
    """Whether a cited work is this list entry: the same corpus key, or the same year and
    first author (`_same_author`). `Works` answers it for a whole list or text at once."""
    if work.resolution.key and work.resolution.key == listed.resolution.key:
        return True
    written, entry = work.work, listed.entry
    if not written.authors or not entry.authors or written.year is None:
        return False
    return (
        _same_author(written.authors[0], entry.authors[0])
        and (entry.year or "").lower()[:4] == written.year.lower()[:4]
    )


def _same_author(written: str, listed: str) -> bool:
    """Same surname up to a typo, or an organisation and its acronym ("SAMHSA")."""
    a, b = fold(written), fold(listed)
    return fuzz.ratio(a, b) >= _NAME_CUTOFF or abbreviates(a, b) or abbreviates(b, a)


_NAME_CUTOFF = 80


class Works:
    """Works by key and by (year, folded first author): `_same_work` against all of them
    in one look-up, so a section's list and its text are matched in linear time.

    A key, an equal name or an acronym is a dictionary hit. Only a misspelt name is
    searched for (by rapidfuzz, among the names of that year), once per name and year: a
    list of n entries of one year, cited by n different misspellings, still costs n * n
    comparisons, but real lists spread over many years and are mostly cited as written.
    """

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.names: dict[str, dict[str, None]] = {}  # year (4 characters) → folded names
        self.initials: dict[str, set[str]] = {}  # year → the initials of those names
        self.memo: dict[tuple[str, str], bool] = {}
        self.choices: dict[str, list[str]] = {}  # year → its names, for rapidfuzz

    def add(self, key: str | None, author: str | None, year: str | None) -> None:
        """One work: its corpus key, first author and year as written (None: unknown)."""
        if key:
            self.keys.add(key)
        if author is not None and year is not None:
            name, when = fold(author), year.lower()[:4]
            self.names.setdefault(when, {})[name] = None
            self.initials.setdefault(when, set()).add(initials(name))
            self.choices.pop(when, None)

    def has(self, key: str | None, author: str | None, year: str | None) -> bool:
        """Whether a work with this key, or this year and first author, is among them."""
        if key and key in self.keys:
            return True
        if author is None or year is None:
            return False
        when, name = year.lower()[:4], fold(author)
        names = self.names.get(when)
        if not names:
            return False
        if name in names:
            return True
        found = self.memo.get((when, name))
        if found is None:
            short = initials(name)
            found = (
                (len(name.split()) == 1 and name in self.initials[when])  # "SAMHSA"
                or (short != "" and short in names)  # listed as its acronym
                or self._misspelt(name, when)
            )
            self.memo[(when, name)] = found
        return found

    def _misspelt(self, name: str, when: str) -> bool:
        """Whether a name of that year is within `_NAME_CUTOFF` of `name`."""
        choices = self.choices.get(when)
        if choices is None:
            choices = self.choices[when] = list(self.names[when])
        return (
            process.extractOne(name, choices, scorer=fuzz.ratio, score_cutoff=_NAME_CUTOFF)
            is not None
        )

    def has_cited(self, work: FoundWork) -> bool:
        """Whether a cited work is among them (they are list entries)."""
        return self.has(work.resolution.key, _first_author(work.work.authors), work.work.year)


def _first_author(authors: tuple[str, ...]) -> str | None:
    return authors[0] if authors else None


def listed_works(sections: Iterable[Section]) -> Works:
    """The entries of the sections' reference lists, for `Works.has_cited`."""
    works = Works()
    for section in sections:
        for listed in section.listed:
            entry = listed.entry
            works.add(listed.resolution.key, _first_author(entry.authors), entry.year or "")
    return works


class OwnLists:
    """Whether a reference list of the document lists a cited work: all the lists indexed
    once (when first asked), not each entry compared with each citation."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.works: Works | None = None

    def list(self, work: FoundWork) -> bool:
        """Whether any of the document's reference lists has the work."""
        if self.works is None:
            self.works = listed_works(self.a.sections)
        return self.works.has_cited(work)

    def lists_key(self, key: str | None) -> bool:
        """Whether any of the document's reference lists has the corpus work with this key."""
        if self.works is None:
            self.works = listed_works(self.a.sections)
        return self.works.has(key, None, None)


def _reference_lists(a: Analysis) -> list[Section]:
    """The document's reference lists proper: titled, with entries, not reading lists.

    A list found by shape alone (no heading) may be a slide's few sources or a reading
    list, so it is not held to listing every work the text cites."""
    return [s for s in a.sections if s.titled and s.listed and not _is_reading_list(a, s.listed[0])]


def missing_from_reference_list(a: Analysis) -> Iterator[Finding]:
    """A work cited in the text is absent from every reference list of the document.

    A References section at the end serves the whole document; one with several lists
    (one per chapter) counts a work listed in any of them. Citations after the last list
    (an appendix) are not checked.

    FAIL: "(Bassuk et al., 2016)" in a document whose REFERENCES do not list Bassuk 2016
    PASS: the same citation with "Bassuk, E. L., ... (2016). ..." in the list
    """
    lists = _reference_lists(a)
    if not lists:
        return
    listed = listed_works(a.sections)
    for found, work in cited_works(a):
        if found.block <= lists[-1].last and not listed.has_cited(work):
            yield finding_at(
                a,
                "missing-from-reference-list",
                found,
                work,
                f"'{work.work.text}' is not in the document's reference list",
            )


def uncited_reference(a: Analysis) -> Iterator[Finding]:
    """An entry of the document's reference list that its text never cites.

    Reading lists ("Suggested Readings", "Further Reading", or entries with no heading)
    are not expected to be cited.

    FAIL: "References: Kurtz, L. F. (1990). ..." and no "(Kurtz, 1990)" in the text
    PASS: the text cites "(Kurtz, 1990)"
    """
    lists = _reference_lists(a)
    if not lists:
        return
    works = Works()
    for _, w in cited_works(a):
        works.add(w.resolution.key, _first_author(w.work.authors), w.work.year)
    by_number = {
        id(a.numbered[n])
        for c in a.citations
        if c.citation.kind == CitationKind.NUMBERED
        for n in c.citation.numbers
        if n in a.numbered
    }
    for section in lists:
        for listed in section.listed:
            if id(listed) in by_number:
                continue
            entry = listed.entry
            if entry.authors and not works.has(
                listed.resolution.key, entry.authors[0], entry.year or ""
            ):
                yield a.finding(
                    "uncited-reference",
                    listed.block,
                    listed.offset,
                    f"'{_short(listed)}' is listed but never cited in the text",
                )


def _is_reading_list(a: Analysis, first: ListedWork) -> bool:
    start = a.starts[first.block] + first.offset
    heading = a.joined[max(0, start - 200) : start].rsplit("\n\n", 3)
    return any(_SUGGESTED.search(part) for part in heading[-3:])


def _short(listed: ListedWork) -> str:
    authors = listed.entry.authors
    name = authors[0] + (
        " et al." if len(authors) > 2 else f" & {authors[1]}" if len(authors) == 2 else ""
    )
    return f"{name} ({listed.entry.year or 'n.d.'})"


def reference_list_mismatch(a: Analysis) -> Iterator[Finding]:
    """A reference-list entry disagrees with the corpus on year, authors, journal or pages.

    Volume and page ranges are compared as numbers, journals up to small differences.

    FAIL: "Mead, S., & MacNeil, C. (2006)." when the corpus has Mead & McNeil
    PASS: "Mead, S., & McNeil, C. (2006). Peer support: What makes it unique. ..."
    """
    for section in a.sections:
        for listed in section.listed:
            ref = reference_of(a, listed.resolution.key)
            if ref is None:
                continue
            problems = _entry_differences(listed, ref)
            if problems:
                yield a.finding(
                    "reference-list-mismatch",
                    listed.block,
                    listed.offset,
                    f"'{_short(listed)}' differs from {ref.key}: {'; '.join(problems)}",
                )


def _entry_differences(listed: ListedWork, ref: Reference) -> list[str]:
    entry = listed.entry
    pairs = [
        ("journal", entry.container, ref.get("journal")),
        ("volume", entry.volume, ref.get("volume")),
        ("pages", entry.pages, ref.get("pages")),
    ]
    differing = [
        (name, written, expected)
        for name, written, expected in pairs
        if written and expected and _differs(name, written, expected)
    ]
    compared = sum(1 for _, written, expected in pairs if written and expected)
    if _other_title(entry.title, ref.get("title")) or (
        compared >= 2 and len(differing) == compared
    ):
        return []  # another work by the same authors and year, not a mistaken copy of this one
    out = [f"{d.field} {d.written} (corpus: {d.expected})" for d in listed.resolution.differences]
    out += [f"{n} {w} (corpus: {e.replace('--', '–')})" for n, w, e in differing]
    return out


def _other_title(written: str | None, expected: str | None) -> bool:
    """Whether two titles are of different works (not one title abridged or re-cased)."""
    if not written or not expected:
        return False
    return fuzz.token_set_ratio(fold(written), fold(expected)) < _TITLE_CUTOFF


_TITLE_CUTOFF = 70
_JOURNAL_STOPWORDS = frozenset({"of", "the", "and", "for", "in", "on", "&"})


def _differs(name: str, written: str, expected: str) -> bool:
    if name == "pages":
        return _page_numbers(written) != _page_numbers(expected)
    if name == "journal":
        if _abbreviates_journal(fold(written), fold(expected)):
            return False
        return fuzz.token_set_ratio(fold(written), fold(expected)) < 85
    return fold(written) != fold(expected)


def _page_numbers(pages: str) -> list[str]:
    """The page numbers of a range, its end written out ("1179-84" is 1179 to 1184)."""
    numbers = re.sub(r"\D+", "-", pages).strip("-").split("-")
    if len(numbers) == 2 and len(numbers[1]) < len(numbers[0]):
        numbers[1] = numbers[0][: len(numbers[0]) - len(numbers[1])] + numbers[1]
    return numbers


def _abbreviates_journal(written: str, expected: str) -> bool:
    """Whether a journal title is the other's abbreviation, word by word ("Psychiatr Serv"
    for "Psychiatric Services", "Int J Psychosoc Rehabil", as PubMed and Vancouver write)."""
    short = [w for w in re.findall(r"\w+", written) if w not in _JOURNAL_STOPWORDS]
    full = [w for w in re.findall(r"\w+", expected) if w not in _JOURNAL_STOPWORDS]
    return (
        len(short) == len(full)
        and short != full
        and all(f.startswith(s) for s, f in zip(short, full, strict=True))
    )


RULES = (
    Rule(
        "PC206",
        "missing-from-reference-list",
        Severity.WARNING,
        Scope.DOCUMENT,
        missing_from_reference_list,
    ),
    Rule("PC207", "uncited-reference", Severity.INFO, Scope.DOCUMENT, uncited_reference),
    Rule(
        "PC208",
        "reference-list-mismatch",
        Severity.WARNING,
        Scope.DOCUMENT,
        reference_list_mismatch,
    ),
)
