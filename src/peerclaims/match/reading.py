"""Read a document once into what the document rules look at.

The blocks are joined into one text (blank lines between), so that a document's own
reference lists can be found with `reflist`; citations are found per block with
`citations`, resolved against the corpus, and claim-like sentences matched to claims.
The document rules (rules/citation.py, rules/reflist.py, ...) look things up here; what
they find is typed in `found`."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from peerclaims.diagnostics import Finding
from peerclaims.documents import Document, TextBlock
from peerclaims.match.context import Context
from peerclaims.match.found import ClaimSentence, FoundCitation, FoundWork, ListedWork, Section
from peerclaims.match.named_again import with_names_again
from peerclaims.match.note_runs import with_run_markers
from peerclaims.match.numbered import footnotes_listed, numbered_work
from peerclaims.match.reflists import ListSpans, read_lists
from peerclaims.match.resolve import resolve_group
from peerclaims.match.standalone import citation_only, leads_in
from peerclaims.match.support import Group, citation_keys, together_key
from peerclaims.match.tables import cell_citations, row_key
from peerclaims.text import claim_lists, claim_place, claimlike
from peerclaims.text import sentences as claimtext
from peerclaims.text.captions import is_caption
from peerclaims.text.citations import Citation, CitationKind
from peerclaims.text.claim_place import INLINE_BULLETS

_SEPARATOR = "\n\n"


@dataclass
class Analysis:
    """One document, read for the rules."""

    doc: Document
    ctx: Context
    starts: list[int] = field(default_factory=list)
    joined: str = ""
    _groups: dict[tuple[str | None, int | None, str | None], Group] = field(
        default_factory=dict, init=False, repr=False
    )  # see `_group`
    _slide_notes: dict[int | None, set[int]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        texts = [b.text for b in self.doc.blocks]
        pos = 0
        for text in texts:
            self.starts.append(pos)
            pos += len(text) + len(_SEPARATOR)
        self.joined = _SEPARATOR.join(texts)

    @property
    def blocks(self) -> tuple[TextBlock, ...]:
        """The document's blocks."""
        return self.doc.blocks

    def finding(
        self, rule: str, block: int, offset: int, message: str, suggestion: str | None = None
    ) -> Finding:
        """A finding at an offset in a block, located the way its format allows."""
        b = self.blocks[block]
        if b.unit is None:
            line, column = b.position(offset)
            return Finding(rule, self.doc.display_path, line, column, message, suggestion)
        return Finding(
            rule, self.doc.display_path, b.index or 0, 0, message, suggestion, location=b.where()
        )

    # ------------------------------------------------------------------ reference lists

    @cached_property
    def _lists(self) -> tuple[tuple[Section, ...], ListSpans]:
        lengths = [len(b.text) for b in self.blocks]
        cells = frozenset(
            i for i, b in enumerate(self.blocks) if b.kind in ("table-cell", "table-source")
        )
        return read_lists(self.joined, self.starts, lengths, self.ctx, cells)

    @property
    def sections(self) -> tuple[Section, ...]:
        """Reference lists with the text they close; one open section if there are none."""
        return self._lists[0]

    def in_list(self, block: int, offset: int) -> bool:
        """True when text[offset] of a block lies in one of the document's reference lists."""
        return self._lists[1].covers(block, offset)

    @cached_property
    def list_blocks(self) -> frozenset[int]:
        """Blocks lying wholly in a reference list (their citations are not in-text ones)."""
        return frozenset().union(*(s.list_blocks for s in self.sections))

    @cached_property
    def _found(self) -> dict[int, list[Citation]]:
        """Citations as found, per block outside the reference lists (not yet resolved). A
        heading that reads as a source caption ("Annual Report (2019)") is a title."""
        found = {
            i: [
                c
                for c in cell_citations(b)
                if not self.in_list(i, c.start)
                and not (b.kind in ("heading", "title") and is_caption(c))
            ]
            for i, b in enumerate(self.blocks)
            if i not in self.list_blocks
        }
        found = with_run_markers(found, self.blocks)  # "effect19 21 ... this study45 ..."
        return with_names_again(found, self.blocks)  # "Gillard (2019) ... Gillard says"

    @cached_property
    def citations(self) -> tuple[FoundCitation, ...]:
        """In-text citations (outside reference lists), each work resolved."""
        return tuple(
            FoundCitation(i, c, self._resolve(c)) for i, found in self._found.items() for c in found
        )

    @cached_property
    def numbered(self) -> dict[int, ListedWork]:
        """The document's numbered reference list, by number.

        Entries numbered "1." / "[1]" in the text keep their numbers. A list whose markers
        the reader consumed (a Markdown ordered list) is numbered by position, but only
        when the text cites by number, as Vancouver-style documents do.
        """
        listed = [w for s in self.sections for w in s.listed]
        explicit = {
            **footnotes_listed(self.blocks, self.ctx.citations),
            **{w.entry.number: w for w in listed if w.entry.number is not None},
        }
        if explicit or not listed:
            return explicit
        cites_by_number = any(
            c.kind == CitationKind.NUMBERED for found in self._found.values() for c in found
        )
        return dict(enumerate(listed, start=1)) if cites_by_number else {}

    def _resolve(self, citation: Citation) -> tuple[FoundWork, ...]:
        if citation.kind == CitationKind.NUMBERED and not citation.works:
            return tuple(
                numbered_work(citation, self.numbered[n])
                for n in citation.numbers
                if n in self.numbered
            )
        found = resolve_group(citation.kind, citation.works, self.ctx.citations)
        return tuple(FoundWork(work, res) for work, res in zip(citation.works, found, strict=True))

    @cached_property
    def _by_block(self) -> dict[int, list[FoundCitation]]:
        out: dict[int, list[FoundCitation]] = {}
        for c in self.citations:
            out.setdefault(c.block, []).append(c)
        return out

    @cached_property
    def _starts_by_block(self) -> dict[int, list[int]]:
        return {b: [c.citation.start for c in cs] for b, cs in self._by_block.items()}

    def _in_span(self, block: int, start: int, end: int) -> list[FoundCitation]:
        """Citations of a block starting inside [start, end): a bisect, not a scan, so a long
        paragraph with many sentences stays linear."""
        found = self._by_block.get(block, [])
        starts = self._starts_by_block.get(block, [])
        return found[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def citations_in(self, blocks: set[int]) -> list[FoundCitation]:
        """Citations found in the given blocks, in document order."""
        return [c for b in sorted(blocks) for c in self._by_block.get(b, ())]

    @cached_property
    def _companions(self) -> dict[tuple[str | None, int | None, str | None], list[int]]:
        """Blocks that go together: same slide (pptx), else same group."""
        out: dict[tuple[str | None, int | None, str | None], list[int]] = {}
        for i, b in enumerate(self.blocks):
            out.setdefault(together_key(b), []).append(i)
        return out

    # ------------------------------------------------------------------ claims

    @cached_property
    def claim_sentences(self) -> tuple[ClaimSentence, ...]:
        """Sentences that state a benefit, effect or statistic, with their matched claims."""
        out = []
        leads: dict[int, claim_lists.ListKind] = {}  # group -> what its lead-in opened
        for i, block in enumerate(self.blocks):
            lead_in = claim_lists.list_lead(block.text)
            if i in self.list_blocks or block.kind in ("heading", "title"):
                if lead_in:
                    leads[self._next_group(i)] = lead_in
                continue
            listed = block.kind == "list-item" or block.text.lstrip()[:1] in INLINE_BULLETS
            opened = leads.get(block.group) if listed else None
            if opened and claimlike.ends_list(block.text):  # a new slide's title
                del leads[block.group]
                opened = None
            if opened:  # bullets a blank line apart, each a paragraph: the list goes on
                leads.setdefault(self._next_group(i), opened)
            if not (lead_in or opened == "benefits" or claimlike.might_state(block.text)):
                continue  # one search rules out most prose before it is split into sentences
            for span in claimlike.claim_spans(block.text):
                if self.in_list(i, span.start):
                    continue  # an entry of a reference list, or its annotation
                text = block.text[span.start : span.end]
                if text.rstrip().endswith((":", "to", "include", "?")) and (
                    opens := claim_lists.list_lead(text)
                ):
                    leads[self._next_group(i)] = opens
                    continue
                after = self.blocks[i + 1].kind if i + 1 < len(self.blocks) else None
                cited = bool(self._in_span(i, span.start, span.end))
                place = claimlike.place_of(block.text, span, block.kind, after, opened, cited)
                if kind := claimlike.claim_kind(text, place):
                    matches = tuple(self.ctx.claims.match(self._without_citations(i, span)))
                    count = kind == "count"
                    out.append(ClaimSentence(i, span.start, span.end, text, matches, count))
        return tuple(out)

    def _next_group(self, block: int) -> int:
        following = self.blocks[block + 1 : block + 2]
        return following[0].group if following else -1

    def _without_citations(self, block: int, span: claimtext.Span) -> str:
        text = self.blocks[block].text
        pieces, pos = [], span.start
        for c in self._in_span(block, span.start, span.end):
            pieces.append(text[pos : c.citation.start])
            pos = c.citation.end
        pieces.append(text[pos : span.end])
        return " ".join(pieces)

    def support_for(self, sentence: ClaimSentence) -> list[FoundCitation]:
        """Citations that back a sentence: in it, in its list block or slide, or just after.

        Decks put the citation at the foot of a list or on the line after the claim, so the
        citations of the sentence's group count, and those of the next block or two when
        those blocks are little more than a citation (a source caption, "Psychiatric
        Services. (2015)", backs the statement above it, never the one below); a block that
        only introduces a source ("According to Mental Health America:") backs the
        paragraph after it instead. A citation inside another claim, or in another item's
        prose, is theirs ("... fewer readmissions.i"), not the group's; and a lead-in's
        sources back only the items that cite none of their own.
        """
        block, owners = (sentence.block, -1), self._owners
        mine, support = {(sentence.block, sentence.start), block}, self._group(sentence).support
        lead = [] if self._by_block.get(sentence.block) else self._group(sentence).lead
        return [c for c in support if owners.get((c.block, c.citation.start), block) in mine] + lead

    @cached_property
    def _owners(self) -> dict[tuple[int, int], tuple[int, int]]:
        """By (block, start): the claim sentence a citation is in, or (block, -1) when its
        block holds more than citations (a list item's '... money." (HCUP, 2022)')."""
        out: dict[tuple[int, int], tuple[int, int]] = {}
        for block, found in self._by_block.items():
            text = self.blocks[block].text
            if not citation_only(text, found):
                out.update({(block, c.citation.start): (block, -1) for c in found})
                for c in found:  # "SAMHSA has recognized ...", "The 2010 National Mental
                    # Health Strategy states ...": a source named in its own sentence
                    authorless = not any(w.authors for w in c.citation.works)
                    if c.citation.kind == CitationKind.VAGUE or (
                        authorless and c.citation.kind == CitationKind.NARRATIVE
                    ):
                        out[(block, c.citation.start)] = (
                            block,
                            claimlike.sentence_start(text, c.citation.start),
                        )
        for s in self.claim_sentences:
            for c in self._in_span(s.block, s.start, s.end):
                out[(s.block, c.citation.start)] = (s.block, s.start)
        return out

    def attributed_to(self, sentence: ClaimSentence) -> list[FoundCitation]:
        """The citations a sentence is credited to: its own, else those standing alone
        after or beside it (a citation at the foot of the list or slide), never a
        neighbouring item's own citation."""
        own = self._in_span(sentence.block, sentence.start, sentence.end)
        return own or self._group(sentence).alone

    def continues_sourced(self, sentence: ClaimSentence) -> bool:
        """Whether the sentence continues a sourced one before it, in its block or the
        paragraph before ("... (Repper, 2011). These include ..."): `claimlike`'s test."""
        block, blocks = sentence.block, self.blocks
        paragraphs = block > 0 and blocks[block].kind == blocks[block - 1].kind == "paragraph"
        before = (blocks[block - 1].text, self._cited(block - 1)) if paragraphs else None
        text = blocks[block].text
        return claimlike.continues_sourced(text, sentence.start, self._cited(block), before)

    def _cited(self, block: int) -> Callable[[int, int], bool]:  # a citation starts in [i, j)
        return lambda i, j: bool(self._in_span(block, i, j))

    def attributed_keys(self, sentence: ClaimSentence, *, vague: bool = True) -> frozenset[str]:
        """Corpus keys of the works `attributed_to` credits (vague citations only if `vague`):
        at most the corpus's size, where the citations may be a whole list's."""
        own = self._in_span(sentence.block, sentence.start, sentence.end)
        return citation_keys(own, vague) if own else self._group(sentence).keys(vague)

    def _group(self, sentence: ClaimSentence) -> Group:
        """What backs the sentences of a group (a slide's shape, a list, a paragraph): it
        depends on the group alone, so it is worked out once per group, however many
        sentences the group holds, and a long list or paragraph stays linear."""
        key = together_key(self.blocks[sentence.block])
        if key not in self._groups:
            support = self._support(key)
            alone = self.citations_in(self._footnotes({c.block for c in support}))
            self._groups[key] = Group(support, alone, self._lead_in_sources(key))
        return self._groups[key]

    def _support(self, key: tuple[str | None, int | None, str | None]) -> list[FoundCitation]:
        same = set(self._companions[key])
        if key[0] == "slide":  # a source line anywhere on the slide (a footer box)
            if key[1] not in self._slide_notes:
                on_slide = self._slides.get(key[1], set())
                # a table's source cell backs its own row, never the whole slide
                mine = {j for j in on_slide if self.blocks[j].kind != "table-source"}
                self._slide_notes[key[1]] = self._footnotes(mine)
            return self.citations_in(same | (self._slide_notes[key[1]] - same))
        last = max(same)
        if key[0] == "row":  # a source line under the table backs each of its rows
            last = self._table_ends[key[1]]
        after: set[int] = set()
        for j in range(last + 1, min(last + 3, len(self.blocks))):
            if not self._footnotes({j}) or self._leads_in(j):
                break  # only a source line right after the claim, not a later bullet's
            after.add(j)
        first = min(same)
        if key[0] == "group" and first > 0 and self._leads_in(first - 1):
            after.add(first - 1)  # "According to Mental Health America:" above the paragraph
        return self.citations_in(same | after)

    def _lead_in_sources(
        self, key: tuple[str | None, int | None, str | None]
    ) -> list[FoundCitation]:
        """The sources of the sentence that introduces a group with a colon ("The ... scan
        found that peer workers ...:" over its bullets), unless half the items cite their own."""
        items = self._companions[key]
        first, citing = min(items), {c.block for c in self.citations_in(set(items))}
        lead = self.blocks[first - 1].text.rstrip() if first else ""
        if key[0] != "group" or not claim_place.leads_into(lead) or self._leads_in(first - 1):
            return []
        one_paragraph = self.blocks[first - 1].group == self.blocks[first].group
        if one_paragraph or not claim_place.lead_in_backs(len(items), len(citing)):
            return []  # one paragraph, or half the items cite their own sources
        return self._in_span(first - 1, claim_place.lead_in_start(lead), len(lead))

    def _leads_in(self, block: int) -> bool:
        """A block that is a citation and little else and introduces what follows it
        ("According to a recent article in the Psychiatric Times", "... America:"): it
        backs the paragraph after it, where a caption backs the statement before it."""
        return bool(self._footnotes({block})) and leads_in(self.blocks[block].text)

    @cached_property
    def _table_ends(self) -> dict[int | None, int]:
        """The last block of each Markdown table, by group."""
        return {b.group: i for i, b in enumerate(self.blocks) if row_key(b) is not None}

    @cached_property
    def _slides(self) -> dict[int | None, set[int]]:
        """The blocks of each slide."""
        out: dict[int | None, set[int]] = {}
        for i, b in enumerate(self.blocks):
            if b.unit == "slide":
                out.setdefault(b.index, set()).add(i)
        return out

    @cached_property
    def _claim_blocks(self) -> frozenset[int]:
        return frozenset(s.block for s in self.claim_sentences)

    def _footnotes(self, candidates: set[int]) -> set[int]:
        """The blocks among `candidates` that are a citation and little else, and no claim."""
        cands = candidates - self._claim_blocks
        return {j for j in cands if citation_only(self.blocks[j].text, self.citations_in({j}))}
