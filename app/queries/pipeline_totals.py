"""The pipeline totals by stage: how many deals, their target value per currency, and one
total per stage in the reporting currency.

One computation for every place that shows them: the Home view (app.queries.dashboard),
the pipeline report in .xlsx and PDF (app.exporting.pipeline) and so the command line's
`export pipeline`.

A deal's value is its target price x target volume. When the two use different units the
volume is converted to the price's unit through kg: mass units by their fixed factors, a
box, a carton or a container through the product's packaging (app.rules.units). Where the
packaging lacks the figure the value stays blank and the totals name the product and the
figure ("Kent mango has no kg per box: ...").

Each value is then converted to the reporting currency at today's rates (the latest rate
on or before the day, app.services.fx_convert's rule: inverted or crossed through USD/EUR
when needed, never a later rate). A deal whose currency has no rate in reach is counted and
named as not converted ("+2 deals without a BRL→CNY rate"); it is never guessed.

Closed-lost deals are counted at their stage but are outside every total (no value, no
reporting-currency figure). Completed deals are counted as any other stage: the Home view
shows the open stages only (lead to contracted), the report every stage it is asked for.

Values are summed as exact Decimals and rounded once, to the cent, half up (`to_cents`);
the Home view shows that same figure in whole units (`whole_units`).

The deals reach `stage_totals` as `DealGroup`s (the deals of one stage, currency, pair of
units and packaging, with the exact sum of their target price x target volume), either
summed by the database (`pipeline_totals`, for the Home view) or from rows already read
(`group_deals`, for the report).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import (
    BigInteger,
    Numeric,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.messages import translate
from app.rules.parsing import rounded
from app.rules.units import FIXED_KG, Packaging, kg_per_unit
from app.services.fx_convert import MissingRateError, Quote, RateBook
from models import FxRate, Negotiation, NegotiationStage, Product, Unit

MASS_UNITS = tuple(FIXED_KG)
"""Units whose kg do not depend on the product (kg, t, lb)."""
BOX_UNITS = (Unit.BOX, Unit.CARTON)

OUTSIDE_THE_TOTALS = frozenset({NegotiationStage.CLOSED_LOST})
"""Stages counted but never valued nor summed: a lost deal is no pipeline."""

CENT = Decimal("0.01")
WHOLE = Decimal(1)
ZERO = Decimal("0.00")


def to_cents(value: Decimal) -> Decimal:
    """The one rounding of pipeline values: to the cent, half up (1.225 -> 1.23)."""
    return rounded(value, CENT)


def whole_units(value: Decimal) -> Decimal:
    """A total as the Home view shows it: the same figure in whole units, half up."""
    return rounded(value, WHOLE)


# --- one deal's value -----------------------------------------------------------------------


def needs_packaging(price_unit: Unit, volume_unit: Unit) -> bool:
    """Whether price x volume in these units goes through the product's packaging."""
    return price_unit != volume_unit and not (
        price_unit in MASS_UNITS and volume_unit in MASS_UNITS
    )


def packaging_needed(
    price_unit: Unit | None, volume_unit: Unit | None, packaging: Packaging | None
) -> Packaging | None:
    """The figures of `packaging` a deal in these units needs (None: it needs none).

    The product's name and id are kept only when a needed figure is lacking (they name
    it); so the deals of products packed alike make one group, as the database groups them.
    """
    if price_unit is None or volume_unit is None or not needs_packaging(price_unit, volume_unit):
        return None
    packaging = packaging or Packaging()
    units = {price_unit, volume_unit}
    boxes = bool(units & set(BOX_UNITS))
    containers = Unit.CONTAINER in units
    return _needed(
        boxes,
        containers,
        packaging.kg_per_box,
        packaging.kg_per_container_20,
        packaging.kg_per_container_40,
        packaging.product,
        packaging.product_id,
    )


def _needed(
    boxes: bool,
    containers: bool,
    box: Decimal | None,
    c20: Decimal | None,
    c40: Decimal | None,
    product: str | None,
    product_id: int | None,
) -> Packaging:
    box = box if boxes else None
    c20, c40 = (c20, c40) if containers else (None, None)
    lacking = (boxes and box is None) or (containers and c20 is None and c40 is None)
    if not lacking:
        return Packaging(kg_per_box=box, kg_per_container_20=c20, kg_per_container_40=c40)
    return Packaging(
        product=product or translate("Queries", "the product"),
        kg_per_box=box,
        kg_per_container_20=c20,
        kg_per_container_40=c40,
        product_id=product_id,
    )


