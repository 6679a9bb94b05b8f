"""The views' reads in few round trips one after another (issue 18 point 2), counted with
libpq's trace on PostgreSQL (tests/app/store/test_round_trips.py), never timed: the
season calendar in one pipeline, the follow-up board in two round trips, Home's figures
read apart on several connections at once (app.queries.parallel_reads), each read
waiting at most twice; a supplier page with its count in one. The answers are the same
as the reads one after another give, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries import dashboard, search
from app.queries.dashboard import build_dashboard, read_dashboard
from app.queries.followup_board import follow_up_board
from app.queries.landed_costs import LandedSettings
from app.queries.lists import NegotiationQuery, negotiation_page
from app.queries.offer_compare import compare_offers, comparison, products_with_offers
from app.queries.parallel_reads import open_connections, read_apart
from app.queries.search import SupplierQuery, search_suppliers
from app.queries.seasons import season_grid
from app.store.database import Database, open_database
from models import Supplier
from tests.app.store.test_round_trips import (
    counting,
    demo_server,
    needs_postgres,
)

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def pg_db(demo_server: str) -> Iterator[Database]:
    database = open_database(demo_server, daily_backup=False)
    yield database
    database.dispose()


def _warm(database: Database) -> None:
    """Connections open, as a window's are after its first reads."""
    read_apart(database, *[lambda s: s.scalar(select(Supplier.id).limit(1))] * 5)


@needs_postgres
def test_the_season_calendar_takes_one_round_trip(pg_db: Database) -> None:
    _warm(pg_db)
    with counting() as counted, pg_db.read() as session:
        grid = season_grid(session, year=2026)
    assert grid.rows
    assert len(counted.statements) == 4, counted.statements
    assert counted.round_trips == 1, counted.sent


@needs_postgres
def test_the_follow_up_board_takes_two_round_trips(pg_db: Database) -> None:
    _warm(pg_db)
    with counting() as counted, pg_db.read() as session:
        board = follow_up_board(session, TODAY, days_ahead=30)
    assert board.total
    assert counted.round_trips <= 2, counted.sent


@needs_postgres
def test_each_of_homes_reads_takes_at_most_two_round_trips(pg_db: Database) -> None:
    """read_dashboard sends these at once (test_reads_apart_come_back_in_order_and_at_once
    shows they run side by side), so Home waits for the slowest of them."""
    _warm(pg_db)
    parts = dashboard._parts(TODAY, "USD", 60)
    assert len(parts) == 5
    for part in parts:
        with counting() as counted, pg_db.read() as session:
            part(session)
        assert counted.round_trips <= 2, counted.sent


def test_home_read_apart_shows_what_one_session_reads(demo_db: Database) -> None:
    with demo_db.read() as session:
        together = build_dashboard(session, TODAY, "USD", 60)
    assert read_dashboard(demo_db, TODAY, "USD", 60) == together
    assert together.suppliers > 0
    assert together.tasks


def test_reads_apart_come_back_in_order_and_at_once(demo_db: Database) -> None:
    """On a server each read has its own thread and session (they all wait at a barrier
    that only lets go once every one has arrived); on SQLite they share one session."""
    threads: list[str] = []
    sessions: list[int] = []
    apart = demo_db.engine.dialect.name == "postgresql"
    barrier = threading.Barrier(3, timeout=10)

    def read(n: int) -> object:
        def run(session: Session) -> int:
            threads.append(threading.current_thread().name)
            sessions.append(id(session))
            if apart:
                barrier.wait()
            return n * 10

        return run

    assert read_apart(demo_db, read(1), read(2), read(3)) == [10, 20, 30]
    assert len(set(threads)) == (3 if apart else 1)
    assert len(set(sessions)) == (3 if apart else 1)


def test_a_read_that_fails_fails_the_whole(demo_db: Database) -> None:
    def broken(_session: Session) -> None:
        raise LookupError("no such thing")

    with pytest.raises(LookupError, match="no such thing"):
        read_apart(demo_db, lambda s: 1, broken)


# --- the supplier list: the count and the page together ---------------------------------


