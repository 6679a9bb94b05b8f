"""The negotiation form (terms only for now; offers and the chart: see issue 3)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import FieldError, ValidationError
from app.serialize import negotiation_dict
from app.services.negotiations import (
    NEGOTIATION_FIELDS,
    create_negotiation,
    get_negotiation,
    update_negotiation,
)
from app.vocabulary import label
from models import Incoterm, NegotiationStage, Unit
from ui.forms.base import RecordForm
from ui.lookups import supplier_search
from ui.widgets import RecordPicker, choice_combo, currency_combo

UNITS = [(u.value, u.value) for u in Unit]


class NegotiationForm(RecordForm):
    entity = "Negotiation"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, NEGOTIATION_FIELDS, parent)
        self.supplier = RecordPicker(supplier_search(database), "Type a supplier's name…")
        self.form.addRow("Supplier *", self.supplier)
        self.product = QLineEdit(placeholderText="Hass avocado, cherries…")
        self.form.addRow("Product *", self.product)
        self.line("title", "(default: product – supplier)")
        self.bind(
            "stage",
            choice_combo([(s.value, label(s)) for s in NegotiationStage], allow_empty=False),
        )
        self.line("grade", "Cat I, calibre 48…")
        self.line("target_volume")
        self.bind("volume_unit", choice_combo(UNITS))
        self.line("target_price")
        self.bind("currency", currency_combo())
        self.bind("price_unit", choice_combo(UNITS))
        self.bind("incoterm", choice_combo([(t.value, t.value) for t in Incoterm]))
        self.line("incoterm_place", "Valparaíso, Shanghai…")
        self.line("origin_port")
        self.line("destination_port")
        self.line("payment_terms")
        self.date("delivery_start")
        self.date("delivery_end")
        self.line("owner")
        self.date("expected_close")
        self.text_area("notes")

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        self.supplier.set_record(values.get("supplier_id"), str(values.get("supplier") or ""))
        self.supplier.setReadOnly(record_id is not None)
        self.product.setText(str(values.get("product") or ""))
        self.product.setReadOnly(record_id is not None)
        super().load(record_id, version, values)

    def create(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        supplier_id = self.supplier.value()
        if supplier_id is None:
            raise ValidationError(
                [FieldError("supplier_id", "Supplier", "choose the supplier from the list")]
            )
        negotiation = create_negotiation(
            session, supplier_id, values, product_name=self.product.text()
        )
        return negotiation.id, negotiation.version

    def update(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        return update_negotiation(
            session, record_id, values, expected_version=expected_version
        ).version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        negotiation = get_negotiation(session, record_id)
        return negotiation.version, negotiation_dict(negotiation)
