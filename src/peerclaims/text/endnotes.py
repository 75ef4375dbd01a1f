"""Endnote markers that text extraction fused to the word before them: "SUD.1", "ratesi".

A PDF or web page that marks its endnotes with superscripts loses the superscript when its
text is copied: the marker is left glued to the end of the clause it cites ("... of
SUD.1 The recent growth", "... readmission ratesi • Pierce County", "... for clientsxvii").
Arabic and lower-case roman numerals are read; precision first:

- an arabic marker follows a word of two or more letters and a closing punctuation mark
  (".", ",", ";", ":", a closing quote or bracket), and ends the clause: what follows is a
  line end, a bullet, a capital, or another clause. A decimal ("3.5"), a unit or chemical
  ("CO2", "m2"), an affiliation ("REPPER1", "2Connolly"), a "Fig.2" or a year
  ("in 2019.") is not one: the word before the punctuation must be letters, not a
  "Table"-like word, and the number is 1..999.
- an arabic marker may also stand before the clause's punctuation, glued to a lower-case
  word of four or more letters ("improve care outcomes4; however"), and several markers may
  be separated by spaces ("services.2 3 PRCs are"). Glued to such a word with no
  punctuation, a group of markers may stand anywhere ("psychiatric2,3,4 hospitalizations")
  and one marker where its clause ends ("... with their providers5" at a bullet's end). After
  a closing parenthesis that holds a word, a marker may stand anywhere ("(CSIs)2 have"), and
  a decade takes one as a word does ("until the 1920s.7 In the 1960s").
- a number set after a sentence's stop with a space: a group anywhere ("nationally. 3,4 The"),
  one at the end of its line ("... when they needed help. 5"), or one before the next
  sentence when a marker of the same block is numbered next to it ("older.6 ... older. 6
  Across"). After a comma, a marker glued to a word in a clause that goes on ("and trust,10
  and reducing"), on a line of prose.
- a roman marker (i..xxxix) is glued to a lower-case word of three or more letters, or to a
  full stop after one ("symptoms.i"), and ends its clause the same way. One that could end
  an English word ("taxi", "fix", "Hawaii") is taken only when another roman marker in the
  same text is within three of it (markers come in sequence: "ratesi" ... "yearii").
- a roman numeral standing alone after a word at the end of a clause ("... a coach iii"),
  unless the word names what it numbers ("phase iii", "type ii"), or after a sentence's stop
  with a space at the end of its line ("... providing the services. i").
"""

from __future__ import annotations

import re
from itertools import pairwise

