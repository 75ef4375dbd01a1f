"""LaTeX in .bib values decoded to plain Unicode text, in time linear in the value's length.

Accents, special letters and escapes (most of the LaTeX in real files) are decoded here;
anything else goes to pylatexenc, which is quadratic in its input, so a long value is cut at
spaces into short pieces first, and past a budget its commands are dropped, not decoded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

_LATEX_HINT = re.compile(r"[\\{}~$]")

# Commands that print nothing, used in .bib files to steer sorting:
# `{\noopsort{1973b}}1973` is the year 1973.
_NOOP = re.compile(r"\\(?:noopsort|sortnoop|SortNoop|noop)\s*\{[^{}]*\}")
# Ligatures and quotes pylatexenc turns into characters, outside commands.
_SPECIALS = re.compile(r"---|--|``|''|\?`|!`|~")
_SPECIAL_TEXT = {"---": "—", "--": "–", "``": "“", "''": "”", "?`": "¿", "!`": "¡", "~": " "}
_UNESCAPED = re.compile(r"(?<!\\)[%&]")
_TOKEN = re.compile(r"\\(?:[A-Za-z@]+|.)|[{}$]|\s+", re.DOTALL)
_CONTROL_WORD = re.compile(r"\\[A-Za-z@]+\*?")
_CONTROL_SYMBOL = re.compile(r"\\(.)", re.DOTALL)
CHUNK = 400  # characters: long values are decoded piece by piece, split at spaces
MAX_PIECE = 10_000  # a longer piece (no space to split at) is not given to pylatexenc
LATEX_BUDGET = 64_000  # characters of one value given to pylatexenc; the rest decoded plainly


@lru_cache(maxsize=4096)
def decode_latex(value: str) -> str:
    """Decode LaTeX accents, escapes and grouping braces to plain Unicode text.

    `%` and `&` are text here (a value is not typeset). Long values are decoded in
    pieces split at spaces outside math and after no command, each closed and reopened
    at its brace depth, so time grows linearly with length (pylatexenc alone is
    quadratic); pieces without a backslash or `$` skip pylatexenc altogether. Past
    LATEX_BUDGET characters of one value, or in a piece of over MAX_PIECE characters with
    no space to split at, commands are dropped rather than decoded.
    """
    if not _LATEX_HINT.search(value):
        return " ".join(value.split())
    value = _NOOP.sub("", value)
    if "\\" not in value and "$" not in value:
        return " ".join(unicodedata.normalize("NFC", _plain(value)).split())
    budget = LATEX_BUDGET
    parts = []
    for piece in _pieces(value):
        if "\\" not in piece and "$" not in piece:
            parts.append(_plain(piece))
        elif (accented := _accents_only(piece)) is not None:
            parts.append(accented)
        elif len(piece) <= min(budget, MAX_PIECE):
            budget -= len(piece)
            parts.append(_latex(piece))
        else:  # a piece too long to split (no spaces), or the budget is spent
            parts.append(_plain(_drop_commands(piece)))
    return " ".join(unicodedata.normalize("NFC", " ".join(parts)).split())


def _pieces(value: str) -> Iterator[str]:
    """`value` cut at spaces into pieces of about CHUNK characters, each with balanced braces."""
    if len(value) <= CHUNK:
        yield value
        return
    start, depth, opened, math, after_word = 0, 0, 0, False, False
    for token in _TOKEN.finditer(value):
        text = token.group()
        if text[0].isspace():
            if token.start() - start >= CHUNK and not math and not after_word:
                close = max(depth, 0)
                yield "{" * opened + value[start : token.start()] + "}" * close
                start, opened = token.end(), close
            after_word = False
            continue
        after_word = text[0] == "\\" and text[1:2].isalpha()
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
        elif text == "$":
            math = not math
    yield "{" * opened + value[start:]


def _plain(text: str) -> str:
    """What pylatexenc makes of text without commands or math: ligatures, no braces."""
    return _SPECIALS.sub(lambda m: _SPECIAL_TEXT[m.group()], text).replace("{", "").replace("}", "")


# Accents, special letters and escapes: most of the LaTeX in real .bib files, decoded here as
# pylatexenc does (tests/corpus/test_bib_decode.py compares the two), and far faster.
_MARKS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
_SPACE = r"[ \t]*(?:\n[ \t]*)?"  # what TeX skips after a command word: spaces, one line end
_SPACES = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_BASE = r"(\\[ij](?![A-Za-z])" + _SPACE + r"|[A-Za-z])"
_ONE_COMMAND = re.compile(
    r"\\(?:([`'^\"~=.])" + _SPACE + r"(?:\{" + _BASE + r"\}|" + _BASE + r")"  # \'e \'{e}
    r"|([uvHckrdb])(?![A-Za-z])(?:" + _SPACE + r"\{" + _BASE + r"\}|" + _SPACES + _BASE + r")"
    r"|(ss|ae|AE|oe|OE|aa|AA|[ijoOlL])(?![A-Za-z])"
    + _SPACE  # \ss \o
    + r"|([&%#_ ])"  # \& \%
    + r"|([A-Za-z]+|.))",  # anything else: leave the piece to pylatexenc
    re.DOTALL,
)
_LETTERS = {
    "i": "ı",
    "j": "ȷ",
    "o": "ø",
    "O": "Ø",
    "l": "ł",
    "L": "Ł",
    "ss": "ß",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
}
_MATH = re.compile(r"(?<!\\)\$")


class _Other(Exception):
    """A command the quick decoder does not know."""


def _one_command(match: re.Match[str]) -> str:
    mark, braced, bare, letter_mark, letter_braced, letter_bare, letter, escape, other = (
        match.groups()
    )
    if other is not None:
        raise _Other
    if letter is not None:
        return _LETTERS[letter]
    if escape is not None:
        return escape
    base = (braced or bare or letter_braced or letter_bare).strip()
    return base[-1] + _MARKS[mark or letter_mark]  # an accented \i or \j is a plain i or j


def _accents_only(text: str) -> str | None:
    """`text` decoded if its only commands are accents, special letters and escapes."""
    if _MATH.search(text):
        return None
    try:
        out = _ONE_COMMAND.sub(_one_command, text)
    except _Other:
        return None
    return None if "\\" in out else _plain(out)  # a backslash at the very end is left


def _drop_commands(text: str) -> str:
    text = _CONTROL_WORD.sub("", text)
    return _CONTROL_SYMBOL.sub(lambda m: m.group(1) if m.group(1) in "%&$#_{} " else "", text)


_DECODER: Any = None


def _latex(text: str) -> str:
    global _DECODER
    if _DECODER is None:
        from pylatexenc.latex2text import LatexNodes2Text  # imported lazily: slow to import

        _DECODER = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
    try:
        return str(_DECODER.latex_to_text(_UNESCAPED.sub(r"\\\g<0>", text)))
    except Exception:  # pylatexenc raises assorted errors on odd input; fall back to raw text
        return text.replace("{", "").replace("}", "")
