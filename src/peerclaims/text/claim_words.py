"""The word lists a claim sentence is recognised by: change words, outcome words, benefit
phrases, what the sentence is about, and the forms that are not claims (titles, aims,
definitions, null results).

Outcome words follow the corpus's outcome vocabulary (`corpus.vocab.Outcome`: hospitalisation,
service use, engagement, hope, empowerment, symptoms, substance use, housing, cost, ...) in
the words documents use for them. Every list is a regular expression over text whose
typographic hyphens and spaces were made plain (`sentences.normalise_typography`). The verbs
of benefit and psychosocial outcomes of soft benefits ("fosters trust", "feel seen") are in
`benefit_words`; the words that name a statement's source are in `source_words`.
"""

from __future__ import annotations

import re

from peerclaims.text.benefit_words import FEELINGS, SOFT_VERBS, VALUED
from peerclaims.text.outcome_words import RECOVERY, TERMS
from peerclaims.text.peer_words import PEER as PEER

_I = re.IGNORECASE

CHANGE = re.compile(
    r"(?<![\w-])(?<!-\s)(reduc\w*|decreas\w*|increas(?:e|es|ed|ing)|improv\w*|lower(?:s|ed|ing)?|fewer|less|"
    r"greater|higher|better|more|enhanc\w*|boost\w*|prevent(?:s|ed|ing)?|shorten\w*|lessen\w*|"
    r"rais(?:e|ed|es|ing)|strengthen\w*|diminish\w*|cuts?|drop(?:s|ped|ping)?(?!-)|"
    r"declin(?:e|es|ed|ing)|longer|shorter|avert\w*|avoid\w*|divert(?:s|ed|ing)?|diversion rates?|"
    r"minimi[sz]\w*|ameliorat\w*|alleviat\w*|mitigat\w*|eliminat\w*|heighten\w*|"
    r"superior|outperform\w*|sav(?:e|es|ed|ing|ings)|help(?:s|ed|ing)?(?!\s+(?:to\s+)?"
    # helping to run a service is an activity: "Peer mentors ... helped to deliver a smoking
    # cessation group"
    r"(?:deliver|run|provide|facilitate|lead|teach|design|develop|organi[sz]e|conduct|"
    r"implement|plan|staff|train|recruit|coordinate)\b)|promot\w*|"
    r"foster\w*|instil\w*|inspir\w*|creat(?:e|es|ed|ing)|restor\w*|facilitat\w*|"
    r"empower(?:s|ed|ing)?|reduction|likely|guarantee[sd]?|ensur(?:e|es|ed)|cur(?:e|es|ed)|"
    r"fell|falls?|falling|halved|doubled|tripled|(?:nearly\s+|almost\s+)(?:double|triple)|"
    r"(?:re)?gain(?:s|ed|ing)?|prefer(?:s|red)?|"
    r"curb(?:s|ed|ing)?|break(?:s|ing)?\s+down|broke\s+down|tackl(?:e|es|ed|ing)|"
    r"combat(?:s|ed|ing|ted|ting)?|build(?:s|ing)?|lift(?:s|ed|ing)?|shav(?:e|es|ed|ing)|"
    r"positively\s+(?:influenc|affect|impact|shap|contribut)\w*|" + SOFT_VERBS + r")\b",
    _I,
)
"""A change, a comparison or a means of change ("reduces", "fewer", "fosters", "more likely")."""

WEAK_CHANGE = re.compile(
    r"^(more|less|help\w*|creat\w*|likely|facilitat\w*|inspir\w*|" + SOFT_VERBS + r")$", _I
)
"""Change words that make a claim only right before their outcome ("more skills", "help
them manage their symptoms"), not anywhere near one ("more than 30,000 ... health")."""

