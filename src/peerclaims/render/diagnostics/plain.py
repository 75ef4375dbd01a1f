"""Plain text, one diagnostic per line: `path:line:col: severity message [rule-name]`.

Used when output is piped or redirected; easy to grep and to parse with one regex.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from peerclaims.diagnostics import Diagnostic

# A message may quote a multi-line value (a BibTeX author list spanning lines); folding the
# line breaks keeps the one-diagnostic-per-line contract that grep and parsers rely on.
_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def line(d: Diagnostic) -> str:
    """One diagnostic; a suggestion follows after ` -- ` on the same line."""
    text = f"{d.where}: {d.severity.value} {d.message} [{d.name}]"
    if d.suggestion:
        text += f" -- suggestion: {d.suggestion}"
    return _BREAK.sub(" ", text)


def render(diagnostics: Sequence[Diagnostic]) -> str:
    """All diagnostics, one per line."""
    return "".join(line(d) + "\n" for d in diagnostics)


def summary_line(counts: dict[str, int], files: int) -> str:
    """ "2 errors, 1 warning in 3 files" (or "no problems in 3 files")."""
    parts = [_plural(counts[k], k) for k in ("error", "warning", "info") if counts[k]]
    where = _plural(files, "file")
    return f"{', '.join(parts)} in {where}" if parts else f"no problems in {where}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"
