"""File > Preferences…: what is typed is saved, a logo that cannot be used is refused
with its reason, and a file that cannot be written is reported, not raised."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

import app.exporting.export_settings
import ui.settings_dialog
from app.exporting.export_settings import ExportSettings, load_export_settings, save_export_settings
from app.store.database import Database
from ui.i18n import LANGUAGE_KEY
from ui.main_window import MainWindow
from ui.settings_dialog import ExportSettingsDialog, logo_problem


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


@pytest.fixture(autouse=True)
def window_settings(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """The dialog's QSettings (the window's language) in the test's own file."""
    monkeypatch.setattr(ui.settings_dialog, "QSettings", lambda: settings)
    return settings


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b5c8a"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def open_dialog(qtbot: QtBot) -> ExportSettingsDialog:
    dialog = ExportSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: ExportSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Key clicks for ASCII; other characters arrive as an input method commits them
    (QTest can only click keys of ASCII characters)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def line(dialog: ExportSettingsDialog, name: str) -> QLineEdit:
    widget = dialog.fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def test_what_is_typed_is_saved(qtbot: QtBot, settings_file: Path, logo: Path) -> None:
    dialog = open_dialog(qtbot)
    assert list(dialog.fields) == [
        "company_name",
        "logo_file",
        "prepared_by",
        "label_language",
        "paper_size",
        "deal_sheet_for",
        "reporting_currency",
        "landed_vat",
        "compliance_window_days",
        "file_size_limit_mb",
        "shelf_life_margin_days",
    ]
    assert dialog.fields["file_size_limit_mb"].value() == 25
    window = dialog.fields["compliance_window_days"]
    assert isinstance(window, QSpinBox)
    assert window.value() == 90
    window.setValue(60)
    audience = dialog.fields["deal_sheet_for"]
    assert audience.currentData() == "partner"  # the default: nothing internal goes out
    assert audience.currentText() == "The partner (nothing internal)"
    audience.setCurrentIndex(audience.findData("internal"))
    type_text(qtbot, line(dialog, "company_name"), "Dragon Fresh 龙鲜 Imports")
    qtbot.keyClicks(dialog.logo.edit, str(logo))
    type_text(qtbot, line(dialog, "prepared_by"), "Lucía Muñoz")
    language = dialog.fields["label_language"]
    language.setCurrentIndex(language.findData("zh"))
    assert language.currentText() == "中文"
    paper = dialog.fields["paper_size"]
    paper.setCurrentIndex(paper.findData("Letter"))
    vat = dialog.fields["landed_vat"]
    vat.setCurrentIndex(vat.findData("exclude"))
    assert vat.currentText() == "Left out (VAT recovered)"
    assert dialog.logo.error.isHidden()
    assert dialog.logo.preview.pixmap() is not None
    assert not dialog.logo.preview.pixmap().isNull()

    click_ok(qtbot, dialog)

    assert dialog.result() == ExportSettingsDialog.DialogCode.Accepted
    assert settings_file.is_file()
    assert load_export_settings() == ExportSettings(
        company_name="Dragon Fresh 龙鲜 Imports",
        logo_file=str(logo),
        prepared_by="Lucía Muñoz",
        label_language="zh",
        paper_size="Letter",
        deal_sheet_for="internal",
        landed_vat="exclude",
        compliance_window_days=60,
    )
    assert load_export_settings().landed.include_vat is False
    assert load_export_settings().landed.currency == "CNY"
    again = open_dialog(qtbot)  # shows what was saved
    assert line(again, "company_name").text() == "Dragon Fresh 龙鲜 Imports"
    assert again.fields["paper_size"].currentData() == "Letter"
    assert again.fields["deal_sheet_for"].currentData() == "internal"


def test_a_logo_that_does_not_exist_is_refused_with_its_reason(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot)
    missing = tmp_path / "no-such-logo.png"
    qtbot.keyClicks(dialog.logo.edit, str(missing))
    assert dialog.logo.error.isVisible()
    assert dialog.logo.error.text() == f"No such file: {missing}"

    click_ok(qtbot, dialog)

    assert dialog.isVisible()  # still open, the reason in view
    assert dialog.focusWidget() is dialog.logo.edit
    assert not settings_file.exists()
    dialog.logo.edit.clear()  # no logo is fine
    assert dialog.logo.error.isHidden()
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_export_settings().logo_file == ""


def test_what_cannot_be_a_logo(tmp_path: Path, logo: Path) -> None:
    text_file = tmp_path / "logo.txt"
    text_file.write_text("not a picture")
    bitmap = QImage(10, 10, QImage.Format.Format_RGB32)
    bitmap.fill(QColor("white"))
    bmp = tmp_path / "logo.bmp"
    assert bitmap.save(str(bmp))
    assert logo_problem("") is None
    assert logo_problem(str(logo)) is None
    assert "folder" in (logo_problem(str(tmp_path)) or "")
    assert "not an image" in (logo_problem(str(text_file)) or "")
    assert "PNG or JPEG" in (logo_problem(str(bmp)) or "")


def test_browse_fills_in_the_chosen_file(
    qtbot: QtBot, logo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a: (str(logo), "Images (*.png *.jpg *.jpeg)")
    )
    qtbot.mouseClick(dialog.logo.browse, Qt.MouseButton.LeftButton)
    assert dialog.logo.text() == str(logo)
    assert dialog.logo.error.isHidden()


def test_a_settings_file_that_cannot_be_written_is_reported(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(
        app.exporting.export_settings, "settings_path", lambda: blocker / "settings.json"
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(line(dialog, "company_name"), "Dragon Fresh")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert warned
    assert str(blocker) in warned[0]


def test_the_file_menu_opens_the_dialog(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_export_settings(ExportSettings(company_name="Dragon Fresh"))
    shown: list[str] = []

    def exec_(dialog: ExportSettingsDialog) -> int:
        shown.append(line(dialog, "company_name").text())
        return 0

    monkeypatch.setattr(ExportSettingsDialog, "exec", exec_)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QWidget)
    entry = next(a for a in file_menu.actions() if a.text() == "&Preferences…")
    entry.trigger()
    assert shown == ["Dragon Fresh"]


def test_the_window_language_is_chosen_and_kept_in_qsettings(
    qtbot: QtBot, window_settings: QSettings
) -> None:
    dialog = open_dialog(qtbot)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", "English", "简体中文", "Español"]
    assert dialog.language.currentData() == ""  # nothing chosen yet: the system's
    dialog.language.setCurrentIndex(dialog.language.findText("Español"))
    click_ok(qtbot, dialog)
    assert window_settings.value(LANGUAGE_KEY) == "es"

    dialog = open_dialog(qtbot)
    assert dialog.language.currentText() == "Español"  # read back from the settings
    dialog.language.setCurrentIndex(dialog.language.findText("System default"))
    click_ok(qtbot, dialog)
    assert window_settings.value(LANGUAGE_KEY) == ""


def test_cancel_leaves_the_window_language(qtbot: QtBot, window_settings: QSettings) -> None:
    window_settings.setValue(LANGUAGE_KEY, "zh_CN")
    dialog = open_dialog(qtbot)
    assert dialog.language.currentText() == "简体中文"
    dialog.language.setCurrentIndex(dialog.language.findText("English"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window_settings.value(LANGUAGE_KEY) == "zh_CN"
