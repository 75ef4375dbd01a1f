"""Rules on the format of references.bib fields (year, pages, DOI, ...) and author names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Reference
from peerclaims.diagnostics import Finding

_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_FULL_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
# One page: 215, e1234, CD004807, aac4716 (article numbers), 431.e1, 16:1, 4S, xii.
_PAGE = r"(?:[A-Za-z]{0,4}\d+(?:[.:][A-Za-z]{0,2}\d+)*[A-Za-z]{0,2}|[ivxlcIVXLC]+)"
_RANGE = rf"{_PAGE}(?:\s*(?:-{{1,2}}|–|—)\s*{_PAGE})?"
_RANGE_RE = re.compile(rf"^({_PAGE})(?:\s*(?:-{{1,2}}|–|—)\s*({_PAGE}))?$")
_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "year": (
        re.compile(r"^(1[5-9]|20)\d\d[a-z]?$"),
        "a four-digit year, optionally with a letter (2006b)",
    ),
    "pages": (
        re.compile(rf"^{_RANGE}(?:\s*,\s*{_RANGE})*$"),
        "a page, an article number or a range such as 215--229",
    ),
    "doi": (re.compile(r"^10\.\d{4,9}/\S+$"), "a bare DOI such as 10.1176/ps.2011.62.5.541"),
    "pmid": (re.compile(r"^\d{1,9}$"), "digits only (a PubMed id)"),
    "pmcid": (re.compile(r"^PMC\d{1,9}$"), "a PubMed Central id such as PMC3933205"),
    "volume": (re.compile(r"^[\w.\-–/ ]{1,20}$"), "a volume such as 11 (no 'vol.' or issue)"),
    "number": (re.compile(r"^[\w.\-–/ ]{1,20}$"), "an issue number such as 2"),
    "n": (re.compile(r"^[1-9]\d*$"), "a positive whole number (sample size)"),
}
DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_VOLUME_NOISE = re.compile(r"^(vol|no|issue)\b|[()]", re.IGNORECASE)


def field_finding(
    corpus: Corpus,
    ref: Reference,
    name: str,
    rule: str,
    message: str,
    suggestion: str | None = None,
) -> Finding:
    pos = ref.field_positions.get(name, ref.position)
    return Finding(rule, corpus.references_path, pos.line, pos.column, message, suggestion)


def malformed_field(corpus: Corpus) -> Iterator[Finding]:
    """A field's value does not have the form its name implies.

    Checks year, pages (a range must not run backwards), doi (bare, no URL prefix), pmid,
    month, volume and number (no "vol." or "(2)"), and n.

    FAIL: `year = {20012}`, `pages = {229--215}`, `doi = {https://doi.org/10.1/x}`, `volume = {11(2)}`
    PASS: `year = {2001}`, `pages = {215--229}`, `doi = {10.1/x}`, `volume = {11}, number = {2}`
    """
    for ref in corpus.references:
        for name, value in ref.fields.items():
            if name not in ref.raw_fields or not value.strip():
                continue  # a year read from `date`; an empty field (as good as absent)
            problem = _malformed(name, value.strip())
            if problem is not None:
                message, suggestion = problem
                yield field_finding(
                    corpus,
                    ref,
                    name,
                    "malformed-field",
                    f"{name} '{value}' of '{ref.key}': {message}",
                    suggestion,
                )


def _malformed(name: str, value: str) -> tuple[str, str | None] | None:
    if name == "month":
        ok = value.lower()[:3] in _MONTHS and value.lower() in _MONTHS | _FULL_MONTHS
        ok = ok or (value.isdigit() and 1 <= int(value) <= 12)
        return None if ok else ("expected a month such as jan or 1", None)
    if name == "doi" and DOI_PREFIX.match(value):
        bare = DOI_PREFIX.sub("", value)
        return "write the DOI bare, without a URL or 'doi:' prefix", f"doi = {{{bare}}}"
    if name in ("volume", "number") and _VOLUME_NOISE.search(value):
        return "only the " + name + " itself (issue numbers go in 'number')", None
    if name == "pages":
        return _pages_problem(value)
    rule = _FORMATS.get(name)
    if rule is None or rule[0].match(value):
        return None
    return f"expected {rule[1]}", None


def _pages_problem(value: str) -> tuple[str, str | None] | None:
    pattern, expected = _FORMATS["pages"]
    if not pattern.match(value):
        return f"expected {expected}", None
    for part in value.split(","):
        match = _RANGE_RE.match(part.strip())
        first, last = (match.group(1), match.group(2)) if match else (None, None)
        # "1179-84" is an abbreviated range, not a backwards one: compare equal-length numbers only
        if (
            first
            and last
            and first.isdigit()
            and last.isdigit()
            and len(first) == len(last)
            and last < first
        ):
            return "the range runs backwards", None
    return None


def author_name_format(corpus: Corpus) -> Iterator[Finding]:
    """An author list is not in BibTeX form: names joined by " and ", "and others" for et al.

    FAIL: `author = {Smith, J., Jones, K.}`, `author = {Smith, J. et al.}`, `author = {Smith; Jones}`
    PASS: `author = {Smith, J. and Jones, K.}`, `author = {Smith, J. and others}`
    """
    for ref in corpus.references:
        for name in ("author", "editor"):
            raw = ref.raw_fields.get(name)
            if raw is None:
                continue
            problem = _name_problem(raw, [p.raw for p in getattr(ref, name + "s")])
            if problem:
                yield field_finding(
                    corpus, ref, name, "author-name-format", f"{name} of '{ref.key}': {problem}"
                )


def _name_problem(raw: str, people: list[str]) -> str | None:
    outside = re.sub(r"\{[^{}]*\}", "", raw)  # braced organisation names may hold anything
    if re.search(r"\bet\.?\s*al\b", outside, re.IGNORECASE):
        return "'et al.' in a name list; write 'and others'"
    if re.search(r"[;&]", outside.replace("\\&", "")):
        return "names separated by ';' or '&'; separate them with ' and '"
    for person in people:
        if person.strip().lower() == "others":
            continue
        if re.search(r"(^|\s)others$", person.strip().lower()):
            return "'others' must stand alone, as ' and others'"
        if _top_level_commas(person) > 2:
            return f"'{person.strip()}' looks like several names; separate them with ' and '"
    return None


def _top_level_commas(name: str) -> int:
    depth = count = 0
    for char in name:
        depth += (char == "{") - (char == "}")
        count += char == "," and depth == 0
    return count
