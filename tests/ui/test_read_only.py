"""Read-only members: the window turns every editing control off with the reason, and keeps
browsing, search and export working (a read-only SQLite file, a PostgreSQL reader role)."""

from __future__ import annotations

import io
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.cli import dispatch as cli
from app.services.contacts import create_contact
from app.services.suppliers import create_supplier
from app.store.database import Database, open_database
from app.store.roles import READ_ONLY_FILE_REASON, READ_ONLY_ROLE_REASON, READER_ROLE
from tests.ui.waiting import settle
from ui.main_window import MainWindow
from ui.read_only import EDITING_BUTTONS, WINDOW_ACTIONS

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _seed(database: Database) -> int:
    with database.transaction() as session:
        nuble = create_supplier(
            session, {"name": "Frutícola Ñuble SpA", "country": "CL", "city": "Chillán"}
        )
        create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
        create_contact(session, nuble.id, {"name": "José Núñez"})
        return nuble.id


@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    path = tmp_path / "shared.sqlite3"
    writer = open_database(str(path), daily_backup=False)
    supplier_id = _seed(writer)
    writer.dispose()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    database = open_database(str(path), daily_backup=False)
    yield database, supplier_id
    database.dispose()
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def _editing_buttons(view: Any) -> list[QAbstractButton]:
    found = []
    for owner in [view, *view.findChildren(object)]:
        for name in EDITING_BUTTONS:
            button = getattr(owner, "__dict__", {}).get(name)
            if isinstance(button, QAbstractButton):
                found.append(button)
    return found


def _check_read_only(window: MainWindow, reason: str) -> None:
    banner = window.read_only.banner
    assert banner is not None
    assert banner.text() == f"Read-only: {reason}"
    for name in (*WINDOW_ACTIONS, "history_action"):
        action = getattr(window, name)
        assert not action.isEnabled(), name
        assert f"Read-only: {reason}" in action.toolTip()
    assert window.find_action.isEnabled()
    assert window.refresh_action.isEnabled()
    assert not window.acceptDrops()
    for view in window.views:
        buttons = _editing_buttons(view)
        for button in buttons:
            assert not button.isEnabled(), (view.kind, button.text())
            assert button.toolTip() == f"Read-only: {reason}"
        form = getattr(view, "form", None)
        if form is not None:
            edits = form.findChildren(QLineEdit) + form.findChildren(QPlainTextEdit)
            assert edits
            assert all(edit.isReadOnly() for edit in edits)
            assert not any(combo.isEnabled() for combo in form.findChildren(QComboBox))
        search = getattr(view, "search", None)
        if search is not None:
            assert not search.isReadOnly()
        export = getattr(view, "export_actions", None)
        if export is not None and getattr(export, "button", None) is not None:
            assert export.button.isEnabled()


def test_a_read_only_file_turns_editing_off_and_keeps_browsing(
    qtbot: QtBot,
    read_only_file: tuple[Database, int],
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, supplier_id = read_only_file
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    _check_read_only(window, READ_ONLY_FILE_REASON)

    window.show_view(1)
    settle()
    view = window.current
    assert view.kind == "supplier"
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.search, "jose")  # search still works
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.select(supplier_id)  # choosing a record would enable Archive in a writable window
    settle()
    assert view.form.isEnabled()
    assert not view.archive_button.isEnabled()
    assert not view.save_button.isEnabled()
    panels = view.form.panels  # the supplier's tabs: tags typed in, contacts opened
    assert all(edit.isReadOnly() for edit in panels.findChildren(QLineEdit))
    contacts = panels.contacts
    opened = _double_click_first_contact(qtbot, window, contacts, monkeypatch)
    assert opened == []
    view.new_record()  # even New from elsewhere leaves the fields read-only
    assert all(edit.isReadOnly() for edit in view.form.findChildren(QLineEdit))
    window.new_action.setEnabled(True)  # nothing turns the window's actions back on
    assert not window.new_action.isEnabled()


def test_a_writable_database_has_no_banner_and_everything_on(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    supplier_id = _seed(database)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    assert window.read_only.banner is None
    window.show_view(1)  # Home has no record form: New/Save/Archive are off there
    assert all(getattr(window, name).isEnabled() for name in WINDOW_ACTIONS)
    view = window.current
    view.select(supplier_id)
    settle()
    assert view.archive_button.isEnabled()
    assert not any(edit.isReadOnly() for edit in view.form.findChildren(QLineEdit))
    contacts = view.form.panels.contacts
    opened = _double_click_first_contact(qtbot, window, contacts, monkeypatch)
    assert opened  # the double-click the read-only window swallows does open it here


# --- a PostgreSQL reader ---------------------------------------------------------------------


def _server_url() -> Any:
    configured = os.environ.get("TEST_DATABASE_URL", "")
    return make_url(configured if configured.startswith("postgres") else SERVER)


def _libpq(url: Any) -> str:
    return str(url.set(drivername="postgresql").render_as_string(hide_password=False))


@pytest.fixture
def reader_database() -> Iterator[Database]:
    """A fresh PostgreSQL database with two suppliers, opened by a login in the reader role."""
    server = _server_url()
    try:
        admin = psycopg.connect(_libpq(server), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server for the reader test: {exc}")
    suffix = uuid.uuid4().hex[:8]
    name, reader = f"sd_ro_ui_{suffix}", f"sd_ro_reader_{suffix}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = server.set(database=name)
    database: Database | None = None
    try:
        owner = open_database(url.render_as_string(False), daily_backup=False)
        _seed(owner)
        owner.dispose()
        sql = io.StringIO()
        assert cli.main(["db", "roles", "--database-name", name], out=sql) == 0
        with psycopg.connect(_libpq(url), autocommit=True) as connection:
            connection.execute(sql.getvalue().encode())
            connection.execute(f'CREATE USER "{reader}" IN ROLE {READER_ROLE}')
        database = open_database(
            url.set(username=reader).render_as_string(False), daily_backup=False
        )
        yield database
    finally:
        if database is not None:
            database.dispose()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'DROP ROLE IF EXISTS "{reader}"')
        admin.close()


def test_a_reader_role_sees_the_data_with_editing_off(
    qtbot: QtBot, reader_database: Database, settings: QSettings
) -> None:
    window = MainWindow(reader_database, settings)
    qtbot.addWidget(window)
    _check_read_only(window, READ_ONLY_ROLE_REASON)
    window.show_view(1)
    settle()
    assert window.current.model.rowCount() == 2


def _double_click_first_contact(
    qtbot: QtBot, window: Any, contacts: Any, monkeypatch: pytest.MonkeyPatch
) -> list[object]:
    """Show the window, double-click the supplier's first contact; what it opened."""
    window.show()
    settle()
    qtbot.waitExposed(window)
    settle()
    qtbot.waitUntil(lambda: contacts.table.model().rowCount() == 1)
    opened: list[object] = []
    monkeypatch.setattr(contacts, "_open", opened.append)
    row = contacts.table.visualRect(contacts.table.model().index(0, 0)).center()
    # As a real double-click: QTest's lone double-click event is not one for item views.
    qtbot.mouseClick(contacts.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    settle()
    qtbot.mouseDClick(contacts.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    return opened
