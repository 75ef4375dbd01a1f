"""Whether a sentence inherits its source from the sentences before it: one that points back
("These include ...", "It also found ...") or reports a result in the past ("Mean depression
significantly declined ...") after a cited or source-naming sentence is that source's, not
the writer's claim (`rules.statements` asks through `Analysis.continues_sourced`)."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import lru_cache

from peerclaims.text import source_words
from peerclaims.text.claim_place import claim_spans, names_source, quotations
from peerclaims.text.sentences import normalise_typography


def continues_sourced(
    text: str,
    start: int,
    cited: Callable[[int, int], bool],
    before: tuple[str, Callable[[int, int], bool]] | None = None,
) -> bool:
    """Whether the sentence at `start` of a block points back (`points_back`) to the one
    before it, which carries a citation (`cited(i, j)`: one starts in text[i:j]) or names
    its source, or itself points back to one that does. A citation between the two counts
    for the earlier ("... (Repper and Carter, 2011). These include ..."); a sentence with a
    subject of its own ("Peer support also reduces ...") inherits nothing. A block's first
    sentence points back to the paragraph `before` it (its text and `cited`), if given:
    "The article also points out ..." after a paragraph on the study. A result reported in
    the past goes on from the sentence before as a pointer back does, unless the results are
    the document's own (`_results_are_own`)."""
    end = next((span.end for span in claim_spans(text) if span.start == start), len(text))
    past = not _results_are_own(text, start, before[0] if before else "")
    back = _sourced_before(text, start, text[start:end], cited, past)
    if back is None and before is not None:
        back = _sourced_before(before[0], len(before[0]), text[start:end], before[1], past)
    return bool(back)


_NEAR = 2000  # how far back the document's own study is looked for: linear in a long block
_MAX_CHAIN = 12  # how many sentences back a chain of results or pointers is followed


@lru_cache(maxsize=64)
def _ends(text: str) -> tuple[int, ...]:
    """The ends of the block's sentences (`claim_spans`), in order, once per block."""
    return tuple(span.end for span in claim_spans(text))


def _results_are_own(text: str, start: int, before: str) -> bool:
    """Whether the results at `start` are the document's own: under an abstract's last
    "Results:" or "Conclusions:" label, or after its own study is named in the block or the
    paragraph before ("This pilot study explored ...", "This report evaluates ..."), outside
    a quotation ("“This study provides evidence ...,” wrote O'Connell" is the authors')."""
    near = normalise_typography(text[max(0, start - _NEAR) : start])
    labels = source_words.LABEL.findall(near)
    if labels and source_words.RESULTS_LABEL.fullmatch(labels[-1]):
        return True
    own = _unquoted(near) + "\n" + _unquoted(normalise_typography(before[-_NEAR:]))
    return bool(source_words.OWN_STUDY.search(own))


def _unquoted(text: str) -> str:
    """The text with its quotations (`claim_place.quotations`) left out."""
    kept, pos = [], 0
    for start, end in quotations(text):
        kept.append(text[pos:start])
        pos = end
    return " ".join([*kept, text[pos:]])


def _sourced_before(
    text: str, stop: int, current: str, cited: Callable[[int, int], bool], past_ok: bool
) -> bool | None:
    """`continues_sourced` within one block, from the sentence `current` back through the
    sentences of `text` ending by `stop`: None when they run out with `current` still
    pointing back. A result in the past carries the chain only if `past_ok` (not under an
    abstract's "Results:" label, nor after the document's own study is named: the results
    are its own). A chain is followed back at most `_MAX_CHAIN` sentences: a source further
    back is no longer "the sentence before" (and a long block stays linear)."""
    last = bisect.bisect_right(_ends(text), stop)
    for span in reversed(claim_spans(text)[max(0, last - _MAX_CHAIN) : last]):
        before = text[span.start : span.end]
        link = _goes_on(current)
        if not link or (link == "past" and not past_ok):
            return False
        if cited(span.start, stop) or names_source(before):
            return True
        current, stop = before, span.start
    if last > _MAX_CHAIN:
        return False  # the chain runs on beyond the sentences it may be followed through
    link = _goes_on(current)
    return None if link == "back" or (link and past_ok) else False


def _goes_on(sentence: str) -> str:
    """How a sentence goes on from the one before it: "back" when it points back to it
    (`points_back`); "past" when it reports a result in the past with no statement of how
    things are ("Mean depression significantly declined from baseline to the end of the
    study." after the sentence naming a study in Canada), which is that study's result, not
    the writer's claim, unless the study is the document's own ("This pilot study explored
    ..."); "" for neither."""
    plain = normalise_typography(sentence)
    if source_words.BACK_REFERENCE.search(plain):
        return "back"
    if source_words.NOW.search(plain) or source_words.NEW_SETTING.search(plain):
        return ""
    return "past" if source_words.PAST_RESULT.search(plain) else ""
