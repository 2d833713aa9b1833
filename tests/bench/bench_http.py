"""`make bench`: the shared service under load on loopback, on SQLite and PostgreSQL, against a constant FastAPI app."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table

from adapters.auth.keyring import Role
from adapters.http.standing import BEHIND_HEADER
from adapters.settings import keyring_url
from tests.bench.load import MIXES, SLUG, Claims, Outcome, constant_process, drive, wait_ready
from tests.builders import agreement
from tests.postgres_server import INSTALL_HINT, PostgresServer, find_bindir
from tests.service_processes import issue_token, server_processes

STORES = ("sqlite", "postgresql")
CONSTANT = "constant"
SECONDS, QUICK_SECONDS = 30.0, 3.0
WARMUP_EACH = 5
CATCH_UP_READS = 60
"""Reads at most, each catching up for its bounded time, before the claims held are counted."""
"""Untimed requests per worker before each mix, so that no measurement pays for a cold start."""
_DESCRIPTION = (
    "Serve a fresh store with uvicorn in a process of its own on 127.0.0.1 and drive it with concurrent async "
    "clients for a fixed time per mix: reading the report of one exchange, then recording distinct claims into it. "
    "The same run measures FastAPI answering a constant from memory on the same paths, under the same uvicorn "
    "settings; machines are shared, so only the ratios to it mean anything. On PostgreSQL it runs again with two "
    "server processes on one database ('postgresql x2'), the clients taking them in turn."
)
WIDTH = 110
"""Columns the table needs to keep each row on one line."""
Log = Callable[[str], None]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the load and print its figures; exits 0 even when a request failed."""
    options = _parser().parse_args(argv)
    seconds = options.seconds or (QUICK_SECONDS if options.quick else SECONDS)
    settings = {"seconds": seconds, "workers": options.workers, "seeded_claims": options.claims}
    settings["max_requests"] = options.max_requests
    log = Console(stderr=True, quiet=options.json).log
    results: dict[str, Any] = {"settings": settings, "runs": {}, "stored": {}, "skipped": {}}
    with tempfile.TemporaryDirectory(prefix="recon-bench-http-") as workdir:
        results["runs"][CONSTANT] = _constant(options, seconds, log)
        for store in options.stores:
            _store(store, Path(workdir), options, seconds, log, results)
    _verdict(results)
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results, Console(width=max(Console().width, WIDTH)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_http", description=_DESCRIPTION)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--quick", action="store_true", help=f"a smoke run: {QUICK_SECONDS:.0f} seconds per mix")
    parser.add_argument("--seconds", type=float, default=0, help=f"seconds per mix (default {SECONDS:.0f})")
    parser.add_argument("--workers", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--claims", type=int, default=100, help="claims recorded before the mixes (default 100)")
    parser.add_argument("--max-requests", type=int, default=1_000_000, help="requests per mix at most")
    parser.add_argument(
        "--stores",
        type=lambda text: [name.strip() for name in text.split(",") if name.strip()],
        default=list(STORES),
        help="comma-separated: sqlite, postgresql (default both)",
    )
    return parser


def _constant(options: argparse.Namespace, seconds: float, log: Log) -> dict[str, Any]:
    with constant_process() as server:
        wait_ready(server.url)
        return {
            mix: _measure(server.url, "none", mix, options, seconds, Claims(), log, CONSTANT).figures() for mix in MIXES
        }


def _store(
    store: str, workdir: Path, options: argparse.Namespace, seconds: float, log: Log, results: dict[str, Any]
) -> None:
    if store == "sqlite":
        url = f"sqlite:///{workdir / 'recon.sqlite3'}"
        _service(store, url, options, seconds, log, results)
        return
    if store != "postgresql":
        raise SystemExit(f"unknown store {store!r}: choose from {', '.join(STORES)}")
    bindir = find_bindir()
    if bindir is None:
        results["skipped"][store] = f"no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/pg_ctl): {INSTALL_HINT}"
        return
    server = PostgresServer(bindir)
    try:
        server.start()
        _service(store, server.create_database(), options, seconds, log, results)
        # Two API processes on one database share the read models and record into the same exchange.
        _service(f"{store} x2", server.create_database(), options, seconds, log, results, processes=2)
    except RuntimeError as error:
        results["skipped"][store] = f"the throwaway PostgreSQL server did not start: {error}"
    finally:
        server.stop()


def _service(
    store: str,
    url: str,
    options: argparse.Namespace,
    seconds: float,
    log: Log,
    results: dict[str, Any],
    processes: int = 1,
) -> None:
    """One store: a recorder token from the keyring, the exchange agreed and seeded, then each mix in turn, the
    clients taking the server processes in turn."""
    token = issue_token(keyring_url(url), Role.RECORDER)
    claims = Claims()
    with server_processes(url, processes) as servers:
        server, urls = servers[0], [each.url for each in servers]
        for each in urls:
            wait_ready(each)
        log(f"{store}: agreeing {SLUG} and recording {options.claims} claims into it")
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=60) as http:
            http.post("/exchanges", json=agreement(SLUG).model_dump(mode="json")).raise_for_status()
            for _ in range(options.claims):
                seeded = http.post(f"/exchanges/{SLUG}/claims", content=claims.next_body())
                claims.recorded += seeded.raise_for_status().status_code == 201
            outcomes = {mix: _measure(urls, token, mix, options, seconds, claims, log, store) for mix in MIXES}
            held = _held(http)
    results["runs"][store] = {mix: outcome.figures() for mix, outcome in outcomes.items()}
    results["stored"][store] = {"recorded": claims.recorded, "held": held}