_BROAD_OUTCOME = (
    r"hospital\w*|re-?hospitali\w*|readmi\w*|re-admi\w*|admission\w*|admitted|inpatient|"
    r"outpatient|bed days|emergenc\w*|ED visits?|911|crisis|crises|relapse\w*|substance|"
    # the UK's names of urgent care and primary care contacts
    r"A&E|accident and emergency|calls to 111|GP (?:visits|contacts|appointments|attendances)|"
    # getting through: "peer support helps physicians heal", "help you cope with grief"
    r"heal(?:s|ed)?|cop(?:e|es|ed|ing)(?=\s+with\b)|"
    r"contacts with (?:a |the |their )?GPs?|"
    r"alcohol|drugs?|opioid\w*|overdose\w*|abstinen\w*|sobriety|depress\w*|anxiety|"
    r"symptom\w*|distress|stress|psychotic|suicid\w*|self[- ]?harm(?:ed|ing)?|hope\w*|empower\w*|"
    r"self[- ]?(?:esteem|efficacy|care|management|advocacy|stigma)|"
    r"confidence|activation|engag\w*|retention|attendance|adherence|quality of life|"
    r"(?-i:(?:HR)?Q[Oo]L)|"  # "led to improved QOL", "HRQoL"
    r"well-?being|wellness|whole health|health status|physical health|health outcomes|"
    # mental health as a state, not a field's noun ("better mental health, advocates say",
    # "improved mental health for participants"; not "more mental health services" or "the
    # mental health and addiction workforce")
    r"mental\s+health(?=\s*(?:[.,;:!)]|$)|\s+(?:for|of|in|among|outcomes?|status)\b)|"
    # mental health problems and pain as what changes ("reduces the risk of mental health
    # problems", "helps with endometriosis-related pain"), not as whom a service is for
    # ("people with mental health problems", "those living with chronic pain", "individuals
    # experiencing more severe mental health problems")
    r"(?<!\bwith\s)(?<!\bfrom\s)(?<!\bexperiencing\s)(?<!\bhave\s)(?<!\bhas\s)"
    r"(?<!\bmore\s)(?<!\bsevere\s)(?<!\bserious\s)(?<!\bcomplex\s)(?<!\bsignificant\s)"
    r"(?:mental\s+health\s+(?:problems|issues|difficulties|conditions|challenges|disorders)|"
    r"chronic\s+pain|(?<!\bchronic\s)pain)|"
    r"general health|self-rated health|satisfaction|isolation|lonel\w*|social\w*|" + RECOVERY + r"|"
    # recovery, not a noun it names ("set recovery goals", "recovery coaches", "recovery
    # community centers": what peers do and where, not an outcome)
    # chronic illness measures that peer programmes for diabetes, heart disease and asthma report
    r"blood pressure|glyc(?:a)?emic control|hba1c|blood sugar|cholesterol|exacerbations|"
    # and those of peer counsellors for mothers, people living with HIV and smokers
    r"breast-?fe(?:eding|ed|eds|d)|viral (?:suppression|load)|smoking cessation|quit rates?|"
    r"(?:stop(?:s|ped|ping)?|quit(?:s|ting)?)\s+smoking|quit\s+attempts?|quitting|"
    r"stigma|shame|blame|burden|housing|homeless\w*|employment|employed|jobs?|return to work|"
    r"education|emotional support|psychosocial (?:health|well-?being|functioning|outcomes)|"
    r"criminal|arrest\w*|incarcerat\w*|recidivism|jail|costs?|costly|savings|money|"
    r"expenditure|mortality|morbidity|life expectancy|dying|deaths?|functioning|tenure|"
    r"control|empathy|acceptance|trust|knowledge|coping|resilien\w*|collaboration|"
    r"relationships?|belonging|community|service use|(?:care|service|hospital|bed) usage|"
    r"utili[sz]ation|use of (?:[\w-]+\s+){0,2}services|"
    r"abilit(?:y|ies)|capacity|"
    r"days|involvement|networks?|access|linkage|reliance|placements?|skills?|autonomy|"
    r"re-?ent\w*|acute (?:care|services)|treatment|coordination|continuity of care|"
    r"independence|motivation|outcomes?|sense of \w+|stick with (?:\w+ )?(?:treatment|medications?)|"
    r"(?:post-?traumatic|personal) growth|burn-?out|compassion fatigue|secondary (?:traumatic )?stress"
)
OUTCOME = re.compile(
    r"\b(" + _BROAD_OUTCOME + "|" + FEELINGS + "|" + "|".join(p for p, _, _ in TERMS) + r")\b", _I
)
"""What an effect is on: broad outcome words ("treatment", "skills", "days"), then the
corpus's outcomes as `outcome_words.TERMS` names them, which the evidence rules read too."""

