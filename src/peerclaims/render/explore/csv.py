"""`search` as CSV: one row per hit (kind, id, grade, score, title, snippet without markers)."""

from __future__ import annotations

import csv
import io

from peerclaims.curate.search import SearchResult
from peerclaims.render.explore.json import spans


def search(result: SearchResult) -> str:
    """One row per hit: kind, id, grade, score, title, snippet (markers removed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "id", "grade", "score", "title", "snippet"])
    for h in result.hits:
        writer.writerow([h.kind, h.id, h.grade or "", h.score, h.title, spans(h.snippet)[0]])
    return out.getvalue()
