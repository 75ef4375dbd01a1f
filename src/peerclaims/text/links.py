"""Links to a work as citations: how web pages, READMEs and handouts cite.

"Peer support reduces readmissions ([source](https://pubmed.ncbi.nlm.nih.gov/21532082/))"
cites a work a reader can open, as "(Sledge et al., 2011)" does. A link counts when its
address is a work's record rather than a site: a DOI, a PubMed or PMC record, an article on a
journal publisher's site, or a document (a PDF, a report in an agency's store). A Markdown
link (`[label](url)`), an autolink (`<url>`) and a bare address given as a source
("(https://doi.org/...)", "Source: https://...") count; a site's home page
("[SAMHSA](https://www.samhsa.gov/)") and an article's own DOI in its header do not. A link
whose label is itself an author-year citation ("[Sledge et al., 2011](https://...)") is read
as that citation, which says more (its authors and year are checked).

Each is a numbered citation with no number (it points to its source, as a footnote mark
does) and one work whose locator is the address's identifier (`identifier`), by which
`match.resolve` finds the corpus work with that DOI, PubMed or PMC number.
"""

from __future__ import annotations

import re

from peerclaims.text.attributions import source_citation
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.claim_place import is_entry
from peerclaims.text.patterns import UPPER, YEAR_DIGITS

# a Markdown link's target, an autolink, or a bare address given as a source: in brackets
# or after "see", "Source:", "from" (not "available at": "Preprints of this paper are
# available at https://..." is the paper's own; nor an article's own DOI in its header,
# "Soc. Sci. 2018, 7(9), 156; https://doi.org/...", is none). A bare address ends before
# closing punctuation: "(see https://doi.org/10.1/x)." keeps neither the bracket nor the stop.
_LINK_RE = re.compile(
    r"\[(?P<label>[^\]\n]{0,200})\]\((?P<target><?https?://[^\s)>]+>?)(?:\s+\"[^\"\n]*\")?\)"
    r"|<(?P<auto>https?://[^\s>]+)>"
    r"|(?P<bare>https?://[^\s<>\"\]]+[^\s<>\"\].,;:!?)'’”])"
)
# hosts whose pages are records of one work (a path beyond the home page is needed)
_RECORD_HOSTS = re.compile(
    r"^(?:[\w-]+\.)*(?:doi\.org|ncbi\.nlm\.nih\.gov|europepmc\.org|cochranelibrary\.com|"
    r"psychiatryonline\.org|jamanetwork\.com|thelancet\.com|bmj\.com|biomedcentral\.com|"
    r"springer\.com|wiley\.com|tandfonline\.com|sagepub\.com|sciencedirect\.com|"
    r"frontiersin\.org|plos\.org|nature\.com|oup\.com|jmir\.org|mdpi\.com|cambridge\.org|"
    r"apa\.org|nejm\.org|healthaffairs\.org|researchgate\.net|semanticscholar\.org|"
    r"ssrn\.com|journals\.lww\.com|liebertpub\.com|karger\.com|elsevier\.com|"
    r"store\.samhsa\.gov|nihr\.ac\.uk|campbellcollaboration\.org)$",
    re.IGNORECASE,
)
_GIVEN = re.compile(
    r"(?:[(\[]|\b(?:[Ss]ee|[Ss]ources?:|from)"
    # "See letter: https://...", "You can see the study at https://...", "Read it here: ..."
    r"|\b(?:[Ss]ee|[Vv]iew|[Rr]ead)\b[^\n.;:]{0,25}?(?:\bat|\bhere|:))[^\S\n]*\Z"
)
# An address alone on its line after its paragraph's prose (a sentence's end, or a lead-in
# ending with a colon, on the lines above): a news item's link to the study it reports. An
# address alone under a title, before any prose, is the page's own (its DOI).
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# an entry's line that leaves its address to the next: "..., 2007. Retrieved from"
_RETRIEVED = re.compile(
    r"\b(?:[Rr]etrieved|[Aa]vailable|[Aa]ccessed)\b[^\n]*\b(?:from|at)[^\S\n]*:?[^\S\n]*\Z"
)
# nothing, or the name of the body whose document it is, before an address on its line:
# "UNAIDS http://...pdf", "WHO, http://...pdf" (not "The journal's page https://...")
LINK_LABEL = re.compile(
    rf"[^\S\n]*(?:[{UPPER}][\w&'’.-]*(?:[^\S\n]+(?:of|and|for|the|&|[{UPPER}][\w&'’.-]*)){{0,5}}"
    r"[,:]?[^\S\n]+)?"
)
_AFTER_PROSE = re.compile(r"(?:[.!?][\"”’)]?|:)[^\S\n]*$", re.MULTILINE)
_ITEM_MARK = re.compile(r"\A[^\S\n]*(?:[-*•+]|\d{1,3}[.)])[^\S\n]+")
_AUTHOR_YEAR = re.compile(rf"[{UPPER}][\w'’-]+\D{{0,80}}\b{YEAR_DIGITS}\b")
_DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s?#]+)")
_PUBMED_RE = re.compile(r"(?:pubmed(?:\.ncbi\.nlm\.nih\.gov)?/|/pubmed/)(\d{5,9})\b", re.I)
_PMC_RE = re.compile(r"\b(PMC\d{4,9})\b", re.IGNORECASE)


