"""`--statistics`: how many findings each rule has, most first, as `ruff --statistics` prints.

    3  PC203  misattributed-claim
    1  PC209  year-mismatch

With `--format json`: `{"version": 1, "statistics": [{"rule", "name", "count"}, ...],
"summary": {...}}`, the summary as in the diagnostics JSON.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from peerclaims.diagnostics import Diagnostic, summarize
from peerclaims.render.diagnostics.json import JSON_VERSION


def counts(diagnostics: Sequence[Diagnostic]) -> list[tuple[int, str, str]]:
    """(count, id, name) per rule, most first, then by id."""
    counted = Counter((d.rule, d.name) for d in diagnostics)
    return sorted(
        ((n, rule, name) for (rule, name), n in counted.items()), key=lambda row: (-row[0], row[1])
    )


def render(diagnostics: Sequence[Diagnostic], files: int, *, as_json: bool = False) -> str:
    """The table (or the JSON document) for a run; empty text when nothing was found."""
    rows = counts(diagnostics)
    if as_json:
        payload = {
            "version": JSON_VERSION,
            "statistics": [{"rule": rule, "name": name, "count": n} for n, rule, name in rows],
            "summary": {**summarize(diagnostics), "files": files},
        }
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    width = max((len(str(n)) for n, *_ in rows), default=1)
    return "".join(f"{n:>{width}}  {rule}  {name}\n" for n, rule, name in rows)
