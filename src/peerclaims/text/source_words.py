"""Where a sentence's statement comes from, in its own words: a source named in it ("according
to the brief", "The study found"), a quotation introduced in it, and an opening that points
back to the sentence before for its source ("These include ...", "It also found ...").

`claim_place` reads these for `claimlike`; the word lists a claim itself is told by are in
`claim_words`. Every pattern is over text whose typography was made plain.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_STUDY = (
    r"(?i:stud(?:y|ies)|reviews?|evaluations?|reports?|analys[ie]s|meta-analys[ie]s|surveys?|"
    r"trials?|audits?)"
)
SOURCE = re.compile(
    r"\b(?i:according to)\b|\b(?i:published|reported|presented) (?:in|by) (?:the )?[A-Z]|"
    r"\b(?i:(?:the|this|that|their|these) (?:study|studies|trial|review|evaluation|analysis|"
    r"survey|report|brief|paper|meta-analysis))\b|"
    r"\b(?i:this|these)\s+(?i:research|findings|results|data|evidence|trials)\b|"
    r"\b(?:1[89]|20)\d\d\s+(?:[\w&-]+\s+){0,4}(?i:study|review|evaluation|report|"
    r"analysis|meta-analysis|survey|trial|brief)\b|"
    r"\b(?P<named>(?:[A-Z][\w&-]+\s+){1,5})(?i:(?:pilot\s+)?(?:study|review|evaluation|report|"
    r"trial)\s+(?:showed|found|reported|concluded|demonstrated))\b|"
    r"\b(?i:and|&) (?i:his|her|their) (?i:colleagues|co-?workers|team)\b|"
    r"\b(?i:an?|one)\s+(?:[\w-]+\s+){0,4}" + _STUDY + r"\b[^.;:]{0,80}?\b(?i:published|"
    r"completed|conducted|carried out|released|in)\s+(?:in\s+)?(?:1[89]|20)\d\d\b|"
    r"\b[A-Z][\w&.-]*['’]s\s+(?:[\w-]+\s+){0,2}" + _STUDY + r"\b|"
    # named researchers and the study they did: "Landers and Zhou did a retrospective study"
    r"\b[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+\s+(?i:did|conducted|carried out|led|ran|"
    r"published)\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}" + _STUDY + r"\b|"
    r"\b(?i:the|these|those)\s+(?i:researchers|authors|investigators|reviewers|evaluators)\s+"
    r"(?:\w+\s+){0,2}?(?i:found|finds?|report(?:s|ed)?|conclud(?:e|es|ed)|not(?:e|es|ed)|"
    r"observ(?:e|es|ed)|show(?:s|ed)?|suggest(?:s|ed)?|argu(?:e|es|ed)|wr(?:ite|ites|ote)|"
    r"stat(?:e|es|ed)|sa(?:y|ys|id))\b"
)
"""A source named in the sentence, if only vaguely: "according to the brief", "a 2019 NHS
England evaluation found", "The study found", "These findings suggest" or "the researchers
found" (one named earlier),
"A review of 43 papers published in 2014 found", "the VA's internal evaluations have found". An undated "A study
found" or "Studies show" names none. Such a sentence is not
"without a citation"; whether its source can be looked up is `vague-citation`'s question."""

SPEECH = re.compile(
    r"\b(?:said|says|noted|notes|explained|explains|added|adds|recalled|recalls|told|"
    r"wrote|writes|write|put it|remarked|stated|according to)\b[^“\"!?]{0,80}[“\"]",
    _I,
)
"""A quotation introduced in the sentence ("He said: “...", "As Dr. Johnson noted, “...",
"Mead and MacNeil write: “...")."""