BENEFIT = re.compile(
    r"\b(" + VALUED + r"|(?:is|are|be|been|was|were|as|prove[sdn]?|remains?|found|appears?|"
    r"seems?)\s+"
    r"(?:(?:\w+ly|very|more|most|also|quite|as|just|cost)[\s-]+)*effective\b|"
    r"cost[- ]effective\b|"
    r"(?:an?|and|most)\s+effective\s+(?:strategy|way|intervention|approach|treatment|practice|"
    r"model|tool|means|option|service|adjunct|component|alternative|support|path|route|"
    r"pathway)s?\b|"
    # what it is, said to be effective: "has been shown to be an effective enhancement to usual
    # clinical care", "is an effective and affordable addition"
    r"(?:is|are|be|been|was|were)\s+(?:an?|the\s+most)\s+(?:\w+ly\s+)?effective\s+"
    r"(?:and\s+\w+\s+)?[a-z]{4,}|"
    r"(?:demonstrat\w*|show\w*|prove[sdn]?|established|documented|confirmed|evidence of|"
    r"evidence for)\s+(?:the\s+|its\s+|their\s+)?effectiveness|"
    # "emerging evidence demonstrates the efficacy of peer support" ("whether there was evidence
    # of efficacy" asks)
    r"(?:demonstrat\w*|show\w*|prove[sdn]?|established|documented|confirmed)\s+"
    r"(?:the\s+|its\s+|their\s+)?efficacy|"
    r"(?:strong|good|robust|clear|compelling|consistent|solid|growing|emerging)\s+evidence\s+"
    r"(?:for|of|that|supporting)|"
    r"efficacious|works\b(?=\s*(?:[.!;]|$|for\b|well\b|and\s+there|,\s+and\b))|"
    r"(?:clinically\s+(?:meaningful|significant)|substantial|marked|measurable)\s+improvements?\b|"
    # "mutual aid groups work because they provide ...", "Why Peer Support Services Do Work"
    r"\b(?:works?|worked)\s+because\b|\b(?:do|does|did)\s+work\b(?!\s+(?:with|on|as|in|for|at)\b)|"
    # "offer a powerful alternative to mainstream ...", "a vital complement to traditional ..."
    r"(?:powerful|effective|valuable|viable|proven|vital|important|promising)\s+(?:alternative|"
    r"complement|adjunct|addition)\s+to\b|"
    r"positive\s+(?:outcomes|results|effects)\s+(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:reported|found|observed|shown|documented)\b|"
    r"(?:is|are)\s+(?:clinically\s+|scientifically\s+)?proven(?=\s*[.!]?\s*$)|"
    r"(?:is|are)\s+evidence[- ]based(?=\s*[.!]?\s*$)|"
    r"benefit(?:s|ed)?\s+(?:the\s+)?(?:wider\s+|whole\s+|local\s+)?(?:people|individuals|clients|"
    r"patients|families|communit(?:y|ies)|participants|users|members|society)\b|"
    r"(?:demonstrat\w*|show\w*|found|prove[sdn]?|hold|holds|ha(?:ve|s|d)|offers?|provides?|"
    r"reveal(?:s|ed)?|highlight(?:s|ed)?|confirm(?:s|ed)?|document(?:s|ed)?|"
    r"brings?|yields?|confers?|delivers?)(?:\s+(?:a|an|the|its|their|many|several|numerous|"
    r"significant|important|real|clear|wide|broad|range|variety|number|host|lot|lots|of|great|"
    r"multiple|substantial|these|such|additional|further|evidence|varied|various|diverse|"
    r"positive|distinct|unique|therapeutic|certain|measurable|tangible|mental|health|social|"
    r"emotional|psychological)){0,5}\s+benefits\b|"
    r"benefits (?:include|are)|"
    # "The benefits of peer support within stroke support groups are numerous", "... aren't
    # just emotional" (not "are unclear", "are limited")
    r"benefits\s+of\s+(?:[\w'-]+\s+){1,8}?(?:include|are(?:n't|\s+not)?|extend)\b"
    r"(?!\s+(?:un\w+|not\s+(?:yet\s+)?(?:known|clear)|limited|mixed|modest|small|"
    r"inconclusive|still|yet|less)\b)|"
    # "The clinical and financial benefits of peer services are well established."
    r"benefits\b[^.;:]{0,60}?\b(?:are|have\s+been)\s+(?:well[- ]|widely\s+|firmly\s+|now\s+)?"
    r"(?:established|documented|proven|recogni[sz]ed)\b|"
    r"(?:demonstrated|shown|showed|shows?|produced|achieved|yielded|led\s+to)\s+(?:\w+\s+)?(?:positive|"
    r"promising|encouraging|favou?rable)\s+(?:[\w-]+\s+)?"
    r"(?:outcomes|results|effects|impacts?)\b|"
    r"beneficial|"
    # "Veterans with Diabetes Benefit from Peer Mentoring"
    r"benefit(?:s|ed|ted)?\s+(?:\w+ly\s+)?from\s+(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:(?!\w+ing\b)[\w-]+\s+)?(?:peers?|peer-\w+|mentor\w*|coach\w*|navigat\w*|self-help|"
    r"mutual)\b|"
    r"(?:chang|transform|sav|improv)(?:es|e|ing|ed)\s+(?:people's\s+|peoples'\s+|the\s+)?"
    r"(?:(?:countless|many|so\s+many|numerous|thousands\s+of|more)\s+)?lives\b|"
    # "can be lifechanging", "access to peer support specialists is life-saving", "a lifeline"
    r"life[- ]?(?:changing|saving)\b|(?:is|are|was|were|be|been|as)\s+an?\s+life[- ]?line\b|"
    r"(?:positive|transformative|powerful|beneficial|significant|strong|profound|lasting|"
    r"meaningful|moderate|important|salutary|big|major|huge|considerable|substantial|dramatic)"
    r"\s+(?:effects?|impacts?|influence|benefits?)|"
    r"promising\s+(?:intervention|approach|strategy|practice|model|option)s?|"
    # "a demonstrated record of effectiveness", "PRSSs effectively engaged and linked ..."
    r"(?:track\s+)?record\s+of\s+(?:effectiveness|success)|"
    # "has a proven track record as an effective approach", "has been linked with positive
    # outcomes", "a powerful tool for addressing mental health"
    r"(?:proven|successful|strong)\s+track\s+record\b|"
    r"(?:associated|linked|correlated)\s+with\s+(?:(?:numerous|many|several|a\s+range\s+of|"
    r"a\s+number\s+of|a\s+variety\s+of|significant)\s+)?(?:positive|beneficial|favou?rable)\s+"
    r"(?:outcomes|results|effects|changes)\b|"
    r"(?:powerful|effective|proven)\s+tools?\s+(?:for|in|to)\b|"
    r"effectively\s+(?:engag|link|connect|reduc|improv|prevent|lower)\w*|"
    # "proven success in peer support", "deliver measurable improvements in clinical care",
    # "one of the best ways to cope"
    r"(?:proven|demonstrated|documented|measurable|significant|substantial)\s+"
    r"(?:success|improvements?)\b|"
    r"one\s+of\s+the\s+(?:best|most\s+effective)\s+(?:ways|means|approaches|strategies)\b|"
    # "is a proven way of helping people stay healthy"; "has been shown to support personal
    # recovery", "were found to be helpful"
    r"(?:an?|the)\s+(?:proven|successful)\s+(?:way|means|method|approach|strategy)\s+"
    r"(?:of|to|for)\b|"
    r"(?:shown|found|proven|demonstrated)\s+to\s+(?:\w+ly\s+)?(?:support|help|aid|assist|"
    r"benefit|promote|foster|enhance|strengthen|maximi[sz]e|facilitate|enable|empower|"
    r"be\s+(?:\w+ly\s+|very\s+)?(?:helpful|valuable|useful|successful|supportive|invaluable))\b|"
    # "peer support is crucial to maintaining sobriety"
    r"(?:crucial|essential|vital|instrumental|key|critical)\s+(?:role\s+)?(?:to|for|in)\s+"
    r"(?:achieving|maintaining|sustaining|supporting|promoting|long-term|successful)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:recovery|sobriety|abstinence|wellness|well-?being)\b|"
    r"show(?:s|ed|n|ing)?\s+(?:great\s+|considerable\s+|much\s+)?promise|"
    r"evidence(?:\s+base)?\b[^.;:]{0,80}?\b(?:is|are|has been|continues to be)\s+(?:\w+ly\s+)?"
    r"(?:growing|mounting|increasing|building|accumulating|strong|robust|compelling|"
    r"overwhelming)\b|"
    r"evidence\s+(?:for|of)\b[^.;:]{0,80}?\bcontinues\s+to\s+(?:grow|build|mount|accumulate)\b|"
    r"(?:as\s+(?:good|effective|successful)(?:\s+as|\s+if\s+not\s+(?:better|more\s+\w+)\s+than)|"
    r"(?:no|not)\s+(?:less\s+effective|worse)\s+than|better\s+than|more\s+effective\s+than|"
    r"superior\s+to),?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:conventional|usual|standard|traditional|professional|mainstream|clinical|regular|"
    r"routine|non[-–]?peer)\s+(?:[\w-]+\s+)?(?:care|services?|treatments?|support|staff|practice|"
    r"providers?)|(?:services?\s+(?:from|by|of)\s+)?(?:non[-–]?peer\s+)?(?:professionals|"
    r"clinicians))\b|"
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bthese )(?<!\bthose )(?<!\bof )(?<!\bmany )"
    r"(?<!\bkey )(?<!\bmain )(?<!\bpotential )(?<!\bother )(?<!\bsuch )(?<!\bany )(?<!\bno )"
    r"\bbenefit(?:s|ed|ted)\s+(?:both\s+|all\s+|greatly\s+|directly\s+)?(?:the\s+)?"
    r"(?:people|persons|individuals|participants|users|service users|clients|patients|consumers|"
    r"famil(?:y|ies)|peers?|peer workers?|workers|staff|organi[sz]ations?|communit(?:y|ies)|"
    r"everyone|those|them|veterans|youth|members|providers|systems?|society|services?)\b)",
    _I,
)
"""A benefit without a named outcome: "peer support works", "is effective", "has benefits",
"are so powerful in recovery", "is changing lives"."""

