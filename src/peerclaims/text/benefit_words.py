"""Soft benefits: verbs of benefit and the psychosocial outcomes they act on.

A soft benefit of peer support is stated with no change word of the "reduces/increases"
kind: a verb of benefit acts on a psychosocial outcome ("fosters trust", "builds
confidence", "reinforces a culture of hope and resilience", "helps clients feel seen and
understood", "can help you feel more confident"). The claim detector reads these with its
other change and outcome words (`claim_words.CHANGE`, `claim_words.OUTCOME`), and pairs them
in `claimlike.states_effect`:

- `SOFT_VERBS` ("builds", "reinforces", "nurtures", "gives") are change words that state an
  effect only on a psychosocial outcome: "builds confidence" is a claim, "builds community
  partnerships" or "build capacity" is what a programme does;
- `PSYCHOSOCIAL` are the outcomes a verb of benefit (`BENEFIT_VERB`: those, and "fosters",
  "promotes", "instils", "empowers", "strengthens", ...) may act on, some of which
  ("connection") no other change word makes a claim of ("help make the connection to
  services" is what peers do);
- `FEELINGS` are outcomes of any change word: feeling seen, heard or understood, being
  confident or motivated, feeling less alone ("help you feel more confident").

Every pattern is over text whose typography was made plain.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

SOFT_VERBS = (
    r"(?:re)?(?:build(?:s|ing)?|built)(?!\s+(?:on|upon|around|into|from)\b)|reinforc(?:e|es|ed|ing)|nurtur(?:e|es|ed|ing)|"
    r"cultivat(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|(?:giv(?:e|es|ing)|gave)(?!\s+up\b)"
)
"""Change words that make a claim only of a psychosocial outcome ("builds hope")."""

SOFT_ONLY = re.compile(r"^(?:" + SOFT_VERBS + r")$", _I)

BENEFIT_VERB = re.compile(
    r"^(?:" + SOFT_VERBS + r"|foster\w*|promot\w*|instil\w*|inspir\w*|empower\w*|restor\w*|"
    r"boost\w*|strengthen\w*|enhanc\w*|increas\w*|improv\w*)$",
    _I,
)
"""A verb of benefit: the change words a psychosocial outcome alone is an effect of."""

_STATES = (
    r"seen|heard|understood|valued|accepted|respected|validated|included|connected|"
    r"supported|safe|safer|welcome|at home|in control"
)
_FEEL = tuple(
    f"(?<=\\b{verb} {degree})"
    for verb in ("feel", "feels", "feeling", "felt")
    for degree in ("", "more ", "truly ", "really ", "genuinely ")
)
FEELINGS = (
    r"confident|motivated|optimistic|optimism|self[- ]?worth|self[- ]?confidence|connectedness|"
    r"(?<=less )(?:alone|isolated)|(?:" + "|".join(_FEEL) + r")(?:" + _STATES + r")"
)
"""Psychosocial states any change word may act on: "more confident", "feel less alone",
"help clients feel seen and understood" ("seen" only after "feel": "as seen in")."""

PSYCHOSOCIAL = re.compile(
    r"\b(?:hope\w*|confidence|trust|well-?being|self[- ]?(?:esteem|efficacy|belief|respect)|resilien\w*|belonging|"
    r"connections?|empower\w*|motivation|dignity|morale|courage|"
    r"sense of \w+|" + FEELINGS + r")\b",
    _I,
)
"""What a verb of benefit acts on when it states a soft benefit: hope, confidence, trust,
self-esteem, resilience, belonging, connection, empowerment, motivation, self-efficacy,
feeling understood or less alone."""

VALUED = (
    r"(?:is|are|be|been|was|were|remains?|prove[sdn]?)\s+(?:(?:so|very|especially|particularly|"
    r"uniquely|incredibly|truly|extremely|highly|often|also|deeply)\s+)*(?:powerful|valuable|"
    r"helpful|transformative|impactful)\s+(?:in|for|to)\s+(?:[\w-]+\s+){0,2}?(?:recovery|healing|"
    r"people|individuals|clients|patients|families|those|others|members|participants)\b"
    # "Peer Support Specialists Are Making A Difference!"
    # (not "what support would make a meaningful difference", a question asked)
    r"|(?<!\bwould\s)(?<!\bcould\s)mak(?:e|es|ing)\s+(?:a|an)\s+(?:(?:real|big|huge|significant|"
    r"lasting|positive|tremendous|measurable|meaningful)\s+)?difference\b"
)
"""A benefit of peer support without a named outcome, said as its value to people or to
their recovery ("why peer connections are so powerful in recovery"); `claim_words.BENEFIT`
holds it with the other such forms, which must name peer support."""

BEYOND_CARE = re.compile(
    r"\b(?:in ways?|which|that|what)\s+(?:[\w-]+\s+){0,3}?(?:traditional|professional|clinical|"
    r"conventional|mainstream|formal)\s+(?:[\w-]+\s+){0,2}?(?:care|services?|providers?|roles?|"
    r"staff|treatment|clinicians?|professionals?|interventions?|approach(?:es)?|systems?)\s+"
    r"(?:alone\s+)?(?:(?:often|sometimes|simply|usually|\w+ly)\s+)?(?:cannot|can't|can not|"
    r"could not|are unable to|is unable to|fail to)\b",
    _I,
)
"""A benefit said as what professional care cannot do ("connecting individuals to treatment
... in ways that traditional providers often cannot", "fosters trust ..., which traditional
clinical roles sometimes cannot replicate"): a comparison of effect with usual care, whose
subject must still be peer support (`claimlike._about_support`)."""

SURVEY_SHARE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent\b)\s+of\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:members|participants|respondents|clients|users|patients|veterans|people|individuals|"
    r"consumers|families|parents|youth|attendees|recipients)\s+(?:who\s+(?:[\w-]+\s+){1,6}?)?"
    r"(?:believed?|believes|said|says?|reported|reports?|agreed?|agrees|felt|feel|rated|"
    r"found|indicated|stated|would\s+recommend|(?:were|are)\s+(?:very\s+)?(?:satisfied|happy))\b",
    _I,
)
"""A survey's share of people who judge a service ("91% of Members believe that the time they
spent in a Peer Program was worth their time"): a benefit said as its users' verdict, which
must still name the service (`claim_words.ABOUT`), not a population's wish ("70% of people
with a mental illness say they want to work")."""
