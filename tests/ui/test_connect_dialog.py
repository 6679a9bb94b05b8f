"""The connect dialog, the switch of the window, and start-up when the server is down."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

import ui.connect_dialog as connect_dialog
from app.store import connection
from app.store.connection import ServerSettings
from app.store.database import Database, DatabaseError, open_database
from tests.keyrings import MemoryKeyring
from ui import application
from ui.connect_dialog import REMEMBERED_KEY, ConnectDialog
from ui.main_window import MainWindow

PG_URL = os.environ.get("TEST_DATABASE_URL", "")


def fill(dialog: ConnectDialog, *, port: int = 5433, password: str = "s3cret") -> None:
    dialog.host.setText("db.example.com")
    dialog.port.setValue(port)
    dialog.database_name.setText("desk")
    dialog.user.setText("ana")
    dialog.password.setText(password)
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))


def settings_text(settings: QSettings) -> str:
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


def test_test_connection_runs_off_the_ui_thread_and_says_the_server_is_down(
    qtbot: QtBot, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog, port=1)
    dialog.host.setText("127.0.0.1")
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()  # busy until the answer comes back
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "not running or refuses connections" in dialog.status.text()
    assert "127.0.0.1:1/desk" in dialog.status.text()


def test_a_missing_field_is_named_without_connecting(
    qtbot: QtBot, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.user.setText("")
    dialog.test_button.click()
    assert dialog.test_button.isEnabled()
    assert dialog.status.text() == "User: enter your user name on the server"


def _fake_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Connect 'succeeds' onto a SQLite file: what the dialog does around it is the test."""
    opened: list[str] = []

    def fake_open(url: str, **kwargs: object) -> Database:
        opened.append(url)
        return open_database(str(tmp_path / "server.sqlite3"), daily_backup=False)

    monkeypatch.setattr(connection, "check_connection", lambda url: "Connected: PostgreSQL 15.2")
    monkeypatch.setattr(connect_dialog, "open_database", fake_open)
    return opened


