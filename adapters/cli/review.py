"""`recon correct`, `retract`, `complete` and `acknowledge`: a reviewer's decisions, recorded with who and why."""

from __future__ import annotations

from typing import Annotated

import typer

from adapters.cli import completion
from adapters.cli.decision import Announced, By, ClaimRef, ExchangeRef, Reason, recorded, resolve_claim
from adapters.cli.epilog import examples
from adapters.cli.session import say, session
from adapters.dossier.example import FIGURES_EXAMPLE

commands = typer.Typer()
"""Added to `recon` without a group name, so these are top-level commands."""


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


commands.command("complete", epilog=completion.COMPLETE_EXAMPLES)(completion.complete_command)


@commands.command(
    "acknowledge",
    epilog=examples(
        ("recon acknowledge X 'breakdown-sum/1/to Ukraine/service' --note N", "the id as the report cites it"),
        ("recon acknowledge X FINDING_ID --note N --by ana", "who reviewed it, if not $USER"),
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
    reviewer: Annotated[
        str | None,
        typer.Option("--by", "--reviewer", metavar="NAME", help="Who reviewed it. Default: $USER."),
    ] = None,
) -> None:
    """Acknowledge an open finding as it stands now; it reopens when the figures behind it change."""
    from adapters.cli import review_input as given
    from domain.figures import MAX_FINDING_ID

    finding_id, why, who = (
        given.required(finding, "FINDING_ID", MAX_FINDING_ID),
        given.required(note, "--note"),
        given.person(reviewer, "--by"),
    )
    reconciler = session(ctx).reconciler
    outcome = recorded(lambda: reconciler.acknowledge_finding(exchange, finding_id, who, why))
    say(outcome(f"{who} acknowledged {finding_id}", f"{who} acknowledged {finding_id} with this note before"))
