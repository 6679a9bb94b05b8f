"""The list queries behind the negotiation, shipment and contact views and the CLI.

Suppliers have their own, index-backed search (app.search); these lists are smaller
(thousands, not hundreds of thousands) and filter with plain LIKE on folded keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.services.common import like_pattern
from models import (
    Contact,
    Negotiation,
    NegotiationStage,
    Product,
    Shipment,
    ShipmentStatus,
    Supplier,
)
from models.text import fold


@dataclass(frozen=True)
class NegotiationQuery:
    text: str = ""
    stages: Sequence[NegotiationStage] = ()
    supplier_id: int | None = None
    product_id: int | None = None
    owner: str | None = None
    include_archived: bool = False
    limit: int = 200
    offset: int = 0


def list_negotiations(session: Session, query: NegotiationQuery) -> list[Negotiation]:
    stmt: Select[Negotiation] = (
        select(Negotiation)
        .join(Negotiation.supplier)
        .join(Negotiation.product)
        .options(
            joinedload(Negotiation.supplier),
            joinedload(Negotiation.product),
            selectinload(Negotiation.offers),
        )
    )
    if query.text.strip():
        for word in fold(query.text).split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                or_(
                    Negotiation.title.ilike(pattern, escape="\\"),
                    Supplier.name_key.like(pattern, escape="\\"),
                    Product.key.like(pattern, escape="\\"),
                    Negotiation.owner.ilike(pattern, escape="\\"),
                )
            )
    if query.stages:
        stmt = stmt.where(Negotiation.stage.in_(list(query.stages)))
    if query.supplier_id is not None:
        stmt = stmt.where(Negotiation.supplier_id == query.supplier_id)
    if query.product_id is not None:
        stmt = stmt.where(Negotiation.product_id == query.product_id)
    if query.owner:
        stmt = stmt.where(Negotiation.owner == query.owner)
    if not query.include_archived:
        stmt = stmt.where(Negotiation.archived_at.is_(None))
    stmt = stmt.order_by(Negotiation.updated_at.desc(), Negotiation.id.desc())
    return list(session.scalars(stmt.limit(query.limit).offset(query.offset)).unique())


@dataclass(frozen=True)
class ShipmentQuery:
    text: str = ""
    statuses: Sequence[ShipmentStatus] = ()
    negotiation_id: int | None = None
    limit: int = 200
    offset: int = 0


def list_shipments(session: Session, query: ShipmentQuery) -> list[Shipment]:
    stmt: Select[Shipment] = (
        select(Shipment)
        .join(Shipment.negotiation)
        .join(Negotiation.supplier)
        .options(
            joinedload(Shipment.negotiation).joinedload(Negotiation.supplier),
            selectinload(Shipment.documents),
        )
    )
    if query.text.strip():
        for word in query.text.split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                or_(
                    Shipment.reference.ilike(pattern, escape="\\"),
                    Shipment.container_no.ilike(pattern, escape="\\"),
                    Shipment.transport_doc_no.ilike(pattern, escape="\\"),
                    Shipment.vessel.ilike(pattern, escape="\\"),
                    Supplier.name_key.like(like_pattern(fold(word)), escape="\\"),
                )
            )
    if query.statuses:
        stmt = stmt.where(Shipment.status.in_(list(query.statuses)))
    if query.negotiation_id is not None:
        stmt = stmt.where(Shipment.negotiation_id == query.negotiation_id)
    stmt = stmt.order_by(Shipment.etd.desc().nulls_last(), Shipment.id.desc())
    return list(session.scalars(stmt.limit(query.limit).offset(query.offset)).unique())


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    supplier_id: int | None = None
    limit: int = 200
    offset: int = 0


def list_contacts(session: Session, query: ContactQuery) -> list[Contact]:
    stmt: Select[Contact] = (
        select(Contact).join(Contact.supplier).options(joinedload(Contact.supplier))
    )
    if query.text.strip():
        for word in query.text.split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                or_(
                    Contact.name_key.like(like_pattern(fold(word)), escape="\\"),
                    Contact.email.ilike(pattern, escape="\\"),
                    Contact.phone.like(pattern, escape="\\"),
                    Supplier.name_key.like(like_pattern(fold(word)), escape="\\"),
                )
            )
    if query.supplier_id is not None:
        stmt = stmt.where(Contact.supplier_id == query.supplier_id)
    stmt = stmt.where(Supplier.archived_at.is_(None)).order_by(Contact.name, Contact.id)
    return list(session.scalars(stmt.limit(query.limit).offset(query.offset)))
