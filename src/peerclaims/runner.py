"""The library's entry points for a run: load the corpus, validate it, and load what a
configuration names (the corpus files, cached by content, plus its extra layers).

Layers, first wins on a repeated claim id or work key: the main corpus (the bundled one,
or `claims` / `references`; with `extends = true` the bundled one and then those files),
then each `extra-claims` / `extra-references` pair in order (`layer_paths`).

The command line calls these and only renders; a library caller gets the same corpus,
the same layering and the same problems reported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from peerclaims import rules
from peerclaims.corpus.load import Corpus, read_corpus, read_layer
from peerclaims.corpus.merge import merge_corpora
from peerclaims.diagnostics import Diagnostic, Finding, Severity
from peerclaims.errors import InputError
from peerclaims.rules import RuleSettings
from peerclaims.rules.suppressions import Silencer

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from peerclaims.config import Config


@dataclass(frozen=True)
class LoadResult:
    """A corpus as far as it could be built, and the problems met loading it."""

    corpus: Corpus
    diagnostics: tuple[Diagnostic, ...]


def load_corpus(
    claims: str | Path | None = None, references: str | Path | None = None
) -> LoadResult:
    """Load claims.yaml and references.bib (the bundled corpus by default); never raises."""
    corpus = read_corpus(claims, references)
    diagnostics = rules.stamp(corpus.load_findings, RuleSettings(), corpus.is_suppressed)
    return LoadResult(corpus, tuple(sorted(diagnostics)))


def validate(corpus: Corpus, settings: RuleSettings | None = None) -> list[Diagnostic]:
    """Run every enabled corpus rule; diagnostics sorted by path, line, column and rule.

    A merged corpus is checked layer by layer, each finding at its own file and line; a
    layer's claims may rest on the works of any layer.
    """
    settings = settings or RuleSettings()
    diagnostics: list[Diagnostic] = []
    for view in corpus.layer_views():
        findings = rules.run("corpus", settings, view)
        if corpus.layers:
            findings = _in_layers(findings, view, corpus)
        silencer = Silencer(view.directives)
        diagnostics += rules.stamp(findings, settings, silencer)
        diagnostics += rules.stamp(silencer.findings(settings, "corpus"), settings, silencer)
    return sorted(diagnostics)


def _in_layers(findings: Iterable[Finding], view: Corpus, corpus: Corpus) -> Iterator[Finding]:
    """A layer's findings, less `unused-reference` on a work that another layer's claims
    cite or an entry's `crossref` names, or in a layer without a claims file (a
    bibliography, such as a Zotero export)."""
    cited = {e.ref.lower() for layer in corpus.layers for c in layer.claims for e in c.evidence}
    cited |= {
        r.fields.get("crossref", "").strip().lower()
        for layer in corpus.layers
        for r in layer.references
    }
    used = {
        r.position.line for r in view.references if not view.claims_path or r.key.lower() in cited
    }
    for finding in findings:
        if not (
            finding.rule == "unused-reference"
            and finding.path == view.references_path
            and finding.line in used
        ):
            yield finding


@dataclass(frozen=True)
class Loaded:
    """The corpus a command runs on, with what is wrong with it.

    `errors` counts the validation errors of the main corpus (commands still run on what
    loaded); `problems` are the load errors of the configuration's extra layers, each with
    its file and line, which every command reports.
    """

    corpus: Corpus
    errors: int
    problems: tuple[Diagnostic, ...] = ()


def corpus_paths(
    config: Config, claims: Path | None = None, references: Path | None = None
) -> tuple[Path, Path]:
    """The main corpus files without `extends`: the arguments, then the configuration,
    then the bundled ones."""
    from peerclaims.corpus.bundled import bundled_paths

    default_claims, default_refs = bundled_paths()
    return (
        claims or config.claims or default_claims,
        references or config.references or default_refs,
    )


Layer = tuple[Path | None, Path | None]


def layer_paths(
    config: Config, claims: Path | None = None, references: Path | None = None
) -> tuple[Layer, ...]:
    """The (claims, references) files of each layer a run uses, first wins.

    The first layer has both files: the main corpus (`corpus_paths`), or with `extends`
    (and a `claims` or `references` named) the bundled corpus, followed by a layer of the
    named files. Then each `extra-claims` / `extra-references` pair, in order; a pair
    short of a partner is a layer with one file. A file an earlier layer already reads is
    not read twice. Paths under the working directory are made relative to it.
    """
    from peerclaims.corpus.bundled import bundled_paths

    named = (claims or config.claims, references or config.references)
    first: list[Layer] = (
        [bundled_paths(), named]
        if config.extends and any(named)
        else [corpus_paths(config, claims, references)]
    )
    seen: set[str] = set()
    layers: list[Layer] = []
    for pair in (*first, *zip_longest(config.extra_claims, config.extra_references)):
        kept = tuple(None if p is None or _seen(p, seen) else _shown(p, config) for p in pair)
        if kept != (None, None):
            layers.append((kept[0], kept[1]))
    return tuple(layers)


def _seen(path: Path, seen: set[str]) -> bool:
    full = os.path.normcase(os.path.abspath(path))
    if full in seen:
        return True
    seen.add(full)
    return False


def _shown(path: Path, config: Config) -> Path:
    """A path as a user reads it: relative to the working directory when the file is below
    it, or when both are in the configuration's directory; as given otherwise."""
    try:
        cwd = os.getcwd()
        full = os.path.abspath(path)
        roots = [cwd, *([os.path.abspath(config.source.parent)] if config.source else [])]
        if any(
            os.path.commonpath([full, root]) == root == os.path.commonpath([cwd, root])
            for root in roots
        ):
            return Path(os.path.relpath(full, cwd))
    except (OSError, ValueError):  # no working directory; another drive
        pass
    return path


