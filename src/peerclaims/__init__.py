"""peerclaims: check citations and benefit claims about peer support against a curated corpus.

The library API is small and does not import the command line (typer, rich)::

    from peerclaims import load_corpus, validate
    result = load_corpus()               # the bundled corpus
    for diagnostic in validate(result.corpus):
        print(diagnostic.where, diagnostic.message)
"""

from peerclaims.diagnostics import Diagnostic, FailLevel, Severity
from peerclaims.engine import LoadResult, load_corpus, validate
from peerclaims.errors import ConfigError, InputError, PeerclaimsError
from peerclaims.rules import RuleSettings

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "Diagnostic",
    "FailLevel",
    "InputError",
    "LoadResult",
    "PeerclaimsError",
    "RuleSettings",
    "Severity",
    "__version__",
    "load_corpus",
    "validate",
]