ABOUT = re.compile(
    r"\b(peers?|peer-\w+|mentor\w*|coach\w*|navigators?|specialists?|PSWs?|PRSS|supporters?|"
    r"support|programs?|programmes?|interventions?|services?|models?|approach\w*|"
    r"warmlines?|respites?|groups?|WRAP|participants|recipients|they|these|those|this|"
    r"such|the law)\b|^\W*(?:their|its)\b"
    # "it" for peer support, not the "it" of "making it harder to stay sober"
    r"|\bit\b(?!\s+(?:harder|easier|hard|easy|difficult|possible|impossible)\b)",
    _I,
)
"""What an effect can be of: peer support, its workers, a programme, its participants or a
pronoun for one, including a possessive one opening the sentence ("Their presence helps ...")."""

STATISTIC_REFERENCE = re.compile(
    r"\b(?:this|these|that|those)\s+(?:numbers?|rates?|figures?|percentages?|proportions?|"
    r"statistics?|totals?|counts?|increases?|rises?|trends?|gaps?|data)\b",
    _I,
)
"""A pronoun's determiner on a statistic ("This number is over 50 percent higher than that of
non-veteran adults"): the figure before it, a population's, not peer support."""


def names_subject(sentence: str) -> bool:
    """Whether the sentence names what an effect can be of (`ABOUT`), a statistic's "this
    number" aside."""
    return ABOUT.search(STATISTIC_REFERENCE.sub(" ", sentence)) is not None


