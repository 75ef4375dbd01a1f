"""Load claims.yaml and references.bib into a `Corpus`, keeping positions; never raises.

Bad data becomes `Finding`s at the YAML or BibTeX position of the offending value. A claim
that fails the schema is left out of `Corpus.claims` (its findings say why); everything else
that could be built is kept, so later rules and commands still run on it.

Several corpora merge into one in layers (`merge_corpora`): the first layer wins on a
repeated claim id or work key, and each layer keeps its own files and positions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from peerclaims.corpus.bib import parse_bib
from peerclaims.corpus.bundled import bundled_paths
from peerclaims.corpus.ignores import ignore_comments, suppressions
from peerclaims.corpus.model import SCHEMA_VERSION, Claim, Position, Reference
from peerclaims.corpus.vocab import VOCABULARIES, allowed
from peerclaims.corpus.yamlpos import YamlDoc, load_yaml
from peerclaims.diagnostics import Directive, Finding
from peerclaims.errors import InputError, reason
from peerclaims.fileio import decode_text, read_text

_TOP_KEYS = ("version", "claims")
_GIVEN: ContextVar[Mapping[str, bytes] | None] = ContextVar("given", default=None)  # bytes read


@dataclass(frozen=True)
class Corpus:
    """Claims and references as loaded, with positions for every claim field."""

    claims: tuple[Claim, ...] = ()
    references: tuple[Reference, ...] = ()
    claims_path: str = "claims.yaml"
    references_path: str = "references.bib"
    claim_rows: tuple[int, ...] = ()  # index of each loaded claim in the YAML `claims` list
    values: Mapping[tuple[Any, ...], Position] = field(default_factory=dict)
    keys: Mapping[tuple[Any, ...], Position] = field(default_factory=dict)
    suppressions: dict[str, dict[int, frozenset[str]]] = field(default_factory=dict)
    directives: Mapping[str, tuple[Directive, ...]] = field(default_factory=dict)  # per file
    load_findings: tuple[Finding, ...] = ()
    claim_positions: tuple[Position, ...] = ()  # where each loaded claim's `id` is
    layers: tuple[Corpus, ...] = ()  # a merged corpus's layers, first wins; () for one layer
    layer_no: int = 0  # which of `layers` this corpus is (set on the views validate checks)

    def reference(self, key: str) -> Reference | None:
        """The reference with this key, compared case-insensitively as BibTeX does.

        A layer of a merged corpus also finds the works of the other layers, so a user's
        claims may rest on works of the bundled corpus.
        """
        return self._refs_by_key.get(key.lower())

    @property
    def _refs_by_key(self) -> dict[str, Reference]:
        cached = self.__dict__.get("_refs_cache")
        if cached is None:
            cached = {}
            for ref in (*self.references, *(r for layer in self.layers for r in layer.references)):
                cached.setdefault(ref.key.lower(), ref)
            object.__setattr__(self, "_refs_cache", cached)
        return cached

    def layer_files(self) -> tuple[tuple[str, str], ...]:
        """(claims file, references file) of each layer, first wins; "" where a layer has none."""
        return tuple((c.claims_path, c.references_path) for c in self.layers or (self,))

    def layer_views(self) -> tuple[Corpus, ...]:
        """Each layer as a corpus of its own (its files, positions and suppressions) that
        still finds the works of every layer; the corpus itself when it has one layer."""
        if not self.layers:
            return (self,)
        return tuple(
            replace(layer, layers=self.layers, layer_no=no) for no, layer in enumerate(self.layers)
        )

    def claim_origin(self, claim_id: str) -> tuple[str, Position] | None:
        """The file and position of a claim's `id`, in the first layer that has the claim."""
        for layer in self.layers or (self,):
            for no, claim in enumerate(layer.claims):
                if claim.id == claim_id and no < len(layer.claim_positions):
                    return layer.claims_path, layer.claim_positions[no]
        return None

    def reference_origin(self, key: str) -> tuple[str, Position] | None:
        """The file and position of a work's entry, in the first layer that has the key."""
        for layer in self.layers or (self,):
            ref = next((r for r in layer.references if r.key.lower() == key.lower()), None)
            if ref is not None:
                return layer.references_path, ref.position
        return None

    def is_suppressed(self, finding: Finding) -> bool:
        """Whether an ignore comment on the finding's line silences its rule."""
        names = self.suppressions.get(finding.path, {}).get(finding.line)
        return names is not None and (finding.rule in names or "*" in names)

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with this id (the first, if ids repeat), or None."""
        cached = self.__dict__.get("_claims_cache")
        if cached is None:
            cached = {}
            for claim in self.claims:
                cached.setdefault(claim.id, claim)
            object.__setattr__(self, "_claims_cache", cached)
        return cached.get(claim_id)

    def where(self, claim_no: int, *path: str | int) -> Position:
        """Position of a claim (by its index in `claims`) or of one of its fields."""
        full: tuple[Any, ...] = ("claims", self.claim_rows[claim_no], *path)
        while full:
            if full in self.values:
                return self.values[full]
            full = full[:-1]
        return Position(1, 1)


def read_corpus(
    claims_path: str | Path | None = None, references_path: str | Path | None = None
) -> Corpus:
    """Load both corpus files (the bundled ones by default); bad data becomes findings."""
    default_claims, default_refs = bundled_paths()
    return read_layer(claims_path or default_claims, references_path or default_refs)


def read_layer(claims_path: str | Path | None, references_path: str | Path | None) -> Corpus:
    """Load a layer's files; a layer may have only one of them (the other path is then "")."""
    cpath = str(claims_path or "")
    rpath = str(references_path or "")
    findings: list[Finding] = []
    claims_text = _read(cpath, findings) if cpath else None
    refs_text = _read(rpath, findings) if rpath else None
    bib = parse_bib(refs_text or "", rpath) if refs_text is not None else None
    doc = load_yaml(claims_text, cpath) if claims_text is not None else YamlDoc()
    claims, rows = _claims(doc, cpath, claims_text is not None)
    findings.extend(doc.findings)
    if bib is not None:
        findings.extend(bib.findings)
    return Corpus(
        claims=tuple(claims),
        references=inherit_crossref(bib.references) if bib else (),
        claims_path=cpath,
        references_path=rpath,
        claim_rows=tuple(rows),
        values=doc.values,
        keys=doc.keys,
        suppressions={
            path: suppressions(text or "")
            for path, text in ((cpath, claims_text), (rpath, refs_text))
            if path
        },
        directives={
            path: ignore_comments(text or "")
            for path, text in ((cpath, claims_text), (rpath, refs_text))
            if path
        },
        load_findings=tuple(findings),
        claim_positions=tuple(_nearest(doc.values, ("claims", row, "id")) for row in rows),
    )


