"""data/claims.yaml is ordered by topic, and reordering it changed no claim.

tests/fixtures/claims_manifest.json was recorded before the file was reordered (issue 8):
claim id -> sha256 of the claim as PyYAML loads it, dumped with
`json.dumps(claim, sort_keys=True, ensure_ascii=False)`. Claims added since are not in it, and
do not fail these tests. A deliberate edit to a listed claim updates its hash by hand (the
failure message gives the new one).
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from peerclaims.corpus.vocab import ClaimKind, Outcome, Population


def _repo_root() -> Path:
    """The repository root: the nearest parent holding data/claims.yaml and pyproject.toml."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "data" / "claims.yaml").is_file() and (parent / "pyproject.toml").is_file():
            return parent
    raise FileNotFoundError("no data/claims.yaml above " + str(Path(__file__).parent))


ROOT = _repo_root()
CLAIMS = ROOT / "data" / "claims.yaml"
MANIFEST = ROOT / "tests" / "fixtures" / "claims_manifest.json"
BANNERS = re.compile(
    r"#\s*-+\s*from\b|2nd audit|added in the \w+ audit|claims_\d{3}", re.IGNORECASE
)


def content_hash(claim: dict[str, Any]) -> str:
    """The manifest's hash of one claim: sha256 of its canonical JSON."""
    text = json.dumps(claim, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def claims() -> tuple[dict[str, Any], ...]:
    """The claims of data/claims.yaml, in file order."""
    document = yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))
    return tuple(document["claims"])


@cache
def manifest() -> dict[str, str]:
    """Claim id -> content hash, as recorded before the reorder."""
    recorded: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return recorded


def is_history(claim: dict[str, Any]) -> bool:
    """Whether a claim belongs in the history section."""
    return claim.get("outcome") == Outcome.HISTORY or claim.get("kind") == ClaimKind.HISTORY


def test_manifest_lists_the_whole_corpus_as_recorded() -> None:
    """The manifest holds the 270 claims of the reorder, so an emptied manifest cannot pass."""
    assert len(manifest()) == 270


def test_every_recorded_claim_is_present_and_unchanged() -> None:
    """Every id of the manifest is still in claims.yaml, with the same content."""
    current: dict[str, str] = {}
    for claim in claims():
        current.setdefault(claim["id"], content_hash(claim))
    missing = sorted(set(manifest()) - set(current))
    changed = {
        key: current[key]
        for key, digest in manifest().items()
        if key in current and current[key] != digest
    }
    assert not missing, f"claims gone from {CLAIMS.name}: {missing}"
    assert not changed, (
        "claims whose content changed; if the change is deliberate, put these hashes in "
        f"{MANIFEST.name}: {json.dumps(changed, indent=2)}"
    )


def test_no_merge_banners_remain() -> None:
    """No comment still describes how the file was once merged from parts."""
    found = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(CLAIMS.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith("#") and BANNERS.search(line)
    ]
    assert not found, found


def test_history_comes_first() -> None:
    """The history claims form one section at the top of the file."""
    kinds = [is_history(claim) for claim in claims()]
    first_other = kinds.index(False) if False in kinds else len(kinds)
    late = [claim["id"] for claim in claims()[first_other:] if is_history(claim)]
    assert first_other > 0
    assert not late, f"history claims after the history section: {late}"


def test_each_population_and_outcome_is_together() -> None:
    """Among the recorded claims, those of one (population, outcome) pair are contiguous."""
    recorded = [claim for claim in claims() if claim["id"] in manifest() and not is_history(claim)]
    seen: set[tuple[str, str]] = set()
    previous: tuple[str, str] | None = None
    scattered = []
    for claim in recorded:
        pair = (claim["population"], claim["outcome"])
        if pair != previous and pair in seen:
            scattered.append(f"{claim['id']} ({pair[0]}, {pair[1]})")
        seen.add(pair)
        previous = pair
    assert not scattered, f"claims away from their population and outcome group: {scattered}"


def test_sections_follow_the_vocabulary_order() -> None:
    """Among the recorded claims, populations and their outcomes come in vocab.py's order."""
    populations = list(Population)
    outcomes = list(Outcome)
    recorded = [claim for claim in claims() if claim["id"] in manifest() and not is_history(claim)]
    ranked = [
        ((populations.index(claim["population"]), outcomes.index(claim["outcome"])), claim["id"])
        for claim in recorded
    ]
    out_of_order = [key for (before, _), (after, key) in pairwise(ranked) if after < before]
    assert not out_of_order, f"claims before the group they follow in vocab.py: {out_of_order}"