from peerclaims.text.bylines import in_byline, in_credit, in_running_head
from peerclaims.text.citation_types import Citation, CitationKind
from peerclaims.text.patterns import LIST_BULLETS, word_set

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_ROMAN_RE = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
# What follows a marker: a capital, a bullet, a blank line or the end, across a line wrap.
_CLAUSE_END = (  # "... intensity.1 (SOR: B, ...)": a capitalised aside after the note
    rf"(?=\s*(?:\Z|[{re.escape(LIST_BULLETS)}]\s|[A-Z\"“‘]|\((?=[A-Z]))|[^\S\n]*\n[^\S\n]*\n)"
)
_ARABIC_RE = re.compile(
    r"(?<![\w/@.])(?P<word>[^\W\d_]{2,}|(?:1[6-9]|20)\d0s|(?:19|20)\d\d(?=\.))"
    r"(?P<punct>[.,;!?]?[”\"’')\]]?|[.,;!?]|[)\]”\"’][.,;!?])"
    r"(?P<num>[1-9]\d{0,2}(?:(?:,[^\S\n]?|[–-]|[^\S\n](?=[1-9]))[1-9]\d{0,2}){0,6})"
    rf"(?![\w.,/%]|\s*(?:%|percent\b|per\b)){_CLAUSE_END}"
)
# A marker glued to a lower-case word with the clause's punctuation after it ("improve care
# outcomes4; however"): the word is letters only, four or more of them ("mp3", "CO2",
# "Carpenter1," and "covid19" are not markers).
_BEFORE_PUNCT_RE = re.compile(
    r"(?<![\w/@.-])(?P<word>[a-z]{4,})(?P<num>[1-9]\d{0,2}(?:[,–-][1-9]\d{0,2}){0,6})"
    r"(?P<punct>[.;:,])(?=[^\S\n]+[a-zA-Z\"“]|\s*\n|\s*\Z)"
)
# A marker glued to a lower-case word with no punctuation: a group of numbers anywhere
# ("psychiatric2,3,4 hospitalizations", "illnesses4 6 and", "reviews8–12 supported", a
# justified PDF line's "effect19  21  23–25 and"), one
# number where the clause ends ("... providers5" at a line's or a bullet's end). One number
# inside a clause ("covid19 cases") is not one.
_GLUED_RE = re.compile(
    r"(?<![\w/@.-])(?P<word>[a-z]{4,})"
    r"(?:(?P<group>[1-9]\d{0,2}(?:(?:,|[–-]|[^\S\n]{1,2})[1-9]\d{0,2}){1,6})"
    rf"(?=\s|\Z)|(?P<num>[1-9]\d{{0,2}}){_CLAUSE_END})"
)
# A marker after a closing parenthesis that holds a word: "consumer/survivor initiatives
# (CSIs)2 have been providing", "posttraumatic stress disorder (PTSD)1-4. Veterans" (a
# statistic's bracket, "(n = 45)2", is none).
_AFTER_PAREN_RE = re.compile(
    r"(?<=[^\W\d_]{2}\))(?P<num>[1-9]\d{0,2}(?:[,–-][1-9]\d{0,2}){0,6})"
    r"(?=[^\S\n]+[a-z]|[^\S\n]*$|[.,;:](?:\s|$))",
    re.MULTILINE,
)
# A marker set after the sentence's stop with a space, before the next sentence: "... (SAMHSA).
# 1 This report", "... resilience.” 2 Peer-delivered", "... nationally. 3,4 The" (a report's
# text run onto one line). The stop follows a word, a bracket or a quotation mark.
_SPACED_RE = re.compile(
    r"(?:(?<=[^\W\d_]{2}[)\]][.!?])|(?<=[.!?][”\"’]))[^\S\n](?P<num>[1-9]\d{0,2}"
    r"(?=[^\S\n][A-Z][a-z])|[1-9]\d{0,2}(?:,[^\S\n]?[1-9]\d{0,2}){1,6}"
    r"(?=[^\S\n][A-Z][a-z]|[^\S\n]*(?:\n|\Z)))"
    # after a word's stop only a group ("nationally. 3,4 The"): "... support. 12 Services
    # were" may open a sentence with a count
    r"|(?<=[a-z]{3}[.!?])[^\S\n](?P<group>[1-9]\d{0,2}(?:,[^\S\n]?[1-9]\d{0,2}){1,6})"
    r"(?=[^\S\n][A-Z][a-z]|[^\S\n]*(?:\n|\Z))"
)
# One number set after a sentence's stop with a space, ending its line: "... their help. 5",
# "... than the ACT model.) 2" (a page's notes flattened with their markers).
_LINE_END_RE = re.compile(
    r"(?:(?<=[^\W\d_]{2}[.!?])|(?<=[^\W\d_]{2}\)[.!?])|(?<=[.!?][)\]”\"’]))"
    r"[^\S\n](?P<num>[1-9]\d{0,2})[^\S\n]*(?=\n|\Z)"
)  # (a word's square bracket before the stop is a statistic's label: "[one-tailed]. 12")
# A superscript extracted with a space on each side, before the clause's punctuation: "...
# and "mutual empowerment" 145 . This model", "... in the UK 146 , and" (prose puts no space
# before a stop or a comma).
_SPACED_PUNCT_RE = re.compile(
    r"(?<=[^\W\d_]{2}|[^\W\d_][”\")])[^\S\n](?P<num>[1-9]\d{0,2}(?:,[1-9]\d{0,2}){0,6})"
    r"[^\S\n](?=[.,;](?:\s|\Z|[…”\"]))"
)
_VALUE_WORDS = frozenset(
    "was were is are be of to than and or by about aged age at from in on with over under "
    "only nearly almost approximately n total".split()
)
# ... and one inside its clause ("ongoing globally 148 and"), taken only beside such markers
_SPACED_MID_RE = re.compile(r"(?<=[a-z]{3})[^\S\n](?P<num>[1-9]\d{0,2})[^\S\n](?=[a-z]{2,})")
# One number set after a word's stop ("... 50 or older. 6 Across all"), taken only beside
# markers numbered next to it: "... support. 12 Services were" may open a sentence with a count.
_SPACED_ONE_RE = re.compile(r"(?<=[a-z]{3}[.!?])[^\S\n](?P<num>[1-9]\d{0,2})(?=[^\S\n][A-Z][a-z])")
# In a document whose notes are plain (`RUN` markers or more), a marker glued to any word
# that is not all capitals, inside the clause: "follow- up21 and", "Nine17–25 out of 10 RCTs",
# "the British Armed Forces20 but", "RCTs45  46 addressing" (a code is in capitals: "PHQ9
# scores"); or after a stop that closes a bracket: "(see tables 2 and 3).16–26 Across".
RUN = 4
_GLUED_ANY_RE = re.compile(
    r"(?<![\w/@.-])(?P<word>[^\W\d_]*[a-z][^\W\d_]*)(?<=\w{2})"
    r"(?P<num>[1-9]\d{0,2}(?:(?:,|[–-]|[^\S\n]{1,2})[1-9]\d{0,2}){0,6})(?=[^\S\n]+[a-z])"
)
_AFTER_BRACKET_STOP_RE = re.compile(
    r"(?<=\w\)[.,;])(?P<num>[1-9]\d{0,2}(?:(?:,|[–-])[1-9]\d{0,2}){0,6})(?=\s)"
)
# One number glued to a word inside a clause ("... about their problems2 and mental health
# concerns.3"), taken only beside markers numbered next to it: "covid19 cases" is none.
_GLUED_ONE_RE = re.compile(r"(?<![\w/@.-])(?P<word>[a-z]{4,})(?P<num>[1-9]\d?)(?=[^\S\n]+[a-z])")
# A marker glued to a comma or a semicolon inside a clause that goes on: "... empathy, hope, and
# trust,10 and reducing social isolation", "... serious mental illness (SMI),1 the health care
# systems", "... in England since 2010;1 it is estimated" (in prose: "peer,10,20" on a data line
# is none, and a reference's "2010;61:" has no space after its volume).
_COMMA_RE = re.compile(
    r"(?<![\w/@.-])(?P<word>[^\W\d_]{3,}|(?:19|20)\d\d(?=;))\)?[,;]"
    r"(?P<num>[1-9]\d{0,2}(?:(?:,[^\S\n]?|[–-])[1-9]\d{0,2}){0,6})(?=[^\S\n]+[a-z])"
)
_FUSED_ROMAN_RE = re.compile(
    rf"(?<![\w/@.])(?P<word>[a-z]{{3,}}?)(?P<punct>\.?)(?P<num>[ivx]{{1,6}})(?![\w.]){_CLAUSE_END}"
)
_ALONE_ROMAN_RE = re.compile(
    rf"(?<=[a-z]{{3}})(?P<gap>(?:[^\S\n]|\n(?![^\S\n]*\n))+)(?P<num>(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)){_CLAUSE_END}"
)
# ... or set after the sentence's stop with a space, ending its line: "... the people providing
# the services. i", "... substance abuse disorders.\" ii" (a page's superscripts flattened)
_SPACED_ROMAN_RE = re.compile(
    r"(?:(?<=[^\W\d_]{2}[.!?])|(?<=[^\W\d_][.!?][”\"’]))[^\S\n]"
    r"(?P<num>x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})[^\S\n]*(?=\n|\Z)"
)
_STOP = word_set(
    """
    table tables figure figures fig step steps phase phases item items question questions
    equation eq model models grade level levels type types stage stages version chapter
    chapters section sections part parts appendix option line page pages vol volume no number
    class schedule title article book war act tier wave cohort trial arm round year
    age aged ages under over top covid sars ipv mp pp p ch ref refs note notes footnote
    """
)
# what a document numbers in its own parts, named with a stop before the number ("Table.3",
# "p.14"); "Act.14" or "cohort.3" ends a sentence on its note
_PARTS = word_set(
    """
    table tables figure figures fig step steps phase phases item items question questions
    equation eq section sections chapter chapters part parts appendix page pages line option
    version no number vol volume p pp ch ref refs note notes footnote mp
    """
)
_DEGREES = word_set("phd md scd ma ms msc bsc ba bs msw mph rn lcsw psyd edd drph dphil mba jd")
_WORDS_ENDING_ROMAN = word_set("hawaii radii genii pompeii kiev tbilisi")
_MAX = 999  # a guideline numbers its notes into the hundreds ("peers.357")


