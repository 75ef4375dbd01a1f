"""Money in a claim: a sum of money, a cost or return figure, and the measures a benefit-cost
analysis reports ("saves £4 for every £1", "Benefits minus costs $3,888")."""

from __future__ import annotations

import re

_I = re.IGNORECASE

CURRENCY = re.compile(
    r"(?:\b(?:money|cash)\b|[$£€]\s?\d[\d,.]*|"
    r"(?<![\d,.])\d[\d,.]*\s?(?:(?:million|billion|thousand)\s)?(?:dollars|pounds|euros)|"
    r"\b(?:(?:hundreds of )?thousands|millions|billions) of (?:dollars|pounds|euros))",
    _I,
)
_RETURN_MEASURE = (
    r"benefits?[- ]+(?:minus|less|net of)[- ]+costs?|net (?:present )?(?:benefits?|value)|"
    r"benefit[- ]+(?:to[- ]+)?cost[- ]+ratio|benefits? (?:exceed(?:s|ed)?|greater than|outweigh\w*) "
    r"(?:the )?costs?"
)
RETURN = re.compile(
    r"\b(sav(?:e|es|ed|ing|ings)|return on investment|ROI|returns?|offsets?|"
    r"for every|cost[- ]effective\w*|cost[- ]benefit|cost reduction|reduc\w* (?:the )?costs?|"
    r"lower(?:s|ed)? (?:the )?(?:overall )?costs?|" + _RETURN_MEASURE + r")\b",
    _I,
)
"""A cost or return figure: savings, a return on investment, "£4 for every £1", a net
benefit or a benefit-cost ratio ("Benefits minus costs $3,888")."""

RETURN_MEASURE = re.compile(r"\b(?:" + _RETURN_MEASURE + r")\b", _I)
"""A measure only a benefit-cost analysis states: a block that holds one is an analysis's
summary, whose sums of benefits and costs are its results ("Total benefits $8,030", "Net
program cost ($4,142)"), where a budget's or a price list's sums are not."""

ANALYSIS_SUM = re.compile(
    r"\b(?:(?:total|net|direct|indirect)\s+)?(?:benefits?|(?:program(?:me)?\s+)?costs?|savings)\b",
    _I,
)
"""A sum an analysis of benefits and costs reports, under a `RETURN_MEASURE`."""
