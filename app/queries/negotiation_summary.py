"""A negotiation at a glance: latest offer of each side, the gap, the price trend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.rules.parsing import rounded
from app.services.negotiations import get_negotiation
from models import NegotiationStage, Offer, OfferSide, ShipmentStatus


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


@dataclass(frozen=True)
class Gap:
    amount: Decimal
    """Supplier's latest price minus ours: positive means they still ask for more."""
    percent: Decimal
    """Of the supplier's price."""
    currency: str
    price_unit: str


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
    """Why there is no gap: an offer missing, or currencies/units that differ."""
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
        return "no trend yet"
    first, last = comparable[0].price, comparable[-1].price
    if last < first:
        return "falling"
    if last > first:
        return "rising"
    return "flat"


def _points(offers: list[Offer]) -> list[PricePoint]:
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
            )
        )
        last_by_side[offer.side] = offer
    return points


def gap_between(
    supplier: PricePoint | None, buyer: PricePoint | None
) -> tuple[Gap | None, str | None]:
    if supplier is None or buyer is None:
        missing = "the supplier" if supplier is None else "us"
        return None, f"no offer from {missing} yet"
    if supplier.currency != buyer.currency:
        return None, f"offers are in different currencies ({supplier.currency}, {buyer.currency})"
    if supplier.price_unit != buyer.price_unit:
        return None, f"offers are per different units ({supplier.price_unit}, {buyer.price_unit})"
    amount = supplier.price - buyer.price
    percent = rounded(amount / supplier.price * 100, Decimal("0.1"))
    return Gap(amount, percent, supplier.currency, supplier.price_unit), None


def negotiation_summary(session: Session, negotiation_id: int) -> NegotiationSummary:
    negotiation = get_negotiation(session, negotiation_id)
    points = _points(list(negotiation.offers))
    by_side = {
        side: [p for p in points if p.side is side]
        for side in (OfferSide.SUPPLIER, OfferSide.BUYER)
    }
    latest_supplier = by_side[OfferSide.SUPPLIER][-1] if by_side[OfferSide.SUPPLIER] else None
    latest_buyer = by_side[OfferSide.BUYER][-1] if by_side[OfferSide.BUYER] else None
    gap, note = gap_between(latest_supplier, latest_buyer)
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
