"""Deterministic dossiers for the benchmark: many sources, stages and directions, with deliberate inconsistencies."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from domain.exchange import Agreement, Claim
from domain.figures import Breakdown, Direction, Figures, Source, Subset, Target, Terms, Tier
from domain.plans import ExchangePlan
from tests.bench.newsroom import CONFLICTS, Conflict, Outlet, Stage, published, stages

_VENUES = ("Istanbul", "Abu Dhabi", "Geneva", "Muscat", "Riyadh", "the Belarus border")
_STYLES = ("total", "service", "sex", "partial", "subsets", "cumulative", "branches", "briefing")
_STAGE_SLIPS = ("total", "total", "civilian", "women", "cumulative", "army", "wounded")
_KINDS: tuple[Literal["exactly", "at_least", "unspecified"], ...] = ("exactly", "at_least", "unspecified")
_TIER_WEIGHT = {Tier.OFFICIAL: 3, Tier.ESTABLISHED_MEDIA: 2, Tier.AGGREGATOR: 1}


@dataclass(frozen=True, slots=True)
class Shape:
    """How many exchanges and claims to generate, and how many claims the largest exchange holds."""

    exchanges: int = 100
    claims: int = 10_000
    largest: int = 1_000
    seed: int = 20_250_523


def generate(shape: Shape) -> list[ExchangePlan]:
    """Every exchange's plan; the same shape always gives the same plans."""
    rng = random.Random(shape.seed)
    counts = claim_counts(rng, shape)
    flagship = counts.index(shape.largest)
    return [_plan(rng, index + 1, count, index == flagship) for index, count in enumerate(counts)]


