"""Connecting to the team's PostgreSQL server: the URL from its parts, a test with a reason
a person can act on, the password in the OS keyring (never in settings files or logs),
and a lost connection turned into a message instead of a crash."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import keyring
from keyring.errors import KeyringError
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.errors import ServiceError
from app.messages import translate
from models import schema
from models.engine import create_database_engine

T = TypeVar("T")

KEYRING_SERVICE = "Supplier Desk"
TLS_MODES = ("disable", "prefer", "require", "verify-full")
"""What the dialog offers; each is psycopg's sslmode of the same name."""
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5

LOST = translate(
    "Store",
    "The connection to the team database was lost; your changes were not saved — try again",
)


class ConnectionFailedError(ServiceError):
    """The server cannot be reached or refuses us; the message says why in one line."""


class ConnectionLostError(ServiceError):
    """The connection broke during a user action: nothing of it was committed."""


@dataclass(frozen=True)
class ServerSettings:
    """Where the team database is: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "prefer"

    def url(self, password: str | None = None) -> URL:
        if not self.host.strip():
            raise ConnectionFailedError(
                translate("Store", "Server: enter the server's name or address")
            )
        if not self.database.strip():
            raise ConnectionFailedError(translate("Store", "Database: enter the database name"))
        if not self.user.strip():
            raise ConnectionFailedError(
                translate("Store", "User: enter your user name on the server")
            )
        if not 0 < self.port < 65536:
            raise ConnectionFailedError(
                translate("Store", "Port: {port} is not a port number (1-65535)").format(
                    port=self.port
                )
            )
        if self.tls not in TLS_MODES:
            raise ConnectionFailedError(
                translate("Store", "TLS: {mode} is not one of {modes}").format(
                    mode=repr(self.tls), modes=", ".join(TLS_MODES)
                )
            )
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip(),
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
            query={"sslmode": self.tls},
        )

    @property
    def keyring_user(self) -> str:
        """The keyring entry's name: one password per user, server and database."""
        return f"{self.user.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"

    @classmethod
    def from_url(cls, url: URL | str) -> ServerSettings | None:
        """The parts of a PostgreSQL URL (None for SQLite and other URLs)."""
        from models.engine import DatabaseUrlError, normalise_url

        try:
            parsed = normalise_url(url) if isinstance(url, str) else url
        except DatabaseUrlError:
            return None
        if parsed.get_backend_name() != "postgresql":
            return None
        tls = parsed.query.get("sslmode", "prefer")
        return cls(
            host=parsed.host or "localhost",
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
            tls=tls if isinstance(tls, str) and tls in TLS_MODES else "prefer",
        )

    def remembered_url(self) -> str:
        """The URL kept in the settings: without the password, always."""
        return self.url(None).render_as_string(hide_password=True)


# --- testing a connection ------------------------------------------------------------------


def explain(exc: BaseException, where: str | None = None) -> str:
    """One line saying why a connection failed, for a person who can act on it."""
    if where is None:
        where = translate("Store", "the server")
    if isinstance(exc, schema.SchemaError):
        return _on(where, exc)
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    message = str(orig).strip()
    low = message.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return _on(
            where, translate("Store", "the server refused the login (wrong user name or password)")
        )
    if re.search(r'role ".*" does not exist', low):
        return _on(where, translate("Store", "the server has no user of that name"))
    database = re.search(r'database "(.*)" does not exist', message)
    if database:
        return _on(
            where,
            translate("Store", "the database {name} does not exist on the server").format(
                name=repr(database.group(1))
            ),
        )
    if "failed to resolve host" in low or "could not translate host name" in low:
        return _on(
            where, translate("Store", "the server's name cannot be found (check the server name)")
        )
    if "connection refused" in low:
        return _on(
            where,
            translate("Store", "the server is not running or refuses connections (is it down?)"),
        )
    if "timeout" in low or "timed out" in low:
        return _on(
            where,
            translate(
                "Store", "the server does not answer (check the network, or the server is down)"
            ),
        )
    if "ssl" in low or "certificate" in low:
        first = message.splitlines()[0]
        return _on(
            where,
            translate("Store", "the secure (TLS) connection failed: {reason}").format(
                reason=_tail(first)
            ),
        )
    if "no pg_hba.conf entry" in low:
        return _on(
            where, translate("Store", "the server does not accept connections from this computer")
        )
    first = message.splitlines()[0] if message else exc.__class__.__name__
    return _on(where, _tail(first))


def _on(where: str, reason: object) -> str:
    """'server:5432/db: reason'."""
    return translate("Store", "{where}: {reason}").format(where=where, reason=reason)


def _tail(line: str) -> str:
    """psycopg's 'connection failed: connection to server at ... failed: FATAL:  x' → 'x'."""
    return re.split(r"(?:failed: )?FATAL:\s+", line)[-1].strip()


