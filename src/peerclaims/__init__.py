"""peerclaims: check citations and benefit claims about peer support against a curated corpus.

The library API is small and does not import the command line (typer, rich)::

    from peerclaims import load_corpus, validate
    result = load_corpus()               # the bundled corpus
    for diagnostic in validate(result.corpus):
        print(diagnostic.where, diagnostic.message)

Names are imported on first use (PEP 562), so `peerclaims --help` does not pay for
pydantic, PyYAML and bibtexparser.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "ConfigError": "peerclaims.errors",
    "Diagnostic": "peerclaims.diagnostics",
    "FailLevel": "peerclaims.diagnostics",
    "InputError": "peerclaims.errors",
    "LoadResult": "peerclaims.runner",
    "PeerclaimsError": "peerclaims.errors",
    "RuleSettings": "peerclaims.rules",
    "Severity": "peerclaims.diagnostics",
    "check_document": "peerclaims.check",
    "check_paths": "peerclaims.check",
    "load_corpus": "peerclaims.runner",
    "read_document": "peerclaims.documents",
    "validate": "peerclaims.runner",
}

__all__ = [  # a literal, so linters and type checkers see the public names
    "ConfigError",
    "Diagnostic",
    "FailLevel",
    "InputError",
    "LoadResult",
    "PeerclaimsError",
    "RuleSettings",
    "Severity",
    "__version__",
    "check_document",
    "check_paths",
    "load_corpus",
    "read_document",
    "validate",
]

if TYPE_CHECKING:
    from peerclaims.check import check_document, check_paths
    from peerclaims.diagnostics import Diagnostic, FailLevel, Severity
    from peerclaims.documents import read_document
    from peerclaims.errors import ConfigError, InputError, PeerclaimsError
    from peerclaims.rules import RuleSettings
    from peerclaims.runner import LoadResult, load_corpus, validate


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'peerclaims' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
