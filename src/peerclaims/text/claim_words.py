"""The word lists a claim sentence is recognised by: change words, outcome words, benefit
phrases, what the sentence is about, and the forms that are not claims (titles, aims,
definitions, null results).

Outcome words follow the corpus's outcome vocabulary (`corpus.vocab.Outcome`: hospitalisation,
service use, engagement, hope, empowerment, symptoms, substance use, housing, cost, ...) in
the words documents use for them. Every list is a regular expression over text whose
typographic hyphens and spaces were made plain (`sentences.normalise_typography`).
"""

from __future__ import annotations

import re

from peerclaims.text.outcome_words import TERMS

_I = re.IGNORECASE

CHANGE = re.compile(
    r"(?<![\w-])(?<!-\s)(reduc\w*|decreas\w*|increas(?:e|es|ed|ing)|improv\w*|lower(?:s|ed|ing)?|fewer|less|"
    r"greater|higher|better|more|enhanc\w*|boost\w*|prevent(?:s|ed|ing)?|shorten\w*|lessen\w*|"
    r"rais(?:e|ed|es|ing)|strengthen\w*|diminish\w*|cuts?|drop(?:s|ped|ping)?(?!-)|"
    r"declin(?:e|es|ed|ing)|longer|shorter|avert\w*|avoid\w*|divert(?:s|ed|ing)?|diversion rates?|"
    r"minimi[sz]\w*|ameliorat\w*|alleviat\w*|mitigat\w*|eliminat\w*|heighten\w*|"
    r"superior|outperform\w*|sav(?:e|es|ed|ing|ings)|help(?:s|ed|ing)?|promot\w*|"
    r"foster\w*|instil\w*|inspir\w*|creat(?:e|es|ed|ing)|restor\w*|facilitat\w*|"
    r"empower(?:s|ed|ing)?|reduction|likely|guarantee[sd]?|ensur(?:e|es|ed)|cur(?:e|es|ed)|"
    r"fell|falls?|falling|halved|doubled|tripled)\b",
    _I,
)
"""A change, a comparison or a means of change ("reduces", "fewer", "fosters", "more likely")."""

WEAK_CHANGE = re.compile(r"^(more|less|help\w*|creat\w*|likely|facilitat\w*|inspir\w*)$", _I)
"""Change words that make a claim only right before their outcome ("more skills", "help
them manage their symptoms"), not anywhere near one ("more than 30,000 ... health")."""

_BROAD_OUTCOME = (
    r"hospital\w*|re-?hospitali\w*|readmi\w*|re-admi\w*|admission\w*|admitted|inpatient|"
    r"outpatient|bed days|emergenc\w*|ED visits?|911|crisis|crises|relapse\w*|substance|"
    r"alcohol|drugs?|opioid\w*|overdose\w*|abstinen\w*|sobriety|depress\w*|anxiety|"
    r"symptom\w*|distress|stress|psychotic|suicid\w*|self-?harm|hope\w*|empower\w*|"
    r"self-?esteem|self-?efficacy|self-?care|self-?management|self-?advocacy|self-?stigma|"
    r"confidence|activation|engag\w*|retention|attendance|adherence|quality of life|"
    r"well-?being|wellness|whole health|health status|physical health|health outcomes|"
    r"general health|self-rated health|recovery|satisfaction|isolation|lonel\w*|social\w*|"
    r"stigma|shame|blame|housing|homeless\w*|employment|employed|jobs?|return to work|"
    r"education|emotional support|"
    r"criminal|arrest\w*|incarcerat\w*|recidivism|jail|costs?|costly|savings|money|"
    r"expenditure|mortality|morbidity|life expectancy|dying|deaths?|functioning|tenure|"
    r"control|empathy|acceptance|trust|knowledge|coping|resilien\w*|collaboration|"
    r"relationships?|belonging|community|service use|utili[sz]ation|use of services|"
    r"days|involvement|networks?|access|linkage|reliance|placements?|skills?|autonomy|"
    r"re-?ent\w*|acute (?:care|services)|treatment|coordination|continuity of care|"
    r"independence|motivation|outcomes?|sense of \w+"
)
OUTCOME = re.compile(
    r"\b(" + _BROAD_OUTCOME + "|" + "|".join(pattern for pattern, _, _ in TERMS) + r")\b", _I
)
"""What an effect is on: broad outcome words ("treatment", "skills", "days"), then the
corpus's outcomes as `outcome_words.TERMS` names them, which the evidence rules read too."""

