"""`recon serve` and `recon token`: the shared service over HTTP, and the bearer tokens that open it."""

from __future__ import annotations

import errno
import logging
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

from adapters.auth.roles import Role
from adapters.cli.epilog import examples
from adapters.cli.session import say, session

if TYPE_CHECKING:  # the keyring, the settings and the web stack load when a command runs, not to show help
    from adapters.auth.keyring import Keyring
    from adapters.http.deps import Service
    from adapters.settings import Settings

commands = typer.Typer()
"""Added to `recon` without a group name: `serve` is a top-level command, `token` a group."""

tokens = typer.Typer(
    name="token", help="Issue, list and revoke the bearer tokens of `recon serve`.", no_args_is_help=True
)
commands.add_typer(tokens)


@commands.command(
    "serve",
    epilog=examples(
        ("recon serve", "on http://127.0.0.1:8000, the store in ./var/ (docs at /docs)"),
        ("recon --db sqlite:///team.sqlite3 serve --port 9000", "another store, another port"),
        ("RECON_PUBLIC_READS=true recon serve --host 0.0.0.0", "reports readable without a token"),
    ),
)
def serve_command(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", metavar="ADDRESS", help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, metavar="PORT", help="The port to listen on (0: any free one).")
    ] = 8000,
) -> None:
    """Serve the store over HTTP until interrupted: every command and query of recon, documented at /docs.

    Reads need a reader token unless RECON_PUBLIC_READS=true; writes need a recorder token (reviewer to
    acknowledge findings, admin to manage tokens): issue them with `recon token create`. One JSON line per
    request is logged on stderr.
    """
    import uvicorn

    from adapters.http.app import create_app
    from adapters.http.server import server_config
    from adapters.settings import load_settings

    current = session(ctx)
    settings = load_settings()
    listening = bound(host, port)
    running = _opened(settings, current.database_url)
    _log_json_lines()
    address = f"http://{_shown_host(host)}:{listening.getsockname()[1]}"
    say(f"Serving {current.shown} on {address}: the reading room at /, the API's docs at /docs.")
    app = create_app(running)
    config = server_config(
        app, host=host, port=port, header_seconds=settings.header_timeout, body_seconds=settings.body_timeout
    )
    uvicorn.Server(config).run(sockets=[listening])


def _opened(settings: Settings, database_url: str) -> Service:
    """The service on the store; a store URL refused is refused as the --db that named it, the store's own file
    before its keyring's, as every other command refuses it."""
    from adapters.http.app import open_service
    from adapters.settings import eventsourcing_env
    from domain.errors import InvalidInputError

    try:
        eventsourcing_env(database_url)
        return open_service(settings, database_url=database_url)
    except InvalidInputError as error:
        if error.field != "database_url":
            raise
        raise InvalidInputError(error.message, "--db") from None


def bound(host: str, port: int) -> socket.socket:
    """A socket bound to the address before the service says where it serves: a port another process holds, one
    the system keeps for itself, or an address this machine does not have is refused as the option that named it
    (uvicorn would report it only after the announcement, and end with an exit status of its own)."""
    from domain.errors import InvalidInputError

    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as error:
        raise InvalidInputError(f"cannot listen on {host!r}: {error.strerror}", "--host") from None
    listening = socket.socket(family, kind, protocol)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind(address)
    except OSError as error:
        listening.close()
        option = "--host" if error.errno == errno.EADDRNOTAVAIL else "--port"
        raise InvalidInputError(f"cannot listen on {_shown_host(host)}:{port}: {error.strerror}", option) from None
    return listening


def _shown_host(host: str) -> str:
    """The host as a URL writes it: an IPv6 address in brackets."""
    return f"[{host}]" if ":" in host else host


@tokens.command("create", epilog=examples(("recon token create --role recorder --name 'Desk A'", "print it once")))
def create_command(
    ctx: typer.Context,
    role: Annotated[Role, typer.Option("--role", help="reader, recorder, reviewer or admin.")],
    name: Annotated[str, typer.Option("--name", metavar="NAME", help="Who holds it: a person, a team, a partner.")],
) -> None:
    """Issue a token and print it, this once: only its SHA-256 hash is kept."""
    with _keyring(ctx) as keyring:
        token, holder = keyring.issue(name, role)
    say(token)
    kind = holder.role.value
    article = "an" if kind[0] in "aeiou" else "a"
    typer.echo(f"Issued {article} {kind} token to {holder.name} (id {holder.token_id}); keep it secret.", err=True)


@tokens.command("list")
def list_command(ctx: typer.Context) -> None:
    """List the tokens issued: id, role, holder, and whether revoked; never the tokens."""
    with _keyring(ctx) as keyring:
        holders = keyring.holders()
    if not holders:  # an empty answer would leave a newcomer unsure the command ran at all
        say("No tokens issued yet: `recon token create --role ROLE --name NAME` issues one.")
    for holder in holders:
        state = "revoked" if holder.revoked else "active"
        say(f"{holder.token_id}  {holder.role.value:<8}  {state:<7}  {holder.name}")


@tokens.command("revoke")
def revoke_command(
    ctx: typer.Context,
    token_id: Annotated[UUID, typer.Argument(metavar="ID", help="The token's id, as `recon token list` shows it.")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is revoked.")] = "revoked by an administrator",
) -> None:
    """Revoke a token: the service refuses it from the next request on."""
    with _keyring(ctx) as keyring:
        holder = keyring.revoke(token_id, reason)
    say(f"Revoked {holder.name}'s {holder.role.value} token {holder.token_id}.")


TOKEN_OPTIONS = {"name": "--name", "token_id": "ID"}
"""The option or argument a reader typed for each field the keyring refuses."""


@contextmanager
def _keyring(ctx: typer.Context) -> Iterator[Keyring]:
    from adapters.auth.keyring import Keyring
    from adapters.settings import eventsourcing_env, keyring_url, load_settings

    keyring = Keyring(
        env=eventsourcing_env(keyring_url(session(ctx).database_url, load_settings().keyring_database_url))
    )
    from domain.errors import ReconError

    try:
        yield keyring
    except ReconError as error:  # a refusal names the option typed, not the keyring's field
        if error.field in TOKEN_OPTIONS:
            raise type(error)(error.message, TOKEN_OPTIONS[error.field]) from None
        raise
    finally:
        keyring.close()


def _log_json_lines() -> None:
    """The service's log on stderr, one JSON object a line, as the request log writes them."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("recon.http")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
