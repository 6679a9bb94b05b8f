"""Suppliers as the database holds them, read with plain queries for the preview to
compare rows with: their columns, their contacts and the names of their products.

Comparing a 100,000-row file with the suppliers it matched took 5 s when each chunk of
suppliers was loaded through the ORM with its contacts and products, most of it in
building ORM objects that the comparison only reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import Session

from models import Contact, Product, Supplier, supplier_products

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
