from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.views.supplier_filters import SupplierFilters
from ui.widgets import text_width


def test_filters_squeezed_by_a_narrow_window_still_read_whole(
    qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as session:
        create_supplier(session, {"name": "Agrícola Zúñiga Hermanos", "country": "MX"})
    filters = SupplierFilters(database)
    row_widget = QWidget()
    qtbot.addWidget(row_widget)
    row = QHBoxLayout(row_widget)
    row.addWidget(QLineEdit(), 1)
    for combo in filters.combos:
        row.addWidget(combo)
    row_widget.resize(300, 40)  # far less than the five need
    row_widget.show()
    settle()
    for combo in filters.combos:
        shown = combo.currentText()
        assert shown.startswith(("All ", "Any "))
        assert combo.width() >= text_width(combo, shown), shown
        assert combo.sizeHint().width() >= text_width(combo, shown), shown
    # With room, a choice is read whole too: 'Mexico', not 'Mexi'.
    assert filters.country.sizeHint().width() >= text_width(filters.country, "Mexico")