BENEFIT = re.compile(
    r"\b((?:is|are|be|been|was|were|as|prove[sdn]?|remains?|found)\s+"
    r"(?:(?:\w+ly|very|more|most|also|quite|as|just|cost)[\s-]+)*effective\b|"
    r"cost[- ]effective\b|"
    r"(?:an?|and|most)\s+effective\s+(?:strategy|way|intervention|approach|treatment|practice|"
    r"model|tool|means|option|service|adjunct|component|alternative|support)s?\b|"
    r"(?:demonstrat\w*|show\w*|prove[sdn]?|established|evidence of|evidence for)\s+"
    r"(?:its\s+|their\s+)?effectiveness|"
    r"(?:strong|good|robust|clear|compelling|consistent|solid|growing|emerging)\s+evidence\s+"
    r"(?:for|of|that|supporting)|"
    r"efficacious|works\b(?=\s*(?:[.!;]|$|for\b|well\b))|"
    r"(?:demonstrat\w*|show\w*|found|prove[sdn]?|hold|holds|ha(?:ve|s|d)|offers?|provides?|"
    r"brings?|yields?|confers?|delivers?)(?:\s+[\w-]+)?\s+benefits\b|benefits (?:include|are)|"
    r"beneficial|"
    r"(?:positive|transformative|powerful|beneficial|significant|strong|profound|lasting|"
    r"meaningful|moderate|important|salutary)\s+(?:effects?|impacts?|influence|benefits?)|"
    r"promising\s+(?:intervention|approach|strategy|practice|model|option)s?|"
    r"show(?:s|ed|n|ing)?\s+(?:great\s+|considerable\s+|much\s+)?promise)",
    _I,
)
"""A benefit without a named outcome: "peer support works", "is effective", "has benefits"."""

ABOUT = re.compile(
    r"\b(peers?|peer-\w+|mentor\w*|coach\w*|navigators?|specialists?|PSWs?|PRSS|supporters?|"
    r"support|programs?|programmes?|interventions?|services?|models?|approach\w*|"
    r"warmlines?|respites?|groups?|WRAP|it|they|these|those|this|such|the law)\b",
    _I,
)
"""What an effect can be of: peer support, its workers, a programme, or a pronoun for one."""

PEER = re.compile(r"\b(peers?|peer-\w+|PSWs?|PRSS|mutual (?:aid|help|support))\b", _I)
"""Peer support by name, which a benefit without an outcome must be about."""

COMPARISON = re.compile(
    r"\b(compared|than|versus|vs|relative to|from about|from \d|only|as opposed to)\b", _I
)

CURRENCY = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:(?:million|billion|thousand)\s)?(?:dollars|pounds|euros))",
    _I,
)
RETURN = re.compile(
    r"\b(sav(?:e|es|ed|ing|ings)|return on investment|ROI|returns?|offsets?|"
    r"for every|cost[- ]effective\w*|cost[- ]benefit|cost reduction|reduc\w* (?:the )?costs?|"
    r"lower(?:s|ed)? (?:the )?(?:overall )?costs?)\b",
    _I,
)
"""A cost or return figure: savings, a return on investment, "£4 for every £1"."""

NULL_RESULT = re.compile(
    r"\b(no (?:significant |clear |statistically significant )?(?:difference|effect|impact|"
    r"change|improvement|reduction|benefit)s?|no better or worse|did not (?:significantly )?"
    r"(?:reduce|improve|increase|decrease|differ|change|affect)|were unaffected|"
    r"not (?:significantly )?(?:different|associated))\b",
    _I,
)
"""A null result: a statement that peer support had no effect is not a benefit claim."""

AIM = re.compile(
    r"^\W*(?:the |our |this )?(?:aims?|purpose|objectives?|goals?)\b|"
    r"^\W*(?:this|the|our) (?:present |current )?(?:study|paper|article|review|report|"
    r"project|trial|chapter|evaluation|analysis|document|brief|toolkit|module|section)"
    r" (?:\w+ )?(?:examine|explore|describe|aim|assess|evaluate|investigate|seek|review|"
    r"identif|look|consider|summari[sz]|present|discuss|outline|cover|focus)\w*",
    _I,
)
"""A statement of what a study or document sets out to do ("The study examined ...")."""

TARGET = re.compile(r"\b(?:targets?|goals?)\s*:", _I)
"""A target set, not a result reached ("hospitalizations diverted (target: 50,000)")."""

