"""A record's loads in few round trips (issue 18 point 2): what the window reads to open a
supplier with its tabs or a negotiation with its offers, and what `suppliers show` and
`negotiations show` read, counted per call. Never timed: statements with SQLAlchemy's
cursor-execute event on both, and on PostgreSQL the round trips libpq traced (each
ReadyForQuery one), each load in Database.read() (no BEGIN, no ROLLBACK).

Also: the loaders give what the ORM's own (lazy) loads gave, for every demo record, and
app.queries.batched sends its statements in one pipeline and reports errors as SQLAlchemy
does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries import serialize
from app.queries import supplier_detail as sd
from app.queries.batched import fetch_together
from app.queries.negotiation_page import NegotiationPage, negotiation_page
from app.queries.negotiation_rounds import deal_rounds
from app.queries.negotiation_summary import (
    load_negotiation,
    negotiation_summary,
    offers_landed,
    summarize,
    summary_of,
)
from app.queries.record_history import record_history
from app.services import files
from app.services.common import current_values
from app.services.negotiations import create_negotiation, get_negotiation
from app.services.suppliers import all_tags, get_supplier
from app.store.database import Database
from models import AttachmentOwner, Contact, Negotiation, Offer, Supplier
from tests.app.store.test_round_trips import Counted, counting, demo_server

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

SUPPLIER, NEGOTIATION = 12, 3
THUMBNAILS = 1024
"""The largest image whose bytes a negotiation page reads for its thumbnail, here."""
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
    b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
"""A 1x1 PNG."""


def _negotiation_form(session: Session, negotiation_id: int) -> dict[str, Any]:
    """What ui/forms/negotiation.py's fetch reads."""
    negotiation = get_negotiation(session, negotiation_id)
    values = current_values(negotiation)
    values["supplier"] = negotiation.supplier.name
    values["product"] = negotiation.product.name
    return values


LOADS: dict[str, tuple[Callable[[Session], Any], int, int, int]] = {
    # name: (the load, statements on PostgreSQL, round trips there, statements on SQLite)
    "supplier form": (
        lambda s: serialize.supplier_dict(get_supplier(s, SUPPLIER)),
        1,
        1,
        1,
    ),
    "supplier contacts": (lambda s: sd.supplier_contacts(s, SUPPLIER), 1, 1, 1),
    "supplier certifications": (lambda s: sd.supplier_certifications(s, SUPPLIER), 1, 1, 1),
    "supplier tags": (lambda s: sd.supplier_tag_names(s, SUPPLIER), 1, 1, 1),
    "supplier tags and every tag": (lambda s: sd.supplier_tags(s, SUPPLIER), 2, 1, 2),
    "supplier activities": (lambda s: sd.supplier_activities(s, SUPPLIER), 1, 1, 1),
    "supplier show": (lambda s: serialize.supplier_detail_dict(s, SUPPLIER), 5, 1, 5),
    "negotiation form": (lambda s: _negotiation_form(s, NEGOTIATION), 1, 1, 1),
    "negotiation summary": (lambda s: negotiation_summary(s, NEGOTIATION), 1, 1, 1),
    "negotiation show": (
        lambda s: serialize.negotiation_dict(
            n := load_negotiation(s, NEGOTIATION, documents=True), summary_of(s, n)
        ),
        2,
        2,
        2,
    ),
    # its birth, audit rows (with their imports' files), import rows and the names of
    # each kind of child logged under it in one pipeline (on SQLite the birth is read
    # first): a supplier's contacts, certifications and notes, a deal's offers and notes,
    # a shipment's documents and notes
    "supplier history": (lambda s: record_history(s, "supplier", SUPPLIER), 6, 1, 7),
    "negotiation history": (lambda s: record_history(s, "negotiation", NEGOTIATION), 5, 1, 6),
    "shipment history": (lambda s: record_history(s, "shipment", 1), 5, 1, 6),
    # the deal, its offers, shipments, terms and the freight currencies in one pipeline,
    # its routes, charges, tariff rows and rates in a second
    "offers tab": (lambda s: deal_rounds(s, NEGOTIATION), 10, 2, 10),
    # the offers tab's first pipeline with the history's and the files', then its second
    "negotiation page": (lambda s: _negotiation_page(s, NEGOTIATION), 17, 2, 18),
}
"""Before issue 18 (statements, each its own round trip): supplier form 1, contacts 2,
certifications 2, tags 2 (3 with every tag), activities 2, supplier show 5, negotiation
form 3, summary 3, negotiation show 6; record history 5, 4 and 4 statements (in
Database.read(): 5, 4 and 6 round trips; in a transaction 2 more). Opening a deal in the
window (its form, offers tab, files and history, each on its own): 13 round trips."""


