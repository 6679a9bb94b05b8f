"""The supplier form: its own fields, and under them the tabs of everything that belongs
to the supplier (ui.forms.supplier_panels)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.queries.serialize import supplier_dict
from app.rules.vocabulary import label
from app.services.suppliers import (
    SUPPLIER_FIELDS,
    create_supplier,
    get_supplier,
    update_supplier,
)
from app.store.database import Database
from models import SupplierKind, SupplierStatus
from ui.forms.base import RecordForm, to_text
from ui.forms.supplier_panel_base import SupplierRef
from ui.forms.supplier_panels import SupplierPanels
from ui.widgets import choice_combo, country_combo


class SupplierForm(RecordForm):
    entity = "Supplier"
    related_changed = Signal()
    """A contact, tag, certification or note of the supplier was saved from a tab."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, SUPPLIER_FIELDS, parent)
        self._fields_only = False
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
        self.panels = SupplierPanels(database)
        # Shown under the fields; the suppliers view moves it under its Save button.
        self.outer.addWidget(self.panels)
        self.panels.changed.connect(self._related_changed)
        self.panels.show_supplier(None)

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        super().load(record_id, version, values)
        if self._fields_only:
            return
        supplier = None
        if record_id is not None:
            supplier = SupplierRef(record_id, str(values.get("name", "")), str(values["country"]))
        self.panels.show_supplier(supplier)

    def show_first_tab(self) -> None:
        """The supplier's tabs (which the suppliers view lays out beside the form) too."""
        super().show_first_tab()
        self.panels.tabs.setCurrentIndex(0)

    def _related_changed(self) -> None:
        """A tab saved something; a new contact also bumps the supplier's version.

        If nobody changed the supplier's own fields meanwhile, take the new version so
        the user's next save is not refused as a conflict; with no edits pending, show
        the stored fields again. A real change by someone else is left for save() to find.
        """
        if self.record_id is not None:
            try:
                with self.database.transaction() as session:
                    version, stored = self.fetch(session, self.record_id)
            except ServiceError:
                version, stored = None, None
            if version is not None and stored is not None:
                if not self.is_dirty():
                    self._fields_only = True
                    try:
                        self.load(self.record_id, version, stored)
                    finally:
                        self._fields_only = False
                else:
                    theirs = {name: to_text(stored.get(name)) for name in self.bindings}
                    if theirs == self._original:
                        self.version = version
        self.related_changed.emit()

    def create_record(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        supplier = create_supplier(session, values)
        return supplier.id, supplier.version

    def update_record(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        return update_supplier(
            session, record_id, values, expected_version=expected_version
        ).version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        supplier = get_supplier(session, record_id)
        return supplier.version, supplier_dict(supplier)
