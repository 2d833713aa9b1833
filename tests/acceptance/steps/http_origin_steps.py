"""Steps that change the origin of a claim's source over the shared service, naming the version the desk read."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from domain.exchange import Claim
from tests.acceptance.steps.http_steps import SLUG, Counter, sakh_claim


def read_version(counter: Counter, who: str) -> int:
    """The exchange's version as the report read now gives it."""
    report = counter.client.get(f"/exchanges/{SLUG}/report", headers=counter.headers(who))
    version = report.json()["exchange"]["version"]
    assert isinstance(version, int)
    return version


def set_origin(counter: Counter, who: str, claim_id: str, origin: str, version: int) -> None:
    """POST the origin with the version in If-Match, keeping the answer."""
    headers = counter.headers(who) | {"If-Match": f'"{version}"'}
    body = {"origin": origin, "reason": "the outlet was quoting another body"}
    counter.answer = counter.client.post(f"/exchanges/{SLUG}/claims/{claim_id}/origin", json=body, headers=headers)


@when(
    parsers.parse(
        "{who} sets over HTTP the origin of Sakh.online's claim of {total:d} to {party} at stage {stage:d} "
        'to "{origin}" at the version {when}'
    )
)
def sets_origin(counter: Counter, who: str, total: int, party: str, stage: int, origin: str, when: str) -> None:
    """`when` is 'it read' (the version now) or 'before' (one version older)."""
    claim_id = str(Claim.model_validate(sakh_claim(total, party, stage)).claim_id)
    version = read_version(counter, who) - (1 if when == "before" else 0)
    set_origin(counter, who, claim_id, origin, version)


@when(parsers.parse('{who} sets over HTTP the origin of an unknown claim to "{origin}"'))
def sets_origin_of_unknown(counter: Counter, who: str, origin: str) -> None:
    set_origin(counter, who, "00000000-0000-4000-8000-000000000000", origin, read_version(counter, who))


@then("the answer's ETag is the exchange's version now")
def etag_is_version(counter: Counter) -> None:
    assert counter.last.headers["ETag"] == f'"{counter.last.json()["version"]}"'
