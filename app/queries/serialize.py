"""Plain dicts of stored values, for `--json` output and anything else that leaves the app.

Decimals become strings (exact to the last digit), dates ISO 8601, enums their value.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.batched import fetch_together
from app.queries.negotiation_summary import NegotiationSummary
from app.rules import countries
from app.services.common import is_id
from app.services.shipments import missing_documents
from app.services.suppliers import LABEL as SUPPLIER_LABEL
from models import (
    Contact,
    Negotiation,
    Offer,
    Product,
    Shipment,
    Supplier,
    SupplierCertification,
    Tag,
)
from models.supplier import supplier_products, supplier_tags


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: plain(getattr(obj, name)) for name in names}


_AUDIT = ("created_at", "updated_at", "created_by", "updated_by", "version")
_CERTIFICATION = ("kind", "reference", "valid_until")


def supplier_dict(supplier: Supplier | Any, *, detail: bool = False) -> dict[str, Any]:
    """The supplier's stored values (`supplier` a Supplier, or a row of its columns);
    `detail` adds its tags, products, certifications and contacts (a Supplier's)."""
    data = _fields(
        supplier,
        ("id", "name", "legal_name", "kind", "status", "country"),
    )
    data["country_name"] = countries.name(supplier.country)
    data.update(
        _fields(
            supplier,
            ("region", "city", "address", "tax_id", "website", "email", "phone", "notes"),
        )
    )
    data["archived"] = supplier.archived_at is not None
    data.update(_fields(supplier, _AUDIT))
    if detail:
        data["tags"] = [t.name for t in supplier.tags]
        data["products"] = [p.name for p in supplier.products]
        data["certifications"] = [_fields(c, _CERTIFICATION) for c in supplier.certifications]
        data["contacts"] = [contact_dict(c) for c in supplier.contacts]
    return data


def supplier_detail_dict(session: Session, supplier_id: int) -> dict[str, Any]:
    """supplier_dict(get_supplier(...), detail=True) in one round trip: the supplier, its
    tags, products, certifications and contacts read together (app.queries.batched), in
    the order the relationships keep. NotFoundError as get_supplier."""
    if not is_id(supplier_id):
        raise NotFoundError(SUPPLIER_LABEL, supplier_id)
    contact = Contact.__table__.c
    certification = SupplierCertification.__table__.c
    suppliers, tags, products, certifications, contacts = fetch_together(
        session,
        select(*Supplier.__table__.c).where(Supplier.id == supplier_id),
        select(Tag.name)
        .join(supplier_tags, supplier_tags.c.tag_id == Tag.id)
        .where(supplier_tags.c.supplier_id == supplier_id)
        .order_by(Tag.name),
        select(Product.name)
        .join(supplier_products, supplier_products.c.product_id == Product.id)
        .where(supplier_products.c.supplier_id == supplier_id)
        .order_by(Product.name),
        select(*(certification[name] for name in _CERTIFICATION))
        .where(certification.supplier_id == supplier_id)
        .order_by(certification.id),
        select(*(contact[name] for name in _CONTACT))
        .where(contact.supplier_id == supplier_id)
        .order_by(contact.id),
    )
    if not suppliers:
        raise NotFoundError(SUPPLIER_LABEL, supplier_id)
    data = supplier_dict(suppliers[0])
    data["tags"] = [t.name for t in tags]
    data["products"] = [p.name for p in products]
    data["certifications"] = [_fields(c, _CERTIFICATION) for c in certifications]
    data["contacts"] = [contact_dict(c) for c in contacts]
    return data


_CONTACT = (
    "id",
    "supplier_id",
    "name",
    "role",
    "email",
    "phone",
    "whatsapp",
    "wechat",
    "language",
    "is_primary",
    "notes",
    "version",
)


def contact_dict(contact: Contact | Any) -> dict[str, Any]:
    """A contact's values (`contact` a Contact, or a row of its columns)."""
    return _fields(contact, _CONTACT)


_NEGOTIATION = (
    "id",
    "supplier_id",
    "product_id",
    "title",
    "stage",
    "grade",
    "target_volume",
    "volume_unit",
    "target_price",
    "currency",
    "price_unit",
    "incoterm",
    "incoterm_place",
    "origin_port",
    "destination_port",
    "payment_terms",
    "delivery_start",
    "delivery_end",
    "owner",
    "expected_close",
    "notes",
)


def negotiation_dict(
    negotiation: Negotiation, summary: NegotiationSummary | None = None
) -> dict[str, Any]:
    data = _fields(negotiation, _NEGOTIATION)
    data["supplier"] = negotiation.supplier.name
    data["product"] = negotiation.product.name
    data["archived"] = negotiation.is_archived
    data.update(_fields(negotiation, _AUDIT))
    if summary is not None:
        data["offers"] = [offer_dict(o) for o in negotiation.offers]
        data["latest_supplier_price"] = _price(summary.latest_supplier)
        data["latest_buyer_price"] = _price(summary.latest_buyer)
        data["gap"] = (
            {
                "amount": plain(summary.gap.amount),
                "percent": plain(summary.gap.percent),
                "currency": summary.gap.currency,
                "price_unit": plain(summary.gap.price_unit),
            }
            if summary.gap
            else None
        )
        data["gap_note"] = summary.gap_note
        data["supplier_trend"] = summary.supplier_trend
        data["buyer_trend"] = summary.buyer_trend
        data["shipments"] = [shipment_dict(s) for s in negotiation.shipments]
    return data


def _price(point: Any) -> str | None:
    return None if point is None else str(point.price)


def offer_dict(offer: Offer) -> dict[str, Any]:
    return _fields(
        offer,
        (
            "id",
            "side",
            "offered_on",
            "price",
            "currency",
            "price_unit",
            "volume",
            "volume_unit",
            "incoterm",
            "incoterm_place",
            "valid_until",
            "notes",
        ),
    )


def shipment_dict(shipment: Shipment) -> dict[str, Any]:
    data = _fields(
        shipment,
        (
            "id",
            "negotiation_id",
            "reference",
            "mode",
            "status",
            "container_no",
            "seal_no",
            "transport_doc_no",
            "carrier",
            "vessel",
            "origin_port",
            "destination_port",
            "reefer_setpoint_c",
            "etd",
            "eta",
            "atd",
            "ata",
            "notes",
            "version",
        ),
    )
    data["supplier"] = shipment.negotiation.supplier.name
    data["missing_documents"] = [k.value for k in missing_documents(shipment)]
    return data
