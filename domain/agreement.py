"""What the parties agreed, as a source reported it: the record every exchange starts from."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field, model_validator

from domain.figures import Day, Moment, Name, Source, Terms, Text, Value
from domain.sources import origin_problem
from domain.terms import Unit

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]


class Agreement(Value):
    """What the parties agreed: who, on what terms, counting what, when and where, as reported by a source."""

    # Built at import, unlike other values: the service takes it as a request body as it is, and a body model built
    # later, inside the web framework's own field, is built with a warning about that field's alias.
    model_config = ConfigDict(defer_build=False)

    slug: Slug
    title: Name
    parties: tuple[Name, Name]
    terms: Terms
    unit: Unit = "people"
    agreed_on: Day | None = None
    venue: Text | None = None
    source: Source
    announced_at: Moment | None = None
    mediators: tuple[Name, ...] = ()
    """Who brokered it (Türkiye, the United Arab Emirates): origins may be theirs as well as the parties'."""

    @model_validator(mode="after")
    def _terms_name_the_parties(self) -> Agreement:
        if self.parties[0].casefold() == self.parties[1].casefold():
            raise ValueError("an exchange has two different parties")
        unknown = sorted(set(self.terms.targets) - set(self.parties))
        if unknown:
            raise ValueError(f"terms name {', '.join(unknown)}, which is not a party")
        problem = self.origin_problem(self.source)
        if problem:
            raise ValueError(problem)
        return self

    def origin_problem(self, source: Source) -> str | None:
        """Why a source's origin cannot be: its party is neither a party, a mediator nor the media; else None."""
        return origin_problem(source, self.parties, self.mediators)
