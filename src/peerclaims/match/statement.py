"""What a sentence says happens to an outcome: "reduces hospital admissions" is a decrease
in `hospitalization`, whether or not the corpus has a claim worded that way.

Outcome words are the corpus's outcome vocabulary with common synonyms ("readmissions",
"days in hospital", "ER visits"); a few name the opposite of an outcome ("homelessness" is
less `housing`). A direction word ("reduces", "fewer", "improved") counts only when it
governs the outcome: right before it ("reduced readmissions", "a 42% reduction in
readmissions") or right after it ("readmissions fell"). "Improve" and "better" mean a
decrease for outcomes where less is better (symptoms, relapse, costs). A few words state a
benefit with no direction word ("cost-effective", "saves money": lower costs).

A sentence that negates, questions, contrasts, hedges towards no effect or states an aim
("no evidence that ... reduces", "whether", "mixed", "but", "aims to reduce") states no
direction: `stated_effects` returns nothing, so
no rule accuses its citation of contradicting it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerclaims.corpus.vocab import Direction, Outcome
from peerclaims.text.outcome_words import TERMS
from peerclaims.text.sentences import normalise_typography

_O = Outcome
_TERMS: tuple[tuple[str, Outcome, bool], ...] = tuple(
    (pattern, Outcome(outcome), inverted) for pattern, outcome, inverted in TERMS
)

# Outcomes where less is better: "improved symptoms" is fewer symptoms.
_LESS_IS_BETTER = frozenset(
    {
        _O.HOSPITALIZATION,
        _O.EMERGENCY_DEPARTMENT,
        _O.CRISIS_SERVICES,
        _O.SYMPTOMS,
        _O.DEPRESSION,
        _O.SUBSTANCE_USE,
        _O.RELAPSE,
        _O.OVERDOSE,
        _O.LONELINESS,
        _O.STIGMA,
        _O.CRIMINAL_JUSTICE,
        _O.SUICIDE,
        _O.COST,
        _O.MORTALITY,
        _O.ADVERSE_EVENTS,
    }
)

_DOWN = (
    r"reduc\w*|decreas\w*|lower\w*|fewer|less|declin\w*|drop(?:s|ped)?|fell|falls?|cuts?|"
    r"diminish\w*|lessen\w*|shorten\w*|shorter|prevent\w*|avert\w*|avoid\w*|minimi[sz]\w*|"
    r"eliminat\w*"
)
_UP = r"increas\w*|rais(?:e|es|ed|ing)|higher|greater|boost\w*|enhanc\w*|strengthen\w*|rose|rises?"
_BETTER = r"improv\w*|better"
_DIRECTION = re.compile(rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP})|(?P<better>{_BETTER}))\b")
_OUTCOMES = re.compile(
    r"\b(?:" + "|".join(f"(?P<o{i}>{pattern})" for i, (pattern, _, _) in enumerate(_TERMS)) + r")\b"
)

# Negation, questions and null or unsettled findings: the sentence states no direction.
_NO_DIRECTION = re.compile(
    r"\b(?:no|not|nor|neither|never|without|none|n't|cannot|fail(?:ed|s)? to|little|"
    r"whether|if|mixed|inconsistent|inconclusive|unclear|uncertain|insufficient|limited|"
    r"null|equivocal|contrary|conflicting|however|although|though|despite|but|yet|while|"
    r"whereas|nevertheless|nonetheless|controls?|comparison group|usual care group|non-?peer|"
    # an aim, a hope or a hypothesis is not a finding
    r"aims?|aimed|aiming|intend\w*|designed|goals?|seeks?|sought|hypothes\w*|expected|"
    r"purpose|objective|in order)\b|n't\b|\?"
)
# A connective opening the sentence links it to the one before; it does not contrast within it
# ("However, peer support has also been shown to lead to higher quality of life").
_LINKING = re.compile(r"\A\W*(?:however|yet|but|nevertheless|nonetheless)\b,?")
# Words that state a benefit by themselves, with no direction word: "is cost-effective".
_IMPLIED: tuple[tuple[re.Pattern[str], Outcome, Direction], ...] = (
    (
        re.compile(
            r"\bcost[- ]?(?:effective(?:ness)?|saving|savings)\b|\bnet savings\b|"
            r"\bsav(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}(?:money|dollars|costs?)\b|"
            r"\breturn on (?:the )?investment\b"
        ),
        _O.COST,
        Direction.DECREASE,
    ),
    (
        re.compile(
            r"\b(?:more|better|stay(?:s|ed)? (?:more )?|remain(?:s|ed)? (?:more )?)engaged "
            r"(?:in|with)\b"
        ),
        _O.ENGAGEMENT,
        Direction.INCREASE,
    ),
    (
        re.compile(r"\b(?:stay(?:s|ed)?|remain(?:s|ed)?) in (?:treatment|care|services) longer\b"),
        _O.TREATMENT_RETENTION,
        Direction.INCREASE,
    ),
)
# A head that governs a whole list ("greater gains in confidence (A), knowledge (B) and
# medication adherence (C)", "evidence for effectiveness in relation to recovery and
# symptoms"): its direction reaches each outcome of the list that has none of its own, until
# the clause ends or a verb or comparison starts another statement.
_HEAD = re.compile(
    r"\b(?:(?:(?P<down>reductions?|decreases?|declines?|drops?)|(?P<up>gains?|increases?|growth)|"
    r"(?P<better>improvements?))\s+(?:in|on)"
    # effectiveness found or stated is a benefit on each outcome of its list: "found evidence
    # for effectiveness in relation to recovery and psychiatric symptoms" (not "examined the
    # effectiveness on ...", an aim)
    r"|(?:evidence\s+(?:for|of)\s+(?:the\s+|its\s+)?|(?:is|are|was|were|proven|shown)\s+"
    r"(?:\w+ly\s+)?)effective(?:ness)?\s+(?:for|on|in|at|in\s+relation\s+to|with\s+regard\s+to|"
    r"regarding|in\s+terms\s+of))\b"
)
_LIST_BREAK = re.compile(
    r"[;:.]|\b(?:was|were|is|are|be|been|being|has|have|had|associated|linked|led|resulted|"
    r"than|compared|while|whereas|with|among|after|because|when|which|who|that)\b"
)
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|or|&|as well as)?\s*$")
_WORDS = re.compile(r"[\w&'’-]+")
_BEFORE = 5  # words a direction word may stand before its outcome ("reduced the number of ...")
_AFTER = 3  # words it may stand after it ("readmissions were reduced")


@dataclass(frozen=True, slots=True)
class Stated:
    """An outcome and the direction a sentence gives it, and where the outcome is."""

    outcome: Outcome
    direction: Direction
    start: int
    end: int

    @property
    def beneficial(self) -> bool:
        """Whether the sentence states a benefit (fewer symptoms, more hope), as claims for
        peer support do; a rise in admissions is more likely a baseline or a problem."""
        if self.outcome in (_O.SERVICE_USE,):
            return False  # more or less service use is a benefit depending on the service
        less = self.outcome in _LESS_IS_BETTER
        return self.direction == (Direction.DECREASE if less else Direction.INCREASE)


def stated_effects(sentence: str) -> list[Stated]:
    """The (outcome, direction) pairs the sentence asserts, in order; none if it negates,
    compares or hedges towards no effect."""
    text = normalise_typography(sentence).lower()
    if _NO_DIRECTION.search(_LINKING.sub("", text, count=1)):
        return []
    words = [m.start() for m in _WORDS.finditer(text)]
    directions = [(_word_index(words, m.start()), m) for m in _DIRECTION.finditer(text)]
    found = []
    for match in _OUTCOMES.finditer(text):
        index = next(int(name[1:]) for name, value in match.groupdict().items() if value)
        first = _word_index(words, match.start())
        found.append((match, index, first, _word_index(words, match.end() - 1)))
    out: list[Stated] = []
    governed: re.Match[str] | None = None
    for n, (match, index, first, last) in enumerate(found):
        _, outcome, inverted = _TERMS[index]
        # a direction word governs the outcome next to it, not one further along
        after_previous = found[n - 1][3] if n else -1
        before_next = found[n + 1][2] if n + 1 < len(found) else len(words)
        direction = _governing(directions, first, last, after_previous, before_next)
        if (
            direction is None
            and n
            and governed
            and _COORDINATED.match(text[found[n - 1][0].end() : match.start()])
        ):
            direction = governed  # "reduced readmissions and emergency visits"
        if direction is None:
            direction = _list_head(text, match.start(), directions)
        governed = direction
        if direction is None:
            continue
        way = _way(direction, outcome)
        if way is None:
            continue
        if inverted:
            way = Direction.INCREASE if way == Direction.DECREASE else Direction.DECREASE
        if not any(s.outcome == outcome for s in out):
            out.append(Stated(outcome, way, match.start(), match.end()))
    for pattern, outcome, way in _IMPLIED:
        implied = pattern.search(text)
        if implied and not any(s.outcome == outcome for s in out):
            out.append(Stated(outcome, way, implied.start(), implied.end()))
    return sorted(out, key=lambda s: s.start)


def _list_head(
    text: str, start: int, directions: list[tuple[int, re.Match[str]]]
) -> re.Match[str] | None:
    """The list head ("gains in") whose list the outcome at `start` is an item of, if any:
    the nearest before it, with no clause break, verb or direction word in between."""
    heads = [h for h in _HEAD.finditer(text, 0, start) if h.end() <= start]
    if not heads:
        return None
    head = heads[-1]
    between = text[head.end() : start]
    if _LIST_BREAK.search(between) or any(head.end() <= m.start() < start for _, m in directions):
        return None
    return head


def _word_index(starts: list[int], offset: int) -> int:
    """The index of the word holding `offset` (the last word starting at or before it)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _governing(
    directions: list[tuple[int, re.Match[str]]], first: int, last: int, floor: int, ceiling: int
) -> re.Match[str] | None:
    """The direction word nearest before the outcome (within `_BEFORE` words, after the
    previous outcome), else the one nearest after it (within `_AFTER`, before the next)."""
    before = [(first - i, m) for i, m in directions if 0 < first - i <= _BEFORE and i > floor]
    if before:
        return min(before, key=lambda pair: pair[0])[1]
    after = [(i - last, m) for i, m in directions if 0 < i - last <= _AFTER and i < ceiling]
    return min(after, key=lambda pair: pair[0])[1] if after else None


def _way(direction: re.Match[str], outcome: Outcome) -> Direction | None:
    if direction.group("down"):
        return Direction.DECREASE
    if direction.group("up"):
        return Direction.INCREASE
    if outcome in (_O.SERVICE_USE, _O.ENGAGEMENT):
        return None  # "improved service use" names no direction
    return Direction.DECREASE if outcome in _LESS_IS_BETTER else Direction.INCREASE


def mentioned_outcomes(sentence: str) -> set[Outcome]:
    """Every outcome the sentence names, with or without a direction."""
    return {outcome for outcome, _, _ in outcome_mentions(sentence)}


def outcome_mentions(sentence: str) -> list[tuple[Outcome, int, int]]:
    """Each outcome word of the sentence, with its span, in order."""
    text = normalise_typography(sentence).lower()
    out = []
    for match in _OUTCOMES.finditer(text):
        index = next(int(name[1:]) for name, value in match.groupdict().items() if value)
        out.append((_TERMS[index][1], match.start(), match.end()))
    return out
