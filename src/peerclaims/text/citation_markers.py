"""Citations marked by number: "(9-12)", "[3]", "[^2]", "[iii]", "¹⁻³", and footnote marks.

Vague mentions (an author without a year) are in `vague_citations`, group authors with their
abbreviation in `group_authors`.
"""

from __future__ import annotations

import re

from peerclaims.text.citation_types import Citation, CitationKind
from peerclaims.text.endnotes import roman_value
from peerclaims.text.enumerations import enumerated
from peerclaims.text.patterns import (
    LINE_BULLETS,
    word_set,
)

_NUM = r"[1-9]\d{0,2}"
_NUM_LIST = rf"{_NUM}(?:\s*[-–‐—]\s*{_NUM})?(?:\s*[,;]\s*{_NUM}(?:\s*[-–‐—]\s*{_NUM})?)*"
NUM_LIST_RE = re.compile(_NUM_LIST)
# "[3]", not "![3]" (an image) or "[3](url)" / "[3]: url" (a link); "]" before or "[" after
# only in a run of numbered brackets ("[1][2]"), not a reference-style link "[text][1]".
# a bracket glued to a word of letters counts ("chronic diseases[4]and": web text that lost
# its spaces); glued to a digit, an underscore or "!" (an image) it does not ("x_1[2]"),
# except to a year, as encyclopedia text gives it ("described by Solomon in 2004[2]")
_BRACKET_RE = re.compile(
    rf"(?:(?<![\d_!])|(?<=(?<![\w.,])(?:1[6-9]|20)\d\d))\[\s*({_NUM_LIST})\s*\]"
    r"(?![(=]|:[^\S\n]*(?:<|https?:|www\.|/|\Z))"  # not a link's definition "[3]: https://..."
)
# four digits in brackets: a range whose dash was lost ("[1315]"), read by `_lost_dash`
_FOUR_DIGITS_RE = re.compile(r"(?<![\d_!])\[(\d{4})\](?![(=])")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
_NUMBERED_BEFORE_RE = re.compile(rf"\[\s*{_NUM_LIST}\s*\]\Z")
_NUMBERED_AFTER_RE = re.compile(rf"\[\s*{_NUM_LIST}\s*\]")
# A roman endnote in brackets after the clause's punctuation, as word-processor notes reach a
# web page: "... substance use disorders.[iii]" (not "a[i]", nor a checkbox "- [x]").
_ROMAN_BRACKET_RE = re.compile(r"(?<=[.,;:!?)\"”’])\[(?P<num>[ivx]{1,6})\](?![(:=\[])")
# A Markdown footnote reference "[^2]" (its definition "[^2]: ..." opens a line).
_FOOTNOTE_RE = re.compile(r"\[\^(\d{1,3})\](?!:)")
_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RE = re.compile(rf"(?<=[^\W\d_]|[.,;:)\]”\"’])[{_SUP_DIGITS}]+(?:[,⁻\-–][{_SUP_DIGITS}]+)*")
_SUP_TRANS = str.maketrans(_SUP_DIGITS + "⁻", "0123456789-")
_VOLUME_TAIL_RE = re.compile(r"(?<![\d.,])\d{1,3}\*?\Z")
_NUMBER_STOP = word_set(
    """
    table tables figure figures fig step steps phase phases item items question questions
    equation eq model models grade level type stage version chapter section part appendix
    option line page vol volume no number range ranges score scores
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand
    """
)


# --------------------------------------------------------------------------- numbered


def _expand(nums: str) -> tuple[int, ...] | None:
    """Reference numbers in "1, 4-6" form, or None when implausible."""
    out: list[int] = []
    for part in re.split(r"\s*[,;]\s*", nums.strip()):  # "(5;6)" as Vancouver's variants write it
        ends = [int(x) for x in re.split(r"\s*[-–‐—⁻]\s*", part)]
        if len(ends) == 2 and not 0 < ends[1] - ends[0] <= 50:
            return None
        out.extend(range(ends[0], ends[-1] + 1))
    if any(not 0 < n <= 300 for n in out):
        return None
    return tuple(out)


def _line_prefix(text: str, pos: int) -> str | None:
    """Text between the start of pos's line and pos, or None when the line starts >80 back."""
    lo = max(0, pos - 80)
    nl = text.rfind("\n", lo, pos)
    if nl < 0 and lo > 0:
        return None
    return text[nl + 1 : pos]


