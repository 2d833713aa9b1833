"""The base of every value object."""

from __future__ import annotations

from typing import Any, Self, cast

from pydantic import BaseModel, ConfigDict


class Value(BaseModel):
    """Base of every value object: immutable, unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def trusted(cls, **fields: Any) -> Self:
        """Build from values the domain already holds validated and typed, without validating them again.

        For read models of thousands of lines (a report of a long exchange): several times cheaper than
        `model_construct`, which fills in defaults field by field. Given every field, the result is the model
        `model_construct` would give; given fewer, it is left to `model_construct`.
        """
        names = _FIELDS.get(cls)
        if names is None:
            names = _FIELDS[cls] = frozenset(cls.model_fields)
        if fields.keys() != names:
            return cast(Self, cls.model_construct(**fields))
        made = cls.__new__(cls)
        _set(made, "__dict__", fields)
        _set(made, "__pydantic_fields_set__", set(fields))
        _set(made, "__pydantic_extra__", None)
        _set(made, "__pydantic_private__", None)
        return made


_set = object.__setattr__
_FIELDS: dict[type[BaseModel], frozenset[str]] = {}