def roman_value(s: str) -> int | None:
    """The value of a lower-case roman numeral of i, v and x (1..39), or None."""
    if not s or not _ROMAN_RE.fullmatch(s):
        return None
    total = 0
    for k, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[s[k + 1]] if k + 1 < len(s) else 0
        total += -v if nxt > v else v
    return total or None


def _expand(nums: str) -> tuple[int, ...] | None:
    out: list[int] = []
    for part in re.split(r"[,\s]+", nums.strip()):
        ends = [int(x) for x in re.split(r"[–-]", part)]
        if len(ends) == 2 and not 0 < ends[1] - ends[0] <= 50:
            return None
        out.extend(range(ends[0], ends[-1] + 1))
    if not out or any(not 0 < n <= _MAX for n in out):
        return None
    return tuple(out)


def _arabic(text: str) -> list[Citation]:
    out = []
    for m in _BEFORE_PUNCT_RE.finditer(text):
        nums = _expand(m.group("num"))
        if nums and m.group("word") not in _STOP:
            s, e = m.start("num"), m.end("num")
            out.append(Citation(CitationKind.NUMBERED, text[s:e], s, e, (), nums))
    for m in _GLUED_RE.finditer(text):
        nums = _expand(m.group("group") or m.group("num"))
        if nums and list(nums) != sorted(set(nums)):
            continue  # notes are cited in order: "illnesses4 6", "reviews8–12", not "ages12 9"
        if m.group("num") and not _in_prose(text, m.start()):
            continue  # "Provided by: mfar8": a label's value, a user name
        if nums and m.group("word") not in _STOP:
            s, e = m.end("word"), m.end()
            out.append(Citation(CitationKind.NUMBERED, text[s:e], s, e, (), nums))
    out.extend(
        Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), nums)
        for m in _AFTER_PAREN_RE.finditer(text)
        if (nums := _expand(m.group("num")))
    )
    for m in _SPACED_PUNCT_RE.finditer(text):
        before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 30) : m.start()])
        if before and before[-1].lower() in _VALUE_WORDS:
            continue  # "The age was 45 , and": a value in text spaced by extraction
        if nums := _expand(m["num"]):
            out.append(Citation(CitationKind.NUMBERED, m["num"], *m.span("num"), (), nums))
    for m in _SPACED_RE.finditer(text):
        key = "num" if m["num"] else "group"
        if nums := _expand(m[key]):
            out.append(Citation(CitationKind.NUMBERED, m[key], m.start(key), m.end(key), (), nums))
    for m in _COMMA_RE.finditer(text):
        prose = _in_prose(text, m.start("num")) and m["word"].lower() not in _STOP
        if prose and (nums := _expand(m["num"])):
            out.append(Citation(CitationKind.NUMBERED, m["num"], *m.span("num"), (), nums))
    for m in _ARABIC_RE.finditer(text):
        word, punct = m.group("word"), m.group("punct")
        if not punct or (word.lower() in _STOP and (punct[0] != "." or word.lower() in _PARTS)):
            continue  # "Table 3", "p.14"; "... in the Affordable Care Act.14" ends a sentence
        if word.lower() in _DEGREES:
            continue  # "Gregory B. Teague, PhD;2": an author's affiliation in a byline
        if word.isdigit() and not _in_prose(text, m.start()):
            continue  # "In 2019.5 The year": a decimal; "... deaths in 2019.3 Despite": a note
        if punct[0] in ",;:" and re.match(r"[,–-]?\d", text[m.end() :]):
            continue
        nums = _expand(m.group("num"))
        if nums:
            s, e = m.start("num"), m.end("num")
            out.append(Citation(CitationKind.NUMBERED, text[s:e], s, e, (), nums))
    for m in _LINE_END_RE.finditer(text):
        word = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 30) : m.start()])
        closed = text[m.start() - 1] in ')]”"’'  # "... the ACT model.) 2": a bracket closed
        if word and (closed or word[-1].lower() not in _STOP):
            n = int(m["num"])
            out.append(Citation(CitationKind.NUMBERED, m["num"], *m.span("num"), (), (n,)))
    return out + _beside_their_run(text, out)