def corpus_from_bytes(
    claims: bytes, references: bytes, claims_path: str | Path, references_path: str | Path
) -> Corpus:
    """`read_corpus` of bytes already read rather than of the files as they are now, so a
    cache keyed by these bytes holds what they say even if a file is saved in between."""
    token = _GIVEN.set({str(claims_path): claims, str(references_path): references})
    try:
        return read_corpus(claims_path, references_path)
    finally:
        _GIVEN.reset(token)


def _read(path: str, findings: list[Finding]) -> str | None:
    given = (_GIVEN.get() or {}).get(path)
    try:
        return read_text(path) if given is None else decode_text(given, path)
    except InputError as exc:
        findings.append(
            Finding("unreadable-input", path, exc.line, 1 if exc.line else 0, reason(exc, path))
        )
        return None


def _claims(doc: YamlDoc, path: str, readable: bool) -> tuple[list[Claim], list[int]]:
    if not readable or any(f.rule == "yaml-syntax" and doc.data is None for f in doc.findings):
        return [], []
    data = doc.data
    if not isinstance(data, dict):
        what = "empty" if data is None else _type_name(data)
        doc.findings.append(
            Finding(
                "schema",
                path,
                1,
                1,
                f"claims file is {what}; expected a mapping with 'version: 1' and a 'claims' list",
            )
        )
        return [], []
    doc.findings.extend(_top_level(data, doc, path))
    raw_claims = data.get("claims")
    if not isinstance(raw_claims, list):
        return [], []
    claims, rows = [], []
    for row, raw in enumerate(raw_claims):
        claim = _claim(raw, row, doc, path)
        if claim is not None:
            claims.append(claim)
            rows.append(row)
    return claims, rows


