"""The main window: for now the supplier list with search (the full desktop UI builds on it)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import ServiceError
from app.search import SupplierQuery, search_suppliers
from ui.supplier_table import SupplierTableModel


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.setWindowTitle("Supplier Desk")
        self.resize(1100, 700)
        self.search_box = QLineEdit(placeholderText="Search suppliers, cities, tax ids, contacts…")
        self.search_box.setClearButtonEnabled(True)
        self.model = SupplierTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._debounce.start)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.database.transaction() as session:
                page = search_suppliers(session, SupplierQuery(text=self.search_box.text()))
        except ServiceError as exc:
            QMessageBox.warning(self, "Supplier Desk", str(exc))
            return
        self.model.set_rows(page.rows)
        shown = (
            f"{len(page.rows)} of {page.total_text}"
            if page.total > len(page.rows)
            else page.total_text
        )
        noun = "supplier" if page.total == 1 else "suppliers"
        self.statusBar().showMessage(f"{self.database.display_name} — {shown} {noun}")
