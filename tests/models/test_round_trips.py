"""models.round_trips on PostgreSQL: a write transaction's BEGIN rides with its first
statement, and the audit rows and the NOTIFY of a flush ride with the next statement or
the COMMIT. Counted with libpq's own trace (one ReadyForQuery per wait), never timed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.errors import ConflictError
from app.queries.batched import fetch_together
from app.services.suppliers import update_supplier
from app.store.database import Database, open_database
from models import AuditAction, AuditEntry, Supplier
from models.engine import create_database_engine
from models.round_trips import ANSWER_NOT_AWAITED, row_held
from tests.app.store.test_round_trips import counting, demo_server, needs_postgres

__all__ = ["demo_server"]  # the fixture, shared

pytestmark = needs_postgres

UNAWAITED = {ANSWER_NOT_AWAITED: True}


@pytest.fixture
def database(demo_server: str) -> Iterator[Database]:
    database = open_database(demo_server)
    with database.transaction() as session:  # the pool's connection made before counting
        session.scalar(select(func.count(Supplier.id)))
    yield database
    database.dispose()


@pytest.fixture
def engine(demo_server: str) -> Iterator[Engine]:
    engine = create_database_engine(demo_server)
    yield engine
    engine.dispose()


def first_supplier(database: Database) -> tuple[int, int]:
    with database.read() as session:
        supplier = session.scalars(select(Supplier).order_by(Supplier.id).limit(1)).one()
        return supplier.id, supplier.version


def audit_rows(session: Session, supplier_id: int, value: str) -> int:
    return int(
        session.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "suppliers",
                AuditEntry.entity_id == supplier_id,
                AuditEntry.new_value == value,
            )
        )
        or 0
    )


def audit_row(entity_id: int, value: str) -> dict[str, Any]:
    return {
        "entity": "suppliers",
        "entity_id": entity_id,
        "parent_entity": None,
        "parent_id": None,
        "action": AuditAction.UPDATE,
        "field": "address",
        "old_value": None,
        "new_value": value,
        "actor": "tester",
        "at": datetime.now(UTC),
        "batch_id": None,
    }


def test_saving_a_supplier_waits_twice(database: Database) -> None:
    supplier_id, version = first_supplier(database)
    with counting() as counted, database.transaction() as session:
        update_supplier(session, supplier_id, {"address": "Km 3 Uruapan"}, expected_version=version)
    words = [s.split()[0].upper() for s in counted.sent]
    assert words == ["BEGIN", "SELECT", "UPDATE", "SELECT", "INSERT", "SELECT", "COMMIT"]
    assert "FOR UPDATE OF suppliers" in counted.statements[0]
    assert "1 / count(*)" in counted.sent[3]  # the UPDATE's row is there, as it left it
    assert "pg_notify" in counted.sent[5]
    # BEGIN + the locked read (the version checked); the UPDATE of the row held, the
    # audit rows, the NOTIFY and the COMMIT
    assert counted.round_trips == 2, counted.sent
    with database.read() as session:
        assert audit_rows(session, supplier_id, "Km 3 Uruapan") == 1
        assert session.get(Supplier, supplier_id).address == "Km 3 Uruapan"  # type: ignore[union-attr]


def test_a_read_after_a_flush_sees_its_audit_rows_in_the_same_flight(database: Database) -> None:
    supplier_id, version = first_supplier(database)
    with counting() as counted, database.transaction() as session:
        update_supplier(session, supplier_id, {"address": "Parcela 9"}, expected_version=version)
        seen = audit_rows(session, supplier_id, "Parcela 9")
    assert seen == 1
    words = [s.split()[0].upper() for s in counted.sent]
    assert words == ["BEGIN", "SELECT", "UPDATE", "SELECT", "INSERT", "SELECT", "SELECT", "COMMIT"]
    assert counted.round_trips == 3, counted.sent  # the UPDATE and audit rows went with the count


def test_a_stale_copy_is_refused_and_nothing_is_written(database: Database) -> None:
    supplier_id, version = first_supplier(database)
    with pytest.raises(ConflictError), database.transaction() as session:
        update_supplier(session, supplier_id, {"address": "Viejo"}, expected_version=version - 1)
    with database.read() as session:
        assert audit_rows(session, supplier_id, "Viejo") == 0
        assert session.get_one(Supplier, supplier_id).version == version


def test_a_held_update_that_matched_no_row_fails_the_commit_and_nothing_stays(
    engine: Engine,
) -> None:
    """The check sent after a held row's UPDATE: were the row changed after all (here it
    was noted held without the lock, and another session changed it), the COMMIT that
    goes with them fails and neither the UPDATE nor its audit rows stay."""
    with Session(engine) as session:
        supplier = session.scalars(select(Supplier).order_by(Supplier.id).limit(1)).one()
        supplier_id, version = supplier.id, supplier.version
        row_held(session.connection(), "suppliers", supplier_id, version)  # not locked
        with Session(engine) as other:
            other.get_one(Supplier, supplier_id).city = "Otra"
            other.commit()
        supplier.address = "Se pierde"
        session.flush()  # queued: a row count of 1 taken for granted
        with pytest.raises(DBAPIError, match="division by zero"):
            session.commit()
        session.rollback()
    with Session(engine) as session:
        assert session.get_one(Supplier, supplier_id).address != "Se pierde"
        assert audit_rows(session, supplier_id, "Se pierde") == 0


def test_a_rollback_drops_what_was_queued(database: Database) -> None:
    supplier_id, version = first_supplier(database)
    with (  # noqa: PT012 - the block fails after the flush
        counting() as counted,
        pytest.raises(RuntimeError),
        database.transaction() as session,
    ):
        update_supplier(session, supplier_id, {"address": "Nunca"}, expected_version=version)
        raise RuntimeError("the user's action failed after the flush")
    assert not any(s.upper().startswith("INSERT") for s in counted.sent), counted.sent
    with database.read() as session:
        assert audit_rows(session, supplier_id, "Nunca") == 0
        assert session.get(Supplier, supplier_id).address != "Nunca"  # type: ignore[union-attr]


def test_a_refused_queued_write_fails_the_commit_and_nothing_stays(engine: Engine) -> None:
    with Session(engine) as session:
        supplier = session.scalars(select(Supplier).order_by(Supplier.id).limit(1)).one()
        supplier_id, address = supplier.id, supplier.address
        session.rollback()
        supplier = session.get_one(Supplier, supplier_id)
        supplier.address = "Se pierde"
        session.flush()
        refused = {**audit_row(supplier_id, "x"), "entity": None}  # NOT NULL
        session.connection().execute(
            insert(AuditEntry).values([refused]).execution_options(**UNAWAITED)
        )
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        assert session.get_one(Supplier, supplier_id).address == address


def test_rolling_back_to_a_savepoint_drops_only_what_came_after_it(engine: Engine) -> None:
    stamp = datetime.now(UTC).isoformat()
    before, after = f"before {stamp}", f"after {stamp}"

    def queue(connection: Connection, supplier_id: int, value: str) -> None:
        statement = insert(AuditEntry).values([audit_row(supplier_id, value)])
        connection.execute(statement.execution_options(**UNAWAITED))

    with engine.connect() as connection:
        supplier_id = connection.scalars(select(Supplier.id).order_by(Supplier.id)).first()
        assert supplier_id is not None
        queue(connection, supplier_id, before)
        savepoint = connection.begin_nested()  # SAVEPOINT: what was queued goes first
        queue(connection, supplier_id, after)
        savepoint.rollback()
        connection.commit()
    with Session(engine) as session:
        assert audit_rows(session, supplier_id, before) == 1
        assert audit_rows(session, supplier_id, after) == 0


def test_a_write_transaction_that_only_reads_waits_twice(database: Database) -> None:
    with counting() as counted, database.transaction() as session:
        session.scalar(select(func.count(Supplier.id)))
    assert [s.split()[0].upper() for s in counted.sent] == ["BEGIN", "SELECT", "COMMIT"]
    assert counted.round_trips == 2, counted.sent


def test_a_transaction_that_begins_with_a_queued_write_sends_it_with_its_begin(
    engine: Engine,
) -> None:
    value = f"first {datetime.now(UTC).isoformat()}"
    with engine.connect() as connection:
        supplier_id = connection.scalars(select(Supplier.id).order_by(Supplier.id)).first()
    assert supplier_id is not None
    statement = insert(AuditEntry).values([audit_row(supplier_id, value)])
    with counting() as counted, engine.connect() as connection:
        connection.execute(statement.execution_options(**UNAWAITED))
        with Session(bind=connection) as session:
            seen = audit_rows(session, supplier_id, value)
        connection.rollback()
    assert seen == 1
    assert [s.split()[0].upper() for s in counted.sent] == ["BEGIN", "INSERT", "SELECT", "ROLLBACK"]
    assert counted.round_trips == 2, counted.sent  # BEGIN, the INSERT, the read; ROLLBACK


def test_statements_sent_together_begin_their_transaction_in_the_same_flight(
    database: Database,
) -> None:
    with counting() as counted, database.transaction() as session:
        ids, count = fetch_together(
            session, select(Supplier.id).limit(2), select(func.count(Supplier.id))
        )
    assert len(ids) == 2
    assert count[0][0] >= 2
    words = [s.split()[0].upper() for s in counted.sent]
    assert words == ["BEGIN", "SELECT", "SELECT", "COMMIT"], counted.sent
    assert counted.round_trips == 2, counted.sent  # the three together; the COMMIT
