"""README.md's table of the shipped exchanges names each one's open findings as recon reports them today.

`python -m tests.integration.test_readme_shipped_table` prints the last column afresh, one line per exchange.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from adapters.dossier.loader import load_dossiers, shipped_dossiers
from adapters.persistence.store import open_reconciler

pytestmark = pytest.mark.integration

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(
    r"^\| \[`(?P<slug>[a-z0-9-]+)`\]\(adapters/dossier/shipped/[a-z0-9-]+\.yaml\) \|.*\| (?P<open>[^|]+) \|$"
)


def open_findings() -> dict[str, str]:
    """Each shipped exchange's open findings as the table states them: 'none', or '4: reciprocity, ...'."""
    reconciler = open_reconciler("memory:")
    plans = load_dossiers(shipped_dossiers())
    reconciler.record_plans(plans)
    shown = {}
    for plan in plans:
        rules = Counter(finding.rule for finding in reconciler.report(plan.agreement.slug).open_findings)
        named = ", ".join(f"{rule} ({n})" if n > 1 else rule for rule, n in sorted(rules.items()))
        shown[plan.agreement.slug] = f"{sum(rules.values())}: {named}" if rules else "none"
    return shown


def table_rows() -> dict[str, str]:
    rows = (ROW.match(line) for line in README.read_text(encoding="utf-8").splitlines())
    return {row["slug"]: row["open"] for row in rows if row}


def test_the_readme_lists_every_shipped_exchange_with_its_open_findings() -> None:
    assert table_rows() == open_findings()


if __name__ == "__main__":
    for slug, shown in open_findings().items():
        print(f"{slug}: {shown}")
