"""Open lists follow changes made by others: within a few seconds, without losing the
selected record or the scroll position.

PostgreSQL: app.store.live's LISTEN thread; SQLite: a PRAGMA data_version poll every
POLL_MS (another window or process on the same file). Our own commits are not news.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.store.connection import guard_connection
from app.store.database import Database
from app.store.live import (
    ChangeListener,
    DataVersionWatch,
    announce_changes,
    new_origin,
    on_own_commit,
)

POLL_MS = 2000
SETTLE_MS = 300
"""Notifications arriving together (an import's tables) make one refresh."""


class LiveRefresh(QObject):
    """Emits `changed(tables)` on the UI thread when others changed data (an empty set:
    the tables are not known, as with SQLite)."""

    changed = Signal(object)
    _received = Signal(object)  # from the listener thread; queued to the UI thread

    def __init__(
        self, database: Database, parent: QObject | None = None, *, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._pending: set[str] = set()
        self._listener: ChangeListener | None = None
        self._watch: DataVersionWatch | None = None
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._emit)
        self._received.connect(self._note)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._check_file)
        guard_connection(database.engine)
        if database.url.get_backend_name() == "postgresql":
            # open_database announces this process's changes already: ignore that origin.
            origin = database.sessions.kw.get("info", {}).get("live_origin") or new_origin()
            announce_changes(database.sessions, origin)
            self._listener = ChangeListener(database.url, self._received.emit, ignore_origin=origin)
            self._listener.start()
        elif database.path is not None:
            self._watch = DataVersionWatch(database.path)
            on_own_commit(database.sessions, self._watch.absorb)
            self._poll.start()

    def _check_file(self) -> None:
        if self._watch is not None and self._watch.changed():
            self._note(frozenset())

    def _note(self, tables: object) -> None:
        if isinstance(tables, frozenset | set):
            self._pending.update(str(t) for t in tables)
        if not self._settle.isActive():
            self._settle.start()

    def _emit(self) -> None:
        tables = frozenset(self._pending)
        self._pending.clear()
        self.changed.emit(tables)

    def stop(self) -> None:
        """Stop listening (the window closes or switches database)."""
        self._poll.stop()
        self._settle.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._watch is not None:
            watch, self._watch = self._watch, None
            watch.close()


def refresh_keeping_place(view: Any) -> None:
    """Reload `view`'s list as it is now: the rows loaded so far loaded again, the selected
    record still selected (by id) and the list scrolled where it was. The form is left
    alone: an edit in progress stays as typed (a save that lost a race asks).

    A list read off the UI thread (its model says when a reload's page has come:
    `reloaded`) keeps its place itself when it refreshes; waiting for its pages here
    would hold the UI thread until they came."""
    table = getattr(view, "table", None)
    model = getattr(view, "model", None)
    if table is None or model is None or not getattr(model, "loaded", False):
        view.refresh()
        return
    if hasattr(model, "reloaded"):
        view.refresh()
        return
    bar = table.verticalScrollBar()
    top = bar.value()
    loaded = model.rowCount()
    current = table.selectionModel().currentIndex()
    selected = model.id_at(current.row()) if current.isValid() else None
    view.refresh()
    while model.rowCount() < loaded and model.canFetchMore():
        model.fetchMore()
    if selected is not None:
        row = model.row_of_id(selected)
        if row is not None:
            selection = table.selectionModel()
            selection.blockSignals(True)  # the same record: the form is not reloaded
            table.selectRow(row)
            selection.blockSignals(False)
    bar.setValue(min(top, bar.maximum()))
