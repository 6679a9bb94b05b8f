"""Help ▸ User guide opens the bundled guide offline with its sections; Help ▸ Keyboard
shortcuts lists the keys the window's actions actually have."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.store.database import Database
from ui.help import GUIDE, GuideDialog, ShortcutsDialog
from ui.main_window import MainWindow

SECTIONS = (
    "Add a supplier and a contact",
    "Open a negotiation and record offer rounds",
    "Import a supplier sheet",
    "Export deal sheets and lists",
    "Archive, restore and undo",
    "Work as a team on one database",
)


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def _help_action(window: MainWindow, text: str) -> QAction:
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    assert help_menu is not None
    texts = [a.text() for a in help_menu.actions() if a.text()]
    assert texts == ["&User guide", "&Keyboard shortcuts", "&About Supplier Desk"]
    return next(a for a in help_menu.actions() if a.text() == text)


def test_user_guide_opens_offline_with_its_sections(qtbot: QtBot, window: MainWindow) -> None:
    action = _help_action(window, "&User guide")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.browser.source().isLocalFile()
    assert dialog.browser.source().toLocalFile() == str(GUIDE)
    text = dialog.browser.toPlainText()
    for section in SECTIONS:
        assert section in text
    dialog.browser.setSource(dialog.browser.source().resolved("#import"))  # a contents link
    assert dialog.browser.verticalScrollBar().value() > 0
    dialog.close()


def test_shortcuts_are_those_of_the_windows_actions(qtbot: QtBot, window: MainWindow) -> None:
    _help_action(window, "&Keyboard shortcuts").trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    shown = dict(dialog.shown())
    native = QKeySequence.SequenceFormat.NativeText
    assert shown["New"] == window.new_action.shortcut().toString(native)
    assert shown["Save"] == window.save_action.shortcut().toString(native)
    assert shown["Import spreadsheet"] == QKeySequence("Ctrl+I").toString(native)
    assert shown["Archive / restore"] == QKeySequence("Del").toString(native)
    assert shown["Suppliers"] == QKeySequence("Ctrl+2").toString(native)
    assert "User guide" in shown
    assert "Export settings" not in shown  # no key: not listed
    dialog.close()

    window.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))  # the list follows the actions
    assert dict(ShortcutsDialog(window).shown())["New"] == "Ctrl+Shift+N"


def test_menu_texts_lose_their_mnemonics_also_as_chinese_menus_write_them() -> None:
    from ui.help import plain_text

    assert plain_text("E&xport settings…") == "Export settings…"
    assert plain_text("Fish && &chips") == "Fish & chips"
    assert plain_text("新建(&N)") == "新建"
    assert plain_text("导出设置(&X)…") == "导出设置…"
