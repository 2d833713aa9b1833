"""`recon correct`, `retract`, `complete` and `acknowledge`: a reviewer's decisions, recorded with who and why."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

from adapters.cli.choices import unit_named
from adapters.cli.epilog import examples
from adapters.cli.session import say, session
from adapters.dossier.example import FIGURES_EXAMPLE

if TYPE_CHECKING:  # the domain is imported when a command runs, not to show help
    from domain.application import Outcome, Reconciler
    from domain.figures import Source

commands = typer.Typer()
"""Added to `recon` without a group name, so these are top-level commands."""

MIN_PREFIX = 8
"""The fewest hex digits of a claim id that may stand for the whole id."""

OPTIONS = {
    "claim_id": "CLAIM_ID",
    "finding_id": "FINDING_ID",
    "reason": "--reason",
    "corrected_by": "--by",
    "retracted_by": "--by",
    "reviewer": "--reviewer",
    "note": "--note",
    "announced_at": "--announced",
    "attributed_by": "--by",
    "direction": "--to",
    "source.origin": "--origin",
}
"""The argument or option a reader typed for each field the domain refuses."""

ExchangeRef = Annotated[
    str, typer.Argument(metavar="EXCHANGE", help="The exchange's slug (as in `recon list`) or UUID.")
]
ClaimRef = Annotated[
    str,
    typer.Argument(
        metavar="CLAIM_ID",
        help=f"The claim's id (claim_id in `recon report X -f json`), or a unique prefix of {MIN_PREFIX}+ hex digits.",
    ),
]
Reason = Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why, in a few words; kept in the history.")]
By = Annotated[str | None, typer.Option("--by", metavar="NAME", help="Who decided it. Default: $USER.")]
Announced = Annotated[
    str | None,
    typer.Option("--announced", metavar="WHEN", help="When the source announced it: 2025-05-24 or 2025-05-24T20:00."),
]


@commands.command(
    "correct",
    epilog=examples(
        ("recon correct X c732ccd1 --figures '{total: 390}' --reason typo", "replace a claim's figures"),
        ("recon correct X c732ccd1 --figures '{\"total\": 390}' --reason R", "JSON works too"),
        ("recon correct X c732ccd1 --figures F --reason R --by ana", "who decided it, if not $USER"),
    ),
)
def correct_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    claim: ClaimRef,
    figures: Annotated[
        str,
        typer.Option("--figures", metavar="TEXT", help=f"The claim's new figures as in a dossier: {FIGURES_EXAMPLE}."),
    ],
    reason: Reason,
    by: By = None,
    announced: Announced = None,
) -> None:
    """Replace a claim's figures, keeping who corrected it and why; the same figures again change nothing.

    A retracted claim cannot be corrected (exit status 4).
    """
    from adapters.cli import review_input as given
    from adapters.dossier.inline import read_figures

    new_figures, why = read_figures(figures, "--figures"), given.required(reason, "--reason")
    who, when = given.person(by, "--by"), given.moment(announced, "--announced")
    reconciler = session(ctx).reconciler
    claim_id = resolve_claim(reconciler, exchange, claim)
    outcome = recorded(lambda: reconciler.correct_claim(exchange, claim_id, new_figures, why, who, when))
    say(outcome(f"corrected claim {claim_id} by {who}", f"claim {claim_id} already has these figures"))


@commands.command(
    "retract",
    epilog=examples(
        ("recon retract X c732ccd1 --reason 'source withdrew it'", "the claim stops counting"),
        ("recon retract X c732ccd1 --reason R --announced 2025-05-26", "when the source withdrew it"),
        ("recon retract X c732ccd1 --reason R --by ana", "who decided it, if not $USER"),
    ),
)
def retract_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    claim: ClaimRef,
    reason: Reason,
    by: By = None,
    announced: Announced = None,
) -> None:
    """Withdraw a claim: it stays in the history and stops counting.

    The same retraction again (same reason and --by) changes nothing; a claim retracted before for another reason
    or by someone else is a conflict (exit status 4).
    """
    from adapters.cli import review_input as given

    why, who, when = (
        given.required(reason, "--reason"),
        given.person(by, "--by"),
        given.moment(announced, "--announced"),
    )
    reconciler = session(ctx).reconciler
    claim_id = resolve_claim(reconciler, exchange, claim)

    outcome = recorded(lambda: reconciler.retract_claim(exchange, claim_id, why, who, when))
    say(outcome(f"retracted claim {claim_id} by {who}", f"claim {claim_id} was retracted by {who} for this reason"))


@commands.command(
    "complete",
    epilog=examples(
        ("recon complete X --source-name TASS --tier established_media", "a source declared it complete"),
        ("recon complete X --source-name S --tier official --url URL", "and where it said so"),
        ("recon complete X --source '{name: TASS, tier: official}'", "the source as a dossier writes it"),
    ),
)
def complete_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    source_name: Annotated[
        str | None, typer.Option("--source-name", metavar="NAME", help="Who declared it, like TASS.")
    ] = None,
    tier: Annotated[
        str | None, typer.Option("--tier", metavar="TIER", help="official, established_media or aggregator.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="Where it was said.")] = None,
    published: Annotated[str | None, typer.Option("--published", metavar="WHEN", help="When it was said.")] = None,
    relays: Annotated[
        str | None, typer.Option("--relays", metavar="TEXT", help="Whose word the source relays.")
    ] = None,
    origin: Annotated[
        str | None,
        typer.Option("--origin", metavar="ORIGIN", help="Who first said it: 'Ukraine / Coordination Headquarters'."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="TEXT", help="Instead of the options above: {name: TASS, tier: official}."),
    ] = None,
    says: Annotated[
        str,
        typer.Option(
            "--says", metavar="WHAT", help="declared (the default), denied (not complete) or continuing (more to come)."
        ),
    ] = "declared",
    unit: Annotated[
        str | None,
        typer.Option("--unit", metavar="UNIT", help="Only this unit of the exchange: people or bodies (the remains)."),
    ] = None,
) -> None:
    """Record that a source declared the exchange complete, or (--says) denied it or said it continues.

    Once per source and unit for each: the same source again changes nothing. With --unit the statement speaks of
    that unit only (the bodies of an exchange of prisoners); without it, of the exchange's own. A completion of a
    unit declared by one source and denied by another is a completion-agreement finding.
    """
    from domain.errors import InvalidInputError

    said = says.strip().lower()
    if said not in ("declared", "denied", "continuing"):
        raise InvalidInputError(f"unknown {says!r}: choose declared, denied or continuing", "--says")
    named = unit_named(unit)
    declared = source_given(source, source_name, tier, url, published, origin, relays)
    reconciler = session(ctx).reconciler
    it = "it" if named is None else f"the {named}"
    if said == "declared":
        outcome = _recorded(lambda: reconciler.declare_complete(exchange, declared, unit=named))
        done = f"{declared.label} declared {it} complete"
        say(outcome(done, f"{done} before"))
        return
    continuing = said == "continuing"
    outcome = _recorded(lambda: reconciler.deny_completion(exchange, declared, continuing=continuing, unit=named))
    what = (
        f"{it} continue{'s' if named is None else ''}"
        if continuing
        else f"{it} {'is' if named is None else 'are'} not complete"
    )
    say(outcome(f"{declared.label} says {what}", f"a denial by {declared.label} was recorded before"))


def source_given(
    source: str | None,
    name: str | None,
    tier: str | None,
    url: str | None,
    published: str | None,
    origin: str | None,
    relays: str | None = None,
) -> Source:
    """The source written out with --source, else the one the single options describe."""
    from adapters.cli import review_input as given

    if source is not None:
        return given.source_text(source, (name, tier, url, published, relays, origin))
    return given.source_options(name, tier, url, published, relays, origin)


@commands.command(
    "acknowledge",
    epilog=examples(
        ("recon acknowledge X 'breakdown-sum/1/to Ukraine/service' --note N", "the id as the report cites it"),
        ("recon acknowledge X FINDING_ID --note N --reviewer ana", "who reviewed it, if not $USER"),
    ),
)
def acknowledge_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    finding: Annotated[
        str,
        typer.Argument(metavar="FINDING_ID", help="The finding's id as `recon report X` and `recon findings` cite it."),
    ],
    note: Annotated[str, typer.Option("--note", metavar="TEXT", help="Why it can stand; kept in the history.")],
    reviewer: Annotated[str | None, typer.Option("--reviewer", metavar="NAME", help="Who. Default: $USER.")] = None,
) -> None:
    """Acknowledge an open finding as it stands now; it reopens when the figures behind it change."""
    from adapters.cli import review_input as given
    from domain.figures import MAX_FINDING_ID

    finding_id, why, who = (
        given.required(finding, "FINDING_ID", MAX_FINDING_ID),
        given.required(note, "--note"),
        given.person(reviewer, "--reviewer"),
    )
    reconciler = session(ctx).reconciler
    outcome = recorded(lambda: reconciler.acknowledge_finding(exchange, finding_id, who, why))
    say(outcome(f"{who} acknowledged {finding_id}", f"{who} acknowledged {finding_id} with this note before"))


def resolve_claim(reconciler: Reconciler, exchange: str, ref: str) -> UUID:
    """The claim a full id or a unique prefix of at least MIN_PREFIX hex digits names."""
    from domain.errors import ClaimNotFoundError, InvalidInputError

    digits = ref.strip().lower().replace("-", "")
    if not re.fullmatch(r"[0-9a-f]+", digits) or len(digits) < MIN_PREFIX:
        raise InvalidInputError(
            f"{ref!r} is not a claim id: write the id, or its first {MIN_PREFIX} or more hex digits", "CLAIM_ID"
        )
    aggregate = reconciler.exchange(exchange)
    found = [claim_id for claim_id in aggregate.claims if claim_id.hex.startswith(digits)]
    if not found:
        raise ClaimNotFoundError(f"no claim {ref} in exchange {aggregate.agreement.slug}", "CLAIM_ID")
    if len(found) > 1:
        several = ", ".join(sorted(str(claim_id) for claim_id in found))
        raise InvalidInputError(f"{ref} names {len(found)} claims ({several}); write more of the id", "CLAIM_ID")
    return found[0]


def recorded(command: Callable[[], Outcome]) -> Callable[[str, str], str]:
    """Run a command, refusals naming the option typed; then the line saying what it recorded."""
    return _recorded(command)


def _recorded(command: Callable[[], Outcome]) -> Callable[[str, str], str]:
    """Run a command; then the line saying what it recorded, or that nothing changed, and the exchange's version."""
    with _options_named():
        outcome = command()

    def line(done: str, unchanged: str) -> str:
        if not outcome.changed:
            return f"{outcome.slug}: nothing changed, {unchanged} (version {outcome.version})"
        return f"{outcome.slug}: {done} (version {outcome.version})"

    return line


@contextmanager
def _options_named() -> Iterator[None]:
    """Refusals name the argument or option typed, not the domain's field."""
    from domain.errors import ReconError

    try:
        yield
    except ReconError as error:
        if error.field in OPTIONS:
            raise type(error)(error.message, OPTIONS[error.field]) from None
        raise
