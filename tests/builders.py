"""Small builders for the "1,000 for 1,000" exchange and its claims, shared by unit and integration tests."""

from __future__ import annotations

from datetime import date

from domain.exchange import Agreement, Claim
from domain.figures import Breakdown, Direction, Figures, Source, Subset, Target, Terms, Tier

UKRAINE = "Ukraine"
RUSSIA = "Russia"
SLUG = "1000-for-1000"

MINISTRY = Source(name="Ukraine's Defence Ministry", tier=Tier.OFFICIAL, published=date(2025, 5, 23))
PRAVDA = Source(
    name="Ukrainska Pravda",
    tier=Tier.ESTABLISHED_MEDIA,
    url="https://www.pravda.com.ua/eng/news/2025/05/23/7513734/",
    relays="the Coordination Headquarters",
)
TASS = Source(
    name="TASS",
    tier=Tier.ESTABLISHED_MEDIA,
    url="https://tass.com/politics/1962645",
    relays="Russia's Defence Ministry",
)
AGGREGATOR = Source(name="Sakh.online", tier=Tier.AGGREGATOR)


def agreement(slug: str = SLUG, each_side: int | None = 1000, targets: dict[str, Target] | None = None) -> Agreement:
    """An exchange between Ukraine and Russia; exactly `each_side` to each party unless targets are given."""
    if targets is None:
        targets = {}
    if not targets and each_side is not None:
        targets = {UKRAINE: Target(kind="exactly", count=each_side), RUSSIA: Target(kind="exactly", count=each_side)}
    return Agreement(
        slug=slug,
        title="1,000 for 1,000",
        parties=(UKRAINE, RUSSIA),
        terms=Terms(targets=targets),
        agreed_on=date(2025, 5, 16),
        venue="Istanbul",
        source=TASS,
    )


def figures(
    total: int | None = None,
    *,
    service: tuple[int, int] | None = None,
    sex: tuple[int, int] | None = None,
    subsets: dict[str, int] | None = None,
    cumulative: int | None = None,
) -> Figures:
    """Figures with optional complete military/civilian and men/women breakdowns."""
    breakdowns = []
    if service is not None:
        breakdowns.append(Breakdown(dimension="service", parts={"military": service[0], "civilian": service[1]}))
    if sex is not None:
        breakdowns.append(Breakdown(dimension="sex", parts={"men": sex[0], "women": sex[1]}))
    return Figures(
        total=total,
        breakdowns=tuple(breakdowns),
        subsets=tuple(Subset(name=name, count=count) for name, count in (subsets or {}).items()),
        cumulative=cumulative,
    )


def claim(
    stage: int | None,
    shown: Figures,
    *,
    source: Source = MINISTRY,
    to: str = f"to {UKRAINE}",
    took_place_on: date | None = None,
) -> Claim:
    """A claim by `source` about `stage` in direction `to` ('to Ukraine', 'each side', 'combined')."""
    return Claim(stage=stage, direction=Direction.parse(to), source=source, figures=shown, took_place_on=took_place_on)


def stage_one() -> Claim:
    """The seed announcement: 390 returned, 270 military and 120 civilians, 387 men and 3 women."""
    return claim(1, figures(390, service=(270, 120), sex=(387, 3)), took_place_on=date(2025, 5, 23))
