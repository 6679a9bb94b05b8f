"""Suppliers read with plain queries for the preview compare as the ORM's do."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.importing.stored import CONTACT_ATTRS, SUPPLIER_ATTRS, diff_supplier, load_stored
from app.services.products import create_product
from app.services.suppliers import add_product, create_supplier
from models import Contact, Supplier, SupplierKind, SupplierStatus

ROWS: list[dict[str, Any]] = [
    {},
    {"supplier.city": "Chillán", "supplier.email": "VENTAS@nuble.cl"},
    {"supplier.name": "Frutícola Ñuble", "supplier.phone": "+56422000000"},
    {"supplier.kind": SupplierKind.PACKER, "supplier.status": SupplierStatus.ACTIVE},
    {"supplier.products": ("Cerezas", "Arándanos", "uva")},
    {"contact.name": "Ana", "contact.email": "ana@nuble.cl", "contact.role": "Ventas"},
    {"contact.name": "Zoe", "contact.phone": "+56911111111", "contact.email": "zoe@x.cl"},
    {"contact.name": "ana pérez", "contact.wechat": "ana_w"},
    {"contact.name": "Nadie", "contact.email": "nadie@x.cl"},
]


def test_a_stored_supplier_diffs_as_the_orm_supplier(session: Session) -> None:
    supplier = create_supplier(
        session,
        {
            "name": "Frutícola Ñuble SpA",
            "country": "CL",
            "kind": SupplierKind.GROWER,
            "status": SupplierStatus.PROSPECT,
            "email": "ventas@nuble.cl",
            "phone": "+56422756820",
            "notes": "Cherries",
        },
    )
    # Contacts in id order, products in name order, as the relationships give them.
    for name, email, phone in [
        ("Zoe", None, "+56911111111"),
        ("Ana Pérez", None, None),
        ("Ana", "ana@nuble.cl", None),
    ]:
        session.add(Contact(supplier=supplier, name=name, email=email, phone=phone))
    for name in ("Uva", "Cerezas"):
        add_product(session, supplier, create_product(session, {"name": name}))
    other = create_supplier(session, {"name": "Otro", "country": "MX"})
    session.flush()
    session.expire_all()

    stored = load_stored(session, [supplier.id, other.id, 999_999], SUPPLIER_ATTRS, CONTACT_ATTRS)
    assert sorted(stored) == [supplier.id, other.id]  # a deleted one is simply absent
    orm = session.get_one(Supplier, supplier.id)
    mine = stored[supplier.id]
    assert (mine.id, mine.version) == (orm.id, orm.version)
    for attr in SUPPLIER_ATTRS:
        assert getattr(mine, attr) == getattr(orm, attr), attr
        assert type(getattr(mine, attr)) is type(getattr(orm, attr)), attr
    assert [c.id for c in mine.contacts] == [c.id for c in orm.contacts]
    assert [p.name for p in mine.products] == ["Cerezas", "Uva"]
    for values in ROWS:
        assert diff_supplier(mine, values) == diff_supplier(orm, values), values
    assert stored[other.id].contacts == []
    assert stored[other.id].products == []
