"""Checking a document takes time in proportion to its size (issue 12, item 8).

No test here times anything. Each counts the work that used to grow with the square of the
document — comparisons of citations with reference-list entries, scans of the blocks, style
look-ups, line counts — on a document and on one four times its size, and expects four
times the work, not sixteen (a little more is allowed for what does not repeat). Where the
fix is a shared table, the test counts that the table is built once. `benchmarks/scale.py`
measures the time itself, from 1 to 50 MB.
"""

from __future__ import annotations

import itertools
import random
import re
import string
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import rapidfuzz

from peerclaims.check import check_document
from peerclaims.documents import Document, TextBlock, read_document
from peerclaims.documents import types as document_types
from peerclaims.documents.markdown import _blank_code, read_markdown
from peerclaims.documents.text import read_text
from peerclaims.match import reading
from peerclaims.rules import reflist
from peerclaims.rules.document import cited_works
from peerclaims.text import citations, claim_words
from peerclaims.text import claimlike as claimtext
from tests.helpers import REPO, context

TALK = (REPO / "examples" / "talk.md").read_text(encoding="utf-8")
LINEAR = 4 * 1.25  # four times the document: at most a quarter more than four times the work


def _grows_linearly(work: Callable[[int], int], small: int) -> tuple[int, int]:
    """Work done for a document of `small` parts and of four times as many."""
    little, big = work(small), work(4 * small)
    assert little > 0
    assert big <= LINEAR * little, f"{little} at {small}, {big} at {4 * small}: not linear"
    return little, big


class _CountingFuzz:
    """rapidfuzz.fuzz as the reference-list rules see it, counting `ratio` comparisons."""

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts

    def ratio(self, *args: object, **kwargs: object) -> float:
        self.counts["ratio"] += 1
        return rapidfuzz.fuzz.ratio(*args, **kwargs)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(rapidfuzz.fuzz, name)


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts what the reference-list rules (and the rules using their test) do per
    citation and entry: names folded and compared, and cited works gone through. The
    corpus look-ups of `resolve` are not counted: they are per citation already."""
    counts: Counter[str] = Counter()
    fold = reflist.fold

    def counting_fold(text: str) -> str:
        counts["fold"] += 1
        return fold(text)

    cited_works = reflist.cited_works

    def counting_cited_works(a: reading.Analysis) -> Iterator[object]:
        for item in cited_works(a):
            counts["cited"] += 1
            yield item

    monkeypatch.setattr(reflist, "fuzz", _CountingFuzz(counts))
    monkeypatch.setattr(reflist, "fold", counting_fold)
    monkeypatch.setattr(reflist, "cited_works", counting_cited_works)
    return counts


def _check_markdown(text: str) -> list[object]:
    return check_document(read_markdown("doc.md", text.encode()), context())


def test_reference_lists_are_matched_in_linear_time(comparisons: Counter[str]) -> None:
    """The talk repeated: every copy has its own reference list. Each section's citations
    are matched against its own list once, not every section's against every citation."""

    def work(copies: int) -> int:
        comparisons.clear()
        found = _check_markdown("\n\n".join([TALK] * copies))
        assert sum(d.name == "missing-from-reference-list" for d in found) == copies  # type: ignore[attr-defined]
        return comparisons.total()

    _grows_linearly(work, 6)


def _surname(n: int) -> str:
    """A surname no corpus has, different for every n ("Qvxab", "Qvxac" ...)."""
    letters = []
    while True:
        n, digit = divmod(n, 26)
        letters.append(string.ascii_lowercase[digit])
        if n == 0:
            break
    return "Qvx" + "".join(reversed(letters))


def test_a_citation_is_looked_up_in_the_own_lists_once(comparisons: Counter[str]) -> None:
    """Works cited and listed but not in the corpus (not-in-corpus, PC214): each citation
    is looked up among all of the document's lists, not compared with every entry."""

    def work(sections: int) -> int:
        text = "\n\n".join(
            f"## About {_surname(n)}\n\nHope rose ({_surname(n)}, 2019).\n\n## References\n\n"
            f"{_surname(n)}, A. (2019). A study of hope. Journal of Hope, 3, 1-9."
            for n in range(sections)
        )
        comparisons.clear()
        found = _check_markdown(text)
        assert [d.name for d in found] == ["not-in-corpus"] * sections  # type: ignore[attr-defined]
        return comparisons.total()

    _grows_linearly(work, 20)