RESEARCH_SAYS = re.compile(
    r"\b(?:studies|research|evidence|trials|reviews|findings|literature|evaluations|analyses|"
    r"meta-analyses|data)\s+(?:[\w-]+\s+){0,2}?(?:show(?:s|ed|n)?|suggest(?:s|ed)?|indicat(?:e|es|ed)|demonstrat(?:e|es|ed)|found|finds?|"
    r"report(?:s|ed)?|confirm(?:s|ed)?)\s+(?:(?:an?|the|some|significant|\w+ly)\s+)*"
    + CHANGE.pattern,
    _I,
)
"""Research reporting an effect with no subject of its own ("Several studies show improvement
in self-esteem", "research has found reduced rates of relapse"): in a document about peer
support, peer support's. With a clause of its own ("evidence indicates that X prevents ...")
the clause's subject decides."""

REPORTED_BENEFIT = re.compile(
    r"\b(?:studies|research|evidence|trials)\s+(?:\w+\s+){0,2}?(?:show|shows|showed|suggests?|"
    r"indicates?|demonstrates?|found|finds?)\s+(?:both\s+|\w+ly\s+)?(?:direct|positive|"
    r"beneficial|significant)\b|"
    # "Another meta-analysis, focused on eight group-based PS RCTs, found evidence for
    # effectiveness in relation to recovery"
    r"\b(?:meta-analys[ie]s|reviews?|stud(?:y|ies)|trials?|research|evaluations?)\b[^.;]{0,80}?"
    r"\b(?:found|finds|showed|shows|provided|provides|reported|reports|has|have)\s+"
    r"(?:\w+\s+){0,2}?(?:evidence\s+(?:for|of)\s+(?:the\s+|its\s+)?|(?:demonstrated|confirmed|"
    r"established|documented)\s+(?:its|their)\s+)effectiveness\b|"
    # "Multiple systematic reviews have confirmed its benefits"
    r"\b(?:studies|research|evidence|trials|reviews|meta-analyses|evaluations)\s+(?:\w+\s+){0,2}?"
    r"(?:show(?:s|ed|n)?|confirm(?:s|ed)?|demonstrat(?:e|es|ed)|document(?:s|ed)?|"
    r"establish(?:es|ed)?|found|finds?)\s+(?:its|their)\s+(?:[\w-]+\s+)?benefits\b|"
    # "The results showed clinically meaningful improvements as a result of PMP"
    r"\b(?:results?|findings|data|outcomes)\s+(?:\w+\s+){0,2}?(?:show|shows|showed|indicated?|"
    r"demonstrated?|revealed?)\s+(?:\w+\s+){0,2}?(?:significant|clinically\s+(?:meaningful|"
    r"significant)|substantial|marked|measurable|meaningful)\s+improvements?\b",
    _I,
)
"""Research reporting a benefit with no subject of its own ("studies show both direct and
indirect positive effects"): in a document about peer support, peer support's."""

