"""The world the benchmark's dossiers describe: parties, the outlets that report on them, and what really happened."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from domain.figures import Moment, Source, Tier


@dataclass(frozen=True, slots=True)
class Outlet:
    """Someone who announces figures: a ministry, a news agency, a channel that relays others."""

    name: str
    tier: Tier
    domain: str
    misreports: float
    """How often this outlet gets a figure wrong."""
    relays: str | None = None

    def source(self, path: str, published: Moment) -> Source:
        """The outlet as the source of one article."""
        return Source(
            name=self.name, tier=self.tier, url=f"https://{self.domain}/{path}", published=published, relays=self.relays
        )


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two parties that exchange prisoners, and who reports on them."""

    slug: str
    parties: tuple[str, str]
    outlets: tuple[Outlet, ...]


def _officials(*names: tuple[str, str]) -> tuple[Outlet, ...]:
    return tuple(Outlet(name, Tier.OFFICIAL, domain, 0.005) for name, domain in names)


_WIRES = (
    Outlet("Reuters", Tier.ESTABLISHED_MEDIA, "reuters.com", 0.01),
    Outlet("Associated Press", Tier.ESTABLISHED_MEDIA, "apnews.com", 0.01),
    Outlet("AFP", Tier.ESTABLISHED_MEDIA, "afp.com", 0.01),
    Outlet("BBC News", Tier.ESTABLISHED_MEDIA, "bbc.com", 0.015),
    Outlet("Al Jazeera", Tier.ESTABLISHED_MEDIA, "aljazeera.com", 0.02),
)

CONFLICTS = (
    Conflict(
        "ukraine-russia",
        ("Ukraine", "Russia"),
        _officials(
            ("Ukraine's Defence Ministry", "mod.gov.ua"),
            ("Coordination Headquarters for the Treatment of POWs", "koordshtab.gov.ua"),
            ("Russia's Defence Ministry", "mil.ru"),
        )
        + _WIRES
        + (
            Outlet("Kyiv Independent", Tier.ESTABLISHED_MEDIA, "kyivindependent.com", 0.02),
            Outlet("Ukrainska Pravda", Tier.ESTABLISHED_MEDIA, "pravda.com.ua", 0.02),
            Outlet("LIGA.net", Tier.ESTABLISHED_MEDIA, "liga.net", 0.03),
            Outlet("Censor.NET", Tier.ESTABLISHED_MEDIA, "censor.net", 0.03),
            Outlet("TASS", Tier.ESTABLISHED_MEDIA, "tass.ru", 0.02, relays="Russia's Defence Ministry"),
            Outlet("Interfax", Tier.ESTABLISHED_MEDIA, "interfax.ru", 0.02),
            Outlet("Meduza", Tier.ESTABLISHED_MEDIA, "meduza.io", 0.03),
            Outlet("Vechernyaya Moskva", Tier.AGGREGATOR, "vm.ru", 0.06),
            Outlet("Vestnik Kavkaza", Tier.AGGREGATOR, "vestikavkaza.ru", 0.06),
            Outlet("Sakh.online", Tier.AGGREGATOR, "sakh.online", 0.08),
            Outlet("Frontline Telegram digest", Tier.AGGREGATOR, "t.me", 0.1),
        ),
    ),
    Conflict(
        "armenia-azerbaijan",
        ("Armenia", "Azerbaijan"),
        _officials(
            ("Armenia's Foreign Ministry", "mfa.am"),
            ("Azerbaijan's State Commission on Prisoners of War", "human.gov.az"),
        )
        + _WIRES
        + (
            Outlet("Armenpress", Tier.ESTABLISHED_MEDIA, "armenpress.am", 0.02),
            Outlet("APA", Tier.ESTABLISHED_MEDIA, "apa.az", 0.02),
            Outlet("OC Media", Tier.ESTABLISHED_MEDIA, "oc-media.org", 0.03),
            Outlet("Caucasus news roundup", Tier.AGGREGATOR, "caucasus-roundup.example", 0.08),
        ),
    ),
    Conflict(
        "yemen-houthis",
        ("Yemen's government", "Ansar Allah"),
        _officials(
            ("Yemen's government negotiating team", "sabanew.net"),
            ("Ansar Allah prisoner affairs committee", "saba.ye"),
            ("ICRC Yemen delegation", "icrc.org"),
        )
        + _WIRES
        + (
            Outlet("Asharq Al-Awsat", Tier.ESTABLISHED_MEDIA, "aawsat.com", 0.03),
            Outlet("Al-Masirah", Tier.ESTABLISHED_MEDIA, "almasirah.net", 0.04, relays="Ansar Allah"),
            Outlet("Yemen Monitor", Tier.AGGREGATOR, "yemenmonitor.example", 0.08),
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Release:
    """What really happened to one party at one stage: how many it received, and who they were."""

    received: int
    military: int
    officers: int
    women: int
    wounded: int
    branches: dict[str, int]

    @property
    def civilian(self) -> int:
        """Those received who were not military."""
        return self.received - self.military


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage as it really took place."""

    number: int
    held_on: date
    releases: dict[str, Release]
    cumulative: dict[str, int]


def release(rng: random.Random, received: int) -> Release:
    """A plausible make-up of `received` people."""
    military = rng.randint(received * 6 // 10, received)
    army = rng.randint(military // 2, military)
    marines = rng.randint(0, military - army)
    return Release(
        received=received,
        military=military,
        officers=rng.randint(0, military // 8),
        women=rng.randint(0, max(received // 15, 1)),
        wounded=rng.randint(0, received // 5),
        branches={"army": army, "marines": marines, "national_guard": military - army - marines},
    )


def stages(rng: random.Random, parties: tuple[str, str], count: int, symmetric: bool, start: date) -> list[Stage]:
    """`count` stages a week or so apart; under symmetric terms both parties receive alike at every stage."""
    found: list[Stage] = []
    totals = dict.fromkeys(parties, 0)
    held_on = start
    for number in range(1, count + 1):
        first = release(rng, rng.randint(15, 320))
        releases = {parties[0]: first, parties[1]: first if symmetric else release(rng, rng.randint(10, 320))}
        for party, made_up in releases.items():
            totals[party] += made_up.received
        found.append(Stage(number, held_on, releases, dict(totals)))
        held_on += timedelta(days=rng.randint(3, 12))
    return found


def published(rng: random.Random, held_on: date) -> Moment:
    """When an article about a stage came out: the same day or a little later, sometimes to the minute."""
    day = held_on + timedelta(days=rng.choice((0, 0, 0, 1, 2)))
    if rng.random() < 0.5:
        return day
    return datetime(day.year, day.month, day.day, rng.randint(6, 23), rng.randint(0, 59), tzinfo=UTC)