def test_misspelt_names_are_looked_up_once_per_list(comparisons: Counter[str]) -> None:
    """A name cited again and again with a typo is compared with its list once."""

    def work(citations: int) -> int:
        text = " ".join(["Hope rose (Meed & McNeil, 2006)."] * citations) + (
            "\n\n## References\n\nMead, S., & McNeil, C. (2006). Peer support: What makes it "
            "unique. International Journal of Psychosocial Rehabilitation, 10(2), 29-37.\n"
        )
        comparisons.clear()
        _check_markdown(text)
        return comparisons["ratio"]

    assert work(25) == work(100) > 0


def test_works_index_agrees_with_comparing_every_pair() -> None:
    """`Works.has_cited` answers what `_same_work` against every entry answers, on the
    talk and on lists built to hit each branch: keys, equal and misspelt names, acronyms,
    other years, missing years and authors."""
    text = (
        TALK
        + """
## More

Hope rose (SAMHSA, 2015; Substance Abuse and Mental Health Services Administration, 2016;
Mead, 2007; Meed, 2006; Davidson et al., 2012; Nobody, 2019; Smith, n.d.; NASMHPD, 2014;
Chinman et al., 2014).

## References

Substance Abuse and Mental Health Services Administration. (2015). A report. Rockville, MD.

SAMHSA. (2016). Another report. Rockville, MD.

National Association of State Mental Health Program Directors (2014). Peers. Alexandria.

Smith, J. Undated work. Publisher.

Davidson, L., Bellamy, C., Guy, K., & Miller, R. (2012). Peer support among persons with
severe mental illnesses. World Psychiatry, 11(2), 123-128.
"""
    )
    analysis = reading.Analysis(read_markdown("doc.md", text.encode()), context())
    pairs = 0
    listed = [w for section in analysis.sections for w in section.listed]
    works = reflist.listed_works(analysis.sections)  # the document's lists serve all its text
    for _, work in cited_works(analysis):
        expected = any(reflist._same_work(work, entry) for entry in listed)
        assert works.has_cited(work) == expected, work.work.text
        pairs += 1
    assert pairs > 10


# --------------------------------------------------------------------------- positions


def test_one_line_table_per_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """One paragraph of many lines, a finding on each: the block's line breaks are found
    once, and every finding is placed on its own line and column."""
    calls = Counter[int]()
    line_breaks = document_types.line_breaks

    def counting(text: str) -> list[int]:
        calls[len(text)] += 1
        return line_breaks(text)

    monkeypatch.setattr(document_types, "line_breaks", counting)
    lines = [
        f"{' ' * (n % 7)}Quality of life rose (Bologna & Pulice, 2010) in year {n}"
        for n in range(2_000)
    ]
    doc = read_text("one.txt", ("\n".join(lines) + "\n").encode())
    assert len(doc.blocks) == 1
    found = [d for d in check_document(doc, context()) if d.name == "year-mismatch"]
    assert len(found) == len(lines)
    assert sum(calls.values()) == 1
    for d in found:
        line = lines[d.line - 1]
        assert line.index("Bologna") + 1 == d.column, (d.line, d.column)  # at the work


def test_positions_match_counting_line_breaks() -> None:
    """`TextBlock.position` gives what counting the line breaks before the offset gives."""
    rng = random.Random(12)
    for _ in range(200):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 40)))
        block = TextBlock(text, "paragraph", line=rng.randint(1, 9), column=rng.randint(1, 9))
        for offset in range(-2, len(text) + 3):
            at = max(0, min(offset, len(text)))
            newlines = text.count("\n", 0, at)
            expected = (
                (block.line, block.column + at)
                if newlines == 0
                else (block.line + newlines, at - text.rindex("\n", 0, at))
            )
            assert block.position(offset) == expected
        assert replace(block, text="x\ny").position(3) == (block.line + 1, 2)  # a table of its own


# --------------------------------------------------------------------------- blocks and groups


class _CountingBlocks(tuple):  # type: ignore[type-arg]
    """A document's blocks that count how many of them are gone through."""

    seen = 0

    def __iter__(self) -> Iterator[TextBlock]:
        for block in super().__iter__():
            _CountingBlocks.seen += 1
            yield block


def test_slides_are_not_scanned_for_each_claim() -> None:
    """A deck of many slides, each with claims and a source line: the slide's blocks are
    found from an index, not by going through the whole deck for each claim."""

    def work(slides: int) -> int:
        blocks = []
        for n in range(1, slides + 1):
            for shape, text in (
                ("Title 1", f"Evidence {n}"),
                ("TextBox 2", "Peer support reduced readmissions by 42%"),
                ("TextBox 3", "Peer support increased hope and empowerment"),
                ("TextBox 4", "Source: Sledge et al. (2011)"),
            ):
                blocks.append(
                    TextBlock(text, "paragraph", unit="slide", index=n, shape=shape, group=n)
                )
        doc = Document("deck.pptx", "pptx", _CountingBlocks(blocks))
        _CountingBlocks.seen = 0
        check_document(doc, context())
        return _CountingBlocks.seen

    _grows_linearly(work, 50)


