"""The shared service on PostgreSQL: concurrent clients through two server processes, and a server killed mid-import."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from threading import Event, Thread
from time import monotonic

import httpx
import psycopg
import pytest
import yaml

from adapters.persistence.store import open_reconciler
from domain.exchange import ClaimRecorded, exchange_id
from tests.builders import agreement, claim, figures
from tests.service_processes import ServerProcess, client, issue_token, server_process, server_processes

pytestmark = pytest.mark.integration

CLIENTS = 8
CLAIMS_EACH = 50
SLUG = "shared-desk"
ATTEMPTS = 20
"""How often one client sends the same claim before the test gives up (a 409 means every retry inside lost)."""


def claim_body(client_number: int, number: int) -> dict[str, object]:
    """The `number`th claim of one client: its own stage, so every claim is distinct and counts once."""
    stage = client_number * CLAIMS_EACH + number + 1
    return {"claim": claim(stage, figures(total(client_number, number))).model_dump(mode="json")}


def total(client_number: int, number: int) -> int:
    """The figure one claim announces."""
    return 1 + (client_number * 7 + number * 3) % 40


def send(http: httpx.Client, body: dict[str, object]) -> int:
    """POST one claim until it is written or known; the final status (201 new, 200 already recorded)."""
    for _ in range(ATTEMPTS):
        answer = http.post(f"/exchanges/{SLUG}/claims", json=body)
        if answer.status_code in (200, 201):
            return answer.status_code
        assert answer.status_code == 409, answer.text
    raise AssertionError(f"a claim was refused {ATTEMPTS} times")


def record_all(server: ServerProcess, token: str, client_number: int) -> list[int]:
    """One client's 50 claims, every fifth sent twice with the same content, as a retry after a lost answer."""
    statuses = []
    with client(server, token) as http:
        for number in range(CLAIMS_EACH):
            body = claim_body(client_number, number)
            statuses.append(send(http, body))
            if number % 5 == 0:
                statuses.append(send(http, body))
    return statuses


def test_eight_clients_through_two_server_processes_record_every_claim_exactly_once(
    postgres_url: str, tmp_path: Path
) -> None:
    token = issue_token(postgres_url)
    sent_total = sum(total(c, n) for c in range(CLIENTS) for n in range(CLAIMS_EACH))
    with server_processes(postgres_url, 2, tmp_path / "servers.log") as servers:
        with client(servers[0], token) as http:
            agreed = http.post("/exchanges", json=agreement(SLUG, each_side=sent_total).model_dump(mode="json"))
            assert agreed.status_code == 201, agreed.text
        with ThreadPoolExecutor(CLIENTS) as pool:
            runs = [pool.submit(record_all, servers[c % 2], token, c) for c in range(CLIENTS)]
            statuses = [status for run in runs for status in run.result(timeout=600)]
        with client(servers[1], token) as http:
            report = http.get(f"/exchanges/{SLUG}/report").json()
    assert statuses.count(201) == CLIENTS * CLAIMS_EACH
    assert statuses.count(200) == CLIENTS * CLAIMS_EACH // 5
    assert report["exchange"]["claims"] == CLIENTS * CLAIMS_EACH
    to_ukraine = next(line for line in report["progress"] if line["party"] == "Ukraine")
    assert to_ukraine["accepted"] == sent_total
    assert to_ukraine["remaining"] == 0
    with open_reconciler(postgres_url) as reconciler:
        events = list(reconciler.events.get(exchange_id(SLUG)))
    assert sum(isinstance(event, ClaimRecorded) for event in events) == CLIENTS * CLAIMS_EACH


def large_dossier(slug: str, claims: int = 1500) -> str:
    """A dossier of one exchange with `claims` claims, one per stage, as YAML."""
    stages = [
        {"stage": stage, "direction": "to Ukraine", "source": "ministry", "figures": {"total": 1 + stage % 9}}
        for stage in range(1, claims + 1)
    ]
    document = {
        "format": "recon-dossier/1",
        "exchange": {
            "id": slug,
            "title": f"Crash test {slug}",
            "parties": ["Ukraine", "Russia"],
            "terms": {"each side": sum(1 + stage % 9 for stage in range(1, claims + 1))},
            "agreed_on": date(2025, 5, 16),
            "source": "ministry",
        },
        "sources": {"ministry": {"name": "Defence Ministry", "tier": "official", "published": date(2025, 5, 23)}},
        "claims": stages,
    }
    return yaml.safe_dump(document, sort_keys=False)


