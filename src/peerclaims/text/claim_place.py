"""Where a sentence stands in its block, as far as telling a claim needs: a bullet, alone,
a label over a list, in a quotation someone is credited with, in a reference entry or its
annotation, in a benefit-cost summary; and the spans claims are read in (`claim_spans`).

`claimlike.is_claim` takes the `Place` this module works out from the block's text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from peerclaims.text import claim_frames as frames
from peerclaims.text import claim_words as words
from peerclaims.text import money_words as money
from peerclaims.text import source_words
from peerclaims.text.bare_research import bare
from peerclaims.text.claim_lists import ListKind
from peerclaims.text.patterns import JOINING_WORDS, SMALL_WORDS
from peerclaims.text.sentences import Span, normalise_typography, sentences, trimmed

INLINE_BULLETS = "•▪■◦●➢➤►✓✔❧"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a sentence stands in its block, as far as telling a claim needs."""

    bullet: bool = False  # a list item, or a segment after an inline bullet ("• Reduces ...")
    alone: bool = False  # the whole of its block or bullet: a slide line, a bullet
    labels_list: bool = False  # a list follows it at once: a label over bullets
    in_benefit_list: bool = False  # an item of a list introduced as benefits
    quoted: bool = False  # inside quotation marks
    entry: bool = False  # in a reference entry ("Lawn, S., ... (2008).") or a plan's label
    kind: str = "paragraph"  # the block's kind: "paragraph", "list-item", "table-cell", ...
    cited: bool = False  # it carries a citation of its own
    returns: bool = False  # its block is a benefit-cost summary ("Benefits minus costs $3,888")
    in_duty_list: bool = False  # an item of a list introduced as duties or aims ("Goals:")


def place_of(
    text: str,
    span: Span,
    kind: str,
    next_kind: str | None = None,
    list_kind: ListKind | None = None,
    cited: bool = False,
) -> Place:
    """The `Place` of `text[span.start:span.end]` in a block of `kind` ("list-item", ...)
    followed by a block of `next_kind`, in a list of `list_kind` ("benefits", "duties")."""
    before = text[: span.start].rstrip()
    after = text[span.end :].lstrip()
    inline = bool(before) and before[-1] in INLINE_BULLETS
    starts_bulleted = text.lstrip()[:1] in INLINE_BULLETS and not before.strip(INLINE_BULLETS)
    bullet = kind == "list-item" or inline or starts_bulleted
    segment_start = not before or before[-1] in INLINE_BULLETS
    segment_end = not after or after[0] in INLINE_BULLETS
    alone = segment_start and segment_end
    label = (
        (not after and kind != "list-item" and next_kind == "list-item")
        or (bool(after) and after[0] in INLINE_BULLETS and not bullet)
        or (not bullet and _heading_over(text, span))
    )
    entry = (
        is_entry(text)
        or bool(frames.PLAN_LABEL.match(normalise_typography(text)))
        or annotates_entry(text, span.end)
    )
    returns = _holds_return_measure(text)
    quoted = _quoted(text, span)
    benefits, duties = list_kind == "benefits", list_kind == "duties"
    return Place(bullet, alone, label, benefits, quoted, entry, kind, cited, returns, duties)


def _heading_over(text: str, span: Span) -> bool:
    """A line of its own over the sentence on the next line, with no finite verb: the heading
    of a tile or a paragraph ("Reduction in Hospitalizations\nLowered inpatient hospital
    recidivism by 15%"), its label; "Peer Support Reduces Readmissions" states an effect."""
    line = text[span.start : span.end]
    own_line = (span.start == 0 or text[span.start - 1] == "\n") and "\n" not in line
    return (
        own_line
        and text.startswith("\n", span.end)
        and text[span.end :].lstrip()[:1].isupper()
        and not words.FINITE_CHANGE.search(line)
    )


@lru_cache(maxsize=64)
def _holds_return_measure(text: str) -> bool:
    """Whether a block holds a net benefit or a benefit-cost ratio (once per block, not once
    per sentence)."""
    return bool(money.RETURN_MEASURE.search(normalise_typography(text)))