# links whose addresses the copy lost, pointed to as sources: "(see examples here & here)",
# "(see the studies here)": a vague citation (the sources are there, but not in the text);
# "(see here)" after "Find services near you" points to no source
_LOST_LINKS_RE = re.compile(
    r"\((?i:see|for)[^\S\n]+(?:e\.g\.,?[^\S\n]+)?(?:the[^\S\n]+)?(?i:examples?|stud(?:y|ies)|"
    r"research|evidence|reviews?|data|sources?|references?)[^\S\n]+here"
    r"(?:(?:,|[^\S\n]*(?:&|and))[^\S\n]*here)*\)"
)


# reference links whose numbers a copy lost, leaving their brackets: "... led by a peer
# worker.[]", "... through shared experience [].", "... those they help [, ]." (a Markdown
# link's empty label, "[](url)", and a task box, "- [ ]", are neither)
_EMPTIED_RE = re.compile(
    r"(?:(?<=[^\W\d_][ \t])|(?<=[.,;:)”\"’]))\[(?:(?:[^\S\n]*,)+[^\S\n]*)?\](?![(\[:])"
)


def links(text: str) -> list[Citation]:
    """Links in `text` whose address is a record of one work, as citations; links lost from
    a copy, pointed to as sources ("(see examples here & here)"), as vague ones; and emptied
    reference links ("[]") as numbered ones with no number, as a footnote mark is."""
    out = [source_citation(text, m.start(), m.end(), "") for m in _LOST_LINKS_RE.finditer(text)]
    out += [
        Citation(CitationKind.NUMBERED, m.group(), m.start(), m.end(), (), ())
        for m in _EMPTIED_RE.finditer(text)
    ]
    if "http" not in text:
        return out
    for m in _LINK_RE.finditer(text):
        url = (m["target"] or m["auto"] or m["bare"]).strip("<>")
        if not names_a_work(url) or (m["label"] and _AUTHOR_YEAR.search(m["label"])):
            continue  # "[Sledge et al., 2011](...)": the label is the citation
        group = "bare" if m["bare"] else "auto" if m["auto"] else 0
        name, start = m.group(group), m.start(group)
        if group and not _given(text, m.start(), m.end()):
            continue  # an address not given as a source: a header's own DOI
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = _ITEM_MARK.sub("", text[line_start : line_end if line_end >= 0 else len(text)])
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
        if is_entry(line) or _RETRIEVED.search(above):
            continue  # "... Retrieved from <https://...>": a reference entry's address
        work = CitedWork((), False, None, identifier(url), name, start, start + len(name))
        out.append(Citation(CitationKind.NUMBERED, name, start, start + len(name), (work,)))
    return out


def _given(text: str, start: int, end: int) -> bool:
    """Whether a bare address is given as a source: after "see", "Source:", "from" or an
    opening bracket, or alone on its line below the block's prose."""
    if _GIVEN.search(text, max(0, start - 40), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = (
        LINK_LABEL.fullmatch(text, line_start, start) is not None
        and not text[end : None if line_end < 0 else line_end].strip()
    )
    if not alone:
        return False
    para = max((m.end() for m in _BLANK_LINE.finditer(text, 0, line_start)), default=0)
    return bool(_AFTER_PROSE.search(text, para, max(para, line_start - 1)))


def names_a_work(url: str) -> bool:
    """Whether an address is a record of one work: a DOI, a PubMed or PMC record, a page
    on a publisher's site beyond its home page, or a PDF."""
    m = re.match(r"https?://([^/?#]+)(/[^?#]*)?", url, re.IGNORECASE)
    if m is None:
        return False
    host, path = m.group(1).lower(), (m.group(2) or "").rstrip("/")
    if path.lower().endswith(".pdf"):
        return True
    if _SITE_PATH.search(path) and identifier(url) is None:
        return False  # "tandfonline.com/action/journalInformation?journalCode=...": a journal's
    return bool(path) and _RECORD_HOSTS.match(host) is not None


# a publisher's page about a journal or the site, not a record of one work
_SITE_PATH = re.compile(
    r"/(?:action/(?:journalInformation|showPublications|doSearch|showAxaArticles)|toc|loi|about|"
    r"search|topics?|subjects?|authors?|help|login|contact|aims-and-scope)(?:/|$)|"
    r"^/journals?/[^/]+$",
    re.IGNORECASE,
)


def identifier(url: str) -> str | None:
    """The work's identifier in an address, as `doi:...`, `pmid:...` or `pmcid:...`
    (lower case), or None when the address gives none."""
    if m := _PMC_RE.search(url):
        return f"pmcid:{m.group(1).lower()}"
    if m := _PUBMED_RE.search(url):
        return f"pmid:{m.group(1)}"
    if m := _DOI_RE.search(url):
        return f"doi:{m.group(1).rstrip('.').lower()}"
    return None
