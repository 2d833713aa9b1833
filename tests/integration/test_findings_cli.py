"""`recon findings` and `recon project` on real stores: the same list as GET /findings, read from the read models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.auth.keyring import Role
from adapters.cli.app import app
from adapters.persistence.store import open_reconciler
from tests.http_service import serve

pytestmark = pytest.mark.integration

ISTANBUL = """\
format: recon-dossier/1
exchange:
  id: istanbul-2025
  title: Istanbul, May 2025
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2025-05-23}
  tass: {name: TASS, tier: established_media, published: 2025-05-23}
claims:
  - stage: 1
    direction: to Ukraine
    source: ministry
    figures: {total: 390, breakdowns: {service: {military: 271, civilian: 120}}}
  - {stage: 1, direction: to Russia, source: tass, figures: {total: 389}}
"""
GENEVA = """\
format: recon-dossier/1
exchange:
  id: geneva-2024
  title: Geneva, 2024
  parties: [Ukraine, Russia]
  terms: {each side: 100}
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2024-03-01}
claims:
  - {stage: 1, direction: to Ukraine, source: ministry, figures: {total: 60, subsets: {mariupol_defenders: 70}}}
  - {stage: 2, direction: to Ukraine, source: ministry, figures: {total: 50, cumulative: 111}}
