"""Claims made of figures: a cost or a return, and a count standing alone on a slide.

- a cost or a return: a sum of money with savings, a return, a cost reduction, a net
  benefit or a benefit-cost ratio ("saves £4 for every £1"), two costs compared ("$1,057 for
  respite-users compared with $3,187"), and in a benefit-cost summary its sums of benefits
  and costs ("Total benefits $8,030");
- a share of the people a service served who reached an outcome ("88% of patients seen by
  AnchorED recovery coaches have engaged in community recovery supports", "Seventy-nine
  percent of the patients that we meet with choose treatment");
- a count of something standing alone ("48 states and DC reimburse peer support", "Over
  30,000 trained peer supporters"); a year, a slide's or a page's number is none.

`claimlike.is_claim` decides where these count (a count only standing alone).
"""

from __future__ import annotations

import re

from peerclaims.text import claim_words as words
from peerclaims.text import money_words as money
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


_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|one\s+hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_SHARE_OF = re.compile(
    rf"(?:\b\d+(?:\.\d+)?\s*(?:%|percent\b)|\b{_NUMBER_WORD}\s+percent\b)\s*"
    r"(?:\([^()]{0,30}\)\s*)?of\s+(?:the\s+|our\s+|all\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:individuals|people|persons|patients|participants|clients|consumers|veterans|members|"
    r"callers|youth|families|parents|mothers|adults|those)\b",
    re.IGNORECASE,
)
# who served them, right after: "seen by AnchorED recovery coaches", "served by WV PEERS",
# "receiving peer support", "that we meet with"
_SERVED_BY = re.compile(
    r"[^.;:]{0,40}?\b(?:(?:served|seen|supported|coached|referred|reached|assisted|helped|"
    r"enrolled)\s+(?:by|through|in)|receiving|who\s+(?:received|used|got|met\s+with|"
    r"worked\s+with)|(?:that|whom?)\s+(?:we|our\s+\w+)\s+\w+|"
    # "87% of the people recovery coaches intervened with"
    r"(?:that\s+|whom\s+)?(?:the\s+)?(?:peer\s+|recovery\s+)?(?:coaches|peers|navigators|mentors|"
    r"specialists|supporters|workers)\s+(?:\w+\s+){0,2}?(?:intervened|worked|met|served|saw|"
    r"helped|engaged|supported))\b(?P<by>[^.;:]*)",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"\b(?:we|our|programs?|programmes?|services?|[A-Z]{2,}\w*)\b")


def states_served_share(sentence: str) -> bool:
    """A share of the people a service served who reached an outcome: they were served by
    peers, a programme or "we" (the service speaking), and an outcome follows. A share of a
    population ("60 percent of youth with major depression are not receiving treatment")
    names no service."""
    sentence = normalise_typography(sentence)
    for match in _SHARE_OF.finditer(sentence):
        served = _SERVED_BY.match(sentence, match.end())
        if not served:
            continue
        by, who = served["by"], served.group(0)
        serving = words.PEER.search(by) or words.PEER.search(who) or _SERVICE.search(who)
        if serving and words.OUTCOME.search(words.PEER.sub(" ", by)):
            return True
    return False


def states_figure(sentence: str, returns: bool = False) -> bool:
    """A figure that is a claim whoever's it is: a cost or a return, a service's share of
    people reaching an outcome, and in a block with a net benefit or a ratio (`returns`), a
    sum of benefits or costs."""
    return (
        states_cost(sentence)
        or states_served_share(sentence)
        or (returns and analysis_sum(sentence))
    )


def states_cost(sentence: str) -> bool:
    """A sum of money saved or returned ("saves £4 for every £1", "$550,215 in savings"), or
    two costs compared ("costs were $1,057 for respite-users compared with $3,187 for
    non-users")."""
    sentence = normalise_typography(sentence)
    if money.CURRENCY.search(sentence) and money.RETURN.search(sentence):
        return True
    compared = len(money.CURRENCY.findall(sentence)) >= 2 and words.COMPARISON.search(sentence)
    return bool(compared and _COSTS.search(sentence))


_COSTS = re.compile(r"\b(?:costs?|spend(?:ing)?|expenditures?|charges)\b", re.IGNORECASE)


def analysis_sum(sentence: str) -> bool:
    """A sum of benefits or costs in a benefit-cost summary ("Total benefits $8,030")."""
    sentence = normalise_typography(sentence)
    return bool(money.CURRENCY.search(sentence) and money.ANALYSIS_SUM.search(sentence))


def states_statistic(sentence: str) -> bool:
    """A count of something: "48 states and DC reimburse", "over 30,000 trained peers"."""
    sentence = normalise_typography(sentence)
    for match in STATISTIC.finditer(sentence):
        number = match.group(0).split()[0].rstrip("+")
        if not _YEARISH.match(number):
            return not is_heading_like(sentence)
    return False