def _held(http: httpx.Client) -> int:
    """The claims the exchange holds once the read models caught up with the writes: after a mix of writes alone a
    read catches up for a bounded time and says how far behind it answers (X-Behind-By), so it is asked again."""
    for _ in range(CATCH_UP_READS):
        answer = http.get(f"/exchanges/{SLUG}/report").raise_for_status()
        if int(answer.headers.get(BEHIND_HEADER, "0")) == 0:
            break
    held: int = answer.json()["exchange"]["claims"]
    return held


def _measure(
    url: str | list[str],
    token: str,
    mix: str,
    options: argparse.Namespace,
    seconds: float,
    claims: Claims,
    log: Log,
    name: str,
) -> Outcome:
    """Warm up untimed, then drive the mix for `seconds`."""
    workers = options.workers
    asyncio.run(drive(url, token, mix, workers=workers, seconds=seconds, limit=workers * WARMUP_EACH, claims=claims))
    log(f"{name}: {MIXES[mix]} for {seconds:g} s with {workers} workers")
    return asyncio.run(
        drive(url, token, mix, workers=workers, seconds=seconds, limit=options.max_requests, claims=claims)
    )


def _verdict(results: dict[str, Any]) -> None:
    """Each store's ratios to the constant app, and whether every request succeeded and every claim was kept."""
    constant = results["runs"][CONSTANT]
    for runs in results["runs"].values():
        for mix, found in runs.items():
            found["ratio"] = found["rps"] / constant[mix]["rps"] if constant[mix]["rps"] else None
    errors = sum(found["errors"] for runs in results["runs"].values() for found in runs.values())
    kept = all(stored["recorded"] == stored["held"] for stored in results["stored"].values())
    results["passed"] = errors == 0 and kept


def show(results: dict[str, Any], console: Console) -> None:
    """The figures as one table, then a PASS or FAIL line per store and mix, and one per store's claims."""
    settings = results["settings"]
    table = Table(
        title=f"HTTP on loopback: {settings['workers']} concurrent clients, {settings['seconds']:g} s per mix; "
        f"the exchange starts with {settings['seeded_claims']} claims"
    )
    table.add_column("server")
    table.add_column("mix")
    for column in ("requests", "req/s", "p50 ms", "p99 ms", "errors", "ratio", "client CPU"):
        table.add_column(column, justify="right")
    for store, runs in results["runs"].items():
        for mix, found in runs.items():
            table.add_row(
                store,
                MIXES[mix],
                f"{found['requests']:,}",
                f"{found['rps']:,.0f}",
                _ms(found["p50_ms"]),
                _ms(found["p99_ms"]),
                f"{found['errors']:,}",
                "" if store == CONSTANT or found["ratio"] is None else f"{found['ratio']:.3f}x",
                f"{found['client_cpu_share']:.0%}",
            )
    console.print(table)
    console.print(
        "ratio: the server's requests per second over the constant app's for the same mix. client CPU: the load "
        "generator's share of one core; near 100% the client, not the server, sets the pace."
    )
    for store, runs in results["runs"].items():
        for mix, found in runs.items():
            verdict = "[bold red]FAIL[/]" if found["errors"] else "[bold green]PASS[/]"
            kinds = ", ".join(f"{count:,} {kind}" for kind, count in found["error_kinds"].items())
            console.print(
                f"{verdict} {store}, {MIXES[mix]}: {found['errors']:,} errors in {found['requests']:,}", end=""
            )
            console.print(f" requests ({kinds})" if kinds else " requests")
    for store, stored in results["stored"].items():
        verdict = "[bold green]PASS[/]" if stored["recorded"] == stored["held"] else "[bold red]FAIL[/]"
        console.print(
            f"{verdict} {store}: the exchange holds {stored['held']:,} claims of {stored['recorded']:,} answered 201"
        )
    for store, reason in results["skipped"].items():
        console.print(f"[bold yellow]SKIPPED[/] {store}: {reason}")


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
