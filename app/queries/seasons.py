"""The season calendar as the Season view and `season show` present it.

season_grid gives, for one year, a row per product and origin country: the level of each
month (shipping, peak, or out of season), the open negotiations of that product from that
origin placed on the months of their delivery window (or of their expected close), and
the shipments still to arrive (planned, booked, in transit) placed on the months from
their ETD to their ETA, each with its flags (app.rules.seasons). A row exists for every
product and origin with a season recorded, and for any other where a negotiation or a
shipment falls in the year (its months then all read out of season: worth a look).

Four queries whatever the size: the products, the windows, the negotiations, the
shipments. A negotiation's or a shipment's origin is its supplier's country.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.queries.batched import AnySelect, fetch_together
from app.rules.seasons import (
    DEFAULT_SHELF_LIFE_MARGIN_DAYS,
    SeasonFacts,
    ShipmentFlag,
    chinese_new_year,
    months_between,
)
from app.rules.seasons import (
    shipment_flags as flags_of,
)
from app.services.common import get_or_fail
from models import (
    Negotiation,
    NegotiationStage,
    Product,
    SeasonLevel,
    SeasonWindow,
    Shipment,
    ShipmentStatus,
    Supplier,
)
from models.text import fold

OPEN_STAGES = (
    NegotiationStage.LEAD,
    NegotiationStage.SAMPLING,
    NegotiationStage.NEGOTIATING,
    NegotiationStage.AGREED,
    NegotiationStage.CONTRACTED,
)
"""A negotiation in one of these stages is still to deliver."""

COMING_STATUSES = (ShipmentStatus.PLANNED, ShipmentStatus.BOOKED, ShipmentStatus.IN_TRANSIT)
"""A shipment in one of these has not reached China yet."""


@dataclass(frozen=True)
class GridNegotiation:
    id: int
    title: str
    supplier: str
    stage: NegotiationStage
    start: date
    end: date
    """The delivery window (or the expected close, both ends the same day)."""
    by_expected_close: bool
    months: tuple[int, ...]
    """The months of the grid's year it touches."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "supplier": self.supplier,
            "stage": self.stage.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "placed_by": "expected_close" if self.by_expected_close else "delivery_window",
            "months": list(self.months),
        }


@dataclass(frozen=True)
class GridShipment:
    id: int
    reference: str
    negotiation_id: int
    supplier: str
    status: ShipmentStatus
    etd: date | None
    eta: date | None
    months: tuple[int, ...]
    flags: tuple[ShipmentFlag, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "reference": self.reference,
            "negotiation_id": self.negotiation_id,
            "supplier": self.supplier,
            "status": self.status.value,
            "etd": self.etd.isoformat() if self.etd else None,
            "eta": self.eta.isoformat() if self.eta else None,
            "months": list(self.months),
            "flags": [f.as_dict() for f in self.flags],
        }


@dataclass
class SeasonRow:
    product_id: int
    product: str
    origin: str
    """ISO country code."""
    for_chinese_new_year: bool
    shelf_life_days: int | None
    levels: dict[int, SeasonLevel] = field(default_factory=dict)
    """Month -> level; a month not in it is out of season."""
    negotiations: list[GridNegotiation] = field(default_factory=list)
    shipments: list[GridShipment] = field(default_factory=list)

    def level(self, month: int) -> SeasonLevel | None:
        return self.levels.get(month)

    def negotiations_in(self, month: int) -> list[GridNegotiation]:
        return [n for n in self.negotiations if month in n.months]

    def shipments_in(self, month: int) -> list[GridShipment]:
        return [s for s in self.shipments if month in s.months]

    @property
    def has_season(self) -> bool:
        return bool(self.levels)

    def as_dict(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "product": self.product,
            "origin": self.origin,
            "for_chinese_new_year": self.for_chinese_new_year,
            "shelf_life_days": self.shelf_life_days,
            "months": {
                str(m): (self.levels[m].value if m in self.levels else None) for m in range(1, 13)
            },
            "negotiations": [n.as_dict() for n in self.negotiations],
            "shipments": [s.as_dict() for s in self.shipments],
        }


@dataclass(frozen=True)
class SeasonGrid:
    year: int
    chinese_new_year: date | None
    """Chinese New Year of the year (None outside the table's years)."""
    rows: list[SeasonRow]
    products: list[tuple[int, str]]
    """Every product (id, name), by name: what a filter offers."""
    product_id: int | None
    margin_days: int

    @property
    def flagged(self) -> list[GridShipment]:
        return [s for row in self.rows for s in row.shipments if s.flags]

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "chinese_new_year": self.chinese_new_year.isoformat()
            if self.chinese_new_year
            else None,
            "shelf_life_margin_days": self.margin_days,
            "rows": [row.as_dict() for row in self.rows],
        }


def _windows(product_id: int | None) -> AnySelect:
    windows = select(
        SeasonWindow.product_id, SeasonWindow.origin, SeasonWindow.month, SeasonWindow.level
    )
    if product_id is not None:
        windows = windows.where(SeasonWindow.product_id == product_id)
    return windows


