"""The ways into the import from the main window: File menu (Ctrl+I), a file dropped on
the window, the Home button on an empty database; the import history and its Undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.store.database import Database
from tests.ui.importing.conftest import (
    hold_at_first_progress,
    idle,
    supplier_names,
    write_csv,
)
from tests.ui.waiting import settle
from ui.importing.history_dialog import ImportHistoryDialog
from ui.importing.wizard import ImportWizard
from ui.main_window import MainWindow


def _window(qtbot: QtBot, database: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag `path` over the window and drop it: (entering accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.setAccepted(False)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def _wizard(window: MainWindow) -> ImportWizard:
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    return wizard


def test_a_spreadsheet_dropped_on_the_window_opens_the_wizard(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, database, settings)
    assert window.acceptDrops()
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4")
    assert _drop(window, notes) == (False, False)
    assert window.import_wizard is None

    path = write_csv(tmp_path / "lista.csv", ["Nombre", "País"], [["Uno", "Chile"]])
    assert _drop(window, path) == (True, True)
    wizard = _wizard(window)
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
    assert wizard.file_page.path == path
    idle(qtbot, wizard)
    assert wizard.file_page.sheets_ready
    assert wizard.next_button.isEnabled()

    # A second file dropped goes to the wizard already open.
    other = write_csv(tmp_path / "otra.tsv", ["Nombre", "País"], [["Dos", "Perú"]])
    assert _drop(window, other) == (True, True)
    assert window.import_wizard is wizard
    assert wizard.file_page.path == other
    idle(qtbot, wizard)


def test_the_home_button_opens_the_wizard(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    window = _window(qtbot, database, settings)
    window.show_view(0)
    home = window.current
    qtbot.waitUntil(lambda: home.pages.currentWidget() is home.welcome)  # read off the UI thread
    button = home.welcome.import_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = _wizard(window)
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
    assert wizard.file_page.path is None


def test_ctrl_i_opens_the_wizard_and_an_import_refreshes_the_view(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, database, settings)
    window.show_view(1)
    settle()  # the list is read off the UI thread
    assert window.current.kind == "supplier"
    assert window.current.model.rowCount() == 0
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.import_action in window.menuBar().actions()[0].menu().actions()
    window.import_action.trigger()
    wizard = _wizard(window)
    qtbot.addWidget(wizard)
    path = write_csv(tmp_path / "lista.csv", ["Nombre", "País"], [["Uno", "Chile"]])
    wizard.take_file(path)
    idle(qtbot, wizard)
    for _step in range(3):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        idle(qtbot, wizard)
    assert wizard.commit_result is not None, wizard.error_line.text()
    settle()  # the list is read again off the UI thread
    assert window.current.model.rowCount() == 1
    assert "1 supplier" in window.count_label.text()


def _import(database: Database, path: Path) -> int:
    from app.importing.commit import commit_preview
    from app.importing.plan import ImportOptions
    from app.importing.preview import build_preview

    with database.transaction() as session:
        preview = build_preview(session, path, ImportOptions())
        return commit_preview(session, preview).batch_id


def test_the_history_undoes_an_import(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _import(database, write_csv(tmp_path / "a.csv", ["Nombre", "País"], [["Uno", "CL"]]))
    second = _import(
        database, write_csv(tmp_path / "b.csv", ["Nombre", "País"], [["Dos", "PE"], ["Tres", "MX"]])
    )
    assert supplier_names(database) == ["Dos", "Tres", "Uno"]
    changed: list[bool] = []
    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)  # read off the UI thread
    dialog.data_changed.connect(lambda: changed.append(True))
    assert [r.id for r in dialog.model.rows] == [second, first]
    assert dialog.model.index(0, 2).data() == "b.csv"
    assert dialog.model.index(0, 4).data() == "2"
    assert dialog.model.index(0, 8).data() == "Imported"
    assert dialog.selected() is not None
    assert dialog.selected().id == second  # type: ignore[union-attr]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert supplier_names(database) == ["Dos", "Tres", "Uno"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(changed), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)  # the list read again
    assert supplier_names(database) == ["Uno"]
    assert "2 records put back" in dialog.message.text()
    assert dialog.selected() is not None
    assert dialog.selected().id == second  # type: ignore[union-attr]
    assert dialog.model.index(0, 8).data() == "Undone"
    assert not dialog.undo_button.isEnabled()


def test_the_history_says_what_undo_kept(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import select

    from app.services.suppliers import update_supplier
    from models import Supplier

    _import(database, write_csv(tmp_path / "a.csv", ["Nombre", "País"], [["Uno", "CL"]]))
    with database.transaction() as session:
        supplier = session.scalars(select(Supplier)).one()
        update_supplier(session, supplier.id, {"city": "Talca"})
    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)  # read off the UI thread
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: dialog.model.index(0, 8).data() == "Undone", timeout=10_000)
    assert "1 record kept" in dialog.message.text()
    assert "Uno" in dialog.kept.toPlainText()
    assert supplier_names(database) == ["Uno"]


def test_the_history_menu_entry_opens_the_dialog(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Any] = []
    monkeypatch.setattr(ImportHistoryDialog, "exec", lambda self: shown.append(self) or 0)
    window = _window(qtbot, database, settings)
    window.history_action.trigger()
    assert len(shown) == 1
    assert shown[0].empty.isVisibleTo(shown[0])
    assert not shown[0].undo_button.isEnabled()


def test_closing_the_window_during_an_import_cancels_it_first(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = hold_at_first_progress(monkeypatch, "commit")
    window = _window(qtbot, database, settings)
    path = write_csv(tmp_path / "lista.csv", ["Nombre", "País"], [["Uno", "Chile"]])
    wizard = window.open_import(path)
    idle(qtbot, wizard)
    for _step in range(2):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        idle(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert not window.close()
    assert window.isVisible()
    assert wizard.progress.label.text() == "Cancelling…"
    release.set()
    idle(qtbot, wizard)
    assert "nothing was written" in wizard.error_line.text()
    assert supplier_names(database) == []
    assert window.close()
    qtbot.waitUntil(lambda: window.import_wizard is None)
