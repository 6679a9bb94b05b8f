"""Help ▸ User guide opens the bundled guide offline with its sections; Help ▸ Keyboard
shortcuts lists the keys the window's actions actually have."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app import identity
from app.store.database import Database
from ui.about import AboutDialog
from ui.help import GUIDE, GuideDialog, ShortcutsDialog, guide_file
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
    assert isinstance(help_menu, QMenu)
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


GUIDES = sorted(GUIDE.parent.glob("guide*.html"))


def test_the_guide_is_there_in_each_language_of_the_window() -> None:
    assert [g.name for g in GUIDES] == ["guide.es.html", "guide.html", "guide.zh_CN.html"]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.name)
def test_every_contents_link_of_each_guide_lands_on_a_section_of_that_guide(guide: Path) -> None:
    html = guide.read_text(encoding="utf-8")
    targets = re.findall(r'href="#([^"]+)"', html)
    anchors = set(re.findall(r'\b(?:id|name)="([^"]+)"', html))
    assert len(targets) == 8
    assert set(targets) <= anchors, set(targets) - anchors
    english = GUIDE.read_text(encoding="utf-8")  # the same sections, in the same order
    assert targets == re.findall(r'href="#([^"]+)"', english)
    assert re.findall(r'\bid="([^"]+)"', html) == re.findall(r'\bid="([^"]+)"', english)


def test_the_guide_is_shown_in_the_windows_language(qtbot: QtBot) -> None:
    from ui import i18n

    assert i18n.install("zh_CN") == "zh_CN"
    assert guide_file() == GUIDE.with_name("guide.zh_CN.html")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.browser.source().toLocalFile() == str(GUIDE.with_name("guide.zh_CN.html"))
    text = dialog.browser.toPlainText()
    assert "供应商" in text
    assert "添加供应商和联系人" in text
    assert "Add a supplier and a contact" not in text
    assert dialog.browser.documentTitle() == "Supplier Desk：用户指南"
    dialog.browser.setSource(dialog.browser.source().resolved("#import"))  # a contents link
    assert dialog.browser.verticalScrollBar().value() > 0

    assert i18n.install("es") == "es"
    spanish = GuideDialog()
    qtbot.addWidget(spanish)
    assert "Agregar un proveedor y un contacto" in spanish.browser.toPlainText()

    assert i18n.install("en") == "en"
    english = GuideDialog()
    qtbot.addWidget(english)
    assert english.browser.source().toLocalFile() == str(GUIDE)
    assert all(section in english.browser.toPlainText() for section in SECTIONS)


def test_a_language_without_a_guide_of_its_own_reads_the_english_one() -> None:
    assert guide_file("en") == GUIDE
    assert guide_file("fr") == GUIDE
    assert guide_file("es") == GUIDE.with_name("guide.es.html")


def test_about_says_the_version_and_the_licences_of_what_is_bundled(
    qtbot: QtBot, window: MainWindow
) -> None:
    _help_action(window, "&About Supplier Desk").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Version {identity.version()}" in labels
    assert window.database.display_name in labels
    text = dialog.licences.toPlainText()
    assert "GNU Lesser General Public License version 3" in text  # Qt's notice
    for component in identity.components():
        assert component.name in text
    assert "DejaVu" in text
    assert "WenQuanYi" in text
    dialog.reject()
