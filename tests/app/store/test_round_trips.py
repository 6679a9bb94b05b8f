"""Round trips to the database at the store's level (issue 18 point 2): opening a database,
taking a connection from the pool, reading without a transaction. Counted, never timed:
statements with SQLAlchemy's cursor-execute event, and on PostgreSQL every message
exchange with libpq's own trace (each ReadyForQuery the server sends ends one round trip,
BEGIN, COMMIT, ROLLBACK and pings included).

`counting()` is shared with tests/app/cli/test_round_trips.py."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, delete, event, select, text
from sqlalchemy.pool import Pool

from app.services.demo import load_demo
from app.store.database import Database, ReadOnlySessionError, open_database
from models import Supplier, Tag, schema
from models import engine as engines
from models.engine import KEEPALIVES, create_database_engine
from tests.postgres import server_url

POSTGRES = os.environ.get("TEST_DATABASE_URL", "").startswith("postgres")
needs_postgres = pytest.mark.skipif(not POSTGRES, reason="needs TEST_DATABASE_URL on PostgreSQL")


@dataclass
class Counted:
    """What was sent while counting(): SQLAlchemy's statements, and on PostgreSQL each
    connection's exchanges as libpq traced them."""

    statements: list[str] = field(default_factory=list)
    connections: int = 0
    _traces: list[tuple[Any, Any]] = field(default_factory=list)
    _texts: list[str] = field(default_factory=list)

    @property
    def sent(self) -> list[str]:
        """Every query the client sent to a server, in order (BEGIN and COMMIT too),
        after the handshake; one per round trip."""
        self._finish()
        lines: list[str] = []
        for trace in self._texts:
            for line in trace.splitlines():
                parts = line.split("\t")
                if len(parts) >= 3 and parts[0] == "F" and parts[2] in ("Query", "Parse"):
                    lines.append(parts[3].strip().split('"')[1 if parts[2] == "Query" else 3])
        return lines

    @property
    def round_trips(self) -> int:
        """ReadyForQuery messages received: one per exchange the client waited on."""
        self._finish()
        return sum(
            1
            for trace in self._texts
            for line in trace.splitlines()
            if line.startswith("B\t") and "\tReadyForQuery" in line
        )

    def _untrace(self, pgconn: Any) -> None:
        for i, (traced, file) in enumerate(self._traces):
            if traced is pgconn:
                with contextlib.suppress(Exception):  # closed: the close event came first
                    pgconn.untrace()  # flushes libpq's buffer into the file
                file.seek(0)
                self._texts.append(file.read().decode("utf-8", "replace"))
                file.close()
                del self._traces[i]
                return

    def _finish(self) -> None:
        for pgconn, _file in list(self._traces):
            self._untrace(pgconn)


