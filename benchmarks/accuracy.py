"""How well `peerclaims check` reads real documents: scored against keys written by people.

    python benchmarks/accuracy.py                  # a table per document, then the totals
    python benchmarks/accuracy.py --verbose        # and every miss and every false finding
    python benchmarks/accuracy.py --json           # the same figures as JSON
    python benchmarks/accuracy.py --set DIR        # another set laid out the same way
    python benchmarks/accuracy.py --all            # the set and its parts (miscites/) as one

The set is `tests/realworld/`: real public documents, each beside a key (`NAME.key.yaml`,
format in tests/realworld/README.md) that lists every in-text citation, the reference list
and every benefit claim with a verdict. Each document is checked with the bundled corpus and
the default rules, as `peerclaims check FILE` would, and scored:

- **citations**: a citation the checker finds matches a key citation when their lines
  overlap and they share a word or number (a surname, a year, an endnote number), or are the
  same mark ("*"); one to one, in document order. Recall = matched / key citations; precision = matched / found.
- **uncited claims**: key claims with `cited: false`; found when an `uncited-claim` finding
  falls on the claim's lines.
- **miscited claims**: key claims with verdict `miscited` or `contradicted` whose citation
  (on the claim's lines) names a work in the corpus; found when an evidence rule
  (misattributed-claim, statistic-mismatch, contradicted-claim, figure-not-in-evidence,
  design-mismatch, outcome-not-reported) fires on the claim's lines.
- **false errors / false warnings**: findings of that severity the key does not justify. A
  claim rule is justified on a claim of the matching verdict; `unresolved-citation` on a
  key citation (a real citation the corpus does not hold); `vague-citation` on a key citation
  of kind `vague`, or one the key records without what the finding says it lacks (its year,
  or its authors); `missing-from-reference-list` when the key's own reference list lacks the
  cited first author and year; `et-al-misuse` when a key citation that resolves to a corpus
  work names its authors as APA 7 does not (one name for three or more authors, or for two;
  "et al." for two), judged from the key's authors and text and the work's author count;
  `author-misspelt` when the key citation's own authors and year resolve to a corpus work
  with an author spelt differently (the key records the name as the document prints it);
  `year-mismatch` when the key citation's note names the corpus work it takes the citation
  for and that work's year is not the one the key records as printed;
  `overstated-certainty` saying no evidence in the corpus supports the sentence, when a key
  claim there holds the quoted certainty word and no evidence backs it (verdict `uncited` or
  `unresolvable`: the issue calls such a word overstated "when no evidence in the corpus
  matches at all").
  Anything else is justified only by an `expect: [rule-name]`
  list on the key item (citation, claim or reference-list entry) at that line, which the
  key's author adds after reading the document and judging the finding right.
  Info findings are not scored.

The targets are issue 10's; tests/realworld/test_accuracy.py holds the floors CI enforces.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from peerclaims.check import check_document
from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.documents import read_document
from peerclaims.match.context import Context
from peerclaims.match.reading import Analysis
from peerclaims.match.resolve import Resolution, Status, resolve
from peerclaims.runner import load_corpus
from peerclaims.text.folding import fold

SET = Path(__file__).resolve().parents[1] / "tests" / "realworld"
MISCITE_RULES = frozenset(
    {
        "misattributed-claim",
        "statistic-mismatch",
        "contradicted-claim",
        "figure-not-in-evidence",
        "design-mismatch",
        "outcome-not-reported",
    }
)
MISCITED = frozenset({"miscited", "contradicted"})
TARGETS = {
    "citation_recall": 0.97,
    "citation_precision": 0.97,
    "uncited_recall": 0.85,
    "miscite_recall": 0.7,
    "false_errors": 0,
    "false_warnings_per_1000_words": 0.5,
}
_IGNORED_TOKENS = frozenset({"et", "al", "and", "see", "e", "g", "eg", "cf", "also", "the", "in"})


@dataclass(frozen=True)
class Span:
    """Lines first..last (1-based, inclusive) of an item of the key or of a finding."""

    first: int
    last: int

    def overlaps(self, other: Span) -> bool:
        return self.first <= other.last and other.first <= self.last

    def holds(self, line: int) -> bool:
        return self.first <= line <= self.last


@dataclass
class DocScore:
    """One document's figures; the lists name what was missed and what was wrong."""

    name: str
    words: int
    citations: int = 0
    found_citations: int = 0
    matched_citations: int = 0
    uncited: int = 0
    uncited_found: int = 0
    miscited: int = 0
    miscited_found: int = 0
    false_errors: list[str] = field(default_factory=list)
    false_warnings: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"\w+", fold(text)) if t not in _IGNORED_TOKENS}


