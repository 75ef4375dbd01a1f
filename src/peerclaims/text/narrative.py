"""The narrative author-year grammar: "Author (year)", "Author and Author (year)", "Author et al. (year)".

`narrative` reads the author phrase before one year group (offsets into the text);
`find_citations` in citations.py decides which groups to try it on.
"""

from __future__ import annotations

import re

from peerclaims.text.author_names import NAME_STOP, normalise, split_authors
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.patterns import CITED_YEAR, PARTICLES, SURNAME, UPPER, YEAR_DIGITS, word_set

_NAME_RE = re.compile(SURNAME)
_TOKEN_RE = re.compile(
    r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|[-‐][ \t\xa0]*\n?[ \t\xa0]*(?=[^\W\d_]))*\.?|\S"
)
_NARR_YEARS_RE = re.compile(
    rf"\(\s*(?P<years>(?:{CITED_YEAR})(?:\s*(?:[,;]|and|&)\s*(?:{CITED_YEAR}))*)"
    r"(?:\s*,\s*(?P<loc>(?:pp?\.|paras?\.|chap\.|ch\.)\s*[\w–‐ -]{1,20}?)"
    r"|\s*:\s*(?P<page>\d{1,4}(?:[–‐-]\d{1,4})?))?"  # Harvard's page: "(2018: 76)"
    # the work that cites it: "Arns (1992, cited in Accordino & Herbert 2000)"
    rf"(?:\s*[,;]\s*(?:as\s+)?cited\s+in\s+(?P<citing>[{UPPER}][^()\d]{{1,80}}?),?\s+"
    rf"(?P<citing_year>{CITED_YEAR}))?\s*\)"
)
# Cambridge Core's reader view: "Hoge et al. (Reference Hoge, Castro, ... Koffman2004)".
_NARR_REF_RE = re.compile(
    rf"\(\s*Reference\s+[{UPPER}][^()]{{0,300}}?[^\W\d_](?P<years>{CITED_YEAR})(?P<loc>(?!))?\s*\)"
)
_PAGES_AFTER_RE = re.compile(r"\s*:\s*\d")
_STRAY_COMMA_RE = re.compile(r"\bet\s+al\.?(,)\Z")
_WINDOW = 120
_POSSESSIVES = frozenset({"his", "her", "their"})
_TITLES = frozenset({"professor", "prof", "dr", "doctor"})
# A given name before a surname: "Steve", "Cindy-Lee"; not a word of a body's or a title's name.
_GIVEN_RE = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")
NOT_GIVEN = word_set(
    """
    mental health public national peer support recovery annual journal review report key
    community global world american british canadian australian state federal research
    evidence policy social clinical new recent early final full brief
    day week month year now here there home start beginning time page slide chapter part
    module section table figure the this our your their
    """
)
"""Capitalised words that open a body's name, a title or a phrase of time or place, not a
person's given name ("Mental Health (2019)", "From Day One:")."""
FUNCTION_WORDS = word_set(
    """
    in as see by from following according while although both and but per like unlike
    whereas since after before then thus also however similarly recently notably indeed for
    with building using based the a an dr drs prof professor cf e.g. i.e. when where if
    because therefore later earlier here there yet so or nor
    """
)


CONNECTIVES = word_set(
    """
    moreover furthermore additionally thus similarly notably importantly indeed finally
    likewise consequently accordingly conversely nevertheless nonetheless specifically
    interestingly overall recently previously historically subsequently alternatively
    first firstly second secondly third thirdly lastly meanwhile hence therefore instead
    again also yet still however besides further elsewhere here there then now later
    earlier today crucially critically significantly surprisingly encouragingly together
    """
)
"""Words that open a sentence before a comma ("Moreover, Wang et al. (2021) ..."), never a
surname a given name follows in a list ("Davidson, Larry (2012)")."""


def is_name(tok: str) -> bool:
    """A surname-like token: capitalised, has lower case, not an institutional noun."""
    tok = normalise(tok)
    return bool(_NAME_RE.fullmatch(tok)) and tok.lower() not in NAME_STOP


def _name_start(toks: list[str], i: int) -> int | None:
    """Index where the name ending at token i starts (particles included), or None."""
    if i < 0 or not is_name(toks[i]):
        return None
    while i > 0 and toks[i - 1].lower() in PARTICLES:
        i -= 1
    return i


def _strip_possessive(toks: list[str]) -> None:
    """Drop a possessive ending from the last token(s), in place."""
    if toks and toks[-1] in ("’", "'") and len(toks) > 1 and toks[-2].endswith("s"):
        toks.pop()
    elif toks and toks[-1][-2:] in ("’s", "'s"):
        toks[-1] = toks[-1][:-2]