@needs_postgres
@pytest.mark.parametrize("text", ["", "uruapan", "s", "valle uruapan"])
def test_a_supplier_page_and_its_count_take_one_round_trip(pg_db: Database, text: str) -> None:
    _warm(pg_db)
    with counting() as counted, pg_db.read() as session:
        page = search_suppliers(session, SupplierQuery(text=text, limit=25))
    assert page.rows
    assert len(counted.statements) == 2, counted.statements
    assert counted.round_trips == 1, counted.sent


def test_a_gathered_page_past_its_cap_is_read_again_the_same(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More matches than the gathered page may hold: the page read walking the index
    gives the rows in the same order as with no cap at all."""
    query = SupplierQuery(text="ltda", limit=3, offset=1, sort="name")
    with demo_db.read() as session:
        whole = search_suppliers(session, query)
    monkeypatch.setattr(search, "SERVER_GATHER_UP_TO", 2)
    with demo_db.read() as session:
        capped = search_suppliers(session, query)
    assert whole.total > 2
    assert [r.id for r in capped.rows] == [r.id for r in whole.rows]
    assert capped.total == whole.total


# --- Compare offers: the picker, the product and its offers together ----------------------


@needs_postgres
def test_the_comparison_takes_one_round_trip(pg_db: Database) -> None:
    """The picker's products, the product, its offers and the landed costs' routes,
    charges, tariff rows and exchange rates (as subqueries of the offers) all in one
    round trip. Before issue 18: five; then three."""
    _warm(pg_db)
    for wanted in (None, _offered(pg_db)[-1][0]):
        with counting() as counted, pg_db.read() as session:
            _products, chosen, result = comparison(session, wanted, LandedSettings(), today=TODAY)
        assert result is not None
        assert result.rows
        assert chosen == (wanted or _offered(pg_db)[0][0])
        assert counted.round_trips == 1, counted.sent


def test_the_comparison_shows_what_its_reads_one_by_one_show(demo_db: Database) -> None:
    offered = _offered(demo_db)
    assert len(offered) >= 2
    settings = LandedSettings()
    with demo_db.read() as session:
        first = comparison(session, None, settings, today=TODAY)
        last = comparison(session, offered[-1][0], settings, today=TODAY)
        gone = comparison(session, 999_999, settings, today=TODAY)  # not offered (any more)
        assert first == (
            offered,
            offered[0][0],
            compare_offers(session, offered[0][0], settings, today=TODAY),
        )
        assert last == (
            offered,
            offered[-1][0],
            compare_offers(session, offered[-1][0], settings, today=TODAY),
        )
        assert gone == first


def _offered(database: Database) -> list[tuple[int, str]]:
    with database.read() as session:
        return products_with_offers(session)


@needs_postgres
def test_connections_are_made_ahead_and_kept(demo_server: str) -> None:
    """open_connections leaves that many connections in the pool, sending no statement;
    the next reads at once take them instead of making their own."""
    database = open_database(demo_server, daily_backup=False)
    try:
        pooled = database.engine.pool.checkedin()  # type: ignore[attr-defined]
        assert pooled == 1  # the opening's
        with counting() as counted:
            assert open_connections(database, 5) == 5
        assert counted.statements == []
        assert counted.connections == 5 - pooled
        assert database.engine.pool.checkedin() == 5  # type: ignore[attr-defined]
        with counting() as counted:
            read_apart(database, *[lambda s: s.scalar(select(Supplier.id).limit(1))] * 5)
        assert counted.connections == 0
    finally:
        database.dispose()


def test_no_connection_is_made_ahead_on_sqlite(demo_file: Path) -> None:
    database = open_database(str(demo_file), daily_backup=False)
    try:
        assert open_connections(database) == 0
    finally:
        database.dispose()


@needs_postgres
def test_a_negotiation_page_takes_one_round_trip(pg_db: Database) -> None:
    """The page, its deals' offers and the count in one pipeline (the Negotiations view,
    a supplier's Negotiations tab); before: two or three round trips."""
    _warm(pg_db)
    for query in (NegotiationQuery(limit=10), NegotiationQuery(supplier_id=1)):
        with counting() as counted, pg_db.read() as session:
            page = negotiation_page(session, query)
        assert page.rows
        assert any(row.offers for row in page.rows)
        assert counted.round_trips == 1, counted.sent
