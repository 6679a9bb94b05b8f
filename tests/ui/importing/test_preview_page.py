"""The preview page: what its tabs count agrees with what its rows say (issue 14 points 1
and 5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.importing.plan import Preview, RowStatus
from app.importing.preview import build_preview
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.importing.conftest import write_xlsx
from ui.importing.preview_page import PreviewPage


def page_for(qtbot: QtBot, settings: QSettings, preview: Preview) -> PreviewPage:
    page = PreviewPage(settings)
    qtbot.addWidget(page)
    page.show_preview(preview)
    return page


def preview_of(database: Database, path: Path) -> Preview:
    with database.sessions() as session:
        return build_preview(session, path)


def test_different_values_counts_every_value_a_row_says_it_keeps(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    """Row 2 updates a recorded supplier whose city differs; rows 3 and 4 name one new
    supplier with two cities: each row that says "1 different value kept" is in the tab,
    and only the recorded supplier's can take the file's value."""
    with database.transaction() as session:
        create_supplier(session, {"name": "Cerezas del Maule", "country": "CL", "city": "Curicó"})
    path = write_xlsx(
        tmp_path / "maule.xlsx",
        ["Proveedor", "País", "Ciudad"],
        [
            ["Cerezas del Maule", "Chile", "Talca"],
            ["Berries del Sur SpA", "Chile", "Osorno"],
            ["Berries del Sur SpA", "Chile", "Puerto Varas"],
        ],
    )
    page = page_for(qtbot, settings, preview_of(database, path))
    rows = page.rows_model
    said = [rows.index(r, 3).data() for r in range(rows.rowCount())]
    keeping = [line for line in said if "1 different value kept" in line]
    assert len(keeping) == 2, said
    conflicts = page.conflicts_model
    assert page.tabs.tabText(page.CONFLICTS) == "Different values (2)"
    assert page.tabs.isTabEnabled(page.CONFLICTS)
    assert conflicts.rowCount() == 2
    listed = [[conflicts.index(r, c).data() for c in range(5)] for r in range(conflicts.rowCount())]
    assert listed == [
        [2, "Cerezas del Maule", "City", "Curicó", "Talca"],
        [4, "Berries del Sur SpA (row 3 of this file)", "City", "Osorno", "Puerto Varas"],
    ]
    recorded, in_file = (conflicts.index(r, conflicts.USE) for r in (0, 1))
    assert recorded.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not in_file.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not conflicts.setData(
        in_file, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )


def test_a_row_with_a_bad_phone_is_new_with_a_warning(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "mx.xlsx",
        ["Razón social", "País", "Teléfono", "Correo"],
        [
            ["Aguacates Tancítaro SA", "México", "+52 1 443 312 0000", "ventas@tancitaro"],
            ["N/A", "México", "", ""],
        ],
    )
    preview = preview_of(database, path)
    page = page_for(qtbot, settings, preview)
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.ERROR]
    assert preview.rows[0].values["supplier.phone"] == "+524433120000"
    rows = page.rows_model
    assert rows.index(0, 1).data() == "New ⚠"
    assert "warning: Correo: 'ventas@tancitaro' is not an email" in rows.index(0, 3).data()
    assert rows.index(1, 1).data() == "Error"
    assert page.tabs.tabText(page.WARNINGS) == "Warnings (1)"
    assert page.tabs.isTabEnabled(page.WARNINGS)
    assert page.warnings_model.rowCount() == 1
    assert page.warnings_model.index(0, 1).data() == "Correo"
    assert page.tabs.tabText(page.PROBLEMS) == "Problems (1)"
    assert "1 imported with a field left empty" in page.summary.text()
    assert page.save_errors_button.isEnabled()