def glued_in_run(text: str, seen: set[int]) -> list[Citation]:
    """Markers glued to any word, or after a bracket's stop, in a document whose notes are
    plain: `seen` holds `RUN` or more numbers found already; each new one is no further than
    30 past the highest and cited in order ("... follow- up21 and", "(see tables 2 and
    3).16–26 Across")."""
    if len(seen) < RUN:
        return []
    out = []
    for m in [*_GLUED_ANY_RE.finditer(text), *_AFTER_BRACKET_STOP_RE.finditer(text)]:
        nums = _expand(m["num"])
        if (
            nums
            and list(nums) == sorted(set(nums))
            and nums[-1] <= max(seen) + 30
            and m.groupdict().get("word", "").lower() not in _STOP
            and _in_prose(text, m.start())
            and not any(f(text, m.start()) for f in (in_byline, in_credit, in_running_head))
        ):  # "Kimberley Anderson1, Neelam Laxhman2 and Stefan Priebe2*": affiliations
            out.append(Citation(CitationKind.NUMBERED, m["num"], *m.span("num"), (), nums))
    return sorted(out, key=lambda c: c.start)


def _beside_their_run(text: str, out: list[Citation]) -> list[Citation]:
    """Single numbers after a stop or glued inside a clause, taken beside a marker numbered
    next to them: one of `out`, or another such number ("the first1 focusing on ..., the
    second2 a fuller account": two in a row, in order, within a few lines, glued to different
    words)."""
    near = {n + d for c in out for n in c.numbers for d in (-1, 0, 1)}
    spaced = any(text[c.end : c.end + 1] == " " == text[c.start - 1 : c.start] for c in out)
    weak = []
    for m in sorted(
        [*_SPACED_ONE_RE.finditer(text), *_GLUED_ONE_RE.finditer(text)]
        + (list(_SPACED_MID_RE.finditer(text)) if spaced else []),
        key=lambda m: m.start(),
    ):
        word = m.groupdict().get("word", "")
        if word.lower() not in _STOP and not any(c.start == m.start("num") for c in out):
            weak.append(
                Citation(CitationKind.NUMBERED, m["num"], *m.span("num"), (), (int(m["num"]),))
            )
    paired = {
        k
        for i, (a, b) in enumerate(pairwise(weak))
        if b.numbers[0] == a.numbers[0] + 1
        and b.start - a.end < 400
        and _stem(text, a) != _stem(text, b)
        for k in (i, i + 1)
    }
    return [c for i, c in enumerate(weak) if c.numbers[0] in near or i in paired]


