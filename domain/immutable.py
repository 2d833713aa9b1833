"""Value classes made in bulk: immutable to the type checker, built as fast as plain slotted dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar, dataclass_transform, overload

T = TypeVar("T")


@overload
@dataclass_transform(frozen_default=True, eq_default=True, field_specifiers=(field,))
def immutable(cls: type[T], /) -> type[T]: ...


@overload
def immutable(*, kw_only: bool = False) -> Callable[[type[T]], type[T]]: ...


def immutable(cls: type[T] | None = None, /, *, kw_only: bool = False) -> type[T] | Callable[[type[T]], type[T]]:
    """A dataclass with slots, compared and hashed by its fields, that mypy treats as frozen (assigning to a field
    is a type error, so `make test` refuses it), built without a frozen dataclass's `object.__setattr__` per field.

    An as-of report makes some 30,000 pieces of evidence and 10,000 claim states: frozen, setting their fields cost
    about as much again as everything else in making them. Nothing assigns to them after they are made;
    `dataclasses.replace` makes another.
    """

    def make(given: type[T]) -> type[T]:
        return dataclass(slots=True, unsafe_hash=True, kw_only=kw_only)(given)

    return make if cls is None else make(cls)
