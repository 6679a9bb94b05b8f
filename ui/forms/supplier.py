"""The supplier form: its own fields, and under them the tabs of everything that belongs
to the supplier (ui.forms.supplier_panels)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.importing.similar_suppliers import SimilarSupplier, similar_suppliers
from app.queries.batched import OneRow, Together
from app.queries.serialize import supplier_dict
from app.rules.vocabulary import label
from app.services.suppliers import (
    LABEL as SUPPLIER_LABEL,
)
from app.services.suppliers import (
    SUPPLIER_FIELDS,
    create_supplier,
    get_supplier,
    update_supplier,
)
from app.store.database import Database
from models import Supplier, SupplierKind, SupplierStatus
from ui.duplicate_warning import DuplicateWarning
from ui.forms.base import RecordForm, to_text
from ui.forms.supplier_panel_base import SupplierRef
from ui.forms.supplier_panels import SupplierPanels
from ui.widgets import choice_combo, country_combo
from ui.worker import run_in_background

Identity = tuple[str, str, str | None]
"""A new supplier's (name, country code, tax id), compared with the existing ones."""

DUPLICATE_CHECK_DELAY_MS = 500
"""Typing pause after which a new supplier's name is compared with the existing ones."""


def saved_supplier_read(session: Session, supplier_id: int) -> OneRow:
    """The supplier's row, answering (version, values) as SupplierForm.fetch does."""
    table = Supplier.__table__
    return OneRow(
        select(*table.c).where(table.c.id == supplier_id),
        lambda row: (row.version, supplier_dict(row)),
        SUPPLIER_LABEL,
        supplier_id,
    )


class SupplierForm(RecordForm):
    entity = "Supplier"
    related_changed = Signal()
    """A contact, tag, certification or note of the supplier was saved from a tab."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, SUPPLIER_FIELDS, parent)
        self._fields_only = False
        self._after_save = False
        """The next load is the form's own save read back: the tabs keep their rows."""
        self._tabs_opened_for: int | None = None
        """The supplier whose tabs open_tabs_early() began to read."""
        self.saved_read_offers.append(lambda: self.panels.history_saved_read(self.record_id))
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
        self.line("phone", self.tr("local or +country code"))
        self.text_area("notes")
        self.panels = SupplierPanels(database)
        # Shown under the fields; the suppliers view moves it under its Save button.
        self.outer.addWidget(self.panels)
        self.panels.changed.connect(self._related_changed)
        self.panels.show_supplier(None)
        self._build_duplicate_check()

    # --- a new supplier that may exist already -------------------------------------------

    def _build_duplicate_check(self) -> None:
        """As a new supplier's name, country or tax id is typed, after a pause, the
        suppliers it looks like are looked up off the UI thread and named in a banner;
        Save looks them up first if the pause has not come yet."""
        self.duplicates = DuplicateWarning()
        self.outer.insertWidget(self.outer.indexOf(self.title) + 1, self.duplicates)
        self.duplicates.open_requested.connect(
            lambda supplier_id: self.panels.open_requested.emit("supplier", supplier_id)
        )
        self.duplicates.save_anyway.connect(self._save_anyway)
        self._duplicate_delay = QTimer(self, singleShot=True, interval=DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_delay.timeout.connect(self._check_duplicates)
        self._checks = 0
        """Look-ups started: only the latest one's answer is shown."""
        self._checked_identity: Identity | None = None
        """The (name, country, tax id) the banner's answer is for."""
        self._accepted_twin = False
        for name in ("name", "legal_name", "tax_id", "country"):
            widget = self.bindings[name].widget
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._identity_edited)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self._identity_edited)

    def _identity_edited(self, _text: str = "") -> None:
        if self.record_id is None and self.isEnabled():
            self._accepted_twin = False
            self._duplicate_delay.start()

    def _identity(self) -> Identity:
        name = self.bindings["name"].text().strip()
        tax_id = self.bindings["tax_id"].text().strip() or None
        return name, str(self.context().get("country") or ""), tax_id

    def _look_up(self, identity: Identity) -> list[SimilarSupplier]:
        name, country, tax_id = identity
        if not country or not (name or tax_id):
            return []
        with self.database.transaction() as session:
            return similar_suppliers(session, name, country, tax_id)

    def _check_duplicates(self) -> None:
        self._duplicate_delay.stop()
        self._checks += 1
        check, identity = self._checks, self._identity()
        if self.record_id is not None:
            return
        run_in_background(
            lambda: self._look_up(identity),
            lambda found: self._checked(check, identity, found),
            lambda _error: None,  # no warning is no reason not to save; Save asks again
        )

    def _checked(self, check: int, identity: Identity, found: list[SimilarSupplier]) -> None:
        if check != self._checks or self.record_id is not None:
            return  # typed on since, or saved, or another record shown
        self._checked_identity = identity
        self.duplicates.show_similar(found)

    def _save_anyway(self) -> None:
        self._accepted_twin = True
        self.duplicates.show_similar([])
        self.save()

    def save(self) -> bool:
        """A new supplier that looks like an existing one is saved only once the user
        says it is another company (Save anyway). One not compared yet (saved before the
        typing pause) is compared here first: a query, as the save itself is."""
        if self.record_id is None and not self._accepted_twin:
            identity = self._identity()
            if identity != self._checked_identity:
                self._duplicate_delay.stop()
                self._checks += 1  # an answer on its way is for older text
                try:  # off the UI thread, waited for (the window paints meanwhile)
                    found = self.off_ui_thread(lambda: self._look_up(identity))
                except ServiceError:
                    found = []  # the save will say what is wrong with the database
                self._checked_identity = identity
                self.duplicates.show_similar(found)
            if self.duplicates.similar:
                self.duplicates.save_button.setFocus()
                return False
        return super().save()

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        super().load(record_id, version, values)
        self._duplicate_delay.stop()
        self._checks += 1  # an answer on its way is for another record
        self._checked_identity = None
        self._accepted_twin = False
        self.duplicates.show_similar([])
        if self._fields_only:
            return
        supplier = None
        if record_id is not None:
            supplier = SupplierRef(record_id, str(values.get("name", "")), str(values["country"]))
        after_save, self._after_save = self._after_save, False
        early, self._tabs_opened_for = self._tabs_opened_for, None
        if supplier is not None and early == supplier.id:
            self.panels.rename_supplier(supplier)  # its tabs are being read already
        elif after_save and supplier is not None:
            self.panels.saved_supplier(supplier)
        else:
            self.panels.show_supplier(supplier)

    def open_tabs_early(self, supplier: SupplierRef) -> None:
        """Begin reading the tabs of `supplier` (named as the list shows it) now, beside
        the form's own read of its fields instead of after it: opening a supplier waits
        for the slower of the two, not for both one after the other (issue 18)."""
        if self.record_id != supplier.id:
            return
        self._tabs_opened_for = supplier.id
        self.panels.show_supplier(supplier)

    def after_write(self) -> None:
        super().after_write()
        self._after_save = self.record_id is not None

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
            database, record_id, fetch = self.database, self.record_id, self.fetch

            def read() -> tuple[int, dict[str, Any]]:  # off the UI thread
                with database.read() as session:
                    return fetch(session, record_id)

            try:
                version, stored = self.off_ui_thread(read)
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

    def saved_record_read(self) -> Callable[[Session, int], Together]:
        """The supplier's row as stored, read with the save (as `fetch` reads it)."""
        return saved_supplier_read
