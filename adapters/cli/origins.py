"""`recon origin set`: the desk learned whose word a source on file carried, and attributes it (or corrects the
origin on file)."""

from __future__ import annotations

from typing import Annotated

import typer

from adapters.cli.decision import By, ClaimRef, ExchangeRef, Reason, recorded, resolve_claim
from adapters.cli.epilog import examples
from adapters.cli.session import say, session

commands = typer.Typer(
    name="origin", help="Attribute origins to statements on file, or change the one they carry.", no_args_is_help=True
)


@commands.command(
    "set",
    epilog=examples(
        (
            "recon origin set X 1f124710 --origin 'Ukraine / President Zelensky' --reason R",
            "the claim's source carried the president's word",
        ),
        ("recon origin set X 1f124710 --origin 'Media / TASS' --reason R --by ana", "who decided it, if not $USER"),
        (
            "recon origin set X 1f124710 --origin 'Russia / Defence Ministry' --reason R",
            "the origin on file was wrong: the source's statements count the ministry's word from now on",
        ),
    ),
)
def set_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    claim: ClaimRef,
    origin: Annotated[
        str,
        typer.Option(
            "--origin",
            metavar="'PARTY / BODY'",
            help="Whose word it carried: a party, a mediator or Media, and the body that spoke.",
        ),
    ],
    reason: Reason,
    by: By = None,
) -> None:
    """Attribute an origin to the source of a claim, and so to every statement on file from that source (its other
    claims, the agreement, declarations of completion, terms); the claims keep their ids.

    A source that carries another origin is re-attributed: the history keeps the origin it replaced, who and why.
    From then on their figures count the origin given; reports as of earlier points read as before. The same
    origin again changes nothing.
    """
    from pydantic import ValidationError

    from adapters.cli import review_input as given
    from domain.errors import InvalidInputError
    from domain.figures import Origin

    why, who = given.required(reason, "--reason"), given.person(by, "--by")
    try:
        named = Origin.model_validate(origin)
    except ValidationError as error:
        message = error.errors()[0]["msg"].removeprefix("Value error, ")
        raise InvalidInputError(message, "--origin") from None
    reconciler = session(ctx).reconciler
    claim_id = resolve_claim(reconciler, exchange, claim)
    before = reconciler.exchange(exchange).claims[claim_id].claim.source.origin
    outcome = recorded(lambda: reconciler.attribute_origin(exchange, claim_id, named, why, who))
    done = f"as {who} attributed it" if before is None else f"not {before.said_by}, as {who} re-attributed it"
    say(
        outcome(
            f"the source of claim {claim_id} carried the word of {named.said_by}, {done}",
            f"the source of claim {claim_id} already carries {named.label}",
        )
    )
