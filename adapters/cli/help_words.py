"""Help that names values in recon's own words: `EXCHANGE`, `--url TEXT`, `--format text|markdown|json`, `at least
1`, rather than the types and ranges typer writes for them (`EXCHANGE <str>`, `{EXCHANGE}` in the usage line,
`<text|markdown|json>`, `[x>=1]`); and a refusal that names an argument or option names it as the help does."""

from __future__ import annotations

import re
from typing import Any

import typer
from typer.core import TyperCommand

_WORDS = {"str": "TEXT", "int": "N", "float": "NUMBER", "path": "FILE", "file": "FILE"}
"""The word an option without a metavar of its own is shown with, by the type typer would name."""
_BRACED = re.compile(r"^\{(.+)\}(\.\.\.)?$")


class ReconCommand(TyperCommand):
    """A command whose usage line and help name its arguments and values as the rest of recon's help does."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # typer's vendored click exports no Context to name
        """A required argument as click writes it, `EXCHANGE`, not typer's `{EXCHANGE}`."""
        return [_BRACED.sub(r"\1\2", piece) for piece in super().collect_usage_pieces(ctx)]

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a refusal naming one of its parameters by the domain's word for it ('exchange') names it
        as the help does ('EXCHANGE', '--format')."""
        from domain.errors import ReconError

        try:
            return super().invoke(ctx)
        except ReconError as error:
            error.field = as_typed(error.field, self.params)
            raise

    def format_options(self, ctx: Any, formatter: Any) -> None:
        """The arguments and options, each named in recon's words and its range said in a phrase."""
        sections: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and param.param_type_name in sections:
                sections[param.param_type_name].append(_in_our_words(param, ctx, *record))
        for title, records in (("Arguments", sections["argument"]), ("Options", sections["option"])):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


def as_typed(field: str | None, params: list[Any]) -> str | None:
    """The argument (its metavar) or option (its long name) a field the domain refused stands for: the parameter
    of that name, or for an `_id` field the argument it is the id of (`claim_id`: `CLAIM`), or for an argument that
    takes several, one of them (`exchange`: `EXCHANGES`). Any other field, already named as typed, is kept."""
    if field is None:
        return None
    for param in params:
        if param.param_type_name == "argument" and field in _names(param.name or ""):
            return str(param.metavar or (param.name or "").upper())
        if param.param_type_name == "option" and field == param.name:
            return str(max(param.opts, key=len))  # the long name, as the help and the other refusals give it
    return field


def _names(name: str) -> tuple[str, ...]:
    return (name, f"{name}_id", f"{name}s".removesuffix("ss"), name.removesuffix("s"))


def _in_our_words(param: Any, ctx: Any, name: str, help_text: str) -> tuple[str, str]:
    shown = param.display_type(ctx) if hasattr(param, "display_type") else None
    if param.param_type_name == "argument" and shown:
        name = name.removesuffix(f" {shown}")  # the argument's own name says what it is
    elif shown and param.metavar is None:
        # A choice keeps its list of values, bare as `FILE|-` is, not in typer's angle brackets.
        word = shown.strip("<>") if "|" in shown else _WORDS.get(shown.strip("<>"), "VALUE")
        name = name.replace(f" {shown}", f" {word}")
    return name, _range_said(param, help_text)


def _range_said(param: Any, help_text: str) -> str:
    """`[x>=1]` as `[at least 1]`, `[0<=x<=65535]` as `[from 0 to 65535]`."""
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is None and high is None:
        return help_text
    typer_said = f"x<={high}" if low is None else f"x>={low}" if high is None else f"{low}<=x<={high}"
    said = f"at most {high}" if low is None else f"at least {low}" if high is None else f"from {low} to {high}"
    return help_text.replace(typer_said, said)


def in_our_words(app: typer.Typer) -> typer.Typer:
    """Every command of `app` and of its groups, at any depth, given recon's words in its help."""
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):  # what typer.command() gives unless told otherwise
            command.cls = ReconCommand
    for group in app.registered_groups:
        if group.typer_instance is not None:
            in_our_words(group.typer_instance)
    return app
