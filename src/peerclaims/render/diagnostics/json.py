"""Versioned JSON for diagnostics (documented in docs/formats.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from peerclaims.diagnostics import Diagnostic, summarize

JSON_VERSION = 1


def diagnostic_dict(d: Diagnostic) -> dict[str, object]:
    """One diagnostic as a JSON-ready mapping with a fixed key order."""
    return {
        "rule": d.rule,
        "name": d.name,
        "severity": d.severity.value,
        "path": d.path,
        "line": d.line,
        "column": d.column,
        "location": d.location,
        "message": d.message,
        "suggestion": d.suggestion,
    }


def render(diagnostics: Sequence[Diagnostic], files: int) -> str:
    """The whole JSON document for a run."""
    summary: dict[str, int] = {**summarize(diagnostics), "files": files}
    payload = {
        "version": JSON_VERSION,
        "diagnostics": [diagnostic_dict(d) for d in diagnostics],
        "summary": summary,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