@contextmanager
def counting() -> Iterator[Counted]:
    """Count what every engine sends in the block (engines made in it included)."""
    counted = Counted()

    def executed(*args: Any) -> None:
        counted.statements.append(" ".join(str(args[2]).split()))

    def connected(dbapi_connection: Any, record: Any) -> None:
        counted.connections += 1
        trace(dbapi_connection)

    def taken(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        trace(dbapi_connection)  # a connection the pool held before the block

    def trace(dbapi_connection: Any) -> None:
        pgconn = getattr(dbapi_connection, "pgconn", None)
        if pgconn is None or any(traced is pgconn for traced, _ in counted._traces):
            return  # SQLite, or traced already
        from psycopg import pq

        file = tempfile.TemporaryFile()  # noqa: SIM115 - closed when its trace is read
        pgconn.trace(os.dup(file.fileno()))
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        counted._traces.append((pgconn, file))

    def closing(dbapi_connection: Any, record: Any) -> None:
        pgconn = getattr(dbapi_connection, "pgconn", None)
        if pgconn is not None:
            counted._untrace(pgconn)

    event.listen(Engine, "before_cursor_execute", executed)
    # class-level: before the dialect's first queries and the pool's own ping
    event.listen(Pool, "connect", connected)
    event.listen(Pool, "checkout", taken)
    event.listen(Pool, "close", closing)
    event.listen(Pool, "close_detached", closing)
    try:
        yield counted
    finally:
        event.remove(Engine, "before_cursor_execute", executed)
        event.remove(Pool, "connect", connected)
        event.remove(Pool, "checkout", taken)
        event.remove(Pool, "close", closing)
        event.remove(Pool, "close_detached", closing)
        counted._finish()


@pytest.fixture(scope="module")
def demo_server() -> Iterator[str]:
    """A PostgreSQL database of its own holding the demo data."""
    import uuid

    import psycopg

    from tests.postgres import libpq

    if not POSTGRES:
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    server = server_url()
    admin = psycopg.connect(libpq(server), autocommit=True, connect_timeout=5)
    name = f"sd_trips_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = str(server.set(database=name).render_as_string(hide_password=False))
    try:
        database = open_database(url)
        with database.transaction() as session:
            load_demo(session)
        database.dispose()
        yield url
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


# --- the engine -------------------------------------------------------------------------------


@needs_postgres
def test_a_new_connection_costs_one_statement_after_the_handshake(demo_server: str) -> None:
    """SQLAlchemy's own first connection asks version, schema, isolation level and
    standard_conforming_strings in a transaction, and looks hstore up: nine round trips.
    Here: one statement, outside a transaction."""
    with counting() as counted:
        engine = create_database_engine(demo_server)
        try:
            with engine.connect():
                pass
        finally:
            engine.dispose()
    assert counted.statements == []
    assert counted.sent == [engines._HANDSHAKE_QUERY], counted.sent
    assert counted.round_trips == 1


@needs_postgres
def test_the_dialect_learns_what_it_would_have_asked(demo_server: str) -> None:
    ours = create_database_engine(demo_server)
    theirs = create_engine(demo_server)
    try:
        for engine in (ours, theirs):
            with engine.connect():
                pass
        for name in (
            "server_version_info",
            "default_schema_name",
            "default_isolation_level",
            "_backslash_escapes",
            "supports_identity_columns",
            "supports_smallserial",
            "insert_returning",
        ):
            assert getattr(ours.dialect, name) == getattr(theirs.dialect, name), name
    finally:
        ours.dispose()
        theirs.dispose()


@needs_postgres
def test_taking_a_pooled_connection_sends_nothing(demo_server: str) -> None:
    """No ping per checkout (TCP keepalives instead): five checkouts, five statements."""
    engine = create_database_engine(demo_server)
    try:
        with engine.connect():
            pass
        with counting() as counted:
            for _ in range(5):
                with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                    connection.execute(text("SELECT 1"))
        assert counted.connections == 0
        assert counted.round_trips == 5, counted.sent
        assert engine.pool._pre_ping is False
    finally:
        engine.dispose()


@needs_postgres
def test_connections_carry_tcp_keepalives(demo_server: str) -> None:
    engine = create_database_engine(demo_server)
    try:
        with engine.connect() as connection:
            parameters = connection.connection.driver_connection.info.get_parameters()  # type: ignore[union-attr]
        assert {key: parameters.get(key) for key in KEEPALIVES} == {
            key: str(value) for key, value in KEEPALIVES.items()
        }
    finally:
        engine.dispose()


@needs_postgres
def test_a_connection_idle_long_is_pinged_once_and_replaced_if_dead(
    demo_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    from tests.postgres import libpq

    engine = create_database_engine(demo_server)
    try:
        with engine.connect() as connection:
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        monkeypatch.setattr(engines, "IDLE_PING_S", 0.0)  # every connection is "idle long"
        with counting() as counted, engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar() == pid
        assert counted.sent[:3] == [";", "BEGIN", "SELECT pg_backend_pid()"]  # ping first
        with psycopg.connect(libpq(server_url()), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        with engine.connect() as connection:  # the ping fails: a new connection, no error
            assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar() != pid
    finally:
        engine.dispose()


@needs_postgres
def test_a_connection_the_server_ended_is_replaced_without_waiting(demo_server: str) -> None:
    """The server's goodbye waits on the socket: seen locally, so the pool pings that
    connection (and replaces it) although it was idle for less than IDLE_PING_S."""
    import time

    import psycopg

    from tests.postgres import libpq

    engine = create_database_engine(demo_server)
    try:
        with engine.connect() as connection:
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with psycopg.connect(libpq(server_url()), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            for _ in range(500):  # until the backend is gone (its socket closed)
                gone = admin.execute(
                    "SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE pid = %s)", [pid]
                ).fetchone()
                if gone and gone[0]:
                    break
                time.sleep(0.01)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar() != pid
    finally:
        engine.dispose()


# --- opening ----------------------------------------------------------------------------------


@needs_postgres
def test_opening_a_server_database_is_one_statement(demo_server: str) -> None:
    """Tables, schema version and login in one statement, outside a transaction (before:
    three table listings, two alembic_version reads and session_user, each in a
    transaction of its own, and a ping before each: 24 round trips)."""
    with counting() as counted:
        database = open_database(demo_server)
        database.dispose()
    assert len(counted.statements) == 1, counted.statements
    assert counted.round_trips == 2, counted.sent  # the handshake's statement, and this one
    assert counted.connections == 1
    assert database.revision == schema.HEAD


@needs_postgres
def test_opening_an_empty_server_database_reads_it_and_makes_it(new_postgresql: Any) -> None:
    url = new_postgresql()
    database = open_database(url)
    try:
        assert database.revision == schema.HEAD
        with database.read() as session:
            assert session.scalar(select(Supplier.id).limit(1)) is None
    finally:
        database.dispose()


def test_opening_a_sqlite_file_reads_its_schema_once(tmp_path: Path) -> None:
    """The file's tables and revision are read through a read-only connection before the
    engine exists; nothing reads them again."""
    path = tmp_path / "desk.sqlite3"
    open_database(str(path)).dispose()
    with counting() as counted:
        database = open_database(str(path), daily_backup=False)
        database.dispose()
    assert counted.statements == []
    assert database.revision == schema.HEAD


# --- reading ----------------------------------------------------------------------------------


@needs_postgres
def test_a_read_sends_no_begin_and_no_rollback(demo_server: str) -> None:
    database = open_database(demo_server)
    try:
        with counting() as counted, database.read() as session:
            names = session.scalars(select(Supplier.name).limit(3)).all()
        assert len(names) == 3
        assert counted.round_trips == 1, counted.sent
        assert not any(s.upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")) for s in counted.sent)
        with counting() as counted, database.transaction() as session:  # a write's, as before
            session.scalars(select(Supplier.name).limit(3)).all()
        assert [s.split()[0].upper() for s in counted.sent] == ["BEGIN", "SELECT", "COMMIT"]
    finally:
        database.dispose()


@pytest.mark.parametrize("where", ["sqlite", pytest.param("postgresql", marks=needs_postgres)])
def test_a_read_refuses_to_write(where: str, tmp_path: Path, request: Any) -> None:
    url = (
        str(tmp_path / "desk.sqlite3")
        if where == "sqlite"
        else request.getfixturevalue("demo_server")
    )
    database = open_database(url)
    try:
        with database.read() as session:
            session.add(Tag(name="Orgánico", key=f"organico-{tmp_path.name}"))
            with pytest.raises(ReadOnlySessionError):
                session.flush()
            session.expunge_all()
        with database.read() as session, pytest.raises(ReadOnlySessionError):
            session.execute(delete(Tag).where(Tag.id == -1))
        with pytest.raises(ReadOnlySessionError), database.read() as session:
            session.add(Tag(name="Orgánico", key=f"organico-{tmp_path.name}"))  # never flushed
        with database.read() as session:
            assert session.scalar(select(Tag.id).where(Tag.key.like("organico-%"))) is None
    finally:
        database.dispose()


def test_an_opening_for_reading_makes_every_transaction_a_read(tmp_path: Path) -> None:
    database: Database = open_database(str(tmp_path / "desk.sqlite3"))
    try:
        database.only_reads = True
        with database.transaction() as session:
            assert session.scalar(select(Supplier.id).limit(1)) is None
        with pytest.raises(ReadOnlySessionError), database.transaction() as session:
            session.add(Tag(name="Orgánico", key="organico"))
        database.only_reads = False
        with database.transaction() as session:
            session.add(Tag(name="Orgánico", key="organico"))
        with database.transaction() as session:
            assert session.scalar(select(Tag.key)) == "organico"
    finally:
        database.dispose()
