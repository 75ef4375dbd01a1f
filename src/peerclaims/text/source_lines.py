"""A line that names its source by a person or a body, with no year: "Adapted from William
White" at a slide's foot, "From CCAR Recovery Coach Academy:" over a definition; and a body
alone in parentheses after its statement ("(Health Resources & Services Administration).").

Slides name their sources so: the line is the source of the slide's statement, a vague
citation (no year, no work). "Adapted from", "Taken from", "Excerpted from", "Reprinted
from" and "Quoted from" take a person or a body, alone on the line or before a colon;
a bare "From" takes one only before a colon ("From William White: A Recovery Coach is ..."),
and a title ("From Crisis to Recovery:") is neither. A year or a work in the line is read
by `citations` as before ("Adapted from: Chinman et al., 2014"). A body named before a
colon over the words quoted from it ("Substance Abuse and Mental Health Services
Administration:" ending its line, or before "“...") is one too, and so is a body's research
as a label ("NAMI research: peer support reduces ..."). A source with its year after the
paragraph's last sentence, behind a quotation or a dash ("... to support others. – Peer
Support Canada, 2022"), and an evaluation's maker labelled at the head of its summary
("Evaluated by: Frontier Economics", dated by a "Date: 2010" beside it) are read here too; a
body in brackets after a person's name is the person's affiliation, not a source. A name and
a year alone on a line ("Barkley, 2008" under a statistic card's figure) are read as a table's
source cell is.
"""

from __future__ import annotations

import re

from peerclaims.text.attributions import JOINS, source_citation
from peerclaims.text.author_year import source_cell
from peerclaims.text.bodies import is_body
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.links import LINK_LABEL
from peerclaims.text.narrative import NOT_GIVEN
from peerclaims.text.patterns import MONTH_NAME, UPPER, YEAR_DIGITS, person_name

