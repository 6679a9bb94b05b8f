"""The team database connection: URL from its parts, reasons a person can act on, the
password in the keyring only, and a connection lost midway."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from app.store import connection
from app.store.connection import (
    ConnectionFailedError,
    ConnectionLostError,
    ServerSettings,
    check_connection,
    explain,
)
from models.engine import create_database_engine
from tests.keyrings import MemoryKeyring

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
on_postgresql = pytest.mark.skipif(
    not PG_URL.startswith("postgresql"), reason="needs TEST_DATABASE_URL on PostgreSQL"
)


SERVER = ServerSettings(
    host="db.example.com", database="desk", user="ana", port=5433, tls="require"
)


def test_url_from_parts_carries_tls_mode_and_never_shows_the_password() -> None:
    url = SERVER.url("s3cret")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database, url.username) == (
        "db.example.com",
        5433,
        "desk",
        "ana",
    )
    assert url.query["sslmode"] == "require"
    assert url.password == "s3cret"
    assert "s3cret" not in SERVER.remembered_url()
    assert "s3cret" not in str(url)
    assert ServerSettings.from_url(url) == SERVER
    assert ServerSettings.from_url(SERVER.remembered_url()) == SERVER


def test_url_refuses_missing_parts_with_the_field_named() -> None:
    with pytest.raises(ConnectionFailedError, match=r"^Server: "):
        ServerSettings(host=" ", database="desk", user="ana").url()
    with pytest.raises(ConnectionFailedError, match=r"^Database: "):
        ServerSettings(host="h", database="", user="ana").url()
    with pytest.raises(ConnectionFailedError, match=r"^TLS: 'sometimes'"):
        ServerSettings(host="h", database="d", user="ana", tls="sometimes").url()


def test_from_url_of_a_sqlite_path_is_none(tmp_path: object) -> None:
    assert ServerSettings.from_url(f"{tmp_path}/desk.sqlite3") is None
    assert ServerSettings.from_url("postgres://bob@h/desk").user == "bob"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            "Connection refused\n\tIs the server running on that host?",
            "the server is not running or refuses connections",
        ),
        (
            'connection to server at "h" failed: FATAL:  password authentication failed for '
            'user "ana"',
            "the server refused the login (wrong user name or password)",
        ),
        (
            'connection to server at "h" failed: FATAL:  database "desk" does not exist',
            "the database 'desk' does not exist on the server",
        ),
        ("failed to resolve host 'nosuch': Name or service not known", "name cannot be found"),
        ("connection timeout expired", "does not answer"),
    ],
)
def test_explain_names_the_reason(driver_message: str, expected: str) -> None:
    line = explain(Exception(driver_message), "h:5432/desk")
    assert line.startswith("h:5432/desk: ")
    assert expected in line
    assert "\n" not in line


def test_check_connection_to_a_closed_port_says_the_server_is_down() -> None:
    server = ServerSettings(host="127.0.0.1", database="desk", user="ana", port=1)
    with pytest.raises(ConnectionFailedError, match="not running or refuses connections"):
        check_connection(server.url("pw"))


def test_password_goes_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    assert connection.keyring_available()
    assert connection.remember_password(SERVER, "s3cret")
    assert memory_keyring.entries == {("Supplier Desk", "ana@db.example.com:5433/desk"): "s3cret"}
    connection._session_passwords.clear()  # a new run of the program
    assert connection.stored_password(SERVER) == "s3cret"
    full = make_url(connection.url_with_password(SERVER.remembered_url()))
    assert full.password == "s3cret"
    assert full.query["sslmode"] == "require"
    connection.forget_password(SERVER)
    assert memory_keyring.entries == {}
    assert connection.stored_password(SERVER) is None


def test_without_a_keyring_the_password_lasts_this_session_only(no_keyring: None) -> None:
    assert not connection.keyring_available()
    assert connection.remember_password(SERVER, "s3cret") is False
    assert connection.stored_password(SERVER) == "s3cret"
    connection._session_passwords.clear()  # the next run: nothing was written anywhere
    assert connection.stored_password(SERVER) is None


# --- on PostgreSQL ---------------------------------------------------------------------------


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    engine = create_database_engine(PG_URL)
    connection.guard_connection(engine)
    yield engine
    engine.dispose()


def _terminate(pid: int) -> None:
    killer = create_database_engine(PG_URL)
    with killer.connect() as other:
        assert other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    killer.dispose()


@on_postgresql
def test_check_connection_reports_version_and_schema(engine: Engine) -> None:
    line = check_connection(make_url(PG_URL))
    assert line.startswith("Connected: PostgreSQL ")
    assert "schema up to date" in line


@on_postgresql
def test_check_connection_to_a_missing_database_says_so() -> None:
    name = f"missing_{uuid.uuid4().hex[:8]}"
    with pytest.raises(ConnectionFailedError, match=f"the database '{name}' does not exist"):
        check_connection(make_url(PG_URL).set(database=name))


@on_postgresql
def test_a_read_after_the_backend_was_terminated_works(pg_engine: Engine) -> None:
    with pg_engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    _terminate(pid)

    def read() -> int:
        with pg_engine.connect() as conn:
            return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())

    # The pool sees the server's goodbye on the idle socket and reconnects; if the goodbye
    # has not arrived yet, the read fails as lost and its retry reconnects.
    assert connection.retry_read(read) != pid


@on_postgresql
def test_a_connection_lost_during_a_statement_is_one_line_and_a_retry_reads(
    pg_engine: Engine,
) -> None:
    calls = []

    def read() -> int:
        with pg_engine.connect() as conn:
            pid = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
            if not calls:
                calls.append(pid)
                _terminate(pid)
            return int(conn.execute(text("SELECT 42")).scalar_one())

    with pytest.raises(ConnectionLostError, match=r"^The connection to the team database was lost"):
        read()
    calls.clear()
    assert connection.retry_read(read) == 42
    assert len(calls) == 1


@on_postgresql
def test_a_refused_statement_is_not_taken_for_a_lost_connection(pg_engine: Engine) -> None:
    from sqlalchemy.exc import ProgrammingError

    with pytest.raises(ProgrammingError), pg_engine.connect() as conn:
        conn.execute(text("SELECT * FROM no_such_table"))


@on_postgresql
def test_a_cancelled_statement_is_not_taken_for_a_lost_connection(pg_engine: Engine) -> None:
    """57014 (statement timeout) is an OperationalError on a connection that still works."""
    from sqlalchemy.exc import OperationalError

    with pg_engine.connect() as conn:
        conn.execute(text("SET statement_timeout = 10"))
        with pytest.raises(OperationalError) as caught:
            conn.execute(text("SELECT pg_sleep(1)"))
        assert not connection.is_connection_lost(caught.value)
        conn.rollback()
        assert conn.execute(text("SELECT 1")).scalar_one() == 1


@on_postgresql
def test_a_lock_not_available_is_not_taken_for_a_lost_connection(pg_engine: Engine) -> None:
    """55P03 (NOWAIT on a held lock) is a refusal of one statement, not a lost connection."""
    from sqlalchemy.exc import OperationalError

    table = f"lock_probe_{uuid.uuid4().hex[:8]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f"CREATE TABLE {table} (x int)"))
    try:
        with pg_engine.connect() as holder, pg_engine.connect() as other:
            holder.execute(text(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(OperationalError) as caught:
                other.execute(text(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE NOWAIT"))
            assert caught.value.orig is not None
            assert getattr(caught.value.orig, "sqlstate", None) == "55P03"
            assert not connection.is_connection_lost(caught.value)
            holder.rollback()
    finally:
        with pg_engine.begin() as conn:
            conn.execute(text(f"DROP TABLE {table}"))
