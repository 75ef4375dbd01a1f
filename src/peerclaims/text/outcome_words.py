"""Outcome words: how documents name each outcome of the corpus's vocabulary.

One table serves both readers of outcomes: the claim detector (`claim_words.OUTCOME`, which
adds broader words that mark a sentence as being about an outcome at all) and the evidence
rules (`match.statement`, which read which outcome a sentence says moves, and which way).
Each row is a regular expression over lower-case text whose typography was made plain, the
outcome it names (a value of `corpus.vocab.Outcome`; tests hold the two together), and whether
the words name the outcome's opposite ("homelessness" is less housing).
"""

from __future__ import annotations

# Recovery as a state reached, not the noun of a role, a place or a plan ("recovery coaches",
# "recovery community centers", "recovery goals"); "people in recovery" is a state too, and the
# evidence rules read an effect only with its direction word.
RECOVERY = (
    r"recovery(?![\s-]+(?:goals?|plans?|planning|services?|supports?|cent(?:er|re)s?|"
    r"communit(?:y|ies)|residences?|housing|organi[sz]ations?|month|movement|oriented|"
    r"specialists?|workers?|programs?|programmes?|process|tools?|activities|groups?|meetings?|"
    r"networks?|colleges?|academy|navigators?|allies|advocates?|coach\w*|caf[eé]s?|homes?|"
    r"model|journeys?|stor(?:y|ies)|principles|orientation|field))"
)

# (pattern, outcome, inverted): inverted terms name the opposite of the outcome.
TERMS: tuple[tuple[str, str, bool], ...] = (
    (
        r"(?:re-?)?hospitali[sz]\w*|(?:re)?admissions?|inpatient(?: days| stays?| care)?|"
        r"bed[- ]days|(?:days?|time) (?:in|of) (?:the )?hospital|hospital (?:days|stays?|use|care|"
        r"admissions?|readmissions?)|length of stay|psychiatric admissions?|re-?admitted|"
        r"admitted to (?:an? |the )?(?:hospital|inpatient)",
        "hospitalization",
        False,
    ),
    (
        r"emergency (?:department|room) (?:visits|use)|emergency (?:department|room)|"
        r"(?:er|ed|a&e) visits",
        "emergency-department",
        False,
    ),
    (r"crisis (?:services?|episodes?|admissions?|calls)|crises", "crisis-services", False),
    (
        r"service use|(?:use of|demand (?:on|for)) (?:[\w-]+ ){0,5}?services|outpatient (?:visits|use)",
        "service-use",
        False,
    ),
    (
        r"community (?:integration|tenure|inclusion|engagement|participation)",
        "community-integration",
        False,
    ),
    (r"engagement|attendance", "engagement", False),
    (r"missed appointments?|no-shows?|non-attendance", "engagement", True),
    (r"(?:treatment )?retention", "treatment-retention", False),
    (r"dropout|drop-out", "treatment-retention", True),
    (r"satisf\w*", "satisfaction", False),
    (r"hope(?:fulness)?", "hope", False),
    (r"hopelessness", "hope", True),
    (r"empowerment", "empowerment", False),
    (r"self[- ]?efficacy", "self-efficacy", False),
    (r"self[- ]?esteem", "self-esteem", False),
    (r"quality of life|(?-i:(?:HR)?Q[Oo]L)", "quality-of-life", False),
    (rf"(?:personal |clinical |mental health |subjective )?{RECOVERY}", "recovery", False),
    (r"well-?being|wellness", "well-being", False),
    (r"depressi\w*", "depression", False),
    (r"(?:psychiatric )?symptoms?|distress", "symptoms", False),
    (
        r"substance use|drug use|alcohol use|drinking|(?:illicit )?drug use|opioid use",
        "substance-use",
        False,
    ),
    (r"relapses?", "relapse", False),
    (r"overdoses?(?: deaths)?", "overdose", False),
    (r"social functioning|functioning", "social-functioning", False),
    (r"social support|social networks?", "social-support", False),
    (r"loneliness|isolation", "loneliness", False),
    (r"housing(?: (?:stability|retention|tenure))?", "housing", False),
    (r"homelessness", "housing", True),
    (r"employment", "employment", False),
    (r"unemployment", "employment", True),
    (
        r"arrests?|incarcerations?|re-?arrests?|criminal justice involvement|jail",
        "criminal-justice",
        False,
    ),
    (r"self[- ]?stigma|stigma", "stigma", False),
    (r"medication adherence|adherence", "medication-adherence", False),
    (
        r"physical (?:health(?:[- ]related quality of life)?|activity|functioning)|"
        r"health[- ](?:enhancing|promoting) behaviou?rs?|cardiovascular fitness|fitness",
        "physical-health",
        False,
    ),
    (r"suicid\w*(?: attempts| ideation| deaths)?", "suicide", False),
    (
        r"costs?|(?:health ?care|medical|medicaid|public|total|state|nhs) spend(?:ing)?|expenditures?",
        "cost",
        False,
    ),
    (r"mortality|deaths", "mortality", False),
)
"""(pattern, outcome, inverted), most specific first: the first row to match a span wins."""
