from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.importing.plan import Decision, RowStatus
from app.store.database import Database
from models import ImportBatch, ImportMapping, Supplier
from tests.ui.importing.conftest import (
    hold_at_first_progress,
    idle,
    open_wizard,
    press_next,
    supplier_names,
    write_csv,
    write_xlsx,
)
from ui.importing.mapping_page import MappingPage
from ui.importing.wizard import COLUMNS, FILE, PREVIEW, RESULT, ImportWizard


def _mapping(page: MappingPage) -> dict[str, str | None]:
    return {c.header: c.field for c in page.choices()}


def _count(database: Database, model: Any) -> int:
    with database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_spanish_list_is_previewed_imported_and_undone(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    spanish_csv: Path,
    nuble: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    assert wizard.page == FILE
    assert wizard.file_page.sheet_combo.count() == 1
    press_next(qtbot, wizard, COLUMNS)

    page = wizard.mapping_page
    assert _mapping(page) == {
        "Razón social": "supplier.name",
        "País": "supplier.country",
        "Correo": "supplier.email",
        "Teléfono": "supplier.phone",
        "Volumen anual (t)": "offer.volume",  # an offer's volume (issue 14 point 3)
    }
    assert page.table.item(0, 2).text().startswith("Aguacates del Sur")
    assert page.table.item(0, 4).text().endswith("%")
    # A required field left without a column blocks the way on, and says which.
    page.choose(1, None)
    assert not wizard.next_button.isEnabled()
    assert "Country" in page.missing_label.text()
    page.choose(1, "supplier.country")
    # The user's own change: the yearly volume goes to the notes.
    page.choose(4, "note")
    assert page.table.item(4, 4).text() == "your choice"
    press_next(qtbot, wizard, PREVIEW)

    preview = wizard.preview
    assert preview is not None
    assert preview.mapping_source == "chosen"
    counts = preview.counts
    assert counts[RowStatus.CREATE] == 2
    assert counts[RowStatus.UPDATE] == 1
    assert counts[RowStatus.ERROR] == 1
    shown = wizard.preview_page
    assert shown.filter_buttons[RowStatus.ERROR].text() == "Errors  1"
    assert shown.rows_model.rowCount() == 4
    qtbot.mouseClick(shown.filter_buttons[RowStatus.ERROR], Qt.MouseButton.LeftButton)
    assert shown.rows_model.rowCount() == 1
    assert shown.rows_model.plan(0).row == 5
    assert "country" in shown.rows_model.index(0, 3).data()
    assert shown.problems_model.rowCount() == 1
    assert shown.problems_model.index(0, 0).data() == 5
    qtbot.mouseClick(shown.filter_buttons[RowStatus.UPDATE], Qt.MouseButton.LeftButton)
    assert "Email" in shown.rows_model.index(0, 3).data()
    assert any("1.234,5" in n or "UTF-8" in n for n in preview.notes)

    press_next(qtbot, wizard, RESULT)
    assert wizard.commit_result is not None
    assert (wizard.commit_result.created, wizard.commit_result.updated) == (2, 1)
    assert "2 new suppliers created" in wizard.result_page.details.text()
    assert supplier_names(database) == [
        "Aguacates del Sur S.A. de C.V.",
        "Camarones Patagónicos S.A.",
        "Frutícola Ñuble",
    ]
    with database.transaction() as session:
        updated = session.get(Supplier, nuble)
        assert updated is not None
        assert updated.email == "contacto@fruticolanuble.cl"
        assert updated.phone == "+56223456789"
        sur = session.scalars(select(Supplier).where(Supplier.country == "MX")).one()
        assert sur.notes == "Volumen anual (t): 1.234,5"
        assert sur.email == "ventas@aguacatesdelsur.mx"

    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)
    assert asked
    assert "Undo import" in asked[0]
    assert wizard.undone is not None
    assert supplier_names(database) == ["Frutícola Ñuble"]
    with database.transaction() as session:
        restored = session.get(Supplier, nuble)
        assert restored is not None
        assert restored.email is None
        assert restored.phone is None
    assert not wizard.result_page.undo_button.isEnabled()
    assert "undone" in wizard.result_page.undo_label.text()


