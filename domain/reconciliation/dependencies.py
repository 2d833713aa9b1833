"""Who read what: the index the engine keeps to find the checks a change reaches."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from domain.reconciliation.view import Prefix, Reads

Reader = tuple[object, object]
"""(rule id, scope) for a check, or (how scopes are listed, LISTING) for a listing of scopes."""


@dataclass(slots=True)
class _Readers:
    """The readers of one column up to each stage, with the stages in order."""

    stages: list[int] = field(default_factory=list)
    by_stage: dict[int, set[Reader]] = field(default_factory=dict)


@dataclass(slots=True)
class Dependencies:
    """For every key, the readers that read it; for every column, who read it up to which stage."""

    _keys: dict[Hashable, set[Reader]] = field(default_factory=dict)
    _prefixes: dict[tuple[str, str, str], _Readers] = field(default_factory=dict)
    _read: dict[Reader, Reads] = field(default_factory=dict)

    def note(self, reader: Reader, reads: Reads) -> None:
        """What `reader` read when it last ran, replacing what it read before. Only the difference is filed: a
        check over every stage that runs again after one stage changed reads nearly what it read before, and
        filing all of it anew would cost in proportion to the stages rather than to the change."""
        before = self._read.get(reader)
        self._read[reader] = reads
        if before is None:
            self._file(reader, reads.keys, reads.prefixes)
            return
        if before.keys != reads.keys:
            self._unfile(reader, before.keys - reads.keys, ())
            self._file(reader, reads.keys - before.keys, ())
        if before.prefixes != reads.prefixes:
            self._unfile(reader, (), before.prefixes - reads.prefixes)
            self._file(reader, (), reads.prefixes - before.prefixes)

    def _file(self, reader: Reader, keys: Iterable[Hashable], prefixes: Iterable[Prefix]) -> None:
        for key in keys:
            self._keys.setdefault(key, set()).add(reader)
        for kind, direction, figure, stage in prefixes:
            readers = self._prefixes.setdefault((kind, direction, figure), _Readers())
            found = readers.by_stage.get(stage)
            if found is None:
                found = readers.by_stage[stage] = set()
                insort(readers.stages, stage)
            found.add(reader)

    def _unfile(self, reader: Reader, keys: Iterable[Hashable], prefixes: Iterable[Prefix]) -> None:
        # A key or column nobody reads any longer goes: checks whose reads move with the stages would otherwise leave
        # an empty entry behind for every stage they ever read.
        for key in keys:
            readers = self._keys[key]
            readers.discard(reader)
            if not readers:
                del self._keys[key]
        for kind, direction, figure, stage in prefixes:
            column = self._prefixes[(kind, direction, figure)]
            found = column.by_stage[stage]
            found.discard(reader)
            if not found:
                del column.by_stage[stage]
                del column.stages[bisect_left(column.stages, stage)]
                if not column.stages:
                    del self._prefixes[(kind, direction, figure)]

    def forget(self, reader: Reader) -> None:
        """The reader is gone (its scope no longer exists)."""
        reads = self._read.pop(reader, None)
        if reads is not None:
            self._unfile(reader, reads.keys, reads.prefixes)

    def filed(self) -> set[Hashable]:
        """Every key and column someone reads, as filed."""
        return {*self._keys, *self._prefixes}

    def reached(self, keys: Iterable[Hashable], moved: Iterable[Prefix]) -> set[Reader]:
        """The readers of any of `keys`, and of any column up to a stage at or after one where it moved."""
        found: set[Reader] = set()
        for key in keys:
            found |= self._keys.get(key, set())
        for kind, direction, figure, stage in moved:
            readers = self._prefixes.get((kind, direction, figure))
            if readers is not None:
                for later in readers.stages[bisect_left(readers.stages, stage) :]:
                    found |= readers.by_stage[later]
        return found
