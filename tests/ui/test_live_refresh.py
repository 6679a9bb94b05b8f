"""Lists follow changes made elsewhere, keeping selection and scroll; a connection lost
during a save is one line and the user's edits stay in the form."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.services.suppliers import create_supplier, update_supplier
from app.store.database import Database, open_database
from app.store.live import announce_changes, new_origin
from models.engine import create_database_engine
from tests.ui.waiting import settle
from ui.live_refresh import LiveRefresh, refresh_keeping_place
from ui.main_window import MainWindow
from ui.views.suppliers import SuppliersView

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
on_postgresql = pytest.mark.skipif(
    not PG_URL.startswith("postgresql"), reason="needs TEST_DATABASE_URL on PostgreSQL"
)


def _seed(database: Database, count: int) -> list[int]:
    with database.transaction() as session:
        return [
            create_supplier(session, {"name": f"Proveedor {n:04d}", "country": "MX"}).id
            for n in range(count)
        ]


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """Another program (or window) on the same SQLite file."""
    assert database.path is not None
    other = open_database(str(database.path), daily_backup=False)
    yield other
    other.dispose()


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(1)
    yield window
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def _select(view: SuppliersView, record_id: int) -> None:
    view.select(record_id)
    settle()  # the record is read off the UI thread
    assert view.form.record_id == record_id


def test_an_external_change_refreshes_the_list_keeping_selection_and_scroll(
    qtbot: QtBot, window: MainWindow, database: Database, other: Database
) -> None:
    ids = _seed(database, 450)  # more than two pages of 200
    view = window.current
    assert isinstance(view, SuppliersView)
    view.refresh()
    settle()
    while view.model.rowCount() < 300:
        view.model.fetchMore()
        settle()  # each page is read off the UI thread
    chosen = ids[250]  # beyond the first page
    _select(view, chosen)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    with other.transaction() as session:  # a colleague renames the first supplier
        update_supplier(session, ids[0], {"name": "Proveedor 0000 (renamed)"})
    qtbot.waitUntil(lambda: view.model.row_at(0).name == "Proveedor 0000 (renamed)", timeout=5000)
    assert view.model.rowCount() >= 300
    current = view.table.selectionModel().currentIndex()
    assert view.model.id_at(current.row()) == chosen
    assert view.form.record_id == chosen
    assert bar.value() == scrolled


def test_an_external_change_leaves_an_edit_in_progress_alone(
    qtbot: QtBot, window: MainWindow, database: Database, other: Database
) -> None:
    ids = _seed(database, 3)
    view = window.current
    view.refresh()
    settle()
    _select(view, ids[1])
    view.form.bindings["city"].widget.setText("Uruapan")  # typed, not saved
    with other.transaction() as session:
        create_supplier(session, {"name": "Nuevo proveedor", "country": "PE"})
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=5000)
    assert view.form.record_id == ids[1]
    assert view.form.is_dirty()
    assert view.form.bindings["city"].text() == "Uruapan"
    view.form.reload()  # the user discards the edit
    settle()


def test_own_commits_are_not_news(qtbot: QtBot, database: Database) -> None:
    live = LiveRefresh(database, poll_ms=20)
    seen: list[object] = []
    live.changed.connect(seen.append)
    try:
        _seed(database, 2)
        qtbot.wait(400)
        assert seen == []
        other = open_database(str(database.path), daily_backup=False)
        try:
            _seed(other, 1)
        finally:
            other.dispose()
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
        assert seen == [frozenset()]  # SQLite does not say which tables
    finally:
        live.stop()


def test_refresh_keeping_place_on_a_view_without_a_list(qtbot: QtBot) -> None:
    class Plain:
        refreshed = 0

        def refresh(self) -> None:
            self.refreshed += 1

    plain: Any = Plain()
    refresh_keeping_place(plain)
    assert plain.refreshed == 1


# --- PostgreSQL ----------------------------------------------------------------------------


@pytest.fixture
def pg_database(engine: object) -> Iterator[Database]:
    """The migrated PostgreSQL test database, emptied of the suppliers a test commits."""
    database = open_database(PG_URL, daily_backup=False)
    yield database
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM suppliers WHERE name LIKE 'Live %'"))
    database.dispose()


@on_postgresql
def test_postgresql_a_commit_elsewhere_reaches_the_window(
    qtbot: QtBot, pg_database: Database
) -> None:
    live = LiveRefresh(pg_database)
    seen: list[object] = []
    live.changed.connect(seen.append)
    theirs = open_database(PG_URL, daily_backup=False)
    announce_changes(theirs.sessions, new_origin())  # their window does this
    try:
        assert live._listener is not None
        assert live._listener.listening.wait(5)
        with pg_database.transaction() as session:  # our own: no echo
            create_supplier(session, {"name": "Live ours", "country": "CL"})
        with theirs.transaction() as session:
            create_supplier(session, {"name": "Live theirs", "country": "CL"})
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
        assert "suppliers" in seen[0]  # type: ignore[operator]
        qtbot.wait(500)
        assert len(seen) == 1
    finally:
        live.stop()
        theirs.dispose()


@on_postgresql
def test_postgresql_connection_lost_during_a_save_keeps_the_form(
    qtbot: QtBot, pg_database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(pg_database, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view(1)
    view = window.current
    with pg_database.transaction() as session:
        record_id = create_supplier(session, {"name": "Live Frutas", "country": "MX"}).id
    view.refresh()
    _select(view, record_id)
    view.form.bindings["city"].widget.setText("Tancítaro")
    killer = create_database_engine(make_url(PG_URL))
    real_update = view.form.update_record

    def update_after_the_line_drops(session: Any, *args: Any) -> int:
        pid = session.connection().execute(text("SELECT pg_backend_pid()")).scalar_one()
        with killer.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return int(real_update(session, *args))

    monkeypatch.setattr(view.form, "update_record", update_after_the_line_drops)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: shown.append(message))
    try:
        assert view.save() is False
        assert shown == [
            "The connection to the team database was lost; your changes were not saved — try again"
        ]
        assert view.form.is_dirty()
        assert view.form.bindings["city"].text() == "Tancítaro"
        monkeypatch.setattr(view.form, "update_record", real_update)
        assert view.save() is True  # the next try reconnects
        assert not view.form.is_dirty()
        settle()  # the list and the record are read again off the UI thread
    finally:
        killer.dispose()
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
        window.close()
