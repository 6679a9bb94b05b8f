"""The records app.services.bulk inserts: already-normalised values, one dataclass per row kind.

They are built by the hundred thousand (an import of 100,000 rows makes a supplier and
a contact record for each), so they are not frozen: a frozen dataclass's __init__ sets
every field through object.__setattr__, 1.3 us a supplier record against 0.3 us."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models import Incoterm, NegotiationStage, OfferSide, SupplierKind, SupplierStatus, Unit


@dataclass(slots=True)
class ContactRecord:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    """E.164."""
    whatsapp: str | None = None
    """E.164."""
    wechat: str | None = None
    language: str | None = None
    """ISO 639-1."""
    is_primary: bool = False
    notes: str | None = None


@dataclass(slots=True)
class SupplierRecord:
    name: str
    country: str
    """ISO 3166-1 alpha-2, upper case."""
    legal_name: str | None = None
    kind: SupplierKind | None = None
    status: SupplierStatus = SupplierStatus.PROSPECT
    region: str | None = None
    city: str | None = None
    address: str | None = None
    tax_id: str | None = None
    """As typed; the matching key is computed here."""
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    """E.164."""
    notes: str | None = None
    contacts: tuple[ContactRecord, ...] = ()
    product_names: tuple[str, ...] = ()
    """Products the supplier sells, found (or created) by folded name."""


@dataclass(slots=True)
class NegotiationRecord:
    supplier_id: int
    product_id: int
    title: str
    stage: NegotiationStage = NegotiationStage.LEAD
    currency: str | None = None
    price_unit: Unit | None = None
    target_price: Decimal | None = None
    target_volume: Decimal | None = None
    volume_unit: Unit | None = None
    incoterm: Incoterm | None = None
    incoterm_place: str | None = None
    grade: str | None = None
    origin_port: str | None = None
    destination_port: str | None = None
    payment_terms: str | None = None
    delivery_start: date | None = None
    delivery_end: date | None = None
    owner: str | None = None
    expected_close: date | None = None
    notes: str | None = None


@dataclass(slots=True)
class OfferRecord:
    negotiation_id: int
    side: OfferSide
    offered_on: date
    price: Decimal
    currency: str
    price_unit: Unit = Unit.KG
    volume: Decimal | None = None
    volume_unit: Unit | None = None
    incoterm: Incoterm | None = None
    incoterm_place: str | None = None
    valid_until: date | None = None
    notes: str | None = None
