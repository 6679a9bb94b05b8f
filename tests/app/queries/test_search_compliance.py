"""The Suppliers list's compliance marker and its "compliance problem" filter, read in the
page's own query (every path: first page, a search, a page after the last row, export)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.queries.search import SupplierQuery, iter_suppliers, search_suppliers
from app.services.compliance import add_registration
from models import Supplier

TODAY = date(2026, 12, 7)
MakeSupplier = Callable[..., Supplier]


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def seed(session: Session, make_supplier: MakeSupplier) -> dict[str, int]:
    lapsed = make_supplier(name="Frutícola Ñuble Lapsed")
    soon = make_supplier(name="Frutícola Ñuble Soon")
    later = make_supplier(name="Frutícola Ñuble Later")
    none = make_supplier(name="Frutícola Ñuble Bare")
    add_registration(session, lapsed.id, {"kind": "globalgap", "valid_until": day(-12)})
    add_registration(session, lapsed.id, {"kind": "gacc", "valid_until": day(300)})
    add_registration(session, soon.id, {"kind": "gacc", "valid_until": day(45)})
    add_registration(session, later.id, {"kind": "sag_csp", "valid_until": day(120)})
    return {"lapsed": lapsed.id, "soon": soon.id, "later": later.id, "bare": none.id}


def marks(rows: Any) -> dict[str, bool]:
    return {r.name.rsplit(" ", 1)[1]: r.compliance_problem for r in rows}


def test_each_row_carries_its_marker(session: Session, make_supplier: MakeSupplier) -> None:
    seed(session, make_supplier)
    base = SupplierQuery(today=TODAY)
    assert marks(search_suppliers(session, base).rows) == {
        "Bare": False,
        "Lapsed": True,
        "Later": False,
        "Soon": True,
    }
    wider = SupplierQuery(today=TODAY, compliance_window=120)
    assert marks(search_suppliers(session, wider).rows)["Later"] is True
    narrow = SupplierQuery(today=TODAY, compliance_window=30)
    assert marks(search_suppliers(session, narrow).rows)["Soon"] is False
    searched = SupplierQuery(text="nuble", today=TODAY)  # the search path marks too
    assert marks(search_suppliers(session, searched).rows) == marks(
        search_suppliers(session, base).rows
    )
    assert marks(iter_suppliers(session, base)) == marks(search_suppliers(session, base).rows)


def test_the_filter_keeps_the_suppliers_with_a_problem(
    session: Session, make_supplier: MakeSupplier
) -> None:
    ids = seed(session, make_supplier)
    query = SupplierQuery(compliance_problem=True, today=TODAY)
    page = search_suppliers(session, query)
    assert {r.id for r in page.rows} == {ids["lapsed"], ids["soon"]}
    assert page.total == 2
    assert all(r.compliance_problem for r in page.rows)
    wide = search_suppliers(
        session, SupplierQuery(compliance_problem=True, compliance_window=365, today=TODAY)
    )
    assert wide.total == 3
    text = search_suppliers(
        session, SupplierQuery(text="ñuble soon", compliance_problem=True, today=TODAY)
    )
    assert [r.id for r in text.rows] == [ids["soon"]]
    after = search_suppliers(
        session,
        SupplierQuery(compliance_problem=True, today=TODAY, after_id=ids["lapsed"], sort="id"),
    )
    assert [r.id for r in after.rows] == [ids["soon"]]


def test_the_marker_costs_no_statement_per_row(
    session: Session, make_supplier: MakeSupplier
) -> None:
    seed(session, make_supplier)
    statements: list[str] = []
    connection = session.connection()

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(connection, "before_cursor_execute", count)
    try:
        page = search_suppliers(session, SupplierQuery(today=TODAY))
    finally:
        event.remove(connection, "before_cursor_execute", count)
    assert len(page.rows) == 4
    assert len(statements) == 2  # the count and the page, as before