def priced(
    price_x_volume: Decimal,
    price_unit: Unit,
    volume_unit: Unit,
    packaging: Packaging | None = None,
) -> Decimal:
    """Price x volume as money: the volume converted to the price's unit through kg (not
    rounded). ValueError naming the product and the packaging figure it lacks."""
    if price_unit == volume_unit:
        return price_x_volume
    return price_x_volume * kg_per_unit(volume_unit, packaging) / kg_per_unit(price_unit, packaging)


def deal_value(
    price: Decimal | None,
    price_unit: Unit | None,
    volume: Decimal | None,
    volume_unit: Unit | None,
    packaging: Packaging | None = None,
) -> Decimal | None:
    """Target price x target volume (not rounded), or None when a figure is lacking."""
    return valued(price, price_unit, volume, volume_unit, packaging)[0]


def valued(
    price: Decimal | None,
    price_unit: Unit | None,
    volume: Decimal | None,
    volume_unit: Unit | None,
    packaging: Packaging | None = None,
) -> tuple[Decimal | None, str | None]:
    """(target price x target volume, None), or (None, why) when the units need
    packaging the product lacks; (None, None) without a price, volume or unit."""
    if price is None or volume is None or price_unit is None or volume_unit is None:
        return None, None
    try:
        return priced(price * volume, price_unit, volume_unit, packaging), None
    except ValueError as exc:
        return None, str(exc)


class Deal(Protocol):
    """What a deal needs for the totals (a report row, a row read for the totals)."""

    @property
    def stage(self) -> NegotiationStage: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def price_unit(self) -> str | None: ...
    @property
    def volume_unit(self) -> str | None: ...
    @property
    def target_price(self) -> Decimal | None: ...
    @property
    def target_volume(self) -> Decimal | None: ...
    @property
    def packaging(self) -> Packaging | None: ...


def _unit(value: str | None) -> Unit | None:
    return None if value is None else Unit(value)


def value_of(deal: Deal) -> tuple[Decimal | None, str | None]:
    """One deal's target value (not rounded) or why it has none (`valued`)."""
    return valued(
        deal.target_price,
        _unit(deal.price_unit),
        deal.target_volume,
        _unit(deal.volume_unit),
        deal.packaging,
    )


def target_value_of(deal: Deal) -> Decimal | None:
    """One deal's target price x volume (deal_value's rule), to the cent."""
    value, _ = value_of(deal)
    return None if value is None else to_cents(value)


# --- into the reporting currency --------------------------------------------------------


class ReportingRates:
    """Today's rates into the reporting currency, one quote per currency, remembered."""

    def __init__(self, book: RateBook, currency: str, on: date) -> None:
        self.book, self.currency, self.on = book, currency, on
        self._quotes: dict[str, Quote | None] = {}

    def quote(self, currency: str) -> Quote | None:
        """The rate from `currency` into the reporting currency, None when none is in reach."""
        if currency not in self._quotes:
            try:
                self._quotes[currency] = self.book.quote(currency, self.currency, self.on)
            except MissingRateError:
                self._quotes[currency] = None
        return self._quotes[currency]

    def convert(self, amount: Decimal, currency: str) -> Decimal | None:
        """`amount` of `currency` in the reporting currency (not rounded), or None."""
        quote = self.quote(currency)
        return None if quote is None else amount * quote.rate

    def used(self) -> tuple[Quote, ...]:
        """The quotes asked for and found, of another currency, by currency."""
        return tuple(
            q for _, q in sorted(self._quotes.items()) if q is not None and len(q.path) > 1
        )

    def missing_text(self, currency: str) -> str:
        return translate("Queries", "no {currency}→{reporting} rate on or before {day}").format(
            currency=currency, reporting=self.currency, day=self.on.isoformat()
        )


def load_rates(session: Session, currency: str, on: date) -> ReportingRates:
    """The latest rate of every pair on or before `on`, in one query: all a conversion
    on that day can use (the RateBook's rule picks each pair's latest, inverts or crosses
    them), however many years of ECB history the table holds."""
    latest = (
        select(
            FxRate.from_currency.label("from_currency"),
            FxRate.to_currency.label("to_currency"),
            func.max(FxRate.day).label("day"),
        )
        .where(FxRate.day <= on)
        .group_by(FxRate.from_currency, FxRate.to_currency)
        .subquery()
    )
    rows = session.execute(
        select(FxRate.from_currency, FxRate.to_currency, FxRate.day, FxRate.rate).join(
            latest,
            and_(
                FxRate.from_currency == latest.c.from_currency,
                FxRate.to_currency == latest.c.to_currency,
                FxRate.day == latest.c.day,
            ),
        )
    )
    book = RateBook((str(f), str(t), d, Decimal(r)) for f, t, d, r in rows)
    return ReportingRates(book, currency, on)


