"""Files and steps the import wizard tests share. The spreadsheets are written here, in
the test's own folder."""

from __future__ import annotations

import csv
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.store.database import Database
from ui.importing.wizard import ImportWizard

SPANISH_HEADER = ["Razón social", "País", "Correo", "Teléfono", "Volumen anual (t)"]
SPANISH_ROWS = [
    ["Aguacates del Sur S.A. de C.V.", "México", "ventas@aguacatesdelsur.mx", "+52 33 1234 5678",
     "1.234,5"],
    ["Frutícola Ñuble SpA", "Chile", "contacto@fruticolanuble.cl", "+56 2 2345 6789", "850,25"],
    ["Camarones Patagónicos S.A.", "Argentina", "info@camarones.com.ar", "", "2.100,75"],
    ["Berries Andinos S.A.C.", "", "hola@berriesandinos.pe", "", "310,5"],
]  # fmt: skip
"""Row 2 and 4 are new, row 3 matches a recorded supplier (whose email and phone it
fills), row 5 has no country: an error."""


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Proveedores"
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def spanish_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "proveedores.csv", SPANISH_HEADER, SPANISH_ROWS)


@pytest.fixture
def nuble(database: Database) -> int:
    """The supplier row 3 of the Spanish file matches: no email or phone recorded."""
    from app.services.suppliers import create_supplier

    with database.transaction() as session:
        return create_supplier(session, {"name": "Frutícola Ñuble", "country": "CL"}).id


def hold_at_first_progress(
    monkeypatch: pytest.MonkeyPatch, job: str
) -> tuple[threading.Event, threading.Event]:
    """The wizard's background `job` ('preview_file' or 'commit') stops at its first
    progress report until released: (started, release)."""
    from app.importing import jobs
    from ui.importing import wizard as wizard_module

    started, release = threading.Event(), threading.Event()
    real = getattr(jobs, job)

    def held(*args: Any) -> Any:
        *head, progress, cancel = args

        def progress_held(text: str, done: int, total: int) -> None:
            started.set()
            release.wait(10)
            progress(text, done, total)

        return real(*head, progress_held, cancel)

    monkeypatch.setattr(wizard_module, job, held)
    return started, release


def idle(qtbot: QtBot, wizard: ImportWizard, timeout: int = 20_000) -> None:
    """Wait for the wizard's background work to end."""
    qtbot.waitUntil(lambda: wizard.task is None or not wizard.task.running, timeout=timeout)


def open_wizard(qtbot: QtBot, database: Database, settings: QSettings, path: Path) -> ImportWizard:
    wizard = ImportWizard(database, settings, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    idle(qtbot, wizard)
    assert wizard.file_page.sheets_ready, wizard.error_line.text()
    return wizard


def press_next(qtbot: QtBot, wizard: ImportWizard, expected_page: int) -> None:
    reason = wizard.hint.text() or wizard.error_line.text() or wizard.mapping_page.problem()
    assert wizard.next_button.isEnabled(), reason
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)
    assert wizard.page == expected_page, wizard.error_line.text()


def supplier_names(database: Database) -> list[str]:
    from sqlalchemy import select

    from models import Supplier

    with database.transaction() as session:
        return sorted(session.scalars(select(Supplier.name)))
