"""Closed-loop HTTP load on loopback: concurrent workers sending one mix's requests for a bounded time."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import subprocess
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.builders import claim, figures
from tests.service_processes import ServerProcess, socket_server

SLUG = "load-run"
"""The exchange every request of a run writes into or reads."""
CLAIMS, REPORTS = "claims", "reports"
MIXES = {REPORTS: "reading reports", CLAIMS: "recording claims"}
"""Each mix by its name in the JSON figures, and what it does."""
REQUEST_TIMEOUT = 60.0
"""Seconds one request may take before it counts as an error."""
READY_TIMEOUT = 60.0

CONSTANT_APP = """
import socket, sys, uvicorn
from fastapi import FastAPI
from adapters.http.server import server_config
ANSWER = {"exchange": "load-run", "version": 1, "changed": True}
app = FastAPI()
app.get("/health")(lambda: ANSWER)
app.post("/exchanges/{exchange}/claims", status_code=201)(lambda exchange: ANSWER)
app.get("/exchanges/{exchange}/report")(lambda exchange: ANSWER)
sock = socket.socket(fileno=int(sys.argv[1]))
uvicorn.Server(server_config(app)).run(sockets=[sock])
"""
"""FastAPI answering a constant from memory on the service's paths, under the service's uvicorn settings."""


@dataclass
class Outcome:
    """What one mix did against one server: latencies of the requests answered, and the errors by kind."""

    seconds: float = 0.0
    client_cpu_seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        """Requests sent and finished, answered or failed."""
        return len(self.latencies) + sum(self.errors.values())

    def figures(self) -> dict[str, Any]:
        """Requests per second, p50 and p99 in ms, and the errors, as JSON-ready values."""
        cuts = statistics.quantiles(self.latencies, n=100, method="inclusive") if len(self.latencies) > 1 else []
        return {
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "rps": self.requests / self.seconds if self.seconds else 0.0,
            "p50_ms": cuts[49] * 1000 if cuts else None,
            "p99_ms": cuts[98] * 1000 if cuts else None,
            "errors": sum(self.errors.values()),
            "client_cpu_share": self.client_cpu_seconds / self.seconds if self.seconds else 0.0,
            "error_kinds": dict(self.errors),
        }


class Claims:
    """Distinct claims for the exchange, each about a stage of its own, serialised once up front but for the stage."""

    def __init__(self, first_stage: int = 1) -> None:
        # The stage leads the claim's JSON, so its placeholder is the first place the number's digits appear.
        template = {"claim": claim(77_777, figures(50, service=(40, 10))).model_dump(mode="json")}
        self._head, _, self._tail = json.dumps(template).partition("77777")
        self._stages = itertools.count(first_stage)
        self.recorded = 0
        """How many were answered 201, recorded as new."""

    def next_body(self) -> bytes:
        """The next claim's JSON body."""
        return f"{self._head}{next(self._stages)}{self._tail}".encode()


def constant_process() -> AbstractContextManager[ServerProcess]:
    """The constant app in a uvicorn process of its own on a free loopback port; stopped when the block ends."""
    return socket_server(CONSTANT_APP, dict(os.environ), subprocess.DEVNULL)


def wait_ready(url: str) -> None:
    """Block until the server answers GET /health; requests queue on its socket until it is up."""
    httpx.get(f"{url}/health", timeout=READY_TIMEOUT).raise_for_status()


async def drive(
    url: str | Sequence[str], token: str, mix: str, *, workers: int, seconds: float, limit: int, claims: Claims
) -> Outcome:
    """`workers` clients each sending the mix's next request as soon as the last one is answered, until time runs
    out or `limit` requests have been sent; given several server URLs, the workers take them in turn."""
    urls = [url] if isinstance(url, str) else list(url)
    outcome = Outcome()
    budget = itertools.count()
    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    async with AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(
                httpx.AsyncClient(base_url=each, headers=headers, limits=limits, timeout=REQUEST_TIMEOUT)
            )
            for each in urls
        ]
        start, cpu = time.perf_counter(), time.process_time()
        deadline = start + seconds
        await asyncio.gather(
            *(
                _worker(clients[number % len(clients)], mix, deadline, limit, budget, claims, outcome)
                for number in range(workers)
            )
        )
        outcome.seconds = time.perf_counter() - start
        outcome.client_cpu_seconds = time.process_time() - cpu
    return outcome


async def _worker(
    client: httpx.AsyncClient,
    mix: str,
    deadline: float,
    limit: int,
    budget: Iterator[int],
    claims: Claims,
    outcome: Outcome,
) -> None:
    while time.perf_counter() < deadline and next(budget) < limit:
        sent = time.perf_counter()
        try:
            if mix == CLAIMS:
                answer = await client.post(f"/exchanges/{SLUG}/claims", content=claims.next_body())
            else:
                answer = await client.get(f"/exchanges/{SLUG}/report")
        except httpx.HTTPError as error:
            outcome.errors[type(error).__name__] += 1
            continue
        if answer.is_success:
            outcome.latencies.append(time.perf_counter() - sent)
            claims.recorded += answer.status_code == 201
        else:
            outcome.errors[str(answer.status_code)] += 1