# --- the totals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageTotal:
    stage: NegotiationStage
    count: int
    value: dict[str, Decimal] = field(default_factory=dict)
    """Target value per deal currency, to the cent (`to_cents`); deals whose value cannot
    be computed (no price, no volume, packaging lacking) are counted only."""
    currency: str = "CNY"
    """The reporting currency."""
    total: Decimal = ZERO
    """The target values in the reporting currency, summed exactly, then to the cent."""
    not_converted: dict[str, int] = field(default_factory=dict)
    """Deals with a value but no rate from their currency in reach, by currency."""
    missing_packaging: tuple[str, ...] = ()
    """Why deals whose units need packaging have no value (one text per product)."""
    counted: bool = True
    """False for closed-lost deals: counted at their stage, outside every total."""

    @property
    def converted_all(self) -> bool:
        return not self.not_converted


@dataclass(frozen=True)
class PipelineTotals:
    currency: str
    """The reporting currency."""
    on: date
    """The day of the rates (today)."""
    stages: list[StageTotal]
    rates: tuple[Quote, ...] = ()
    """The rate used for each currency converted (by currency)."""

    @property
    def counted(self) -> list[StageTotal]:
        """The stages inside the totals (all but closed lost)."""
        return [s for s in self.stages if s.counted]

    @property
    def deals(self) -> int:
        """Deals inside the totals (closed lost left out)."""
        return sum(s.count for s in self.counted)

    @property
    def total(self) -> Decimal:
        """Every counted stage's reporting-currency total (each to the cent), summed."""
        return sum((s.total for s in self.counted), ZERO)

    @property
    def not_converted(self) -> dict[str, int]:
        merged: dict[str, int] = defaultdict(int)
        for stage in self.counted:
            for currency, deals in stage.not_converted.items():
                merged[currency] += deals
        return dict(sorted(merged.items()))

    @property
    def currencies(self) -> list[str]:
        """The deal currencies with a value in some counted stage."""
        return sorted({c for s in self.counted for c in s.value})

    def value_in(self, currency: str) -> Decimal:
        """The counted stages' value in one deal currency, summed."""
        return sum((s.value.get(currency, ZERO) for s in self.counted), ZERO)

    @property
    def missing_packaging(self) -> tuple[str, ...]:
        return tuple(sorted({m for s in self.counted for m in s.missing_packaging}))


def not_converted_text(currency: str, deals: int, reporting: str) -> str:
    """ "+2 deals without a BRL→CNY rate" (English: the report's and the CLI's wording)."""
    return translate(
        "Queries", "+%n deal(s) without a {currency}→{reporting} rate", None, deals
    ).format(currency=currency, reporting=reporting)


@dataclass(frozen=True)
class DealGroup:
    """The deals of one stage, currency, pair of units and packaging."""

    stage: NegotiationStage
    currency: str | None
    price_unit: Unit | None
    volume_unit: Unit | None
    packaging: Packaging | None
    """The packaging figures the units need (`packaging_needed`); None: none needed."""
    deals: int
    valued: int
    """How many have both a target price and a target volume."""
    price_x_volume: Decimal | None
    """The exact sum of target price x target volume of those that have both."""


_GroupKey = tuple[NegotiationStage, str | None, Unit | None, Unit | None, Packaging | None]


def group_deals(deals: Iterable[Deal]) -> list[DealGroup]:
    """Deals already read, grouped as the database groups them in `pipeline_totals`."""
    counts: dict[_GroupKey, int] = defaultdict(int)
    valued_counts: dict[_GroupKey, int] = defaultdict(int)
    sums: dict[_GroupKey, Decimal] = {}
    for deal in deals:
        price_unit, volume_unit = _unit(deal.price_unit), _unit(deal.volume_unit)
        packaging = packaging_needed(price_unit, volume_unit, deal.packaging)
        key = (deal.stage, deal.currency, price_unit, volume_unit, packaging)
        counts[key] += 1
        if deal.target_price is not None and deal.target_volume is not None:
            valued_counts[key] += 1
            sums[key] = sums.get(key, Decimal(0)) + deal.target_price * deal.target_volume
    return [
        DealGroup(*key, count, valued_counts[key], sums.get(key)) for key, count in counts.items()
    ]


