"""Numbers kept as notes are shown beside their claim in every rendering of the report, and counted nowhere."""

from __future__ import annotations

import json as stdlib_json
from datetime import date

from adapters.persistence.store import open_reconciler
from adapters.reports import json, markdown, text
from domain.application import Reconciler
from domain.exchange import Agreement, Claim
from domain.figures import Direction, Figures, NumberNote, Source, Target, Terms, Tier
from domain.report_values import ReconciliationReport

SLUG = "aug-2025-146-and-civilians"
# Medinsky via Nakanune, 24 August 2025 (the casebook's aug-2025-146-and-civilians):
# https://www.nakanune.ru/news/2025/8/24/22834757/
MEDINSKY = Source(name="Nakanune", tier=Tier.ESTABLISHED_MEDIA, relays="Presidential aide Medinsky")
CHOSEN_FROM = NumberNote(value=1000, meaning="the group of Ukrainian prisoners Kyiv chose from, per Medinsky")


def reconciled(*notes: NumberNote) -> ReconciliationReport:
    app: Reconciler = open_reconciler("memory:")
    exactly = Target(kind="at_least", count=1200)
    app.agree_exchange(
        Agreement(
            slug=SLUG,
            title="146 for 146, and eight civilians",
            parties=("Ukraine", "Russia"),
            terms=Terms(targets={"Ukraine": exactly, "Russia": exactly}),
            source=MEDINSKY,
        )
    )
    claim = Claim(
        stage=1,
        direction=Direction.parse("each side"),
        source=MEDINSKY,
        figures=Figures(total=146),
        took_place_on=date(2025, 8, 24),
        notes=notes,
    )
    app.record_claim(SLUG, claim)
    return app.report(SLUG)


def test_a_note_is_shown_once_beside_its_claim_in_text_markdown_and_json() -> None:
    report = reconciled(CHOSEN_FROM, NumberNote(value="68th", meaning="the exchange's ordinal number"))
    shown = text.render_report(report, width=200)
    assert "Meaning (a note: not counted)" in shown
    assert shown.count("the group of Ukrainian prisoners Kyiv chose from, per Medinsky") == 1
    assert (
        "| v2 | Nakanune (citing Presidential aide Medinsky) | 1,000 | the group of Ukrainian"
        in markdown.render_report(report)
    )
    (stage,) = stdlib_json.loads(json.render_report(report))["stages"]
    assert [(note["value"], note["version"]) for note in stage["notes"]] == [(1000, 2), ("68th", 2)]


def test_notes_change_no_figure_no_check_and_no_progress() -> None:
    noted, plain = reconciled(CHOSEN_FROM), reconciled()
    assert noted.model_dump(exclude={"stages"}) == plain.model_dump(exclude={"stages"})
    assert [s.directions for s in noted.stages] == [s.directions for s in plain.stages]
    assert "not counted" not in text.render_report(plain, width=200)
