"""UK → US spelling folding for search: "hospitalisation" and "hospitalization" index alike.

Applied to the indexed text and to the query, so either spelling finds both. Each rule maps
one word to one word of ASCII letters (the letters change, never the separators), so the
folded text has exactly the tokens of the original at the same positions: the index holds
the folded words while snippets show the words as written. A small fixed mapping, no
dictionary and no network; docs/commands.md ("search") lists the families:

- `-ise`, `-ised`, `-ising`, `-iser`, `-isation`, `-isable` → `-ize`, … (organise, randomised,
  hospitalisation), except words spelt `-ise` in the US too (advise, exercise, expertise,
  promise, supervise, surprise, otherwise, …); `-yse` → `-yze` (analyse, paralyse);
- `-our` → `-or` in its word family (behaviour, colour, favour, honour, labour, neighbour,
  humour, rumour, tumour, vigour, odour, …), never in four, hour, journal or course;
- `-re` → `-er` (centre, fibre, litre, metre, theatre); `-ence` → `-ense` (defence, licence,
  offence, pretence);
- Greek `ae`/`oe` (paediatric, haemorrhage, anaemia, anaesthesia, oestrogen, oedema,
  diarrhoea, foetal, gynaecology, coeliac);
- the doubled `l` (counselling, counsellor, modelling, labelled, travelled, cancelled),
  enrolment, fulfilment, skilful, wilful, instalment;
- single words: programme → program, ageing → aging, judgement → judgment,
  acknowledgement → acknowledgment, practise → practice, grey → gray, sceptic → skeptic,
  catalogue → catalog;
- and one word family the Porter stemmer keeps apart: reduction(s) → reduce(s).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["us_spelling", "us_word"]

_C = "[b-df-hj-np-tv-z]"  # a consonant (y included)
_ISE_KEEP = frozenset(
    {  # stems of words spelt -ise in the US too
        "expert",
        "advert",
        "chast",
        "treat",
        "mort",
        "merchand",
        "parad",
        "comprom",
        "dem",
        "prem",
        "surm",
        "prom",
        "den",
        "val",
        "cer",
        "prec",
        "imprec",
        "conc",
        "exc",
        "inc",
        "circumc",
        "exerc",
        "pract",
    }
)
_ISE_KEEP_END = ("w", "v", "pr", "ch")  # -wise, -vise, -prise, -chise: never -ize
_ISE = re.compile(rf"([a-z]{{2,}}{_C})is(e|es|ed|ing|er|ers|ation|ations|ational|able)")
Replacement = str | Callable[[re.Match[str]], str]
_PAIRS: tuple[tuple[str, Replacement], ...] = (
    (r"(anal|paral|catal|dial|electrol|hydrol)ys(e|ed|ing|er|ers)", r"\1yz\2"),
    (
        r"([a-z]*)(behavi|col|fav|hon|lab|neighb|hum|rum|vig|harb|od|savi|sav|endeav|flav|arm|tum"
        r"|val|rig|vap|clam|cand|ard|splend|ferv|parl|demean|enam)our([a-z]*)",
        r"\1\2or\3",
    ),
    (
        r"([a-z]*)(cent|fib|lit|met|theat|calib|somb|spect|lust|meag|sab)re(s|d)?",
        lambda m: m.group(1) + m.group(2) + {"s": "ers", "d": "ered"}.get(m.group(3) or "", "er"),
    ),
    (r"(def|off|lic|pret)ence(s)?", r"\1ense\2"),
    (
        r"(counsel|model|label|travel|cancel|signal|fuel|level|channel|total|marshal|tunnel|jewel"
        r"|dial|equal|funnel|quarrel|rival|shovel|duel)l(ed|ing|er|ers|or|ors)",
        r"\1\2",
    ),
    (r"(enrol|fulfil)(s|ment|ments)?", r"\1l\2"),
    (r"(skil|wil)ful(ly|ness)?", r"\1lful\2"),
    (r"instalment(s)?", r"installment\1"),
    (r"programme(s)?", r"program\1"),
    (r"ageing", "aging"),
    (r"(judge|acknowledge)ment(s)?", lambda m: m.group(1)[:-1] + "ment" + (m.group(2) or "")),
    (r"practis(e|es|ed|ing)", r"practic\1"),
    (r"grey(s|er|est|ish)?", r"gray\1"),
    (r"sceptic(s|al|ally|ism)?", r"skeptic\1"),
    (r"catalogue(s|d)?", lambda m: "catalog" + {"s": "s", "d": "ed"}.get(m.group(1) or "", "")),
    (r"reduction(s)?", lambda m: "reduces" if m.group(1) else "reduce"),
)
_RULES = tuple((re.compile(pattern), replacement) for pattern, replacement in _PAIRS)
_GREEK = re.compile(r"paed|haem|anaes|aemi|gynaec|diarrhoe|oedem|coeliac|^oestr|^oesoph|^foet")
_GREEK_US = {
    "paed": "ped",
    "haem": "hem",
    "anaes": "anes",
    "aemi": "emi",
    "gynaec": "gynec",
    "diarrhoe": "diarrhe",
    "oedem": "edem",
    "coeliac": "celiac",
    "oestr": "estr",
    "oesoph": "esoph",
    "foet": "fet",
}
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")  # ASCII letters, no letter beside
_SEEN: dict[str, str] = {}  # word as written -> as folded (itself when no rule applies)
_SEEN_MAX = 200_000


@lru_cache(maxsize=4096)
def us_word(word: str) -> str:
    """One word in US spelling, lower case ("Behaviour" → "behavior"); other words lower-cased."""
    word = word.lower()
    if not word.isascii() or not word.isalpha():
        return word
    match = _ISE.fullmatch(word)
    if match and match.group(1) not in _ISE_KEEP and not match.group(1).endswith(_ISE_KEEP_END):
        return f"{match.group(1)}iz{match.group(2)}"
    for pattern, replacement in _RULES:
        found = pattern.fullmatch(word)
        if found:
            return found.expand(replacement) if isinstance(replacement, str) else replacement(found)
    if _GREEK.search(word):
        return _GREEK.sub(lambda m: _GREEK_US[m.group(0)], word)
    return word


def _fold_match(match: re.Match[str]) -> str:
    word = match.group(0)
    folded = _SEEN.get(word)
    if folded is None:
        folded = us_word(word)
        folded = word if folded == word.lower() else folded
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        _SEEN[word] = folded
    return folded


def us_spelling(text: str) -> str:
    """`text` with each word of ASCII letters in US spelling; everything else unchanged.

    A word is a run of ASCII letters not touching other letters (so "organisé" is left as
    it is); a folded word is lower case, the others keep their case. Only letters change.
    """
    return _WORD.sub(_fold_match, text)
