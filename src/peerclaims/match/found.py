"""What reading a document finds: citations and their works, reference-list entries, claim sentences."""

from __future__ import annotations

from dataclasses import dataclass

from peerclaims.match.claims import Match
from peerclaims.match.resolve import Resolution
from peerclaims.text.citations import Citation, CitedWork
from peerclaims.text.reflist import ListEntry


@dataclass(frozen=True)
class FoundWork:
    """One cited work in a citation, and how it resolved."""

    work: CitedWork
    resolution: Resolution


@dataclass(frozen=True)
class FoundCitation:
    """A citation in a block, with each of its works resolved."""

    block: int
    citation: Citation
    works: tuple[FoundWork, ...]

    @property
    def keys(self) -> set[str]:
        """Keys of the works it resolves to (candidates count for ambiguous ones)."""
        out: set[str] = set()
        for found in self.works:
            res = found.resolution
            out |= {res.key} if res.key else set(res.candidates)
        return out


@dataclass(frozen=True)
class ListedWork:
    """One entry of the document's own reference list."""

    block: int
    offset: int  # in the block's text
    entry: ListEntry
    resolution: Resolution


@dataclass(frozen=True)
class Section:
    """A stretch of blocks and the reference list that closes it (if any)."""

    first: int
    last: int  # inclusive: the last block of the reference list, or of the document
    listed: tuple[ListedWork, ...]
    list_blocks: frozenset[int]  # the blocks lying wholly in the list
    titled: bool = True  # under a References heading, not a run of entries found by shape


@dataclass(frozen=True)
class ClaimSentence:
    """A claim-like sentence: where it is, and which corpus claims it makes."""

    block: int
    start: int
    end: int
    text: str
    matches: tuple[Match, ...]
    count: bool = False  # only a count standing alone ("48 states and DC reimburse ...")
