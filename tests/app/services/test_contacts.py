from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from app.errors import ConflictError, ValidationError
from app.services import contacts as svc
from models import Supplier

MakeSupplier = Callable[..., Supplier]


def test_contact_phone_is_read_in_the_suppliers_country(
    make_supplier: MakeSupplier, session: Session
) -> None:
    supplier = make_supplier(country="BR", name="Conceição Frutas Tropicais Ltda.")
    contact = svc.create_contact(
        session,
        supplier.id,
        {
            "name": "Conceição Araújo",
            "phone": "(11) 98765-4321",
            "whatsapp": "+55 11 98765-4321",
            "email": "Conceicao@Frutas.COM.BR",
            "language": "Português",
            "is_primary": "sim",
        },
    )
    assert contact.phone == contact.whatsapp == "+5511987654321"
    assert contact.email == "Conceicao@frutas.com.br"
    assert contact.language == "pt"
    assert contact.is_primary is True
    assert contact.name_key == "conceicao araujo"


def test_bad_contact_lists_every_field(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError) as caught:
        svc.create_contact(
            session,
            supplier.id,
            {"name": "", "email": "no-at-sign", "phone": "12", "language": "xx"},
        )
    assert {e.field for e in caught.value.errors} == {"name", "email", "phone", "language"}
    assert supplier.contacts == []


def test_only_one_main_contact(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    first = svc.create_contact(session, supplier.id, {"name": "Ana", "is_primary": True})
    second = svc.create_contact(session, supplier.id, {"name": "Luis", "is_primary": "yes"})
    assert (first.is_primary, second.is_primary) == (False, True)
    svc.update_contact(session, first.id, {"is_primary": "x"})
    assert (first.is_primary, second.is_primary) == (True, False)


def test_contact_changes_reach_the_suppliers_search_text(
    make_supplier: MakeSupplier, session: Session
) -> None:
    supplier = make_supplier()
    contact = svc.create_contact(session, supplier.id, {"name": "王力"})
    assert "王力" in supplier.search_text
    svc.update_contact(session, contact.id, {"name": "José Núñez"})
    assert "jose nunez" in supplier.search_text
    assert "王力" not in supplier.search_text
    svc.delete_contact(session, contact.id)
    session.flush()
    assert "jose" not in supplier.search_text


def test_stale_contact_edit_is_a_conflict(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    contact = svc.create_contact(session, supplier.id, {"name": "Ana"})
    svc.update_contact(session, contact.id, {"role": "Ventas"}, expected_version=1)
    with pytest.raises(ConflictError):
        svc.update_contact(session, contact.id, {"role": "Gerente"}, expected_version=1)


def test_find_contact_by_email_or_phone(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    contact = svc.create_contact(
        session, supplier.id, {"name": "Ana", "email": "ana@x.cl", "phone": "9 6543 2109"}
    )
    assert svc.find_contact(session, supplier.id, email="ana@x.cl", phone=None) is contact
    assert svc.find_contact(session, supplier.id, email=None, phone="+56965432109") is contact
    assert svc.find_contact(session, supplier.id, email="otra@x.cl", phone=None) is None