def check_connection(url: URL) -> str:
    """Connect, read the server version and the schema; the line the dialog shows.

    Raises ConnectionFailedError with the reason (server down, login refused, database
    missing, schema revision this program does not know)."""
    where = f"{url.host}:{url.port or DEFAULT_PORT}/{url.database}"
    engine = create_database_engine(
        url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}, poolclass=_null_pool()
    )
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar_one())
        current = schema.current_revision(engine)
        if current is None and not schema.is_empty(engine):
            schema.check_not_too_new(engine)  # raises: tables but no schema version
        elif current not in (None, schema.HEAD):
            schema.check_not_too_new(engine)
    except (SQLAlchemyError, schema.SchemaError) as exc:
        raise ConnectionFailedError(explain(exc, where)) from None
    finally:
        engine.dispose()
    number = version.split()[0]
    if current is None:
        state = translate("Store", "empty database: Supplier Desk will set it up")
    elif current == schema.HEAD:
        state = translate("Store", "schema up to date")
    else:
        state = translate("Store", "schema will be upgraded when you connect")
    return translate("Store", "Connected: PostgreSQL {version}, {state}").format(
        version=number, state=state
    )


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


# --- the password --------------------------------------------------------------------------

_KEYRING_ERRORS = (KeyringError, RuntimeError, OSError)
"""A missing backend (keyring's fail backend raises NoKeyringError), a locked one, D-Bus."""

_session_passwords: dict[str, str] = {}
"""Passwords kept for this run only, when the OS has no keyring (never written anywhere)."""


def keyring_available() -> bool:
    """False when this computer has no keyring backend (a server, CI, a bare desktop)."""
    from keyring.backends import fail

    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except _KEYRING_ERRORS:
        return False


def remember_password(server: ServerSettings, password: str) -> bool:
    """Keep the password in the OS keyring; False if there is no usable keyring (it is
    then kept for this session only, in memory, and never written anywhere)."""
    _session_passwords[server.keyring_user] = password
    try:
        keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
    except _KEYRING_ERRORS:
        return False
    return True


def keep_for_session(server: ServerSettings, password: str) -> None:
    """Use the password until the program ends, without storing it anywhere."""
    _session_passwords[server.keyring_user] = password


def stored_password(server: ServerSettings) -> str | None:
    """The password from this session, else from the OS keyring; None if neither has one."""
    if server.keyring_user in _session_passwords:
        return _session_passwords[server.keyring_user]
    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except _KEYRING_ERRORS:
        return None


def forget_password(server: ServerSettings) -> None:
    _session_passwords.pop(server.keyring_user, None)
    with contextlib.suppress(*_KEYRING_ERRORS):
        keyring.delete_password(KEYRING_SERVICE, server.keyring_user)


def url_with_password(remembered: str) -> str:
    """A remembered URL (no password) with the stored password put back, for opening."""
    server = ServerSettings.from_url(remembered)
    if server is None:
        return remembered
    password = stored_password(server)
    url = server.url(password)
    url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return url.render_as_string(hide_password=False)


# --- a connection lost midway --------------------------------------------------------------


def is_connection_lost(exc: BaseException) -> bool:
    """A broken or unreachable connection (not a refused statement)."""
    if isinstance(exc, ConnectionLostError):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            return False
        if isinstance(exc.orig, psycopg.InterfaceError):
            return True
        if isinstance(exc.orig, psycopg.OperationalError):
            return _is_lost_state(exc.orig.sqlstate)
    return False


def _is_lost_state(sqlstate: str | None) -> bool:
    """An OperationalError is a lost connection when the server gave no state (it never
    answered), a connection exception (class 08) or an administrator's shutdown
    (57P01-57P03); not a lock that is not available (55P03) or a cancelled statement
    (57014), which are refusals of one statement on a working connection."""
    return sqlstate is None or sqlstate.startswith("08") or sqlstate in _SHUTDOWN_STATES


_SHUTDOWN_STATES = frozenset({"57P01", "57P02", "57P03"})


def guard_connection(engine: Engine) -> None:
    """A PostgreSQL connection that breaks during a statement raises ConnectionLostError
    (a ServiceError, shown as one line) instead of a driver error the UI would treat as a
    crash. SQLAlchemy has already dropped the broken connections from the pool, so the
    next action reconnects."""
    if engine.dialect.name != "postgresql" or getattr(engine, "_supplier_desk_guarded", False):
        return
    engine._supplier_desk_guarded = True  # type: ignore[attr-defined]

    def handle_error(context: ExceptionContext) -> BaseException | None:
        if context.is_pre_ping:
            return None  # the pool reconnects on its own
        error = context.sqlalchemy_exception
        lost = context.is_disconnect or (error is not None and is_connection_lost(error))
        if not lost:
            return None
        if context.connection is None and error is not None:  # could not connect at all
            reason = explain(error, translate("Store", "The team database"))
            return ConnectionLostError(
                translate("Store", "{reason}; nothing was saved").format(reason=reason)
            )
        return ConnectionLostError(LOST)

    event.listen(engine, "handle_error", handle_error)


def retry_read(read: Callable[[], T]) -> T:
    """Run a read; if the connection was lost, run it once more on a fresh connection
    (the pool has dropped the broken one). Only for reads: a write must be reported."""
    try:
        return read()
    except (ConnectionLostError, DBAPIError) as exc:
        if not is_connection_lost(exc):
            raise
    return read()
