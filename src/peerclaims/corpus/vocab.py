"""Controlled vocabularies of the corpus schema, kept in one place.

Every value a claim or a reference may take for a closed field is listed here, so the
schema, the `unknown-vocabulary-value` rule, the search filters and the docs agree.
"""

from __future__ import annotations

from enum import StrEnum


class Population(StrEnum):
    """Who a claim is about."""

    GENERAL = "general"
    MENTAL_HEALTH = "mental-health"
    SUBSTANCE_USE = "substance-use"
    CO_OCCURRING = "co-occurring"
    FAMILY = "family"
    WORKFORCE = "workforce"
    YOUTH = "youth"
    VETERANS = "veterans"
    HOMELESS = "homeless"


class Direction(StrEnum):
    """Which way the reported effect goes."""

    INCREASE = "increase"
    DECREASE = "decrease"
    NO_DIFFERENCE = "no-difference"
    MIXED = "mixed"  # inconsistent across studies or measures
    DESCRIPTIVE = "descriptive"


class ClaimKind(StrEnum):
    """What sort of statement a claim is."""

    BENEFIT = "benefit"  # a qualitative benefit ("increased hope")
    FINDING = "finding"  # a study result, usually quantitative
    STATISTIC = "statistic"  # a descriptive figure (states, workers trained, years of life)
    HISTORY = "history"  # a dated historical fact
    POLICY = "policy"  # a statement about policy, payment or credentialing


class Support(StrEnum):
    """How a cited work supports a claim (see docs/schema.md)."""

    DIRECT = "direct"  # the work itself found or established it
    REVIEW = "review"  # a review reports it from the primary studies
    SECONDARY = "secondary"  # cited second-hand (a fact sheet, a slide deck)


class Certainty(StrEnum):
    """A work's own rating of the certainty of a finding (GRADE), where it gives one."""

    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"
    VERY_LOW = "very-low"


class StudyDesign(StrEnum):
    """Design of a cited work, from which its starting evidence level follows."""

    RCT = "rct"
    CLUSTER_RCT = "cluster-rct"
    QUASI_EXPERIMENTAL = "quasi-experimental"
    COHORT = "cohort"
    CASE_CONTROL = "case-control"
    PRE_POST = "pre-post"
    CROSS_SECTIONAL = "cross-sectional"
    QUALITATIVE = "qualitative"
    MIXED_METHODS = "mixed-methods"
    SYSTEMATIC_REVIEW = "systematic-review"
    META_ANALYSIS = "meta-analysis"
    NARRATIVE_REVIEW = "narrative-review"
    REPORT = "report"
    GREY = "grey"
    EXPERT_OPINION = "expert-opinion"
    HISTORICAL = "historical"
    THEORETICAL = "theoretical"


class Outcome(StrEnum):
    """What a claim's effect is on."""

    HOSPITALIZATION = "hospitalization"
    SERVICE_USE = "service-use"
    ENGAGEMENT = "engagement"
    TREATMENT_RETENTION = "treatment-retention"
    SATISFACTION = "satisfaction"
    HOPE = "hope"
    EMPOWERMENT = "empowerment"
    SELF_EFFICACY = "self-efficacy"
    SELF_ESTEEM = "self-esteem"
    QUALITY_OF_LIFE = "quality-of-life"
    WELL_BEING = "well-being"
    SYMPTOMS = "symptoms"
    DEPRESSION = "depression"
    SUBSTANCE_USE = "substance-use"
    RELAPSE = "relapse"
    OVERDOSE = "overdose"
    RECOVERY = "recovery"
    SOCIAL_FUNCTIONING = "social-functioning"
    SOCIAL_SUPPORT = "social-support"
    LONELINESS = "loneliness"
    COMMUNITY_INTEGRATION = "community-integration"
    HOUSING = "housing"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    CRIMINAL_JUSTICE = "criminal-justice"
    STIGMA = "stigma"
    KNOWLEDGE = "knowledge"
    COPING = "coping"
    PARENTING = "parenting"
    FAMILY_FUNCTIONING = "family-functioning"
    RELATIONSHIPS = "relationships"
    MEDICATION_ADHERENCE = "medication-adherence"
    SUICIDE = "suicide"
    EMERGENCY_DEPARTMENT = "emergency-department"
    CRISIS_SERVICES = "crisis-services"
    ADVERSE_EVENTS = "adverse-events"
    COST = "cost"
    MORTALITY = "mortality"
    PHYSICAL_HEALTH = "physical-health"
    WORKFORCE = "workforce"
    POLICY = "policy"
    HISTORY = "history"
    OTHER = "other"


_O = Outcome
RELATED_OUTCOMES: tuple[frozenset[Outcome], ...] = (
    frozenset({_O.HOSPITALIZATION, _O.EMERGENCY_DEPARTMENT, _O.CRISIS_SERVICES, _O.SERVICE_USE}),
    frozenset({_O.ENGAGEMENT, _O.TREATMENT_RETENTION, _O.SERVICE_USE}),
    frozenset({_O.SUBSTANCE_USE, _O.RELAPSE, _O.OVERDOSE}),
    frozenset({_O.SUICIDE, _O.MORTALITY}),
    frozenset({_O.OVERDOSE, _O.MORTALITY}),
    frozenset({_O.PHYSICAL_HEALTH, _O.MEDICATION_ADHERENCE, _O.MORTALITY}),
    frozenset({_O.HOUSING, _O.COMMUNITY_INTEGRATION}),
    frozenset({_O.EMPLOYMENT, _O.EDUCATION}),
    frozenset({_O.COST}),
    frozenset({_O.CRIMINAL_JUSTICE}),
)
"""Outcomes close enough that a work reporting one may be said to report the other
("engagement" for a review that reports treatment retention; "overdose deaths" for one
that reports mortality). Outcomes in no group are related only to themselves."""

CONCRETE_OUTCOMES = frozenset().union(*RELATED_OUTCOMES)
"""Outcomes that name one countable thing (admissions, costs, housing, arrests). A work's
"range of recovery outcomes" may cover hope or well-being under another name, so only these
are judged absent from a work's record."""


def related_outcomes(outcome: str) -> frozenset[str]:
    """The outcome and every outcome related to it."""
    return frozenset({outcome}).union(*(group for group in RELATED_OUTCOMES if outcome in group))


GREY_DESIGNS = frozenset({StudyDesign.REPORT, StudyDesign.GREY, StudyDesign.EXPERT_OPINION})
"""Designs counted as grey literature by the `grey-only-evidence` rule."""

GREY_ENTRY_TYPES = frozenset({"techreport", "report", "misc", "online", "manual", "unpublished"})
"""BibTeX entry types counted as grey literature when a work has no `studydesign`."""

VOCABULARIES: dict[str, type[StrEnum]] = {
    "population": Population,
    "outcome": Outcome,
    "direction": Direction,
    "kind": ClaimKind,
    "support": Support,
    "certainty": Certainty,
    "studydesign": StudyDesign,
}
"""Field name → its vocabulary, for messages that list the allowed values."""


_ALLOWED = {name: tuple(member.value for member in enum) for name, enum in VOCABULARIES.items()}


def allowed(field: str) -> tuple[str, ...]:
    """Return the allowed values of a controlled field, in declaration order."""
    return _ALLOWED[field]
