"""app.queries.batched.read_and_commit: a save's last step reads what the window shows of
it (the record, its history, the list's page) and commits, on PostgreSQL in one flight
with the writes still queued (issue 18: a save waits twice at 300 ms, not three times).
Counted with libpq's trace on PostgreSQL, never timed; the answers compared with the
same reads made afterwards, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.queries.batched import Apart, fetch_together, read_and_commit
from app.queries.lists import ContactQuery, contact_page, contact_page_read
from app.queries.negotiation_page import NegotiationPage, negotiation_page, negotiation_page_read
from app.queries.negotiation_rounds import deal_rounds
from app.queries.record_history import history_read, record_history
from app.queries.search import SupplierQuery, page_read, search_suppliers
from app.services.negotiations import update_negotiation
from app.services.suppliers import get_supplier, update_supplier
from app.store.database import Database
from models import Supplier
from models.engine import create_database_engine
from models.round_trips import row_held
from tests.app.store.test_round_trips import counting, demo_server

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

SUPPLIER = 12


def version_of(database: Database, supplier_id: int) -> int:
    with database.read() as session:
        return get_supplier(session, supplier_id).version


def listed(name: str) -> SupplierQuery:
    return SupplierQuery(text=name, limit=50)


def save_and_read(database: Database, address: str) -> list[object]:
    """Supplier SUPPLIER's address saved, its history and its list page read with the
    COMMIT, and (Apart) its row read by the ORM afterwards."""
    version = version_of(database, SUPPLIER)
    with database.transaction() as session:
        supplier = update_supplier(
            session, SUPPLIER, {"address": address}, expected_version=version
        )
        name = supplier.name
        return read_and_commit(
            session,
            [
                history_read(session, "supplier", SUPPLIER),
                page_read(session, listed(name)),
                Apart(
                    lambda s: s.scalars(
                        select(Supplier.address).where(Supplier.id == SUPPLIER)
                    ).one()
                ),
            ],
        )


def test_what_is_read_with_the_commit_is_what_is_read_afterwards(demo_db: Database) -> None:
    history, page, address = save_and_read(demo_db, "Km 12 Carretera a Tancítaro")
    assert address == "Km 12 Carretera a Tancítaro"
    with demo_db.read() as session:
        assert history == record_history(session, "supplier", SUPPLIER)
        name = get_supplier(session, SUPPLIER).name
        assert page == search_suppliers(session, listed(name))
    newest = history[0]  # type: ignore[index]
    assert (newest.field, newest.new_value) == ("address", "Km 12 Carretera a Tancítaro")
    assert SUPPLIER in [row.id for row in page.rows]  # type: ignore[attr-defined]


def test_a_save_read_with_its_commit_waits_twice(demo_db: Database) -> None:
    if demo_db.engine.dialect.name != "postgresql":
        pytest.skip("round trips are PostgreSQL's")
    version = version_of(demo_db, SUPPLIER)
    with counting() as counted, demo_db.transaction() as session:
        supplier = update_supplier(
            session, SUPPLIER, {"address": "Parcela 7"}, expected_version=version
        )
        history, page = read_and_commit(
            session,
            [
                history_read(session, "supplier", SUPPLIER),
                page_read(session, listed(supplier.name)),
            ],
        )
    words = [s.split()[0].upper() for s in counted.sent]
    assert words[:2] == ["BEGIN", "SELECT"]  # the locked read
    assert words[2:5] == ["UPDATE", "SELECT", "INSERT"]  # the UPDATE, its check, the audit
    assert words[-1] == "COMMIT"
    assert words.count("COMMIT") == 1
    # the locked read; the writes, the eight reads and the COMMIT
    assert counted.round_trips == 2, counted.sent
    assert history[0].new_value == "Parcela 7"  # type: ignore[index]
    assert SUPPLIER in [row.id for row in page.rows]  # type: ignore[attr-defined]


def test_an_answer_that_fails_is_its_error_and_the_write_stays(demo_db: Database) -> None:
    version = version_of(demo_db, SUPPLIER)

    def fails(_session: Session) -> object:
        raise LookupError("a part of the window could not make its answer")

    with demo_db.transaction() as session:
        update_supplier(session, SUPPLIER, {"address": "Lote 4"}, expected_version=version)
        (answer,) = read_and_commit(session, [Apart(fails)])
    assert isinstance(answer, LookupError)
    with demo_db.read() as session:
        assert get_supplier(session, SUPPLIER).address == "Lote 4"


def test_a_commit_that_fails_raises_and_keeps_nothing(demo_db: Database) -> None:
    """The queued check of a held row (noted held here without its lock, and changed by
    another session meanwhile) fails the flight: the reads' answers are not given, and
    neither the UPDATE nor its audit rows stay."""
    if demo_db.engine.dialect.name != "postgresql":
        pytest.skip("the queued check is PostgreSQL's")
    engine = create_database_engine(demo_db.url)
    try:
        with Session(engine) as session:
            supplier = session.get_one(Supplier, SUPPLIER)
            row_held(session.connection(), "suppliers", SUPPLIER, supplier.version)
            with Session(engine) as other:
                other.get_one(Supplier, SUPPLIER).city = "Otra ciudad"
                other.commit()
            supplier.address = "Se pierde"
            with pytest.raises(DBAPIError, match="division by zero"):
                read_and_commit(session, [history_read(session, "supplier", SUPPLIER)])
            session.rollback()
    finally:
        engine.dispose()
    with demo_db.read() as session:
        assert get_supplier(session, SUPPLIER).address != "Se pierde"
        assert all(
            e.new_value != "Se pierde" for e in record_history(session, "supplier", SUPPLIER)
        )


@pytest.mark.parametrize(
    "query",
    [
        ContactQuery(limit=5),  # a full first page: its count read too
        ContactQuery(limit=5, offset=5),
        ContactQuery(text="a", limit=500),  # all on one page: counted by its rows
        ContactQuery(text="no such contact"),
    ],
)
def test_a_contact_page_read_with_others_is_the_contact_page(
    demo_db: Database, query: ContactQuery
) -> None:
    with demo_db.read() as session:
        read = contact_page_read(session, query)
        together = read.answer(session, fetch_together(session, *read.statements))
        assert together == contact_page(session, query)


NEGOTIATION = 3
"""A demo deal with offers (its rounds have landed costs to read)."""


def deal_shown(database: Database) -> NegotiationPage:
    with database.read() as session:
        return negotiation_page(session, NEGOTIATION, image_limit=1024, with_rounds=False)


def save_deal(database: Database, changes: dict[str, str], shown: NegotiationPage) -> Any:
    """The deal's change saved, its page read with the COMMIT, the landed costs' reads
    sent ahead as the page shown planned them."""
    assert shown.deal.plan is not None
    with database.transaction() as session:
        update_negotiation(session, NEGOTIATION, changes, expected_version=shown.version)
        (page,) = read_and_commit(
            session,
            [
                negotiation_page_read(
                    session,
                    NEGOTIATION,
                    image_limit=1024,
                    with_rounds=False,
                    landed_ahead=shown.deal.plan.statements,
                )
            ],
        )
    return page


def test_a_deals_rounds_come_with_its_save_when_their_inputs_did_not_change(
    demo_db: Database,
) -> None:
    shown = deal_shown(demo_db)
    assert shown.rounds is None  # read after the page when the deal is opened
    page = save_deal(demo_db, {"payment_terms": "30% anticipo, 70% contra B/L"}, shown)
    assert isinstance(page, NegotiationPage)
    assert page.values["payment_terms"] == "30% anticipo, 70% contra B/L"
    assert page.history[0].new_value == "30% anticipo, 70% contra B/L"
    with demo_db.read() as session:
        assert page.rounds == deal_rounds(session, NEGOTIATION)
    assert page.rounds is not None
    assert page.rounds.rounds


def test_a_deals_rounds_are_left_to_read_when_the_save_changed_their_inputs(
    demo_db: Database,
) -> None:
    shown = deal_shown(demo_db)
    port = "Ningbo" if shown.values["destination_port"] != "Ningbo" else "Shanghai"
    page = save_deal(demo_db, {"destination_port": port}, shown)
    assert page.values["destination_port"] == port
    assert page.rounds is None  # the form reads them now, as when the deal is opened


def test_a_deals_save_with_its_page_and_rounds_waits_twice(demo_db: Database) -> None:
    if demo_db.engine.dialect.name != "postgresql":
        pytest.skip("round trips are PostgreSQL's")
    shown = deal_shown(demo_db)
    with counting() as counted:
        page = save_deal(demo_db, {"payment_terms": "100% contra B/L"}, shown)
    assert page.rounds is not None
    assert counted.round_trips == 2, counted.sent  # the locked read; the rest
