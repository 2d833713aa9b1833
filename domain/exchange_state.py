"""What an Exchange holds as its events are applied: each claim as it stands, the declarations of completion and
their denials, the statements of the terms, and reviewers' acknowledgements; and the checks its commands make
against that state."""

from __future__ import annotations

from uuid import UUID

from domain.agreement import Agreement
from domain.claims import Claim
from domain.errors import ClaimNotFoundError, ConflictError, InvalidInputError
from domain.figures import Direction, Moment, Source, Value
from domain.immutable import immutable
from domain.terms import TermsStatement, Unit, agreed_statement


@immutable(kw_only=True)
class ClaimState:
    """A claim as it stands now: its current figures and the versions that made them so."""

    claim_id: UUID
    claim: Claim
    version: int
    recorded_version: int
    announced_at: Moment | None = None
    retracted_version: int | None = None
    retraction: tuple[str, str] | None = None
    """Why and by whom the claim was retracted."""

    @property
    def active(self) -> bool:
        """True unless the claim was retracted."""
        return self.retracted_version is None


class Completion(Value):
    """A source's declaration that the exchange (or one unit of it) is complete."""

    source: Source
    version: int
    unit: Unit | None = None
    """The unit declared complete (the bodies of an exchange of prisoners); None: the agreement's own."""
    announced_at: Moment | None = None
    """When the source declared it, as recorded; None when it did not say."""


class Denial(Value):
    """A source's statement that the exchange (or one unit of it) is not complete (or continues)."""

    source: Source
    continuing: bool = False
    version: int
    unit: Unit | None = None
    """The unit said to continue; None: the agreement's own."""


class StatedTerms(Value):
    """A statement of the terms and the version that recorded it."""

    statement: TermsStatement
    version: int


class Acknowledgement(Value):
    """A reviewer's note on a finding, tied to the finding as it stood then."""

    fingerprint: str
    reviewer: str
    note: str
    version: int


class ExchangeState:
    """The state an Exchange's events build, and the checks its commands make against it."""

    agreement: Agreement
    claims: dict[UUID, ClaimState]
    completions: list[Completion]
    denials: list[Denial]
    terms_statements: list[StatedTerms]
    acknowledgements: dict[str, Acknowledgement]
    renamed: dict[Source, Source]
    """Each source as it was recorded or attributed before, and the source (with its origin) it reads as now."""

    @property
    def parties(self) -> tuple[str, str]:
        """The two parties, in the order the agreement names them."""
        return self.agreement.parties

    def all_terms(self) -> tuple[StatedTerms, ...]:
        """Every statement of the terms, the agreement's own first."""
        agreement = self.agreement
        first = agreed_statement(agreement.terms, agreement.source, agreement.unit)
        return (StatedTerms(statement=first, version=1), *self.terms_statements)

    def _carries(self, source: Source) -> bool:
        """Whether anything on file came from `source`: the agreement, a claim, a completion, a denial, terms."""
        return (
            self.agreement.source == source
            or any(item.source == source for item in self.completions)
            or any(item.source == source for item in self.denials)
            or any(item.statement.source == source for item in self.terms_statements)
            or any(state.claim.source == source for state in self.claims.values())
        )

    def _named_unit(self, unit: Unit | None) -> Unit | None:
        """The unit a statement names, None for the agreement's own: so that one naming it and one naming none
        are the same statement, and an event written before units were named reads as it did."""
        return None if unit == self.agreement.unit else unit

    def _check_direction(self, direction: Direction) -> None:
        if direction.kind == "to" and direction.party not in self.parties:
            raise InvalidInputError(
                f"unknown party {direction.party!r}: this exchange is between {' and '.join(self.parties)}",
                field="direction",
            )

    def _check_origin(self, source: Source) -> None:
        problem = self.agreement.origin_problem(source)
        if problem:
            raise InvalidInputError(problem, field="source.origin")

    def _active_claim(self, claim_id: UUID) -> ClaimState:
        state = self.claims.get(claim_id)
        if state is None:
            raise ClaimNotFoundError(f"no claim {claim_id} in exchange {self.agreement.slug}", field="claim_id")
        if not state.active:
            raise ConflictError(
                f"claim {claim_id} was retracted at version {state.retracted_version}", field="claim_id"
            )
        return state
