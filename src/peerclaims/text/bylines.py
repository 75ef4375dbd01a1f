"""Author lines: names with their affiliation marks, and a work's credit lines, which are
not citations.

A paper's byline marks each author with the number of an affiliation: "Nikita Margaret
John[1], Oliver Page[1], Scott Christopher Martin[1], Paula Whittaker[1][a]" or
"Lauren Smith¹, Amir Khan²", or, in a PDF's text, "Kimberley Anderson1, Neelam Laxhman2 and
Stefan Priebe2*". The marks look like numbered citations; the line is a list of
two or more names and nothing else once they are taken out.

A credit line names the document's own authors: "Copyright © 2023 Gillard et al.", "This work
was produced by Gillard et al. under the terms of a commissioning contract".

A journal article's running head, which PDF text keeps on a line of its own on every page,
names the document itself: "Anderson et al. BMC Psychiatry  (2015) 15:297", "Lagan et al. Int J
Bipolar Disord            (2020) 8:39".
"""

from __future__ import annotations

import re

from peerclaims.text.patterns import LOWER, PARTICLE, UPPER

# (a PDF's text glues its superscripts to the name: "Kimberley Anderson1, Neelam Laxhman2")
_MARK = re.compile(
    r"\[[\w,\s–-]{1,8}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:,[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*|(?<=[a-z])\d{1,2}(?:,\d{1,2})*|\*+|[†‡§]"
)
_NAME_WORD = rf"(?:[{UPPER}][{LOWER}'’-]+(?:-[{UPPER}][{LOWER}'’-]+)?|[{UPPER}]\.|{PARTICLE})"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}")
_PARTS = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def in_byline(text: str, at: int) -> bool:
    """Whether offset `at` lies in a line that is an author list with affiliation marks."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 600 or len(_MARK.findall(line)) < 2:
        return False
    names = [p for p in _PARTS.split(_MARK.sub("", line).strip().rstrip(",")) if p]
    return len(names) >= 2 and all(_NAME.fullmatch(n) for n in names)


_COPYRIGHT = re.compile(r"\W*(?:copyright\b|©|\(c\)\s)", re.IGNORECASE)
_PRODUCED_BY = re.compile(
    r"\bthis\s+(?:work|report|article|document|publication|paper|book)\s+"
    r"(?:was|is|has\s+been)\s+(?:produced|prepared|written|authored|compiled)\s+by\s*\Z",
    re.IGNORECASE,
)


# a label over the document's own reference: "Recommended Citation", "Cite this article as:"
OWN_CITATION_LABEL = re.compile(
    r"^[^\S\n]*(?:(?:Recommended|Suggested|Preferred)[^\S\n]+[Cc]itation|How[^\S\n]+to[^\S\n]+cite|"
    r"Cite[^\S\n]+this)\b[^\n]{0,40}$",
    re.MULTILINE,
)


# the same label with the reference after it on its line: "To cite this article: Allyson
# Kelley, Dyani Bingham, ... (2017) Assessing ..."
_OWN_CITATION_INLINE = re.compile(
    r"[^\S\n]*(?:(?:Recommended|Suggested|Preferred)[^\S\n]+[Cc]itation|How[^\S\n]+to[^\S\n]+cite"
    r"(?:[^\S\n]+this[^\S\n]+\w+)?|(?:To[^\S\n]+cite|Cite)[^\S\n]+this[^\S\n]+\w+(?:[^\S\n]+as)?)"
    r"[^\S\n]*:"
)


def in_credit(text: str, at: int) -> bool:
    """Whether offset `at` lies in a sentence that credits the document's own authors, in the
    paragraph under a label for the document's own reference ("Recommended Citation"), or on
    the line that label opens ("To cite this article: ...")."""
    lo = max(0, at - _WINDOW)  # a credit is short: never a scan back through the whole text
    stop = text.rfind(". ", lo, at)
    start = max(text.rfind("\n", lo, at) + 1, stop + 2 if stop >= 0 else lo)
    before = text[start:at]
    if _COPYRIGHT.match(before) or _PRODUCED_BY.search(before):
        return True
    paragraph = max(text.rfind("\n\n", lo, at) + 1, lo)
    line = text.rfind("\n", lo, at) + 1
    if _OWN_CITATION_INLINE.match(text, line, at):
        return True
    return line > paragraph and OWN_CITATION_LABEL.search(text, paragraph, line) is not None


_WINDOW = 600


# the first author, "et al." or a second author, the journal's capitalised words, the year in
# brackets and the volume with its article or page number, alone on the line
_RUNNING_HEAD = re.compile(
    rf"[^\S\n]*[{UPPER}][{LOWER}'’-]+(?:[^\S\n]+(?:and|&)[^\S\n]+[{UPPER}][{LOWER}'’-]+|"
    r"[^\S\n]+et[^\S\n]+al\.?)?(?:[^\S\n]+[A-Z][\w.&-]*){1,6}[^\S\n]+\((?:19|20)\d\d\)"
    r"[^\S\n]*\d{1,4}:[^\S\n]*[\w-]{1,10}[^\S\n]*"
)


def in_running_head(text: str, at: int) -> bool:
    """Whether offset `at` lies in a line that is a journal article's running head."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return len(line) <= 200 and _RUNNING_HEAD.fullmatch(line) is not None