def other_segment(text: str, span: Span, offset: int) -> bool:
    """Whether `offset` lies in another inline bullet's segment than `span` ("• A [1] • B")."""
    low, high = sorted((offset, span.start))
    between = text[low:high] if offset < span.start else text[span.end : offset]
    return any(ch in INLINE_BULLETS for ch in between)


def names_source(sentence: str) -> bool:
    """Whether the sentence names its source, if only vaguely ("according to the brief",
    "A 2019 NHS England evaluation found", "The study found"); "One study found" does not."""
    return any(
        not (m["named"] and bare(m["named"]))  # "One study found" names none
        for m in source_words.SOURCE.finditer(normalise_typography(sentence))
    )


def points_back(sentence: str) -> bool:
    """Whether the sentence opens by pointing back to the sentence before it for its source
    ("These include ...", "It also found ...", "Of the six studies examined, two ...")."""
    return bool(source_words.BACK_REFERENCE.search(normalise_typography(sentence)))


# a lead-in run into the list under it: "... It also found that", "Benefits include"
_RUNS_INTO = re.compile(r"(?::|\b(?:that|include|includes|including|are|were|as follows))\s*\Z")


def leads_into(lead: str) -> bool:
    """Whether a paragraph introduces the list under it: it ends with a colon, or runs on
    into the list ("It also found that", "Benefits include")."""
    return bool(_RUNS_INTO.search(lead))


def lead_in_backs(items: int, citing: int) -> bool:
    """Whether a lead-in's sources back the items of its list, `citing` of `items` citing
    their own: unless half of them do, as a list of separately sourced findings is."""
    return citing * 2 < items


def lead_in_start(lead: str) -> int:
    """Where a lead-in's sources are read from: its last sentence, or the one before it when
    the last points back ("A 2005 Canadian report, ..., found that .... It also found that")."""
    spans = sentences(lead)
    if len(spans) > 1 and points_back(lead[spans[-1].start : spans[-1].end]):
        return spans[-2].start
    return spans[-1].start


def claim_spans(text: str) -> list[Span]:
    """The block's sentences (`sentences.sentences`), each without the title lines run into
    its start: a caption or a title on lines of their own with no stop after them
    ("Cumberland Falls, Kentucky", "Peers for Progress Analysis on Peer Support ...") before
    the sentence on the next line are a span of their own, and the sentence starts on its
    own first line, where a finding about it belongs; a label over a list run onto a
    sentence with no stop (`_label_apart`) is apart from it."""
    return list(_claim_spans(text))


@lru_cache(maxsize=64)
def _claim_spans(text: str) -> tuple[Span, ...]:
    """`claim_spans`, worked out once per block (each of its sentences asks)."""
    out = []
    for span in sentences(text):
        start, title_end = span.start, -1
        while (newline := text.find("\n", start, span.end)) >= 0:
            following = text[newline + 1 : span.end].lstrip()
            line = text[start:newline]
            alone = (
                _title_line(line) or _LABEL_ONLY.fullmatch(line) or _unwrapped_line(line, following)
            )
            if not (following[:1].isupper() and alone):
                break
            title_end = newline
            start = span.end - len(following)
        if title_end >= 0:
            out.append(Span(span.start, title_end))
        out += _hard_lines(text, Span(start, span.end)) or _label_apart(text, Span(start, span.end))
    return tuple(out)


def _unwrapped_line(line: str, following: str) -> bool:
    """A line with no stop over a line of unwrapped prose (longer than any wrapped line): in
    text that is not wrapped at a width, a line break is the writer's, so a short line that
    does not run on is a headline or a caption of its own ("As 988 centers struggle with
    staffing, some peer supporters feel shut out\nCare given by peer supporters can ...")."""
    next_line = following.split("\n", 1)[0]
    line = line.strip()
    return (
        len(next_line) > 120
        and 2 <= len(line.split()) <= 20
        and line[-1:] not in ".!?;:,"
        and not _GOES_ON.search(line)
    )


# what a line that goes on into the next ends with: a comma or a joining word
_GOES_ON = re.compile(rf"(?:[,;:(/&–—-]|\b(?:{JOINING_WORDS}))\Z", re.IGNORECASE)
_OPENS = re.compile(r"[\"“‘$£€]?[A-Z0-9]")
_LINE = re.compile(r"[^\n]+")