def _negotiation_page(session: Session, negotiation_id: int) -> NegotiationPage:
    return negotiation_page(session, negotiation_id, image_limit=THUMBNAILS)


def _counted(database: Database, load: Callable[[Session], Any]) -> Counted:
    with database.read() as session:  # a connection open, as the window's is
        session.scalar(select(Supplier.id).limit(1))
    with counting() as counted, database.read() as session:
        load(session)
    return counted


@pytest.mark.parametrize("name", LOADS)
def test_a_record_load_takes_its_budget(demo_db: Database, name: str) -> None:
    load, statements, round_trips, sqlite_statements = LOADS[name]
    counted = _counted(demo_db, load)
    if demo_db.engine.dialect.name == "postgresql":
        assert len(counted.statements) == statements, "\n".join(counted.statements)
        assert counted.round_trips == round_trips, counted.sent
        assert counted.round_trips <= 2  # the target for a load in the window
    else:
        assert len(counted.statements) == sqlite_statements, "\n".join(counted.statements)


def test_the_offers_tab_reads_the_deal_once(demo_db: Database) -> None:
    """deal_rounds: the negotiation row once (with its supplier's and product's names),
    its offers once, its shipments once (before: a joined load, then the deal's terms
    read apart); the landed costs' reads follow, as app.queries.landed_costs makes them."""
    counted = _counted(demo_db, lambda s: deal_rounds(s, NEGOTIATION))
    assert sum("negotiations.title" in s for s in counted.statements) == 1, counted.statements
    assert sum(s.startswith("SELECT offers.") for s in counted.statements) == 1
    assert sum(s.startswith("SELECT shipments.") for s in counted.statements) == 1


def test_opening_a_deal_reads_its_row_once(demo_db: Database) -> None:
    """The form, its Offers tab, its History and its Files read the deal's row once
    between them (it was read three times), and every statement of the first pipeline
    goes before any of the second's (none waits for an answer it does not need)."""
    counted = _counted(demo_db, lambda s: _negotiation_page(s, NEGOTIATION))
    assert sum("negotiations.title" in s for s in counted.statements) == 1, counted.statements
    assert sum(s.startswith("SELECT offers.id, offers.negotiation_id") for s in counted.statements)
    assert sum(s.startswith("SELECT attachments.") for s in counted.statements) == 2


# --- the same results ---------------------------------------------------------------------------


def test_supplier_show_reads_what_the_orm_read(demo_db: Database) -> None:
    with demo_db.read() as session:
        ids = session.scalars(select(Supplier.id)).all()
    assert len(ids) == 40
    for supplier_id in ids:
        with demo_db.read() as session:
            before = serialize.supplier_dict(get_supplier(session, supplier_id), detail=True)
        with demo_db.read() as session:
            after = serialize.supplier_detail_dict(session, supplier_id)
        assert list(after.items()) == list(before.items()), supplier_id


