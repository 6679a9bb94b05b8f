"""The status bar's word on the team database's connection: "Reconnecting…" while a read
that lost its connection waits to try again (app.store.reconnect), "Connected to …" when
one gets through, instead of a window that seems frozen.

Retries run on worker threads; ConnectionStatus turns what they report into Qt signals,
which reach the window's slots on the UI thread (a queued connection: the object lives
on the UI thread). Nothing here touches a widget from another thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow
from sqlalchemy.engine import URL

from app.store import reconnect

LOST_MESSAGE_MS = 0
"""The message after the retries gave up stays until the next one replaces it."""
CONNECTED_MESSAGE_MS = 5000


class ConnectionStatus(QObject):
    """app.store.reconnect's listener as Qt signals; emitted on the retrying thread."""

    reconnecting = Signal(int, int)
    """attempt, tries: the read waits to try again."""
    reconnected = Signal()
    lost = Signal()
    """The retries gave up (the caller is told why)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        listener = _Listener(self)
        self._stop = reconnect.listen(listener)
        stop = self._stop
        self.destroyed.connect(lambda *_: stop())

    def close(self) -> None:
        """Hear no more retries (also done when the object is destroyed)."""
        self._stop()


class _Listener:
    """Holds the QObject; calls from any thread become signal emissions."""

    def __init__(self, status: ConnectionStatus) -> None:
        self.status = status

    def reconnecting(self, attempt: int, tries: int, delay: float) -> None:
        self.status.reconnecting.emit(attempt, tries)

    def reconnected(self) -> None:
        self.status.reconnected.emit()

    def gave_up(self, error: BaseException) -> None:
        self.status.lost.emit()


def server_name(url: URL) -> str:
    """'host:port/database' for a server, the file for SQLite (never a password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


class StatusBarConnection(ConnectionStatus):
    """A ConnectionStatus that says what happens in `window`'s status bar."""

    def __init__(self, window: QMainWindow, url: URL) -> None:
        super().__init__(window)
        self.window = window
        self.where = server_name(url)
        self.reconnecting.connect(self._reconnecting)
        self.reconnected.connect(self._reconnected)
        self.lost.connect(self._lost)
        self.shown = ""
        """The last text this put in the status bar (for tests)."""

    def _show(self, text: str, timeout: int) -> None:
        self.shown = text
        self.window.statusBar().showMessage(text, timeout)

    def _reconnecting(self, attempt: int, tries: int) -> None:
        self._show(self.tr("Reconnecting…"), 0)

    def _reconnected(self) -> None:
        self._show(self.tr("Connected to {server}").format(server=self.where), CONNECTED_MESSAGE_MS)

    def _lost(self) -> None:
        self._show(
            self.tr(
                "Not connected to {server}: the connection was lost; the next action tries again"
            ).format(server=self.where),
            LOST_MESSAGE_MS,
        )


def show_in_status_bar(window: QMainWindow, url: URL) -> StatusBarConnection:
    """The window's status bar says "Reconnecting…" and "Connected to …" from now on."""
    return StatusBarConnection(window, url)