def _hard_lines(text: str, span: Span) -> list[Span]:
    """A sentence with no stop that is lines of statements, as a statistics page pasted as
    text gives them ("Peer support reduced depression symptoms by 31% ...\n78% of
    participants reported decreased suicidal ideation\n..."): each line its own span. Three
    or more lines of three words or more, each but the last ending with no joining word or
    mark and the next opening with a capital or a figure; prose wrapped at any width breaks
    one of these somewhere."""
    first = text.rfind("\n", 0, span.start) + 1  # read from the span's line, not the block's start
    lines = [(max(m.start(), span.start), m.end()) for m in _LINE.finditer(text, first, span.end)]
    if len(lines) < 3 or any(len(text[a:b].split()) < 3 for a, b in lines):
        return []
    for (a, b), (c, d) in pairwise(lines):
        if _GOES_ON.search(text[a:b].rstrip()) or not _OPENS.match(text[c:d].lstrip()):
            return []
    return [trimmed(text, a, b) for a, b in lines]


# a field's label alone on its line over the sentence: "Author(s):", "Summary:"
_LABEL_ONLY = re.compile(r"[^\S\n]*[A-Z][\w()'’/ -]{0,30}:[^\S\n]*")
_LABEL_LINE = re.compile(r"\n[ \t]*([A-Z][^\n.!?;:]{0,60}:)[ \t]*$")


def _label_apart(text: str, span: Span) -> list[Span]:
    """A sentence with no stop at its end, run into a label over a list on the next line
    ("... as good if not better than conventional services\nIndications for service users
    include:"): the sentence and the label, apart."""
    label = _LABEL_LINE.search(text, span.start, span.end)
    if not label or len(label.group(1).split()) > 8 or not text[span.start : label.start()].strip():
        return [span]
    before = text[span.start : label.start()].rstrip()
    return [Span(span.start, span.start + len(before)), Span(label.start(1), span.end)]


_TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z'’&-]*(?:,?\s+[A-Za-z&][A-Za-z'’&-]*)*")


def _title_line(line: str) -> bool:
    """A line of one to twelve words and nothing else, all of them capitalised, with no stop
    after it: a title or a caption, not a line of wrapped prose (one word needs four letters)."""
    line = line.strip()
    if not _TITLE_WORDS.fullmatch(line) or len(line.split()) > 12:
        return False
    tokens = [t for t in re.findall(r"[A-Za-z][\w'’-]*", line) if t.lower() not in SMALL_WORDS]
    one = len(tokens) == 1 and len(tokens[0]) >= 4  # "Cost-Effectiveness", "Results"
    return (len(tokens) >= 2 or one) and all(t[0].isupper() for t in tokens)


def sentence_start(text: str, offset: int) -> int:
    """The start of the sentence (`claim_spans`) of a block that `offset` is in; -1 for
    none (between sentences: the offset belongs to the block)."""
    spans = [span for span in claim_spans(text) if span.start <= offset]
    return spans[-1].start if spans and offset < spans[-1].end else -1


def _quoted(text: str, span: Span) -> bool:
    """In a quotation attributed to someone: "He said: “...”", "According to Dr. Johnson:
    “...”", "“...” – Program participant". A quotation with no speaker (talking points in
    quotation marks) is the document's own claim."""
    for start, end in quotations(text):
        inside = start <= span.start < end or span.start <= start < span.end
        if inside and _attributed(text, start, end):
            return True
    return False


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in curly or straight double quotes (end exclusive; an
    unclosed one runs to the end of the block)."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        match = _OPENING.search(text, pos)
        if not match:
            return out
        closer = "”" if match.group(0) == "“" else '"'
        close = text.find(closer, match.end())
        end = len(text) if close < 0 else close + 1
        out.append((match.start(), end))
        pos = end


_OPENING = re.compile(r"[“\"]")
_SPEECH_VERB = (
    r"(?:said|says|noted|notes|explained|explains|recalled|added|adds|wrote|writes?|stated|"
    r"states|concluded|concludes|argued|argues|observed|observes|commented|remarked|told)"
)
_SPOKEN_AFTER = re.compile(
    r"[\s,.]*(?:[–—-]\s*[A-Z]|\(?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*\)?\s+" + _SPEECH_VERB + r"\b"
    r"|(?:the|his|her|their|one|an?)\s+(?:[\w-]+\s+){0,2}?(?:authors?|researchers?|"
    r"investigators?|reviewers?|team|study|report|review|paper|scientists?|experts?|speakers?|"
    r"director|chair|lead)\s+(?:also\s+)?" + _SPEECH_VERB + r"\b"
    r"|" + _SPEECH_VERB + r"\b)"
)


