"""`recon` starts at once: building its commands loads neither the web stack, the PostgreSQL driver, the
extractor's language data nor the domain; each command loads what it uses when it runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from adapters.auth.keyring import Role as KeyringRole
from adapters.auth.roles import Role
from adapters.cli.choices import TierChoice
from domain.figures import Tier
from tests.bench.bench_startup import main

pytestmark = pytest.mark.integration

HEAVY = ("fastapi", "uvicorn", "starlette", "psycopg", "psycopg_pool", "adapters.extract.extractor", "domain")


def _loaded_by(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if any(name == h or name.startswith(f"{h}.") for h in HEAVY))


def test_importing_the_command_line_loads_no_heavy_module() -> None:
    assert _heavy(_loaded_by("import adapters.cli.app")) == []


def test_showing_the_help_loads_no_heavy_module() -> None:
    code = (
        "import io, contextlib\nfrom adapters.cli.app import app\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    app(['--help'])"
    )
    assert _heavy(_loaded_by(code)) == []


def test_the_command_lines_choices_are_the_domains() -> None:
    assert [choice.value for choice in TierChoice] == [tier.value for tier in Tier]
    assert Role is KeyringRole


def test_the_startup_benchmark_reports_each_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--runs", "1"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert set(results["seconds"]) >= {"python -c pass", "recon --help", "recon report 1000-for-1000"}
    assert all(seconds > 0 for seconds in results["seconds"].values())
