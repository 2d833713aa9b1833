"""The terms of an exchange as sources state them: numeric, all for all, composite, or not announced at all."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal
from uuid import NAMESPACE_URL, UUID, uuid5

from pydantic import Field, model_validator

from domain.figures import Count, Name, Source, Target, Terms, Text, Value

Unit = Literal["people", "bodies"]
"""What an exchange (or one part of it) hands over: living people, or the bodies of the dead."""

TermsForm = Literal["each_side", "per_direction", "combined", "all_for_all", "composite", "not_announced"]
NUMERIC_FORMS = frozenset({"each_side", "per_direction", "combined"})

_NAMESPACE = uuid5(NAMESPACE_URL, "https://exchange-reconciler.invalid/terms")


class TermsStatement(Value):
    """The terms of an exchange as one source stated them."""

    source: Source
    form: TermsForm
    unit: Unit = "people"
    targets: dict[Name, Target] = Field(default_factory=dict)
    """What each receiving party is promised, when the source gave it per party ('each side 1,000')."""
    combined: Count | None = None
    """Both directions together, as a mediator may give it ('2,000 in all')."""
    parts: tuple[Text, ...] = ()
    """The pieces of composite terms, in words ('175 each side', '23 severely wounded to Ukraine, one way')."""
    says: Text | None = None

    @model_validator(mode="after")
    def _fits_its_form(self) -> TermsStatement:
        numbered = bool(self.targets) or self.combined is not None
        if self.form in ("all_for_all", "not_announced") and numbered:
            raise ValueError(f"terms stated as {self.label_of_form} give no numbers")
        if self.form in NUMERIC_FORMS and not numbered:
            raise ValueError(f"terms stated as {self.label_of_form} give a number")
        if self.form == "composite" and not self.parts:
            raise ValueError("composite terms name their parts")
        if self.form == "each_side" and len(set(self.targets.values())) > 1:
            raise ValueError("terms stated for each side give both sides the same target")
        return self

    @property
    def label_of_form(self) -> str:
        """'each side', 'all for all', 'not announced'."""
        return self.form.replace("_", " ")

    @cached_property
    def statement_id(self) -> UUID:
        """Derived from what was said and by whom, so the same statement recorded twice is kept once."""
        return uuid5(_NAMESPACE, self.model_dump_json(exclude_defaults=True))

    @property
    def announced(self) -> bool:
        """False when the source says that no terms were announced."""
        return self.form != "not_announced"

    @property
    def reading(self) -> tuple[object, ...]:
        """What two statements must share to state the same numbers: the promise, not the wording."""
        targets = tuple(sorted((party, target.label) for party, target in self.targets.items()))
        return (self.form == "all_for_all", targets, self.combined)

    def agrees_with(self, other: TermsStatement) -> bool:
        """True when both state the same promise; composite terms that add parts to the same numbers agree with
        the numbers stated alone, but two composites agree only when their parts are the same too."""
        if self.reading != other.reading:
            return False
        return self.form != "composite" or other.form != "composite" or sorted(self.parts) == sorted(other.parts)

    @property
    def summary(self) -> str:
        """'each side 1,000', 'to Ukraine 84; to Russia at least 50', 'all for all', 'composite: a; b'."""
        if self.form == "composite":
            return "composite: " + "; ".join(self.parts)
        if self.form in ("all_for_all", "not_announced"):
            return self.label_of_form
        shown = [f"to {party} {target.label}" for party, target in sorted(self.targets.items())]
        if self.form == "each_side" and self.targets:
            shown = [f"each side {next(iter(self.targets.values())).label}"]
        if self.combined is not None:
            shown.append(f"{self.combined:,} combined")
        return "; ".join(shown)


def agreed_statement(terms: Terms, source: Source, unit: Unit) -> TermsStatement:
    """The agreement's own terms, read as the first statement of them."""
    targets = dict(terms.targets)
    if not targets:
        return TermsStatement(source=source, form="not_announced", unit=unit)
    if all(target.kind == "unspecified" for target in targets.values()):
        return TermsStatement(source=source, form="all_for_all", unit=unit)
    numeric = {party: target for party, target in targets.items() if target.kind != "unspecified"}
    form: TermsForm = "each_side" if terms.symmetric else "per_direction"
    return TermsStatement(source=source, form=form, unit=unit, targets=numeric)


def stated_terms(statement: TermsStatement, parties: tuple[str, str]) -> Terms:
    """The targets a statement sets: none when not announced, no number for anyone under all for all."""
    if statement.form == "all_for_all":
        return Terms(targets=dict.fromkeys(parties, Target(kind="unspecified")))
    return Terms(targets=dict(statement.targets))


def common_targets(statements: Sequence[TermsStatement], parties: tuple[str, str]) -> Terms:
    """Each party's target that every statement gives alike; a party the statements differ on has none (nothing
    stated: no targets at all)."""
    stated = [stated_terms(statement, parties) for statement in statements]
    if not stated:
        return Terms(targets={})
    first, *rest = stated
    alike = {
        party: target for party, target in first.targets.items() if all(o.targets.get(party) == target for o in rest)
    }
    return Terms(targets=alike)
