"""Audit bundles end to end: `recon export`, `verify` and `import-bundle` on SQLite files, and the round trip."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from eventsourcing.persistence import StoredEvent
from typer.testing import CliRunner, Result

from adapters.audit.bundle import seal
from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier
from adapters.persistence.store import open_reconciler
from domain.exchange import exchange_id
from tests.builders import AGGREGATOR, SLUG, claim, figures
from tests.tampering import edited, flipped, line_at, removed, repeated, swapped

pytestmark = pytest.mark.integration

FORMATS = ("text", "markdown", "json")


def recon(store: str, *args: str) -> Result:
    """Run `recon --db STORE ARGS...` in-process."""
    return CliRunner().invoke(app, ["--db", store, *args])


def sqlite(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The shipped dossier, then an outlet's rounded figure acknowledged, and a breakdown that does not add up."""
    store = sqlite(tmp_path_factory.mktemp("team") / "team.sqlite3")
    assert recon(store, "import", str(shipped_dossier())).exit_code == 0
    reconciler = open_reconciler(store)
    try:
        reconciler.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
        finding = next(f for f in reconciler.report(SLUG).findings if f.rule == "source-agreement")
        reconciler.acknowledge_finding(SLUG, finding.id, reviewer="desk editor", note="aggregator rounding")
        reconciler.record_claim(SLUG, claim(2, figures(307, service=(300, 8)), source=AGGREGATOR))
    finally:
        reconciler.close()
    return store