def claim_counts(rng: random.Random, shape: Shape) -> list[int]:
    """Claims per exchange: the largest in the middle, the rest spread unevenly over the others."""
    others = shape.exchanges - 1
    rest = shape.claims - shape.largest
    weights = [rng.uniform(0.4, 1.6) for _ in range(others)]
    counts = [int(rest * weight / sum(weights)) for weight in weights]
    for index in range(rest - sum(counts)):
        counts[index % others] += 1
    counts.insert(others // 2, shape.largest)
    return counts


@dataclass(frozen=True, slots=True)
class _Setting:
    rng: random.Random
    conflict: Conflict
    slug: str
    truth: list[Stage]

    def outlet(self) -> Outlet:
        outlets = self.conflict.outlets
        return self.rng.choices(outlets, weights=[_TIER_WEIGHT[o.tier] for o in outlets])[0]

    def officials(self) -> list[Outlet]:
        return [outlet for outlet in self.conflict.outlets if outlet.tier == Tier.OFFICIAL]


def _plan(rng: random.Random, index: int, count: int, flagship: bool) -> ExchangePlan:
    """One exchange; the flagship is the long, symmetric one that every outlet followed stage by stage."""
    conflict = CONFLICTS[0] if flagship or rng.random() < 0.7 else rng.choice(CONFLICTS[1:])
    kind = "exactly" if flagship else rng.choices(_KINDS, (7, 2, 1))[0]
    whole = max(2, count // 60)
    start = date(2022, 4, 1) + timedelta(days=rng.randint(0, 1000))
    truth = stages(rng, conflict.parties, max(2, round((count - whole) / 24)), kind != "unspecified", start)
    setting = _Setting(rng, conflict, f"{conflict.slug}-{start:%Y}-{index:03d}", _with_anomalies(rng, truth))
    claims = _whole_exchange_claims(setting, whole)
    quotas = _spread(count - whole, len(truth))
    for stage, quota in zip(setting.truth, quotas, strict=True):
        claims.extend(_stage_claims(setting, stage, quota))
    claims.sort(key=lambda claim: claim.stage or 0)
    done = truth[-1].held_on + timedelta(days=1)
    completions = [o.source(f"{setting.slug}/complete", done) for o in setting.officials()[: rng.randint(0, 2)]]
    return ExchangePlan(agreement=_agreement(setting, kind), claims=tuple(claims), completions=tuple(completions))


def _with_anomalies(rng: random.Random, truth: list[Stage]) -> list[Stage]:
    """Now and then a stage number is skipped, or two stages are dated out of order."""
    found = list(truth)
    if len(found) > 2 and rng.random() < 0.1:
        gap = rng.randint(1, len(found) - 1)
        found[gap:] = [replace(stage, number=stage.number + 1) for stage in found[gap:]]
    if len(found) > 2 and rng.random() < 0.1:
        swap = rng.randint(1, len(found) - 1)
        before, after = found[swap - 1], found[swap]
        found[swap - 1], found[swap] = replace(before, held_on=after.held_on), replace(after, held_on=before.held_on)
    return found


def _spread(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if n < total % parts else 0) for n in range(parts)]


def _agreement(setting: _Setting, kind: Literal["exactly", "at_least", "unspecified"]) -> Agreement:
    rng, (first, second) = setting.rng, setting.conflict.parties
    promised = setting.truth[-1].cumulative[first]
    if kind == "exactly" and rng.random() < 0.15:
        promised += rng.choice((-1, 1)) * rng.randint(1, 25)
    target = Target(kind="unspecified") if kind == "unspecified" else Target(kind=kind, count=promised)
    label = f"{promised:,} for {promised:,}" if kind == "exactly" else "prisoner exchange"
    agreed_on = setting.truth[0].held_on - timedelta(days=rng.randint(2, 20))
    return Agreement(
        slug=setting.slug,
        title=f"{first} and {second}: {label} ({agreed_on:%B %Y})",
        parties=(first, second),
        terms=Terms(targets={first: target, second: target}),
        agreed_on=agreed_on,
        venue=rng.choice(_VENUES),
        source=rng.choice(setting.officials()).source(f"{setting.slug}/agreed", agreed_on),
    )


def _stage_claims(setting: _Setting, stage: Stage, quota: int) -> list[Claim]:
    """What the outlets published about one stage: articles of one to three claims, each in another direction."""
    claims: list[Claim] = []
    while len(claims) < quota:
        size = min(setting.rng.choice((1, 1, 2, 2, 3)), quota - len(claims))
        claims.extend(_article(setting, stage, f"{setting.slug}/stage-{stage.number}/{len(claims)}", size))
    return claims


def _article(setting: _Setting, stage: Stage, path: str, size: int) -> list[Claim]:
    rng, outlet = setting.rng, setting.outlet()
    source = outlet.source(path, published(rng, stage.held_on))
    took_place_on = stage.held_on if rng.random() < 0.4 else None
    first, second = setting.conflict.parties
    directions = [(Direction.to(first), first), (Direction.to(second), second), (Direction(kind="each_side"), first)]
    return [
        _stage_claim(_Article(outlet, source, took_place_on), stage, direction, party, rng)
        for direction, party in rng.sample(directions, size)
    ]


@dataclass(frozen=True, slots=True)
class _Article:
    outlet: Outlet
    source: Source
    took_place_on: date | None


def _stage_claim(article: _Article, stage: Stage, direction: Direction, party: str, rng: random.Random) -> Claim:
    style = rng.choice(("total", "service")) if direction.kind == "each_side" else rng.choice(_STYLES)
    if style == "cumulative" and stage.number == 1:
        style = "total"
    release = stage.releases[party]
    numbers = {
        "total": release.received,
        "military": release.military,
        "civilian": release.civilian,
        "men": release.received - release.women,
        "women": release.women,
        "wounded": release.wounded,
        "officers": release.officers,
        "cumulative": stage.cumulative[party],
        **release.branches,
    }
    return Claim(
        stage=stage.number,
        direction=direction,
        source=article.source,
        figures=_figures(style, _misreported(rng, article.outlet, numbers, _STAGE_SLIPS)),
        took_place_on=article.took_place_on,
        note="figures read out at a briefing" if style == "briefing" else None,
    )


def _misreported(rng: random.Random, outlet: Outlet, numbers: dict[str, int], slips: tuple[str, ...]) -> dict[str, int]:
    """Most of the time the true figures; sometimes one of them is off by a few (a subset, beyond its base)."""
    if rng.random() >= outlet.misreports:
        return numbers
    key = rng.choice(slips)
    wrong = dict(numbers)
    wrong[key] = numbers["total"] + rng.randint(1, 9) if key == "wounded" else max(0, numbers[key] + rng.randint(-9, 9))
    return wrong


def _figures(style: str, n: dict[str, int]) -> Figures:
    service = Breakdown(dimension="service", parts={"military": n["military"], "civilian": n["civilian"]})
    sex = Breakdown(dimension="sex", parts={"men": n["men"], "women": n["women"]})
    branches = Breakdown(
        dimension="branch",
        parts={"army": n["army"], "marines": n["marines"], "national_guard": n["national_guard"]},
        within="military",
    )
    wounded = Subset(name="wounded", count=n["wounded"])
    officers = Subset(name="officers", count=n["officers"], within="military")
    partial = Breakdown(dimension="service", parts={"military": n["military"]}, complete=False)
    styles: dict[str, Callable[[], Figures]] = {
        "total": lambda: Figures(total=n["total"]),
        "service": lambda: Figures(total=n["total"], breakdowns=(service,)),
        "sex": lambda: Figures(total=n["total"], breakdowns=(sex,)),
        "partial": lambda: Figures(total=n["total"], breakdowns=(partial,)),
        "subsets": lambda: Figures(total=n["total"], breakdowns=(service,), subsets=(wounded, officers)),
        "cumulative": lambda: Figures(total=n["total"], cumulative=n["cumulative"]),
        "branches": lambda: Figures(breakdowns=(service, branches)),
        "briefing": lambda: Figures(total=n["total"], breakdowns=(service, sex), subsets=(wounded,)),
    }
    return styles[style]()


def _whole_exchange_claims(setting: _Setting, count: int) -> list[Claim]:
    """What sources said about the exchange as a whole once it was over, both directions in one article."""
    last = setting.truth[-1]
    claims = []
    for article in range((count + 1) // 2):
        outlet = setting.outlet()
        source = outlet.source(f"{setting.slug}/summary/{article}", last.held_on + timedelta(days=2))
        for party in setting.conflict.parties[: count - 2 * article]:
            claims.append(_summing_up(setting, _Article(outlet, source, None), party))
    return claims


def _summing_up(setting: _Setting, article: _Article, party: str) -> Claim:
    releases = [stage.releases[party] for stage in setting.truth]
    numbers = {
        "total": setting.truth[-1].cumulative[party],
        "military": sum(r.military for r in releases),
        "civilian": sum(r.civilian for r in releases),
    }
    numbers = _misreported(setting.rng, article.outlet, numbers, ("total", "civilian"))
    service = Breakdown(dimension="service", parts={"military": numbers["military"], "civilian": numbers["civilian"]})
    breakdowns = (service,) if setting.rng.random() < 0.6 else ()
    return Claim(
        direction=Direction.to(party),
        source=article.source,
        figures=Figures(total=numbers["total"], breakdowns=breakdowns),
    )
