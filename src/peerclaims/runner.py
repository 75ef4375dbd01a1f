"""The library's entry points for a run: load the corpus, validate it, and load what a
configuration names (the corpus files, cached by content, plus its extra layers).

The command line calls these and only renders; a library caller gets the same corpus,
the same layering and the same problems reported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

from peerclaims import rules
from peerclaims.corpus.load import Corpus, merge_corpora, read_corpus
from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.errors import InputError
from peerclaims.rules import RuleSettings

if TYPE_CHECKING:
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
    """Run every enabled corpus rule; diagnostics sorted by path, line, column and rule."""
    settings = settings or RuleSettings()
    findings = rules.run("corpus", settings, corpus)
    return sorted(rules.stamp(findings, settings, corpus.is_suppressed))


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
    """The corpus files a run uses: the arguments, then the configuration, then the bundled ones."""
    from peerclaims.corpus.bundled import bundled_paths

    default_claims, default_refs = bundled_paths()
    return (claims or config.claims or default_claims,
            references or config.references or default_refs)


def load_counting(claims: Path, references: Path) -> tuple[Corpus, int]:
    """The corpus (without YAML positions, which only validate needs) and its error count.

    Cached by the files' content, so a second run over an unchanged corpus skips parsing
    and validation. Raises InputError when a file cannot be read.
    """
    from peerclaims.cache import cached

    corpus, errors = cached("corpus", (claims, references), lambda: _load(claims, references),
                            valid=_is_loaded_corpus)
    _raise_unreadable(corpus)
    return corpus, errors


def load_for(
    config: Config, claims: Path | None = None, references: Path | None = None
) -> Loaded:
    """The corpus a configuration names, with its extra layers merged in.

    `extra-claims` and `extra-references` pair up in order (a missing partner is the
    bundled file); the main corpus wins on a repeated id or key. An unreadable file raises
    InputError; a layer with syntax or schema errors is merged as far as it loaded and its
    errors are returned in `problems`.
    """
    corpus, errors = load_counting(*corpus_paths(config, claims, references))
    pairs = list(zip_longest(config.extra_claims, config.extra_references))
    if not pairs:
        return Loaded(corpus, errors)
    extras = [read_corpus(c, r) for c, r in pairs]
    problems: list[Diagnostic] = []
    for extra in extras:
        _raise_unreadable(extra)
        problems += [d for d in rules.stamp(extra.load_findings, RuleSettings(), extra.is_suppressed)
                     if d.severity is Severity.ERROR]
    return Loaded(merge_corpora(corpus, extras), errors, tuple(sorted(problems)))


def _raise_unreadable(corpus: Corpus) -> None:
    unreadable = [f for f in corpus.load_findings if f.rule == "unreadable-input"]
    if unreadable:
        raise InputError(f"{unreadable[0].path}: {unreadable[0].message}")


def _is_loaded_corpus(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Corpus)
            and isinstance(value[1], int))


def _load(claims: Path, references: Path) -> tuple[Corpus, int]:
    corpus = load_corpus(claims, references).corpus
    errors = sum(1 for d in validate(corpus) if d.severity is Severity.ERROR)
    return replace(corpus, values={}, keys={}), errors
