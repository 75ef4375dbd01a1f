"""Versioned JSON for diagnostics (documented in docs/formats.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from peerclaims.diagnostics import Diagnostic, Fix, summarize

JSON_VERSION = 1


def diagnostic_dict(d: Diagnostic) -> dict[str, object]:
    """One diagnostic as a JSON-ready mapping with a fixed key order ("fix" only if it has one)."""
    out: dict[str, object] = {
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
    if d.fix is not None:
        out["fix"] = fix_dict(d.fix)
    return out


def fix_dict(fix: Fix) -> dict[str, object]:
    """A fix as JSON: what to replace with what, by line and column (text formats) and by
    block and offsets (every format)."""
    return {
        "applicability": "safe" if fix.safe else "unsafe",
        "original": fix.old,
        "replacement": fix.new,
        "line": fix.line,
        "column": fix.column,
        "end_line": fix.end_line,
        "end_column": fix.end_column,
        "block": fix.block,
        "start": fix.start,
        "end": fix.end,
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
