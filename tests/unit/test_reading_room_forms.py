"""The reading room's forms read as `recon` and the API read the same values, every complaint beside its field."""

from __future__ import annotations

from datetime import date

from adapters.dossier.dump import figures_inline
from adapters.dossier.inline import read_figures
from adapters.http.pages.forms import Sent, figures, reason, source
from domain.figures import Tier
from tests.builders import figures as built_figures


def test_a_blank_reason_is_refused_beside_its_field() -> None:
    sent = Sent({"retract_reason": "   "})
    reason(sent, "retract_reason")
    assert sent.errors == {"retract_reason": "The reason is empty; write a few words saying why."}


def test_a_reason_longer_than_the_history_keeps_is_refused_with_its_length() -> None:
    sent = Sent({"reason": "x" * 201})
    reason(sent)
    assert sent.errors == {"reason": "The reason is longer than 200 characters (201)."}


def test_figures_are_refused_with_the_message_recon_correct_prints() -> None:
    sent = Sent({"figures": "{total: -3}"})
    assert figures(sent) is None
    assert sent.errors == {"figures": "total: a count cannot be negative, not -3"}


def test_a_source_with_an_impossible_date_is_refused_beside_the_date() -> None:
    sent = Sent({"source_name": "TASS", "tier": "official", "published": "2025-13-01"})
    assert source(sent) is None
    assert list(sent.errors) == ["published"]


def test_a_source_from_the_form_is_the_source_the_api_would_record() -> None:
    sent = Sent({"source_name": " TASS ", "tier": "established_media", "url": "", "published": "2025-05-25"})
    given = source(sent)
    assert given is not None
    assert not sent.errors
    assert (given.name, given.tier, given.url, given.published) == (
        "TASS",
        Tier.ESTABLISHED_MEDIA,
        None,
        date(2025, 5, 25),
    )


def test_figures_written_on_one_line_read_back_as_the_same_figures() -> None:
    shown = built_figures(390, service=(270, 120), sex=(387, 3), subsets={"mariupol": 27}, cumulative=390)
    assert read_figures(figures_inline(shown)) == shown
