"""The index of who read what holds the readers of each key and column as they last read, and nothing for a key
nobody reads any longer: a check whose reads move from stage to stage leaves no trail behind it."""

from __future__ import annotations

from domain.reconciliation.dependencies import Dependencies
from domain.reconciliation.view import Reads

CHECK = ("cumulative-sum", (2, "to Ukraine"))
OTHER = ("exchange-total", None)


def reads(*keys: object, prefixes: tuple[tuple[str, str, str, int], ...] = ()) -> Reads:
    return Reads(keys=set(keys), prefixes=set(prefixes))


def test_a_key_no_reader_reads_any_longer_is_dropped_from_the_index() -> None:
    index = Dependencies()
    index.note(CHECK, reads(("figure", 1), ("figure", 2)))
    index.note(OTHER, reads(("figure", 2)))
    index.note(CHECK, reads(("figure", 2), ("figure", 3)))
    assert index.reached([("figure", 1)], ()) == set()
    assert ("figure", 1) not in index.filed()
    index.forget(OTHER)
    index.forget(CHECK)
    assert index.filed() == set()


def test_a_reader_that_still_reads_a_key_is_reached_through_it_after_another_leaves_it() -> None:
    index = Dependencies()
    index.note(CHECK, reads(("figure", 2)))
    index.note(OTHER, reads(("figure", 2)))
    index.forget(OTHER)
    assert index.reached([("figure", 2)], ()) == {CHECK}


def test_a_column_nobody_reads_up_to_any_stage_is_dropped_from_the_index() -> None:
    column = ("column", "to Ukraine", "total")
    index = Dependencies()
    index.note(CHECK, reads(prefixes=((*column, 4),)))
    index.note(CHECK, reads(prefixes=((*column, 5),)))
    assert index.reached((), [(*column, 5)]) == {CHECK}
    index.forget(CHECK)
    assert index.reached((), [(*column, 1)]) == set()
    assert index.filed() == set()
