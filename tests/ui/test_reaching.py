"""Reaching people from the window: the Contacts tab's e-mail and WhatsApp cells open a
mail or a chat, a WeChat id is copied; the Negotiations view sends a deal sheet as a
ready e-mail draft. QDesktopServices.openUrl is replaced: the URLs are checked, nothing
is opened."""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

import app.exporting.export_settings
import ui.reaching
from app.services.contacts import create_contact
from app.services.demo import load_demo
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.forms.supplier_contacts import EMAIL, MAIN, NAME, WECHAT, WHATSAPP, ContactsPanel
from ui.forms.supplier_panel_base import SupplierRef
from ui.main_window import MainWindow

NEGOTIATIONS = 2


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs the window asked the desktop to open."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(ui.reaching.QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def panel(qtbot: QtBot, database: Database) -> Iterator[ContactsPanel]:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        create_contact(
            session,
            supplier.id,
            {
                "name": "Li Wei",
                "email": "li.wei@nuble.cl",
                "whatsapp": "+56 9 8765 4321",
                "wechat": "liwei_fresh",
                "is_primary": True,
            },
        )
        create_contact(session, supplier.id, {"name": "José Núñez", "role": "Sales"})
        ref = SupplierRef(supplier.id, supplier.name, supplier.country)
    window = QMainWindow()  # the status bar the tab speaks to
    contacts = ContactsPanel(database)
    window.setCentralWidget(contacts)
    qtbot.addWidget(window)
    window.resize(1000, 300)
    window.show()
    settle()
    qtbot.waitExposed(window)
    settle()
    contacts.show_supplier(ref)
    settle()
    yield contacts
    window.close()


def _click(qtbot: QtBot, panel: ContactsPanel, row: int, column: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, column))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()


def test_email_and_whatsapp_cells_open_a_mail_and_a_chat(
    qtbot: QtBot, panel: ContactsPanel, opened: list[str]
) -> None:
    assert panel.model.index(0, EMAIL).data() == "li.wei@nuble.cl"
    assert panel.model.index(0, WHATSAPP).data() == "+56987654321"
    _click(qtbot, panel, 0, EMAIL)
    _click(qtbot, panel, 0, WHATSAPP)
    assert opened == ["mailto:li.wei@nuble.cl", "https://wa.me/56987654321"]
    _click(qtbot, panel, 1, EMAIL)  # José has no address: nothing to open
    assert len(opened) == 2


def test_buttons_follow_the_chosen_contact_and_wechat_is_copied(
    qtbot: QtBot, panel: ContactsPanel, opened: list[str]
) -> None:
    panel.table.selectRow(1)  # José: no e-mail, WhatsApp or WeChat
    assert not panel.mail_button.isEnabled()
    assert not panel.whatsapp_button.isEnabled()
    assert not panel.wechat_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.mail_button.isEnabled()
    qtbot.mouseClick(panel.mail_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.mouseClick(panel.whatsapp_button, Qt.MouseButton.LeftButton)
    settle()
    assert opened == ["mailto:li.wei@nuble.cl", "https://wa.me/56987654321"]
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.wechat_button, Qt.MouseButton.LeftButton)
    settle()
    assert QGuiApplication.clipboard().text() == "liwei_fresh"
    window = panel.window()
    assert isinstance(window, QMainWindow)
    assert "liwei_fresh" in window.statusBar().currentMessage()
    _click(qtbot, panel, 0, WECHAT)  # the cell copies too
    assert QGuiApplication.clipboard().text() == "liwei_fresh"
    assert len(opened) == 2


def test_name_and_email_take_the_spare_width_not_main(panel: ContactsPanel) -> None:
    table = panel.table
    main = table.columnWidth(MAIN)
    assert main < 70
    assert table.columnWidth(NAME) > 2 * main
    assert table.columnWidth(EMAIL) > 2 * main


# --- the deal sheet by e-mail ----------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    monkeypatch.setattr(
        app.exporting.export_settings, "settings_path", lambda: tmp_path / "export.json"
    )
    monkeypatch.setattr(ui.reaching, "drafts_folder", lambda: tmp_path)
    with database.transaction() as session:
        load_demo(session)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle()
    qtbot.waitExposed(window)
    settle()
    yield window
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def test_send_deal_sheet_by_email_opens_a_draft_with_the_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opened: list[str]
) -> None:
    window.show_view(NEGOTIATIONS)
    settle()
    view: Any = window.current
    qtbot.waitUntil(lambda: view.model.loaded)
    actions = view.export_actions
    actions.menu.aboutToShow.emit()
    send = actions.action("Send deal sheet by email…")
    assert not send.isEnabled()  # no deal chosen yet
    view.table.selectRow(0)
    deal = view.model.row_at(0)
    qtbot.waitUntil(lambda: view.form.record_id == deal.id)
    actions.menu.aboutToShow.emit()
    assert send.isEnabled()

    send.trigger()
    settle()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)

    (url,) = opened
    eml = Path(QUrl(url).toLocalFile())
    assert eml.parent == tmp_path
    assert eml.suffix == ".eml"
    with eml.open("rb") as handle:
        message: Any = BytesParser(policy=policy.default).parse(handle)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == f"Deal sheet — {deal.title}"
    assert "@" in message["To"]
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    pdf = eml.with_suffix(".pdf")
    assert attachment.get_filename() == pdf.name
    assert attachment.get_content() == pdf.read_bytes()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "draft opened" in window.statusBar().currentMessage()
