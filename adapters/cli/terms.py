"""`recon terms add` and `recon terms list`: the terms of an exchange as each source states them, one at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from adapters.cli.decision import ExchangeRef, recorded, source_given
from adapters.cli.epilog import examples
from adapters.cli.session import emit, say, session
from adapters.reports.format_choice import Format

if TYPE_CHECKING:  # the domain is imported when a command runs, not to show help
    from domain.exchange import Exchange
    from domain.figures import Target
    from domain.terms import TermsForm, TermsStatement

commands = typer.Typer(name="terms", help="The terms of an exchange as each source states them.", no_args_is_help=True)
"""Added to `recon` as the group `terms`."""

UNITS = ("people", "bodies")
TARGET_HELP = "1200, {at_least: 1200}, {about: 1200}, {low: 1100, high: 1300} or all"


@commands.command(
    "add",
    epilog=examples(
        ("recon terms add X --source-name RT --tier official --each-side 1200", "1,200 for 1,200"),
        ("recon terms add X ... --each-side '{at_least: 1000}'", "at least 1,000 from each side"),
        ("recon terms add X ... --each-side '{about: 1200}'", "about 1,200 each: 1,140 to 1,260"),
        ("recon terms add X ... --to Ukraine=84 --to 'Russia={at_least: 50}'", "a target per receiving party"),
        ("recon terms add X ... --combined 2000", "both directions together"),
        ("recon terms add X ... --each-side 175 --part '175 each' --part '23 wounded one way'", "composite terms"),
        ("recon terms add X ... --all-for-all", "everyone for everyone: no number"),
        ("recon terms add X ... --not-announced", "the source says no terms were announced"),
        ("recon terms add X ... --each-side 6000 --unit bodies", "terms for the dead"),
    ),
)
def add_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    source_name: Annotated[str | None, typer.Option("--source-name", metavar="NAME", help="Who stated them.")] = None,
    tier: Annotated[
        str | None, typer.Option("--tier", metavar="TIER", help="official, established_media or aggregator.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="Where they were stated.")] = None,
    published: Annotated[str | None, typer.Option("--published", metavar="WHEN", help="When.")] = None,
    origin: Annotated[
        str | None, typer.Option("--origin", metavar="ORIGIN", help="Who first said it: 'Russia / Defence Ministry'.")
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="TEXT", help="Instead of the options above: {name: RT, tier: official}."),
    ] = None,
    each_side: Annotated[
        str | None, typer.Option("--each-side", metavar="TARGET", help=f"The same target for both: {TARGET_HELP}.")
    ] = None,
    to: Annotated[
        list[str] | None,
        typer.Option("--to", metavar="PARTY=TARGET", help="One receiving party's target; repeat for the other."),
    ] = None,
    combined: Annotated[
        str | None, typer.Option("--combined", metavar="N", help="Both directions together, as one number.")
    ] = None,
    all_for_all: Annotated[bool, typer.Option("--all-for-all", help="Everyone for everyone: no number.")] = False,
    not_announced: Annotated[
        bool, typer.Option("--not-announced", help="The source says that no terms were announced.")
    ] = False,
    part: Annotated[
        list[str] | None,
        typer.Option("--part", metavar="TEXT", help="A part of composite terms in words; repeat for each part."),
    ] = None,
    unit: Annotated[str, typer.Option("--unit", metavar="UNIT", help="What they count: people or bodies.")] = "people",
    says: Annotated[str | None, typer.Option("--says", metavar="TEXT", help="The source's own words, briefly.")] = None,
    announced: Annotated[
        str | None, typer.Option("--announced", metavar="WHEN", help="When it was said, if not --published.")
    ] = None,
) -> None:
    """Record the terms as one source stated them; the same statement again changes nothing.

    Give one of --each-side, --to, --combined, --all-for-all or --not-announced (--part alone, or beside a
    number, makes the terms composite). Terms that differ from another source's are a terms-agreement finding,
    and progress keeps being read against the agreement's terms.
    """
    from adapters.cli import review_input as given
    from domain.terms import TermsStatement

    stated = source_given(source, source_name, tier, url, published, origin)
    targets, shared = _targets(each_side, to or [])
    number = _count(combined, "--combined") if combined is not None else None
    parts = tuple(given.required(text, "--part") for text in part or [])
    form = _form(shared is not None, bool(targets), number is not None, (all_for_all, not_announced), bool(parts))
    words = given.required(says, "--says") if says is not None else None
    when = given.moment(announced, "--announced")
    if unit.strip() not in UNITS:
        raise _invalid(f"unknown unit {unit!r}: choose people or bodies", "--unit")
    reconciler = session(ctx).reconciler
    parties = reconciler.exchange(exchange).parties
    statement = _statement(
        TermsStatement,
        source=stated,
        form=form,
        unit=unit.strip(),
        targets=dict.fromkeys(parties, shared) if shared is not None else targets,
        combined=number,
        parts=parts,
        says=words,
    )
    outcome = recorded(lambda: reconciler.state_terms(exchange, statement, when))
    done = f"{stated.label} stated the terms: {statement.summary} ({statement.unit})"
    say(outcome(done, f"{stated.label} stated these terms before"))


@commands.command(
    "list",
    epilog=examples(
        ("recon terms list 1000-for-1000", "every statement of the terms, the agreement's first"),
        ("recon terms list X -f json", "for scripts"),
    ),
)
def list_command(
    ctx: typer.Context,
    exchange: ExchangeRef,
    form: Annotated[Format, typer.Option("--format", "-f", help="text, markdown or json.")] = Format.TEXT,
) -> None:
    """Every statement of the terms, the agreement's own first, with its source and the version that recorded it."""
    from adapters.reports.terms_listing import render_terms

    aggregate: Exchange = session(ctx).reconciler.exchange(exchange)
    emit(render_terms(aggregate, form))


