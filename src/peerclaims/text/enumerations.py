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
    "included: (1) How do women veterans describe ...? (2) What does ..."), or an item after
    "and" or a semicolon whose neighbour before follows a colon or a semicolon. Not when a
    neighbour after a stop closes its paragraph: those are notes."""
    start = text.rfind("(", 0, end)
    if re.search(r"(?:\band|\bor|[;,])[^\S\n]*\Z", text[max(0, start - 6) : start]) and re.search(
        rf"[:;,][^\S\n]*\({n - 1}\)[^\S\n]+\w", text[max(0, start - 2000) : start]
    ):
        return True  # "... 3 hypotheses: (1) DPS may ...; (2) DPS users ...; and (3) DPS"
    lower = re.match(r"[^\S\n]+[a-z]", text[end : end + 3]) is not None
    stop = "" if lower else r"[.:;?!][^\S\n]+"
    if not lower and not re.search(stop + r"\(\d+\)[^\S\n]+[A-Z]", text[max(0, end - 9) : end + 3]):
        return False
    window = text[max(0, end - 2000) : end + 2000]
    near = "|".join(str(k) for k in (n - 2, n - 1, n + 1, n + 2) if k > 0)
    if not lower and re.search(rf"[.!?][^\S\n]*\((?:{near})\)[^\S\n]*(?:\n|\Z)", window):
        return False  # "... shortage of providers. (1) Limited ... (2) And ... challenging. (3)":
        # a number closing its paragraph after the stop is a note, and so are its neighbours
    item = rf"{stop}\((?:{n - 1}|{n + 1})\)[^\S\n]+[{'a-z' if lower else 'A-Z'}]"
    return re.search(item, window) is not None