_WORD = rf"[{UPPER}][\w.'’&-]*"
_FROM_LINE_RE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<lead>(?i:adapted|taken|excerpted|reprinted|quoted)[ \t]+from"
    rf"|From)[ \t]+(?P<name>(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:of|for|and|on|&|{_WORD})){{0,8}})"
    r"[ \t]*(?P<end>:|$)",
    re.MULTILINE,
)
# A body named before a colon, over the words it is quoted for: at the line's end, or before
# the quotation (perhaps after a person's name or a document's label and a colon):
# "Substance Abuse and Mental Health Services Administration:\n\n“Peer supports help ...”",
# "Centers for Medicare and Medicaid Services: Dennis Smith, SMD Guidance #07-011: “Peer ..."
_BODY_LABEL_RE = re.compile(
    rf"(?:^|(?<=:))[ \t]*(?:[-*•][ \t]+)?(?P<name>(?:the[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:of|for|and|on|&|{_WORD})){{0,8}})[ \t]*:"
    r"(?=[ \t]*(?:$|[“\"]|[^:\n“\"]{1,60}:[ \t]*[“\"]))",
    re.MULTILINE,
)
# A body's research as a label before what it found, on a slide or in a spec: "NAMI research:
# peer support reduces hospitalization by 40%."
_BODY_RESEARCH_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))[ \t]*(?:[-*•][ \t]+)?(?P<name>(?:the[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:of|for|and|on|&|{_WORD})){{0,8}}?)(?:['’]s)?[ \t]+(?:research|data|"
    r"study|survey|findings|statistics|report)[ \t]*:(?=[ \t]+\S)",
    re.MULTILINE,
)
# "Source:" under the statement it is the source of: "“The terms ... are used to describe
# ...”\n\nSource: Substance Abuse and Mental Health Services Administration National Model
# Standards for Peer Support Certification." (a page's own "Source:" line over its text is not)
_SOURCE_LABEL_RE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?i:sources?)[ \t]*:[ \t]*(?P<name>(?:the[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:of|for|and|on|in|the|&|{_WORD})){{0,15}})[ \t]*$",
    re.MULTILINE,
)
_OWN = frozenset({"our", "your", "my", "this", "these", "that"})
# people's names listed under their body, as a slide credits its team: "University of Maryland
# School of Medicine:\nLisa Dixon, Alicia Lucksted, Bette Stewart, ..."
_CREDITS = re.compile(r"[ \t]*[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+,[ \t]*[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+")
# a record's, an abstract's or a page's field and section labels in capitals, which no body
# is named ("KEYWORDS:", "OUTCOMES:" over a programme's list, "IMPACT:")
_RECORD_LABELS = frozenset(
    "keywords pmid pmcid doi issn isbn url abstract background objective objectives aims "
    "methods results conclusion conclusions introduction discussion purpose design setting "
    "participants funding outcome outcomes impact impacts goal goals summary overview "
    "findings evidence benefits highlights recommendations resources notes contact mission "
    "vision approach services activities outputs partners budget timeline challenges "
    "solution solutions problem need context rationale population description eligibility "
    "testimonials lessons".split()
)
# a person: "William White", "William L. White"
_PERSON_RE = re.compile(person_name("last"))
# the source and its year after the quotation they are the source of, a line of its own:
# "“The evidence suggests that 42 % ... CBT.” Cochrane Review 2020", "“Network support
# treatment can effect ...” Mark Litt and Colleagues 2009" (a reference entry's quoted title,
# 'SAMHSA. "Results from the 2024 National Survey." SAMHSA, 2025.', opens on its author)
_AFTER_QUOTE_RE = re.compile(
    rf"^[ \t]*[“\"][^”\"\n]{{8,}}[”\"][ \t]*(?:[-–—][ \t]*)?(?P<name>[{UPPER}][\w'’.&-]*(?:[ \t]+(?:and|&|of|the|"
    rf"[Cc]olleagues|[{UPPER}][\w'’.&-]*)){{0,6}}),?[ \t]+(?P<year>{YEAR_DIGITS})[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# the same after a dash closing the statement's paragraph: "A Peer Supporter has lived through
# that similar experience, and is trained to support others. – Peer Support Canada, 2022"
_AFTER_DASH_RE = re.compile(
    rf"(?<=[.!?”\"’])[ \t]+(?:[–—][ \t]*|-[ \t]+)(?P<name>[{UPPER}][\w'’.&-]*(?:[ \t]+(?:and|&|of|"
    rf"for|the|[Cc]olleagues|[{UPPER}][\w'’.&-]*)){{0,8}}),?[ \t]+(?P<year>{YEAR_DIGITS})[ \t]*\.?"
    r"[ \t]*$",
    re.MULTILINE,
)
# an evaluation's maker, labelled at the head of its summary: "Evaluated by: Frontier
# Economics", "Evaluator: The University of Kent" (`maker_label` tells the line)
_MAKER_LABEL_RE = re.compile(
    rf"^[ \t]*(?:(?:Evaluated|Evaluation|Research|Study|Review)[ \t]+(?:conducted[ \t]+)?by|"
    rf"Evaluators?)[ \t]*:[ \t]*(?P<name>(?:the[ \t]+|The[ \t]+)?{_WORD}(?:[ \t]+(?:of|for|and|on|"
    rf"in|the|&|{_WORD})){{0,10}})[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)


def maker_label(text: str, at: int) -> bool:
    """Whether offset `at` lies on a line that labels an evaluation's maker."""
    line = text.rfind("\n", 0, at) + 1
    return _MAKER_LABEL_RE.match(text, line) is not None


# the summary's date label beside its maker's: "Date: 2010"
_DATE_LABEL_RE = re.compile(
    rf"^[ \t]*(?:Date|Year|Published)[ \t]*:[ \t]*(?:[\w,]+[ \t]+){{0,2}}(?P<year>{YEAR_DIGITS})\b",
    re.MULTILINE,
)


def _maker(name: str) -> bool:
    """A person ("Julie Repper") or a body (`_names_source`) named as an evaluation's maker."""
    return bool(_PERSON_RE.fullmatch(name)) or _names_source(name.removeprefix("The "))


def _made_by(text: str, m: re.Match[str]) -> Citation:
    """The maker labelled, dated by a date label on the line before or after it (a narrative
    citation of the body's work of that year), or a vague citation of it."""
    lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
    hi = text.find("\n", m.end() + 1)
    date = _DATE_LABEL_RE.search(text, lo, hi if hi >= 0 else len(text))
    if date is None:
        return source_citation(text, m.start("name"), m.end("name"), m["name"])
    span = m.span("name")
    work = CitedWork((), False, date["year"], m["name"], m["name"], *span)
    return Citation(CitationKind.NARRATIVE, m["name"], *span, (work,))


_COLLEAGUES_RE = re.compile(person_name("last") + r"(?:[ \t]+(?:and|&)[ \t]+[Cc]olleagues)?")


def source_lines(text: str) -> list[Citation]:
    """Lines that name their source by a person or a body, with no year."""
    out = []
    for m in _FROM_LINE_RE.finditer(text):
        name = m["name"]
        if m["lead"] == "From" and m["end"] != ":":
            continue  # "From Monday" ending a line: no source line
        person = _PERSON_RE.fullmatch(name) and name.split()[0].lower() not in NOT_GIVEN
        if person or is_body(name.removeprefix("the ")):
            start = m.start("lead")
            out.append(source_citation(text, start, m.end("name"), name))
    for m in _BODY_LABEL_RE.finditer(text):
        name = m["name"]
        heading = len(name.split()) > 1 and name.isupper()  # "COMMUNITY-BASED ... INNOVATIONS:"
        heading |= name.split()[0].lower() in _OWN  # "Our Services:", the document's own
        heading |= name.lower() in _RECORD_LABELS  # "KEYWORDS:", "PMID:", a record's fields
        heading |= bool(_CREDITS.match(text, m.end() + 1))  # a team's names under its body
        taken = any(c.start <= m.start("name") < c.end for c in out)
        if is_body(name.removeprefix("the ")) and not heading and not taken:
            out.append(source_citation(text, m.start("name"), m.end("name"), name))
    out.extend(
        source_citation(text, m.start("name"), m.end(), m["name"])
        for m in _BODY_RESEARCH_RE.finditer(text)
        if is_body(m["name"].removeprefix("the ")) and m["name"].split()[0].lower() not in _OWN
    )
    for m in _SOURCE_LABEL_RE.finditer(text):
        name, before = m["name"].rstrip("."), text[max(0, m.start() - 200) : m.start()].rstrip()
        if before and before[-1] in '.!?”"’' and is_body(name.removeprefix("the ")):
            out.append(source_citation(text, m.start("name"), m.start("name") + len(name), name))
    out.extend(_made_by(text, m) for m in _MAKER_LABEL_RE.finditer(text) if _maker(m["name"]))
    for m in (*_AFTER_QUOTE_RE.finditer(text), *_AFTER_DASH_RE.finditer(text)):
        speaker = _COLLEAGUES_RE.fullmatch(m["name"])  # the name is the source
        if m.re is _AFTER_DASH_RE and not (speaker or _names_source(m["name"])):
            continue  # "The group met weekly. - Tuesday 2019": a date, not a source
        if m.re is _AFTER_DASH_RE and any(c.start == m.start("name") for c in out):
            continue  # after a quotation, read as one already
        if speaker and speaker["last"].lower() not in NOT_GIVEN:  # "Mark Litt and Colleagues"
            etal = m["name"].lower().endswith("colleagues")
            work = CitedWork((speaker["last"],), etal, m["year"], None, m["name"], *m.span("name"))
            span = (m.start("name"), m.end("year"))
            out.append(Citation(CitationKind.NARRATIVE, text[span[0] : span[1]], *span, (work,)))
        elif m.re is _AFTER_DASH_RE:  # "– Peer Support Canada, 2022": a body's dated work
            span = (m.start("name"), m.end("year"))
            work = CitedWork((), False, m["year"], m["name"], text[span[0] : span[1]], *span)
            out.append(Citation(CitationKind.NARRATIVE, work.text, *span, (work,)))
        else:  # "Cochrane Review 2020": a body or a venue and its year
            out.append(source_citation(text, m.start("name"), m.end("year"), m["name"]))
    for m in _CARD_SOURCE_RE.finditer(text):  # "Barkley, 2008" under a statistic card's figure
        cell = source_cell(m["src"])  # read as a table's source cell is
        if cell and not {w.lower() for w in m["name"].split()} & _NOT_CARD_NAMES:
            out.append(cell.shifted(m.start("src")))
    return sorted(out + _parenthesised(text), key=lambda c: c.start)


# a line holding only a name and a year: a statistic card's or a figure's source ("Barkley,
# 2008", "NHS England, 2024a"; not a list's "VA HBPC Outcomes Report, 2023", a date's month)
_CARD_SOURCE_RE = re.compile(
    rf"^[ \t]*(?P<src>(?P<name>[{UPPER}][^\W\d_'’-]*(?:[ \t]+[{UPPER}][^\W\d_'’-]*){{0,2}}),[ \t]+"
    rf"(?P<year>{YEAR_DIGITS}[a-z]?))\.?[ \t]*$",
    re.MULTILINE,
)


_NOT_CARD_NAMES = frozenset(  # a document named by its title with its year: an entry's
    "report reports survey review study studies data plan "
    "strategy framework guidance evaluation".split()
)
_DATE_WORD = re.compile(rf"(?:{MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _names_source(name: str) -> bool:
    """A body, or a name of two words or more that opens on no date ("Peer Support Canada",
    not "Tuesday" or "March 12")."""
    return is_body(name) or (len(name.split()) >= 2 and not _DATE_WORD.match(name))


# a body alone in parentheses after the statement it is the source of, ending the clause:
# "... projected to worsen (Health Resources & Services Administration).", "(FREDLA)."
_PAREN_BODY_RE = re.compile(
    r"(?<=[\w%”\"'’])[^\S\n]*\((?P<org>[^()\n]{2,100})\)(?=[^\S\n]*(?:[.;,](?:\s|\Z)|\n|\Z))"
)


def _parenthesised(text: str) -> list[Citation]:
    """Bodies named in full, alone in parentheses, as a statement's source: two or more
    capitalised words with a body's head ("Administration", "Institute", ...); not an acronym
    ("(WRAP)", "(SAMHSA)" after the name it stands for) or a programme ("(Project PEP)")."""
    out = []
    for m in _PAREN_BODY_RE.finditer(text):
        org = m["org"].strip()
        if _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Madiha Majid (University of Nottingham)": a person's affiliation
        if (study := _BODY_STUDY.fullmatch(org)) and is_body(study["body"]):
            out.append(source_citation(text, m.start("org") - 1, m.end(), org))
            continue  # "(SAMHSA study)": a body's study, named by kind
        words = org.split()
        named = all(w[:1].isupper() or w in JOINS for w in words) and len(words) >= 2
        if not named or not any(w.lower() in _BODY_HEADS for w in words):
            continue
        out.append(source_citation(text, m.start("org") - 1, m.end(), org))
    return out


# a person's name right before the brackets: given name(s) and surname
_NAMED_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+[ \t]+){1,2}[A-Z][\w'’-]+[ \t]*\Z")
_BODY_STUDY = re.compile(
    r"(?P<body>(?:[A-Z][\w&'’.-]*\s+){1,4}?)(?:study|report|survey|data|review|research)"
    r"(?:,\s*[^()\n]{1,60})?"
)
_BODY_HEADS = frozenset(
    "administration institute institutes association department agency centers center centre "
    "council commission foundation office organization organisation alliance coalition "
    "society university ministry board authority".split()
)


SOURCE_LABEL = re.compile(r"(?:Sources?|References?|From)\s*:\s*\Z")
"""A source's label right before it (search up to the citation's start): "... Source: "."""
_LABELLED_END = re.compile(r"[\s.;,)\]]*\Z")


def labelled_after(text: str, at: int, found: list[Citation]) -> bool:
    """Whether the text after `at` ends with one of `found` after a "Source:" label: the
    source of the paragraph ("... than any other programs. Source: Macias, Kinney and
    Rodican (1995)"), which backs its sentences and which a study named by its design alone
    before it ("Another study found ...") names again."""
    return any(
        c.start > at
        and bool(_LABELLED_END.match(text, c.end))
        and bool(SOURCE_LABEL.search(text, max(at, c.start - 20), c.start))  # the label only
        for c in found
    )


_BULLET = re.compile(r"\A[ \t]*[-*•][ \t]+")


def links_after(text: str, found: list[Citation]) -> bool:
    """Whether the paragraph's prose is followed only by lines that each hold one of `found`'s
    links ("... to support behavioural changes.\nUNAIDS http://...pdf\nWHO, http://...pdf"):
    its sources, which back its sentences as a source line does."""
    lines = text.rstrip().split("\n")
    links = {c.text for c in found if c.text.startswith(("http://", "https://"))}
    trailing = 0
    while trailing < len(lines) - 1:
        line = _BULLET.sub("", lines[-1 - trailing].rstrip(), count=1)
        label = LINK_LABEL.match(line)
        if not (label and line[label.end() :] in links):
            break
        trailing += 1
    prose = "\n".join(lines[: len(lines) - trailing]).rstrip()
    return trailing > 0 and prose.endswith((".", "!", "?", ":"))