def _targets(each_side: str | None, to: list[str]) -> tuple[dict[str, Target], Target | None]:
    """Each receiving party's target from --to, and the one --each-side gives both (read once the parties are known)."""
    from adapters.dossier.inline import read_target

    if each_side is not None and to:
        raise _invalid("give --each-side or --to, not both", "--to")
    shared = read_target(each_side, "--each-side") if each_side is not None else None
    targets: dict[str, Target] = {}
    for written in to:
        party, equals, value = written.partition("=")
        party = party.strip().removeprefix("to ").strip()
        if not equals or not party:
            raise _invalid(f"write PARTY=TARGET, like Ukraine=1000, not {written!r}", "--to")
        if party in targets:
            raise _invalid(f"the target for {party} is given twice", "--to")
        targets[party] = read_target(value, "--to")
    return targets, shared


def _form(each_side: bool, per_direction: bool, combined: bool, flags: tuple[bool, bool], parts: bool) -> TermsForm:
    """The form the options given state; refused when they state none, or two that cannot go together."""
    all_for_all, not_announced = flags
    numbered = each_side or per_direction
    if all_for_all or not_announced:
        flag = "--all-for-all" if all_for_all else "--not-announced"
        if numbered or combined or parts or (all_for_all and not_announced):
            raise _invalid("states no number and no parts: give it alone", flag)
        return "all_for_all" if all_for_all else "not_announced"
    if parts:
        return "composite"
    if numbered and combined:
        raise _invalid("give --combined alone, or --each-side or --to", "--combined")
    if combined:
        return "combined"
    if not numbered:
        raise _invalid(
            "say what the terms are: --each-side, --to, --combined, --part, --all-for-all or --not-announced",
            "--each-side",
        )
    return "each_side" if each_side else "per_direction"


def _count(text: str, option: str) -> int:
    from adapters.dossier.inline import read_target

    target = read_target(text, option)
    if target.kind != "exactly" or target.count is None:
        raise _invalid(f"give one number, not {text!r}", option)
    return target.count


def _statement(model: type[TermsStatement], **fields: object) -> TermsStatement:
    """The statement, or the domain's complaint naming the option that gave the field."""
    from pydantic import ValidationError

    from domain.errors import invalid_input

    try:
        return model.model_validate(fields)
    except ValidationError as error:
        refused = invalid_input(error)
        raise _invalid(refused.message, _option_of(refused.field)) from None


def _option_of(field: str | None) -> str:
    first = (field or "").split(".")[0]
    return {"combined": "--combined", "parts": "--part", "says": "--says", "unit": "--unit"}.get(first, "--each-side")


def _invalid(message: str, option: str) -> Exception:
    from domain.errors import InvalidInputError

    return InvalidInputError(message, option)