def _top_level(data: dict[str, Any], doc: YamlDoc, path: str) -> Iterable[Finding]:
    for key in data:
        if key not in _TOP_KEYS:
            pos = doc.keys.get((key,), Position(1, 1))
            yield Finding(
                "schema",
                path,
                pos.line,
                pos.column,
                f"unknown top-level key '{key}' (allowed: version, claims)",
            )
    version = data.get("version")
    if "version" not in data:
        yield Finding("schema", path, 1, 1, f"missing 'version: {SCHEMA_VERSION}' at the top")
    elif version != SCHEMA_VERSION or isinstance(version, bool):
        pos = doc.values[("version",)]
        if isinstance(version, str) and version.strip() == str(SCHEMA_VERSION):
            message = f"version must be the number {SCHEMA_VERSION}, not the string {version!r}"
        else:
            message = (
                f"unsupported schema version {version!r}; this peerclaims reads version "
                f"{SCHEMA_VERSION}"
            )
        yield Finding("schema", path, pos.line, pos.column, message)
    claims = data.get("claims")
    if "claims" not in data:
        yield Finding("schema", path, 1, 1, "missing 'claims' list")
    elif not isinstance(claims, list):
        pos = doc.values[("claims",)]
        yield Finding(
            "schema",
            path,
            pos.line,
            pos.column,
            f"'claims' must be a list, not {_type_name(claims)}",
        )


def _claim(raw: Any, row: int, doc: YamlDoc, path: str) -> Claim | None:
    at = ("claims", row)
    if not isinstance(raw, dict):
        pos = doc.values[at]
        doc.findings.append(
            Finding(
                "schema",
                path,
                pos.line,
                pos.column,
                f"claim must be a mapping, not {_type_name(raw)}",
            )
        )
        return None
    try:
        return Claim.model_validate(raw)
    except ValidationError as exc:
        doc.findings.extend(_schema_findings(exc, at, raw, doc, path))
        return None


def _schema_findings(
    exc: ValidationError, at: tuple[Any, ...], raw: dict[str, Any], doc: YamlDoc, path: str
) -> Iterable[Finding]:
    label = f"claim '{raw['id']}'" if isinstance(raw.get("id"), str) else f"claim #{at[-1] + 1}"
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        kind = error["type"]
        field_name = ".".join(str(part) for part in loc)
        if kind == "missing":
            pos = _nearest(doc.values, (*at, *loc[:-1]))
            message = f"{label}: missing required field '{field_name}'"
        elif kind == "extra_forbidden":
            pos = doc.keys.get((*at, *loc)) or _nearest(doc.values, (*at, *loc))
            message = f"{label}: unknown field '{field_name}'"
        else:
            pos = _nearest(doc.values, (*at, *loc))
            message = f"{label}: field '{field_name}': {error['msg']}"
            name = str(loc[-1]) if loc else ""
            if name in VOCABULARIES:
                message += f" (allowed: {', '.join(allowed(name))})"
        yield Finding("schema", path, pos.line, pos.column, message)


def _nearest(values: Mapping[tuple[Any, ...], Position], loc: tuple[Any, ...]) -> Position:
    while loc:
        if loc in values:
            return values[loc]
        loc = loc[:-1]
    return Position(1, 1)


def _type_name(value: Any) -> str:
    names = {
        type(None): "null",
        list: "a list",
        dict: "a mapping",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true or false",
    }
    return names.get(type(value), f"a {type(value).__name__}")


# What a `crossref` parent (a book, proceedings) lends a child that lacks the field, as
# BibTeX and biber do; the parent's title becomes the child's booktitle. Fields of the
# parent's own identity (doi, title, abstract, verified, ...) are not lent.
_LENT = (
    "year",
    "date",
    "month",
    "publisher",
    "address",
    "location",
    "series",
    "volume",
    "edition",
    "isbn",
    "organization",
    "institution",
    "school",
    "journal",
    "booktitle",
)


def inherit_crossref(references: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """The entries with the fields (and editors) their `crossref` parent in the same
    file lends them; `raw_fields` stay as written, so rules see the file as it is."""
    by_key = {r.key.lower(): r for r in references}
    out = []
    for ref in references:
        parent = by_key.get(ref.fields.get("crossref", "").strip().lower())
        if parent is None or parent is ref:
            out.append(ref)
            continue
        lent = {name: parent.fields[name] for name in _LENT if name in parent.fields}
        if parent.title:
            lent.setdefault("booktitle", parent.title)
        fields = {**ref.fields, **{k: v for k, v in lent.items() if k not in ref.fields}}
        out.append(replace(ref, fields=fields, editors=ref.editors or parent.editors))
    return tuple(out)