_LINK = (
    r"(?:(?:however|moreover|furthermore|additionally|in addition|also|further|similarly|"
    r"likewise|notably|importantly|and|but|yet|overall|specifically|in particular|in fact|"
    r"indeed|in contrast|conversely|at the same time|while|whilst|although|though|whereas)"
    r"\s*,?\s+)?"
)
_SOURCE_NOUN = (
    r"(?:study|studies|trial|trials|review|reviews|research|work|analysis|analyses|articles?|"
    r"meta-analys[ie]s|evaluation|evaluations|report|paper|survey|authors?|researchers?|"
    r"investigators?|reviewers?|evaluators?|team|findings?|results?|data|figures?|estimates?)"
)
BACK_REFERENCE = re.compile(
    r"^\W*" + _LINK + r"(?:"
    r"(?:it|they|he|she)\s+(?:(?:also|further|additionally|likewise|similarly|\w+ly)\s+)*"
    r"(?:found|finds?|show(?:s|ed)?|report(?:s|ed)?|conclud(?:e|es|ed)|not(?:e|es|ed)|"
    r"observ(?:e|es|ed)|demonstrat(?:e|es|ed)|suggest(?:s|ed)?|identif(?:y|ies|ied)|"
    r"highlight(?:s|ed)?|document(?:s|ed)?|estimat(?:e|es|ed)|point(?:s|ed)? (?:out|to)|"
    r"compared|analy[sz]ed|examined|studied|followed|tracked|surveyed|reviewed)\b"
    r"|(?:this|these|those|that|the|such|their|its)\s+(?:same\s+|(?:[\w-]+\s+){1,2})?"
    + _SOURCE_NOUN
    + r"\b"
    r"|(?:this|these)\s+(?:benefits?|effects?|improvements?|outcomes?|gains?|changes?|savings)\b"
    r"|(?:this|these|they)\s+(?:include[sd]?|including|consist\w*|range[sd]?|comprise[sd]?|"
    r"cover(?:s|ed)?|translat\w+|amount\w*|represent\w*|equat\w+)\b"
    r"|of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}(?:studies|trials|papers|reviews|articles|"
    r"participants|patients|people|respondents|programs|programmes|sites)\b"
    r"|of\s+(?:those|them|these)\b(?!\s+(?:[\w-]+\s+)?(?:are|is|include)\b)"  # "Of those who ..."
    r"|(?:the\s+)?(?:remaining|other)\s+(?:[\w-]+\s+)?(?:studies|trials|papers|reviews)\b"
    # the study's own people: "Participants in the CRP experienced ...", "Patients assigned
    # to the peer condition had ..."
    r"|(?:the\s+)?(?:participants|patients|subjects|respondents|clients|veterans|those)\s+"
    r"(?:in|of|who\s+received|receiving|assigned\s+to|randomi[sz]ed\s+to)\s+(?:the|both)\s"
    # the study's groups by what they received ("Those beneficiaries with peer support
    # treatment had ...", "Beneficiaries receiving peer group therapy did spend ...")
    r"|(?:those|the)\s+(?:beneficiaries|participants|patients|clients|people|individuals|"
    r"members|users|mothers|women|veterans)\s+(?:with|who\s+(?:received|had|got)|receiving|given)\s"
    r"|(?:beneficiaries|participants|patients|clients|veterans)\s+(?:who\s+received|receiving|"
    r"given|assigned\s+to|randomi[sz]ed\s+to)\s"
    # the study's researchers at work ("Researchers analyzed 10 randomized trials")
    r"|(?:the\s+)?(?-i:[A-Z][\w-]+\s+){0,3}(?:researchers|investigators|authors)\s+(?:\w+ly\s+)?(?:analy[sz]ed|compared|"
    r"examined|studied|reviewed|looked|followed|assessed|measured|pooled|tracked|surveyed)\b"
    r"|(?:both|all|each|none|most|many|some|two|three|half)\s+of\s+(?:them|these|those|the\s+"
    r"(?:[\w-]+\s+)?(?:studies|trials|papers|reviews|programs|programmes|projects|sites|services)"
    r"(?:\s+(?:reviewed|studied|evaluated|examined|included|surveyed))?)\b"
    # what the study just described found, in the past: "Findings indicated a 45% increase"
    r"|(?:findings|results)\s+(?:indicated|showed|suggested|revealed|demonstrated)\b"
    r")"
    # an addition to the finding before it, about the same subject: "In addition, it helps
    # increase measures of quality of life" (after "X and Y concluded that peer support ...")
    r"|^\W*(?:in addition|additionally|moreover|furthermore)\s*,?\s+(?:it|they)\s+\w+",
    _I,
)
"""A sentence that opens by pointing back to the one before it for its source: "These
include ...", "However, it also found ...", "The authors note ...", "Of the six studies
examined, two ...", "In addition, it helps ...". A new subject of its own ("Peer support also
reduces ...", "Additionally, associated improvements have been reported") does not."""

_PAST_RESULT = (
    r"reduced|decreased|increased|improved|lowered|declined|dropped|fell|rose|doubled|halved|"
    r"shortened|showed|demonstrated|experienced|reported|had|was|were|did|saw|yielded|resulted|"
    r"outperformed|achieved|gained|received|completed|attended|participated|enrolled|recruited|"
    r"assigned|compared|followed"
)
_NOW = (
    r"is|are|has|have|does|do|can|may|might|will|would|could|should|must|reduces|decreases|"
    r"increases|improves|lowers|helps|shows|demonstrates|leads|results|works|provides|offers|"
    r"promotes|fosters|saves|prevents|enhances|supports|suggests|indicates|remains|seems|appears"
)
PAST_RESULT = re.compile(rf"\b(?:{_PAST_RESULT})\b", _I)
NOW = re.compile(rf"\b(?:{_NOW})\b", _I)
"""A study's result reported in the past ("Mean depression significantly declined from
baseline", "The program was also associated with reduced acute care use"), against a
statement of how things are ("Peer support reduces ...", "Studies have shown ...")."""
OWN_STUDY = re.compile(
    r"\b(?:this|the present|the current|our)\s+(?:[\w-]+\s+){0,2}(?:study|review|report|"
    r"evaluation|analysis|paper|trial|project|thesis|research|article)\b|\bwe\b",
    _I,
)
"""The document's own study named ("This pilot study explored ...", "This report evaluates
..."): the results after it are its own, not a cited work's."""
LABEL = re.compile(r"(?m)^\W*([A-Z][A-Za-z ]{1,30}?)\s*:")
RESULTS_LABEL = re.compile(r"(?:results?|findings?|outcomes?|conclusions?)", _I)
"""An abstract's labels ("Methods:", "Results:"): the document's own results follow the
last two."""
NEW_SETTING = re.compile(
    r"^\W*(?:another|a\s+(?:separate|second|third|different|further))\b|"
    r"^\W*(?:an?|one)\s+(?:[\w-]+\s+){0,3}(?:stud(?:y|ies)|analysis|review|trial|survey|report|"
    r"evaluation|program|programme|pilot|project)\b|"
    r"\bin\s+an?\s+(?:[\w-]+\s+){0,3}(?:study|trial|program|programme|pilot|project)\b",
    _I,
)
"""A sentence that sets out a study of its own ("Another reported ...", "A separate analysis
showed ...", "Veterans in a peer-to-peer program had ..."): not the result of the one before."""