@pytest.fixture(scope="module")
def exported(team: str, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("bundle") / "istanbul.bundle"
    answer = recon(team, "export", SLUG, "-o", str(path))
    assert answer.exit_code == 0, answer.output
    return path.read_bytes()


@pytest.fixture
def partner(tmp_path: Path) -> str:
    """An empty store of a partner organisation."""
    return sqlite(tmp_path / "partner.sqlite3")


def written(tmp_path: Path, data: bytes, name: str = "received.bundle") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_exporting_twice_gives_the_same_bytes_to_a_file_and_to_standard_output(
    team: str, exported: bytes, tmp_path: Path
) -> None:
    again = recon(team, "export", str(exchange_id(SLUG)), "-o", str(tmp_path / "again.bundle"))
    assert again.stdout.startswith(f"Exported {SLUG}: 16 records, head sha256 ")
    assert (tmp_path / "again.bundle").read_bytes() == exported
    piped = recon(team, "export", SLUG)
    assert piped.stdout_bytes == exported
    assert piped.stderr.startswith(f"Exported {SLUG}: 16 records")


def test_an_intact_bundle_verifies_and_states_its_head(exported: bytes, partner: str, tmp_path: Path) -> None:
    path = written(tmp_path, exported)
    head = exported.split(b'"head":"')[1][:64].decode()
    answer = recon(partner, "verify", str(path), "--head", head)
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == f"{path}: intact: {SLUG} ({exchange_id(SLUG)}), 16 records, head sha256 {head}\n"


def test_every_byte_flipped_is_found_at_the_line_that_holds_it(exported: bytes, partner: str, tmp_path: Path) -> None:
    rng = random.Random(20250523)
    manifest_end = exported.index(b"\n")
    offsets = [
        *rng.sample(range(manifest_end + 1), 10),
        *rng.sample(range(manifest_end + 1, len(exported) - 1), 39),
        len(exported) - 1,
    ]
    missed = []
    for offset in offsets:
        mask = rng.randrange(1, 256)
        path = written(tmp_path, flipped(exported, offset, mask))
        answer = recon(partner, "verify", str(path))
        if answer.exit_code != 2 or not answer.stderr.startswith(f"error: {path}:{line_at(exported, offset)}: "):
            missed.append((offset, mask, answer.exit_code, answer.output))
    assert missed == []
    assert {line_at(exported, offset) for offset in offsets} >= {1, 2, 17}


@pytest.mark.parametrize(
    ("tamper", "line", "message"),
    [
        (
            lambda data: removed(data, 6),
            6,
            "missing: expected position 5, found position 6; position 5 is not in the file",
        ),
        (lambda data: removed(data, 17), 17, "missing: expected the record at position 16 of 16, found the end"),
        (
            lambda data: repeated(data, 4),
            5,
            "inserted: expected position 4, found position 3 again (already at line 4)",
        ),
        (
            lambda data: swapped(data, 4, 5),
            4,
            "reordered: expected position 3, found position 4; position 3 comes later",
        ),
        (lambda data: swapped(data, 2, 17), 2, "reordered: expected position 1, found position 16"),
        (lambda data: data[: len(data) // 2], None, "found a line cut short: the file ends without its newline"),
        (lambda data: edited(data, 3, '\\"total\\":390', '\\"total\\":391'), 3, "altered: position 2, version 2"),
    ],
    ids=["removed", "last-removed", "repeated", "swapped", "first-and-last-swapped", "cut", "altered"],
)
def test_records_removed_repeated_moved_or_cut_off_are_named_with_their_line(
    exported: bytes, partner: str, tmp_path: Path, tamper: Callable[[bytes], bytes], line: int | None, message: str
) -> None:
    data = tamper(exported)
    path = written(tmp_path, data)
    answer = recon(partner, "verify", str(path))
    expected_line = line or line_at(data, len(data) - 1)
    assert answer.exit_code == 2
    assert answer.stderr.startswith(f"error: {path}:{expected_line}: "), answer.stderr
    assert message in answer.stderr


@pytest.mark.parametrize("form", FORMATS)
def test_a_bundle_imported_into_an_empty_store_reports_byte_for_byte_the_same(
    team: str, exported: bytes, partner: str, tmp_path: Path, form: str
) -> None:
    answer = recon(partner, "import-bundle", str(written(tmp_path, exported)))
    assert answer.exit_code == 0, answer.output
    assert answer.stdout.startswith(f"Imported {SLUG} from ")
    original, copy = recon(team, "report", SLUG, "-f", form), recon(partner, "report", SLUG, "-f", form)
    assert original.exit_code == copy.exit_code == 0
    assert copy.stdout_bytes == original.stdout_bytes
    assert "aggregator rounding" in copy.stdout
    assert recon(partner, "export", SLUG).stdout_bytes == exported


def test_the_imported_report_is_the_same_in_another_process_with_another_hash_seed(
    team: str, exported: bytes, partner: str, tmp_path: Path
) -> None:
    assert recon(partner, "import-bundle", str(written(tmp_path, exported))).exit_code == 0
    script = Path(sys.executable).parent / "recon"
    for seed, form in enumerate(FORMATS, 1):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [str(script), "--db", partner, "report", SLUG, "-f", form], capture_output=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == recon(team, "report", SLUG, "-f", form).stdout_bytes


def test_importing_the_same_history_again_changes_nothing(exported: bytes, partner: str, tmp_path: Path) -> None:
    path = written(tmp_path, exported)
    assert recon(partner, "import-bundle", str(path)).exit_code == 0
    again = recon(partner, "import-bundle", str(path))
    assert again.exit_code == 0
    assert again.stdout == f"{SLUG}: nothing new (this store already holds the same 16 records).\n"
    assert recon(partner, "export", SLUG).stdout_bytes == exported


def test_a_tampered_bundle_is_refused_whole_and_nothing_is_imported(
    exported: bytes, partner: str, tmp_path: Path
) -> None:
    rng = random.Random(7)
    for offset in [exported.index(b"\n") // 2, *rng.sample(range(len(exported)), 4)]:
        path = written(tmp_path, flipped(exported, offset, 0x01))
        answer = recon(partner, "import-bundle", str(path))
        assert answer.exit_code == 2
        assert answer.stderr.startswith(f"error: {path}:{line_at(exported, offset)}: ")
        assert answer.stdout == ""
        assert recon(partner, "list", "-f", "json").stdout == "[]\n"


def test_a_bundle_that_verifies_but_is_no_exchange_is_refused_and_nothing_is_imported(
    team: str, partner: str, tmp_path: Path
) -> None:
    reconciler = open_reconciler(team)
    try:
        events = list(reconciler.recorder.select_events(exchange_id(SLUG)))
        events = [events[0], StoredEvent(exchange_id(SLUG), 2, "os:system", events[1].state)]
    finally:
        reconciler.close()
    answer = recon(partner, "import-bundle", str(written(tmp_path, seal(exchange_id(SLUG), SLUG, events).to_bytes())))
    assert answer.exit_code == 2
    assert "does not load: position 2, version 2 names os:system" in answer.stderr
    assert recon(partner, "list", "-f", "json").stdout == "[]\n"


def test_a_bundle_for_an_exchange_recorded_with_another_history_is_refused(
    exported: bytes, partner: str, tmp_path: Path
) -> None:
    assert recon(partner, "import", str(shipped_dossier())).exit_code == 0
    before = recon(partner, "export", SLUG).stdout_bytes
    answer = recon(partner, "import-bundle", str(written(tmp_path, exported)))
    assert answer.exit_code == 4
    assert f"exchange {SLUG} is already recorded with a different history: version 1" in answer.stderr
    assert recon(partner, "export", SLUG).stdout_bytes == before


def test_exporting_an_unknown_exchange_exits_3(partner: str, tmp_path: Path) -> None:
    answer = recon(partner, "export", "nowhere-2025", "-o", str(tmp_path / "x.bundle"))
    assert answer.exit_code == 3
    assert not (tmp_path / "x.bundle").exists()


@pytest.mark.parametrize("command", ["export", "verify", "import-bundle"])
def test_each_audit_command_has_help_with_examples(command: str) -> None:
    answer = CliRunner().invoke(app, [command, "--help"])
    assert answer.exit_code == 0
    assert f"  recon {command} " in answer.stdout.split("Examples:")[1]


@pytest.mark.parametrize("command", ["verify", "import-bundle"])
def test_a_file_that_never_was_a_bundle_is_called_not_a_bundle_not_altered(
    command: str, partner: str, tmp_path: Path
) -> None:
    table = tmp_path / "some.csv"
    table.write_text("slug,claims\n1000-for-1000,3\n", encoding="utf-8")
    answer = recon(partner, command, str(table))
    assert answer.exit_code == 2
    assert f"{table}:1: not an audit bundle (recon-bundle/1): its first line is text that is not JSON" in answer.stderr
    assert "`recon export EXCHANGE -o FILE` writes one" in answer.stderr
    assert "altered" not in answer.stderr
