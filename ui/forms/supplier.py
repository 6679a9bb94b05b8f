"""The supplier form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.database import Database
from app.serialize import supplier_dict
from app.services.suppliers import (
    SUPPLIER_FIELDS,
    create_supplier,
    get_supplier,
    update_supplier,
)
from app.vocabulary import label
from models import SupplierKind, SupplierStatus
from ui.forms.base import RecordForm
from ui.widgets import choice_combo, country_combo


class SupplierForm(RecordForm):
    entity = "Supplier"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, SUPPLIER_FIELDS, parent)
        self.line("name")
        self.line("legal_name")
        self.bind(
            "status", choice_combo([(s.value, label(s)) for s in SupplierStatus], allow_empty=False)
        )
        self.bind("kind", choice_combo([(k.value, label(k)) for k in SupplierKind]))
        self.bind("country", country_combo())
        self.line("region")
        self.line("city")
        self.line("address")
        self.line("tax_id", "RFC, RUT, CUIT, CNPJ, RUC, NIT…")
        self.line("website")
        self.line("email")
        self.line("phone", "local or +country code")
        self.text_area("notes")

    def create(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        supplier = create_supplier(session, values)
        return supplier.id, supplier.version

    def update(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        return update_supplier(
            session, record_id, values, expected_version=expected_version
        ).version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        supplier = get_supplier(session, record_id)
        return supplier.version, supplier_dict(supplier)
