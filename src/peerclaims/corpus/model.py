"""Pydantic models of the corpus: claims, evidence links, appearances, effects, references.

No I/O here. Models are frozen and reject unknown fields. Closed fields (population,
outcome, ...) are plain strings in the model so that one unknown value does not drop a
whole claim: the `unknown-vocabulary-value` rule checks them against `vocab`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION = 1

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", min_length=1)]
Text = Annotated[str, StringConstraints(min_length=1)]


class _Frozen(BaseModel):
    # allow_inf_nan=False: `.nan` and `.inf` are schema errors, so no figure is ever NaN or
    # infinite (JSON has no such numbers; a message would read "a inf% increase").
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=False, allow_inf_nan=False
    )


class Effect(_Frozen):
    """A quantitative effect or figure, as numbers.

    Either a single `value` (a count, a percentage) or a pair of group figures
    (`intervention` vs `comparison`), from which a relative change can be recomputed.
    """

    measure: Text
    unit: str | None = None
    value: float | None = None
    intervention: float | None = None
    intervention_sd: float | None = None
    comparison: float | None = None
    comparison_sd: float | None = None
    relative_change: float | None = None
    ci_lower: float | None = None  # 95% confidence interval of `value`, as published
    ci_upper: float | None = None
    studies: int | None = Field(default=None, ge=1)  # studies pooled for this estimate
    n: int | None = Field(default=None, ge=1)
    timeframe: str | None = None
    note: str | None = None

    def recomputed_relative_change(self) -> float | None:
        """Relative change of intervention against comparison, or None when not computable."""
        if self.intervention is None or not self.comparison:
            return None
        return (self.intervention - self.comparison) / self.comparison


class Evidence(_Frozen):
    """One work a claim rests on, and how."""

    ref: Text
    support: str = "direct"
    certainty: str | None = None  # the work's own GRADE rating of this finding
    locator: str | None = None
    note: str | None = None


class Appearance(_Frozen):
    """One place a claim is made, with its wording and its citation exactly as written.

    `cited_as` absent means the claim was made there without any citation.
    """

    document: Text
    as_written: Text
    cited_as: str | None = None
    location: str | None = None
    note: str | None = None


class Claim(_Frozen):
    """A claim of benefit, effect or fact, linked to the works it rests on."""

    id: Slug
    statement: Text
    kind: str = "benefit"
    population: str
    outcome: str
    direction: str
    effect: Effect | None = None
    evidence: tuple[Evidence, ...] = ()
    appearances: tuple[Appearance, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column in a file."""

    line: int
    column: int = 1


@dataclass(frozen=True, slots=True)
class Person:
    """One author or editor, decoded from BibTeX."""

    last: str
    first: str = ""
    von: str = ""
    jr: str = ""
    raw: str = ""

    @property
    def surname(self) -> str:
        """The family name with its particle, as cited in text ("van Os")."""
        return f"{self.von} {self.last}".strip()


@dataclass(frozen=True, slots=True)
class Reference:
    """A typed, decoded view of one BibTeX entry (LaTeX decoded, names split)."""

    key: str
    entry_type: str
    fields: dict[str, str]
    raw_fields: dict[str, str]
    authors: tuple[Person, ...]
    editors: tuple[Person, ...]
    position: Position
    field_positions: dict[str, Position] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        """A decoded field value, or None."""
        return self.fields.get(name)

    @property
    def title(self) -> str:
        """The decoded title, or an empty string."""
        return self.fields.get("title", "")

    @property
    def year(self) -> str | None:
        """The year as written (may carry a suffix such as "2006b")."""
        return self.fields.get("year")

    @property
    def design(self) -> str | None:
        """The `studydesign` field, if any."""
        return self.fields.get("studydesign")

    @property
    def outcomes(self) -> tuple[str, ...] | None:
        """The outcomes the work reports results on (`outcomes`, `;`-separated), or None
        when the entry does not record them (then nothing is known, not "none")."""
        raw = self.fields.get("outcomes")
        if raw is None or not raw.strip():
            return None
        return tuple(part.strip() for part in raw.split(";") if part.strip())

    @property
    def cited_as(self) -> tuple[str, ...]:
        """Variant forms in which sources cite this work (`citedas`, `;`-separated)."""
        raw = self.fields.get("citedas", "")
        return tuple(part.strip() for part in raw.split(";") if part.strip())

    @property
    def creators(self) -> tuple[Person, ...]:
        """Authors, or editors when the work has none."""
        return self.authors or self.editors