def _stem(text: str, c: Citation) -> str:
    """The word a marker is glued to ("alpha1" and "alpha2" name a series, not notes)."""
    m = re.search(r"[^\W\d_]*\Z", text[max(0, c.start - 30) : c.start])
    return m.group() if m else ""


def _in_prose(text: str, at: int) -> bool:
    """Whether three or more words come before `at` on its line, or its line goes on a line of
    prose in the same paragraph (a PDF's column wraps "... to firearms\nand medications,18
    safety planning"), and no label's colon is before it on its line."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if ":" in before:
        return False
    if len(before.split()) >= 3:
        return True
    if start < 2 or text[start - 2] == "\n":
        return False  # the first line of its paragraph
    previous = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return len(previous.split()) >= 5 and not previous.endswith(":")


def _split_roman(word: str, tail: str) -> tuple[str, str] | None:
    """(stem, numeral): the longest roman suffix of word+tail that leaves a 3-letter stem."""
    whole = word + tail
    for k in range(max(3, len(whole) - 6), len(whole)):
        if roman_value(whole[k:]) is not None:
            return whole[:k], whole[k:]
    return None


def _roman(text: str) -> list[Citation]:
    strong: list[tuple[int, int, int]] = []  # (start, end, value)
    weak: list[tuple[int, int, int]] = []
    for m in _FUSED_ROMAN_RE.finditer(text):
        if m.group("punct"):
            stem, numeral = m.group("word"), m.group("num")
        else:
            split = _split_roman(m.group("word"), m.group("num"))
            if split is None:
                continue
            stem, numeral = split
        value = roman_value(numeral)
        if value is None:
            continue
        start = m.end() - len(numeral)
        item = (start, m.end(), value)
        english = (
            len(numeral) == 1 or numeral in ("ix", "xi") or stem + numeral in _WORDS_ENDING_ROMAN
        )
        (weak if english and not m.group("punct") else strong).append(item)
    for m in _ALONE_ROMAN_RE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        value = roman_value(m.group("num"))
        if value and before and before[-1].lower().strip(".,") not in _STOP:
            strong.append((m.start("num"), m.end("num"), value))
    for m in _SPACED_ROMAN_RE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before[-1].lower().strip('.,!?”"’') in _STOP:
            continue  # "... see Table. iv": what the document numbers in its own parts
        if value := roman_value(m["num"]):
            strong.append((m.start("num"), m.end("num"), value))
    values = [v for _, _, v in strong]
    kept = strong + [w for w in weak if any(0 < abs(w[2] - v) <= 3 for v in values)]
    return [Citation(CitationKind.NUMBERED, text[s:e], s, e, (), (v,)) for s, e, v in sorted(kept)]


def fused_endnotes(text: str) -> list[Citation]:
    """Endnote markers fused to the preceding word: arabic ("SUD.1") and roman ("ratesi")."""
    return sorted(_arabic(text) + _roman(text), key=lambda c: c.start)