def stored_claims(database_url: str, slug: str) -> int:
    """How many ClaimRecorded events the exchange holds."""
    with open_reconciler(database_url) as reconciler:
        return sum(isinstance(event, ClaimRecorded) for event in reconciler.events.get(exchange_id(slug)))


def post_dossier(http: httpx.Client, text: str) -> httpx.Response:
    """POST a dossier to the import route."""
    return http.post("/dossiers", content=text, headers={"Content-Type": "application/yaml"})


def timed_import(server: ServerProcess, token: str, text: str) -> float:
    """Import the dossier into a server that is up; how long the request took."""
    with client(server, token) as http:
        assert http.get("/health").status_code == 200
        started = monotonic()
        answer = post_dossier(http, text)
        took = monotonic() - started
    assert answer.status_code == 200, answer.text
    return took


def killed_import(server: ServerProcess, token: str, text: str, kill: Callable[[], None]) -> str:
    """Import the dossier while `kill` ends the server from another thread; what the client saw."""
    with client(server, token) as http:
        assert http.get("/health").status_code == 200
        killer = Thread(target=kill)
        killer.start()
        try:
            answer = post_dossier(http, text)
        except httpx.TransportError:
            return "connection lost"
        finally:
            killer.join()
    return f"answered {answer.status_code}"


def kill_while_its_write_waits(database_url: str, server: ServerProcess) -> Callable[[], None]:
    """A killer that holds the events table so the import's write transaction waits inside, then kills the server.

    The application's recorder locks the events table at the start of its write statement (the insert function of
    adapters/persistence/pginsert.py); a SHARE lock held here makes it wait there, with its events sent, until the
    server is killed; only then is the lock let go.
    """
    holder = psycopg.connect(database_url)
    holder.execute("LOCK TABLE reconciler_events IN SHARE MODE")

    def kill() -> None:
        try:
            with psycopg.connect(database_url, autocommit=True) as watcher:
                deadline = monotonic() + 120
                while not _waiting_for_the_lock(watcher):
                    assert monotonic() < deadline, "the import never reached its write"
                    Event().wait(0.01)
            server.kill()
        finally:
            holder.rollback()
            holder.close()

    return kill


def _waiting_for_the_lock(watcher: psycopg.Connection[tuple[object, ...]]) -> bool:
    row = watcher.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%recon_insert_%'"
    ).fetchone()
    return row is not None and row[0] == 1


def test_a_server_killed_during_an_import_leaves_all_of_the_dossier_or_none_and_the_import_completes_again(
    postgres_url: str, tmp_path: Path
) -> None:
    token, log = issue_token(postgres_url), tmp_path / "servers.log"
    reading, writing = large_dossier("killed-while-reading"), large_dossier("killed-while-writing")
    with server_process(postgres_url, log) as first:
        whole = timed_import(first, token, large_dossier("reference"))
        seen_reading = killed_import(first, token, reading, kill_after(first, whole / 2))
    after_reading = stored_claims(postgres_url, "killed-while-reading")
    with server_process(postgres_url, log) as second:
        timed_import(second, token, reading)
        killer = kill_while_its_write_waits(postgres_url, second)
        seen_writing = killed_import(second, token, writing, killer)
    after_writing = stored_claims(postgres_url, "killed-while-writing")
    with server_process(postgres_url, log) as third:
        timed_import(third, token, writing)
    print(
        f"whole import {whole:.2f}s; killed while reading: {seen_reading}, {after_reading} claims stored; "
        f"killed while writing: {seen_writing}, {after_writing} claims stored"
    )
    assert after_reading in (0, 1500)
    assert (seen_writing, after_writing) == ("connection lost", 0)
    assert stored_claims(postgres_url, "killed-while-reading") == stored_claims(postgres_url, "killed-while-writing")
    assert stored_claims(postgres_url, "killed-while-writing") == 1500


def kill_after(server: ServerProcess, seconds: float) -> Callable[[], None]:
    """A killer that lets `seconds` of the import pass, then kills the server: while it reads the dossier."""

    def kill() -> None:
        Event().wait(seconds)
        server.kill()

    return kill