def test_a_long_list_is_supported_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One list of many claims, some items only a citation: what backs the claims is the
    same for the whole list, so it is worked out once, not once per claim."""
    counts: Counter[str] = Counter()
    citation_only = reading.citation_only

    def counting(*args: object) -> bool:
        counts["citation-only"] += 1
        return citation_only(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "citation_only", counting)

    def work(items: int) -> int:
        text = (
            "Benefits of peer support include:\n\n"
            + "\n".join(
                "- (Sledge et al., 2011)"
                if n % 3 == 0
                else "- Peer support reduced readmissions by 42%"
                for n in range(items)
            )
            + "\n"
        )
        counts.clear()
        _check_markdown(text)
        return counts["citation-only"]

    _grows_linearly(work, 60)


# --------------------------------------------------------------------------- readers


def test_directives_find_the_next_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many suppression comments in a row (Markdown) or directive lines (text): each one's
    next content line comes from one table, not a scan of the rest of the file."""
    from peerclaims.documents import text as text_reader

    counts: Counter[str] = Counter()
    is_directive_only = text_reader.is_directive_only

    def counting(line: str) -> bool:
        counts["lines"] += 1
        return is_directive_only(line)

    monkeypatch.setattr(text_reader, "is_directive_only", counting)
    for reader, directive in (
        (read_markdown, "<!-- peerclaims: ignore[uncited-claim] -->"),
        (read_text, "# peerclaims: ignore[uncited-claim]"),
    ):

        def work(lines: int, reader=reader, directive=directive) -> int:  # type: ignore[no-untyped-def]
            counts.clear()
            doc = reader("doc", (f"{directive}\n" * lines + "Hope rose by 42%.\n").encode())
            assert doc.suppressions[lines + 1] == frozenset({"uncited-claim"})
            return counts["lines"]

        _grows_linearly(work, 200)


def test_docx_styles_are_looked_up_once_per_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-docx finds a paragraph's style by going through every style of the document;
    the reader asks once per style, not once per paragraph."""
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document()
    for n in range(100):
        document.add_heading(f"Part {n}", level=2)
        document.add_paragraph(f"Peer support reduced readmissions by {n}%.")
        document.add_paragraph("Fewer readmissions", style="List Bullet")
    path = tmp_path / "long.docx"
    document.save(str(path))
    looked_up = Counter[str]()
    style = Paragraph.style

    def counting(self: Paragraph) -> object:
        looked_up["style"] += 1
        return style.fget(self)  # type: ignore[attr-defined]

    monkeypatch.setattr(Paragraph, "style", property(counting))
    doc = read_document(path)
    assert [b.kind for b in doc.blocks[:3]] == ["heading", "paragraph", "list-item"]
    assert len(doc.blocks) == 300
    assert looked_up["style"] <= 3


def _blank_code_by_slices(text: str) -> str:
    """The reader's code blanking as it was: a new string for each span."""
    ticks, run = re.compile(r"(\\*)(`+)"), re.compile(r"`+")
    pos = 0
    while match := ticks.search(text, pos):
        start, width = match.start(2), len(match.group(2))
        if len(match.group(1)) % 2:
            pos = start + 1
            continue
        close = next((c for c in run.finditer(text, match.end()) if len(c.group()) == width), None)
        if close is None:
            pos = match.end()
            continue
        blank = re.sub(r"[^\n]", " ", text[start : close.end()])
        text = text[:start] + blank + text[close.end() :]
        pos = close.end()
    return text


def test_code_spans_are_blanked_as_before() -> None:
    """Blanking inline code in one pass gives what a new string per span gave."""
    rng = random.Random(5)
    for _ in range(2_000):
        text = "".join(
            rng.choice(["`", "``", "\\", "a", " ", "\n", "```"]) for _ in range(rng.randint(0, 30))
        )
        assert _blank_code(text) == _blank_code_by_slices(text), repr(text)


def test_citations_do_not_overlap_and_are_found_as_before() -> None:
    """Accepted spans are kept as a map of covered characters: citations of every kind,
    interleaved, come out sorted and without overlaps, each as it is found alone."""
    line = (
        "Recent review by Chinman et al in Psych Services. Hope rose (Smith, 2019). "
        "See [3] and Mead (2006) too.¹ "
    )
    alone = citations.find_citations(line)
    many = citations.find_citations(line * 300)
    assert len(many) == 300 * len(alone) > 0
    assert all(a.end <= b.start for a, b in itertools.pairwise(many))
    assert [(c.kind, c.text) for c in many[: len(alone)]] == [(c.kind, c.text) for c in alone]


