"""Rules on references.bib entries: required fields, field formats, names, duplicates."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from peerclaims.corpus.bibmodel import ALIASES, BIBLATEX_REQUIRED, REQUIRED
from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Reference
from peerclaims.diagnostics import Finding, Severity
from peerclaims.rules import Rule
from peerclaims.text.folding import fold

_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}
# One page: 215, e1234, CD004807, aac4716 (article numbers), 431.e1, 16:1, 4S, xii.
_PAGE = r"(?:[A-Za-z]{0,4}\d+(?:[.:][A-Za-z]{0,2}\d+)*[A-Za-z]{0,2}|[ivxlcIVXLC]+)"
_RANGE = rf"{_PAGE}(?:\s*(?:-{{1,2}}|–|—)\s*{_PAGE})?"
_RANGE_RE = re.compile(rf"^({_PAGE})(?:\s*(?:-{{1,2}}|–|—)\s*({_PAGE}))?$")
_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "year": (re.compile(r"^(1[5-9]|20)\d\d[a-z]?$"), "a four-digit year, optionally with a letter (2006b)"),
    "pages": (re.compile(rf"^{_RANGE}(?:\s*,\s*{_RANGE})*$"),
              "a page, an article number or a range such as 215--229"),
    "doi": (re.compile(r"^10\.\d{4,9}/\S+$"), "a bare DOI such as 10.1176/ps.2011.62.5.541"),
    "pmid": (re.compile(r"^\d{1,9}$"), "digits only (a PubMed id)"),
    "pmcid": (re.compile(r"^PMC\d{1,9}$"), "a PubMed Central id such as PMC3933205"),
    "volume": (re.compile(r"^[\w.\-–/ ]{1,20}$"), "a volume such as 11 (no 'vol.' or issue)"),
    "number": (re.compile(r"^[\w.\-–/ ]{1,20}$"), "an issue number such as 2"),
    "n": (re.compile(r"^[1-9]\d*$"), "a positive whole number (sample size)"),
}
_DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_VOLUME_NOISE = re.compile(r"^(vol|no|issue)\b|[()]", re.IGNORECASE)


def _field(corpus: Corpus, ref: Reference, name: str, rule: str, message: str,
           suggestion: str | None = None) -> Finding:
    pos = ref.field_positions.get(name, ref.position)
    return Finding(rule, corpus.references_path, pos.line, pos.column, message, suggestion)


def missing_required_field(corpus: Corpus) -> Iterator[Finding]:
    """An entry lacks a field its type requires (BibTeX/biblatex data model).

    An article needs author, title, journal and year; a book author or editor, title,
    publisher and year; see docs/schema.md for every type. biblatex's names count
    (`journaltitle`, `date`), and an entry complete in biblatex's data model is complete
    (a biblatex @book needs no publisher). Fields inherited through `crossref` count, as in
    BibTeX and biber. Use `@misc` when a source gives no more than an author and a year:
    never invent a field to satisfy this rule.

    FAIL: `@article{smith2001x, author = {Smith, J.}, title = {T}, year = {2001}}` (no journal)
    PASS: the same with `journal = {Psychiatric Services}` (or `journaltitle`)
    """
    for ref in corpus.references:
        models = [m for m in (REQUIRED.get(ref.entry_type), BIBLATEX_REQUIRED.get(ref.entry_type))
                  if m is not None]
        if not models:
            continue  # a type neither model defines: nothing is required
        fields = {**_crossref_fields(corpus, ref), **_present(ref.raw_fields)}
        gaps = [_missing(model, fields) for model in models]
        if all(gaps):  # no model is satisfied: say what the first (BibTeX's, if any) lacks
            for options in gaps[0]:
                yield _field(corpus, ref, "", "missing-required-field",
                             f"@{ref.entry_type} '{ref.key}' lacks required field "
                             f"{' or '.join(repr(o) for o in options)}")


def _present(raw_fields: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in raw_fields.items() if value.strip()}


def _missing(model: tuple[str, ...], fields: dict[str, str]) -> list[list[str]]:
    """The requirements of `model` (each a list of alternatives) that `fields` does not meet."""
    gaps = []
    for need in model:
        options = need.split("|")
        names = {alias for o in options for alias in ALIASES.get(o, (o,))}
        if "author" in names and "usetranslator" in fields.get("options", "").replace(" ", ""):
            names.add("translator")  # biblatex: the translator then stands in for the author
        if not names & fields.keys():
            gaps.append(options)
    return gaps


def _crossref_fields(corpus: Corpus, ref: Reference) -> dict[str, str]:
    """Fields a `crossref` parent lends its child, as BibTeX and biber do (booktitle from title)."""
    key = ref.raw_fields.get("crossref", "").strip()
    parent = corpus.reference(key) if key else None
    if parent is None:
        return {}
    lent = _present(parent.raw_fields)
    if "title" in lent:  # a book's title is its chapter's booktitle, a journal issue's journal
        lent.setdefault("booktitle", lent["title"])
        if parent.entry_type == "periodical":
            lent.setdefault("journaltitle", lent["title"])
    return lent


def missing_crossref(corpus: Corpus) -> Iterator[Finding]:
    """An entry's `crossref` names a key that is not in the file, so it inherits nothing.

    FAIL: `@inproceedings{a, crossref = {proc2020}, ...}` with no entry `proc2020`
    PASS: the same with `@proceedings{proc2020, title = {...}, year = {2020}}`
    """
    for ref in corpus.references:
        key = ref.raw_fields.get("crossref", "").strip()
        if key and corpus.reference(key) is None:
            yield _field(corpus, ref, "crossref", "missing-crossref",
                         f"'{ref.key}' has crossref '{key}', which is not in the file")


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
                yield _field(corpus, ref, name, "malformed-field",
                             f"{name} '{value}' of '{ref.key}': {message}", suggestion)


def _malformed(name: str, value: str) -> tuple[str, str | None] | None:
    if name == "month":
        ok = value.lower()[:3] in _MONTHS and value.lower() in _MONTHS | _FULL_MONTHS
        ok = ok or (value.isdigit() and 1 <= int(value) <= 12)
        return None if ok else ("expected a month such as jan or 1", None)
    if name == "doi" and _DOI_PREFIX.match(value):
        bare = _DOI_PREFIX.sub("", value)
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
        if (first and last and first.isdigit() and last.isdigit() and len(first) == len(last)
                and last < first):
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
                yield _field(corpus, ref, name, "author-name-format",
                             f"{name} of '{ref.key}': {problem}")


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


def unused_reference(corpus: Corpus) -> Iterator[Finding]:
    """A reference that no claim cites; delete it or link it as evidence.

    FAIL: `@article{kurtz1990self, ...}` and no claim with `ref: kurtz1990self`
    PASS: a claim with `evidence: [{ref: kurtz1990self}]`
    """
    used = {e.ref.lower() for claim in corpus.claims for e in claim.evidence}
    if not corpus.claims and any(f.path == corpus.claims_path for f in corpus.load_findings):
        return  # claims.yaml failed to load (or was unreadable): every reference would look unused
    for ref in corpus.references:
        if ref.key.lower() not in used:
            yield _field(corpus, ref, "", "unused-reference", f"no claim cites '{ref.key}'")


def unverified_reference(corpus: Corpus) -> Iterator[Finding]:
    """An entry does not say how it was verified, in a corpus that records verification.

    Once any entry has `verified` (the URLs of the public records that confirmed its
    fields, `;`-separated) or `unverified` (why no record could), every entry needs one of
    the two, and not both; each `verified` part must be an http(s) URL.

    FAIL: `@article{x, author = {...}, title = {...}}` beside entries with `verified`
    PASS: `verified = {https://pubmed.ncbi.nlm.nih.gov/21531803/}`
    PASS: `unverified = {quotation in a slide deck; no published source}`
    """
    if not any("verified" in r.fields or "unverified" in r.fields for r in corpus.references):
        return
    for ref in corpus.references:
        has, hasnt = "verified" in ref.fields, "unverified" in ref.fields
        if not has and not hasnt:
            yield _field(corpus, ref, "", "unverified-reference",
                         f"'{ref.key}' has neither `verified` (the record's URLs) nor "
                         "`unverified` (why no record confirms it)")
        elif has and hasnt:
            yield _field(corpus, ref, "unverified", "unverified-reference",
                         f"'{ref.key}' has both `verified` and `unverified`; keep one")
        elif has:
            bad = [p.strip() for p in ref.fields["verified"].split(";")
                   if p.strip() and not re.match(r"https?://\S+$", p.strip())]
            if bad or not ref.fields["verified"].strip():
                yield _field(corpus, ref, "verified", "unverified-reference",
                             f"`verified` of '{ref.key}' must list http(s) URLs separated by ';'"
                             + (f", not '{bad[0]}'" if bad else ""))


def shared_doi(corpus: Corpus) -> Iterator[Finding]:
    """Two entries carry the same DOI: one work under two keys, or a DOI copied wrongly.

    FAIL: `doi = {10.1176/appi.ps.201300244}` in two entries
    PASS: one entry per DOI, with variant citations recorded in `citedas`
    """
    seen: dict[str, Reference] = {}
    for ref in corpus.references:
        doi = _DOI_PREFIX.sub("", ref.fields.get("doi", "").strip()).lower()
        if not doi:
            continue
        if doi in seen:
            first = seen[doi]
            yield _field(corpus, ref, "doi", "shared-doi",
                         f"'{ref.key}' has the DOI of '{first.key}' (line {first.position.line}): "
                         f"{doi}")
        else:
            seen[doi] = ref


def duplicate_work(corpus: Corpus) -> Iterator[Finding]:
    """One work under two keys: the same first author, year and near-identical title.

    A shared DOI is its own error, `shared-doi`.

    FAIL: `mead2006peer` and `mead2006peersupport`, both "Peer support: What makes it unique"
    PASS: one entry, with the variant spellings recorded in `citedas`
    """
    groups: dict[tuple[str, ...], list[Reference]] = defaultdict(list)
    for ref in corpus.references:
        if ref.creators and ref.year and ref.title:
            groups[("aty", fold(ref.creators[0].surname), ref.year)].append(ref)
    reported: set[str] = set()
    for group_key, refs in groups.items():
        for i, later in enumerate(refs):
            earlier = next((r for r in refs[:i] if _same(group_key, r, later)), None)
            if earlier is not None and later.key not in reported:
                reported.add(later.key)
                why = "the same author, year and title"
                yield _field(corpus, later, "", "duplicate-work",
                             f"'{later.key}' and '{earlier.key}' (line {earlier.position.line}) "
                             f"look like one work: {why}")


def _same(group_key: tuple[str, ...], a: Reference, b: Reference) -> bool:
    return fuzz.ratio(fold(a.title), fold(b.title)) >= 90


def layer_conflict(corpus: Corpus) -> Iterator[Finding]:
    """A claim id, a work key or a work is in two layers of the corpus; the first layer wins.

    Layers: the main corpus, then each `extra-claims` / `extra-references` pair (README,
    Configuration). The later copy is reported with the file and line of the one that
    wins. Under another key, a work is the same when its DOI is, or first author, year and title.

    FAIL: `id: hope-increase` in data/claims.yaml and in team/claims.yaml
    FAIL: `@article{davidsonPeerSupport2012, doi = {10.1016/j.wpsyc.2012.05.009}, ...}` in a Zotero export
    PASS: a new id; a claim citing the bundled work by its key (`ref: davidson2012peer`)
    """
    if not corpus.layer_no:
        return  # the first layer (or a corpus of one): nothing earlier to clash with
    claims_at: dict[str, str] = {}  # id -> "file:line" in the first layer that has it
    works_at: dict[tuple[str, ...], list[tuple[Reference, str]]] = defaultdict(list)
    for layer in corpus.layers[:corpus.layer_no]:
        for claim, pos in zip(layer.claims, layer.claim_positions, strict=False):
            claims_at.setdefault(claim.id, f"{layer.claims_path}:{pos.line}")
        for ref in layer.references:
            for mark in _marks(ref):
                works_at[mark].append((ref, f"{layer.references_path}:{ref.position.line}"))
    for claim, pos in zip(corpus.claims, corpus.claim_positions, strict=False):
        if claim.id in claims_at:
            yield Finding("layer-conflict", corpus.claims_path, pos.line, pos.column,
                          f"claim id '{claim.id}' is also at {claims_at[claim.id]}, an earlier "
                          "layer, which wins")
    for ref in corpus.references:
        found = next(((mark[0], other, where) for mark in _marks(ref)
                      for other, where in works_at.get(mark, ())
                      if mark[0] != "aty" or _same(mark, other, ref)), None)
        if found is None:
            continue
        kind, other, where = found
        why = "the same DOI" if kind == "doi" else "the same first author, year and title"
        yield _field(corpus, ref, "", "layer-conflict",
                     f"work key '{ref.key}' is also at {where}, an earlier layer, which wins"
                     if kind == "key" else f"'{ref.key}' is the work '{other.key}' at {where} "
                     f"({why}); cite '{other.key}' instead")


def _marks(ref: Reference) -> list[tuple[str, ...]]:
    """What identifies a work across layers: its key, its DOI, its first author and year."""
    doi = _DOI_PREFIX.sub("", ref.fields.get("doi", "").strip()).lower()
    return [("key", ref.key.lower()), *([("doi", doi)] if doi else []),
            *([("aty", fold(ref.creators[0].surname), ref.year)]
              if ref.creators and ref.year and ref.title else [])]


RULES = (
    Rule("PC122", "duplicate-work", Severity.WARNING, "corpus", duplicate_work),
    Rule("PC123", "missing-required-field", Severity.ERROR, "corpus", missing_required_field),
    Rule("PC124", "malformed-field", Severity.ERROR, "corpus", malformed_field),
    Rule("PC125", "author-name-format", Severity.ERROR, "corpus", author_name_format),
    Rule("PC126", "unused-reference", Severity.WARNING, "corpus", unused_reference),
    Rule("PC127", "missing-crossref", Severity.ERROR, "corpus", missing_crossref),
    Rule("PC128", "unverified-reference", Severity.WARNING, "corpus", unverified_reference),
    Rule("PC129", "shared-doi", Severity.ERROR, "corpus", shared_doi),
    Rule("PC130", "layer-conflict", Severity.WARNING, "corpus", layer_conflict),
)
