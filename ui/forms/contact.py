"""The contact form: a person at a supplier."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, ServiceError, ValidationError
from app.messages import translate
from app.queries.batched import OneRow, Together
from app.queries.serialize import contact_dict
from app.services.contacts import CONTACT_FIELDS, create_contact, get_contact, update_contact
from app.services.contacts import LABEL as CONTACT_LABEL
from app.services.suppliers import get_supplier
from app.store.database import Database
from models import Contact, Supplier
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

    def saved_record_read(self) -> Callable[[Session, int], Together]:
        """The contact's row with its supplier's name, read with the save (as `fetch`)."""
        return saved_contact_read


def saved_contact_read(_session: Session, contact_id: int) -> OneRow:
    """The contact's row, answering (version, values) as ContactForm.fetch does."""
    contact = Contact.__table__.c
    supplier = Supplier.__table__.c
    return OneRow(
        select(
            *contact,
            supplier.name.label("supplier_name"),
            supplier.country.label("supplier_country"),
        )
        .join(Supplier.__table__, supplier.id == contact.supplier_id)
        .where(contact.id == contact_id),
        _contact_values,
        CONTACT_LABEL,
        contact_id,
    )


def _contact_values(row: Any) -> tuple[int, dict[str, Any]]:
    values = contact_dict(row)
    values["supplier"] = row.supplier_name
    values["supplier_country"] = row.supplier_country
    return row.version, values