def test_the_mapping_is_offered_again_for_the_same_header(
    qtbot: QtBot, database: Database, settings: QSettings, spanish_csv: Path
) -> None:
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, wizard, COLUMNS)
    wizard.mapping_page.choose(4, "note")
    wizard.file_page.country.set_value("PE")
    press_next(qtbot, wizard, PREVIEW)
    press_next(qtbot, wizard, RESULT)
    wizard.close()

    again = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, again, COLUMNS)
    assert again.mapping_page.table.item(4, 4).text() == "saved mapping"
    assert _mapping(again.mapping_page)["Volumen anual (t)"] == "note"
    assert "confirmed" in again.mapping_page.intro.text()


def test_a_possible_duplicate_merged_fills_the_recorded_supplier(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    from app.services.suppliers import create_supplier

    with database.transaction() as session:
        recorded = create_supplier(
            session, {"name": "Agrícola Santa Rosa de Quillota", "country": "CL"}
        ).id
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        ["Nombre", "País", "Correo"],
        [
            ["Agricola Sta. Rosa Quillota", "Chile", "ventas@santarosa.cl"],
            ["Exportadora Los Andes", "Chile", "info@losandes.cl"],
        ],
    )
    wizard = open_wizard(qtbot, database, settings, path)
    assert wizard.file_page.sheet_combo.currentText() == "Proveedores"
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    assert page.duplicates_model.rowCount() == 1, [
        (r.row, r.status, r.match)
        for r in wizard.preview.rows  # type: ignore[union-attr]
    ]
    plan = page.duplicates_model.plans[0]
    assert plan.decision == Decision.SKIP
    decisions = [d for d, _text in page.duplicates_model.choices(plan)]
    assert decisions == [Decision.SKIP, Decision.CREATE, Decision.MERGE]
    # The pick list in the Decision column, as the user opens it with a click.
    page.tabs.setCurrentIndex(page.DUPLICATES)
    index = page.duplicates_model.index(0, page.duplicates_model.DECISION)
    table = page.duplicates_table
    table.setCurrentIndex(index)
    editor = table.indexWidget(index) or table.viewport().findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Skip",
        "Create new",
        "Merge into “Agrícola Santa Rosa de Quillota”",
    ]
    editor.setCurrentIndex(2)
    editor.activated.emit(2)
    assert plan.decision == Decision.MERGE
    assert "1 merged" in page.summary.text()
    assert "Merge into" in page.duplicates_model.index(0, 4).data()
    press_next(qtbot, wizard, RESULT)
    assert supplier_names(database) == ["Agrícola Santa Rosa de Quillota", "Exportadora Los Andes"]
    with database.transaction() as session:
        merged = session.get(Supplier, recorded)
        assert merged is not None
        assert merged.email == "ventas@santarosa.cl"


def test_cancel_during_the_preview_leaves_nothing(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    spanish_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = hold_at_first_progress(monkeypatch, "preview_file")
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, wizard, COLUMNS)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert wizard.progress.isVisible()
    assert not wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.progress.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    idle(qtbot, wizard)
    assert wizard.page == COLUMNS
    assert wizard.preview is None
    assert wizard.error_line.text() == "Preview cancelled: nothing was changed."
    assert not wizard.progress.isVisible()
    assert wizard.next_button.isEnabled()
    assert supplier_names(database) == []
    assert _count(database, ImportBatch) == 0


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    spanish_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = hold_at_first_progress(monkeypatch, "commit")
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    wizard.reject()  # Esc or Close while importing: cancels, the dialog stays
    release.set()
    idle(qtbot, wizard)
    assert wizard.isVisible()
    assert wizard.page == PREVIEW
    assert "nothing was written" in wizard.error_line.text()
    assert supplier_names(database) == []
    assert _count(database, ImportBatch) == 0
    assert _count(database, ImportMapping) == 0


def test_stop_on_the_first_error_imports_nothing(
    qtbot: QtBot, database: Database, settings: QSettings, spanish_csv: Path
) -> None:
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    wizard.preview_page.stop_on_error.setChecked(True)
    assert wizard.preview is not None
    assert wizard.preview.options.on_error == "abort"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)
    assert wizard.page == PREVIEW
    text = wizard.error_line.text()
    assert "proveedores.csv" in text
    assert "nothing was imported" in text
    assert "\n" not in text
    assert supplier_names(database) == []


