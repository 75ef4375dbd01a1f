"""Problems met while reading the corpus files: syntax, schema, duplicate keys.

The loader finds these; each rule here re-emits the loader's findings of its name, so that
they are selected, ignored, re-levelled and documented like every other rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.corpus.load import Corpus
from peerclaims.diagnostics import Finding, Severity
from peerclaims.rules import Rule


def _emitted(corpus: Corpus, name: str) -> Iterator[Finding]:
    return (f for f in corpus.load_findings if f.rule == name)


def unreadable_input(corpus: Corpus) -> Iterator[Finding]:
    """A corpus file is missing, a directory, binary, too large or not UTF-8.

    Reported at the file; the command exits 2 since nothing can be checked.

    FAIL: `--claims claims.yml` when the file is called claims.yaml
    PASS: `--claims claims.yaml`, a UTF-8 text file (a BOM is accepted)
    """
    return _emitted(corpus, "unreadable-input")


def yaml_syntax(corpus: Corpus) -> Iterator[Finding]:
    """claims.yaml is not valid YAML, or uses what safe loading refuses.

    Covers tabs in indentation, unclosed quotes, `!!python/object` and other non-standard
    tags, merge keys, and alias expansion that would blow up ("billion laughs").

    FAIL: `claims:\\n\\t- id: x` (a tab in the indentation)
    PASS: `claims:\\n  - id: x`
    """
    return _emitted(corpus, "yaml-syntax")


def schema(corpus: Corpus) -> Iterator[Finding]:
    """A claim or the file's top level does not fit the schema (docs/schema.md).

    Missing required fields, unknown fields, values of the wrong type; the message names
    the field and, for vocabulary fields, the allowed values.

    FAIL: `- id: x\\n  statment: ...` (unknown field `statment`; `statement` missing)
    PASS: `- id: x\\n  statement: ...`
    """
    return _emitted(corpus, "schema")


def duplicate_yaml_key(corpus: Corpus) -> Iterator[Finding]:
    """A mapping in claims.yaml repeats a key; YAML would silently keep only the last.

    FAIL: `outcome: hope` and, two lines below in the same claim, `outcome: empowerment`
    PASS: each key once per mapping
    """
    return _emitted(corpus, "duplicate-yaml-key")


def bib_syntax(corpus: Corpus) -> Iterator[Finding]:
    """references.bib has an entry that cannot be parsed, lacks a key or repeats a field.

    FAIL: `@article{smith2001x, title = {Unclosed` (no closing brace)
    PASS: `@article{smith2001x, title = {Closed}}`
    """
    return _emitted(corpus, "bib-syntax")


def duplicate_bib_key(corpus: Corpus) -> Iterator[Finding]:
    """Two entries share a key, compared case-insensitively as BibTeX does.

    FAIL: `@article{Smith2001x, ...}` and `@book{smith2001x, ...}`
    PASS: `@article{smith2001x, ...}` and `@book{smith2001y, ...}`
    """
    return _emitted(corpus, "duplicate-bib-key")


RULES = (
    Rule("PC001", "unreadable-input", Severity.ERROR, "corpus", unreadable_input),
    Rule("PC101", "yaml-syntax", Severity.ERROR, "corpus", yaml_syntax),
    Rule("PC102", "schema", Severity.ERROR, "corpus", schema),
    Rule("PC103", "duplicate-yaml-key", Severity.ERROR, "corpus", duplicate_yaml_key),
    Rule("PC120", "bib-syntax", Severity.ERROR, "corpus", bib_syntax),
    Rule("PC121", "duplicate-bib-key", Severity.ERROR, "corpus", duplicate_bib_key),
)