def _deals(product_id: int | None, first: date, last: date) -> AnySelect:
    start = func.coalesce(
        Negotiation.delivery_start, Negotiation.delivery_end, Negotiation.expected_close
    )
    end = func.coalesce(
        Negotiation.delivery_end, Negotiation.delivery_start, Negotiation.expected_close
    )
    deals = (
        select(
            Negotiation.id,
            Negotiation.title,
            Negotiation.stage,
            Negotiation.product_id,
            Negotiation.delivery_start,
            Negotiation.delivery_end,
            Negotiation.expected_close,
            Supplier.name,
            Supplier.country,
        )
        .join(Supplier, Supplier.id == Negotiation.supplier_id)
        .where(
            Negotiation.stage.in_(OPEN_STAGES),
            Negotiation.archived_at.is_(None),
            start <= last,
            end >= first,
        )
        .order_by(start, Negotiation.id)
    )
    if product_id is not None:
        deals = deals.where(Negotiation.product_id == product_id)
    return deals


def _shipments(product_id: int | None, first: date, last: date) -> AnySelect:
    s_start = func.coalesce(Shipment.etd, Shipment.eta)
    s_end = func.coalesce(Shipment.eta, Shipment.etd)
    shipments = (
        select(
            Shipment.id,
            Shipment.reference,
            Shipment.negotiation_id,
            Shipment.status,
            Shipment.etd,
            Shipment.eta,
            Negotiation.product_id,
            Supplier.name,
            Supplier.country,
        )
        .join(Negotiation, Negotiation.id == Shipment.negotiation_id)
        .join(Supplier, Supplier.id == Negotiation.supplier_id)
        .where(
            Shipment.status.in_(COMING_STATUSES),
            or_(Shipment.etd.is_not(None), Shipment.eta.is_not(None)),
            and_(s_start <= last, s_end >= first),
        )
        .order_by(s_start, Shipment.id)
    )
    if product_id is not None:
        shipments = shipments.where(Negotiation.product_id == product_id)
    return shipments


def season_grid(
    session: Session,
    *,
    year: int,
    product_id: int | None = None,
    margin_days: int = DEFAULT_SHELF_LIFE_MARGIN_DAYS,
) -> SeasonGrid:
    """The calendar of `year` (of one product, or all): four queries, sent together (one
    round trip on PostgreSQL)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    product_rows, window_rows, deal_rows, shipment_rows = fetch_together(
        session,
        select(Product.id, Product.name, Product.for_chinese_new_year, Product.shelf_life_days),
        _windows(product_id),
        _deals(product_id, first, last),
        _shipments(product_id, first, last),
    )
    products = {pid: (name, cny, shelf) for pid, name, cny, shelf in product_rows}
    rows: dict[tuple[int, str], SeasonRow] = {}

    def row_of(pid: int, origin: str) -> SeasonRow:
        key = (pid, origin)
        if key not in rows:
            name, cny, shelf = products[pid]
            rows[key] = SeasonRow(pid, name, origin, bool(cny), shelf)
        return rows[key]

    for pid, origin, month, level in window_rows:
        row_of(pid, origin).levels[month] = level

    for nid, title, stage, pid, d_start, d_end, close, supplier, country in deal_rows:
        by_close = d_start is None and d_end is None
        low = d_start or d_end or close
        high = d_end or d_start or close
        if low is None or high is None:  # the query leaves these out
            continue
        row_of(pid, country).negotiations.append(
            GridNegotiation(
                nid,
                title,
                supplier,
                stage,
                low,
                high,
                by_close,
                tuple(months_between(low, high, year)),
            )
        )

    for sid, reference, nid, status, etd, eta, pid, supplier, country in shipment_rows:
        _name, cny, shelf = products[pid]
        facts = SeasonFacts(bool(cny), shelf, margin_days)
        low, high = etd or eta, eta or etd
        if low is None or high is None:  # the query leaves these out
            continue
        row_of(pid, country).shipments.append(
            GridShipment(
                sid,
                reference,
                nid,
                supplier,
                status,
                etd,
                eta,
                tuple(months_between(low, high, year)),
                tuple(flags_of(facts, etd, eta)),
            )
        )

    ordered = sorted(rows.values(), key=lambda r: (fold(r.product), r.origin))
    names = sorted(((pid, p[0]) for pid, p in products.items()), key=lambda p: fold(p[1]))
    return SeasonGrid(year, chinese_new_year(year), ordered, names, product_id, margin_days)


def shipment_season_facts(
    session: Session, shipment_id: int, margin_days: int = DEFAULT_SHELF_LIFE_MARGIN_DAYS
) -> SeasonFacts:
    """What the flags of the shipment depend on besides its dates (its product's), one
    query: the shipment form works its flags out again as its dates are edited."""
    found = session.execute(
        select(Product.for_chinese_new_year, Product.shelf_life_days)
        .join(Negotiation, Negotiation.product_id == Product.id)
        .join(Shipment, Shipment.negotiation_id == Negotiation.id)
        .where(Shipment.id == shipment_id)
    ).first()
    if found is None:
        get_or_fail(session, Shipment, shipment_id, "Shipment")  # NotFoundError
        return SeasonFacts(margin_days=margin_days)
    return SeasonFacts(bool(found[0]), found[1], margin_days)


def shipment_flags(
    session: Session, shipment_id: int, margin_days: int = DEFAULT_SHELF_LIFE_MARGIN_DAYS
) -> list[ShipmentFlag]:
    """The flags of the shipment as stored (app.rules.seasons.shipment_flags)."""
    shipment = get_or_fail(session, Shipment, shipment_id, "Shipment")
    facts = shipment_season_facts(session, shipment_id, margin_days)
    return flags_of(facts, shipment.etd, shipment.eta)
