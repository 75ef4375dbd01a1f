""" "Did you mean" suggestions: one ranking and one wording for every command."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["closest", "closest_one", "did_you_mean"]


def closest(name: str, choices: Iterable[str], limit: int = 3, cutoff: float = 60) -> list[str]:
    """Up to `limit` choices like `name`, best first; none when nothing is alike.

    Choices that start with `name` come first (shortest first: `chinman2014` suggests
    `chinman2014peer`), then the closest by rapidfuzz WRatio at least `cutoff`, keeping
    only those near the best score, so "did you mean" never guesses wildly.
    """
    pool = sorted(set(choices))
    folded = name.casefold()
    prefixed = sorted(
        (c for c in pool if folded and c.casefold().startswith(folded) and c.casefold() != folded),
        key=lambda c: (len(c), c),
    )
    if len(prefixed) >= limit:
        return prefixed[:limit]
    from rapidfuzz import process

    scored = process.extract(
        name, [c for c in pool if c not in prefixed], limit=limit, score_cutoff=cutoff
    )
    near = [m for m, score, _ in scored if score >= scored[0][1] - 15] if scored else []
    return [*prefixed, *near][:limit]


def did_you_mean(suggestions: list[str]) -> str:
    """ "; did you mean 'a', 'b' or 'c'?", or "" when there is nothing to suggest."""
    if not suggestions:
        return ""
    quoted = [f"'{s}'" for s in suggestions]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"; did you mean {listed}?"


def closest_one(word: str, choices: Sequence[str], cutoff: float = 60) -> str | None:
    """The one most similar choice for a misspelt value or key, or None below the cutoff.

    Compared as sorted words with hyphens as spaces, so "rct-cluster" finds "cluster-rct"
    and "mental health" finds "mental-health"; plain edit distance otherwise ("rtc" → "rct").
    """
    if not choices:
        return None
    from rapidfuzz import fuzz, process

    spaced = {choice: choice.replace("-", " ") for choice in choices}
    match = process.extractOne(
        word.replace("-", " "), spaced, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff
    )
    return match[2] if match else None
