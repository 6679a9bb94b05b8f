"""Suppliers as the database holds them, and what a row of a file would change on one.

The preview reads the suppliers its rows matched with plain queries (load_stored: their
columns, their contacts and the names of their products); comparing a 100,000-row file
with them took 5 s when each chunk was loaded through the ORM, most of it in building
objects the comparison only reads. The commit, which changes them, loads them through
the ORM (load_suppliers). Both compare with diff_supplier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import Session, selectinload

from app.importing.fields import field
from app.importing.legal_names import legal_name_key
from app.importing.matching import match_contact
from app.importing.plan import Conflict
from models import Contact, Product, Supplier, supplier_products
from models.text import fold, tax_id_key

SUPPLIER_ATTRS = (
    "name",
    "legal_name",
    "kind",
    "status",
    "region",
    "city",
    "address",
    "tax_id",
    "website",
    "email",
    "phone",
    "notes",
)
CONTACT_ATTRS = ("name", "role", "email", "phone", "whatsapp", "wechat", "language")
NAME_LIKE = frozenset({"name", "legal_name"})
LOAD_CHUNK = 500
"""Suppliers loaded through the ORM at a time (the commit's updates)."""

SUPPLIERS: Table = Supplier.__table__  # type: ignore[assignment]
CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
PRODUCTS: Table = Product.__table__  # type: ignore[assignment]


class StoredSupplier:
    """A supplier's columns as attributes (`id`, `version` and the compared ones), with
    `contacts` in id order and `products` in name order, as Supplier's relationships
    give them; each contact and product a row with attributes too."""

    id: int
    version: int

    def __init__(self, row: Row[Any], contacts: list[Row[Any]], products: list[Row[Any]]) -> None:
        self.__dict__.update(row._mapping)  # plain attributes: read 12 times a row
        self.contacts = contacts
        self.products = products


def load_stored(
    session: Session,
    ids: Iterable[int],
    supplier_columns: Iterable[str],
    contact_columns: Iterable[str],
) -> dict[int, StoredSupplier]:
    """The suppliers of these ids (those that still exist), by id."""
    wanted = sorted(set(ids))
    s, c, p = SUPPLIERS.c, CONTACTS.c, PRODUCTS.c
    contacts: defaultdict[int, list[Row[Any]]] = defaultdict(list)
    query = select(c.id, c.supplier_id, *(c[name] for name in contact_columns))
    for contact in session.execute(query.where(c.supplier_id.in_(wanted)).order_by(c.id)).all():
        contacts[contact.supplier_id].append(contact)
    products: defaultdict[int, list[Row[Any]]] = defaultdict(list)
    links = supplier_products.c
    query = (
        select(links.supplier_id, p.id, p.name)
        .join(PRODUCTS, p.id == links.product_id)
        .where(links.supplier_id.in_(wanted))
        .order_by(p.name)
    )
    for product in session.execute(query).all():
        products[product.supplier_id].append(product)
    query = select(s.id, s.version, *(s[name] for name in supplier_columns))
    return {
        row.id: StoredSupplier(row, contacts[row.id], products[row.id])
        for row in session.execute(query.where(s.id.in_(wanted))).all()
    }


def versions(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """The current version of each of these suppliers that still exists, by id."""
    s = SUPPLIERS.c
    found = session.execute(select(s.id, s.version).where(s.id.in_(sorted(set(ids)))))
    return {supplier_id: version for supplier_id, version in found}


def load_suppliers(session: Session, ids: Iterable[int]) -> dict[int, Supplier]:
    found = session.scalars(
        select(Supplier)
        .where(Supplier.id.in_(list(ids)))
        .options(selectinload(Supplier.contacts), selectinload(Supplier.products))
    )
    return {s.id: s for s in found}


def contact_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k.removeprefix("contact."): v for k, v in values.items() if k.startswith("contact.")}


def same_contact(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("email") and b.get("email"):
        return bool(str(a["email"]).lower() == str(b["email"]).lower())
    if a.get("phone") and b.get("phone"):
        return bool(a["phone"] == b["phone"])
    return fold(a.get("name")) == fold(b.get("name"))


def same_value(attr: str, current: Any, incoming: Any) -> bool:
    if current == incoming:
        return True
    if attr in NAME_LIKE and isinstance(current, str) and isinstance(incoming, str):
        return legal_name_key(current) == legal_name_key(incoming)
    if attr == "tax_id" and isinstance(current, str) and isinstance(incoming, str):
        return tax_id_key(current) == tax_id_key(incoming)
    if attr == "email" and isinstance(current, str) and isinstance(incoming, str):
        return current.lower() == incoming.lower()
    if attr == "notes" and isinstance(current, str) and isinstance(incoming, str):
        return incoming.strip() in current
    if isinstance(current, StrEnum) or isinstance(incoming, StrEnum):
        return str(current) == str(incoming)
    return False


@dataclass
class SupplierDiff:
    fills: dict[str, Any]
    conflicts: list[Conflict]
    contact_id: int | None
    new_contact: bool
    new_products: list[str]


def diff_supplier(supplier: Supplier | StoredSupplier, values: dict[str, Any]) -> SupplierDiff:
    """What a row would change on an existing supplier: empty fields it fills, fields it
    disagrees on, the contact it matches or adds, the products it adds."""
    fills: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for attr in SUPPLIER_ATTRS:
        key = f"supplier.{attr}"
        incoming = values.get(key)
        if incoming is None:
            continue
        current = getattr(supplier, attr)
        if current is None or current == "":
            fills[key] = incoming
        elif not same_value(attr, current, incoming):
            conflicts.append(Conflict(key, field("suppliers", key).label, current, incoming))
    known = {fold(p.name) for p in supplier.products}
    new_products = [n for n in values.get("supplier.products", ()) if fold(n) not in known]
    contact = contact_values(values)
    contact_id, new_contact = None, False
    if contact:
        found: Contact | Any | None = match_contact(
            supplier.contacts,
            email=contact.get("email"),
            phone=contact.get("phone"),
            name=contact.get("name"),
        )
        if found is None:
            new_contact = True
        else:
            contact_id = found.id
            for attr in CONTACT_ATTRS:
                incoming = contact.get(attr)
                if incoming is None:
                    continue
                current = getattr(found, attr)
                key = f"contact.{attr}"
                if current is None or current == "":
                    fills[key] = incoming
                elif not same_value(attr, current, incoming):
                    conflicts.append(
                        Conflict(key, field("suppliers", key).label, current, incoming)
                    )
    return SupplierDiff(fills, conflicts, contact_id, new_contact, new_products)
