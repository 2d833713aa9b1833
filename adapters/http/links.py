"""OpenAPI links: from each write's answer to the reads and writes of what it touched, for clients and fuzzers.

A link tells a client (and schemathesis' stateful runs) where the answer of one operation leads: the exchange a
write names (`exchange` in its answer) can be read at once; a claim just recorded (`claim_id`) can be corrected or
retracted.
"""

from __future__ import annotations

from typing import Any

EXCHANGE = {"exchange": "$response.body#/exchange"}
CLAIM = {**EXCHANGE, "claim_id": "$response.body#/claim_id"}
READS = {
    "report": ("/exchanges/{exchange}/report", "get", EXCHANGE),
    "timeline": ("/exchanges/{exchange}/timeline", "get", EXCHANGE),
    "bundle": ("/exchanges/{exchange}/bundle", "get", EXCHANGE),
    "terms": ("/exchanges/{exchange}/terms", "get", EXCHANGE),
}
"""Where any write to an exchange leads: its reads."""
WRITES = {
    "record a claim": ("/exchanges/{exchange}/claims", "post", EXCHANGE),
    "declare it complete": ("/exchanges/{exchange}/completions", "post", EXCHANGE),
    "state the terms": ("/exchanges/{exchange}/terms", "post", EXCHANGE),
    "acknowledge a finding": ("/exchanges/{exchange}/acknowledgements", "post", EXCHANGE),
}
"""Where an agreement leads besides its reads: the writes into the exchange."""
CLAIM_WRITES = {
    "correct the claim": ("/exchanges/{exchange}/claims/{claim_id}/corrections", "post", CLAIM),
    "retract the claim": ("/exchanges/{exchange}/claims/{claim_id}/retraction", "post", CLAIM),
}
LINKS: dict[tuple[str, str], dict[str, tuple[str, str, dict[str, str]]]] = {
    ("/exchanges", "post"): {**READS, **WRITES},
    ("/exchanges/{exchange}/claims", "post"): {**READS, **CLAIM_WRITES},
    ("/exchanges/{exchange}/claims/{claim_id}/corrections", "post"): READS,
    ("/exchanges/{exchange}/claims/{claim_id}/retraction", "post"): READS,
    ("/exchanges/{exchange}/completions", "post"): READS,
    ("/exchanges/{exchange}/terms", "post"): READS,
    ("/exchanges/{exchange}/acknowledgements", "post"): READS,
}
"""For each write, the operations its successful answers link to, with the parameters taken from the answer."""


def add_links(spec: dict[str, Any]) -> dict[str, Any]:
    """Add LINKS to the 200 and 201 answers of each write in `spec` (FastAPI's OpenAPI document), in place."""
    paths = spec["paths"]
    for (path, method), targets in LINKS.items():
        links = {
            name: {"operationId": paths[target][verb]["operationId"], "parameters": parameters}
            for name, (target, verb, parameters) in targets.items()
        }
        for status, answer in paths[path][method]["responses"].items():
            if status in ("200", "201"):
                answer["links"] = links
    return spec
