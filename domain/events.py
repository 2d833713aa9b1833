"""The base of every stored event, the Exchange's and the keyring's alike."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict


class DomainEvent(BaseModel):
    """Base of every stored event: a frozen pydantic model with the library's envelope fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    originator_id: UUID
    originator_version: int
    timestamp: datetime

    @property
    def recorded_at(self) -> datetime:
        """When the team recorded the event (not when the source announced it)."""
        return self.timestamp
