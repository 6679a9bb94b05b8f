"""What the shipment form shows, each in one statement (issue 18): the shipment with its
deal's title and the season facts of its product, and its documents' checklist with how
many files each carries. Reading the shipment through the ORM took three round trips one
after the other (the row, its deal, its product's facts), and the checklist three more.

Both are reads that go out with others (app.queries.batched): opening a shipment sends
them at once, and a save sends the record's read with its COMMIT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.queries.batched import AnyRow, AnySelect, OneRow
from app.rules.seasons import SeasonFacts
from app.services.shipments import LABEL
from models import (
    Attachment,
    DocumentKind,
    DocumentStatus,
    Negotiation,
    Product,
    Shipment,
    ShipmentDocument,
)


def shipment_record_read(shipment_id: int, margin_days: int) -> OneRow:
    """The shipment's stored values (as current_values gives them), its deal's title
    ('negotiation') and its product's season facts ('season_facts'), answering
    (version, values)."""
    shipment, deal, product = Shipment.__table__.c, Negotiation.__table__.c, Product.__table__.c
    statement = (
        select(
            *shipment,
            deal.title.label("negotiation_title"),
            product.for_chinese_new_year.label("product_cny"),
            product.shelf_life_days.label("product_shelf_life"),
        )
        .join(Negotiation.__table__, deal.id == shipment.negotiation_id)
        .join(Product.__table__, product.id == deal.product_id)
        .where(shipment.id == shipment_id)
    )

    def values_of(row: AnyRow) -> tuple[int, dict[str, Any]]:
        found = row._mapping
        values = {key: found[key] for key in _KEYS}
        values["negotiation"] = found["negotiation_title"]
        values["season_facts"] = SeasonFacts(
            bool(found["product_cny"]), found["product_shelf_life"], margin_days
        )
        return int(found["version"]), values

    return OneRow(statement, values_of, LABEL, shipment_id)


_KEYS = tuple(column.key for column in Shipment.__table__.columns)


@dataclass(frozen=True)
class DocumentRow:
    kind: DocumentKind
    status: DocumentStatus
    reference: str
    received_on: date | None
    document_id: int
    files: int


@dataclass(frozen=True)
class DocumentsRead:
    """A shipment's documents in their order, each with how many files it carries."""

    shipment_id: int

    @property
    def statements(self) -> tuple[AnySelect, AnySelect]:
        document = ShipmentDocument.__table__.c
        attached = Attachment.__table__.c.shipment_document_id
        ids = select(document.id).where(document.shipment_id == self.shipment_id)
        return (
            select(
                document.id,
                document.kind,
                document.status,
                document.reference,
                document.received_on,
            )
            .where(document.shipment_id == self.shipment_id)
            .order_by(document.id),
            select(attached, func.count()).where(attached.in_(ids)).group_by(attached),
        )

    def answer(self, _session: Any, found: Sequence[list[AnyRow]]) -> list[DocumentRow]:
        documents, counted = found
        files = {int(key): int(count) for key, count in counted}
        return [
            DocumentRow(
                DocumentKind(row.kind),
                DocumentStatus(row.status),
                row.reference or "",
                row.received_on,
                row.id,
                files.get(row.id, 0),
            )
            for row in documents
        ]
