"""APA segments in each output form, and the output of `peerclaims cite` (text, markdown, JSON)."""

from __future__ import annotations

import html as _html
import json
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from peerclaims.apa import Formatted, Segment, segments_text

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def markdown(segments: Iterable[Segment]) -> str:
    """Segments as Markdown: italics as `*…*`, Markdown's special characters escaped."""
    out = []
    for s in segments:
        text = _MD_SPECIAL.sub(r"\\\1", s.text)
        out.append(f"*{text}*" if s.italic and text.strip() else text)
    return "".join(out)


def html(segments: Iterable[Segment]) -> str:
    """Segments as escaped HTML, italics as `<i>`."""
    return "".join(
        f"<i>{_html.escape(s.text)}</i>" if s.italic else _html.escape(s.text) for s in segments
    )


def to_rich(segments: Iterable[Segment]) -> Text:
    """Segments as a rich Text with italic runs styled (plain when the console has no colour)."""
    from rich.text import Text

    text = Text()
    for s in segments:
        text.append(s.text, style="italic" if s.italic else "")
    return text


def cite_text(works: Sequence[Formatted], console: Console) -> None:
    """Each work: key, both in-text forms and the reference entry, on a console."""
    from rich.text import Text

    for i, work in enumerate(works):
        if i:
            console.print()
        console.print(Text(work.key, style="bold"))
        console.print(Text("  parenthetical: ") + to_rich(work.parenthetical))
        console.print(Text("  narrative:     ") + to_rich(work.narrative))
        console.print(Text("  reference:     ") + to_rich(work.reference))


def cite_plain(works: Sequence[Formatted]) -> str:
    """The text form without styling, for pipes and files."""
    blocks = [
        f"{w.key}\n  parenthetical: {segments_text(w.parenthetical)}\n  narrative:     "
        f"{segments_text(w.narrative)}\n  reference:     {segments_text(w.reference)}\n"
        for w in works
    ]
    return "\n".join(blocks)


def cite_markdown(works: Sequence[Formatted]) -> str:
    """A Markdown reference list, then a table of the in-text forms by key."""
    entries = "".join(f"{markdown(w.reference)}\n\n" for w in works)
    rows = "".join(
        f"| {markdown([Segment(w.key)])} | {markdown(w.parenthetical)} | {markdown(w.narrative)} |\n"
        for w in works
    )
    return (
        f"## References\n\n{entries}## In-text citations\n\n"
        f"| Key | Parenthetical | Narrative |\n|---|---|---|\n{rows}"
    )


def _segments(segments: Iterable[Segment]) -> list[dict[str, object]]:
    return [{"text": s.text, "italic": s.italic} for s in segments]


def cite_json(works: Sequence[Formatted], style: str = "apa") -> str:
    """`{"version": 1, "style": "apa", "works": [...]}`, each form plain and as segments."""
    payload = {
        "version": 1,
        "style": style,
        "works": [
            {
                "key": w.key,
                "parenthetical": segments_text(w.parenthetical),
                "narrative": segments_text(w.narrative),
                "reference": segments_text(w.reference),
                "reference_segments": _segments(w.reference),
            }
            for w in works
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
