"""Origins apart from outlets: relays of one origin are one piece of evidence; corroboration counts origins."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from adapters.reports import json, markdown, text
from domain.errors import InvalidInputError
from domain.exchange import Agreement, Exchange
from domain.figures import Origin, Source, Tier
from domain.report import build_report
from tests.builders import RUSSIA, TASS, UKRAINE, agreement, claim, figures

HQ = Origin(party=UKRAINE, body="Coordination Headquarters")
MOD = Origin(party=RUSSIA, body="Defence Ministry")


def outlet(name: str, origin: Origin | None, tier: Tier = Tier.ESTABLISHED_MEDIA) -> Source:
    return Source(name=name, tier=tier, origin=origin)


def exchange_with(*claims: tuple[Source, str]) -> Exchange:
    exchange = Exchange.agree(agreement().model_copy(update={"mediators": ("Türkiye",)}))
    for source, direction in claims:
        exchange.record(claim(1, figures(390), source=source, to=direction))
    return exchange


def corroboration_of(exchange: Exchange, direction: str = "to Ukraine") -> str:
    report = build_report(exchange)
    stage = report.stages[0]
    line = next(d for d in stage.directions if d.direction == direction).figures[0]
    assert line.corroboration is not None
    return line.corroboration.sentence(f"{line.accepted:,}")


def test_an_origin_is_written_party_slash_body() -> None:
    assert Origin.model_validate("Ukraine / Coordination Headquarters") == HQ
    assert HQ.said_by == "Ukraine's Coordination Headquarters"
    with pytest.raises(ValidationError, match="Party / body"):
        Origin.model_validate("the Coordination Headquarters")


def test_four_outlets_relaying_one_ministry_are_a_single_origin_not_four_sources() -> None:
    exchange = exchange_with(*((outlet(name, HQ), "to Ukraine") for name in ("Censor.NET", "UNN", "LIGA.net", "RBC")))
    assert corroboration_of(exchange) == (
        "390: stated by Ukraine's Coordination Headquarters (single origin relayed by 4 outlets)"
    )
    report = build_report(exchange)
    assert report.stages[0].directions[0].figures[0].reason == "one origin, 4 outlets"
    assert not [check for check in report.passed if check.rule == "source-agreement"]


def test_origins_of_both_parties_confirm_a_figure() -> None:
    exchange = exchange_with(
        (outlet("Censor.NET", HQ), "to Ukraine"),
        (outlet("UNN", HQ), "to Ukraine"),
        (outlet("Gaya One", MOD), "each side"),
    )
    assert corroboration_of(exchange) == (
        "390: stated by Ukraine's Coordination Headquarters and Russia's Defence Ministry "
        "(confirmed by both parties; 3 outlets)"
    )
    passed = {check.id: check.message for check in build_report(exchange).passed}
    assert passed["source-agreement/1/to Ukraine/total"] == "2 origins (3 outlets) agree on 390"


def test_a_partys_word_on_the_other_side_stays_its_own_and_is_unconfirmed() -> None:
    exchange = exchange_with((outlet("Gaya One", MOD), "each side"), (outlet("TASS", MOD), "each side"))
    assert corroboration_of(exchange, "to Ukraine") == (
        "390: stated by Russia's Defence Ministry (single origin relayed by 2 outlets; Ukraine has not confirmed it)"
    )
    assert corroboration_of(exchange, "to Russia") == (
        "390: stated by Russia's Defence Ministry (single origin relayed by 2 outlets)"
    )


def test_independent_origins_of_one_party() -> None:
    zelensky = Origin(party=UKRAINE, body="President Zelensky")
    exchange = exchange_with((outlet("Censor.NET", HQ), "to Ukraine"), (outlet("Babel", zelensky), "to Ukraine"))
    assert "(independent origins of one party; 2 outlets)" in corroboration_of(exchange)


def test_a_version_1_source_is_its_own_origin_and_says_the_origin_is_not_stated() -> None:
    exchange = exchange_with((TASS, "to Ukraine"))
    assert corroboration_of(exchange) == (
        "390: stated by TASS (citing Russia's Defence Ministry) (origin not stated; 1 outlet)"
    )


def test_a_disputed_figure_lists_every_origin() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=outlet("Censor.NET", HQ)))
    exchange.record(claim(1, figures(391), source=outlet("UNN", MOD)))
    line = build_report(exchange).stages[0].directions[0].figures[0]
    assert line.corroboration is not None
    assert line.corroboration.kind == "disputed"
    assert [o.origin for o in line.corroboration.origins] == [HQ.label, MOD.label]


def test_an_origin_that_is_no_party_or_mediator_is_refused_naming_the_field() -> None:
    exchange = Exchange.agree(agreement().model_copy(update={"mediators": ("Türkiye",)}))
    stranger = outlet("Reuters", Origin(party="Qatar", body="Foreign Ministry"))
    with pytest.raises(InvalidInputError, match="Qatar is not a party or mediator") as refused:
        exchange.record(claim(1, figures(390), source=stranger))
    assert refused.value.field == "source.origin"
    assert not exchange.claims
    exchange.record(claim(1, figures(390), source=outlet("Anadolu", Origin(party="Türkiye", body="MIT"))))
    exchange.record(claim(1, figures(390), source=outlet("Sky News", Origin(party="Media", body="Sky News"))))
    assert len(exchange.claims) == 2


def test_an_agreement_whose_source_has_a_stranger_origin_is_refused() -> None:
    stranger = outlet("Reuters", Origin(party="Qatar", body="Foreign Ministry"))
    with pytest.raises(ValidationError, match="Qatar is not a party or mediator"):
        Agreement.model_validate(agreement().model_dump() | {"source": stranger.model_dump()})


def test_a_publication_known_to_the_month_or_year_keeps_its_precision() -> None:
    month = Source.model_validate({"name": "Censor.NET", "tier": "official", "published": "2025-05"})
    assert (month.published, month.published_precision, month.published_as_written) == (
        date(2025, 5, 1),
        "month",
        "2025-05",
    )
    year = Source.model_validate({"name": "Censor.NET", "tier": "official", "published": "2024"})
    assert (year.published_precision, year.published_as_written) == ("year", "2024")
    with pytest.raises(ValidationError, match="no month 13"):
        Source.model_validate({"name": "Censor.NET", "tier": "official", "published": "2025-13"})


def test_the_reports_carry_each_figures_corroboration_in_words_and_as_data() -> None:
    exchange = exchange_with(
        (outlet("Censor.NET", HQ), "to Ukraine"),
        (outlet("UNN", HQ), "to Ukraine"),
        (outlet("Gaya One", MOD), "each side"),
    )
    report = build_report(exchange)
    sentence = (
        "Ukraine's Coordination Headquarters and Russia's Defence Ministry (confirmed by both parties; 3 outlets)"
    )
    assert sentence in markdown.render_report(report)
    assert "confirmed by both parties" in text.render_report(report, width=200)
    line = json.report_data(report)["stages"][0]["directions"][0]["figures"][0]
    assert line["corroboration"] == {
        "kind": "confirmed_by_both_parties",
        "origins": [
            {
                "origin": "Ukraine / Coordination Headquarters",
                "party": UKRAINE,
                "said_by": "Ukraine's Coordination Headquarters",
                "outlets": ["Censor.NET", "UNN"],
            },
            {
                "origin": "Russia / Defence Ministry",
                "party": RUSSIA,
                "said_by": "Russia's Defence Ministry",
                "outlets": ["Gaya One"],
            },
        ],
        "outlets": 3,
        "unconfirmed_by": None,
        "exchange_proper": [],
    }


def test_a_finding_quotes_each_outlet_with_the_origin_it_carries() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=outlet("Censor.NET", HQ)))
    exchange.record(claim(1, figures(391), source=outlet("UNN", MOD)))
    exchange.record(claim(1, figures(391), source=TASS))
    [finding] = [f for f in build_report(exchange).findings if f.rule == "source-agreement"]
    assert finding.message.startswith(
        "Censor.NET (established media, for Ukraine's Coordination Headquarters) 390; "
        "UNN (established media, for Russia's Defence Ministry) 391; TASS (citing Russia's Defence Ministry) "
        "(established media) 391: "
    )
