"""Two API processes recording into one exchange on PostgreSQL while a third reads its report: every write answered
before a read began is in the report that read serves."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.builders import agreement, claim, figures
from tests.service_processes import ServerProcess, client, issue_token, server_processes

pytestmark = pytest.mark.integration

SLUG = "read-while-writing"
WRITERS = 2
CLAIMS_EACH = 15


class Answered:
    """The stages whose claims the writers have been answered for, shared between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stages: set[int] = set()
        self.done = threading.Event()

    def add(self, stage: int) -> None:
        with self._lock:
            self._stages.add(stage)

    def now(self) -> set[int]:
        with self._lock:
            return set(self._stages)


def write_all(server: ServerProcess, token: str, writer: int, answered: Answered) -> None:
    """Record this writer's claims one after another, each about a stage of its own."""
    with client(server, token) as http:
        for number in range(CLAIMS_EACH):
            stage = writer * CLAIMS_EACH + number + 1
            body = {"claim": claim(stage, figures(1 + number % 9)).model_dump(mode="json")}
            for _ in range(20):  # a 409 means another writer's save came first: send it again
                answer = http.post(f"/exchanges/{SLUG}/claims", json=body)
                if answer.status_code in (200, 201):
                    answered.add(stage)
                    break
                assert answer.status_code == 409, answer.text
            else:
                raise AssertionError(f"stage {stage} was refused 20 times")


def read_until_done(server: ServerProcess, token: str, answered: Answered) -> int:
    """Read the report again and again while the writers work; each must hold every write answered before it."""
    reads = 0
    with client(server, token) as http:
        while True:
            finished = answered.done.is_set()
            before = answered.now()
            report = http.get(f"/exchanges/{SLUG}/report")
            assert report.status_code == 200, report.text
            shown = {stage["stage"] for stage in report.json()["stages"]}
            assert before <= shown, f"answered writes missing from the report: {sorted(before - shown)}"
            reads += 1
            if finished:
                return reads


def test_a_third_process_reading_while_two_record_serves_every_answered_write(
    postgres_url: str, tmp_path: Path
) -> None:
    token = issue_token(postgres_url)
    answered = Answered()
    with server_processes(postgres_url, WRITERS + 1, tmp_path / "servers.log") as servers:
        with client(servers[0], token) as http:
            assert http.post("/exchanges", json=agreement(SLUG).model_dump(mode="json")).status_code == 201
        with ThreadPoolExecutor(WRITERS + 1) as pool:
            reading = pool.submit(read_until_done, servers[WRITERS], token, answered)
            writing = [pool.submit(write_all, servers[w], token, w, answered) for w in range(WRITERS)]
            for run in writing:
                run.result(timeout=600)
            answered.done.set()
            reads = reading.result(timeout=600)
    assert len(answered.now()) == WRITERS * CLAIMS_EACH
    assert reads > 1