def _wrapped_here(text: str, pos: int, end: int) -> bool:
    """A group opening a line that continues a sentence: the line before ends mid-sentence
    (a letter or a comma) and no capital follows the group ("hope rises\n(4-6) in the")."""
    before = text[:pos].rstrip(" \t\xa0")
    if not before.endswith("\n") or before.endswith("\n\n"):
        return False
    last = before.rstrip()
    after = text[end : end + 3].lstrip(" \t\xa0")
    return bool(last) and (last[-1].isalpha() or last[-1] == ",") and not after[:1].isupper()


# the words of _NUMBER_STOP written abbreviated, with a full stop before their number
_ABBREVIATED = frozenset({"fig", "eq", "vol", "no", "p", "pp", "ch", "sec", "tab"})


_PROSE_YEAR_RE = re.compile(r"[^\W\d_]{2,}[^\S\n]+(?:1[6-9]|20)\d\d\Z")  # "Solomon in 2004"


def _number_context_ok(text: str, pos: int, end: int | None = None) -> bool:
    """False for list markers, enumerations, journal volumes and "Table 3"-like uses."""
    prefix = _line_prefix(text, pos)
    at_line_start = prefix is not None and not prefix.strip(" \t\xa0" + LINE_BULLETS)
    if at_line_start and (prefix or end is None or not _wrapped_here(text, pos, end)):
        return False  # a list marker, unless a wrapped line put it there
    tail = text[max(0, pos - 40) : pos].rstrip()
    if end is not None and text[pos - 1 : pos + 1] == ":[" and _LINE_END.match(text, end):
        lead = text[max(text.rfind("\n", 0, pos) + 1, pos - 200) : pos]  # "... the following:[1]"
        return len(lead.split()) >= 3  # over a list: its lead-in's note; "Note:[1]" a label's
    if not tail or tail.endswith(":") or _VOLUME_TAIL_RE.search(tail):
        return False  # an enumeration; "57 (8)": a volume and issue
    glued = tail[-1].isdigit() and len(tail) == pos - max(0, pos - 40)
    if glued and not (text.startswith("[", pos) and _PROSE_YEAR_RE.search(tail)):
        return False  # "0149-7189(95)00003-T", "2019(4):CD010880": an identifier or issue
    last = tail.split()[-1].lower()
    if last.endswith(".") and last.rstrip(".") not in _ABBREVIATED:
        return True  # "... acute treatment phases.[2]": the sentence ended, "Fig. 3" did not
    if text.startswith("[", pos) and len(last) > 3 and last.endswith("s") and last[-2] != "s":
        return True  # "pro-social models [4]": a plural names no numbered thing
    closes = end is not None and text[end : end + 1] in (".", ";", ",")
    if text.startswith("[", pos) and closes and not last.endswith("."):
        return True  # "on the federal level [2].": the clause ends on the note, "phase [2] of" not
    return last.strip(".") not in _NUMBER_STOP


def _lost_dash(digits: str) -> tuple[int, ...] | None:
    """A range whose dash extraction lost, as "[911]" for 9-11 and "[1315]" for 13-15: the one
    split of three digits into an ascending range of at most 50 (a number over 300 is no
    reference), or of four that are no year."""
    if not digits.isdigit() or len(digits) not in (3, 4) or int(digits) <= 300:
        return None
    if len(digits) == 4 and 1600 <= int(digits) <= 2099:
        return None  # "[2019]": a year
    ranges = [
        (int(digits[:k]), int(digits[k:]))
        for k in range(1, len(digits))
        if digits[k] != "0" and 0 < int(digits[k:]) - int(digits[:k]) <= 50
    ]
    return tuple(range(ranges[0][0], ranges[0][1] + 1)) if len(ranges) == 1 else None


def numbered_paren(text: str, o: int, c: int) -> Citation | None:
    """A numbered citation "(9-12)" at text[o:c], or None."""
    inner = text[o + 1 : c - 1].strip()
    if not NUM_LIST_RE.fullmatch(inner) or not _number_context_ok(text, o, c):
        return None
    if (c < len(text) and text[c].isalnum()) or re.match(r"[^\S\n]*[=<>]", text[c : c + 3]):
        return None  # "S0140-6736(18)31470-3": an identifier; "t(1,149) = 8.23": a statistic
    before = text[max(0, o - 3) : o].rstrip()
    if before.endswith("%") or re.match(r"[^\S\n]+of\b", text[c : c + 4]):
        return None  # "17% (8)", "More than half (18) of the studies": a count
    if before.endswith((";", ",")) and re.match(r"\s*[^\W\d_]", text[c : c + 3]):
        return None  # "...; (2) establish a corps": an enumeration in running text
    if inner.isdigit() and enumerated(text, int(inner), c):
        return None  # "We evaluated (1) whether ... and (3) whether": an enumeration
    nums = _expand(inner)
    return Citation(CitationKind.NUMBERED, text[o:c], o, c, (), nums) if nums else None


