"""The shipment form (fields only for now; documents checklist: see issue 3)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import FieldError, ValidationError
from app.serialize import shipment_dict
from app.services.shipments import (
    SHIPMENT_FIELDS,
    create_shipment,
    get_shipment,
    update_shipment,
)
from app.vocabulary import label
from models import ShipmentMode, ShipmentStatus
from ui.forms.base import RecordForm
from ui.widgets import choice_combo


class ShipmentForm(RecordForm):
    entity = "Shipment"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, SHIPMENT_FIELDS, parent)
        self.negotiation_id: int | None = None
        self.line("reference", "(automatic)")
        self.bind(
            "mode", choice_combo([(m.value, label(m)) for m in ShipmentMode], allow_empty=False)
        )
        self.bind(
            "status", choice_combo([(s.value, label(s)) for s in ShipmentStatus], allow_empty=False)
        )
        self.line("container_no", "MSKU1234565")
        self.line("seal_no")
        self.line("transport_doc_no")
        self.line("carrier")
        self.line("vessel")
        self.line("origin_port")
        self.line("destination_port")
        self.line("reefer_setpoint_c")
        self.date("etd")
        self.date("eta")
        self.date("atd")
        self.date("ata")
        self.text_area("notes")

    def create(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        if self.negotiation_id is None:
            raise ValidationError(
                [FieldError("negotiation", "Negotiation", "open the negotiation to ship under")]
            )
        shipment = create_shipment(session, self.negotiation_id, values)
        return shipment.id, shipment.version

    def update(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        return update_shipment(
            session, record_id, values, expected_version=expected_version
        ).version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        shipment = get_shipment(session, record_id)
        self.negotiation_id = shipment.negotiation_id
        return shipment.version, shipment_dict(shipment)
