"""Reference marks as a journal's reader view flattens them: "... seven principles. Reference
Seikkula, Aaltonen, Alakare and Lehtinen1,Reference Seikkula, Alakare and Aaltonen2 The
approach ...".

Cambridge Core shows each superscript reference as a link whose hidden text is "Reference"
and the work's authors, with the note's number glued to the last surname; a copy of the page
keeps that text. A run of them joined by a comma or a dash ("Barlow8–Reference Yim ...
Tan13": notes 8 to 13) is one group of numbered notes, as "[8-13]" would be.

Another site's page shows each note link as its label in brackets: "Lower mortality rates[
Reference 2 ]", "... blood pressure[ Reference 3 ], [ Reference 2 ]" (one group of notes).
"""

from __future__ import annotations

import re

from peerclaims.text.citation_types import Citation, CitationKind
from peerclaims.text.patterns import SURNAME

_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|das)[^\S\n]+)"
_NAME = rf"{_PARTICLE}*{SURNAME}(?:[^\S\n]+{SURNAME}){{0,2}}"  # "De Silva", "van Ginneken"
_AUTHORS = rf"{_NAME}(?:,[^\S\n]+{_NAME})*(?:[^\S\n]+and[^\S\n]+{_NAME})?"
_ONE = rf"Reference[^\S\n]+{_AUTHORS}[1-9]\d{{0,2}}(?!\w)"
_ONE_RE = re.compile(_ONE)
REFERENCE_RUN = rf"{_ONE}(?:[,–-]{_ONE})*"
"""A run of reader-view reference marks, as a pattern (`sentences` ends a sentence after it)."""
_RUN_RE = re.compile(REFERENCE_RUN)
_LAST_NUMBER = re.compile(r"\d+\Z")
_LABELLED = r"\[[^\S\n]*Reference[^\S\n]+([1-9]\d{0,2})[^\S\n]*\]"
_LABELLED_RE = re.compile(rf"{_LABELLED}(?:,[^\S\n]*{_LABELLED})*")


def reader_refs(text: str) -> list[Citation]:
    """Each run of reader-view reference marks, as one numbered citation."""
    if "Reference" not in text:
        return []
    out = [
        Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), marks)
        for m in _LABELLED_RE.finditer(text)
        if (marks := tuple(int(n) for n in re.findall(r"\d+", m.group())))
    ]
    for m in _RUN_RE.finditer(text):
        run, join = m.group(), ""
        numbers: list[int] = []
        for r in _ONE_RE.finditer(run):
            n = int(_LAST_NUMBER.findall(r.group())[-1])
            if join in ("–", "-") and numbers and n > numbers[-1]:
                numbers.extend(range(numbers[-1] + 1, n + 1))  # "Barlow8–Reference ... Tan13"
            elif n not in numbers:
                numbers.append(n)
            join = run[r.end() : r.end() + 1]
        out.append(Citation(CitationKind.NUMBERED, run, m.start(), m.end(), (), tuple(numbers)))
    return out
