"""File > Products…: the products listed with HS code and packaging, the ones lacking a
packaging figure marked, one edited (a bad figure refused beside its field and nothing
stored; a stale copy refused in one line), read-only mode and the File menu entry
(issue 15 point 2)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.products import create_product, update_product
from app.store.database import Database
from models import Product
from ui.main_window import MainWindow
from ui.products_dialog import EditProductDialog, ProductsDialog


def rows(dialog: ProductsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def open_dialog(qtbot: QtBot, database: Database, **kwargs: Any) -> ProductsDialog:
    dialog = ProductsDialog(database, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def stored(database: Database, name: str) -> Product:
    with database.transaction() as session:
        from app.services.products import find_product

        product = find_product(session, name)
        assert product is not None
        session.expunge(product)
        return product


@pytest.fixture
def products(database: Database) -> Database:
    with database.transaction() as session:
        create_product(
            session,
            {"name": "Hass avocado", "category": "Fresh fruit", "hs_code": "080440",
             "shelf_life_days": "35", "temp_min_c": "5", "temp_max_c": "7",
             "kg_per_box": "10", "kg_per_container_40": "20000"},
        )  # fmt: skip
        create_product(session, {"name": "Kent mango", "default_unit": "box"})
    return database


def test_the_products_are_listed_and_those_lacking_packaging_marked(
    qtbot: QtBot, products: Database
) -> None:
    dialog = open_dialog(qtbot, products)
    assert rows(dialog) == [
        ["Hass avocado", "Fresh fruit", "0804.40", "kg", "35", "5 to 7", "10", "", "20,000",
         "complete"],
        ["Kent mango", "", "", "box", "", "", "", "", "",
         "missing kg per box, kg per container"],
    ]  # fmt: skip
    assert dialog.table.item(1, 0).background().color().name() == "#fff4ce"
    assert "1 lack packaging" in dialog.count_label.text()
    assert dialog.count_label.text().startswith("2 products")
    dialog.search.setText("mango")
    qtbot.waitUntil(lambda: not dialog.loading and dialog.table.rowCount() == 1)
    assert rows(dialog)[0][0] == "Kent mango"


def test_edit_refuses_a_bad_figure_beside_its_field_and_stores_a_good_one(
    qtbot: QtBot, products: Database
) -> None:
    dialog = open_dialog(qtbot, products)
    dialog.table.selectRow(1)
    assert dialog.edit_button.isEnabled()
    chosen = dialog.chosen()
    assert chosen is not None
    edit = EditProductDialog(products, chosen, dialog)
    qtbot.addWidget(edit)
    edit.fields["kg_per_box"].setText("-4")
    edit.fields["hs_code"].setText("0804.50")
    edit.save()
    assert not edit.errors["kg_per_box"].isHidden()
    assert "-4" in edit.errors["kg_per_box"].text()
    assert edit.errors["hs_code"].isHidden()
    assert edit.result() == 0
    before = stored(products, "Kent mango")
    assert (before.kg_per_box, before.hs_code, before.version) == (None, None, 1)

    edit.fields["kg_per_box"].setText("4")
    edit.fields["kg_per_container_20"].setText("19000")
    edit.save()
    assert edit.stored == "Kent mango saved"
    after = stored(products, "Kent mango")
    assert (after.kg_per_box, after.kg_per_container_20, after.hs_code) == (
        Decimal(4),
        Decimal(19000),
        "080450",
    )


def test_an_edit_of_a_stale_copy_is_refused_in_one_line(
    qtbot: QtBot, products: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    dialog = open_dialog(qtbot, products)
    dialog.table.selectRow(1)
    chosen = dialog.chosen()
    assert chosen is not None
    with products.transaction() as session:  # someone else saves it meanwhile
        update_product(session, chosen["id"], {"kg_per_box": "5"})
    edit = EditProductDialog(products, chosen, dialog)
    qtbot.addWidget(edit)
    edit.fields["kg_per_box"].setText("4")
    edit.save()
    assert len(shown) == 1
    assert "\n" not in shown[0].strip()
    assert stored(products, "Kent mango").kg_per_box == Decimal(5)
    assert edit.stored is None


def test_a_read_only_database_turns_edit_off(qtbot: QtBot, products: Database) -> None:
    dialog = open_dialog(qtbot, products, read_only_reason="this login may only read")
    dialog.table.selectRow(0)
    assert not dialog.edit_button.isEnabled()
    assert dialog.edit_button.toolTip() == "Read-only: this login may only read"


def test_the_file_menu_opens_the_products_dialog(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QWidget] = []
    monkeypatch.setattr(ProductsDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    entry = next(a for a in file_menu.actions() if a.text() == "&Products…")
    entry.trigger()
    assert len(opened) == 1
    assert isinstance(opened[0], ProductsDialog)
    QThreadPool.globalInstance().waitForDone()  # its read ends before the database goes
