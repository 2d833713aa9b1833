"""target-progress when a stage's total is disputed: what a party received is then a range, never a gap."""

from __future__ import annotations

from collections.abc import Iterator

from domain import stage_rules, target_ranges
from domain.acceptance import TOTAL, FigureState
from domain.amounts import range_label
from domain.declared import counted
from domain.findings import Check, Severity, Subject
from domain.intervals import judge_linear
from domain.progress import Gaps, of_which
from domain.readings import span
from domain.reconciliation.view import View


def _disputed(view: View, party: str, missing: set[int]) -> dict[int, FigureState]:
    """The stages among `missing` whose total to `party` the most reliable sources dispute."""
    return view.unsettled(f"to {party}", TOTAL, missing)


def target_progress(view: View, party: str, *, passing: bool = True) -> Iterator[Check]:
    """target-progress for one party: its stage totals against its target, a disputed stage counted as a range."""
    target = view.terms.targets.get(party)
    if target is not None and target.kind == "range":
        yield from target_ranges.target_progress(view, party, target, passing=passing)
        return
    totals = counted(view, f"to {party}", TOTAL)
    disputed = _disputed(view, party, totals.missing) if target is not None and target.count is not None else {}
    if not disputed or target is None or target.count is None:
        yield from stage_rules.target_progress(view, party, passing=passing)
        return
    share = span(*disputed.values())
    # The terms promise the exchange proper: the groups in addition that exact stage totals count are left out.
    direction = f"to {party}"
    added = view.added_in(direction, totals.values)
    proper = totals.total - added
    low, high = proper + (share.low or 0), None if share.high is None else proper + share.high
    goal = target.count
    exact = target.kind == "exactly"
    judgement = "fails" if exact and low > goal else "depends" if exact and (high or goal + 1) > goal else "holds"
    if judgement == "holds" and not passing:
        return
    stages = ", ".join(str(stage) for stage in disputed)
    unknown = Gaps.of(totals.missing - disputed.keys())
    note = f" (stage {stages} disputed" + (f"; {unknown.label} total unknown)" if unknown else ")")
    received = range_label(low, high)
    in_all = range_label(low + added, None if high is None else high + added)
    said = of_which(in_all, received, added, " received") if added else f"{received} received"
    if judgement == "holds":
        fewest = 0 if high is None else max(goal - high, 0)
        message = f"{of_which(in_all, received, added, ' received')} of {goal:,}: "
        message += f"{range_label(fewest, max(goal - low, 0))} to go{note}"
    elif judgement == "fails":
        over = f"{low - goal:,} or more" if high is None else f"{low - goal:,} to {high - goal:,}"
        message = f"{said} against a target of {goal:,}: {over} over{note}"
    else:
        names = [f"stage {stage}'s total" for stage in disputed]
        terms = [(1, state) for state in disputed.values()]
        within = judge_linear(terms, "<=", proper - goal, names)
        message = f"{said} against a target of {goal:,}: within it only if {within.condition}{note}"
    yield Check(
        rule=stage_rules.TARGET_PROGRESS,
        severity=Severity.WARNING if judgement == "depends" else Severity.ERROR,
        passed=judgement == "holds",
        subject=Subject(direction=f"to {party}", figure=TOTAL),
        message=message,
        expected=("<= " if exact else ">= ") + f"{goal:,}",
        found=received,
        difference=None,
        stages_cited=() if judgement == "holds" else totals.cited(totals.values, disputed),
    )