COMPARISON = re.compile(
    r"\b(compared|than|versus|vs|relative to|from about|from \d|only|as opposed to|"
    r"(?:the\s+)?(?:control|comparison)\s+(?:group|arm|condition)s?)\b",
    _I,
)

SEEKING = re.compile(
    r"\b(?:find|finding|seek|seeking|look(?:ing)? for|identify|identifying|explore|exploring|"
    r"develop|developing|search(?:ing)? for|devise|devising)\s+(?:new\s+|better\s+|other\s+)?"
    r"(?:ways?|means|methods?|strateg(?:y|ies)|approach(?:es)?)\s+(?:to|of)\s*$|"
    r"\b(?:on|about|of|know|unclear|understand|explore|examine|ask|asks|asking|learn|"
    r"investigate|determine|consider|wonder|exploring|examining|investigating|explores|"
    r"examines|investigates)\s+how\s+(?:[\w-]+\s+){0,5}?(?:can|could|might|may|"
    r"should)\s+(?:best\s+)?(?:be\s+)?$|\bhow\s+(?:best\s+)?to\s+$|"
    # a goal named: "a mentoring program ... with the goal of promoting social-emotional
    # well-being"
    r"\b(?:goals?|aims?|purposes?|objectives?|intentions?|hopes?|ambitions?)\s+of\s+$",
    _I,
)
"""A change word that is sought ("efforts to find ways to reduce those costs", "no good
evidence on how these readmissions can be reduced", "exploring how groups can help", "with the
goal of promoting well-being") is a purpose, although "ways to" alone
("effective ways to reduce") may state an effect, and so may "shows how peer support can
reduce"."""

WORKFORCE = re.compile(
    r"\b(?:numbers?|count|size|share|proportion)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:peer[\s-]+(?:support\s+|recovery\s+)?(?:workers?|specialists?|supporters?|"
    r"staff|providers?|coaches|mentors|navigators|positions|roles|posts|jobs)|peers)\b"
    r"(?:\s+(?:employed|working|hired|trained|certified|paid)"
    r"(?:\s+(?:by|in|across|within)\s+(?:the\s+)?(?:[A-Z][\w&-]*+\s*)++)?)?"
    r"|\bpeer\s+(?:support\s+)?workforce\b|\bjob\s+satisfaction\b"
    # a share of a workforce: "make up approximately 3.4% of the total workforce"
    r"|\bof\s+the\s+(?:total|wider|overall|entire|whole)\s+(?:[\w-]+\s+){0,4}?workforce\b"
    r"|\b(?:annual\s+|staff\s+|workforce\s+)?turnover\b|\b(?:median\s+|hourly\s+|living\s+)?"
    r"wages?\b|\bsalar(?:y|ies)\b|\bvacanc(?:y|ies)\b",
    _I,
)
"""The peer workforce's size and pay ("The numbers of peer support workers employed by NHS
England increased from 48 ... to 862", "reducing annual turnover to below 15%"): a workforce
figure, not an effect of peer support; its change and outcome words ("increased",
"employed") are the workforce's."""

