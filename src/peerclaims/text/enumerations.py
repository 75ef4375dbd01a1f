"""Items of a list run into the text and numbered in brackets: "We evaluated (1) whether it
was delivered, (2) the gains, and (3) whether ...", "Four themes were identified. (1) Positive
outcomes for mentees ... (2) Positive outcomes for mentors". Such numbers enumerate; they
do not cite (`citation_markers.numbered_paren` asks)."""

from __future__ import annotations

import re


def enumerated(text: str, n: int, end: int) -> bool:
    """Whether "(n)" opens an item of a list run into the text, with "(n-1)" or "(n+1)" within
    2,000 characters (linear in a long text): a lower-case word after each, or a stop before
    each and a capital after ("identified. (1) Positive outcomes for ... (2) Positive ...",
    "included: (1) How do women veterans describe ...? (2) What does ...")."""
    lower = re.match(r"[^\S\n]+[a-z]", text[end : end + 3]) is not None
    stop = "" if lower else r"[.:;?!][^\S\n]+"
    if not lower and not re.search(stop + r"\(\d+\)[^\S\n]+[A-Z]", text[max(0, end - 9) : end + 3]):
        return False
    item = rf"{stop}\((?:{n - 1}|{n + 1})\)[^\S\n]+[{'a-z' if lower else 'A-Z'}]"
    return re.search(item, text[max(0, end - 2000) : end + 2000]) is not None
