"""Change notification: NOTIFY after a commit on PostgreSQL, data_version on SQLite."""

from __future__ import annotations

import os
import queue
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete

from app.store import live
from models import AuditEntry, ImportBatch, ImportMapping, Supplier
from models.engine import create_database_engine, make_session_factory
from models.product import Product
from models.schema import upgrade

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
on_postgresql = pytest.mark.skipif(
    not PG_URL.startswith("postgresql"), reason="needs TEST_DATABASE_URL on PostgreSQL"
)


def test_parse_payload() -> None:
    assert live.parse("123-ab suppliers,contacts") == ("123-ab", {"suppliers", "contacts"})
    assert live.parse("123-ab ") == ("123-ab", frozenset())


def test_data_version_sees_commits_by_another_connection_only(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    engine = create_database_engine(str(path))
    upgrade(engine)
    watch = live.DataVersionWatch(path)
    sessions = make_session_factory(engine, "ana")
    try:
        assert not watch.changed()
        with sessions.begin() as session:
            session.add(Product(name="Hass avocado", key="hass avocado"))
        assert watch.changed()
        assert not watch.changed()  # once per batch of commits
        with sessions.begin() as session:
            session.add(Product(name="Cherry", key="cherry"))
        watch.absorb()  # our own commit, said right after it
        assert not watch.changed()
    finally:
        watch.close()
        engine.dispose()


# --- PostgreSQL --------------------------------------------------------------------------


@pytest.fixture
def pg(engine: Engine) -> Iterator[Engine]:
    """The migrated test database, with the rows this test commits removed afterwards."""
    yield engine
    with engine.begin() as conn:
        conn.execute(delete(Product).where(Product.key.like("live-test-%")))


def _listener(
    engine: Engine, ignore: str
) -> tuple[live.ChangeListener, queue.Queue[frozenset[str]]]:
    received: queue.Queue[frozenset[str]] = queue.Queue()
    listener = live.ChangeListener(engine.url, received.put, ignore_origin=ignore, poll_s=0.2)
    listener.start()
    assert listener.listening.wait(5)
    return listener, received


@on_postgresql
def test_a_commit_on_one_connection_reaches_the_other_listener_within_5_s(pg: Engine) -> None:
    theirs = make_session_factory(create_database_engine(PG_URL), "bea")
    live.announce_changes(theirs, live.new_origin())
    listener, received = _listener(pg, ignore=live.new_origin())
    key = f"live-test-{uuid.uuid4().hex[:8]}"
    try:
        started = time.perf_counter()
        with theirs.begin() as session:
            session.add(Product(name="Açaí", key=key))
        tables = received.get(timeout=5)
        elapsed = time.perf_counter() - started
        assert tables == {"products"}
        assert elapsed < 5
        assert received.empty()  # one commit, one notification
    finally:
        listener.stop()
        theirs.kw["bind"].dispose()


@on_postgresql
def test_own_changes_and_rolled_back_ones_are_not_announced(pg: Engine) -> None:
    origin = live.new_origin()
    ours = make_session_factory(create_database_engine(PG_URL), "ana")
    live.announce_changes(ours, origin)
    listener, received = _listener(pg, ignore=origin)
    other, from_all = _listener(pg, ignore="")
    try:
        with ours.begin() as session:
            session.add(Product(name="Mango", key=f"live-test-{uuid.uuid4().hex[:8]}"))
        assert from_all.get(timeout=5) == {"products"}  # it was sent...
        with ours() as session:  # the user's action failed after a flush
            session.add(Product(name="Prawn", key=f"live-test-{uuid.uuid4().hex[:8]}"))
            session.flush()
            session.rollback()
        time.sleep(0.6)
        assert received.empty()  # ...but not to ourselves
        assert from_all.empty()  # and a rollback sends nothing
    finally:
        listener.stop()
        other.stop()
        ours.kw["bind"].dispose()


@on_postgresql
def test_each_table_is_announced_once_per_transaction(pg: Engine) -> None:
    theirs = make_session_factory(create_database_engine(PG_URL), "bea")
    live.announce_changes(theirs, live.new_origin())
    listener, received = _listener(pg, ignore="")
    try:
        with theirs.begin() as session:
            for number in range(50):  # a bulk import flushing chunk after chunk
                session.add(Product(name=f"P{number}", key=f"live-test-{uuid.uuid4().hex}"))
                session.flush()
        assert received.get(timeout=5) == {"products"}
        time.sleep(0.5)
        assert received.empty()
    finally:
        listener.stop()
        theirs.kw["bind"].dispose()


@on_postgresql
def test_the_listener_stops_promptly(pg: Engine) -> None:
    listener, _received = _listener(pg, ignore="")
    started = time.perf_counter()
    listener.stop()
    assert time.perf_counter() - started < 2


@on_postgresql
def test_an_import_through_open_database_is_announced_with_its_bulk_tables(
    pg: Engine, tmp_path: Path
) -> None:
    """The command line opens the database like the window: its imports, written with
    Core statements the ORM does not see, still reach the others' lists."""
    from app.importing.commit import commit_preview
    from app.importing.mapping import layout_signature
    from app.importing.preview import build_preview
    from app.importing.undo import undo_batch
    from app.store.database import open_database

    database = open_database(PG_URL, daily_backup=False, upgrade=False)
    listener, received = _listener(pg, ignore=live.new_origin())
    path = tmp_path / "live.csv"
    name = f"Live Test {uuid.uuid4().hex[:8]}"
    path.write_text(f"Proveedor,País\n{name},CL\n", encoding="utf-8")
    batch = 0
    try:
        with database.sessions() as session:
            preview = build_preview(session, path)
        with database.transaction() as session:
            batch = commit_preview(session, preview).batch_id
        assert {"suppliers", "import_batches", "import_rows"} <= _gathered(received)
        with database.transaction() as session:
            undo_batch(session, batch)
        assert "suppliers" in _gathered(received)
    finally:
        listener.stop()
        database.dispose()
        with pg.begin() as conn:  # the suite shares this database: leave nothing behind
            conn.execute(delete(Supplier).where(Supplier.name == name))  # if undo never ran
            conn.execute(delete(AuditEntry).where(AuditEntry.batch_id == batch))
            conn.execute(delete(ImportBatch).where(ImportBatch.id == batch))
            signature = layout_signature(["Proveedor", "País"])
            conn.execute(delete(ImportMapping).where(ImportMapping.signature == signature))


def _gathered(received: queue.Queue[frozenset[str]], wait: float = 5) -> set[str]:
    """The tables of the notifications one transaction sent (one per flush that wrote
    new tables), gathered until a pause."""
    tables = set(received.get(timeout=wait))
    while True:
        try:
            tables |= received.get(timeout=0.5)
        except queue.Empty:
            return tables