def test_connect_keeps_the_password_in_the_keyring_and_the_url_without_it_in_settings(
    qtbot: QtBot,
    settings: QSettings,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    opened = _fake_server(monkeypatch, tmp_path)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled()
    assert dialog.remember.isChecked()
    assert dialog.keyring_note.isHidden()
    fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.connect_button.click()
    assert dialog.database is not None
    dialog.database.dispose()
    assert "s3cret" in opened[0]  # the password is used to connect...
    remembered = settings.value(REMEMBERED_KEY)
    assert remembered == "postgresql+psycopg://ana@db.example.com:5433/desk?sslmode=require"
    assert memory_keyring.entries == {("Supplier Desk", "ana@db.example.com:5433/desk"): "s3cret"}
    assert "s3cret" not in settings_text(settings)  # ...and never written to settings
    assert dialog.notice == ""

    # The next start: the same server filled in, the password from the keyring.
    connection._session_passwords.clear()
    again = ConnectDialog(settings)
    qtbot.addWidget(again)
    assert again.server() == ServerSettings("db.example.com", "desk", "ana", 5433, "require")
    assert again.password.text() == "s3cret"


def test_without_a_keyring_the_dialog_says_so_and_keeps_the_password_for_the_session(
    qtbot: QtBot,
    settings: QSettings,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _fake_server(monkeypatch, tmp_path)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert not dialog.keyring_note.isHidden()
    assert "cannot be remembered" in dialog.keyring_note.text()
    fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.connect_button.click()
    assert dialog.database is not None
    dialog.database.dispose()
    server = dialog.server()
    assert connection.stored_password(server) == "s3cret"
    assert "s3cret" not in settings_text(settings)
    connection._session_passwords.clear()  # the program ends: nothing was kept
    assert connection.stored_password(server) is None


def test_use_the_local_database_forgets_the_server(
    qtbot: QtBot, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    settings.setValue(REMEMBERED_KEY, "postgresql+psycopg://ana@h:5432/desk")
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.host.text() == "h"
    dialog.local_button.click()
    assert dialog.use_local
    assert dialog.database is None
    assert settings.value(REMEMBERED_KEY) is None


def test_reopen_shows_the_new_database_in_the_status_bar(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    other = open_database(str(tmp_path / "other.sqlite3"), daily_backup=False)
    new = application.reopen(window, other)
    assert new is not None
    qtbot.addWidget(new)
    try:
        assert not window.isVisible()
        assert new.isVisible()
        assert new.database is other
        assert new.database_label.text() == other.display_name
        assert new.database_label.text().endswith("other.sqlite3")
    finally:
        new.close()
        other.dispose()


def test_connect_in_the_file_menu_asks_the_application_to_switch(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[MainWindow] = []
    monkeypatch.setattr(application, "switch_database", asked.append)
    window = application.open_window(database, settings)
    qtbot.addWidget(window)
    window.connect_action.trigger()
    assert asked == [window]


def test_start_up_with_the_server_down_offers_retry_then_the_local_database(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import app.settings

    monkeypatch.delenv(app.settings.DATABASE_ENV, raising=False)
    local = tmp_path / "local.sqlite3"
    monkeypatch.setattr(app.settings, "default_database_path", lambda: local)
    settings.setValue(REMEMBERED_KEY, "postgresql+psycopg://ana@127.0.0.1:1/desk")
    asked: list[str] = []
    answers = iter([connect_dialog.RETRY, connect_dialog.LOCAL])

    def ask(message: str, parent: object = None, *, can_change: bool = False) -> str:
        asked.append(message)
        assert can_change
        return next(answers)

    monkeypatch.setattr(connect_dialog, "ask_after_failure", ask)
    database = connect_dialog.open_at_start(None, settings)
    assert database is not None
    try:
        assert database.path == local
        assert len(asked) == 2
        assert asked[0] == (
            "127.0.0.1:1/desk: the server is not running or refuses connections (is it down?)"
        )
    finally:
        database.dispose()


def test_start_up_quit_returns_none(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connect_dialog, "ask_after_failure", lambda *a, **k: connect_dialog.QUIT)

    def refuse(*args: object, **kwargs: object) -> Database:
        raise DatabaseError("cannot open h:5432/desk: the server refused the login")

    assert connect_dialog.open_at_start("postgresql+psycopg://a@h/desk", settings, refuse) is None


@pytest.mark.skipif(not PG_URL.startswith("postgresql"), reason="needs PostgreSQL")
def test_test_connection_on_the_real_server(
    qtbot: QtBot, settings: QSettings, memory_keyring: MemoryKeyring, engine: object
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText(url.host or "localhost")
    dialog.port.setValue(url.port or 5432)
    dialog.database_name.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert dialog.status.text().startswith("Connected: PostgreSQL ")
    assert "schema up to date" in dialog.status.text()


# --- where there is no database: made at the first start only, else asked ---------------


@pytest.fixture
def local(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The local file of the user data folder, in a folder of this test's own."""
    import app.settings

    monkeypatch.delenv(app.settings.DATABASE_ENV, raising=False)
    path = tmp_path / "user-data" / "supplier-desk.sqlite3"
    monkeypatch.setattr(app.settings, "default_database_path", lambda: path)
    monkeypatch.setattr(app.settings, "data_dir", lambda: path.parent)
    return path


def test_the_first_start_makes_the_local_database_without_asking(
    settings: QSettings, local: Path
) -> None:
    database = connect_dialog.open_at_start(None, settings)
    assert database is not None
    database.dispose()
    assert local.is_file()


def _answers(monkeypatch: pytest.MonkeyPatch, create: bool) -> tuple[list[str], list[str]]:
    """ask_to_create answers `create`; ask_after_failure then Quit. What each was asked."""
    to_create: list[str] = []
    after: list[str] = []

    def ask_create(message: str, parent: object = None) -> bool:
        to_create.append(message)
        return create

    def ask_after(message: str, parent: object = None, *, can_change: bool = False) -> str:
        after.append(message)
        return connect_dialog.QUIT

    monkeypatch.setattr(connect_dialog, "ask_to_create", ask_create)
    monkeypatch.setattr(connect_dialog, "ask_after_failure", ask_after)
    return to_create, after


def test_a_database_option_with_no_database_asks_before_making_one(
    settings: QSettings, local: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "typo" / "desk.sqlite3"
    to_create, after = _answers(monkeypatch, create=False)
    assert connect_dialog.open_at_start(str(path), settings) is None
    assert to_create == [f"no database at {path}"]
    assert after == [f"no database at {path}"]
    assert not (tmp_path / "typo").exists()
    assert not local.parent.exists()

    to_create, after = _answers(monkeypatch, create=True)
    database = connect_dialog.open_at_start(str(path), settings)
    assert database is not None
    database.dispose()
    assert path.is_file()
    assert after == []


def test_an_empty_database_option_is_refused_not_the_local_file(
    settings: QSettings, local: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_create, after = _answers(monkeypatch, create=True)
    assert connect_dialog.open_at_start("", settings) is None
    assert after == ["--database is empty: give a file path or a postgresql+psycopg:// URL"]
    assert to_create == []
    assert not local.parent.exists()


def test_another_programs_file_is_refused_at_start_up_untouched(
    settings: QSettings, local: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE foo(x)")
        connection.commit()
    before = path.read_bytes()
    to_create, after = _answers(monkeypatch, create=True)
    assert connect_dialog.open_at_start(str(path), settings) is None
    assert to_create == []
    assert after == [
        f"{path} is not a Supplier Desk database (it has no schema version; its tables: "
        "foo); check the path: it was left as it was"
    ]
    assert path.read_bytes() == before


def test_a_certificate_authority_file_makes_the_connection_verify_the_server(
    qtbot: QtBot,
    settings: QSettings,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Issue 18: with the CA's file the server's certificate and name are checked
    (verify-full), and the file is remembered with the rest."""
    ca = tmp_path / "team-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    opened = _fake_server(monkeypatch, tmp_path)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog)
    monkeypatch.setattr(connect_dialog.QFileDialog, "getOpenFileName", lambda *_a: (str(ca), ""))
    dialog._choose_ca_file()
    assert dialog.ca_file.text() == str(ca)
    assert dialog.server().sslmode == "verify-full"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.connect_button.click()
    assert dialog.database is not None
    dialog.database.dispose()
    assert "sslmode=verify-full" in opened[0]
    assert f"sslrootcert={ca}" in opened[0].replace("%2F", "/")
    again = ConnectDialog(settings)
    qtbot.addWidget(again)
    assert again.ca_file.text() == str(ca)
