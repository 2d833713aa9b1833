"""How an Exchange learns whose word an outlet carried: a source on file is attributed an origin (another one, when
the desk finds the one on file wrong), and everything from it then counts as that origin's word. Kept apart from the
aggregate's events and commands, which stay in `domain.exchange` because their stored topics name that module."""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import replace
from typing import TypeVar
from uuid import UUID

from domain.agreement import Agreement
from domain.claims import Claim, claim_id_of
from domain.errors import ClaimNotFoundError, ConflictError, InvalidInputError
from domain.exchange_state import Completion, Denial, ExchangeState, StatedTerms
from domain.figures import Origin, Source
from domain.terms import TermsStatement

_Sourced = TypeVar("_Sourced", Completion, Denial, TermsStatement)


class OriginAttribution(ExchangeState):
    """The Exchange's part that attributes origins to sources on file without one, and finds claims on file under
    the origin-less source they were first recorded from."""

    @abstractmethod
    def attribute_origin(
        self, source: Source, origin: Origin, by: str | None = None, reason: str | None = None
    ) -> None:
        """Attribute an origin to everything on file from `source` (the aggregate records the event)."""

    def _check_attribution(self, source: Source, origin: Origin, by: str | None, reason: str | None) -> None:
        """Refuse to attribute `origin` to a source with nothing on file, or to re-attribute a source naming another
        origin without saying who did it and why; the origin it carries already is nothing to attribute."""
        if source.origin == origin:
            raise InvalidInputError(f"{source.label} already carries the word of {origin.label}", "source.origin")
        if source.origin is not None and not (by and by.strip() and reason and reason.strip()):
            raise InvalidInputError(
                f"{source.label} carries the word of {source.origin.label}: changing its origin needs who changes "
                "it and why",
                field="reason",
            )
        self._check_origin(source.model_copy(update={"origin": origin}))
        if not self._carries(source):
            raise ClaimNotFoundError(
                f"nothing from {source.label} is on file in exchange {self.agreement.slug}", field="source"
            )

    def agreed_as(self, agreement: Agreement) -> bool:
        """Whether `agreement` is the one on file, perhaps naming its source's origin where the file named none
        (then the origin is attributed)."""
        if agreement == self.agreement:
            return True
        if self.agreement == agreement.model_copy(update={"source": self._now_named(agreement.source)}):
            return True  # recorded before the desk attributed the source its origin
        origin = agreement.source.origin
        unnamed = agreement.source.model_copy(update={"origin": None})
        if origin is None or self.agreement != agreement.model_copy(update={"source": unnamed}):
            return False
        self.attribute_origin(unnamed, origin)
        return True

    def on_file(self, claim: Claim) -> UUID | None:
        """The id `claim` is on file under: its own, or that of the same claim recorded without the origin it names
        (attributed it or not yet); None when it is new."""
        if claim.claim_id in self.claims:
            return claim.claim_id
        renamed = self._on_file_renamed(claim)
        if renamed is not None or claim.source.origin is None:
            return renamed
        unnamed, claim_id = _unnamed(claim)
        state = self.claims.get(claim_id)
        known = (unnamed, claim.source, self._now_named(claim.source))
        return claim_id if state is not None and state.claim.source in known else None

    def _on_file_renamed(self, claim: Claim) -> UUID | None:
        """The id of the same claim recorded from a source that now reads as `claim`'s (its origin attributed or
        changed since); None when there is none."""
        for earlier, now in self.renamed.items():
            if now == claim.source:
                claim_id = claim_id_of(claim.model_copy(update={"source": earlier}))
                state = self.claims.get(claim_id)
                if state is not None and state.claim == claim:
                    return claim_id
        return None

    def _now_named(self, source: Source) -> Source:
        """The source as what is on file from it reads now: its origin as attributed since, if it was."""
        return self.renamed.get(source, source)

    def name_origin(self, source: Source, origin: Origin, version: int) -> None:
        """Make everything on file from `source` carry `origin` (applied on every replay: assignments only)."""
        named = source.model_copy(update={"origin": origin})
        for earlier, now in list(self.renamed.items()):
            if now == source:
                self.renamed[earlier] = named
        self.renamed[source] = named
        self.renamed.pop(named, None)
        for claim_id, state in self.claims.items():
            if state.claim.source == source:
                claim = state.claim.model_copy(update={"source": named})
                self.claims[claim_id] = replace(state, claim=claim, version=version)
        if self.agreement.source == source:
            self.agreement = self.agreement.model_copy(update={"source": named})
        self.completions = [_named(item, source, named) for item in self.completions]
        self.denials = [_named(item, source, named) for item in self.denials]
        self.terms_statements = [
            StatedTerms(statement=_named(item.statement, source, named), version=item.version)
            if item.statement.source == source
            else item
            for item in self.terms_statements
        ]

    def _on_file_without_origin(self, claim: Claim) -> UUID | None:
        """The id of the same claim on file from the same source naming no origin, attributed `claim`'s origin
        if it has none yet; None when there is no such claim. Refused when the one on file was attributed another."""
        origin = claim.source.origin
        if origin is None:
            return None
        unnamed, claim_id = _unnamed(claim)
        state = self.claims.get(claim_id)
        if state is None:
            return self._on_file_renamed(claim)
        if state.claim.source == unnamed:
            self.attribute_origin(unnamed, origin)
        elif state.claim.source not in (claim.source, self._now_named(claim.source)):
            raise ConflictError(
                f"{unnamed.label}'s claim {claim_id} was attributed to {_label(state.claim.source.origin)}, "
                f"not {origin.label}",
                field="source.origin",
            )
        return claim_id

    def _learn_origin(self, source: Source) -> None:
        """A source named with its origin that is on file without one: attribute the origin to what is on file."""
        if source.origin is None:
            return
        unnamed = source.model_copy(update={"origin": None})
        if self._carries(unnamed):
            self.attribute_origin(unnamed, source.origin)


def _named(item: _Sourced, source: Source, named: Source) -> _Sourced:
    """`item` with its source `named`, when its source is `source`."""
    return item.model_copy(update={"source": named}) if item.source == source else item


def _label(origin: Origin | None) -> str:
    return "no origin" if origin is None else origin.label


def _unnamed(claim: Claim) -> tuple[Source, UUID]:
    """The claim's source without its origin, and the id of the claim recorded from that source."""
    unnamed = claim.source.model_copy(update={"origin": None})
    return unnamed, claim_id_of(claim.model_copy(update={"source": unnamed}))
