"""What an agreement promises each receiving party: a target per direction, and the terms that hold them."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from domain.amounts import range_label
from domain.limits import Count, Name
from domain.values import Value


class Target(Value):
    """What the agreement promises one direction: exactly N, at least N, a range ('about 1,200', '1,100 to 1,300')
    met by any number within it, or no number."""

    kind: Literal["exactly", "at_least", "range", "unspecified"]
    count: Count | None = None
    """The number, or a range's lowest value."""
    high: Count | None = None
    """A range's highest value."""
    stated: Count | None = None
    """For 'about N', the N said; the range is then what it allows."""

    @model_validator(mode="after")
    def _count_only_when_numeric(self) -> Target:
        if (self.kind == "unspecified") != (self.count is None):
            raise ValueError("a target has a count exactly when it is 'exactly', 'at_least' or a 'range'")
        if (self.kind == "range") != (self.high is not None) or (self.stated is not None and self.kind != "range"):
            raise ValueError("a target has a high (and perhaps the number stated) exactly when it is a 'range'")
        if self.high is not None and self.count is not None and self.count > self.high:
            raise ValueError(f"the low {self.count:,} is above the high {self.high:,}")
        return self

    @property
    def ceiling(self) -> int | None:
        """The most the target allows: an exact number, a range's highest; None when it sets no most."""
        return self.count if self.kind == "exactly" else self.high

    @property
    def label(self) -> str:
        """'1,000', 'at least 50', 'about 1,200 (1,140-1,260)', '1,100-1,300', 'at most 250' (the range from 0) or
        'no numeric target'."""
        if self.count is None:
            return "no numeric target"
        if self.kind == "range" and self.count == 0 and self.stated is None and self.high:
            return f"at most {self.high:,}"
        if self.kind == "range":
            span = range_label(self.count, self.high)
            return span if self.stated is None else f"about {self.stated:,} ({span})"
        return f"{self.count:,}" if self.kind == "exactly" else f"at least {self.count:,}"


class Terms(Value):
    """The agreed target for each receiving party."""

    targets: dict[Name, Target]

    @property
    def symmetric(self) -> bool:
        """True when both sides are promised the same number ('1,000 for 1,000', 'at least 50 each')."""
        targets = list(self.targets.values())
        return len(targets) == 2 and targets[0] == targets[1] and targets[0].kind != "unspecified"