def _span(item: dict[str, Any]) -> Span:
    first = int(item["line"])
    last = int(item.get("end_line") or first + str(item.get("text") or "").count("\n"))
    return Span(first, max(first, last))


def _expects(item: dict[str, Any]) -> set[str]:
    return set(item.get("expect") or ())


def document_of(key_path: Path) -> Path:
    """The document a key describes: same stem, any other suffix."""
    stem = key_path.name.removesuffix(".key.yaml")
    found = [p for p in key_path.parent.glob(f"{stem}.*") if not p.name.endswith(".key.yaml")]
    if len(found) != 1:
        raise SystemExit(f"{key_path}: expected one document named {stem}.*, found {len(found)}")
    return found[0]


def _found_citations(analysis: Analysis) -> list[tuple[Span, str]]:
    """One entry per cited work, as the keys list them ("(A, 2001; B, 2002)" is two): each
    work of an author-year citation, each numbered citation."""
    out = []
    for found in analysis.citations:
        block = analysis.blocks[found.block]
        if block.unit is not None:  # slides, paragraphs: no lines to compare
            continue
        parts = [(w.start, w.end, w.text) for w in found.citation.works] or [
            (found.citation.start, found.citation.end, found.citation.text)
        ]
        for start, end, text in parts:
            first, _ = block.position(start)
            last, _ = block.position(max(start, end - 1))
            out.append((Span(first, last), text))
    return sorted(out, key=lambda f: (f[0].first, f[0].last))


def _match_citations(
    keyed: list[dict[str, Any]], found: list[tuple[Span, str]]
) -> tuple[set[int], set[int]]:
    """Indices of key citations and found citations matched one to one."""
    used_key: set[int] = set()
    used_found: set[int] = set()
    for i, item in enumerate(keyed):
        text = str(item.get("text") or "").strip()
        span, words = _span(item), _tokens(text)
        words |= {fold(a) for a in item.get("authors") or ()} | set(item.get("numbers") or ())
        for j, (fspan, ftext) in enumerate(found):
            # a mark with no word in it ("*", "†") matches a mark written the same
            same = ftext.strip() == text
            if j not in used_found and span.overlaps(fspan) and (words & _tokens(ftext) or same):
                used_key.add(i)
                used_found.add(j)
                break
    return used_key, used_found


def _resolved(item: dict[str, Any], context: Context) -> Resolution | None:
    """How the key citation's own authors and year resolve in the corpus (None: no authors)."""
    authors = tuple(str(a) for a in item.get("authors") or ())
    year = item.get("year")
    return resolve(authors, str(year) if year else None, context.citations) if authors else None


def _in_corpus(item: dict[str, Any], context: Context) -> bool:
    res = _resolved(item, context)
    return res is not None and res.status in (Status.EXACT, Status.VARIANT)


def _listed(key: dict[str, Any], citation: dict[str, Any]) -> bool:
    authors = citation.get("authors") or []
    if not authors:
        return True
    first, year = fold(str(authors[0])), str(citation.get("year") or "")
    for entry in key.get("reference_list") or []:
        names = entry.get("authors") or []
        if names and fold(str(names[0])) == first and str(entry.get("year") or "") == year:
            return True
    return False


def _et_al_wrong(item: dict[str, Any], context: Context) -> bool:
    """The key citation names its corpus work's authors as APA 7 does not."""
    res = _resolved(item, context)
    ref = context.corpus.reference(res.key) if res and res.key else None
    if not _in_corpus(item, context) or ref is None:
        return False
    named, et_al = len(item.get("authors") or ()), "et al" in str(item.get("text") or "")
    count = len(ref.authors)
    return (count >= 3 and named == 1 and not et_al) or (count == 2 and (et_al or named == 1))


def _misspelt(item: dict[str, Any], context: Context) -> bool:
    """The key citation's authors, as printed, name a corpus work spelt otherwise."""
    res = _resolved(item, context)
    return (
        res is not None
        and res.status == Status.VARIANT
        and any(d.field == "author" for d in res.differences)
    )