def test_supplier_tabs_read_what_the_orm_read(demo_db: Database) -> None:
    with demo_db.read() as session:
        ids = session.scalars(select(Supplier.id)).all()
    for supplier_id in ids:
        with demo_db.read() as session:
            supplier = session.get(Supplier, supplier_id)
            assert supplier is not None
            tags = [t.name for t in supplier.tags]
            contacts = sorted(c.id for c in supplier.contacts)
            certifications = [c.id for c in supplier.certifications]
            activities = [a.id for a in sorted(supplier.activities, key=lambda a: a.occurred_at)]
            every = [t.name for t in all_tags(session)]
        with demo_db.read() as session:
            assert sd.supplier_tag_names(session, supplier_id) == tags
            assert sd.supplier_tags(session, supplier_id) == (tags, every)
            assert sorted(c.id for c in sd.supplier_contacts(session, supplier_id)) == contacts
            assert [c.id for c in sd.supplier_certifications(session, supplier_id)] == (
                certifications
            )
            lines = sd.supplier_activities(session, supplier_id)
            assert sorted(a.id for a in lines) == sorted(activities)
            assert [a.occurred_at for a in lines] == sorted(
                (a.occurred_at for a in lines), reverse=True
            )


def test_a_negotiation_reads_what_the_orm_read(demo_db: Database) -> None:
    with demo_db.read() as session:
        ids = session.scalars(select(Negotiation.id)).all()
    assert len(ids) == 25
    for negotiation_id in ids:
        with Session(demo_db.engine) as session:  # lazy loads, each relationship on its own
            negotiation = session.get(Negotiation, negotiation_id)
            assert negotiation is not None

            def landed(wanted: list[int], session: Session = session, n: Any = negotiation) -> Any:
                return offers_landed(session, n.id, [o for o in n.offers if o.id in wanted])

            summary = summarize(negotiation, landed)
            before = serialize.negotiation_dict(negotiation, summary)
        with demo_db.read() as session:
            loaded = load_negotiation(session, negotiation_id, documents=True)
            after = serialize.negotiation_dict(loaded, summary_of(session, loaded))
            assert negotiation_summary(session, negotiation_id) == summary
            assert deal_rounds(session, negotiation_id).summary == summary
        assert list(after.items()) == list(before.items()), negotiation_id


def test_a_negotiation_page_reads_what_the_form_and_its_tabs_read(demo_db: Database) -> None:
    """negotiation_page gives what the form's fetch, the Offers tab (deal_rounds), the
    History tab (record_history) and the Files tab (list_attachments, image_bytes) read
    each on its own, for every demo deal."""
    with demo_db.read() as session:
        ids = session.scalars(select(Negotiation.id)).all()
    for negotiation_id in ids:
        with demo_db.read() as session:
            page = _negotiation_page(session, negotiation_id)
        with demo_db.read() as session:
            negotiation = get_negotiation(session, negotiation_id)
            assert page.version == negotiation.version
            assert page.values == _negotiation_form(session, negotiation_id)
            assert page.rounds == deal_rounds(session, negotiation_id)
            assert page.history == record_history(session, "negotiation", negotiation_id)
            found = files.list_attachments(session, AttachmentOwner.NEGOTIATION, negotiation_id)
            assert page.files == found
            assert page.images == files.image_bytes(session, [f.id for f in found], THUMBNAILS)


def test_a_negotiation_page_has_the_deals_files_and_thumbnails(database: Database) -> None:
    """Files: every one attached to the deal, oldest first; thumbnails: the bytes of the
    images no larger than the limit, none of the others'."""
    with database.transaction() as session:
        supplier = Supplier(name="Berries del Sur SpA", country="CL")
        session.add(supplier)
        session.flush()
        deal = create_negotiation(session, supplier.id, {}, product_name="Blueberries")
        other = create_negotiation(session, supplier.id, {}, product_name="Cherries")
        small, large = PNG, PNG + b"\0" * THUMBNAILS
        attached = [
            files.attach_file(session, AttachmentOwner.NEGOTIATION, deal.id, content, name)
            for name, content in (("crate.png", small), ("terms.txt", b"30% advance"))
        ]
        files.attach_file(session, AttachmentOwner.NEGOTIATION, deal.id, large, "field.png")
        files.attach_file(session, AttachmentOwner.NEGOTIATION, other.id, small, "other.png")
        deal_id = deal.id
    with database.read() as session:
        page = _negotiation_page(session, deal_id)
    assert [f.name for f in page.files] == ["crate.png", "terms.txt", "field.png"]
    assert page.images == {attached[0].id: small}
    with database.read() as session:
        assert page.files == files.list_attachments(session, AttachmentOwner.NEGOTIATION, deal_id)


