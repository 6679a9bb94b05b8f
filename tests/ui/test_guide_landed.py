"""The user guide's Landed cost section: the ladder, where each input is entered (the File
menu entries the window has) and the warning to check the tariff rows (issue 15 points 2-5)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.store.database import Database
from ui.help import GuideDialog
from ui.main_window import MainWindow


def test_the_landed_cost_section_names_the_menu_entries_the_window_has(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    entries = {a.text().replace("&", "") for a in file_menu.actions() if isinstance(a, QAction)}
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "8. Landed cost" in text
    for entry in (
        "Exchange rates…",
        "Products…",
        "Freight and charges…",
        "Tariffs…",
        "Preferences…",
    ):
        assert entry in entries
        assert f"File ▸ {entry}" in text
    for term in ("EXW", "FCA", "FAS", "FOB", "CFR, CPT", "DDP"):
        assert term in text
    assert "Check the tariff rows yourself." in text
    assert "current Customs Tariff of the People's Republic of China" in text
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.browser.setSource(dialog.browser.source().resolved("#landed"))
    assert dialog.browser.verticalScrollBar().value() > 0
