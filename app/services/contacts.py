"""Contacts: the people at a supplier. Phones are read in the supplier's country."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import translate
from app.rules import validation as v
from app.services.common import (
    apply_changes,
    current_values,
    flush,
    get_for_update,
    get_or_fail,
)
from app.services.suppliers import get_supplier
from models import Contact

LABEL = translate("Entities", "Contact")

CONTACT_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("name", translate("Fields", "Name"), v.text(200), required=True),
        v.Field("role", translate("Fields", "Role"), v.text(120)),
        v.Field("email", translate("Fields", "Email"), v.email()),
        v.Field("phone", translate("Fields", "Phone"), v.phone("supplier_country")),
        v.Field("whatsapp", translate("Fields", "WhatsApp"), v.phone("supplier_country")),
        v.Field("wechat", translate("Fields", "WeChat"), v.text(80)),
        v.Field("language", translate("Fields", "Language"), v.language()),
        v.Field(
            "is_primary",
            translate("Fields", "Main contact"),
            v.boolean(),
            required=True,
            default=False,
        ),
        v.Field("notes", translate("Fields", "Notes"), v.text(20_000, multiline=True)),
    ],
    model=Contact,
)


def get_contact(session: Session, contact_id: int) -> Contact:
    return get_or_fail(session, Contact, contact_id, LABEL)


def create_contact(session: Session, supplier_id: int, data: Mapping[str, Any]) -> Contact:
    supplier = get_supplier(session, supplier_id)
    values = CONTACT_FIELDS.clean(data, context={"supplier_country": supplier.country})
    contact = Contact(**values)
    supplier.contacts.append(contact)
    if contact.is_primary:
        _only_primary(supplier.contacts, contact)
    flush(session, LABEL, contact)
    return contact


def update_contact(
    session: Session,
    contact_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Contact:
    contact = get_for_update(session, Contact, contact_id, LABEL, expected_version)
    values = CONTACT_FIELDS.clean(
        changes,
        current=current_values(contact),
        context={"supplier_country": contact.supplier.country},
    )
    apply_changes(contact, values)
    if values.get("is_primary"):
        _only_primary(contact.supplier.contacts, contact)
    flush(session, LABEL, contact)
    return contact


def _only_primary(contacts: list[Contact], primary: Contact) -> None:
    for other in contacts:
        if other is not primary and other.is_primary:
            other.is_primary = False


def delete_contact(session: Session, contact_id: int) -> None:
    """Contacts are referred to by nothing else, so they are deleted outright."""
    contact = get_contact(session, contact_id)
    contact.supplier.contacts.remove(contact)
    flush(session, LABEL)


def find_contact(
    session: Session, supplier_id: int, *, email: str | None, phone: str | None
) -> Contact | None:
    """The supplier's contact with this (normalised) email or phone, if any."""
    for column, value in ((Contact.email, email), (Contact.phone, phone)):
        if value:
            found = session.scalar(
                select(Contact).where(Contact.supplier_id == supplier_id, column == value)
            )
            if found is not None:
                return found
    return None
