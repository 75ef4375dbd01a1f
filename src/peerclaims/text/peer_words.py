"""Peer support by name or described: what a benefit without an outcome must be about
(`claim_words.BENEFIT`), including lay and community workers from the community served."""

from __future__ import annotations

import re

_I = re.IGNORECASE

PEER = re.compile(
    r"\b(peers?|peer-\w+|PSWs?|PSSs?|PRSS|mutual (?:aid|help|support)|lived[- ]experience|"
    r"clubhouses?|self-help groups?|consumer[- ](?:led|run|operated|delivered|provided)|"
    r"(?:Alcoholics|Narcotics) Anonymous|(?-i:AA)|twelve-step|12-step|Al-Anon|Alateen|"
    r"SMART Recovery|support groups?|befriend\w*|lay[- ]led|lay[- ]leaders?|"
    # lay and community workers from the community served: "CHWs have been shown to provide
    # efficacious interventions", "promotores", "a trained lay counsellor"
    r"community health workers?|(?-i:CHWs?)|promotor(?:a|e)s?|"
    r"lay (?:health )?(?:workers?|counsell?ors?|advisers?|advisors?)|"
    r"recovery (?:coach\w*|support services)|"
    # "The opportunity to support each other is mutually beneficial"
    r"support(?:s|ed|ing)?\s+(?:each\s+other|one\s+another)|"
    # peer support described: "Sharing experiences with people who have gone through similar
    # challenges"
    r"(?:shar(?:e|es|ed|ing)\s+(?:their\s+|of\s+)?(?:own\s+)?experiences?\s+with|"
    r"(?:people|others|someone)\s+who\s+(?:have\s+|has\s+)?(?:gone|been)\s+through\s+"
    r"(?:similar|the\s+same)))\b",
    _I,
)
"""Peer support by name, or described, which a benefit without an outcome must be about."""
