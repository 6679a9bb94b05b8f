"""The contact form: a person at a supplier."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from app.errors import FieldError, ServiceError, ValidationError
from app.messages import translate
from app.queries.serialize import contact_dict
from app.services.contacts import CONTACT_FIELDS, create_contact, get_contact, update_contact
from app.services.suppliers import get_supplier
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.forms.base import RecordForm, required_label
from ui.lookups import supplier_search
from ui.widgets import RecordPicker, choice_combo

LANGUAGES = [
    ("es", translate("ContactForm", "Spanish")),
    ("pt", translate("ContactForm", "Portuguese")),
    ("en", translate("ContactForm", "English")),
    ("zh", translate("ContactForm", "Chinese")),
]
"""The languages a contact speaks: (stored code, name shown in the window's language)."""


class ContactForm(RecordForm):
    entity = "Contact"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, CONTACT_FIELDS, parent)
        self.supplier = RecordPicker(supplier_search(database), self.tr("Type a supplier's name…"))
        self.form.addRow(required_label(self.tr("Supplier")), self.supplier)
        self.supplier_country: str | None = None
        self.supplier.picked.connect(self._supplier_picked)
        self.line("name")
        self.line("role", self.tr("e.g. sales manager, export director"))
        self.line("email")
        self.line("phone", self.tr("local or +country code"))
        self.line("whatsapp")
        self.line("wechat")
        self.bind("language", choice_combo(LANGUAGES))
        self.bind("is_primary", QCheckBox(self.tr("Main contact at this supplier")))
        self.text_area("notes")

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        self.supplier.set_record(values.get("supplier_id"), str(values.get("supplier", "")))
        self.supplier.setReadOnly(record_id is not None)
        # A supplier already chosen (a new contact at a supplier, or a stored contact) is
        # skipped by Tab and by the dialog's first focus: typing starts in Name.
        preset = values.get("supplier_id") is not None
        self.supplier.setFocusPolicy(
            Qt.FocusPolicy.ClickFocus if preset else Qt.FocusPolicy.StrongFocus
        )
        self.supplier_country = values.get("supplier_country")
        super().load(record_id, version, values)

    def _supplier_picked(self, supplier_id: int | None) -> None:
        self.supplier_country = None
        if supplier_id is not None:
            database = self.database

            def read() -> str:  # off the UI thread; the window paints meanwhile
                with database.transaction() as session:
                    return get_supplier(session, supplier_id).country

            with contextlib.suppress(ServiceError):  # gone meanwhile: the save will say
                self.supplier_country = wait_off_ui_thread(read)
        for name in ("phone", "whatsapp"):
            if self.bindings[name].text():
                self.check(name)

    def extra_context(self) -> Mapping[str, Any]:
        return {"supplier_country": self.supplier_country}

    def prepare_write(self) -> None:
        self._supplier_id = self.supplier.value()  # the write runs off the UI thread

    def create_record(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        supplier_id = self._supplier_id
        if supplier_id is None:
            raise ValidationError(
                [
                    FieldError(
                        "supplier_id",
                        translate("ContactForm", "Supplier"),
                        translate("ContactForm", "choose the supplier from the list"),
                    )
                ]
            )
        contact = create_contact(session, supplier_id, values)
        return contact.id, contact.version

    def update_record(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        return update_contact(session, record_id, values, expected_version=expected_version).version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        contact = get_contact(session, record_id)
        values = contact_dict(contact)
        values["supplier"] = contact.supplier.name
        values["supplier_country"] = contact.supplier.country
        return contact.version, values