def load_counting(claims: Path, references: Path) -> tuple[Corpus, int]:
    """The corpus (without YAML positions, which only validate needs) and its error count.

    Cached by the files' content, so a second run over an unchanged corpus skips parsing
    and validation. Each file is read once: the bytes hashed for the key are the bytes
    parsed. Raises InputError when a file cannot be read.
    """
    from peerclaims.cache import cached, read_inputs, remember_inputs

    inputs = read_inputs((claims, references))
    corpus, errors = cached(
        "corpus",
        inputs,
        lambda: _load(claims, references, inputs.data if inputs else None),
        encode=_encode_loaded,
        decode=lambda data: _decode_loaded(data, claims, references),
    )
    _raise_unreadable(corpus)
    if inputs is not None:
        remember_inputs(corpus, inputs)  # no index of it is stored under an edited file's key
    return corpus, errors


def load_for(config: Config, claims: Path | None = None, references: Path | None = None) -> Loaded:
    """The corpus a configuration names, every layer merged (`layer_paths`; first wins).

    The first layer is cached and counted (`errors`). An unreadable file raises
    InputError; a later layer with syntax or schema errors is merged as far as it loaded
    and its errors are returned in `problems`.
    """
    pairs = layer_paths(config, claims, references)
    cpath, rpath = pairs[0]
    assert cpath is not None and rpath is not None  # the first layer has both files
    corpus, errors = load_counting(cpath, rpath)
    if len(pairs) == 1:
        return Loaded(corpus, errors)
    extras = [read_layer(c, r) for c, r in pairs[1:]]
    problems: list[Diagnostic] = []
    for extra in extras:
        _raise_unreadable(extra)
        problems += [
            d
            for d in rules.stamp(extra.load_findings, RuleSettings(), extra.is_suppressed)
            if d.severity is Severity.ERROR
        ]
    return Loaded(merge_corpora(corpus, extras), errors, tuple(sorted(problems)))


def load_layers(
    config: Config, claims: Path | None = None, references: Path | None = None
) -> Corpus:
    """Every layer a run uses, read afresh with its positions and merged: what validate checks."""
    layers = [read_layer(c, r) for c, r in layer_paths(config, claims, references)]
    return merge_corpora(layers[0], layers[1:])


def validate_for(
    config: Config,
    claims: Path | None = None,
    references: Path | None = None,
    settings: RuleSettings | None = None,
) -> tuple[list[Diagnostic], int]:
    """`peerclaims validate`: the diagnostics of every layer, and how many files they cover.

    When the run names files (options or configuration), only those files are reported
    on: the bundled corpus beneath them is the installed copy, not the user's to fix (it
    still lends its works and is compared for `layer-conflict`).
    """
    corpus = load_layers(config, claims, references)
    diagnostics = validate(corpus, settings)
    files = {path for pair in corpus.layer_files() for path in pair if path}
    named = [
        claims or config.claims,
        references or config.references,
        *config.extra_claims,
        *config.extra_references,
    ]
    mine = {_full(p) for p in named if p is not None}
    if mine:
        files = {path for path in files if _full(path) in mine}
        diagnostics = [d for d in diagnostics if _full(d.path) in mine]
    return diagnostics, len(files)


def _full(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _raise_unreadable(corpus: Corpus) -> None:
    unreadable = [f for f in corpus.load_findings if f.rule == "unreadable-input"]
    if unreadable:
        raise InputError(f"{unreadable[0].path}: {unreadable[0].message}")


def _load(claims: Path, references: Path, data: tuple[bytes, ...] | None) -> tuple[Corpus, int]:
    """Parse the files' bytes as read for the cache key (or the files, when unreadable)."""
    from peerclaims.corpus.load import corpus_from_bytes

    corpus = (
        read_corpus(claims, references)
        if data is None
        else corpus_from_bytes(data[0], data[1], claims, references)
    )
    errors = sum(1 for d in validate(corpus) if d.severity is Severity.ERROR)
    return replace(corpus, values={}, keys={}), errors


class _CorpusEntry(BaseModel):
    """What the corpus cache stores, as JSON: a corpus without YAML positions, its error count."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    version: Literal[1] = 1
    corpus: Corpus
    errors: int = Field(ge=0)

    @model_validator(mode="after")
    def _holds_together(self) -> _CorpusEntry:
        corpus = self.corpus
        if corpus.values or corpus.keys or len(corpus.claim_rows) != len(corpus.claims):
            raise ValueError("a corpus entry must have no positions and one row per claim")
        return self


def _encode_loaded(loaded: tuple[Corpus, int]) -> bytes:
    return _CorpusEntry(corpus=loaded[0], errors=loaded[1]).model_dump_json().encode()


def _decode_loaded(data: bytes, claims: Path, references: Path) -> tuple[Corpus, int]:
    """A corpus cache entry, validated in full (every type and shape, the files it is of);
    raises on anything else, which the cache treats as a miss."""
    entry = _CorpusEntry.model_validate_json(data, strict=True)
    if (entry.corpus.claims_path, entry.corpus.references_path) != (str(claims), str(references)):
        raise ValueError("an entry for other files")
    return entry.corpus, entry.errors
