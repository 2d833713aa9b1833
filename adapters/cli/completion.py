"""`recon complete`: a source's word that the exchange, or one unit of it, is complete, not complete, or going on."""

from __future__ import annotations

from typing import Annotated

import typer

from adapters.cli.choices import unit_named
from adapters.cli.decision import ExchangeRef, recorded, source_given
from adapters.cli.epilog import examples
from adapters.cli.session import say, session

COMPLETE_EXAMPLES = examples(
    ("recon complete X --source-name TASS --tier established_media", "a source declared it complete"),
    ("recon complete X --source-name S --tier official --url URL", "and where it said so"),
    ("recon complete X --source '{name: TASS, tier: official}'", "the source as a dossier writes it"),
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
        outcome = recorded(lambda: reconciler.declare_complete(exchange, declared, unit=named))
        done = f"{declared.label} declared {it} complete"
        say(outcome(done, f"{done} before"))
        return
    continuing = said == "continuing"
    outcome = recorded(lambda: reconciler.deny_completion(exchange, declared, continuing=continuing, unit=named))
    what = (
        f"{it} continue{'s' if named is None else ''}"
        if continuing
        else f"{it} {'is' if named is None else 'are'} not complete"
    )
    say(outcome(f"{declared.label} says {what}", f"a denial by {declared.label} was recorded before"))
