"""What every command that records a decision shares: how it names the exchange, the claim, why and who; how a
claim's id or prefix is found; and the line that says what was recorded."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

if TYPE_CHECKING:  # the domain is imported when a command runs, not to show help
    from domain.application import Outcome, Reconciler
    from domain.figures import Source

MIN_PREFIX = 8
"""The fewest hex digits of a claim id that may stand for the whole id."""

OPTIONS = {
    "claim_id": "CLAIM_ID",
    "finding_id": "FINDING_ID",
    "reason": "--reason",
    "corrected_by": "--by",
    "retracted_by": "--by",
    "reviewer": "--by",
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
    """Run a command, refusals naming the option typed; then the line saying what it recorded, or that nothing
    changed, and the exchange's version."""
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
