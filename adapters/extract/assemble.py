"""Turns readings into proposed figures: who received each, one figure per key, the statement's stage and date."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from adapters.extract.cues import EACH_SIDE, Cue
from adapters.extract.headcount import (
    OPPOSITE,
    Headcount,
    combined_restating_one_side,
    exact_for,
    given_in_return,
    name_restated,
    read_against_each_other,
    totals_in_all,
    twice_each_side_combined,
)
from adapters.extract.layout import Layout
from adapters.extract.lexicon import CONNECTORS, PARTIES
from adapters.extract.model import Rejected
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading
from adapters.extract.speakers import handed_over_counts

UKRAINES_OWN = frozenset(("branch:national_guard", "branch:territorial_defence", "branch:national_police"))
"""Branches only Ukraine has under these names: people counted in one of them are Ukraine's, wherever they went."""


@dataclass
class Assembly:
    """The proposed figures and the numbers left aside, as they are settled one rule at a time."""

    text: str
    layout: Layout
    rejected: list[Rejected] = field(default_factory=list)

    def aside(self, reading: Reading | Mention, reason: str) -> None:
        """Leave a number aside with the reason."""
        self.rejected.append(Rejected(start=reading.start, end=reading.end, quote=reading.quote, reason=reason))

    def headcounts(self, readings: list[Reading], cues: list[Cue], stage: int | None) -> list[Headcount]:
        """Every headcount, with who received it, relabelled where its parts contradict its label, one per key."""
        found = [Headcount(r, r.key, r.confidence) for r in readings if r.key not in (None, "stage", "terms")]
        own = [cue for count in found if (cue := _own_cue(count)) is not None]
        found = [count for count in found if self._of_this_stage(count, readings, stage)]
        everything = sorted([*cues, *own], key=lambda cue: cue.start)
        starts = [cue.start for cue in everything]
        for count in found:
            count.direction, count.cue = self._direction(count, everything, starts)
        given_in_return(found, self.text, self.layout)
        self._default_direction(found, everything)
        handed_over = handed_over_counts(found, everything, self.layout)
        for count in found:
            if id(count) in handed_over:
                self.aside(count.reading, handed_over[id(count)])
        found = [count for count in found if id(count) not in handed_over]
        read_against_each_other(found)
        self._relabel(found)
        twice_each_side_combined(found, self.layout)
        return self.one_per_key(found)

    def _of_this_stage(self, count: Headcount, readings: list[Reading], stage: int | None) -> bool:
        """A figure whose clause (or, failing that, the sentence's opening clause) names another stage is left aside."""
        stages = [r for r in readings if r.key == "stage"]
        for start, end in reversed(self.layout.scope(count.reading.start)):
            named = [r.value for r in stages if start <= r.start < end]
            if not named:
                continue
            if stage not in named:
                self.aside(count.reading, f"about stage {named[0]}, not this statement's stage {stage}")
            return stage in named
        return True

    def _direction(self, count: Headcount, cues: list[Cue], starts: list[int]) -> tuple[str | None, Cue | None]:
        people = count.reading.people
        if people is not None and people.party:
            return f"to {people.party}", Cue(people.start, people.end, f"to {people.party}")
        start, end = self.layout.sentence(count.reading.start)
        near = cues[bisect_left(starts, start) : bisect_left(starts, end)]
        clause_start, clause_end = self.layout.clause(count.reading.start)
        speaker = [cue for cue in near if cue.weak and cue.attribution]
        # 'Ukraine got 84 of its citizens back; Russia said ...': 'its' is the subject's of its own clause
        receiver = [c for c in near if not (c.weak or c.with_people) and clause_start <= c.start < count.reading.start]
        if people is not None and people.own and speaker and not receiver:
            # 'Moscow said it got 95 of its own servicemen back'
            # '..., while Kyiv says it got 207 of its own people back': the speaker nearest before the number
            before = [cue for cue in speaker if cue.end <= count.reading.start]
            nearest = before[-1] if before else speaker[0]
            return nearest.direction, nearest
        said = people.end if people is not None else count.reading.end
        right_after = [cue for cue in near if not cue.weak and 0 <= cue.start - said <= 2 and self._names_goal(cue)]
        if right_after:  # '205 prisoners of war to Ukraine': the receiver named with the people
            return right_after[0].direction, right_after[0]
        own = [cue for cue in near if clause_start <= cue.start < clause_end]
        for group in (own, near):
            chosen = _chosen(group, count.reading.start, count.reading.end)
            if chosen is not None:
                return chosen.direction, chosen
        return None, None

    def _names_goal(self, cue: Cue) -> bool:
        """'to Ukraine', 'into Russia': a cue that names where the people went."""
        return self.text[cue.start : cue.end].lower().startswith(("to ", "into ", "back in", "home in"))

    def _default_direction(self, found: list[Headcount], cues: list[Cue]) -> None:
        """A figure whose sentence names nobody goes where its sentence's other figures go, else where the figure
        before it went (a paragraph goes on about the same people), else where most of the statement's figures go."""
        for count in found:
            if count.direction is None and count.key in UKRAINES_OWN:  # '73 National Guard members'
                count.direction = f"to {PARTIES[0].name}"
        # the headline's figures are the body's said again: they do not vote on where the body's unnamed ones go
        counted = Counter(c.direction for c in found if c.direction and not self.layout.in_headline(c.reading.start))
        named = [cue.direction for cue in cues if not cue.weak and not self.layout.is_furniture(cue.start)]
        usual = counted.most_common(1)[0][0] if counted else named[0] if named else None
        # '77 of them belong to his ministry: 73 National Guard members and 4 border guards': the sentence's own
        by_sentence: dict[tuple[int, int], str] = {}
        for count in found:
            if count.direction:
                by_sentence.setdefault(self.layout.sentence(count.reading.start), count.direction)
        for count in found:
            if count.direction is not None:
                continue
            # 'The eight civilians were met in Belarus': the same people as the eight the text gave a receiver before.
            same = next((c for c in found if c.direction and (c.key, c.value) == (count.key, count.value)), None)
            beside = by_sentence.get(self.layout.sentence(count.reading.start))
            before = [
                c.direction
                for c in found
                if c.direction
                and c.reading.start < count.reading.start
                and not self.layout.in_headline(c.reading.start)
            ]
            beside = beside or (before[-1] if before else None)
            if (same or beside or usual) is not None:
                count.direction = same.direction if same else beside or usual
                count.confidence -= 0.05

    def _relabel(self, found: list[Headcount]) -> None:
        """'390 servicemen, among them 120 civilians': a figure whose own parts contradict its label is the total."""
        by_sentence: dict[tuple[int, int], list[Headcount]] = {}
        for count in found:
            by_sentence.setdefault(self.layout.sentence(count.reading.start), []).append(count)
        for together in by_sentence.values():
            self._relabel_sentence(together)

    def _relabel_sentence(self, found: list[Headcount]) -> None:
        for index, count in enumerate(found):
            opposite = OPPOSITE.get(count.key)
            for place, later in enumerate(found[index + 1 :], start=index + 1):
                if later.key != opposite:
                    continue
                # '248 military personnel, while 230 people came back: 224 soldiers and six civilians': parts belong
                # to the figure right before them, so a figure with another figure between it and them has none
                if any(between.key in ("total", "cumulative", count.key) for between in found[index + 1 : place]):
                    break
                people = count.reading.people
                said = people.end if people else count.reading.end
                if CONNECTORS.search(self.text, said, later.reading.start):
                    word = self.text[people.start : people.end] if people else "them"
                    count.note = f"; the text calls them {word!r}, but counts {later.reading.quote} others among them"
                    count.key, count.confidence = "total", min(count.confidence, 0.75)
                    break

    def one_per_key(self, found: list[Headcount]) -> list[Headcount]:
        """One figure per direction, key and form; the others left aside as repeats or as differing."""
        in_all = totals_in_all(found) | combined_restating_one_side(found)
        for count in found:
            if id(count) in in_all:
                self.aside(count.reading, in_all[id(count)])
        found = [count for count in found if id(count) not in in_all]
        best: dict[tuple[str | None, str, bool, bool], Headcount] = {}
        for count in found:  # the body's figure before a headline's, which only says it again
            if count.slot not in best or self._rank(count) > self._rank(best[count.slot]):
                best[count.slot] = count
        for count in found:
            kept = best[count.slot]
            if kept is count:
                continue
            if kept.reading.value == count.reading.value:
                self.aside(count.reading, f"repeats the {count.key} {kept.reading.quote} taken at {kept.reading.start}")
            else:
                reason = f"differs from the {count.key} taken ({kept.reading.quote} at {kept.reading.start}); check"
                self.aside(count.reading, reason)
        for slot, count in list(best.items()):
            exact = best.get((slot[0], slot[1], slot[2], False)) or exact_for(count, best.values())
            if slot[3] and exact is not None:
                self.aside(
                    count.reading, f"an approximate {count.key}; the text gives it exactly ({exact.reading.quote})"
                )
                del best[slot]
                name_restated(exact, count, best)
        return self._without_restated_totals(sorted(best.values(), key=lambda count: count.reading.start))

    def _rank(self, count: Headcount) -> tuple[bool, float]:
        return not self.layout.in_headline(count.reading.start), count.confidence

    def _without_restated_totals(self, kept: list[Headcount]) -> list[Headcount]:
        """'307 people came home ... 307 more Ukrainian defenders are home', '144 service members ... Of the 144
        freed:': a total equal to a service figure of the same direction counts the same people again, so it is set
        aside as a restatement rather than proposed as a second figure; the service figure says more. A headline's
        figure restates nothing (the body's are the statement's own), and a bulletin's 'Returned: 307' line is a
        total the statement gives as such."""
        named = {
            (c.direction, c.value, c.reading.planned): c
            for c in kept
            if c.key in OPPOSITE and not c.reading.bound and not self.layout.in_headline(c.reading.start)
        }
        result = []
        for count in kept:
            same = named.get((count.direction, count.value, count.reading.planned))
            if count.key == "total" and same is not None and not count.reading.bound and not _labelled(count):
                self.aside(count.reading, f"restates the {same.key} {same.reading.quote} taken at {same.reading.start}")
            else:
                result.append(count)
        return result

    def first(self, readings: list[Reading], key: str, chosen: int | str | None = None) -> Reading | None:
        """The reading of `key` that counts (the one of value `chosen`, or the first), the others left aside."""
        candidates = [reading for reading in readings if reading.key == key]
        kept = next((r for r in candidates if chosen is None or r.value == chosen), None)
        for reading in candidates:
            if reading is not kept:
                word = "repeats" if kept is not None and reading.value == kept.value else "differs from"
                self.aside(reading, f"{word} the {key} taken ({kept.quote if kept else chosen})")
        return kept


def _labelled(count: Headcount) -> bool:
    """'Returned to Ukraine: 307': a figure whose label stands before it, as a bulletin lists its lines."""
    people = count.reading.people
    return people is not None and people.end <= count.reading.start


def _chosen(cues: list[Cue], start: int, end: int) -> Cue | None:
    """'Each side' first; else the nearest strong cue before the number, else after it; else a weak one."""
    each = [cue for cue in cues if cue.direction == EACH_SIDE]
    if each:
        return each[0]
    strong = [cue for cue in cues if not cue.weak]
    before = [cue for cue in strong if cue.end <= start]
    after = [cue for cue in strong if cue.start >= end]
    # who speaks for a number is the speaker whose words it comes in: the nearest before it, else the first after
    weak = [cue for cue in cues if cue.weak]
    spoken = [cue for cue in weak if cue.end <= start][-1:] or weak[:1]
    return before[-1] if before else after[0] if after else spoken[0] if spoken else None


def _own_cue(count: Headcount) -> Cue | None:
    """The party named with the people counted ('Ukrainian servicemen'), as a cue for the figures near it."""
    people = count.reading.people
    if people is None or people.party is None:
        return None
    return Cue(people.start, people.end, f"to {people.party}", with_people=True)
