"""`peerclaims cites` as text (one line per cited work) and as versioned JSON."""

from __future__ import annotations

import json

from peerclaims.match.listing import CitationRow, CitesListing
from peerclaims.match.resolve import Status


def _resolved(row: CitationRow) -> str:
    if row.status == Status.VARIANT:
        what = ", ".join(f"{d.field} {d.written} → {d.expected}" for d in row.differences)
        return f"variant of {row.key}" + (f" ({what})" if what else "")
    if row.status == Status.AMBIGUOUS:
        return f"ambiguous: {', '.join(row.candidates)}"
    if row.status == Status.EXACT:
        return f"exact {row.key}"
    return "unresolved"


def text(listing: CitesListing) -> str:
    """`path:location  text  →  status`, one line per cited work."""
    lines = []
    for row in listing.rows:
        flat = " ".join(row.text.split())
        # "talk.md:12:5" for text formats, "deck.pptx: slide 3 (TextBox 2)" as `check` shows it
        sep = ":" if row.location[:1].isdigit() else ": "
        lines.append(f"{row.path}{sep}{row.location}  {flat}  → {_resolved(row)}\n")
    return "".join(lines)


def json_doc(listing: CitesListing) -> str:
    """`{"version": 1, "citations": [...]}` (docs/commands.md)."""
    citations = [
        {
            "path": row.path,
            "location": row.location,
            "line": row.line,
            "kind": row.kind,
            "text": row.text,
            "authors": list(row.authors),
            "year": row.year,
            "status": row.status,
            "key": row.key,
            "candidates": list(row.candidates),
            "differences": [
                {"field": d.field, "written": d.written, "expected": d.expected}
                for d in row.differences
            ],
        }
        for row in listing.rows
    ]
    return json.dumps({"version": 1, "citations": citations}, indent=2, ensure_ascii=False) + "\n"
