"""A negotiation at a glance: latest offer of each side, the gap, the price trend.

The gap is the supplier's latest price minus ours. When both offers share currency, unit
and Incoterm it is the difference of the prices as offered; otherwise it is the
difference of their landed costs per kg in the reporting currency, each offer taken at
its own date (its own exchange rates, route and tariff: app.queries.landed_costs), and
the note says so ("gap on landed cost, CNY/kg"). When a landed cost cannot be computed
the note names every missing input instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from app.errors import NotFoundError
from app.messages import join, translate
from app.queries.landed_costs import (
    LandedBook,
    LandedSettings,
    deal_terms,
    offer_terms,
)
from app.rules.landed_ladder import SHOWN_LINE, Landed
from app.rules.parsing import rounded
from app.services.common import is_id
from app.services.negotiations import LABEL
from models import (
    Incoterm,
    Negotiation,
    NegotiationStage,
    Offer,
    OfferSide,
    Shipment,
    ShipmentDocument,
    ShipmentStatus,
    Unit,
)


@dataclass(frozen=True)
class PricePoint:
    offer_id: int
    round: int
    offered_on: date
    side: OfferSide
    price: Decimal
    currency: str
    price_unit: str
    change: Decimal | None
    """Against the same side's previous offer in the same currency and unit."""
    change_percent: Decimal | None
    incoterm: Incoterm | None = None
    """The term the price is at: the offer's, else the deal's."""


@dataclass(frozen=True)
class Gap:
    amount: Decimal
    """Supplier's latest price minus ours: positive means they still ask for more. On
    landed cost: to 4 decimals, as the breakdown lines are shown."""
    percent: Decimal
    """Of the supplier's price (its landed cost, for a gap on landed cost)."""
    currency: str
    price_unit: str
    landed: bool = False
    """True: the gap between the landed costs per kg in the reporting currency (the
    offers differ in currency, unit or Incoterm); False: between the prices offered."""

    @property
    def basis(self) -> str | None:
        """What a landed gap is on ('gap on landed cost, CNY/kg'); None for a plain one."""
        if not self.landed:
            return None
        return translate("Queries", "gap on landed cost, {currency}/kg").format(
            currency=self.currency
        )


@dataclass(frozen=True)
class ShipmentBrief:
    shipment_id: int
    reference: str
    status: ShipmentStatus
    etd: date | None
    eta: date | None


@dataclass(frozen=True)
class NegotiationSummary:
    negotiation_id: int
    title: str
    stage: NegotiationStage
    rounds: list[PricePoint]
    latest_supplier: PricePoint | None
    latest_buyer: PricePoint | None
    gap: Gap | None
    gap_note: str | None
    """Why there is no gap (an offer missing, or a landed cost lacking inputs, named), or
    what a gap across currencies, units or Incoterms is on ('gap on landed cost, CNY/kg')."""
    supplier_trend: str
    buyer_trend: str
    shipments: list[ShipmentBrief]


def _trend(points: list[PricePoint]) -> str:
    comparable = (
        [
            p
            for p in points
            if p.currency == points[-1].currency and p.price_unit == points[-1].price_unit
        ]
        if points
        else []
    )
    if len(comparable) < 2:
        return translate("Queries", "no trend yet")
    first, last = comparable[0].price, comparable[-1].price
    if last < first:
        return translate("Queries", "falling")
    if last > first:
        return translate("Queries", "rising")
    return translate("Queries", "flat")


def _points(offers: list[Offer], deal_incoterm: Incoterm | None = None) -> list[PricePoint]:
    last_by_side: dict[OfferSide, Offer] = {}
    points = []
    for number, offer in enumerate(offers, start=1):
        previous = last_by_side.get(offer.side)
        change = percent = None
        if (
            previous is not None
            and previous.currency == offer.currency
            and previous.price_unit == offer.price_unit
        ):
            change = offer.price - previous.price
            percent = rounded(change / previous.price * 100, Decimal("0.1"))
        points.append(
            PricePoint(
                offer_id=offer.id,
                round=number,
                offered_on=offer.offered_on,
                side=offer.side,
                price=offer.price,
                currency=offer.currency,
                price_unit=offer.price_unit,
                change=change,
                change_percent=percent,
                incoterm=offer.incoterm or deal_incoterm,
            )
        )
        last_by_side[offer.side] = offer
    return points