@pytest.mark.parametrize("missing", [0, -1, 999_999])
def test_a_missing_record_is_not_found(demo_db: Database, missing: int) -> None:
    loads: list[Callable[[Session, int], Any]] = [
        serialize.supplier_detail_dict,
        sd.supplier_contacts,
        sd.supplier_certifications,
        sd.supplier_tag_names,
        sd.supplier_tags,
        sd.supplier_activities,
        get_negotiation,
        load_negotiation,
        negotiation_summary,
        deal_rounds,
        _negotiation_page,
    ]
    for load in loads:
        with demo_db.read() as session, pytest.raises(NotFoundError):
            load(session, missing)


def test_a_supplier_without_activities_has_none(database: Database) -> None:
    with database.transaction() as session:
        supplier = Supplier(name="Agrícola Sin Notas", country="CL")
        session.add(supplier)
        session.flush()
        supplier_id = supplier.id
    with database.read() as session:
        assert sd.supplier_activities(session, supplier_id) == []
        assert sd.supplier_tags(session, supplier_id) == ([], [])
        assert serialize.supplier_detail_dict(session, supplier_id)["contacts"] == []


# --- app.queries.batched ------------------------------------------------------------------------


def test_statements_read_together_give_typed_rows(demo_db: Database) -> None:
    statements = (
        select(Supplier.id, Supplier.name, Supplier.status, Supplier.created_at).where(
            Supplier.id == SUPPLIER
        ),
        select(Contact.name, Contact.is_primary)
        .where(Contact.supplier_id.in_([SUPPLIER, SUPPLIER + 1]))
        .order_by(Contact.id),
        select(Offer.price, Offer.side, Offer.offered_on)
        .where(Offer.negotiation_id == NEGOTIATION)
        .order_by(Offer.id),
    )
    with demo_db.read() as session:
        one_by_one = [list(session.execute(s).all()) for s in statements]
    with counting() as counted, demo_db.read() as session:
        together = fetch_together(session, *statements)
    assert together == one_by_one
    assert [[row._fields for row in rows[:1]] for rows in together] == [
        [row._fields for row in rows[:1]] for rows in one_by_one
    ]
    assert together[2][0].side == one_by_one[2][0].side  # an enum, by name
    assert len(counted.statements) == 3
    if demo_db.engine.dialect.name == "postgresql":
        assert counted.round_trips == 1, counted.sent


def test_a_failing_statement_read_together_raises_as_sqlalchemy_does(
    demo_db: Database,
) -> None:
    if demo_db.engine.dialect.name != "postgresql":
        pytest.skip("the pipeline is PostgreSQL's")
    with demo_db.read() as session, pytest.raises(ProgrammingError):
        fetch_together(
            session,
            select(Supplier.id).limit(1),
            select(text("no_such_column")).select_from(Supplier.__table__),
        )
    with demo_db.read() as session:  # the pool's connection still serves
        assert fetch_together(session, select(Supplier.id).limit(1), select(Offer.id).limit(1))


def test_reading_together_in_a_transaction_sees_what_it_holds(session: Session) -> None:
    """In a transaction (a save's checks), what the session holds unsent is sent first."""
    session.add(Supplier(name="Agrícola Pendiente", country="MX"))  # not flushed yet
    names, counts = fetch_together(
        session,
        select(Supplier.name).where(Supplier.name == "Agrícola Pendiente"),
        select(Supplier.country).where(Supplier.name == "Agrícola Pendiente"),
    )
    assert [r.name for r in names] == ["Agrícola Pendiente"]
    assert [r.country for r in counts] == ["MX"]