def _year_wrong(item: dict[str, Any], context: Context) -> bool:
    """The key citation's note names the corpus work it takes the citation for, and that
    work's year is not the one printed ("taken to be ... (corpus repper2011, published 2011)"
    for "Repper & Carter, 2010"): the keyer's identification, not the checker's."""
    res = _resolved(item, context)
    return (
        res is not None
        and res.key is not None
        and res.key in str(item.get("note") or "")
        and any(d.field == "year" for d in res.differences)
    )


def _lacks(item: dict[str, Any], d: Diagnostic) -> bool:
    """The key citation the finding quotes lacks what the finding says it lacks: a year ("names
    no year or reference") or an author ("names no author or title"), whatever kind the key
    gives it ("A 2005 Canadian report", keyed narrative for its year, names no author)."""
    quoted = re.search(r"'(.+?)' names no", d.message, re.DOTALL)
    if quoted is None or not _tokens(quoted.group(1)) & _tokens(str(item.get("text") or "")):
        return False
    if "no year" in d.message:
        return not item.get("year")
    return "no author" in d.message and not item.get("authors")


def _unbacked_certainty(claim: dict[str, Any], d: Diagnostic) -> bool:
    """The key claim holds the certainty word the finding quotes ("proven") and no evidence
    backs it (verdict `uncited` or `unresolvable`): issue 10 calls a certainty word overstated
    "when no evidence in the corpus matches at all"."""
    quoted = re.match(r"'(.+?)' ", d.message)
    if quoted is None or claim.get("verdict") not in ("uncited", "unresolvable"):
        return False
    word = quoted.group(1).lower()
    return re.search(rf"\b{re.escape(word)}\b", str(claim.get("text") or "").lower()) is not None


def _justified(d: Diagnostic, key: dict[str, Any], context: Context) -> bool:
    line = d.line
    claims = [c for c in key.get("claims") or [] if _span(c).holds(line)]
    cites = [c for c in key.get("citations") or [] if _span(c).holds(line)]
    entries = [e for e in key.get("reference_list") or [] if _span(e).holds(line)]
    if any(d.name in _expects(item) for item in (*claims, *cites, *entries)):
        return True
    if d.name == "uncited-claim":
        return any(not c.get("cited") for c in claims)
    if d.name in MISCITE_RULES:
        return any(c.get("verdict") in MISCITED for c in claims)
    if d.name == "unresolved-citation":
        return bool(cites)
    if d.name == "overstated-certainty" and "no evidence in the corpus" in d.message:
        return any(_unbacked_certainty(c, d) for c in claims)
    if d.name == "vague-citation":
        return any(c.get("kind") == "vague" or _lacks(c, d) for c in cites)
    if d.name == "et-al-misuse":
        return any(_et_al_wrong(c, context) for c in cites)
    if d.name == "author-misspelt":
        return any(_misspelt(c, context) for c in cites)
    if d.name == "year-mismatch":
        return any(_year_wrong(c, context) for c in cites)
    if d.name == "missing-from-reference-list":
        return bool(key.get("reference_list")) and any(not _listed(key, c) for c in cites)
    return False


def score_document(key_path: Path, context: Context) -> DocScore:
    """Check one document and score it against its key."""
    key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    doc = read_document(document_of(key_path))
    analysis = Analysis(doc, context)
    diagnostics = check_document(doc, context)
    score = DocScore(key_path.name.removesuffix(".key.yaml"), int(key.get("words") or 0))

    header = int(key.get("header_lines") or 0)  # the provenance header is not the document's
    diagnostics = [d for d in diagnostics if d.line > header]
    keyed = list(key.get("citations") or [])
    found = [f for f in _found_citations(analysis) if f[0].first > header]
    used_key, used_found = _match_citations(keyed, found)
    score.citations, score.found_citations = len(keyed), len(found)
    score.matched_citations = len(used_key)
    score.missed += [
        f"citation missed: line {c['line']}: {str(c.get('text'))!r}"
        for i, c in enumerate(keyed)
        if i not in used_key
    ]
    score.unexpected += [
        f"not a citation: line {s.first}: {text!r}"
        for j, (s, text) in enumerate(found)
        if j not in used_found
    ]

    by_rule: dict[str, list[int]] = {}
    for d in diagnostics:
        by_rule.setdefault(d.name, []).append(d.line)
    for claim in key.get("claims") or []:
        span = _span(claim)
        if not claim.get("cited"):
            score.uncited += 1
            if any(span.holds(n) for n in by_rule.get("uncited-claim", ())):
                score.uncited_found += 1
            else:
                score.missed.append(f"uncited claim missed: line {span.first}: {_clip(claim)}")
        elif claim.get("verdict") in MISCITED:
            cites = [c for c in keyed if _span(c).overlaps(span)]
            if not any(_in_corpus(c, context) for c in cites):
                continue
            score.miscited += 1
            if any(span.holds(n) for rule in MISCITE_RULES for n in by_rule.get(rule, ())):
                score.miscited_found += 1
            else:
                score.missed.append(f"{claim['verdict']} claim missed: line {span.first}")

    for d in diagnostics:
        if d.severity == Severity.INFO or _justified(d, key, context):
            continue
        text = f"{d.severity}: line {d.line}: {d.name}: {d.message}"
        (score.false_errors if d.severity == Severity.ERROR else score.false_warnings).append(text)
    return score


