"""SARIF 2.1.0, the interchange format of code-scanning tools (GitHub, Azure DevOps, IDEs).

Every rule that ran is described in `tool.driver.rules`; each result carries a
`partialFingerprints` entry computed from rule, file, message and occurrence (not the line),
so a finding keeps its identity when lines above it move.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import quote

from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.render import rules as rules_doc
from peerclaims.rules import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/peerclaims/peerclaims"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# Messages may cite another line ("already used at line 4"); that number moves with edits
# above it, so it is masked before hashing to keep the fingerprint line-independent.
_LINE_REF = re.compile(r"\bline \d+\b")


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative stays relative, absolute becomes file://."""
    pure = PurePath(path)
    # a file name that is not valid UTF-8 reaches us with surrogate escapes: keep its bytes
    raw = pure.as_posix().encode("utf-8", "surrogateescape")
    return ("file://" if pure.is_absolute() else "") + quote(raw)


def _rule_descriptor(rule: Rule) -> dict[str, object]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "helpUri": rules_doc.url(rule),
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
    }


def _result(d: Diagnostic, index: int, fingerprint: str) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": {"uri": artifact_uri(d.path)}}
    if d.line > 0 and d.location is None:  # slides and paragraphs have no line to point at
        physical["region"] = {"startLine": d.line, "startColumn": max(d.column, 1)}
    location: dict[str, object] = {"physicalLocation": physical}
    if d.location:
        location["message"] = {"text": d.location}
    text = d.message if not d.suggestion else f"{d.message} Suggestion: {d.suggestion}"
    result: dict[str, object] = {
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": _LEVEL[d.severity],
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {"peerclaimsFingerprint/v1": fingerprint},
    }
    fix = d.fix
    if fix is not None and fix.line > 0:  # SARIF replacements are regions of a text file
        region = {
            "startLine": fix.line,
            "startColumn": fix.column,
            "endLine": fix.end_line,
            "endColumn": fix.end_column,
        }
        change = {
            "artifactLocation": {"uri": artifact_uri(d.path)},
            "replacements": [{"deletedRegion": region, "insertedContent": {"text": fix.new}}],
        }
        result["fixes"] = [
            {
                "description": {"text": f"Replace '{fix.old}' with '{fix.new}'"},
                "artifactChanges": [change],
            }
        ]
    return result


def render(diagnostics: Sequence[Diagnostic], rules: Sequence[Rule], version: str) -> str:
    """The SARIF log for one run."""
    ordered = sorted(rules, key=lambda r: r.id)
    index = {rule.id: i for i, rule in enumerate(ordered)}
    seen: Counter[tuple[str, str, str]] = Counter()
    results = []
    for d in diagnostics:
        key = (d.rule, d.path, _LINE_REF.sub("line #", d.message))
        seen[key] += 1
        joined = "\x1f".join((*key, str(seen[key]))).encode("utf-8", "surrogateescape")
        digest = hashlib.sha256(joined).hexdigest()[:32]
        results.append(_result(d, index[d.rule], digest))
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "peerclaims",
                        "version": version,
                        "informationUri": INFO_URI,
                        "rules": [_rule_descriptor(rule) for rule in ordered],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
