"""What the findings view holds: one line per finding of every exchange, and the questions it answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

import orjson

from domain.amounts import Amount
from domain.figures import Tier
from domain.findings import Evidence, Severity
from domain.report import FindingLine
from domain.rulebook import RULES

_SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(Severity)}
_RULE_ORDER = {rule.id: rank for rank, rule in enumerate(RULES)}


@dataclass(frozen=True, slots=True)
class ExchangeEntry:
    """An exchange the view has seen agreed."""

    exchange_id: UUID
    slug: str
    title: str


@dataclass(frozen=True, slots=True)
class UnreadableEntry:
    """An exchange whose stored event at `version` cannot be loaded: its findings are left out of the view."""

    exchange_id: UUID
    slug: str
    """The exchange's slug when it was read before the damage; else its id."""
    version: int
    topic: str
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ExchangeFinding:
    """A finding of one exchange as the report states it, with the versions that raised it and last changed it."""

    exchange_id: UUID
    exchange: str
    """The exchange's slug."""
    finding: FindingLine
    raised_version: int
    raised_at: datetime
    updated_version: int
    updated_at: datetime

    @property
    def open(self) -> bool:
        """True unless a reviewer acknowledged the finding as it stands now."""
        return self.finding.open

    @property
    def order(self) -> tuple[Any, ...]:
        """Exchange, then errors before warnings, then rule order and subject, as a desk editor reads them."""
        line = self.finding
        stage = -1 if line.stage is None else line.stage
        rank = _SEVERITY_ORDER.get(line.severity, len(_SEVERITY_ORDER))
        return self.exchange, rank, _RULE_ORDER.get(line.rule, len(_RULE_ORDER)), stage, line.id


@dataclass(frozen=True, slots=True)
class FindingsQuery:
    """Which findings to list: only open ones, of one rule, one severity, one exchange (slug or id)."""

    open_only: bool = False
    rule: str | None = None
    severity: Severity | None = None
    exchange: str | None = None

    def matches(self, item: ExchangeFinding) -> bool:
        """True when the finding passes every filter."""
        line = item.finding
        return (
            (not self.open_only or line.open)
            and (self.rule is None or line.rule == self.rule)
            and (self.severity is None or line.severity == self.severity)
            and (self.exchange is None or self.exchange in (item.exchange, str(item.exchange_id)))
        )


def evidence_json(evidence: list[Evidence]) -> bytes:
    """Evidence as JSON: orjson writes the dataclasses (a date as ISO text, an id as text), a count said with its
    uncertainty as its fields."""
    return orjson.dumps(evidence, default=_amount_fields)


def evidence_from(data: list[dict[str, Any]]) -> list[Evidence]:
    """Evidence read back from its JSON, as `evidence_json` wrote it."""
    return [
        Evidence(
            source=item["source"],
            tier=Tier(item["tier"]),
            claim_id=UUID(item["claim_id"]),
            version=item["version"],
            figure=item["figure"],
            value=_value(item["value"]),
            origin=item.get("origin"),
            party=item.get("party"),
        )
        for item in data
    ]


def _amount_fields(value: object) -> dict[str, Any]:
    if isinstance(value, Amount):
        return value.model_dump(mode="json")
    raise TypeError(f"{type(value).__name__} is not written in the findings view")


def _value(value: int | str | dict[str, Any]) -> int | date | Amount:
    if isinstance(value, int):
        return value
    return Amount.model_validate(value) if isinstance(value, dict) else date.fromisoformat(value)