def _author_phrase(toks: list[str]) -> tuple[int, list[str], bool] | None:
    """(first token index, names, et al) for the author phrase ending the tokens."""
    _strip_possessive(toks)
    i, et_al = len(toks) - 1, False
    if i >= 2 and toks[i] == "colleagues" and toks[i - 1] in ("and", "&"):
        i, et_al = i - 2, True
    elif i >= 3 and toks[i] == "colleagues" and toks[i - 1] in _POSSESSIVES:
        if toks[i - 2] in ("and", "&"):  # "Gillard and his colleagues (2022)"
            i, et_al = i - 3, True
    elif i >= 1 and toks[i] in ("al.", "al") and toks[i - 1] in ("et", "et."):
        i, et_al = i - 2, True
        if i >= 0 and toks[i] == ",":
            i -= 1
    start = _name_start(toks, i)
    if start is None:
        return None
    names = [" ".join(toks[start : i + 1])]
    if not et_al:
        start = _more_names(toks, start, names)
    return start, [normalise(n) for n in reversed(names)], et_al


def _given_before(toks: list[str], start: int) -> int:
    """`start` moved back over a given name before the surname there when a list's "and",
    "&" or comma comes before it ("Julie Repper and Tim Carter (2011)")."""
    if start >= 2 and toks[start - 2] in ("and", "&", ","):
        given = toks[start - 1]
        if _GIVEN_RE.fullmatch(given) and given.lower() not in NOT_GIVEN:
            return start - 1
    return start


def _more_names(toks: list[str], start: int, names: list[str]) -> int:
    """Extend `names` backwards over "A, B, and" / "A &", each surname perhaps after its
    given name; return the new start."""
    j = _given_before(toks, start) - 1
    if j < 1 or toks[j] not in ("and", "&"):
        return start
    k = j - 2 if toks[j - 1] == "," else j - 1
    first = _name_start(toks, k)
    if first is None:
        return start
    names.append(" ".join(toks[first : k + 1]))
    start = first
    while (at := _given_before(toks, start)) >= 2 and toks[at - 1] == ",":
        prev = _name_start(toks, at - 2)
        if prev is None:
            break
        names.append(" ".join(toks[prev : at - 1]))
        start = prev
    return start


def _preceded_ok(toks: list[str], start: int) -> bool:
    """False when the author phrase continues a capitalised, title-like run or a list entry."""
    if start == 0:
        return True
    prev = toks[start - 1]
    if prev == ",":  # "Surname, Given (2012)": a list; "For Israel, Moran (2018)": prose
        if start >= 3 and toks[start - 3].lower() in FUNCTION_WORDS:
            return True
        if start >= 2 and toks[start - 2].lower() in CONNECTIVES:
            return True  # "Moreover, Wang et al. (2021)"
        return start < 2 or not is_name(toks[start - 2])
    if not prev[0].isupper():
        return True
    if prev.endswith(".") and len(prev) > 2:
        return True
    if start >= 2 and toks[start - 2].lower().rstrip(".") in _TITLES:
        return True  # "Professor Steve Gillard and his colleagues (2022)"
    if _GIVEN_RE.fullmatch(prev) and prev.lower() not in NOT_GIVEN:
        before = toks[start - 2] if start >= 2 else ""
        if before in ("by", "from", "as", "As", "to", ",", ";", ":", "") or before.endswith("."):
            return True  # "an editorial by Steve Gillard (2019)", "According to Larry Davidson"
    return prev.lower().rstrip(".") in FUNCTION_WORDS or prev.lower() in FUNCTION_WORDS


def narrative(text: str, o: int, c: int) -> Citation | None:
    """A narrative citation whose year group is text[o:c], or None."""
    m = _NARR_YEARS_RE.fullmatch(text, o, c) or _NARR_REF_RE.fullmatch(text, o, c)
    if _PAGES_AFTER_RE.match(text, c):
        return None  # "25, no. 1 Suppl (2014): 185-204": a reference entry's volume and pages
    before = text[max(0, o - 20) : o].rstrip()
    names_end = o
    if stray := _STRAY_COMMA_RE.search(before):  # "Gonzalez et al., (2019)": a stray comma
        names_end = o - (len(text[max(0, o - 20) : o]) - stray.start(1))
        before = before[: stray.start(1)]
    if not m or not before or not (before[-1].isalpha() or before[-1] in ".’'"):
        return None
    lo = max(0, o - _WINDOW)
    found = [(t.start(), t.group()) for t in _TOKEN_RE.finditer(text, lo, names_end)]
    if not found or "\n\n" in text[found[-1][0] : o]:
        return None
    toks = [t for _, t in found]
    phrase = _author_phrase(toks)
    if phrase is None or not _preceded_ok(toks, phrase[0]):
        return None
    start = found[phrase[0]][0]
    if start == lo and lo > 0:
        return None
    return _narrative_citation(text, start, c, phrase[1], phrase[2], m)