def test_the_rows_with_errors_are_saved_to_fix(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    spanish_csv: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "out" / "to fix.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    qtbot.mouseClick(wizard.preview_page.save_errors_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview_page.saved_to is not None, timeout=10_000)
    assert "1 row to fix saved" in wizard.preview_page.saved_label.text()
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-1] == "Problem"
    assert rows[1][1] == "Berries Andinos S.A.C."
    assert "country" in str(rows[1][-1])


def test_an_unreadable_file_is_one_line_naming_it(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    wizard = ImportWizard(database, settings, path=path)
    qtbot.addWidget(wizard)
    idle(qtbot, wizard)
    text = wizard.error_line.text()
    assert text.startswith("broken.xlsx")
    assert "\n" not in text
    assert "Traceback" not in text
    assert not wizard.next_button.isEnabled()


def test_the_file_dialog_starts_in_the_last_folder(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "listas"
    folder.mkdir()
    path = write_csv(folder / "a.csv", ["Nombre", "País"], [["Uno", "Chile"]])
    asked: list[str] = []

    def answer(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    wizard = ImportWizard(database, settings)
    qtbot.addWidget(wizard)
    assert not wizard.next_button.isEnabled()
    assert wizard.hint.text() == "Choose the file to import."
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)
    assert wizard.file_page.path == path
    assert wizard.next_button.isEnabled()
    other = ImportWizard(database, settings)
    qtbot.addWidget(other)
    other.file_page.browse()
    assert asked[1] == str(folder)
    idle(qtbot, other)


def test_a_price_list_needs_a_product_and_price_column(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "precios.csv", ["Producto", "Calibre"], [["Palta Hass", "18"]])
    wizard = open_wizard(qtbot, database, settings, path)
    wizard.file_page.price_list_radio.setChecked(True)
    assert wizard.file_page.supplier_picker.isEnabled()
    assert not wizard.file_page.country.isEnabled()
    press_next(qtbot, wizard, COLUMNS)
    assert "Price" in wizard.mapping_page.missing()
    assert not wizard.next_button.isEnabled()
    assert wizard.mapping_page.missing_label.isVisibleTo(wizard)


def test_a_chosen_incoming_value_replaces_the_recorded_one(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    from app.services.suppliers import create_supplier

    with database.transaction() as session:
        recorded = create_supplier(
            session, {"name": "Cerezas del Maule", "country": "CL", "city": "Curicó"}
        ).id
    path = write_csv(
        tmp_path / "maule.csv",
        ["Proveedor", "País", "Ciudad", "Región"],
        [["Cerezas del Maule Ltda.", "Chile", "Talca", "Maule"]],
    )
    wizard = open_wizard(qtbot, database, settings, path)
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    conflicts = page.conflicts_model
    assert conflicts.rowCount() == 1
    assert [conflicts.index(0, c).data() for c in range(2, 5)] == ["City", "Curicó", "Talca"]
    use = conflicts.index(0, conflicts.USE)
    assert use.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert conflicts.setData(use, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "replaces City" in page.rows_model.index(0, 3).data()
    press_next(qtbot, wizard, RESULT)
    with database.transaction() as session:
        supplier = session.get(Supplier, recorded)
        assert supplier is not None
        assert (supplier.city, supplier.region) == ("Talca", "Maule")


def test_only_visible_sheets_are_offered_and_all_can_be_read(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Chile"
    first.append(["Nombre", "País"])
    first.append(["Uno", "Chile"])
    second = book.create_sheet("Perú")
    second.append(["Nombre", "País"])
    second.append(["Dos", "Perú"])
    hidden = book.create_sheet("Listas")
    hidden.append(["Países"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "dos hojas.xlsx"
    book.save(path)
    wizard = open_wizard(qtbot, database, settings, path)
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Chile", "Perú"]
    assert combo.isEnabled()
    combo.setCurrentIndex(1)
    assert wizard.file_page.options().sheet == "Perú"
    wizard.file_page.all_sheets.setChecked(True)
    assert not combo.isEnabled()
    assert wizard.file_page.options().all_sheets
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    assert wizard.preview is not None
    assert wizard.preview.sheets == ["Chile", "Perú"]
    assert wizard.preview_page.rows_model.index(1, 0).data() == "Perú 2"


def test_back_to_the_columns_and_a_new_preview(
    qtbot: QtBot, database: Database, settings: QSettings, spanish_csv: Path
) -> None:
    wizard = open_wizard(qtbot, database, settings, spanish_csv)
    press_next(qtbot, wizard, COLUMNS)
    press_next(qtbot, wizard, PREVIEW)
    assert wizard.preview is not None
    assert wizard.preview.mapping_source == "suggested"
    assert wizard.preview.counts[RowStatus.ERROR] == 1
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.page == COLUMNS
    wizard.mapping_page.choose(3, None)  # the phone numbers are left out this time
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.page == FILE
    wizard.file_page.country.set_value("PE")  # rows without a country are Peruvian
    press_next(qtbot, wizard, COLUMNS)
    assert wizard.mapping_page.choices()[3].field is None  # the change is kept
    press_next(qtbot, wizard, PREVIEW)
    preview = wizard.preview
    assert preview is not None
    assert preview.mapping_source == "chosen"
    assert preview.counts[RowStatus.ERROR] == 0
    assert all("supplier.phone" not in r.values for r in preview.rows)
    assert preview.rows[-1].values["supplier.country"] == "PE"


def test_a_price_list_of_the_chosen_supplier_becomes_offers(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    from decimal import Decimal

    from app.services.suppliers import create_supplier
    from models import Offer

    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Aguacates del Sur", "country": "MX"}).id
    path = write_csv(
        tmp_path / "precios.csv",
        ["Producto", "Calibre", "Precio", "Moneda", "Unidad"],
        [
            ["Aguacate Hass", "32", "2,45", "USD", "kg"],
            ["Aguacate Hass", "36", "2,10", "USD", "kg"],
        ],
    )
    wizard = open_wizard(qtbot, database, settings, path)
    page = wizard.file_page
    page.price_list_radio.setChecked(True)
    page.supplier_picker.set_record(supplier, "Aguacates del Sur (MX)")
    page.numbers.setCurrentIndex(page.numbers.findData("comma"))
    press_next(qtbot, wizard, COLUMNS)
    fields = [c.field for c in wizard.mapping_page.choices()]
    assert fields == ["offer.product", "offer.grade", "offer.price", "offer.currency", "offer.unit"]
    press_next(qtbot, wizard, PREVIEW)
    rows = wizard.preview_page.rows_model
    assert rows.headerData(2, Qt.Orientation.Horizontal) == "Product"
    assert rows.index(0, 2).data() == "Aguacate Hass 32"
    assert rows.index(0, 3).data() == "New offer: USD 2.45 per kg"
    press_next(qtbot, wizard, RESULT)
    assert "2 new offers created" in wizard.result_page.details.text()
    with database.transaction() as session:
        prices = sorted(session.scalars(select(Offer.price)))
    assert prices == [Decimal("2.10"), Decimal("2.45")]


def test_the_product_of_the_prices_is_chosen_beside_a_mapped_price_column(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path
) -> None:
    """Issue 14 point 3: a supplier sheet with prices and no products column takes the
    product its prices are for from the mapping page, shown only with a price mapped."""
    from app.services.products import create_product

    with database.transaction() as session:
        create_product(session, {"name": "Aguacate Hass"})
    header = ["Razón social", "País", "Precio FOB USD/kg"]
    path = write_csv(tmp_path / "precios.csv", header, [["Agrícola Los Álamos", "México", "2,45"]])
    wizard = open_wizard(qtbot, database, settings, path)
    press_next(qtbot, wizard, COLUMNS)
    page = wizard.mapping_page
    assert _mapping(page)["Precio FOB USD/kg"] == "offer.price"
    field = page.offer_product
    assert field.isVisibleTo(wizard)
    assert field.isEditable()
    assert [field.itemText(i) for i in range(field.count())] == ["Aguacate Hass"]
    field.setEditText("Aguacate Hass")
    assert wizard.preview_options().offer_product == "Aguacate Hass"

    page.choose(2, None)  # no price column: no field, no product
    assert not field.isVisibleTo(wizard)
    assert wizard.preview_options().offer_product is None
    page.choose(2, "offer.price")
    assert field.isVisibleTo(wizard)
    assert wizard.preview_options().offer_product == "Aguacate Hass"