def _clip(claim: dict[str, Any], width: int = 70) -> str:
    text = " ".join(str(claim.get("text") or "").split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def score_set(directory: Path = SET) -> list[DocScore]:
    """Score every keyed document of a set with the bundled corpus."""
    context = Context.build(load_corpus().corpus)
    return [score_document(k, context) for k in sorted(directory.glob("*.key.yaml"))]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def totals(scores: Sequence[DocScore]) -> dict[str, float]:
    """The set's figures, named as TARGETS names them."""
    words = sum(s.words for s in scores)
    return {
        "documents": len(scores),
        "words": words,
        "citations": sum(s.citations for s in scores),
        "citation_recall": _ratio(
            sum(s.matched_citations for s in scores), sum(s.citations for s in scores)
        ),
        "citation_precision": _ratio(
            sum(s.matched_citations for s in scores), sum(s.found_citations for s in scores)
        ),
        "uncited_claims": sum(s.uncited for s in scores),
        "uncited_recall": _ratio(
            sum(s.uncited_found for s in scores), sum(s.uncited for s in scores)
        ),
        "miscited_claims": sum(s.miscited for s in scores),
        "miscite_recall": _ratio(
            sum(s.miscited_found for s in scores), sum(s.miscited for s in scores)
        ),
        "false_errors": sum(len(s.false_errors) for s in scores),
        "false_warnings": sum(len(s.false_warnings) for s in scores),
        "false_warnings_per_1000_words": 1000
        * sum(len(s.false_warnings) for s in scores)
        / max(words, 1),
    }


def meets(name: str, value: float) -> bool:
    """Whether a figure meets its target (counts of false findings: at most; rates: at least)."""
    target = TARGETS[name]
    return value <= target if name.startswith("false_") else value >= target


def _table(scores: Iterable[DocScore], verbose: bool) -> str:
    rows = [
        f"{'document':44} {'words':>6} {'cit R':>6} {'cit P':>6} {'uncited':>8} "
        f"{'miscite':>8} {'fE':>3} {'fW':>3}"
    ]
    for s in scores:
        rows.append(
            f"{s.name[:44]:44} {s.words:>6} "
            f"{_ratio(s.matched_citations, s.citations):>6.2f} "
            f"{_ratio(s.matched_citations, s.found_citations):>6.2f} "
            f"{s.uncited_found:>3}/{s.uncited:<4} {s.miscited_found:>3}/{s.miscited:<4} "
            f"{len(s.false_errors):>3} {len(s.false_warnings):>3}"
        )
        if verbose:
            rows += [f"    {m}" for m in (*s.missed, *s.unexpected)]
            rows += [f"    FALSE {m}" for m in (*s.false_errors, *s.false_warnings)]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=SET, help="folder of documents and keys")
    parser.add_argument("--verbose", action="store_true", help="list misses and false findings")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--all", action="store_true", help="score the set and every keyed folder inside it"
    )
    args = parser.parse_args(argv)
    scores = score_set(args.set)
    if args.all:
        for part in sorted(p for p in args.set.iterdir() if p.is_dir()):
            scores += score_set(part)
    summary = totals(scores)
    if args.json:
        print(json.dumps({"totals": summary, "documents": [asdict(s) for s in scores]}, indent=2))
        return 0
    print(_table(scores, args.verbose))
    print()
    for name, value in summary.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        target = ""
        if name in TARGETS:
            sign = "<=" if name.startswith("false_") else ">="
            target = f"   target {sign} {TARGETS[name]}  {'ok' if meets(name, value) else 'BELOW'}"
        print(f"{name:32} {shown:>8}{target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
