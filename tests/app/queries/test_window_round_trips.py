"""The window's background reads in few round trips on PostgreSQL (issue 18 point 2),
counted, never timed: each read in Database.read() (autocommit: no BEGIN, no COMMIT,
two round trips fewer than database.transaction()), the offers tab in two round trips,
opening a negotiation with everything its form shows in two, a record's history in one
(tests/app/queries/test_record_loads.py counts statements with the other record loads).

Round trips are libpq's ReadyForQuery messages (tests/app/store/test_round_trips.py);
on SQLite they mean nothing and these tests are skipped there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.exporting.deal_sheet import Audience, build_deal_sheet
from app.queries.certifications_tab import certifications_tab
from app.queries.compliance_alerts import supplier_compliance
from app.queries.landed_costs import LandedBook, LandedSettings, deal_terms, offer_terms
from app.queries.negotiation_page import negotiation_page
from app.queries.negotiation_rounds import deal_rounds, rounds_of
from app.queries.record_history import record_history
from app.services.activities import assignees_statement, known_assignees
from app.services.products import search_products
from app.store.database import Database, open_database
from models import AttachmentOwner, Negotiation, Offer, Supplier, SupplierCertification
from tests.app.store.test_round_trips import (
    Counted,
    counting,
    demo_server,
    needs_postgres,
)

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

TODAY = date(2026, 12, 7)
NEGOTIATION = 3
THUMBNAIL_BYTES = 15 * 1024 * 1024


@pytest.fixture(scope="module")
def pg_demo(demo_server: str) -> Iterator[Database]:
    """The demo data on PostgreSQL, a connection open (as the window's is)."""
    database = open_database(demo_server, daily_backup=False)
    with database.read() as session:  # a connection open, as the window's is
        session.scalar(select(Supplier.id).limit(1))
    yield database
    database.dispose()


def _counted(read: Callable[[], Any]) -> Counted:
    with counting() as counted:
        read()
    return counted


def _certification(database: Database) -> int:
    with database.read() as session:
        found = session.scalar(select(SupplierCertification.id).limit(1))
    assert found is not None
    return found


def _window_reads(database: Database) -> dict[str, Callable[[], Any]]:
    """Worker-thread sides of the window's reads that run without a widget."""
    from ui.attachments import _load
    from ui.lookups import supplier_search
    from ui.views.compare import load_comparison
    from ui.views.compliance_list import _read as compliance_alerts
    from ui.views.dashboard import _read_dashboard
    from ui.views.season import load_grid

    certification = _certification(database)
    return {
        "dashboard": lambda: _read_dashboard(database, TODAY),
        "season grid": lambda: load_grid(database, 2026, None),
        "offer comparison": lambda: load_comparison(database, None, TODAY),
        "compliance alerts": lambda: compliance_alerts(database, TODAY, "due", 60),
        "attachments": lambda: _load(database, AttachmentOwner.CERTIFICATION, certification),
        "supplier picker": lambda: supplier_search(database)("uru"),
    }


READS = ["dashboard", "season grid", "offer comparison", "compliance alerts", "attachments"]


@needs_postgres
@pytest.mark.parametrize("name", [*READS, "supplier picker"])
def test_a_window_read_sends_no_begin_and_no_commit(pg_demo: Database, name: str) -> None:
    counted = _counted(_window_reads(pg_demo)[name])
    assert counted.statements, "read nothing"
    sent = [query.split()[0].upper() for query in counted.sent]
    assert not {"BEGIN", "COMMIT", "ROLLBACK"} & set(sent), counted.sent
    assert counted.round_trips <= len(counted.statements), counted.sent


def _deal(database: Database) -> tuple[Any, list[Any]]:
    with database.read() as session:
        terms = deal_terms(session, [NEGOTIATION])[NEGOTIATION]
        offers = [
            offer_terms(o)
            for o in session.scalars(select(Offer).where(Offer.negotiation_id == NEGOTIATION))
        ]
    return terms, offers


@needs_postgres
def test_the_landed_costs_of_a_deal_take_two_round_trips(pg_demo: Database) -> None:
    """Routes, charges and tariff rows in one pipeline, the rates in a second (before:
    four statements, four round trips)."""
    terms, offers = _deal(pg_demo)
    days = [o.day for o in offers]
    with counting() as counted, pg_demo.read() as session:
        LandedBook.load(
            session,
            LandedSettings(),
            until=max(days),
            origins=[terms.origin_country] if terms.origin_country else None,
            currencies={o.currency for o in offers},
            since=min(days),
            deals=[terms],
        )
    assert len(counted.statements) == 4, "\n".join(counted.statements)
    assert counted.round_trips == 2, counted.sent
    assert counted.statements[-1].startswith("SELECT rates."), counted.statements


@needs_postgres
def test_every_route_charge_and_tariff_row_take_two_round_trips(pg_demo: Database) -> None:
    with counting() as counted, pg_demo.read() as session:
        LandedBook.load(session, LandedSettings(), until=TODAY, currencies={"USD"})
    assert len(counted.statements) == 4, "\n".join(counted.statements)
    assert counted.round_trips == 2, counted.sent


@needs_postgres
def test_the_offers_tab_takes_two_round_trips(pg_demo: Database) -> None:
    """deal_rounds: the deal with its offers, shipments and terms and the freight
    currencies (1), then the landed costs' routes, charges, tariff rows and rates (1);
    before: six, then four."""
    with pg_demo.read() as session:
        ids = list(session.scalars(select(Negotiation.id).order_by(Negotiation.id).limit(3)))
    for negotiation_id in ids:
        with counting() as counted, pg_demo.read() as session:
            deal_rounds(session, negotiation_id)
        assert counted.round_trips == 2, counted.sent


def _page(database: Database, negotiation_id: int) -> Counted:
    with counting() as counted, database.read() as session:
        negotiation_page(session, negotiation_id, image_limit=THUMBNAIL_BYTES)
    return counted


@needs_postgres
def test_opening_a_negotiation_takes_two_round_trips(pg_demo: Database) -> None:
    """What the negotiation form shows (its fields, offer rounds with landed costs, files
    and history): two round trips for every demo deal with offers (before: thirteen)."""
    with pg_demo.read() as session:
        ids = list(session.scalars(select(Offer.negotiation_id).distinct()))
    assert ids
    for negotiation_id in ids:
        counted = _page(pg_demo, negotiation_id)
        assert counted.round_trips == 2, counted.sent
        sent = {query.split()[0].upper() for query in counted.sent}
        assert not {"BEGIN", "COMMIT", "ROLLBACK"} & sent, counted.sent


@needs_postgres
def test_a_deal_without_its_landed_costs_takes_one_round_trip(pg_demo: Database) -> None:
    """What the form shows first (fields, files, history, the deal for its rounds) in one
    round trip; the rounds' landed costs in a second, sent once it has come."""
    with counting() as first, pg_demo.read() as session:
        page = negotiation_page(
            session, NEGOTIATION, image_limit=THUMBNAIL_BYTES, with_rounds=False
        )
    assert first.round_trips == 1, first.sent
    assert page.rounds is None
    with counting() as second, pg_demo.read() as session:
        rounds = rounds_of(session, page.deal)
    assert second.round_trips == 1, second.sent
    with pg_demo.read() as session:
        assert rounds == deal_rounds(session, NEGOTIATION)


@needs_postgres
@pytest.mark.parametrize("entity", ["supplier", "negotiation", "shipment"])
def test_a_record_history_takes_one_round_trip(pg_demo: Database, entity: str) -> None:
    """The record's birth, its audit rows, its import rows and its children's names in one
    pipeline (before: two, the names waiting for the audit rows)."""
    for record_id in (1, 2, 3):
        with counting() as counted, pg_demo.read() as session:
            record_history(session, entity, record_id)
        assert counted.round_trips == 1, counted.sent


@needs_postgres
@pytest.mark.parametrize(("audience", "round_trips"), [("partner", 1), ("internal", 2)])
def test_a_deal_sheet_takes_one_round_trip_two_with_landed_costs(
    pg_demo: Database, audience: Audience, round_trips: int
) -> None:
    """Everything a deal sheet shows in one pipeline (before: eight round trips, the deal
    and its activities read twice); an internal sheet's landed costs in a second."""
    with counting() as counted, pg_demo.read() as session:
        sheet = build_deal_sheet(
            session,
            NEGOTIATION,
            today=TODAY,
            prepared_by="Zhang Min",
            company_name="Pacific Fresh Imports Ltd.",
            audience=audience,
        )
    assert sheet.offers
    assert counted.round_trips == round_trips, counted.sent


# --- the certifications tab, the activities tab's names -----------------------------------


def _suppliers_with_certifications(database: Database) -> list[int]:
    with database.read() as session:
        return list(
            session.scalars(
                select(SupplierCertification.supplier_id)
                .distinct()
                .order_by(SupplierCertification.supplier_id)
            )
        )


def test_the_certifications_tab_reads_what_its_three_reads_read(demo_db: Database) -> None:
    """certifications_tab gives what supplier_compliance and search_products gave, for
    every demo supplier with certifications and one without."""
    ids = _suppliers_with_certifications(demo_db)
    assert ids
    with demo_db.read() as session:
        without = session.scalar(
            select(Supplier.id).where(Supplier.id.not_in(ids)).order_by(Supplier.id).limit(1)
        )
    for supplier_id in [*ids, without]:
        assert supplier_id is not None
        with demo_db.read() as session:
            compliance, choices = certifications_tab(session, supplier_id, TODAY, 90, 50)
        with demo_db.read() as session:
            assert compliance == supplier_compliance(session, supplier_id, TODAY, 90)
            assert choices == [p.name for p in search_products(session, limit=50)]


@needs_postgres
def test_the_certifications_tab_takes_one_round_trip(pg_demo: Database) -> None:
    supplier_id = _suppliers_with_certifications(pg_demo)[0]
    with counting() as counted, pg_demo.read() as session:
        certifications_tab(session, supplier_id, TODAY, 90, 50)
    assert len(counted.statements) == 3, "\n".join(counted.statements)
    assert counted.round_trips == 1, counted.sent


def test_the_assignees_statement_is_known_assignees(demo_db: Database) -> None:
    with demo_db.read() as session:
        names = known_assignees(session)
        assert names
        assert [name for (name,) in session.execute(assignees_statement())] == names
