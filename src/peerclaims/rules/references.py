"""Rules on references.bib entries: required fields, duplicates, use, verification, layers.

Field formats and author names are checked in rules/fields.py; all are registered here."""

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
from peerclaims.rules.fields import (
    DOI_PREFIX,
    author_name_format,
    field_finding,
    malformed_field,
)
from peerclaims.text.folding import fold


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
        models = [
            m
            for m in (REQUIRED.get(ref.entry_type), BIBLATEX_REQUIRED.get(ref.entry_type))
            if m is not None
        ]
        if not models:
            continue  # a type neither model defines: nothing is required
        fields = {**_crossref_fields(corpus, ref), **_present(ref.raw_fields)}
        gaps = [_missing(model, fields) for model in models]
        if all(gaps):  # no model is satisfied: say what the first (BibTeX's, if any) lacks
            for options in gaps[0]:
                yield field_finding(
                    corpus,
                    ref,
                    "",
                    "missing-required-field",
                    f"@{ref.entry_type} '{ref.key}' lacks required field "
                    f"{' or '.join(repr(o) for o in options)}",
                )


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
            yield field_finding(
                corpus,
                ref,
                "crossref",
                "missing-crossref",
                f"'{ref.key}' has crossref '{key}', which is not in the file",
            )


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
            yield field_finding(corpus, ref, "", "unused-reference", f"no claim cites '{ref.key}'")


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
            yield field_finding(
                corpus,
                ref,
                "",
                "unverified-reference",
                f"'{ref.key}' has neither `verified` (the record's URLs) nor "
                "`unverified` (why no record confirms it)",
            )
        elif has and hasnt:
            yield field_finding(
                corpus,
                ref,
                "unverified",
                "unverified-reference",
                f"'{ref.key}' has both `verified` and `unverified`; keep one",
            )
        elif has:
            bad = [
                p.strip()
                for p in ref.fields["verified"].split(";")
                if p.strip() and not re.match(r"https?://\S+$", p.strip())
            ]
            if bad or not ref.fields["verified"].strip():
                yield field_finding(
                    corpus,
                    ref,
                    "verified",
                    "unverified-reference",
                    f"`verified` of '{ref.key}' must list http(s) URLs separated by ';'"
                    + (f", not '{bad[0]}'" if bad else ""),
                )


def shared_doi(corpus: Corpus) -> Iterator[Finding]:
    """Two entries carry the same DOI: one work under two keys, or a DOI copied wrongly.

    FAIL: `doi = {10.1176/appi.ps.201300244}` in two entries
    PASS: one entry per DOI, with variant citations recorded in `citedas`
    """
    seen: dict[str, Reference] = {}
    for ref in corpus.references:
        doi = DOI_PREFIX.sub("", ref.fields.get("doi", "").strip()).lower()
        if not doi:
            continue
        if doi in seen:
            first = seen[doi]
            yield field_finding(
                corpus,
                ref,
                "doi",
                "shared-doi",
                f"'{ref.key}' has the DOI of '{first.key}' (line {first.position.line}): {doi}",
            )
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
                yield field_finding(
                    corpus,
                    later,
                    "",
                    "duplicate-work",
                    f"'{later.key}' and '{earlier.key}' (line {earlier.position.line}) "
                    f"look like one work: {why}",
                )


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
    for layer in corpus.layers[: corpus.layer_no]:
        for claim, pos in zip(layer.claims, layer.claim_positions, strict=False):
            claims_at.setdefault(claim.id, f"{layer.claims_path}:{pos.line}")
        for ref in layer.references:
            for mark in _marks(ref):
                works_at[mark].append((ref, f"{layer.references_path}:{ref.position.line}"))
    for claim, pos in zip(corpus.claims, corpus.claim_positions, strict=False):
        if claim.id in claims_at:
            yield Finding(
                "layer-conflict",
                corpus.claims_path,
                pos.line,
                pos.column,
                f"claim id '{claim.id}' is also at {claims_at[claim.id]}, an earlier "
                "layer, which wins",
            )
    for ref in corpus.references:
        found = next(
            (
                (mark[0], other, where)
                for mark in _marks(ref)
                for other, where in works_at.get(mark, ())
                if mark[0] != "aty" or _same(mark, other, ref)
            ),
            None,
        )
        if found is None:
            continue
        kind, other, where = found
        why = "the same DOI" if kind == "doi" else "the same first author, year and title"
        yield field_finding(
            corpus,
            ref,
            "",
            "layer-conflict",
            f"work key '{ref.key}' is also at {where}, an earlier layer, which wins"
            if kind == "key"
            else f"'{ref.key}' is the work '{other.key}' at {where} "
            f"({why}); cite '{other.key}' instead",
        )


def _marks(ref: Reference) -> list[tuple[str, ...]]:
    """What identifies a work across layers: its key, its DOI, its first author and year."""
    doi = DOI_PREFIX.sub("", ref.fields.get("doi", "").strip()).lower()
    return [
        ("key", ref.key.lower()),
        *([("doi", doi)] if doi else []),
        *(
            [("aty", fold(ref.creators[0].surname), ref.year)]
            if ref.creators and ref.year and ref.title
            else []
        ),
    ]


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
