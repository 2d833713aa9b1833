"""Steps reading a stage's claims table in the report as text, Markdown or JSON: each claim's source and origin."""

from __future__ import annotations

import json

from pytest_bdd import then

from tests.acceptance.steps.command_steps import Desk
from tests.acceptance.steps.vocabulary import phrase


def claim_row(output: str, form: str, stage: int, version: int) -> str:
    """The claims table's row for the claim recorded at `version`, in `stage`'s part of the report, as one line."""
    marker = {"text": f"Stage {stage} (", "markdown": f"## Stage {stage} ("}[form]
    part = output.split(marker, 1)[1].split(marker.replace(str(stage), str(stage + 1)), 1)[0]
    prefix = {"text": f"v{version} ", "markdown": f"| v{version} |"}[form]
    return next(line for line in part.splitlines() if line.strip().startswith(prefix))


@then(phrase('stage {stage:d}\'s claim of version {version:d}, by {source}, carries the word of "{origin}"'))
def claim_carries(desk: Desk, stage: int, version: int, source: str, origin: str) -> None:
    """The claims table names the claim's source and its origin; the JSON gives the origin with each claim cited."""
    if desk.form == "json":
        report = json.loads(desk.last.stdout)
        part = next(item for item in report["stages"] if item["stage"] == stage)
        cited = [e for d in part["directions"] for f in d["figures"] for e in f["sources"] if e["version"] == version]
        assert cited, f"no claim of version {version} in stage {stage}"
        assert {(e["source"], e["origin"]) for e in cited} == {(cited[0]["source"], origin)}
        assert cited[0]["source"].startswith(source)
        return
    row = claim_row(desk.last.stdout, desk.form, stage, version)
    assert source in row, row
    assert origin in row, row
