"""Steps of an audit bundle handed from the team to a partner: export, verify, import-bundle, tampering on the way."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

import pytest
from pytest_bdd import given, parsers, then, when

from adapters.audit.bundle import seal
from adapters.audit.verify import verify_bundle
from adapters.dossier.loader import shipped_dossier
from tests.acceptance.steps.command_steps import Desk, phrase
from tests.tampering import edited, removed, repeated, swapped

FORMATS = ("text", "markdown", "json")
Tampering = Callable[[bytes], bytes]


@dataclass
class Handover:
    """The team's desk, the partner's desk (a store of its own), and the head the team published."""

    team: Desk
    partner: Desk
    published_head: str = ""
    partner_history: bytes = b""

    def history(self, slug: str) -> bytes:
        """The partner's history of an exchange, as `recon export` writes it."""
        answer = self.partner.recon("export", slug)
        assert answer.exit_code == 0, answer.output
        return answer.stdout_bytes


@pytest.fixture
def handover(desk: Desk) -> Handover:
    """The team works at the scenario's desk; the partner in a folder of its own."""
    folder = desk.folder / "partner"
    folder.mkdir()
    return Handover(team=desk, partner=Desk(folder))


def _sealed_again(records: int) -> Tampering:
    def tamper(data: bytes) -> bytes:
        bundle = verify_bundle(data, "bundle")
        events = [record.stored_event() for record in bundle.records[:records]]
        manifest = bundle.manifest
        return seal(UUID(manifest.exchange_id), manifest.slug, events).to_bytes()

    return tamper


TAMPERINGS: dict[str, Tampering] = {
    "the ministry's 390 at position 2 made 391": lambda data: edited(data, 3, '\\"total\\":390', '\\"total\\":391'),
    "the record at position 5 removed": lambda data: removed(data, 6),
    "the records at positions 3 and 4 swapped": lambda data: swapped(data, 4, 5),
    "the record at position 3 repeated": lambda data: repeated(data, 4),
    "its last record cut off": lambda data: removed(data, 14),
    "the manifest's tool changed": lambda data: edited(data, 1, '"tool":"exchange-', '"tool":"exchange_'),
    "cut to its first 12 records and sealed again": _sealed_again(12),
}


@given(phrase('the team has exported "{slug:Q}" to "{name:Q}" and published its head'))
def team_exported(handover: Handover, slug: str, name: str) -> None:
    answer = handover.team.recon("export", slug, "-o", str(handover.team.path(name)))
    assert answer.exit_code == 0, answer.output
    found = re.search(r"head sha256 ([0-9a-f]{64})", answer.stdout)
    assert found is not None, answer.stdout
    handover.published_head = found[1]


@given(phrase('"{name:Q}" reached the partner {change}'))
def tampered_on_the_way(handover: Handover, name: str, change: str) -> None:
    path = handover.team.path(name)
    path.write_bytes(TAMPERINGS[change.removeprefix("with ")](path.read_bytes()))


@given(phrase('the partner has imported "{name:Q}"'))
def partner_has_imported(handover: Handover, name: str) -> None:
    answer = handover.partner.recon("import-bundle", str(handover.team.path(name)))
    assert answer.exit_code == 0, answer.output
    handover.partner_history = handover.history("1000-for-1000")


@given("the partner has imported the shipped dossier into its own store")
def partner_recorded_it_too(handover: Handover) -> None:
    answer = handover.partner.recon("import", str(shipped_dossier()))
    assert answer.exit_code == 0, answer.output
    handover.partner_history = handover.history("1000-for-1000")


@when(phrase('the team exports "{slug:Q}" again to "{name:Q}"'))
def team_exports_again(handover: Handover, slug: str, name: str) -> None:
    answer = handover.team.recon("export", slug, "-o", str(handover.team.path(name)))
    assert answer.exit_code == 0, answer.output


@when(phrase('the partner verifies "{name:Q}" against the published head'))
def partner_verifies_head(handover: Handover, name: str) -> None:
    handover.partner.recon("verify", str(handover.team.path(name)), "--head", handover.published_head)


@when(phrase('the partner verifies "{name:Q}"'))
def partner_verifies(handover: Handover, name: str) -> None:
    handover.partner.recon("verify", str(handover.team.path(name)))


@when(phrase('the partner imports "{name:Q}" into a store of its own'))
def partner_imports(handover: Handover, name: str) -> None:
    handover.partner.recon("import-bundle", str(handover.team.path(name)))


@then(phrase('the bundle is intact, holding {records:d} records of "{slug:Q}" under the published head'))
def bundle_intact(handover: Handover, records: int, slug: str) -> None:
    answer = handover.partner.last
    assert answer.exit_code == 0, answer.output
    assert f": intact: {slug} (" in answer.stdout
    assert answer.stdout.rstrip().endswith(f"), {records} records, head sha256 {handover.published_head}")


@then(phrase('"{copy:Q}" is byte for byte "{original:Q}"'))
def same_bytes(handover: Handover, copy: str, original: str) -> None:
    assert handover.team.path(copy).read_bytes() == handover.team.path(original).read_bytes()


@then(parsers.parse('verification fails with exit status {status:d} at line {line:d}: "{problem}"'))
@then(parsers.parse('the import is refused with exit status {status:d} at line {line:d}: "{problem}"'))
def refused_at_line(handover: Handover, status: int, line: int, problem: str) -> None:
    answer = handover.partner.last
    assert answer.exit_code == status, answer.output
    assert answer.stdout == ""
    assert re.match(rf"error: [^\n]+\.bundle:{line}: {re.escape(problem)}", answer.stderr), answer.stderr


@then(parsers.parse('the import is refused with exit status {status:d}: "{problem}"'))
def import_refused_whole(handover: Handover, status: int, problem: str) -> None:
    answer = handover.partner.last
    assert answer.exit_code == status, answer.output
    assert answer.stderr.startswith(f"error: exchange: {problem}"), answer.stderr


@then(phrase('the import says "{line:Q}"'))
def bundle_import_says(handover: Handover, line: str) -> None:
    answer = handover.partner.last
    assert answer.exit_code == 0, answer.output
    assert answer.stdout.replace(str(handover.team.folder) + "/", "").startswith(line), answer.stdout


@then(phrase("the partner's report of \"{slug:Q}\" is byte for byte the team's, as text, Markdown and JSON"))
def same_report(handover: Handover, slug: str) -> None:
    for form in FORMATS:
        ours, theirs = (
            handover.team.recon("report", slug, "-f", form),
            handover.partner.recon("report", slug, "-f", form),
        )
        assert ours.exit_code == theirs.exit_code == 0, theirs.output
        assert "1,000 for 1,000" in ours.stdout
        assert theirs.stdout_bytes == ours.stdout_bytes, form


@then("the partner's store holds no exchange")
def partner_holds_nothing(handover: Handover) -> None:
    assert handover.partner.listing() == []


@then(phrase('the partner\'s history of "{slug:Q}" is as it was'))
def partner_history_unchanged(handover: Handover, slug: str) -> None:
    assert handover.partner_history
    assert handover.history(slug) == handover.partner_history
