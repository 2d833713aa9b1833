"""The one hierarchy of errors the domain raises; adapters map them to exit and status codes."""

from __future__ import annotations

from pydantic import ValidationError

from domain.amounts import QUANTITY_TAGS


class ReconError(Exception):
    """Raised when a command cannot be carried out; `field` names the offending input, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class InvalidInputError(ReconError):
    """Raised when a command's input is malformed: a negative count, an unknown party, a missing source."""


class ExchangeNotFoundError(ReconError):
    """Raised when no exchange has the given id or slug."""


class ClaimNotFoundError(ReconError):
    """Raised when an exchange holds no claim with the given id."""


class FindingNotFoundError(ReconError):
    """Raised when a reviewer acknowledges a finding the exchange does not currently have."""


class UnreadableExchangeError(ReconError):
    """Raised when a stored event of an exchange cannot be loaded: damaged, of an unknown kind, or no longer valid."""


class ConflictError(ReconError):
    """Raised when a command contradicts what is already recorded (an exchange agreed again on other terms)."""


class ConcurrentWriteError(ConflictError):
    """Raised when another writer recorded into the same exchange first; the command can be tried again."""


def invalid_input(error: ValidationError, prefix: str = "") -> InvalidInputError:
    """Turn pydantic's first complaint into an error that names the field."""
    first = error.errors()[0]
    field = field_of(first["loc"])
    if prefix:
        field = f"{prefix}.{field}" if field else prefix
    return InvalidInputError(first["msg"], field or None)


def field_of(loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a field's path ('figures.total'), without the names it gives to a value's forms."""
    return ".".join(str(part) for part in loc if part not in QUANTITY_TAGS)


class StaleVersionError(ConflictError):
    """Raised when a command names the version of the exchange it was decided on, and the exchange has moved on."""