def _attributed(text: str, start: int, end: int) -> bool:
    """A speaker named before the quotation (in its sentence) or right after it."""
    before = text[max(0, start - 120) : start + 1]
    return bool(source_words.SPEECH.search(before) or _SPOKEN_AFTER.match(text, end))


# A reference with an italic title ending with its year: "National Academies ..., *Medications
# for Opioid Use Disorder Save Lives*, 2019".
# A reading list's quoted title with its year and venue: '"The Role of Meditation in
# Combating Drug Addiction: A Review" (2025, JAIMS)'.
_TITLED_ENTRY = re.compile(
    r"\*[^*\n]{3,}\*,?\s*(?:[^,*]{0,60},\s*)?(?:1[89]|20)\d\d[a-z]?\.?$"
    r'|^["“][^"“”\n]{10,}["”]\s*\((?:1[89]|20)\d\d[a-z]?(?:,\s*[^()\n]{1,60})?\)\.?$'
)
_ENTRY = re.compile(
    r"^(?:\[?\d{1,3}[.\])]\s*)?[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}|"
    r"^(?:\[?\d{1,3}[.\])]\s*)?[A-Z][\w'’-]+\s+(?:[A-Z]\.\s?){1,3}(?:,|&|and\b|\(\d{4})|"
    r"^(?:\[?\d{1,3}[.\])]\s*)?[A-Z][\w'’-]+\s[A-Z]{1,3},\s[A-Z][\w'’-]+\s[A-Z]{1,3}[,.]"
)
# Titles of works run together, each ending with its year: "Evidence for Peer Support, Mental
# Health America (2019) Revisiting the Rationale ..., Psychiatric Times (2018) Value of ...".
_WORKS_RUN_ON = re.compile(r"\((?:1[89]|20)\d\d\)\s+[A-Z]")


_ANNOTATION_LABEL = re.compile(
    r"^[ \t]*(?:Abstract|Conclusions?|Summary|Annotation|Findings|Key findings|Results|Notes?|"
    r"Comments?)[ \t]*:",
    re.MULTILINE,
)


def annotates_entry(text: str, offset: int) -> bool:
    """Whether `offset` lies in an annotation of a reference entry earlier in the block: a
    line shaped as an entry ("Bergeson, S. (n.d.) Cost effectiveness ...") followed by a
    line opening with a label ("Conclusion:", "Abstract:") before `offset`, as annotated
    bibliographies are laid out. What the annotation says is the entry's work's, not a
    claim of the document."""
    if not _ANNOTATION_LABEL.search(text, 0, offset):
        return False  # most blocks: no label, no annotation
    lines = list(_LINE_START.finditer(text, 0, offset))
    for line in reversed(lines):
        if _ENTRY.match(normalise_typography(text[line.start() : min(offset, line.start() + 200)])):
            label = _ANNOTATION_LABEL.search(text, line.end(), offset)
            return bool(label)
    return False


_LINE_START = re.compile(r"^", re.MULTILINE)


_CITATION_LABEL = re.compile(
    r"\A(?:suggested\s+)?(?:citation|cite\s+(?:this\s+article\s+)?as|how\s+to\s+cite)\s*:\s*", re.I
)


def is_entry(text: str) -> bool:
    """Whether a block is shaped as a reference-list entry ("Lawn, S., Smith, A. (2008). ..."),
    also after a label ("Citation: Conner KO, Gum AM, ... 2018", an article's own). An
    entry is under 1,200 characters: a page's text run on after an author-like title line
    ("Sells, D., Davidson, L., Jewell, C ... - Mental Health America\n...") is not one."""
    if len(text) > 1200:
        return False
    text = _CITATION_LABEL.sub("", normalise_typography(text).strip(), count=1)
    return bool(_ENTRY.match(text) or _TITLED_ENTRY.search(text))
