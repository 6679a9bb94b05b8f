"""Lost and slow connections (issue 18 point 4): reads run again on a fresh connection with
a short wait, writes reported and never sent twice, TLS for a server on another computer.

The tests on PostgreSQL put a small TCP proxy of their own between the app and the server
and cut every connection through it mid-action: the way a lost link looks to the client."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from app.store import connection, reconnect
from app.store.connection import (
    LOST,
    LOST_IN_DOUBT,
    LOST_SAVING,
    ConnectionFailedError,
    ServerSettings,
    is_change,
    is_local_host,
    lost_error,
    required_sslmode,
    secure_parameters,
)
from app.store.database import Database, open_database
from app.store.reconnect import ConnectionLostError, retry_reads, run_read
from tests.postgres import server_url

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
on_postgresql = pytest.mark.skipif(
    not PG_URL.startswith("postgresql"), reason="needs TEST_DATABASE_URL on PostgreSQL"
)


class Heard:
    """A reconnect listener that writes down what it was told."""

    def __init__(self) -> None:
        self.events: list[tuple[object, ...]] = []

    def reconnecting(self, attempt: int, tries: int, delay: float) -> None:
        self.events.append(("reconnecting", attempt, tries, delay))

    def reconnected(self) -> None:
        self.events.append(("reconnected",))

    def gave_up(self, error: BaseException) -> None:
        self.events.append(("gave_up", type(error).__name__))


@pytest.fixture
def heard() -> Iterator[Heard]:
    listener = Heard()
    stop = reconnect.listen(listener)
    reconnect._state["down"] = False
    yield listener
    stop()
    reconnect._state["down"] = False


def lost() -> ConnectionLostError:
    return ConnectionLostError(LOST)


def failing(times: int, error: Callable[[], BaseException] = lost) -> Callable[[], str]:
    calls: list[int] = []

    def read() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise error()
        return f"read after {len(calls)} tries"

    read.calls = calls  # type: ignore[attr-defined]
    return read


# --- retrying reads (no database) ------------------------------------------------------------


def test_a_lost_read_is_run_again_after_short_waits(heard: Heard) -> None:
    waits: list[float] = []
    assert run_read(failing(2), sleep=waits.append) == "read after 3 tries"
    assert waits == [0.2, 0.5]
    assert heard.events == [
        ("reconnecting", 1, 3, 0.2),
        ("reconnecting", 2, 3, 0.5),
        ("reconnected",),
    ]


def test_a_read_gives_up_after_three_more_tries_and_raises_the_last_error(heard: Heard) -> None:
    waits: list[float] = []
    read = failing(10)
    with pytest.raises(ConnectionLostError):
        run_read(read, sleep=waits.append)
    assert waits == [0.2, 0.5, 1.0]
    assert len(read.calls) == 4  # type: ignore[attr-defined]
    assert heard.events[-1] == ("gave_up", "ConnectionLostError")
    assert reconnect.is_down()
    assert run_read(lambda: 1, sleep=waits.append) == 1  # the next read that works says so
    assert heard.events[-1:] == [("reconnected",)]
    assert not reconnect.is_down()
    run_read(lambda: 2)
    assert heard.events[-1:] == [("reconnected",)]  # said once, not after every read
    assert len(heard.events) == 5


def test_a_read_that_works_at_once_says_nothing(heard: Heard) -> None:
    assert run_read(lambda: 7) == 7
    assert heard.events == []


@pytest.mark.parametrize(
    "error",
    [
        lambda: ValueError("a bug"),
        lambda: ConnectionLostError(LOST_SAVING, saving=True),
        lambda: ConnectionLostError(LOST_IN_DOUBT, in_doubt=True),
        lambda: ConnectionFailedError("h: the server refused the login"),
        lambda: DBAPIError("SELECT 1", None, psycopg.errors.UndefinedTable("no such table")),
        lambda: DBAPIError(
            None,
            None,
            psycopg.OperationalError(
                'connection to server at "h" failed: FATAL:  password authentication failed'
            ),
        ),
    ],
    ids=["bug", "saving", "in-doubt", "refused-login", "refused-statement", "wrong-password"],
)
def test_what_another_try_cannot_cure_is_raised_at_once(
    heard: Heard, error: Callable[[], BaseException]
) -> None:
    read = failing(1, error)
    with pytest.raises(type(error())):
        run_read(read, sleep=lambda _s: None)
    assert len(read.calls) == 1  # type: ignore[attr-defined]
    assert heard.events == []


def test_psycopg_own_lost_connection_is_retried() -> None:
    def server_closed() -> BaseException:
        return psycopg.OperationalError("server closed the connection unexpectedly")

    assert run_read(failing(1, server_closed), sleep=lambda _s: None) == "read after 2 tries"
    refused = DBAPIError(
        None, None, psycopg.OperationalError("connection failed: Connection refused")
    )
    assert reconnect.is_retryable(refused)


def test_retry_reads_marks_the_function_and_an_inner_read_does_not_retry_on_its_own(
    heard: Heard,
) -> None:
    inner = failing(1)

    @retry_reads
    def outer() -> str:
        """Reads twice."""
        return run_read(inner)

    assert outer.__doc__ == "Reads twice."
    assert outer.read_only is True  # type: ignore[attr-defined,unused-ignore]
    assert outer() == "read after 2 tries"  # the outer one ran the whole again
    assert len(inner.calls) == 2  # type: ignore[attr-defined]
    assert [e[0] for e in heard.events] == ["reconnecting", "reconnected"]


def test_a_failing_listener_does_not_fail_the_read() -> None:
    class Broken:
        def reconnecting(self, *args: object) -> None:
            raise RuntimeError("Internal C++ object already deleted")

        reconnected = gave_up = reconnecting

    stop = reconnect.listen(Broken())
    try:
        assert run_read(failing(1), sleep=lambda _s: None) == "read after 2 tries"
    finally:
        stop()
        reconnect._state["down"] = False


# --- which message a lost connection gets ----------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "change"),
    [
        ("SELECT * FROM suppliers", False),
        ("  select 1", False),
        ("SHOW server_version", False),
        ("BEGIN", False),
        ("SET LOCAL app.actor = 'ana'", False),
        ("WITH x AS (SELECT 1) SELECT * FROM x", False),
        ("INSERT INTO supplier (name) VALUES ('a')", True),
        ("UPDATE supplier SET name = 'a'", True),
        ("DELETE FROM suppliers", True),
        ("WITH gone AS (DELETE FROM offer RETURNING id) SELECT count(*) FROM gone", True),
        ("SELECT pg_notify('supplier_desk', 'x')", True),
        ("", False),
    ],
)
def test_is_change(statement: str, change: bool) -> None:
    assert is_change(statement) is change


class FakeConnection:
    def __init__(self, **info: bool) -> None:
        self.info = {f"supplier_desk_{key}": value for key, value in info.items()}


def test_lost_error_says_whether_something_was_being_saved() -> None:
    read = lost_error(FakeConnection(), "SELECT 1")
    assert str(read) == LOST
    assert not read.saving
    saving = lost_error(FakeConnection(wrote=True), "SELECT version FROM suppliers")
    assert str(saving) == LOST_SAVING
    assert saving.saving
    assert not saving.in_doubt
    assert lost_error(FakeConnection(), "UPDATE supplier SET x = 1").saving
    doubt = lost_error(FakeConnection(wrote=True, committing=True), None)
    assert str(doubt) == LOST_IN_DOUBT
    assert doubt.saving
    assert doubt.in_doubt
    # a COMMIT of a transaction that changed nothing: nothing to doubt
    assert str(lost_error(FakeConnection(committing=True), None)) == LOST
    assert str(lost_error(object(), "SELECT 1")) == LOST  # no info to read


def test_the_saving_message_is_the_one_the_form_shows() -> None:
    assert str(LOST_SAVING) == (
        "The connection to the team database was lost while saving; nothing was saved. "
        "Your changes are still in the form."
    )
    assert LOST_SAVING.context == "Store"


# --- TLS --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1", True),
        ("127.0.1.1", True),
        ("::1", True),
        ("[::1]", True),
        ("", True),
        (None, True),
        ("/var/run/postgresql", True),
        ("/tmp,localhost", True),
        ("db.example.com", False),
        ("10.0.0.5", False),
        ("192.168.1.20", False),
        ("localhost.example.com", False),
        ("localhost,db.example.com", False),
    ],
)
def test_is_local_host(host: str | None, local: bool) -> None:
    assert is_local_host(host) is local


@pytest.mark.parametrize(
    ("host", "chosen", "ca", "mode"),
    [
        ("db.example.com", "disable", "", "require"),
        ("db.example.com", "prefer", "", "require"),
        ("db.example.com", "require", "", "require"),
        ("db.example.com", "verify-full", "", "verify-full"),
        ("db.example.com", "verify-ca", "", "verify-ca"),
        ("db.example.com", "prefer", "/etc/ca.pem", "verify-full"),
        ("127.0.0.1", "disable", "", "disable"),
        ("localhost", "prefer", "", "prefer"),
        ("localhost", "prefer", "/etc/ca.pem", "verify-full"),
    ],
)
def test_required_sslmode(host: str, chosen: str, ca: str, mode: str) -> None:
    assert required_sslmode(host, chosen, ca) == mode


def test_a_server_on_another_computer_is_reached_encrypted_whatever_was_chosen() -> None:
    for chosen in ("disable", "prefer", "require"):
        server = ServerSettings("db.example.com", "desk", "ana", tls=chosen)
        assert server.url("pw").query["sslmode"] == "require"
        assert "sslrootcert" not in server.url("pw").query
    local = ServerSettings("127.0.0.1", "desk", "ana", tls="disable")
    assert local.url().query["sslmode"] == "disable"  # a local server needs no TLS


def test_a_ca_file_checks_the_certificate_and_the_name(tmp_path: Path) -> None:
    ca = tmp_path / "team-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    server = ServerSettings("db.example.com", "desk", "ana", tls="require", ca_file=str(ca))
    url = server.url("s3cret")
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == str(ca)
    remembered = server.remembered_url()
    assert "s3cret" not in remembered
    back = ServerSettings.from_url(remembered)
    assert back is not None
    assert back.ca_file == str(ca)
    assert back.url().query["sslmode"] == "verify-full"
    with pytest.raises(ConnectionFailedError, match=r"^TLS: the certificate authority file"):
        ServerSettings("db.example.com", "desk", "ana", ca_file=str(tmp_path / "no.pem")).url()


def test_secure_parameters_raise_tls_and_bound_a_dead_link(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    monkeypatch.delenv("PGHOST", raising=False)
    remote: dict[str, Any] = {"host": "db.example.com", "dbname": "desk"}
    secure_parameters(remote)
    assert remote["sslmode"] == "require"
    assert remote["connect_timeout"] == connection.CONNECT_TIMEOUT_S
    assert remote["tcp_user_timeout"] == connection.TCP_USER_TIMEOUT_MS
    given = {"host": "db.example.com", "sslmode": "disable", "connect_timeout": 20}
    secure_parameters(given)
    assert given["sslmode"] == "require"  # raised, never lowered
    assert given["connect_timeout"] == 20  # a timeout that was given stays
    with_ca = {"host": "db.example.com", "sslmode": "require", "sslrootcert": "/ca.pem"}
    secure_parameters(with_ca)
    assert with_ca["sslmode"] == "verify-full"
    socket_dir: dict[str, Any] = {"host": "/var/run/postgresql", "sslmode": "disable"}
    secure_parameters(socket_dir)
    assert socket_dir["sslmode"] == "disable"
    monkeypatch.setenv("PGSSLMODE", "verify-full")
    from_environment: dict[str, Any] = {"host": "db.example.com"}
    secure_parameters(from_environment)
    assert from_environment["sslmode"] == "verify-full"
    monkeypatch.setenv("PGHOST", "db.example.com")
    monkeypatch.delenv("PGSSLMODE")
    no_host: dict[str, Any] = {}
    secure_parameters(no_host)
    assert no_host["sslmode"] == "require"


def test_a_server_without_tls_is_explained() -> None:
    line = connection.explain(
        Exception(
            'connection to server at "10.0.0.5", port 5432 failed: server does not support '
            "SSL, but SSL was required"
        ),
        "db.example.com:5432/desk",
    )
    assert line.startswith("db.example.com:5432/desk: the server does not offer encryption (TLS)")


@on_postgresql
def test_every_connection_of_a_guarded_engine_goes_through_secure_parameters() -> None:
    """The local test server has no TLS: asked for a server named as another computer
    (hostaddr 127.0.0.1 reaches the local one), the guarded engine insists on TLS and the
    connection is refused with the reason; the same server named localhost is reached."""
    from models.engine import create_database_engine

    server = server_url()
    far = server.set(host="db.example.com").update_query_dict(
        {"hostaddr": "127.0.0.1", "sslmode": "disable"}
    )
    engine = create_database_engine(far)
    connection.guard_connection(engine)
    try:
        with pytest.raises(ConnectionLostError, match="does not offer encryption"):
            engine.connect().close()
    finally:
        engine.dispose()
    near = create_database_engine(server.update_query_dict({"sslmode": "disable"}))
    connection.guard_connection(near)
    try:
        with near.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        near.dispose()


# --- a dropped connection, through a proxy, on PostgreSQL ----------------------------------


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 in front of the test server that can cut every connection
    (cut()), refuse the next new ones (refuse), or cut one as soon as the client sends
    a given text (cut_after: the server gets it, the client never hears back)."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.refuse = 0
        self.cut_after: bytes | None = None
        self.accepted = 0
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                self.accepted += 1
                if self.refuse:
                    self.refuse -= 1
                    client.close()
                    continue
            server = socket.create_connection(self.upstream)
            with self.lock:
                self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, up: bool) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
                if up and self.cut_after is not None and self.cut_after in data:
                    self.cut_after = None
                    self._close(source)  # the server has it; its answer goes nowhere
                    return
        except OSError:
            pass
        self._close(source)
        self._close(target)

    def _close(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def cut(self) -> None:
        with self.lock:
            sockets, self.sockets = self.sockets, []
        for sock in sockets:
            self._close(sock)

    def close(self) -> None:
        self.running = False
        self.listener.close()
        self.cut()


@pytest.fixture
def through_proxy(
    new_postgresql: Callable[[], str],
) -> Iterator[tuple[Database, CuttingProxy, str]]:
    """A migrated database of its own, opened through a CuttingProxy; its direct URL."""
    direct = new_postgresql()
    open_database(direct, daily_backup=False).dispose()  # tables made, directly
    url = make_url(direct)
    proxy = CuttingProxy((url.host or "127.0.0.1", url.port or 5432))
    proxied = url.set(host="127.0.0.1", port=proxy.port).update_query_dict({"sslmode": "disable"})
    database = open_database(
        proxied.render_as_string(hide_password=False), create=False, daily_backup=False
    )
    try:
        yield database, proxy, direct
    finally:
        database.dispose()
        proxy.close()


def _count_suppliers(direct: str, name: str) -> int:
    libpq = make_url(direct).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as c:
        row = c.execute("SELECT count(*) FROM suppliers WHERE name = %s", (name,)).fetchone()
        assert row is not None
        return int(row[0])


@on_postgresql
def test_a_read_cut_midway_is_read_again_on_a_new_connection(
    through_proxy: tuple[Database, CuttingProxy, str], heard: Heard
) -> None:
    database, proxy, _direct = through_proxy
    cuts: list[int] = []

    def read() -> int:
        with database.transaction() as session:
            session.execute(text("SELECT count(*) FROM suppliers")).scalar_one()
            if not cuts:
                cuts.append(1)
                proxy.cut()  # the link dies between two statements of one action
            return int(session.execute(text("SELECT 41 + 1")).scalar_one())

    with pytest.raises(ConnectionLostError) as caught:
        read()  # without a retry: one line, not a driver's error
    assert str(caught.value) == LOST
    assert not caught.value.saving
    cuts.clear()  # cut again, in the first try
    before = proxy.accepted
    assert run_read(read, sleep=lambda _s: None) == 42
    assert heard.events == [("reconnecting", 1, 3, 0.2), ("reconnected",)]
    assert proxy.accepted == before + 2  # each try on a new connection: none reused a dead one


@on_postgresql
def test_connections_refused_while_reconnecting_are_tried_again(
    through_proxy: tuple[Database, CuttingProxy, str], heard: Heard
) -> None:
    database, proxy, _direct = through_proxy
    cuts: list[int] = []

    def read() -> int:
        with database.transaction() as session:
            session.execute(text("SELECT 1")).scalar_one()
            if not cuts:
                cuts.append(1)
                proxy.refuse = 1  # the first new connection is turned away
                proxy.cut()
            return int(session.execute(text("SELECT 2")).scalar_one())

    assert run_read(read, sleep=lambda _s: None) == 2
    assert [e[:2] for e in heard.events] == [
        ("reconnecting", 1),
        ("reconnecting", 2),
        ("reconnected",),
    ]


@on_postgresql
def test_a_save_cut_midway_is_reported_not_retried_and_nothing_is_saved(
    through_proxy: tuple[Database, CuttingProxy, str], heard: Heard
) -> None:
    from app.services.suppliers import create_supplier

    database, proxy, direct = through_proxy
    calls: list[int] = []

    def save() -> None:
        calls.append(1)
        with database.transaction() as session:
            create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
            proxy.cut()  # the INSERT reached the server; the COMMIT never will
            session.execute(text("SELECT 1"))

    with pytest.raises(ConnectionLostError) as caught:
        run_read(save, sleep=lambda _s: None)  # even wrapped by mistake: not sent twice
    assert str(caught.value) == LOST_SAVING
    assert caught.value.saving
    assert not caught.value.in_doubt
    assert calls == [1]
    assert heard.events == []
    assert _count_suppliers(direct, "Aguacates Uruapan") == 0  # no partial write
    with database.transaction() as session:  # the next action works on a new connection
        assert session.execute(text("SELECT 1")).scalar_one() == 1


@on_postgresql
def test_a_save_cut_after_its_commit_was_sent_says_it_may_have_been_saved(
    through_proxy: tuple[Database, CuttingProxy, str],
) -> None:
    from app.services.suppliers import create_supplier

    database, proxy, direct = through_proxy

    def save() -> None:
        with database.transaction() as session:
            create_supplier(session, {"name": "Cerezas Curicó", "country": "CL"})
            proxy.cut_after = b"COMMIT"

    with pytest.raises(ConnectionLostError) as caught:
        save()
    assert str(caught.value) == LOST_IN_DOUBT
    assert caught.value.in_doubt
    # Here the server did commit: "nothing was saved" would have been untrue. (The client
    # heard of the cut before the server had finished: wait for the server.)
    deadline = time.monotonic() + 10
    while _count_suppliers(direct, "Cerezas Curicó") == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _count_suppliers(direct, "Cerezas Curicó") == 1


@on_postgresql
def test_a_refused_statement_is_not_retried(
    through_proxy: tuple[Database, CuttingProxy, str], heard: Heard
) -> None:
    database, _proxy, _direct = through_proxy
    tries: list[int] = []

    def read() -> None:
        tries.append(1)
        with database.transaction() as session:
            session.execute(text("SELECT * FROM no_such_table"))

    with pytest.raises(ProgrammingError):
        run_read(read, sleep=lambda _s: None)
    assert tries == [1]
    assert heard.events == []


@on_postgresql
def test_a_read_after_a_save_on_the_same_pooled_connection_is_a_read(
    through_proxy: tuple[Database, CuttingProxy, str], heard: Heard
) -> None:
    """The marks of a save (it wrote, it sent its COMMIT) do not outlive it: an autocommit
    read on the same pooled connection, cut midway, is a read and is retried."""
    from app.services.suppliers import create_supplier

    database, proxy, _direct = through_proxy
    with database.transaction() as session:
        create_supplier(session, {"name": "Cerezas Curicó", "country": "CL"})
    cuts: list[int] = []

    def read() -> int:
        engine = database.engine
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("SELECT 1"))
            if not cuts:
                cuts.append(1)
                proxy.cut()
            return int(conn.execute(text("SELECT count(*) FROM suppliers")).scalar_one())

    assert run_read(read, sleep=lambda _s: None) == 1
    assert [e[0] for e in heard.events] == ["reconnecting", "reconnected"]
