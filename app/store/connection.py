"""Connecting to the team's PostgreSQL server: the URL from its parts, a test with a reason
a person can act on, the password in the OS keyring (never in settings files or logs),
and a lost connection turned into a message instead of a crash."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.errors import ServiceError
from app.messages import translate
from app.store.reconnect import ConnectionLostError as ConnectionLostError
from app.store.reconnect import is_connection_lost as is_connection_lost
from app.store.reconnect import run_read
from models import schema
from models.engine import create_database_engine

KEYRING_SERVICE = "Supplier Desk"
TLS_MODES = ("disable", "prefer", "require", "verify-full")
"""What the dialog offers; each is psycopg's sslmode of the same name."""
REMOTE_TLS = "require"
"""The least a server on another computer gets: a connection that is never in clear text
(libpq's 'prefer' falls back to clear text without a word, 'disable' never encrypts)."""
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5

TCP_USER_TIMEOUT_MS = 15_000
"""libpq's tcp_user_timeout: a statement sent over a link that died without a word (a
laptop's sleep, a NAT that forgot the connection) fails after 15 s of unacknowledged
bytes instead of the system's minutes, so a read is retried and a save reported instead
of a window waiting on nothing. A slow query is not cut short: the server's TCP has
acknowledged it. (Idle connections: models.engine's TCP keepalives.)"""

LOST = translate(
    "Store",
    "The connection to the team database was lost; your changes were not saved — try again",
)
LOST_SAVING = translate(
    "Store",
    "The connection to the team database was lost while saving; nothing was saved. Your "
    "changes are still in the form.",
)
LOST_IN_DOUBT = translate(
    "Store",
    "The connection to the team database was lost while the server was saving: the change "
    "may or may not have been saved. Your changes are still in the form; reload the record "
    "to check before saving again.",
)


class ConnectionFailedError(ServiceError):
    """The server cannot be reached or refuses us; the message says why in one line."""


@dataclass(frozen=True)
class ServerSettings:
    """Where the team database is: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "prefer"
    ca_file: str = ""
    """The certificate authority's file (PEM) the server's certificate must be signed by;
    given, the connection checks the certificate and the server's name (verify-full)."""

    @property
    def sslmode(self) -> str:
        """The sslmode used: the one chosen, raised to 'require' for a server on another
        computer, and 'verify-full' when a CA file is given."""
        return required_sslmode(self.host.strip(), self.tls, self.ca_file.strip())

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
        query = {"sslmode": self.sslmode}
        ca_file = self.ca_file.strip()
        if ca_file:
            if not Path(ca_file).expanduser().is_file():
                raise ConnectionFailedError(
                    translate(
                        "Store", "TLS: the certificate authority file {path} does not exist"
                    ).format(path=ca_file)
                )
            query["sslrootcert"] = str(Path(ca_file).expanduser())
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip(),
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
            query=query,
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
        ca_file = parsed.query.get("sslrootcert", "")
        return cls(
            host=parsed.host or "localhost",
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
            tls=tls if isinstance(tls, str) and tls in TLS_MODES else "prefer",
            ca_file=ca_file if isinstance(ca_file, str) else "",
        )

    def remembered_url(self) -> str:
        """The URL kept in the settings: without the password, always."""
        return self.url(None).render_as_string(hide_password=True)


# --- encryption and the network ------------------------------------------------------------

_SSL_RANK = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_local_host(host: str | None) -> bool:
    """Whether libpq's `host` is this computer: a Unix socket (empty: the default one, or
    a folder), 'localhost' or a loopback address (127.x, ::1). A list of hosts ('a,b')
    is local only when each of them is."""
    return all(_is_local_one(one.strip()) for one in (host or "").split(","))


def _is_local_one(host: str) -> bool:
    if not host or re.match(r"^(?:[A-Za-z]:)?[\\/]|^@", host):
        return True  # the default socket, a socket folder, Linux's abstract namespace
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def required_sslmode(host: str | None, chosen: str | None, ca_file: str = "") -> str:
    """The sslmode a connection to `host` uses: 'verify-full' when a CA file is given;
    for a server on another computer at least 'require' (what was chosen when it asks
    more); for this computer what was chosen (a local server needs no TLS)."""
    if ca_file:
        return "verify-full"
    mode = chosen or "prefer"
    if is_local_host(host):
        return mode
    rank = _SSL_RANK.index(mode) if mode in _SSL_RANK else 0
    return mode if rank >= _SSL_RANK.index(REMOTE_TLS) else REMOTE_TLS


def secure_parameters(params: MutableMapping[str, Any]) -> None:
    """libpq's connection parameters made safe for the network they cross: the sslmode of
    required_sslmode (a URL's, a connect_args' or PGSSLMODE's choice is raised, never
    lowered), and, unless given, a connect timeout and TCP_USER_TIMEOUT_MS."""
    import os

    host = params.get("host") or params.get("hostaddr") or os.environ.get("PGHOST")
    chosen = params.get("sslmode") or os.environ.get("PGSSLMODE") or "prefer"
    ca_file = params.get("sslrootcert") or ""
    params["sslmode"] = required_sslmode(str(host or ""), str(chosen), str(ca_file))
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("tcp_user_timeout", TCP_USER_TIMEOUT_MS)


