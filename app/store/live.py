"""Telling open windows that someone else changed the data.

PostgreSQL: every transaction that changed rows sends `NOTIFY supplier_desk,
'<origin> <table>,<table>'` (delivered by the server only if it commits), and a
ChangeListener thread with its own connection LISTENs and hands the table names on.
The origin names this process's sessions, so a window ignores its own changes.

SQLite has no NOTIFY: DataVersionWatch polls `PRAGMA data_version`, which changes when
another connection commits to the file.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from models.round_trips import ANSWER_NOT_AWAITED

CHANNEL = "supplier_desk"
_SENT_KEY = "live_sent_tables"
"""session.info: the tables already announced in the current transaction."""


def new_origin() -> str:
    """Who is talking: this process and this database opening."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def parse(payload: str) -> tuple[str, frozenset[str]]:
    """'<origin> t1,t2' -> (origin, {t1, t2})."""
    origin, _, tables = payload.partition(" ")
    return origin, frozenset(t for t in tables.split(",") if t)


def announce_changes(sessions: sessionmaker[Session], origin: str) -> None:
    """Make every transaction of `sessions` that changes rows send a NOTIFY (PostgreSQL).

    Sent from after_flush inside the transaction: the server delivers it at COMMIT and
    drops it on ROLLBACK. Each table is announced once per transaction, so a bulk import
    flushing a thousand chunks sends a handful of notifications, not a thousand."""
    if sessions.kw.get("info", {}).get("live_origin"):
        return
    sessions.kw.setdefault("info", {})["live_origin"] = origin

    def after_flush(session: Session, flush_context: UOWTransaction) -> None:
        bind = session.get_bind()
        if bind.dialect.name != "postgresql":
            return
        tables = _changed_tables(session)
        sent: set[str] = session.info.setdefault(_SENT_KEY, set())
        new = tables - sent
        if not new:
            return
        sent.update(new)
        payload = f"{origin} {','.join(sorted(new))}"
        session.connection().execute(  # delivered at COMMIT: it goes out with it
            text("SELECT pg_notify(:channel, :payload)").execution_options(
                **{ANSWER_NOT_AWAITED: True}
            ),
            {"channel": CHANNEL, "payload": payload},
        )

    def transaction_over(session: Session) -> None:
        session.info.pop(_SENT_KEY, None)
        session.info.pop(CHANGED_TABLES, None)

    event.listen(sessions, "after_flush", after_flush)
    event.listen(sessions, "after_commit", transaction_over)
    event.listen(sessions, "after_rollback", transaction_over)


def on_own_commit(sessions: sessionmaker[Session], callback: Callable[[], None]) -> None:
    """`callback()` after each commit of `sessions` (SQLite: the watch absorbs our own)."""

    def after_commit(session: Session) -> None:
        callback()

    event.listen(sessions, "after_commit", after_commit)


CHANGED_TABLES = "changed_tables"
"""session.info key: tables written behind the ORM's back (bulk Core statements), to
announce with the next flush."""


def _changed_tables(session: Session) -> set[str]:
    tables: set[str] = set(session.info.get(CHANGED_TABLES, ()))
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if isinstance(table, str):
            tables.add(table)
    return tables


# --- PostgreSQL: LISTEN --------------------------------------------------------------------


def _conninfo(url: URL) -> dict[str, Any]:
    args: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    args.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    args.setdefault("connect_timeout", 5)
    return args


class ChangeListener:
    """A thread with its own connection that LISTENs and calls `on_change(tables)` (from
    that thread) for changes by others. Reconnects after a lost connection; `stop()`
    ends it within `poll_s`."""

    def __init__(
        self,
        url: URL,
        on_change: Callable[[frozenset[str]], None],
        *,
        ignore_origin: str = "",
        poll_s: float = 0.5,
        on_state: Callable[[bool], None] | None = None,
    ) -> None:
        self.url = url
        self.on_change = on_change
        self.ignore_origin = ignore_origin
        self.poll_s = poll_s
        self.on_state = on_state
        """Told False when the listening connection is lost, True when it is back."""
        self.listening = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="supplier-desk-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        wait = self.poll_s
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **_conninfo(self.url)) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if self.on_state is not None:
                        self.on_state(True)
                    wait = self.poll_s
                    while not self._stop.is_set():
                        for notify in conn.notifies(timeout=self.poll_s):
                            origin, tables = parse(notify.payload)
                            if origin != self.ignore_origin and tables:
                                self.on_change(tables)
            except psycopg.Error:
                if self.listening.is_set():
                    self.listening.clear()
                    if self.on_state is not None:
                        self.on_state(False)
                # The server is gone for now: try again, less often the longer it lasts.
                self._stop.wait(wait)
                wait = min(wait * 2, 30.0)


# --- SQLite: PRAGMA data_version ---------------------------------------------------------


class DataVersionWatch:
    """Has another connection committed to the file since the last look? A connection of
    its own (data_version counts the commits of *other* connections)."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._closed = False
        self._last = self._version()

    def _version(self) -> int:
        # absorb() may come from a worker thread's commit (an import) while the UI polls.
        with self._lock:
            if self._closed:
                return self._last
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True once per batch of commits by other connections since the last call."""
        now = self._version()
        if now == self._last:
            return False
        self._last = now
        return True

    def absorb(self) -> None:
        """Our own commit just happened: it is not news (called right after it). A commit
        by someone else in the same instant is then seen with their next one."""
        self._last = self._version()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._connection.close()