# A footnote mark after a sentence's stop: "States saw an 11% decrease in outpatient usage.*"
# (fact sheets and service pages mark their figures' source so). After a stop it is neither
# a significance star ("0.42*") nor the opening of emphasis, which a space never follows; the
# close of emphasis opened earlier on its line ("**Evidence base.**") is not one either.
_MARK_RE = re.compile(r"(?<=[.!?)\"”])(?:\*{1,3}|[†‡])(?=[^\S\n]*(?:\n|\Z)|[^\S\n]+[A-Z])")


def footnote_marks(text: str) -> list[Citation]:
    """Asterisk and dagger footnote marks after a sentence's stop: numbered citations with
    no number (they point to a footnote, not to a numbered list)."""
    out = []
    for m in _MARK_RE.finditer(text):
        if m.group().startswith("*") and _emphasis_open(text, m.start()):
            continue  # "**Evidence base.**", "*“... am alive!”*": the close of emphasis
        out.append(Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), ()))
    return out


_STAR_RUN = re.compile(r"\*+")


def _emphasis_open(text: str, at: int) -> bool:
    """Whether emphasis opened earlier in the paragraph is still open at `at`: an asterisk
    run before a non-space opens it, the next run after a non-space closes it."""
    start = text.rfind("\n\n", 0, at) + 1
    depth = 0
    for run in _STAR_RUN.finditer(text, start, at):
        after = text[run.end() : run.end() + 1]
        before = text[run.start() - 1 : run.start()] if run.start() else ""
        if depth and before and not before.isspace():
            depth -= 1  # a close
        elif after and not after.isspace():
            depth += 1  # an open
    return depth > 0


def bracketed(text: str) -> list[Citation]:
    """Numbered citations in square brackets."""
    out: list[Citation] = []
    for m in (*_BRACKET_RE.finditer(text), *_FOUR_DIGITS_RE.finditer(text)):
        at = m.start()
        while at > 0 and text[at - 1] in " \t":  # spaces between brackets: "[9] [10]"
            at -= 1
        run = at > 0 and text[at - 1] == "]"  # "[1][2]", "[9] [10]"
        if run and not _NUMBERED_BEFORE_RE.search(text, max(0, at - 40), at):
            continue
        if text.startswith("[", m.end()) and not _NUMBERED_AFTER_RE.match(text, m.end()):
            continue
        nums = _expand(m.group(1)) or _lost_dash(m.group(1).strip())
        if not nums or not (run or _number_context_ok(text, m.start(), m.end())):
            continue
        if run and out and out[-1].end == at:  # "[1][4]", "[9] [10]": one group of markers
            prev = out.pop()
            nums = (*prev.numbers, *(n for n in nums if n not in prev.numbers))
            out.append(
                Citation(
                    CitationKind.NUMBERED, text[prev.start : m.end()], prev.start, m.end(), (), nums
                )
            )
        else:
            out.append(Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), nums))
    out.extend(  # "... disorders.[iii]": roman endnotes
        Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), (value,))
        for m in _ROMAN_BRACKET_RE.finditer(text)
        if (value := roman_value(m["num"]))
    )
    for m in _FOOTNOTE_RE.finditer(text):  # "[^2]: ..." (a definition) is not matched
        nums = _expand(m.group(1))
        if nums:
            out.append(Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), nums))
    return out


def _short_word_before(text: str, pos: int) -> bool:
    """True when a word of one or two letters ends at pos (a unit: "m²", "km²")."""
    n = 0
    while n < 3 and pos - n > 0 and text[pos - n - 1].isalpha():
        n += 1
    return 0 < n < 3 and (pos - n == 0 or not text[pos - n - 1].isalpha())


def superscripts(text: str) -> list[Citation]:
    """Numbered citations written with superscript digits."""
    out: list[Citation] = []
    for m in _SUP_RE.finditer(text):
        if _short_word_before(text, m.start()):
            continue
        nums = _expand(m.group().translate(_SUP_TRANS))
        if nums:
            out.append(Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), nums))
    return out