ACRONYM_NAME = re.compile(
    r"(?:[A-Z][\w'-]*\s+(?:(?:of|in|for|and|the|to|with|on|at|&)\s+)*){2,}[A-Z][\w'’-]*"
    r"\s*\((?=[A-Z&-]*[A-Z]\))[A-Z&-]+\)"
)
"""A name spelt out before its acronym ("Using Peer Support In Developing Empowering Mental
Health Services (UPSIDES)", "the Substance Abuse and Mental Health Administration’s (SAMHSA)"):
the change and outcome words in it are the name's."""

FINITE_CHANGE = re.compile(
    r"(?<![\w-])(?<!-\s)(reduc(?:es|ed)|decreas(?:es|ed)|increas(?:es|ed)|improv(?:es|ed)|lower(?:s|ed)|cuts|"
    r"boost(?:s|ed)|sav(?:es|ed)|prevent(?:s|ed)|works|enhanc(?:es|ed)|help(?:s|ed)|"
    r"empower(?:s|ed)|shorten(?:s|ed)|halve[sd]|double[sd]|leads|led|results|resulted|"
    r"lessen(?:s|ed)|eas(?:es|ed)|reliev(?:es|ed)|strengthen(?:s|ed)|transform(?:s|ed)|do\s+work|"
    r"maintain(?:s|ed)|sustain(?:s|ed)|"
    r"show(?:s|ed|n)|found|demonstrat(?:es|ed)|produc(?:es|ed)|provid(?:es|ed)|offer(?:s|ed)|"
    r"promot(?:es|ed)|foster(?:s|ed)|builds|built|reinforc(?:es|ed)|report(?:s|ed)|saw|sees|"
    r"may|might|can|could|will|would|should|must|does|did|is|are|was|were|has|have|had|"
    r"prov(?:es|ed)|outperform(?:s|ed)|beats|curb(?:s|ed)|tackl(?:es|ed)|drops|dropped|"
    r"slash(?:es|ed)|appears|seems|yields|"
    r"yielded|"
    r"generates|generated|benefit(?:s|ed)?(?=\s+from\b))\b"
    # a plural subject's verb after its noun, not a purpose's ("Efforts to Improve ...") nor
    # an imperative opening the title ("Reduce Stigma")
    r"|(?:(?<=[A-Za-z]\s)|(?<=[A-Za-z]\s[‘“'\"]))(?<!\bto\s)(?<!\band\s)(?<!\bor\s)"
    r"(reduce|decrease|increase|improve|lower|cut|curb|tackle|boost|enhance|prevent|halve|double|"
    r"save)\b",
    _I,
)
"""A finite verb: a title that has one makes a statement ("Peer Support Reduces Readmissions",
"Peer Support Services Improve Depressive Symptoms")."""

PURPOSE = re.compile(r"\b([\w-]+)(,?)\s+to\s+(?:the\s+)?$", _I)
"""A change word after "X to" is a purpose ("efforts to reduce", "an approach to the reduction
of suicide"), unless X is in `CLAIM_TO` ("contributes to the reduction");
after a comma ("..., along with formal training, to promote recovery") it always is."""
PURPOSE_FOR = re.compile(
    r"\b(?:strateg(?:y|ies)|approach(?:es)?|interventions?|programs?|programmes?|models?|"
    r"tools?|methods?|options?)\s+for\s*$",
    _I,
)
"""A change word after "a strategy for" is a purpose ("Peer support as a strategy for
reducing hospital readmissions", an article's title); "effective for reducing" is not."""

CLAIM_TO = re.compile(
    r"^(shown|found|proven|likely|able|help|helps|helped|helping|appears?|appeared|seems?|"
    r"seemed|tends?|tended|been|known|reported|expected|ways?|led|leads?|leading|"
    r"contribut\w*|continues?|continued|thought|believed|said|seen|go|goes|went|due|"
    r"compared|relative|up|down|from|according|linked|related|similar|equal|potential|"
    r"serves?|served)$",
    _I,
)

PRACTICE = re.compile(
    r"\b(?:harm|risk)[\s-]+reduction\b|\b(?:quality|performance)[\s-]+improvement\b", _I
)
"""A practice's name ("recovery coaches practice ... harm reduction"): the change word in it
names an approach, not an effect."""

RISK = re.compile(
    r"\bat (?:a |an )?(?:much |significantly |substantially )?(?:higher|greater|increased|"
    r"elevated|high|heightened) risk\b",
    _I,
)
"""A population's risk ("patients are at much higher risk of suicide") is no effect."""
