"""Claims made of figures: a cost or a return, and a count standing alone on a slide.

- a cost or a return: a sum of money with savings, a return, a cost reduction, a net
  benefit or a benefit-cost ratio ("saves £4 for every £1"), two costs compared ("$1,057 for
  respite-users compared with $3,187"), and in a benefit-cost summary its sums of benefits
  and costs ("Total benefits $8,030");
- a count of something standing alone ("48 states and DC reimburse peer support", "Over
  30,000 trained peer supporters"); a year, a slide's or a page's number is none.

`claimlike.is_claim` decides where these count (a count only standing alone).
"""

from __future__ import annotations

import re

from peerclaims.text import claim_words as words
from peerclaims.text.sentences import is_heading_like, normalise_typography

STATISTIC = re.compile(
    r"(?<![\w.,])(?<!slide\s)(?<!page\s)(?<!step\s)(?<!part\s)(?<!unit\s)(?<!week\s)(?<!module\s)"
    r"\d[\d,.]*\+?(?:[\s\xa0]+(?:\([^)]{0,30}\)|[\w-]+)){0,3}?[\s\xa0]+"
    r"(states|people|participants|individuals|persons|peers?|workers|specialists|"
    r"programs|programmes|times|clients|patients|adults|youth|families|members|"
    r"supporters|providers|counties|countries)\b",
    re.IGNORECASE,
)
_YEARISH = re.compile(r"^(?:1[6-9]|20)\d\d$")


def states_cost(sentence: str) -> bool:
    """A sum of money saved or returned ("saves £4 for every £1", "$550,215 in savings"), or
    two costs compared ("costs were $1,057 for respite-users compared with $3,187 for
    non-users")."""
    sentence = normalise_typography(sentence)
    if words.CURRENCY.search(sentence) and words.RETURN.search(sentence):
        return True
    compared = len(words.CURRENCY.findall(sentence)) >= 2 and words.COMPARISON.search(sentence)
    return bool(compared and _COSTS.search(sentence))


_COSTS = re.compile(r"\b(?:costs?|spend(?:ing)?|expenditures?|charges)\b", re.IGNORECASE)


def analysis_sum(sentence: str) -> bool:
    """A sum of benefits or costs in a benefit-cost summary ("Total benefits $8,030")."""
    sentence = normalise_typography(sentence)
    return bool(words.CURRENCY.search(sentence) and words.ANALYSIS_SUM.search(sentence))


def states_statistic(sentence: str) -> bool:
    """A count of something: "48 states and DC reimburse", "over 30,000 trained peers"."""
    sentence = normalise_typography(sentence)
    for match in STATISTIC.finditer(sentence):
        number = match.group(0).split()[0].rstrip("+")
        if not _YEARISH.match(number):
            return not is_heading_like(sentence)
    return False
