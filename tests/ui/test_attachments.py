"""The files panel (ui.attachments): attach, list with a thumbnail for an image, open,
save a copy, remove, drop files, a refusal shown in one line; on the negotiation form's
Files tab and on each line of a shipment's document checklist."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.exporting import export_settings
from app.exporting.export_settings import ExportSettings, save_export_settings
from app.services.files import attach_file
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from app.store.database import Database
from models import AttachmentOwner, DocumentKind, DocumentStatus
from tests.ui.waiting import settle
from ui.attachments import AttachmentsPanel, certification_files_panel
from ui.forms.documents import DocumentsChecklist
from ui.forms.negotiation import NegotiationForm

PDF_NAME = "Certificado fitosanitario 北京 ñ.pdf"


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "export-settings.json"
    monkeypatch.setattr(export_settings, "settings_path", lambda: path)
    return path


def _deal(database: Database) -> int:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        return create_negotiation(session, supplier.id, {}, product_name="Cherries").id


def _png(path: Path) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86c1"))
    assert image.save(str(path), "PNG")
    return path


def _pdf(path: Path, size: int = 40_000) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(size))
    return path


def _panel(qtbot: QtBot, database: Database, owner_id: int) -> AttachmentsPanel:
    panel = AttachmentsPanel(database, AttachmentOwner.NEGOTIATION)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    settle()
    panel.show_owner(owner_id)
    qtbot.waitUntil(lambda: not panel.loading)
    return panel


def _names(panel: AttachmentsPanel) -> list[str]:
    return [f.name for f in panel.files]


def test_attach_shows_the_files_with_a_thumbnail_then_remove(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal = _deal(database)
    panel = _panel(qtbot, database, deal)
    assert panel.files == []
    assert panel.status.text() == "No files yet: drop files here or choose Attach…"
    assert not panel.remove_button.isEnabled()
    png, pdf = _png(tmp_path / "planta empacadora.png"), _pdf(tmp_path / PDF_NAME)
    with qtbot.waitSignal(panel.changed):
        panel.attach_paths([png, pdf])
    qtbot.waitUntil(lambda: len(panel.files) == 2 and not panel.loading)
    assert _names(panel) == ["planta empacadora.png", PDF_NAME]
    assert panel.tree.topLevelItemCount() == 2
    first = panel.tree.topLevelItem(0)
    assert first is not None
    assert first.text(1) == f"{png.stat().st_size} bytes"
    assert first.text(2)  # who attached it
    image_id = panel.files[0].id
    thumb = panel.thumbnails[image_id]
    assert (thumb.width(), thumb.height()) == (40, 26)  # scaled, its proportions kept
    assert thumb.pixelColor(20, 13) == QColor("#2e86c1")
    assert panel.files[1].id not in panel.thumbnails  # a PDF gets the plain icon
    assert panel.status.text() == "2 files · drop files here to attach them"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.select(panel.files[1].id)
    settle()
    panel.open_selected()
    qtbot.waitUntil(lambda: bool(opened))
    copy = Path(opened[0].toLocalFile())
    assert copy.name == PDF_NAME
    assert copy.read_bytes() == pdf.read_bytes()

    target = tmp_path / "copia.pdf"
    panel.save_to(panel.files[1].id, target)
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == pdf.read_bytes()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    panel.select(image_id)
    settle()
    assert panel.remove_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        panel.remove_selected()
    qtbot.waitUntil(lambda: _names(panel) == [PDF_NAME] and not panel.loading)
    assert panel.thumbnails == {}


def test_files_dropped_on_the_panel_are_attached(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    panel = _panel(qtbot, database, _deal(database))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_pdf(tmp_path / "contrato.pdf"))),
                  QUrl.fromLocalFile(str(tmp_path))])  # fmt: skip  # a folder is left out
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.changed):
        panel.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: _names(panel) == ["contrato.pdf"] and not panel.loading)


def test_a_file_over_the_limit_is_refused_in_one_line(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_export_settings(ExportSettings(file_size_limit_mb=1), settings_file)
    panel = _panel(qtbot, database, _deal(database))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    big = _pdf(tmp_path / "B-L 北京.pdf", 2 * 1024 * 1024)
    small = _pdf(tmp_path / "ok.pdf", 100)
    with qtbot.waitSignal(panel.changed):  # the other file still goes in
        panel.attach_paths([big, small])
    qtbot.waitUntil(lambda: _names(panel) == ["ok.pdf"] and not panel.loading)
    assert shown == [
        "B-L 北京.pdf is 2.0 MB: over the limit of 1.0 MB per file "
        "(the limit is a setting: File > Preferences…)"
    ]


def test_the_negotiation_form_has_a_files_tab(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    deal = _deal(database)
    with database.transaction() as session:
        attach_file(session, "negotiation", deal, _pdf(tmp_path / "contrato.pdf"))
    form = NegotiationForm(database)
    qtbot.addWidget(form)
    form.show()
    settle()
    form.record_id = deal
    form.reload()
    settle()
    index = form.tabs.indexOf(form.files)
    qtbot.waitUntil(lambda: form.tabs.tabText(index) == "Files (1)")
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == [
        "Offers",
        "Files (1)",
        "History",
    ]
    form.load(None, None, {})
    assert form.tabs.tabText(index) == "Files"
    assert not form.files.attach_button.isEnabled()
    assert form.files.status.text() == "Files can be attached once the record is saved."


def test_a_document_line_attaches_and_becomes_received(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    deal = _deal(database)
    with database.transaction() as session:
        shipment = create_shipment(session, deal, {}).id
    checklist = DocumentsChecklist(database)
    qtbot.addWidget(checklist)
    checklist.show()
    settle()
    checklist.load(shipment)
    settle()
    row = checklist.rows[DocumentKind.PHYTOSANITARY]
    assert row.files.text() == "Attach"
    assert row.saved.status is DocumentStatus.MISSING
    with qtbot.waitSignal(checklist.changed):
        row.files.attach([_pdf(tmp_path / PDF_NAME)])
    settle()  # the checklist is read again off the UI thread
    row = checklist.rows[DocumentKind.PHYTOSANITARY]
    assert row.saved.status is DocumentStatus.RECEIVED
    assert row.status.currentData() == "received"
    assert row.files.text() == "Files (1)"
    assert checklist.rows[DocumentKind.INVOICE].files.text() == "Attach"


def test_the_certification_hook_builds_a_panel_for_one_row(
    qtbot: QtBot, database: Database
) -> None:
    panel = certification_files_panel(database, None)
    qtbot.addWidget(panel)
    assert panel.owner is AttachmentOwner.CERTIFICATION
    assert panel.owner_id is None
    assert not panel.attach_button.isEnabled()
