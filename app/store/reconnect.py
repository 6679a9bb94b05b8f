"""A lost connection: what is one (is_connection_lost), the error a user action gets
(ConnectionLostError, raised by app.store.connection.guard_connection), and reads that
survive it: run again on a fresh connection, a few times with a short wait, while whoever
listens (the window's status bar) says "Reconnecting…".

Only reads are run again. A write that lost its connection is reported (app.store.
connection.LOST_SAVING: nothing was saved, the form keeps what was typed), never sent
a second time behind the user's back: it may have reached the server, and a second
send could save it twice. A ConnectionLostError that says it was saving is not retried
even if a write was wrapped here by mistake.

Wrap the whole unit of work that opens its own connection or session, not a statement
inside one: a session whose connection broke must be rolled back before it works again.

    @retry_reads
    def supplier_page(database: Database, offset: int) -> Page: ...

    page = run_read(lambda: service.page(...))
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from sqlalchemy.exc import DBAPIError

from app.errors import ServiceError

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., object])

DELAYS_S: tuple[float, ...] = (0.2, 0.5, 1.0)
"""The waits before each new try: a read is tried at most len(DELAYS_S) + 1 times, and
gives up after 1.7 s of waiting plus its tries (a server that refuses connections
answers at once; one that does not answer at all takes the connect timeout)."""

_PERMANENT = (
    "password authentication failed",
    "no password supplied",
    "does not exist",
    "no pg_hba.conf entry",
    "does not support ssl",
    "certificate",
    "failed to resolve host",
    "could not translate host name",
)
"""Reasons a new connection fails that another try will not change."""


class ConnectionLostError(ServiceError):
    """The connection broke during a user action. `saving`: it had changed something
    (nothing of it was committed, or, `in_doubt`, the COMMIT was sent and its answer
    never came back). A read that failed so may be run again (app.store.reconnect); a
    write never is: it is reported, and the form keeps what was typed."""

    def __init__(self, message: str, *, saving: bool = False, in_doubt: bool = False) -> None:
        super().__init__(message)
        self.saving = saving or in_doubt
        self.in_doubt = in_doubt


def is_connection_lost(exc: BaseException) -> bool:
    """A broken or unreachable connection (not a refused statement), as SQLAlchemy or
    psycopg itself raises it."""
    if isinstance(exc, ConnectionLostError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if isinstance(orig, psycopg.InterfaceError):
        return True
    if isinstance(orig, psycopg.OperationalError):
        return _is_lost_state(orig.sqlstate)
    return False


def _is_lost_state(sqlstate: str | None) -> bool:
    """An OperationalError is a lost connection when the server gave no state (it never
    answered), a connection exception (class 08) or an administrator's shutdown
    (57P01-57P03); not a lock that is not available (55P03) or a cancelled statement
    (57014), which are refusals of one statement on a working connection."""
    return sqlstate is None or sqlstate.startswith("08") or sqlstate in _SHUTDOWN_STATES


_SHUTDOWN_STATES = frozenset({"57P01", "57P02", "57P03"})


class ReconnectListener(Protocol):
    """Told, on the thread running the read, what the retries do."""

    def reconnecting(self, attempt: int, tries: int, delay: float) -> None:
        """Try `attempt` of `tries` more starts in `delay` seconds."""

    def reconnected(self) -> None:
        """A read succeeded after the connection had been lost."""

    def gave_up(self, error: BaseException) -> None:
        """The last try failed too; `error` goes on to the caller."""


_listeners: list[ReconnectListener] = []
_lock = threading.Lock()
_state = {"down": False}
_local = threading.local()


def listen(listener: ReconnectListener) -> Callable[[], None]:
    """Tell `listener` about every retry from now on; returns the function that stops it."""
    with _lock:
        _listeners.append(listener)

    def stop() -> None:
        with _lock, contextlib.suppress(ValueError):
            _listeners.remove(listener)

    return stop


def is_down() -> bool:
    """Whether the last retried read gave up (no read has succeeded since)."""
    return _state["down"]


def is_retryable(error: BaseException) -> bool:
    """A lost or unreachable connection that a new one may cure: not a refusal, not a
    login or TLS problem, and never a write that was saving."""
    if not is_connection_lost(error):
        return False
    if isinstance(error, ConnectionLostError) and error.saving:
        return False
    return not any(reason in _reasons(error) for reason in _PERMANENT)


def _reasons(error: BaseException) -> str:
    """The messages of `error` and of what caused it, lower case."""
    seen: list[str] = []
    current: BaseException | None = error
    while current is not None and len(seen) < 8:
        seen.append(str(current).lower())
        orig = getattr(current, "orig", None)
        current = (
            orig if isinstance(orig, BaseException) else current.__cause__ or current.__context__
        )
    return "\n".join(seen)


def run_read(
    read: Callable[[], T],
    *,
    delays: Sequence[float] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """`read()`; if it failed because the connection was lost, again after each wait of
    `delays` (DELAYS_S), each time on a fresh connection (SQLAlchemy dropped the broken
    ones from the pool). The last failure is raised as it came. Inside another run_read
    on the same thread `read` runs once: the outer one retries the whole."""
    if getattr(_local, "depth", 0):
        return read()
    waits = DELAYS_S if delays is None else tuple(delays)
    _local.depth = 1
    try:
        attempt = 0
        while True:
            try:
                result = read()
            except Exception as exc:
                if not is_retryable(exc):
                    raise
                if attempt >= len(waits):
                    _state["down"] = True
                    _tell("gave_up", exc)
                    raise
                delay = waits[attempt]
                attempt += 1
                _tell("reconnecting", attempt, len(waits), delay)
                sleep(delay)
                continue
            if attempt or _state["down"]:
                _state["down"] = False
                _tell("reconnected")
            return result
    finally:
        _local.depth = 0


def retry_reads(fn: F) -> F:
    """`fn` (a function that only reads) run through run_read on every call."""

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> object:
        return run_read(lambda: fn(*args, **kwargs))

    wrapper.read_only = True  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def _tell(what: str, *args: object) -> None:
    """Call each listener's method `what` with `args`."""
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        # A listener that fails (a window being closed) must not fail the read.
        with contextlib.suppress(Exception):
            getattr(listener, what)(*args)
