"""`recon extract` end to end: a statement read into a dossier, reviewed, imported, its provenance on the record."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.persistence.store import open_reconciler
from domain.exchange import ClaimRecorded, exchange_id

pytestmark = pytest.mark.integration

STATEMENT = (
    "Ukraine brings 390 people home\n\n"
    "On 23 May 2025 Ukraine brought home 390 people from Russian captivity: 270 servicemen and 120 civilians. "
    "This is the first stage of the 1,000 for 1,000 exchange. Among them are 387 men and three women.\n"
)
REVIEW = ["--source", "Ukraine's Defence Ministry", "--tier", "official", "--published", "2025-05-23"]


def recon(tmp_path: Path, *args: str, stdin: bytes | None = None) -> Result:
    """`recon --db <tmp store> ARGS...`."""
    return CliRunner().invoke(app, ["--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}", *args], input=stdin)


def test_an_extracted_claim_imported_keeps_the_text_hash_and_every_span_on_its_event(tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    snippet = tmp_path / "claim.yaml"
    extracted = recon(tmp_path, "extract", str(statement), *REVIEW, "-o", str(snippet))
    assert extracted.exit_code == 0, extracted.output
    assert f"recon import {snippet}" in extracted.stderr
    imported = recon(tmp_path, "import", str(snippet))
    assert imported.exit_code == 0, imported.output
    reconciler = open_reconciler(f"sqlite:///{tmp_path / 'recon.sqlite3'}")
    try:
        events = list(reconciler.repository.event_store.get(exchange_id("1000-for-1000")))
    finally:
        reconciler.close()
    [recorded] = [event for event in events if isinstance(event, ClaimRecorded)]
    provenance = recorded.claim.provenance
    assert provenance is not None
    assert provenance.text_sha256 == hashlib.sha256(STATEMENT.encode()).hexdigest()
    assert {span.figure: span.quote for span in provenance.spans} == {
        "stage": "first stage",
        "took_place_on": "23 May 2025",
        "terms": "1,000 for 1,000",
        "direction": "Ukraine brought home",
        "total": "390",
        "service:military": "270",
        "service:civilian": "120",
        "sex:men": "387",
        "sex:women": "three",
    }
    assert all(STATEMENT[span.start : span.end] == span.quote for span in provenance.spans)
    assert recorded.claim.figures.values() == {
        "total": 390,
        "service:military": 270,
        "service:civilian": 120,
        "sex:men": 387,
        "sex:women": 3,
    }


def test_a_snippet_missing_the_source_is_refused_on_import_until_a_person_writes_it(tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    snippet = tmp_path / "claim.yaml"
    assert recon(tmp_path, "extract", str(statement), "-o", str(snippet)).exit_code == 0
    refused = recon(tmp_path, "import", str(snippet))
    assert refused.exit_code == 2
    assert "unknown source 'unknown'" in refused.stderr


def test_extract_reads_standard_input_and_prints_json_for_scripts(tmp_path: Path) -> None:
    answer = recon(tmp_path, "extract", "-", "--format", "json", stdin=STATEMENT.encode())
    assert answer.exit_code == 0, answer.output
    found = json.loads(answer.stdout)
    assert [claim["figures"]["total"] for claim in found["claims"]] == [390]
    assert not (tmp_path / "recon.sqlite3").exists(), "reading a statement records nothing"


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "the text is empty"), (b"\x00\x01\x02binary", "binary data"), (b"390 people " * 50, "over the limit")],
)
def test_bad_input_exits_2_with_one_error_line_and_writes_nothing(tmp_path: Path, data: bytes, message: str) -> None:
    source = tmp_path / "input.txt"
    source.write_bytes(data)
    snippet = tmp_path / "claim.yaml"
    answer = recon(tmp_path, "extract", str(source), "--max-bytes", "100", "-o", str(snippet))
    assert answer.exit_code == 2
    assert answer.stderr.startswith(f"error: {source}: ")
    assert message in answer.stderr
    assert not snippet.exists()


def test_a_text_without_figures_writes_nothing_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "talks.txt"
    source.write_text("The delegations met in Istanbul and agreed to meet again.", encoding="utf-8")
    snippet = tmp_path / "claim.yaml"
    answer = recon(tmp_path, "extract", str(source), "-o", str(snippet))
    assert answer.exit_code == 0
    assert "no figures found" in answer.stdout
    assert "Nothing written" in answer.stderr
    assert not snippet.exists()


def test_a_missing_file_is_invalid_input(tmp_path: Path) -> None:
    answer = recon(tmp_path, "extract", str(tmp_path / "absent.txt"))
    assert (answer.exit_code, "no such file" in answer.stderr) == (2, True)


@pytest.mark.parametrize("form", ["yaml", "text", "json"])
def test_with_an_output_file_only_a_line_saying_so_is_printed_on_stderr(tmp_path: Path, form: str) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    snippet = tmp_path / "claim.yaml"
    answer = recon(tmp_path, "extract", str(statement), *REVIEW, "-f", form, "-o", str(snippet))
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == ""
    assert answer.stderr == f"Wrote 1 proposed claim to {snippet}: review it, then `recon import {snippet}`.\n"
    assert "total: 390" in snippet.read_text(encoding="utf-8")
