"""app.queries.shipment_record: the shipment form's record and its documents' checklist,
each in one statement, give what the ORM's reads gave (every demo shipment, on SQLite and
PostgreSQL); a shipment that is no more is not found."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import NotFoundError
from app.queries.batched import fetch_together
from app.queries.seasons import shipment_season_facts
from app.queries.shipment_record import DocumentsRead, shipment_record_read
from app.services.common import current_values
from app.services.files import attach_file, attachment_counts
from app.services.shipments import get_shipment
from app.store.database import Database
from models import AttachmentOwner, Shipment
from tests.app.store.test_round_trips import counting, demo_server

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

MARGIN = 5


def shipment_ids(database: Database) -> list[int]:
    with database.read() as session:
        return list(session.scalars(select(Shipment.id).order_by(Shipment.id)))


def test_a_shipments_record_is_what_the_orm_read(demo_db: Database) -> None:
    ids = shipment_ids(demo_db)
    assert ids
    for shipment_id in ids:
        with demo_db.read() as session:
            read = shipment_record_read(shipment_id, MARGIN)
            version, values = read.answer(session, fetch_together(session, *read.statements))
        with demo_db.read() as session:
            shipment = get_shipment(session, shipment_id)
            expected = current_values(shipment)
            expected["negotiation"] = shipment.negotiation.title
            expected["season_facts"] = shipment_season_facts(session, shipment_id, MARGIN)
            assert (version, values) == (shipment.version, expected)


def test_a_shipments_documents_are_what_the_orm_read(demo_db: Database) -> None:
    with demo_db.transaction() as session:  # a file on a document, to be counted
        shipment = session.scalars(select(Shipment).order_by(Shipment.id)).first()
        assert shipment is not None
        document = shipment.documents[0].id
        attach_file(session, AttachmentOwner.SHIPMENT_DOCUMENT, document, b"B/L", "bl.pdf")
    attached = 0
    for shipment_id in shipment_ids(demo_db):
        with demo_db.read() as session:
            read = DocumentsRead(shipment_id)
            found = read.answer(session, fetch_together(session, *read.statements))
        with demo_db.read() as session:
            documents = get_shipment(session, shipment_id).documents
            counts = attachment_counts(
                session, AttachmentOwner.SHIPMENT_DOCUMENT, [d.id for d in documents]
            )
            expected = [
                (d.kind, d.status, d.reference or "", d.received_on, d.id, counts.get(d.id, 0))
                for d in documents
            ]
        assert [
            (d.kind, d.status, d.reference, d.received_on, d.document_id, d.files) for d in found
        ] == expected
        attached += sum(d.files for d in found)
    assert attached >= 1  # the file attached here is counted


def test_a_shipment_that_is_no_more_is_not_found(demo_db: Database) -> None:
    missing = max(shipment_ids(demo_db)) + 1000
    with demo_db.read() as session:
        read = shipment_record_read(missing, MARGIN)
        found = fetch_together(session, *read.statements)
        with pytest.raises(NotFoundError):
            read.answer(session, found)
        documents = DocumentsRead(missing)
        assert documents.answer(session, fetch_together(session, *documents.statements)) == []


def test_the_record_and_the_documents_take_one_round_trip_each(demo_db: Database) -> None:
    if demo_db.engine.dialect.name != "postgresql":
        pytest.skip("round trips are PostgreSQL's")
    shipment_id = shipment_ids(demo_db)[0]
    with demo_db.read() as session:  # the pool's connection open, as the window's is
        session.scalar(select(Shipment.id).limit(1))
    for read in (shipment_record_read(shipment_id, MARGIN), DocumentsRead(shipment_id)):
        with counting() as counted, demo_db.read() as session:
            read.answer(session, fetch_together(session, *read.statements))
        assert counted.round_trips == 1, counted.sent
