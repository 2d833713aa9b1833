"""`recon findings` and `recon project` on SQLite files, through Typer's runner and as a process following the log."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from time import monotonic

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.findings.keeper import keeping
from adapters.persistence.store import open_reconciler
from adapters.settings import findings_url
from tests.integration.test_findings_view import BREAKDOWN, GENEVA, ISTANBUL

pytestmark = pytest.mark.integration


@pytest.fixture
def store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'recon.sqlite3'}"


def recon(store: str, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", store, *args])


def imported(store: str, tmp_path: Path, *texts: str) -> None:
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"dossier-{number}.yaml"
        path.write_text(text)
        paths.append(str(path))
    assert recon(store, "import", *paths).exit_code == 0


def test_the_list_groups_findings_by_exchange_with_errors_first(store: str, tmp_path: Path) -> None:
    imported(store, tmp_path, ISTANBUL, GENEVA)
    answer = recon(store, "findings")
    assert answer.exit_code == 0, answer.output
    lines = answer.stdout.splitlines()
    assert lines[0] == "5 findings in 2 exchanges: 5 open (4 errors), 0 acknowledged"
    geneva = lines.index("Geneva, 2024 (geneva-2024): 3 findings, 3 open")
    istanbul = lines.index("Istanbul, May 2025 (istanbul-2025): 2 findings, 2 open")
    rows = [line.split()[:2] for line in lines[istanbul + 2 :] if line.startswith(("error", "warning"))]
    assert rows == [["error", "breakdown-sum"], ["warning", "reciprocity"]]
    assert 0 < geneva < istanbul
    assert lines[-1] == "As of log position 6."
    assert (tmp_path / "recon-findings.sqlite3").exists()


def test_json_lists_each_finding_with_its_exchange_state_and_evidence(store: str, tmp_path: Path) -> None:
    imported(store, tmp_path, ISTANBUL)
    with open_reconciler(store) as reconciler:
        reconciler.acknowledge_finding("istanbul-2025", BREAKDOWN, "Olena Kovalenko", "asked the ministry")
    data = json.loads(recon(store, "findings", "--format", "json").stdout)
    assert (data["position"], data["count"], data["open"], data["exchanges"]) == (4, 2, 1, 1)
    first = data["findings"][0]
    assert (first["exchange"], first["id"], first["open"], first["state"]) == (
        "istanbul-2025",
        BREAKDOWN,
        False,
        "acknowledged",
    )
    assert first["acknowledgement"]["note"] == "asked the ministry"
    assert [item["source"] for item in first["evidence"]] == ["Ukraine's Defence Ministry"] * 3


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        (["--open"], ["reciprocity/1/-/total"]),
        (["--rule", "breakdown-sum"], [BREAKDOWN]),
        (["--severity", "warning"], ["reciprocity/1/-/total"]),
        (["--exchange", "istanbul-2025", "--open", "--severity", "error"], []),
    ],
)
def test_filters_narrow_the_list(store: str, tmp_path: Path, options: list[str], ids: list[str]) -> None:
    imported(store, tmp_path, ISTANBUL)
    with open_reconciler(store) as reconciler:
        reconciler.acknowledge_finding("istanbul-2025", BREAKDOWN, "Olena Kovalenko", "asked")
    answer = recon(store, "findings", *options, "-f", "json")
    assert answer.exit_code == 0, answer.output
    assert [item["id"] for item in json.loads(answer.stdout)["findings"]] == ids


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (["--rule", "breakdown"], 2, "error: --rule: unknown rule 'breakdown': `recon rules` lists them"),
        (["--severity", "fatal"], 2, "error: --severity: unknown severity 'fatal': choose error, warning, info"),
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


def test_a_long_catch_up_says_how_far_it_got_on_stderr(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(store, tmp_path, ISTANBUL, GENEVA)
    monkeypatch.setattr("adapters.cli.findings.MANY_EVENTS", 1)
    monkeypatch.setattr("adapters.findings.runner.PROGRESS_SECONDS", 0.0)
    answer = recon(store, "findings")
    assert answer.exit_code == 0
    assert "findings view: " in answer.stderr
    assert answer.stderr.splitlines()[-1] == "findings view: 6 of 6 events taken in"
    assert all(line.startswith("findings view: ") for line in answer.stderr.splitlines())


def test_rebuild_and_project_once_take_in_the_whole_log(store: str, tmp_path: Path) -> None:
    imported(store, tmp_path, ISTANBUL)
    assert recon(store, "findings").exit_code == 0
    project = recon(store, "project", "--once", "--rebuild")
    assert project.exit_code == 0, project.output
    assert project.stdout.startswith("Findings view at log position 0; the log holds 3 events.\n")
    assert "caught up: took in 3 events" in project.stdout
    assert "(log position 3): 2 findings written, 0 cleared" in project.stdout
    assert json.loads(recon(store, "findings", "--rebuild", "-f", "json").stdout)["count"] == 2


class Output:
    """A process's output lines, read by a thread of their own so that waiting for one can have a deadline."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.reader.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        if process.stdout is not None:
            for line in process.stdout:
                self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def until(self, wanted: str, seconds: float = 60.0) -> list[str]:
        """Lines up to the first that contains `wanted`; fails after `seconds` without it."""
        seen: list[str] = []
        deadline = monotonic() + seconds
        while not any(wanted in line for line in seen):
            try:
                line = self.lines.get(timeout=max(0.0, deadline - monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line with {wanted!r} within {seconds} s: {seen}") from None
            if line is None:
                raise AssertionError(f"the process ended before printing {wanted!r}: {seen}")
            seen.append(line)
        return seen


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_project_follows_what_another_process_records_until_interrupted(
    store: str, tmp_path: Path, stop: signal.Signals
) -> None:
    imported(store, tmp_path, ISTANBUL)
    script = Path(sys.executable).parent / "recon"
    env = {**os.environ, "RECON_DATABASE_URL": store}
    with subprocess.Popen([str(script), "project"], stdout=subprocess.PIPE, text=True, env=env) as process:
        output = Output(process)
        try:
            output.until("Following the log")
            imported(store, tmp_path, GENEVA)
            listed = recon(store, "findings", "-f", "json")
            took = output.until("took in")
            process.send_signal(stop)
            stopped = output.until("Stopped")
            assert process.wait(timeout=60) == 0
        finally:
            if process.poll() is None:
                process.kill()
    assert took[-1].endswith("took in 3 events (log position 6): 3 findings written, 0 cleared")
    assert stopped[-1] == "Stopped at log position 6."
    assert (json.loads(listed.stdout)["count"], json.loads(listed.stdout)["position"]) == (5, 6)


def test_while_another_process_keeps_the_view_findings_waits_for_it_and_will_not_rebuild(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(store, tmp_path, ISTANBUL)
    assert recon(store, "findings").exit_code == 0
    with keeping(findings_url(store), wait=False) as kept:
        assert kept
        assert recon(store, "findings", "-f", "json").exit_code == 0, "the view already holds every event"
        rebuild = recon(store, "findings", "--rebuild")
        imported(store, tmp_path, GENEVA)
        monkeypatch.setattr("adapters.findings.keeper.PATIENCE_SECONDS", 0.0)
        stuck = recon(store, "findings")
    assert rebuild.exit_code == 4
    assert rebuild.stderr.startswith("error: --rebuild: another process keeps the findings view")
    assert stuck.exit_code == 4
    assert "has stood at 3 of 6 events" in stuck.stderr


def test_one_process_at_a_time_keeps_a_view_file(tmp_path: Path) -> None:
    view = f"sqlite:///{tmp_path / 'recon-findings.sqlite3'}"
    with keeping(view, wait=False) as first, keeping(view, wait=False) as second:
        assert (first, second) == (True, False)
    with keeping(view, wait=False) as again, keeping("memory:", wait=False) as in_memory:
        assert again
        assert in_memory
