"""The JSON report of every shipped exchange and of random histories, read back from a real SQLite file at every
version of their history, stays byte for byte what it was: loading and reconciling may get cheaper, never different.

The digests in report_pins.json were written by this module from the reports as they stood before the as-of path was
made cheaper; `python -m tests.integration.test_report_pins --write` writes them again, for a change that means to
alter reports (say why in its commit).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.dossier.loader import load_dossiers, shipped_dossier
from adapters.persistence.store import open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from adapters.reports.json import render_report
from domain.history import AsOf
from tests.histories import random_history

pytestmark = pytest.mark.integration
PINS = Path(__file__).with_name("report_pins.json")
SEEDS = range(1, 9)
LENGTH = 40
LATER = datetime(2100, 1, 1, tzinfo=UTC)


@contextmanager
def _store() -> Iterator[ReadModelReconciler]:
    with tempfile.TemporaryDirectory(prefix="recon-pins-") as folder:
        app = open_reconciler(f"sqlite:///{Path(folder) / 'pins.sqlite3'}")
        try:
            yield app
        finally:
            app.close()


def _digest(app: ReadModelReconciler, slug: str) -> str:
    """One digest over the exchange's report at each version, then as it stands, then as announced before a far
    instant (the path that reads every event and dates them)."""
    versions = app.exchange(slug).version
    documents = [render_report(app.report(slug, AsOf(version=version))) for version in range(1, versions + 1)]
    documents.append(render_report(app.report(slug)))
    documents.append(render_report(app.report(slug, AsOf(announced_before=LATER))))
    return hashlib.sha256("".join(documents).encode()).hexdigest()


def digests() -> dict[str, str]:
    """The digest of each shipped exchange's and each random history's reports, by slug."""
    found: dict[str, str] = {}
    with _store() as app:
        folder = Path(str(shipped_dossier().parent))
        plans = load_dossiers(sorted(folder.glob("*.yaml")))
        app.record_plans(plans)
        found |= {plan.agreement.slug: _digest(app, plan.agreement.slug) for plan in plans}
    with _store() as app:
        for seed in SEEDS:
            slug = f"random-{seed}"
            app.events.put(random_history(random.Random(seed), length=LENGTH, slug=slug))
            found[slug] = _digest(app, slug)
    return found


def test_every_report_at_every_version_is_byte_for_byte_as_pinned() -> None:
    pinned = json.loads(PINS.read_text())
    found = digests()
    assert sorted(found) == sorted(pinned)
    changed = [slug for slug in pinned if found[slug] != pinned[slug]]
    assert changed == []


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.integration.test_report_pins --write")
    PINS.write_text(json.dumps(digests(), indent=2, sort_keys=True) + "\n")