LandedOf = Callable[[], Mapping[int, Landed]]
"""Gives the landed cost of the offers (by id) a gap may need: called only when the
latest offers differ in currency, unit or Incoterm."""


def _differences(supplier: PricePoint, buyer: PricePoint) -> list[str]:
    pairs = (
        (translate("Queries", "currency ({ours}, {theirs})"), supplier.currency, buyer.currency),
        (translate("Queries", "unit ({ours}, {theirs})"), supplier.price_unit, buyer.price_unit),
        (translate("Queries", "Incoterm ({ours}, {theirs})"), supplier.incoterm, buyer.incoterm),
    )
    none = translate("Queries", "none")
    return [what.format(ours=a or none, theirs=b or none) for what, a, b in pairs if a != b]


def _and(parts: list[str]) -> str:
    """'a', 'a and b', 'a and b and c' (at most three differences)."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return translate("Queries", "{first} and {second}").format(first=parts[0], second=parts[1])
    return translate("Queries", "{first} and {second} and {third}").format(
        first=parts[0], second=parts[1], third=" and ".join(parts[2:])
    )


def gap_between(
    supplier: PricePoint | None, buyer: PricePoint | None, landed: LandedOf | None = None
) -> tuple[Gap | None, str | None]:
    """The gap and its note (see NegotiationSummary.gap_note). Without `landed`, offers
    that differ in currency, unit or Incoterm get no gap, only the note saying how."""
    if supplier is None or buyer is None:
        if supplier is None:
            return None, translate("Queries", "no offer from the supplier yet")
        return None, translate("Queries", "no offer from us yet")
    differences = _differences(supplier, buyer)
    if not differences:
        amount = supplier.price - buyer.price
        percent = rounded(amount / supplier.price * 100, Decimal("0.1"))
        return Gap(amount, percent, supplier.currency, supplier.price_unit), None
    differ = translate("Queries", "offers differ in {differences}").format(
        differences=_and(differences)
    )
    if landed is None:
        return None, differ
    costs = landed()
    theirs, ours = costs.get(supplier.offer_id), costs.get(buyer.offer_id)
    if theirs is None or ours is None:
        return None, differ
    if theirs.per_kg is None or ours.per_kg is None:
        inputs = dict.fromkeys((*theirs.missing, *ours.missing))
        lacking = join("; ", list(inputs)) or translate("Queries", "its inputs")
        return None, translate(
            "Queries", "{differ}; no landed cost to compare without: {lacking}"
        ).format(differ=differ, lacking=lacking)
    amount = (theirs.per_kg - ours.per_kg).quantize(SHOWN_LINE)
    percent = rounded(amount / theirs.per_kg * 100, Decimal("0.1")) if theirs.per_kg else Decimal(0)
    gap = Gap(amount, percent, theirs.currency, Unit.KG.value, landed=True)
    return gap, gap.basis


def offers_landed(
    session: Session,
    negotiation_id: int,
    offers: Iterable[Offer],
    settings: LandedSettings | None = None,
) -> dict[int, Landed]:
    """The landed cost of `offers` (of one negotiation), each at its own date: one
    deal_terms query and one LandedBook (four queries) for all of them."""
    chosen = list(offers)
    if not chosen:
        return {}
    terms = deal_terms(session, [negotiation_id]).get(negotiation_id)
    if terms is None:
        return {}
    book = LandedBook.load(
        session,
        settings,
        until=max(o.offered_on for o in chosen),
        origins=[terms.origin_country] if terms.origin_country else [],
        currencies={o.currency for o in chosen},
        since=min(o.offered_on for o in chosen),
        deals=[terms],
    )
    return {o.id: book.landed(terms, offer_terms(o)) for o in chosen}


def summarize(
    negotiation: Negotiation, landed: Callable[[list[int]], Mapping[int, Landed]]
) -> NegotiationSummary:
    """The summary of a loaded negotiation; `landed(offer_ids)` gives landed costs when
    the gap needs them."""
    points = _points(list(negotiation.offers), negotiation.incoterm)
    by_side = {
        side: [p for p in points if p.side is side]
        for side in (OfferSide.SUPPLIER, OfferSide.BUYER)
    }
    latest_supplier = by_side[OfferSide.SUPPLIER][-1] if by_side[OfferSide.SUPPLIER] else None
    latest_buyer = by_side[OfferSide.BUYER][-1] if by_side[OfferSide.BUYER] else None
    wanted = [p.offer_id for p in (latest_supplier, latest_buyer) if p is not None]
    gap, note = gap_between(latest_supplier, latest_buyer, lambda: landed(wanted))
    return NegotiationSummary(
        negotiation_id=negotiation.id,
        title=negotiation.title,
        stage=negotiation.stage,
        rounds=points,
        latest_supplier=latest_supplier,
        latest_buyer=latest_buyer,
        gap=gap,
        gap_note=note,
        supplier_trend=_trend(by_side[OfferSide.SUPPLIER]),
        buyer_trend=_trend(by_side[OfferSide.BUYER]),
        shipments=[
            ShipmentBrief(s.id, s.reference, s.status, s.etd, s.eta) for s in negotiation.shipments
        ],
    )


def load_negotiation(
    session: Session, negotiation_id: int, *, documents: bool = False, joined: bool = False
) -> Negotiation:
    """The negotiation with its supplier, product, offers and shipments in one statement
    (JOINs: a deal has a few offers and fewer shipments), and with `documents` each
    shipment's documents in a second, or `joined` in the same one (a row per offer and
    paper: tens of rows for one deal; one round trip instead of two, as the command
    line's `negotiations show` reads it). NotFoundError as get_negotiation."""
    shipments = joinedload(Negotiation.shipments)
    if documents and joined:
        shipments = shipments.joinedload(Shipment.documents)
    negotiation = (
        session.scalars(
            select(Negotiation)
            .where(Negotiation.id == negotiation_id)
            .options(
                joinedload(Negotiation.supplier),
                joinedload(Negotiation.product),
                joinedload(Negotiation.offers),
                shipments,
            )
        )
        .unique()
        .one_or_none()
        if is_id(negotiation_id)
        else None
    )
    if negotiation is None:
        raise NotFoundError(LABEL, negotiation_id)
    if documents and not joined and negotiation.shipments:
        by_shipment: dict[int, list[ShipmentDocument]] = {s.id: [] for s in negotiation.shipments}
        for document in session.scalars(
            select(ShipmentDocument)
            .join(Shipment, Shipment.id == ShipmentDocument.shipment_id)
            .where(Shipment.negotiation_id == negotiation.id)
            .order_by(ShipmentDocument.id)
        ):
            by_shipment.setdefault(document.shipment_id, []).append(document)
        for shipment in negotiation.shipments:
            if "documents" not in shipment.__dict__:  # not loaded already
                set_committed_value(shipment, "documents", by_shipment[shipment.id])
    return negotiation


def negotiation_summary(
    session: Session, negotiation_id: int, settings: LandedSettings | None = None
) -> NegotiationSummary:
    """The summary of one negotiation; a gap across currencies, units or Incoterms is on
    landed cost in `settings`' reporting currency (default: LandedSettings())."""
    return summary_of(session, load_negotiation(session, negotiation_id), settings)


def summary_of(
    session: Session, negotiation: Negotiation, settings: LandedSettings | None = None
) -> NegotiationSummary:
    """negotiation_summary of a negotiation loaded already (load_negotiation): no further
    statement unless the gap needs landed costs."""

    def landed(offer_ids: list[int]) -> Mapping[int, Landed]:
        offers = [o for o in negotiation.offers if o.id in offer_ids]
        return offers_landed(session, negotiation.id, offers, settings)

    return summarize(negotiation, landed)