"""
BREAKDOWN = "breakdown-sum/1/to Ukraine/service"
RECIPROCITY = "reciprocity/1/-/total"


@pytest.fixture
def store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'recon.sqlite3'}"


def recon(store: str, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", store, *args])


def imported(store: str, tmp_path: Path, *texts: str) -> None:
    paths = []
    for text in texts:
        path = tmp_path / f"dossier-{len(list(tmp_path.glob('dossier-*')))}.yaml"
        path.write_text(text)
        paths.append(str(path))
    answer = recon(store, "import", *paths)
    assert answer.exit_code == 0, answer.output


def listed(answer: Result) -> list[tuple[str, str, str]]:
    assert answer.exit_code == 0, answer.output
    return [(item["exchange"], item["severity"], item["id"]) for item in json.loads(answer.stdout)["findings"]]


def test_the_list_gives_errors_first_across_exchanges_then_the_order_agreed(store: str, tmp_path: Path) -> None:
    imported(store, tmp_path, ISTANBUL, GENEVA)
    found = listed(recon(store, "findings", "-f", "json"))
    assert [severity for _, severity, _ in found] == ["error"] * 4 + ["warning"]
    assert found[0] == ("istanbul-2025", "error", BREAKDOWN)
    assert [exchange for exchange, _, _ in found[1:4]] == ["geneva-2024"] * 3
    assert found[-1] == ("istanbul-2025", "warning", RECIPROCITY)
    text = recon(store, "findings").stdout.splitlines()
    assert text[0] == "5 findings in 2 exchanges: 5 open (4 errors), 0 acknowledged"
    assert (
        0
        < text.index("Istanbul, May 2025 (istanbul-2025): 2 findings, 2 open")
        < text.index("Geneva, 2024 (geneva-2024): 3 findings, 3 open")
    )
    assert text[-1] == "As of log position 6."


def test_json_lists_each_finding_with_its_exchange_state_and_evidence(store: str, tmp_path: Path) -> None:
    imported(store, tmp_path, ISTANBUL)
    with open_reconciler(store) as reconciler:
        reconciler.acknowledge_finding("istanbul-2025", BREAKDOWN, "Olena Kovalenko", "asked the ministry")
    data = json.loads(recon(store, "findings", "--format", "json").stdout)
    assert (data["position"], data["behind_by"], data["count"], data["open"], data["exchanges"]) == (4, 0, 2, 1, 1)
    first = data["findings"][0]
    assert (first["exchange"], first["title"], first["id"], first["open"], first["state"]) == (
        "istanbul-2025",
        "Istanbul, May 2025",
        BREAKDOWN,
        False,
        "acknowledged",
    )
    assert first["acknowledgement"]["note"] == "asked the ministry"
    assert [item["source"] for item in first["evidence"]] == ["Ukraine's Defence Ministry"] * 3


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        (["--open"], [RECIPROCITY]),
        (["--rule", "breakdown-sum"], [BREAKDOWN]),
        (["--severity", "warning"], [RECIPROCITY]),
        (["--exchange", "istanbul-2025", "--open", "--severity", "error"], []),
    ],
)
def test_filters_narrow_the_list(store: str, tmp_path: Path, options: list[str], ids: list[str]) -> None:
    imported(store, tmp_path, ISTANBUL)
    with open_reconciler(store) as reconciler:
        reconciler.acknowledge_finding("istanbul-2025", BREAKDOWN, "Olena Kovalenko", "asked")
    assert [finding for _, _, finding in listed(recon(store, "findings", *options, "-f", "json"))] == ids


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (["--rule", "breakdown"], 2, "error: --rule: unknown rule 'breakdown': `recon rules` lists them"),
        (["--severity", "fatal"], 2, "error: --severity: unknown severity 'fatal': choose error, warning"),
        (
            ["--severity", "info"],
            2,
            "error: --severity: 'info' marks notes, which are not findings: choose error, warning",
        ),
        (["--exchange", "abu-dhabi"], 3, "error: --exchange: no exchange abu-dhabi"),
    ],
)
def test_an_unknown_rule_severity_or_exchange_is_refused(
    store: str, tmp_path: Path, options: list[str], code: int, message: str
) -> None:
    imported(store, tmp_path, ISTANBUL)
    answer = recon(store, "findings", *options)
    assert answer.exit_code == code
    assert answer.stderr.startswith(message)
    assert answer.stdout == ""


def test_markdown_gives_a_heading_and_a_table_per_exchange(store: str, tmp_path: Path) -> None:
    imported(store, tmp_path, ISTANBUL)
    answer = recon(store, "findings", "--open", "-f", "markdown")
    assert answer.stdout.startswith("## 2 open findings in 1 exchange (1 error)\n\n### Istanbul, May 2025")
    assert "| error | breakdown-sum | stage 1, to Ukraine, service |" in answer.stdout


def test_project_takes_in_what_was_recorded_since_and_rebuild_takes_in_the_whole_log(
    store: str, tmp_path: Path
) -> None:
    imported(store, tmp_path, ISTANBUL)
    first = recon(store, "project")
    assert first.stdout == "Read models caught up: took in 3 events (log position 3).\n"
    assert recon(store, "project").stdout == "Read models caught up: took in 0 events (log position 3).\n"
    imported(store, tmp_path, GENEVA)
    assert recon(store, "project").stdout == "Read models caught up: took in 3 events (log position 6).\n"
    rebuilt = recon(store, "project", "--rebuild")
    assert rebuilt.stdout == "Read models caught up: took in 6 events (log position 6).\n"
    assert len(listed(recon(store, "findings", "--rebuild", "-f", "json"))) == 5


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        url: str = request.getfixturevalue("postgres_url")
        return url
    return f"sqlite:///{tmp_path / 'recon.sqlite3'}"


def test_recon_findings_and_get_findings_list_the_same_findings_in_the_same_order(
    any_store: str, tmp_path: Path
) -> None:
    imported(any_store, tmp_path, ISTANBUL, GENEVA)
    with open_reconciler(any_store) as reconciler:
        reconciler.acknowledge_finding("geneva-2024", reconciler.report("geneva-2024").findings[0].id, "Olena", "ok")
    cases = [
        ([], {}),
        (["--severity", "error"], {"severity": "error"}),
        (["--rule", "reciprocity"], {"rule": RECIPROCITY.split("/")[0]}),
        (["--exchange", "geneva-2024"], {"exchange": "geneva-2024"}),
    ]
    with serve(tmp_path / "service", database_url=any_store) as running, running.client(Role.READER) as http:
        for options, params in cases:
            cli = listed(recon(any_store, "findings", "--open", *options, "-f", "json"))
            answer = http.get("/findings", params=params)
            assert answer.status_code == 200, answer.text
            served = [(item["exchange"], item["finding"]["severity"], item["finding"]["id"]) for item in answer.json()]
            assert cli == served, options
            assert cli, options
            assert (answer.headers["X-Read-Position"], answer.headers["X-Behind-By"]) == ("7", "0")


def test_a_read_the_read_models_cannot_catch_up_for_in_time_says_where_it_stands(
    any_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(any_store, tmp_path, ISTANBUL)
    assert recon(any_store, "project").exit_code == 0
    imported(any_store, tmp_path, GENEVA)
    monkeypatch.setattr("adapters.readside.service.CATCH_UP_SECONDS", 0.0)  # every read gives up at once
    answer = recon(any_store, "findings", "-f", "json")
    assert [exchange for exchange, _, _ in listed(answer)] == ["istanbul-2025"] * 2
    assert (json.loads(answer.stdout)["position"], json.loads(answer.stdout)["behind_by"]) == (3, 3)
    assert "note: answered from the read models at log position 3, 3 behind the 6 events recorded" in answer.stderr
    assert "3 behind" in recon(any_store, "list").stderr
    with serve(tmp_path / "service", database_url=any_store) as running, running.client(Role.READER) as http:
        for path in ("/findings", "/exchanges", "/exchanges/istanbul-2025/report"):
            served = http.get(path)
            assert served.status_code == 200, served.text
            assert (served.headers["X-Read-Position"], served.headers["X-Behind-By"]) == ("3", "3"), path
        assert [item["exchange"] for item in http.get("/findings").json()] == ["istanbul-2025"] * 2
    assert recon(any_store, "project").exit_code == 0
    caught_up = recon(any_store, "findings", "-f", "json")
    assert (len(listed(caught_up)), caught_up.stderr) == (5, "")
