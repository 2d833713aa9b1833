"""Hypothesis strategies for every event the Exchange aggregate and the keyring accept, extreme values included."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeVar, get_args

from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from adapters.auth.keyring import Role, Token
from domain.errors import ReconError
from domain.exchange import Agreement, Claim, Exchange, Provenance, Span
from domain.figures import (
    EARLIEST,
    LATEST,
    MAX_COUNT,
    MAX_OFFSET,
    MAX_STAGE,
    MEDIA,
    Amount,
    Breakdown,
    Direction,
    Figures,
    Name,
    NumberNote,
    Origin,
    Qualitative,
    Source,
    Subset,
    Target,
    Terms,
    Tier,
)
from domain.terms import TermsForm, TermsStatement

T = TypeVar("T")

BEYOND = [2**63, 2**64, 10**20]
"""Integers beyond every maximum, which JSON readers give back as floats: the models must refuse them."""


def rarely(usual: st.SearchStrategy[T], odd: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    """Mostly `usual`, now and then `odd`: values the models should refuse, drawn seldom enough that most examples
    still hold an event (an example whose value is refused is dropped)."""
    return st.integers(0, 39).flatmap(lambda roll: odd if roll == 0 else usual)


CHARACTERS = st.characters(codec="utf-8")
"""Any character UTF-8 can write: controls, NUL, every plane."""
counts = rarely(
    st.one_of(st.sampled_from([0, 1, MAX_COUNT - 1, MAX_COUNT]), st.integers(0, MAX_COUNT)),
    st.sampled_from([MAX_COUNT + 1, *BEYOND]),
)
stages = rarely(
    st.one_of(st.none(), st.sampled_from([1, MAX_STAGE]), st.integers(1, MAX_STAGE)),
    st.sampled_from([MAX_STAGE + 1, *BEYOND]),
)
_NAME: TypeAdapter[str] = TypeAdapter(Name)


def _kept_as_is(text: str) -> bool:
    """True when a Name keeps this text exactly (nothing to strip, not empty, not too long)."""
    try:
        return _NAME.validate_python(text) == text
    except ValidationError:
        return False


names = st.one_of(
    st.text(CHARACTERS, min_size=1, max_size=200).map(str.strip).filter(_kept_as_is),
    st.text(st.characters(min_codepoint=0x10000, codec="utf-8"), min_size=200, max_size=200),
    st.sampled_from(["Ukraine", "Russia", "military", "x" * 200]),
)
texts = st.one_of(
    st.none(),
    rarely(st.text(CHARACTERS, max_size=300), st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3)),
)
"""Text of any UTF-8 character; now and then with lone surrogates, which have no UTF-8 form."""
days = rarely(
    st.one_of(st.sampled_from([EARLIEST, LATEST]), st.dates(min_value=EARLIEST, max_value=LATEST)),
    st.sampled_from([date.min, date.max]),
)
zones: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.just(UTC),
    st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda minutes: timezone(timedelta(minutes=minutes))),
    rarely(st.none(), st.integers(1, 59).map(lambda seconds: timezone(timedelta(seconds=seconds)))),
)
instants = rarely(
    st.datetimes(
        min_value=datetime.combine(EARLIEST, datetime.min.time()),
        max_value=datetime.combine(LATEST, datetime.max.time()),
        timezones=zones,
    ),
    st.sampled_from([datetime.min, datetime.max.replace(tzinfo=UTC)]),
)
midnights = st.builds(lambda day, zone: datetime.combine(day, datetime.min.time(), tzinfo=zone), days, zones)
moments = st.one_of(st.none(), days, instants, midnights)


def valid(build: Callable[..., T], **fields: Any) -> T | None:
    """The value built from `fields`, or None when the model refuses them."""
    try:
        return build(**fields)
    except (ValidationError, ReconError):
        return None


def accepted(draw: st.DrawFn, build: Callable[..., T], **fields: Any) -> T:
    """The value built from `fields`; when the model refuses them, the example is dropped."""
    made = valid(build, **fields)
    return draw(st.nothing()) if made is None else made


@st.composite
def sources(draw: st.DrawFn, parties: Sequence[str] = ()) -> Source:
    """A source of any tier, with or without url, publication time (to the day, month or year), whom it relays and
    its origin (mostly of one of `parties` or the media, now and then of anyone, which an exchange refuses)."""
    fields = {"name": draw(names), "tier": draw(st.sampled_from(Tier)), "url": draw(texts)}
    fields |= {"published": draw(moments), "relays": draw(texts)}
    published = fields["published"]
    precisions = [None, "day", "month", "year"] if type(published) is date else [None, "day"] if published else [None]
    fields["published_precision"] = draw(st.sampled_from(precisions))
    party = rarely(st.sampled_from([*parties, MEDIA]), names)
    fields["origin"] = draw(st.one_of(st.none(), st.builds(Origin, party=party, body=names)))
    made = valid(Source, **fields)
    return draw(st.nothing()) if made is None else made


@st.composite
def amounts(draw: st.DrawFn) -> Amount:
    """A count said with its uncertainty, in each of its forms; malformed ones (low above high) are dropped."""
    low, high, stated = draw(counts), draw(counts), draw(counts)
    form = draw(st.sampled_from(["range", "at_least", "at_most", "about"]))
    if form == "range":
        return accepted(draw, Amount, form=form, low=low, high=high)
    if form == "at_least":
        return accepted(draw, Amount, form=form, low=low, stated=draw(st.sampled_from([low, low - 1])))
    if form == "at_most":
        return accepted(draw, Amount, form=form, low=0, high=high, stated=high)
    return accepted(draw, Amount, form=form, low=min(low, stated), high=max(high, stated), stated=stated)


quantities = st.one_of(counts, counts, counts, amounts())
"""Mostly exact counts (plain ints, as nearly every stored figure is), sometimes Amounts."""


@st.composite
def qualitatives(draw: st.DrawFn) -> Qualitative:
    """'only <part>' or 'includes <parts>' along a dimension."""
    parts = draw(st.lists(names, min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        return accepted(draw, Qualitative, dimension=draw(names), only=parts[0])
    return accepted(draw, Qualitative, dimension=draw(names), includes=tuple(parts))


@st.composite
def figures(draw: st.DrawFn) -> Figures:
    """Figures of every shape: a total, breakdowns (within a part or not, complete or not), subsets, a running total."""
    breakdowns = tuple(
        accepted(
            draw,
            Breakdown,
            dimension=dimension,
            parts=draw(st.dictionaries(names, quantities, min_size=1, max_size=4)),
            complete=draw(st.booleans()),
            within=draw(st.one_of(st.none(), names)),
        )
        for dimension in draw(st.lists(names, max_size=3, unique=True))
    )
    subsets = tuple(
        accepted(
            draw,
            Subset,
            name=name,
            count=draw(st.one_of(quantities, st.none())),
            within=(within := draw(st.one_of(st.none(), names))),
            relation=draw(st.sampled_from(["among", "in_addition"])) if within is None else "among",
        )
        for name in draw(st.lists(names, max_size=3, unique=True))
    )
    fields = {"total": draw(st.one_of(st.none(), quantities)), "cumulative": draw(st.one_of(st.none(), quantities))}
    qualitative = tuple(draw(st.lists(qualitatives(), max_size=2)))
    if not any(fields.values()) and not breakdowns and not subsets and not qualitative:
        fields["unstated"] = draw(st.booleans())
    made = valid(Figures, breakdowns=breakdowns, subsets=subsets, qualitative=qualitative, **fields)
    return draw(st.nothing()) if made is None else made


@st.composite
def provenances(draw: st.DrawFn) -> Provenance | None:
    """No provenance, or a hash and spans at any offset up to the maximum."""
    if draw(st.booleans()):
        return None
    offsets = rarely(st.one_of(st.sampled_from([0, MAX_OFFSET]), st.integers(0, MAX_OFFSET)), st.sampled_from(BEYOND))
    spans = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = sorted((draw(offsets), draw(offsets)))
        quote = draw(st.text(CHARACTERS, max_size=80))
        spans.append(accepted(draw, Span, figure=draw(names), start=start, end=end, quote=quote))
    digest = draw(st.text("0123456789abcdef", min_size=64, max_size=64))
    return Provenance(text_sha256=digest, spans=tuple(spans))


@st.composite
def claims(draw: st.DrawFn, parties: tuple[str, str]) -> Claim:
    """A claim in any direction between `parties`, about a stage or the whole exchange."""
    direction = draw(
        st.sampled_from(
            [
                Direction.to(parties[0]),
                Direction.to(parties[1]),
                Direction(kind="each_side"),
                Direction(kind="combined"),
            ]
        )
    )
    fields: dict[str, Any] = {
        "stage": draw(stages),
        "direction": direction,
        "source": draw(sources(parties)),
        "figures": draw(figures()),
    }
    fields |= {
        "took_place_on": draw(st.one_of(st.none(), days)),
        "note": draw(texts),
        "provenance": draw(provenances()),
        "notes": tuple(
            accepted(draw, NumberNote, value=draw(st.one_of(counts, names)), meaning=draw(names))
            for _ in range(draw(st.integers(0, 2)))
        ),
        "planned": draw(st.booleans()),
        "unit": draw(st.sampled_from([None, "people", "bodies"])),
    }
    if fields["took_place_on"] is not None and draw(st.booleans()):  # a stage known only to its month
        fields |= {"took_place_on": fields["took_place_on"].replace(day=1), "took_place_precision": "month"}
    made = valid(Claim, **fields)
    return draw(st.nothing()) if made is None else made


@st.composite
def target_values(draw: st.DrawFn) -> Target:
    """A target of any kind: exactly, at least, a range (perhaps 'about N'), or no number."""
    kind = draw(st.sampled_from(["exactly", "at_least", "range", "unspecified"]))
    if kind == "range":
        low, high = sorted((draw(counts), draw(counts)))
        return accepted(draw, Target, kind=kind, count=low, high=high, stated=draw(st.one_of(st.none(), counts)))
    return accepted(draw, Target, kind=kind, count=None if kind == "unspecified" else draw(counts))


@st.composite
def terms_statements(draw: st.DrawFn, parties: tuple[str, str]) -> TermsStatement:
    """A statement of the terms in any form and unit, with targets for either party, a combined figure, parts."""
    targets = {party: draw(target_values()) for party in draw(st.lists(st.sampled_from(parties), unique=True))}
    fields: dict[str, Any] = {"source": draw(sources()), "form": draw(st.sampled_from(get_args(TermsForm)))}
    fields |= {"unit": draw(st.sampled_from(["people", "bodies"])), "targets": targets}
    fields |= {"combined": draw(st.one_of(st.none(), counts)), "parts": tuple(draw(st.lists(names, max_size=3)))}
    fields |= {"says": draw(texts)}
    made = valid(TermsStatement, **fields)
    return draw(st.nothing()) if made is None else made


@st.composite
def agreements(draw: st.DrawFn, slug: str) -> Agreement:
    """An agreement on any terms: exactly, at least, a range, or no number, for either party or both."""
    parties = draw(st.lists(names, min_size=2, max_size=2, unique_by=str.casefold))
    targets = {party: draw(target_values()) for party in draw(st.lists(st.sampled_from(parties), unique=True))}
    fields = {"slug": slug, "title": draw(names), "parties": tuple(parties), "terms": Terms(targets=targets)}
    fields |= {"unit": draw(st.sampled_from(["people", "bodies"])), "agreed_on": draw(st.one_of(st.none(), days))}
    fields |= {"venue": draw(texts), "source": draw(sources(parties)), "announced_at": draw(moments)}
    fields["mediators"] = tuple(draw(st.lists(names, max_size=2)))
    made = valid(Agreement, **fields)
    return draw(st.nothing()) if made is None else made


@st.composite
def exchanges(draw: st.DrawFn, slug: str) -> Exchange:
    """An exchange agreed and then given any sequence of commands; only what the aggregate accepts is pending."""
    exchange = Exchange.agree(draw(agreements(slug)))
    for _ in range(draw(st.integers(0, 6))):
        _command(draw, exchange)
    return exchange


def _command(draw: st.DrawFn, exchange: Exchange) -> None:
    kind = draw(st.sampled_from(["record", "correct", "retract", "complete", "deny", "terms", "acknowledge"]))
    known = sorted(exchange.claims)
    when = draw(moments)
    if kind == "record" or not known:
        valid(exchange.record, claim=draw(claims(exchange.parties)), announced_at=when)
    elif kind == "correct":
        chosen = draw(st.sampled_from(known))
        fields = {"figures": draw(figures()), "reason": draw(names), "by": draw(names), "announced_at": when}
        valid(exchange.correct, claim_id=chosen, **fields)
    elif kind == "retract":
        chosen = draw(st.sampled_from(known))
        valid(exchange.retract, claim_id=chosen, reason=draw(names), by=draw(names), announced_at=when)
    elif kind == "complete":
        valid(exchange.declare_complete, source=draw(sources(exchange.parties)), announced_at=when)
    elif kind == "deny":
        valid(
            exchange.deny_completion,
            source=draw(sources(exchange.parties)),
            continuing=draw(st.booleans()),
            announced_at=when,
        )
    elif kind == "terms":
        valid(exchange.state_terms, statement=draw(terms_statements(exchange.parties)), announced_at=when)
    else:
        fields = {"finding_id": draw(names), "fingerprint": draw(names), "reviewer": draw(names), "note": draw(names)}
        valid(exchange.acknowledge, **fields)


@st.composite
def tokens(draw: st.DrawFn, digest: str) -> Token:
    """A token with this hash issued to any name with any role, maybe revoked for any reason."""
    token = valid(Token.issue, name=draw(names), role=draw(st.sampled_from(Role)), digest=digest)
    if token is None:
        return draw(st.nothing())
    if draw(st.booleans()):
        valid(token.revoke, reason=draw(names))
    return token
