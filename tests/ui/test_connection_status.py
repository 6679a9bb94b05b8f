"""The status bar says "Reconnecting…" while a lost read waits on a worker thread, and
"Connected to …" when it gets through; a save that lost its connection keeps the form as
typed and says nothing was saved (issue 18 point 4)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.services.suppliers import create_supplier
from app.store import reconnect
from app.store.connection import LOST, LOST_SAVING
from app.store.database import Database
from app.store.reconnect import ConnectionLostError, run_read
from models.supplier import Contact
from ui.connection_status import StatusBarConnection, server_name, show_in_status_bar
from ui.forms.contact import ContactForm

URL = make_url("postgresql+psycopg://ana@db.example.com:5433/desk?sslmode=require")


@pytest.fixture(autouse=True)
def fresh_state() -> Iterator[None]:
    reconnect._state["down"] = False
    yield
    reconnect._state["down"] = False


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_server_name_never_shows_a_password() -> None:
    assert server_name(URL.set(password="s3cret")) == "db.example.com:5433/desk"
    assert server_name(make_url("sqlite:////tmp/desk.sqlite3")) == "/tmp/desk.sqlite3"


def test_a_read_retried_on_a_worker_thread_shows_reconnecting_then_connected(
    qtbot: QtBot, window: QMainWindow
) -> None:
    status = show_in_status_bar(window, URL)
    waiting = threading.Event()
    go_on = threading.Event()
    tries: list[int] = []

    def read() -> str:
        tries.append(1)
        if len(tries) == 1:
            raise ConnectionLostError(LOST)
        return "page"

    def wait(_delay: float) -> None:
        waiting.set()
        assert go_on.wait(10)

    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(run_read(read, sleep=wait)))
    worker.start()
    assert waiting.wait(10)
    # the retry waits on the worker; the window is free and says so
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Reconnecting…", timeout=5000)
    go_on.set()
    worker.join(10)
    assert results == ["page"]
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Connected to db.example.com:5433/desk",
        timeout=5000,
    )
    assert status.shown == "Connected to db.example.com:5433/desk"


def test_a_read_that_gives_up_says_not_connected(qtbot: QtBot, window: QMainWindow) -> None:
    show_in_status_bar(window, URL)

    def read() -> None:
        raise ConnectionLostError(LOST)

    def gives_up() -> None:
        with pytest.raises(ConnectionLostError):
            run_read(read, sleep=lambda _s: None)

    worker = threading.Thread(target=gives_up)
    worker.start()
    worker.join(10)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Not connected to db.example"),
        timeout=5000,
    )
    assert reconnect.is_down()


def test_the_status_stops_listening_when_the_window_goes(qtbot: QtBot) -> None:
    before = len(reconnect._listeners)
    window = QMainWindow()
    status = StatusBarConnection(window, URL)
    assert len(reconnect._listeners) == before + 1
    status.close()
    assert len(reconnect._listeners) == before
    other = QMainWindow()
    StatusBarConnection(other, URL)
    assert len(reconnect._listeners) == before + 1
    shiboken6.delete(other)  # the window closed and gone: its status bar hears no more
    assert len(reconnect._listeners) == before
    shiboken6.delete(window)


def test_a_save_that_lost_its_connection_keeps_the_form_and_saves_nothing(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.transaction() as session:
        supplier_id = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"}).id
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: boxes.append((title, text)))
    form = ContactForm(database)
    qtbot.addWidget(form)
    form.load(
        None,
        None,
        {"supplier_id": supplier_id, "supplier": "Frutícola Ñuble SpA", "supplier_country": "CL"},
    )
    for name, typed_text in (("name", "Jose Núñez"), ("phone", "9 6543 2109")):
        widget = form.bindings[name].widget
        assert isinstance(widget, QLineEdit)
        widget.insert(typed_text)  # as typed or pasted
    typed = form.raw_values()
    original = form.create_record

    def create_then_lose(session: object, values: dict[str, str]) -> tuple[int, int]:
        original(session, values)  # type: ignore[arg-type]  # written, not committed
        raise ConnectionLostError(LOST_SAVING, saving=True)

    monkeypatch.setattr(form, "create_record", create_then_lose)
    form.save()
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes[0][1] == (
        "The connection to the team database was lost while saving; nothing was saved. "
        "Your changes are still in the form."
    )
    assert form.raw_values() == typed
    assert form.record_id is None
    assert form.is_dirty()
    with database.transaction() as session:
        assert session.query(Contact).count() == 0


def test_the_main_window_says_reconnecting_in_its_status_bar(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    assert isinstance(window.connection_status, StatusBarConnection)
    tries: list[int] = []

    def read() -> int:
        tries.append(1)
        if len(tries) == 1:
            raise ConnectionLostError(LOST)
        return 1

    window.connection_status._reconnecting(1, 3)
    assert window.statusBar().currentMessage() == "Reconnecting…"
    worker = threading.Thread(target=lambda: run_read(read, sleep=lambda _s: None))
    worker.start()
    worker.join(10)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Connected to "), timeout=5000
    )
    assert str(database.path) in window.statusBar().currentMessage()
    _let_the_window_finish_reading(qtbot)


def _let_the_window_finish_reading(qtbot: QtBot) -> None:
    """The window's first reads run on the thread pool: deliver them while it still
    exists (a later test must not receive them)."""
    pool = QThreadPool.globalInstance()
    for _ in range(20):
        pool.waitForDone(10_000)
        qtbot.wait(20)
        if not pool.activeThreadCount():
            break