PLAN_LABEL = re.compile(
    r"^\W*(?:\*\*|__)?(?:impact\s+)?(?:metrics|targets?|goals?|objectives?|timeline|budget|"
    r"costs?(?:\s*/\s*resources)?|resources|funding)(?:\*\*|__)?\s*:",
    _I,
)
"""A run-in label of a plan or proposal ("**Impact Metrics**:", "**Cost/Resources**:"): what
it introduces is intended, not found."""

DEFINITION = re.compile(
    r"\b(is|are) (?:defined|described|known|referred to) as\b|\brefers? to\b|"
    r"^\W*(?:\w+\W+){0,4}(?:means|is the process)\b|"
    r"\b(?:is|are) (?:someone|somebody|a person|people|individuals|an individual) (?:who|with)\b",
    _I,
)

DATELINE = re.compile(
    r"^\W*(?:posted|published|updated|last (?:updated|reviewed)|date|as of)\b", _I
)

FINITE_CHANGE = re.compile(
    r"(?<![\w-])(?<!-\s)(reduc(?:es|ed)|decreas(?:es|ed)|increas(?:es|ed)|improv(?:es|ed)|lower(?:s|ed)|cuts|"
    r"boost(?:s|ed)|sav(?:es|ed)|prevent(?:s|ed)|works|enhanc(?:es|ed)|help(?:s|ed)|"
    r"empower(?:s|ed)|shorten(?:s|ed)|halve[sd]|double[sd]|leads|led|results|resulted|"
    r"show(?:s|ed|n)|found|demonstrat(?:es|ed)|produc(?:es|ed)|provid(?:es|ed)|offer(?:s|ed)|"
    r"promot(?:es|ed)|foster(?:s|ed)|report(?:s|ed)|saw|sees|may|might|can|could|will|would|"
    r"should|must|does|did|is|are|was|were|has|have|had)\b",
    _I,
)
"""A finite verb: a title that has one makes a statement ("Peer Support Reduces Readmissions")."""

PURPOSE = re.compile(r"\b([\w-]+)\s+to\s*$", _I)
"""A change word after "X to" is a purpose ("efforts to reduce"), unless X is in `CLAIM_TO`."""
CLAIM_TO = re.compile(
    r"^(shown|found|proven|likely|able|help|helps|helped|helping|appears?|appeared|seems?|"
    r"seemed|tends?|tended|been|known|reported|expected|ways?|led|leads?|leading|"
    r"contribut\w*|continues?|continued|thought|believed|said|seen|go|goes|went|due|"
    r"compared|relative|up|down|from|according|linked|related|similar|equal)$",
    _I,
)

RISK = re.compile(
    r"\bat (?:a |an )?(?:much |significantly |substantially )?(?:higher|greater|increased|"
    r"elevated|high|heightened) risk\b",
    _I,
)
"""A population's risk ("patients are at much higher risk of suicide") is no effect."""

SOURCE = re.compile(
    r"\b(?i:according to)\b|\b(?i:published|reported|presented) (?:in|by) (?:the )?[A-Z]|"
    r"\b(?i:(?:the|this|that|their|these) (?:study|studies|trial|review|evaluation|analysis|"
    r"survey|report|brief|paper|meta-analysis))\b|"
    r"\b(?:1[89]|20)\d\d\s+(?:[\w&-]+\s+){0,4}(?i:study|review|evaluation|report|"
    r"analysis|meta-analysis|survey|trial|brief)\b|"
    r"\b(?:[A-Z][\w&-]+\s+){1,5}(?i:(?:pilot\s+)?(?:study|review|evaluation|report|trial)\s+"
    r"(?:showed|found|reported|concluded|demonstrated))\b|"
    r"\b(?i:and|&) (?i:his|her|their) (?i:colleagues|co-?workers|team)\b"
)
"""A source named in the sentence, if only vaguely: "according to the brief", "a 2019 NHS
England evaluation found", "The study found" (one named earlier). Such a sentence is not
"without a citation"; whether its source can be looked up is `vague-citation`'s question."""

SPEECH = re.compile(
    r"\b(?:said|says|noted|notes|explained|explains|added|adds|recalled|recalls|told|"
    r"wrote|writes|put it|remarked|stated|according to)\b[^“\"!?]{0,80}[“\"]",
    _I,
)
"""A quotation introduced in the sentence ("He said: “...", "As Dr. Johnson noted, “...")."""
