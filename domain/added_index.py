"""Which stages of each direction name a group handed over in addition to the exchange proper.

Progress against the terms leaves such groups out of what it counts. Asking every counted stage after every change
made the progress rules cost as much as the exchange had stages, and re-run whenever any stage's shape changed; the
ledger keeps this index instead, and a change that moves a stage in or out of it is a key of its own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.buckets import Bucket, BucketKey
from domain.columns import Changes
from domain.proper_reading import IN_ADDITION

_NONE: frozenset[int | None] = frozenset()


def names_addition(bucket: Bucket | None) -> bool:
    """Whether a bucket holds claims and one of them names a group in addition."""
    return bucket is not None and bool(bucket.claims) and any(IN_ADDITION in said for said in bucket.relations.values())


@dataclass(slots=True)
class AddedIndex:
    """Per direction, the stages whose bucket names a group in addition; worked out when first asked, then kept."""

    by_direction: dict[str, set[int | None]] | None = None

    def stages(self, buckets: Mapping[BucketKey, Bucket], direction: str) -> set[int | None] | frozenset[int | None]:
        """The stages of `direction` whose bucket names a group in addition."""
        if self.by_direction is None:
            self.by_direction = {}
            for (stage, where), bucket in buckets.items():
                if names_addition(bucket):
                    self.by_direction.setdefault(where, set()).add(stage)
        return self.by_direction.get(direction, _NONE)

    def note(self, bucket: Bucket, changes: Changes) -> None:
        """A bucket was restated: the key ('added', direction) changes when its stage came in or went out."""
        if self.by_direction is None:
            changes.keys.add(("added", bucket.direction))  # nobody asked yet: nothing kept to compare with
            return
        now = names_addition(bucket)
        stages = self.by_direction.setdefault(bucket.direction, set())
        if now != (bucket.stage in stages):
            (stages.add if now else stages.discard)(bucket.stage)
            changes.keys.add(("added", bucket.direction))