def secure_connections(engine: Engine) -> None:
    """Every connection `engine` opens from now on goes through secure_parameters (TLS for
    a server on another computer, verify-full with a CA file, timeouts). Installed by
    guard_connection; to cover an engine's very first connection, call it (or
    guard_connection) before the engine connects."""
    if engine.dialect.name != "postgresql" or getattr(engine, "_supplier_desk_secured", False):
        return
    engine._supplier_desk_secured = True  # type: ignore[attr-defined]

    def do_connect(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        secure_parameters(cparams)

    event.listen(engine, "do_connect", do_connect)


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
    if "does not support ssl" in low:
        return _on(
            where,
            translate(
                "Store",
                "the server does not offer encryption (TLS), and a server on another computer "
                "is only reached encrypted: ask whoever runs it to turn TLS on",
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
    secure_connections(engine)
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


def _keyring() -> Any:
    """The keyring module, imported when a password is first asked for or kept (not at
    start-up: it costs 25 ms, and a local database never needs it)."""
    import keyring

    return keyring


def _keyring_errors() -> tuple[type[BaseException], ...]:
    """A missing backend (keyring's fail backend raises NoKeyringError), a locked one, D-Bus."""
    from keyring.errors import KeyringError

    return (KeyringError, RuntimeError, OSError)


_session_passwords: dict[str, str] = {}
"""Passwords kept for this run only, when the OS has no keyring (never written anywhere)."""


def keyring_available() -> bool:
    """False when this computer has no keyring backend (a server, CI, a bare desktop)."""
    from keyring.backends import fail

    try:
        return not isinstance(_keyring().get_keyring(), fail.Keyring)
    except _keyring_errors():
        return False


def remember_password(server: ServerSettings, password: str) -> bool:
    """Keep the password in the OS keyring; False if there is no usable keyring (it is
    then kept for this session only, in memory, and never written anywhere)."""
    _session_passwords[server.keyring_user] = password
    try:
        _keyring().set_password(KEYRING_SERVICE, server.keyring_user, password)
    except _keyring_errors():
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
        found = _keyring().get_password(KEYRING_SERVICE, server.keyring_user)
    except _keyring_errors():
        return None
    return None if found is None else str(found)


def forget_password(server: ServerSettings) -> None:
    _session_passwords.pop(server.keyring_user, None)
    with contextlib.suppress(*_keyring_errors()):
        _keyring().delete_password(KEYRING_SERVICE, server.keyring_user)


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


_WROTE = "supplier_desk_wrote"
_COMMITTING = "supplier_desk_committing"
"""Keys in a connection's info: its transaction sent a change; its COMMIT was sent."""

_READS = re.compile(r"^\s*(?:SELECT|SHOW|SET|BEGIN|START|SAVEPOINT|RELEASE|ROLLBACK)\b", re.I)
_CHANGES = re.compile(r"\b(?:INSERT|UPDATE|DELETE|MERGE)\b", re.I)


def is_change(statement: str | None) -> bool:
    """Whether a statement may change data (anything but a plain read or a transaction's
    bookkeeping; a WITH is a change when it holds an INSERT, UPDATE, DELETE or MERGE)."""
    sql = statement or ""
    if _READS.match(sql) and not re.match(r"^\s*SELECT\b.*\bpg_notify\b", sql, re.I | re.S):
        return False
    if re.match(r"^\s*WITH\b", sql, re.I):
        return bool(_CHANGES.search(sql))
    return bool(sql.strip())


def guard_connection(engine: Engine) -> None:
    """A PostgreSQL connection that breaks during a statement raises ConnectionLostError
    (a ServiceError, shown as one line) instead of a driver error the UI would treat as a
    crash; its message says whether something was being saved (nothing of it was, or,
    lost during the COMMIT, it may have been). SQLAlchemy has already dropped the broken
    connections from the pool, so the next action reconnects. Every connection made from
    now on is also made with secure_parameters (TLS for a server on another computer)."""
    if engine.dialect.name != "postgresql" or getattr(engine, "_supplier_desk_guarded", False):
        return
    engine._supplier_desk_guarded = True  # type: ignore[attr-defined]
    secure_connections(engine)

    def begin(connection: Any) -> None:
        with contextlib.suppress(Exception):
            connection.info.pop(_WROTE, None)
            connection.info.pop(_COMMITTING, None)

    def checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        record.info.pop(_WROTE, None)
        record.info.pop(_COMMITTING, None)

    def commit(connection: Any) -> None:
        with contextlib.suppress(Exception):
            connection.info[_COMMITTING] = True

    def before_cursor_execute(connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        if is_change(statement):
            with contextlib.suppress(Exception):
                connection.info[_WROTE] = True

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
        return lost_error(context.connection, context.statement)

    event.listen(engine, "checkout", checkout)  # each user of a pooled connection anew
    event.listen(engine, "begin", begin)
    event.listen(engine, "commit", commit)
    event.listen(engine, "before_cursor_execute", before_cursor_execute)
    event.listen(engine, "handle_error", handle_error)


def lost_error(connection: Any, statement: str | None) -> ConnectionLostError:
    """The error for a connection lost during `statement` (None: during the COMMIT or a
    ROLLBACK) on `connection`: in doubt when its COMMIT of a change was sent, saving when
    the transaction had changed something, else a read's."""
    info: Mapping[str, Any] = {}
    with contextlib.suppress(Exception):
        info = connection.info
    wrote = bool(info.get(_WROTE)) or (statement is not None and is_change(statement))
    if statement is None and info.get(_COMMITTING) and wrote:
        return ConnectionLostError(LOST_IN_DOUBT, in_doubt=True)
    if wrote:
        return ConnectionLostError(LOST_SAVING, saving=True)
    return ConnectionLostError(LOST)


retry_read = run_read
"""Run a read, again on a fresh connection if the connection was lost: app.store.reconnect.
run_read (kept under this name for its callers)."""
