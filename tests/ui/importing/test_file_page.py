"""The wizard's file field: a path typed or pasted is loaded; a wrong one is said beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store.database import Database
from tests.ui.importing.conftest import SPANISH_HEADER, SPANISH_ROWS, idle, write_csv
from ui.importing.wizard import FILE, ImportWizard


def _wizard(qtbot: QtBot, database: Database, settings: QSettings) -> ImportWizard:
    wizard = ImportWizard(database, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_typed_path_and_enter_load_the_file(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "proveedores.csv", SPANISH_HEADER, SPANISH_ROWS)
    wizard = _wizard(qtbot, database, settings)
    field = wizard.file_page.path_edit
    assert not field.isReadOnly()
    field.setFocus()
    qtbot.keyClicks(field, str(path))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    idle(qtbot, wizard)

    assert wizard.file_page.path == path
    assert wizard.file_page.sheets_ready
    assert wizard.file_page.file_info.text() == "CSV file, 1 sheet"
    assert wizard.page == FILE  # Enter loaded the file; it did not press Next
    assert wizard.next_button.isEnabled()


def test_a_path_that_does_not_exist_is_said_beside_the_field(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, database, settings)
    page = wizard.file_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(tmp_path / "no-such.csv"))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)

    assert page.path is None
    assert page.path_problem.isVisibleTo(page)
    assert page.path_problem.text().startswith("File: there is no file at this path")
    assert not wizard.next_button.isEnabled()

    # A folder is not a file either; a pasted path, left by moving on, is loaded.
    page.path_edit.setText(str(tmp_path))
    page.path_edit.editingFinished.emit()
    assert "is a folder" in page.path_problem.text()
    path = write_csv(tmp_path / "proveedores.csv", SPANISH_HEADER, SPANISH_ROWS)
    QApplication.clipboard().setText(f'"{path}"')  # copied from a file manager, in quotes
    page.path_edit.setFocus()
    qtbot.keyClick(page.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.path_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.path_edit.text() == f'"{path}"'
    # Leaving the field (the offscreen platform does not move focus between windows).
    QApplication.sendEvent(
        page.path_edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    )
    qtbot.waitUntil(lambda: page.path == path)
    idle(qtbot, wizard)
    assert not page.path_problem.isVisibleTo(page)
    assert wizard.next_button.isEnabled()