def _narrative_citation(
    text: str, start: int, end: int, names: list[str], et_al: bool, m: re.Match[str]
) -> Citation:
    """Build the narrative citation: one work per year in the group."""
    page = m.groupdict().get("page")
    loc = normalise(m.group("loc")) if m.group("loc") else (f"p. {page}" if page else None)
    body = text[start:end]
    works = tuple(
        CitedWork(tuple(names), et_al, normalise(y), loc, body, start, end)
        for y in re.split(r"\s*(?:[,;]|\band\b|&)\s*", m.group("years"))
    )
    if m.groupdict().get("citing"):
        authors, citing_et_al, _ = split_authors(m["citing"])
        year, at, stop = normalise(m["citing_year"]), m.start("citing"), m.end("citing_year")
        cited_in = CitedWork(tuple(authors), citing_et_al, year, None, text[at:stop], at, stop)
        works = (*works, cited_in)
    return Citation(CitationKind.NARRATIVE, body, start, end, works)


# A table of included studies names each by its study ID at the start of a row: "Castelein
# 2008 8 months ...", "Cook 2012a 8 weeks ...". One such line could be anything ("Spring
# 2020 newsletter"); two or more under a header naming studies or trials are a table of them.
_STUDY_ID_RE = re.compile(
    rf"^[ \t]*(?P<name>{SURNAME})[ \t]+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?=[ \t]+\S)", re.MULTILINE
)
_STUDY_HEADER_RE = re.compile(r"(?i)\b(?:stud(?:y|ies)|trials?)\b")
STUDY_ID = "study ID"
"""The locator of a work cited by its study ID: first author and year by convention."""
_NOT_STUDY_IDS = word_set(
    "spring summer autumn fall winter fiscal since in by from until before after"
)


def study_ids(text: str) -> list[Citation]:
    """Study IDs ("Cook 2012a") opening two or more lines of a table of studies."""
    found = [
        m
        for m in _STUDY_ID_RE.finditer(text)
        if m["name"].lower() not in NAME_STOP and m["name"].lower() not in _NOT_STUDY_IDS
    ]
    if len(found) < 2 or not _STUDY_HEADER_RE.search(text, 0, found[0].start()):
        return []  # a timeline ("Founded 2010 ...", "Expanded 2015 ...") is not a table of studies
    return [
        Citation(
            CitationKind.NARRATIVE,
            text[m.start("name") : m.end()],
            m.start("name"),
            m.end(),
            (
                CitedWork(
                    (m["name"],),
                    False,
                    m["year"],
                    STUDY_ID,
                    text[m.start("name") : m.end()],
                    m.start("name"),
                    m.end(),
                ),
            ),
        )
        for m in found
    ]


# "Chinman et al. 2014 found ...", "Mead & McNeil 2006": outside parentheses, only "et al."
# or "&" between the names makes a name and a year a citation.
_BARE_RE = re.compile(
    rf"(?<![\w(\[’'-])(?P<names>{SURNAME}(?:,?[^\S\n]+et\.?[^\S\n]*al\.?|[^\S\n]*&[^\S\n]*{SURNAME}"
    r"|[^\S\n]+and[^\S\n]+colleagues))"
    rf",?[^\S\n]+(?P<year>{CITED_YEAR})(?![\w)\]])"
    # more years of the same authors: "Solomon & Draine 1994; 1995"
    rf"(?P<more>(?:[;,][^\S\n]*{YEAR_DIGITS}[a-z]?(?![\w)\]]))*)"
)
_MORE_YEAR_RE = re.compile(rf"{YEAR_DIGITS}[a-z]?")


def bare(text: str) -> list[Citation]:
    """Author-year citations written without parentheses: "Chinman et al. 2014", "by Sartore
    and colleagues, 2021"."""
    out = []
    for m in _BARE_RE.finditer(text):
        names = m["names"]
        first = re.match(SURNAME, names)
        if first is None or first.group().lower() in NAME_STOP:
            continue
        et_al = "al" in names.split()[-1] or "colleagues" in names  # "Sartore and colleagues"
        authors = (first.group(),) if et_al else tuple(n.strip() for n in names.split("&"))
        body = text[m.start() : m.end("year")]
        works = [
            CitedWork(authors, et_al, normalise(m["year"]), None, body, m.start(), m.end("year"))
        ]
        works += [
            CitedWork(authors, et_al, y.group(), None, y.group(), y.start(), y.end())
            for y in _MORE_YEAR_RE.finditer(text, m.start("more"), m.end("more"))
        ]
        whole = text[m.start() : m.end()]
        out.append(Citation(CitationKind.NARRATIVE, whole, m.start(), m.end(), tuple(works)))
    return out