def stage_totals(
    groups: Iterable[DealGroup],
    stages: Sequence[NegotiationStage],
    rates: ReportingRates,
) -> PipelineTotals:
    """The totals of `stages`, in that order: deals counted; values converted to money
    (`priced`), summed per currency and, converted at `rates`, in the reporting currency;
    each sum rounded to the cent once. Closed-lost deals are only counted."""
    counts: dict[NegotiationStage, int] = defaultdict(int)
    values: dict[NegotiationStage, dict[str, Decimal]] = defaultdict(dict)
    totals: dict[NegotiationStage, Decimal] = defaultdict(Decimal)
    unconverted: dict[NegotiationStage, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    lacking: dict[NegotiationStage, set[str]] = defaultdict(set)
    for group in groups:
        counts[group.stage] += group.deals
        if group.stage in OUTSIDE_THE_TOTALS:
            continue
        if group.price_x_volume is None or not group.currency:
            continue
        if group.price_unit is None or group.volume_unit is None:
            continue
        try:
            value = priced(
                group.price_x_volume, group.price_unit, group.volume_unit, group.packaging
            )
        except ValueError as exc:
            lacking[group.stage].add(str(exc))
            continue
        per_currency = values[group.stage]
        per_currency[group.currency] = per_currency.get(group.currency, Decimal(0)) + value
        converted = rates.convert(value, group.currency)
        if converted is None:
            unconverted[group.stage][group.currency] += group.valued
        else:
            totals[group.stage] += converted
    return PipelineTotals(
        rates.currency,
        rates.on,
        [
            StageTotal(
                stage,
                counts[stage],
                {c: to_cents(v) for c, v in sorted(values[stage].items())},
                rates.currency,
                to_cents(totals[stage]),
                dict(sorted(unconverted[stage].items())),
                tuple(sorted(lacking[stage])),
                stage not in OUTSIDE_THE_TOTALS,
            )
            for stage in stages
        ],
        rates.used(),
    )


# --- summed by the database ------------------------------------------------------------------

_WHOLE_NUMBER = BigInteger().with_variant(Numeric(38, 0), "postgresql")


def _scale_of(column: ColumnElement[Any]) -> int:
    """The decimals a NUMERIC column keeps (models.types: money 4, quantity 3)."""
    kind = column.type
    assert isinstance(kind, Numeric)
    assert kind.scale is not None
    return kind.scale


_PRICE_SCALE = _scale_of(Negotiation.__table__.c.target_price)
_VOLUME_SCALE = _scale_of(Negotiation.__table__.c.target_volume)


def _scaled(column: Any, scale: int) -> ColumnElement[Any]:
    """A stored number times 10**scale as a whole number. SQLite keeps NUMERIC as a
    binary float, so its own sum of price x volume is not exact; a sum of whole numbers
    is (PostgreSQL's numeric is exact either way)."""
    return cast(func.round(column * 10**scale), _WHOLE_NUMBER)


def _product_when_needed() -> ColumnElement[Any]:
    """Per deal, its product's id where its units need the product's packaging (a box or
    a container against another unit), else NULL: the deals in units that convert alone
    make one group whatever their product."""
    price_unit, volume_unit = Negotiation.price_unit, Negotiation.volume_unit
    alone = or_(
        price_unit == volume_unit,
        and_(price_unit.in_(MASS_UNITS), volume_unit.in_(MASS_UNITS)),
    )
    return case((alone, None), else_=Negotiation.product_id).label("product_id")


_KEYS = ("stage", "currency", "price_unit", "volume_unit")


def _key_columns() -> list[ColumnElement[Any]]:
    return [
        Negotiation.stage.label("stage"),
        Negotiation.currency.label("currency"),
        Negotiation.price_unit.label("price_unit"),
        Negotiation.volume_unit.label("volume_unit"),
    ]


def pipeline_totals(
    session: Session,
    stages: Sequence[NegotiationStage],
    *,
    currency: str,
    on: date,
) -> PipelineTotals:
    """The totals of the deals at `stages` (archived deals left out), in that order, in
    `currency` at the rates of `on` (today). Two queries: the rates, the sums."""
    rates = load_rates(session, currency, on)
    where = (Negotiation.archived_at.is_(None), Negotiation.stage.in_(stages))
    groups = _groups_summed_by_the_database(session, where)
    if groups is None:
        groups = group_deals(_deals_read(session, where))
    return stage_totals(groups, stages, rates)


@dataclass(frozen=True)
class _ReadDeal:
    stage: NegotiationStage
    currency: str | None
    price_unit: str | None
    volume_unit: str | None
    target_price: Decimal | None
    target_volume: Decimal | None
    packaging: Packaging | None


def _deals_read(session: Session, where: tuple[ColumnElement[bool], ...]) -> Iterable[_ReadDeal]:
    """Deal by deal, for sums SQLite cannot make exactly."""
    rows = session.execute(
        select(
            *_key_columns(),
            Negotiation.target_price,
            Negotiation.target_volume,
            Product.name,
            Product.id,
            Product.kg_per_box,
            Product.kg_per_container_20,
            Product.kg_per_container_40,
        )
        .join(Product, Product.id == Negotiation.product_id)
        .where(*where)
    )
    for stage, currency, pu, vu, price, volume, name, pid, box, c20, c40 in rows:
        yield _ReadDeal(stage, currency, pu, vu, price, volume, Packaging(name, box, c20, c40, pid))


def _groups_summed_by_the_database(
    session: Session, where: tuple[ColumnElement[bool], ...]
) -> list[DealGroup] | None:
    """One row per stage, currency, pair of units and (where the units need it) product,
    summed by the database, the product's packaging joined to the few rows that result
    (100,000 deals: about 150 ms of SQLite's time, the join per deal doubled it); None
    when SQLite cannot sum them exactly (past 2**63 at 7 decimals: absurd volumes)."""
    exact = session.get_bind().dialect.name == "postgresql"  # numeric: exact as it is
    if exact:
        product: ColumnElement[Any] = Negotiation.target_price * Negotiation.target_volume
        scale = 0
    else:
        product = _scaled(Negotiation.target_price, _PRICE_SCALE) * _scaled(
            Negotiation.target_volume, _VOLUME_SCALE
        )
        scale = -(_PRICE_SCALE + _VOLUME_SCALE)
    deals = (
        select(*_key_columns(), _product_when_needed(), product.label("price_x_volume"))
        .where(*where)
        .subquery("deals")
    )
    keys = [deals.c[name] for name in (*_KEYS, "product_id")]
    grouped = (
        select(
            *keys,
            func.count().label("deals"),
            func.count(deals.c.price_x_volume).label("valued"),
            type_coerce(
                func.sum(deals.c.price_x_volume),
                Numeric(asdecimal=True) if exact else _WHOLE_NUMBER,
            ).label("total"),
        )
        .group_by(*keys)
        .subquery("grouped")
    )
    query = select(
        grouped,
        Product.name,
        Product.kg_per_box,
        Product.kg_per_container_20,
        Product.kg_per_container_40,
    ).outerjoin(Product, Product.id == grouped.c.product_id)
    try:
        rows = session.execute(query).all()
    except OperationalError as exc:
        if "integer overflow" in str(exc):  # SQLite, a sum past 2**63
            return None
        raise
    if any(isinstance(row.total, float) for row in rows):
        return None  # SQLite makes a product past 2**63 a float
    counts: dict[_GroupKey, list[int]] = {}
    sums: dict[_GroupKey, Decimal] = {}
    for stage, currency, pu, vu, pid, deals_, valued_, total, name, box, c20, c40 in rows:
        price_unit, volume_unit = _unit(pu), _unit(vu)
        figures = Packaging(
            name or translate("Queries", "the product"),
            _figure(box),
            _figure(c20),
            _figure(c40),
            pid,
        )
        packaging = packaging_needed(price_unit, volume_unit, figures)
        key = (NegotiationStage(stage), currency, price_unit, volume_unit, packaging)
        seen = counts.setdefault(key, [0, 0])
        seen[0] += deals_
        seen[1] += valued_
        if total is not None:  # products packed alike are one group, as in group_deals
            sums[key] = sums.get(key, Decimal(0)) + Decimal(total).scaleb(scale)
    return [DealGroup(*key, n, v, sums.get(key)) for key, (n, v) in counts.items()]


_PACKAGING_SCALE = _scale_of(Product.__table__.c.kg_per_box)


def _figure(value: Any) -> Decimal | None:
    """A packaging figure read through a CASE (SQLite may give it as a float)."""
    if value is None:
        return None
    if isinstance(value, float):
        return rounded(Decimal(repr(value)), Decimal(1).scaleb(-_PACKAGING_SCALE))
    return Decimal(value)