def _near_by_pairs(sentence: str, gap: int = 4, weak_gap: int = 3) -> bool:
    """The change-near-outcome test done the slow way: every pair of words compared (a weak
    change word only before its outcome, a strong one either side or on it)."""
    sentence, changes = claimtext.change_words(sentence)
    for o_start, o_end in (m.span() for m in claim_words.OUTCOME.finditer(sentence)):
        for c_start, c_end, weak in changes:
            if c_end <= o_start:
                if len(sentence[c_end:o_start].split()) <= (weak_gap if weak else gap):
                    return True
            elif not weak and len(sentence[o_end:c_start].split()) <= gap:
                return True
    return False


def test_change_near_outcome_looks_at_two_change_words_per_outcome(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long sentence with many change and outcome words far apart (a paragraph without
    full stops) used to compare every pair, each over the words between: now each outcome
    word looks at the nearest change word on either side, with the same answers."""
    rng = random.Random(8)
    words = [
        "hospital",
        "increase",
        "reduced",
        "a",
        "of",
        "hope",
        ",",
        "costs.",
        "lower",
        "days",
        "self-care",
        "\u00a0",
        "x-y",
        "better",
        "more",
        "help",
        "empowers",
        "efforts to",
        "\n",
    ]
    for _ in range(3_000):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(0, 25)))
        assert claimtext._change_near_outcome(sentence) == _near_by_pairs(sentence), sentence
    calls = Counter[str]()
    few_words = claimtext._few_words

    def counting(*args: object) -> bool:
        calls["few"] += 1
        return few_words(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(claimtext, "_few_words", counting)
    outcomes = 2_000
    far_apart = "hospital " * outcomes + "a b c d e " + "increase " * 2_000
    assert not claimtext.states_effect(far_apart)
    assert calls["few"] <= 2 * outcomes


class _CountingTokens(list):  # type: ignore[type-arg]
    """markdown-it's tokens, counting how many are looked at."""

    seen = 0

    def __iter__(self) -> Iterator[object]:
        for token in super().__iter__():
            _CountingTokens.seen += 1
            yield token

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountingTokens.seen += 1
        return super().__getitem__(index)


def test_table_rows_are_read_from_where_they_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each row of a long Markdown table counts its cells from its own tokens, not by
    walking the token list from the start of the document."""
    from markdown_it import MarkdownIt

    parse = MarkdownIt.parse
    monkeypatch.setattr(
        MarkdownIt,
        "parse",
        lambda self, *args, **kwargs: _CountingTokens(parse(self, *args, **kwargs)),
    )

    def work(rows: int) -> int:
        text = "| Outcome | Source |\n|---|---|\n" + "| Hope rose | Smith |\n" * rows
        _CountingTokens.seen = 0
        doc = read_markdown("table.md", text.encode())
        assert len(doc.blocks) == 2 * (rows + 1)
        return _CountingTokens.seen

    _grows_linearly(work, 100)


def test_comments_are_found_as_the_pattern_found_them() -> None:
    """HTML comments are found with `str.find`: the same spans as `<!--(.*?)-->`, and an
    unclosed "<!--" ends the search instead of each later one scanning to the end."""
    from peerclaims.documents.markdown import _blank_comments, _comments

    pattern = re.compile(r"<!--(.*?)-->", re.DOTALL)
    rng = random.Random(9)
    for _ in range(3_000):
        text = "".join(
            rng.choice(["<!--", "-->", "<!-->", "-", "<", "!", "a", "\n", " "])
            for _ in range(rng.randint(0, 20))
        )
        assert list(_comments(text)) == [m.span() for m in pattern.finditer(text)], text
        assert _blank_comments(text) == pattern.sub(
            lambda m: re.sub(r"[^\n]", " ", m.group()), text
        )
    many = "Hope <!-- x " * 20_000 + "\n"
    assert list(_comments(many)) == []


def test_a_run_of_name_particles_is_read_once() -> None:
    """ "van der Berg" and "de la Cruz" are names; a long run of "de de de ..." before a name
    is not read again from each of its words: at most four particles go with a name."""
    found = citations.find_citations(
        "A review by van der Berg and de la Cruz et al in Psych Services shows it"
    )
    assert [c.text for c in found] == [
        "review by van der Berg and de la Cruz et al in Psych Services"
    ]
    found = citations.find_citations("de " * 50_000 + "Smith et al")
    assert [c.text for c in found] == ["de de de de Smith et al"]
