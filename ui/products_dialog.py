"""File > Products…: every product with its HS code and packaging (net kg per box, per 20'
and per 40' reefer container), the ones lacking a packaging figure marked (their offers
per box or per container get no landed cost, which says "has no kg per box"), and one
edited in a small form: validated by the products service, one transaction, refused when
someone changed the product since it was listed.

The list is read off the UI thread (ui.service_form.LatestRead). When the database only
reads (ui.read_only), Edit is off with the reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.messages import translate
from app.queries.products import KG_PER_BOX, KG_PER_CONTAINER, product_rows
from app.rules.vocabulary import label
from app.services.products import update_product
from app.store.database import Database
from models import Unit
from ui.errors import show_error
from ui.i18n import number, shown
from ui.read_only import banner_text
from ui.service_form import FieldDialog, LatestRead, cell, number_shown
from ui.widgets import choice_combo

SHOWN_LIMIT = 500
MISSING_BACKGROUND = QColor("#fff4ce")


EDITED_FIELDS = (
    "name",
    "category",
    "hs_code",
    "default_unit",
    "shelf_life_days",
    "temp_min_c",
    "temp_max_c",
    "kg_per_box",
    "kg_per_container_20",
    "kg_per_container_40",
)


class EditProductDialog(FieldDialog):
    """One product's fields, saved by update_product with the version it was listed at."""

    def __init__(
        self, database: Database, product: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(database, self.tr("Edit product"), parent)
        self.product = product
        self.fields: dict[str, QLineEdit] = {}
        self.unit = choice_combo([(u.value, shown(label(u))) for u in Unit], allow_empty=False)
        self.unit.set_value(product["default_unit"])
        placeholders = {
            "hs_code": self.tr("e.g. 0804.40"),
            "kg_per_box": self.tr("net kg in one box or carton"),
            "kg_per_container_20": self.tr("net kg in a 20' reefer"),
            "kg_per_container_40": self.tr("net kg in a 40' reefer"),
        }
        labels = {
            "name": self.tr("Name"),
            "category": self.tr("Category"),
            "hs_code": self.tr("HS code"),
            "default_unit": self.tr("Unit"),
            "shelf_life_days": self.tr("Shelf life (days)"),
            "temp_min_c": self.tr("Lowest temperature (°C)"),
            "temp_max_c": self.tr("Highest temperature (°C)"),
            "kg_per_box": self.tr("Net kg per box"),
            "kg_per_container_20": self.tr("Net kg per 20' container"),
            "kg_per_container_40": self.tr("Net kg per 40' container"),
        }
        for field in EDITED_FIELDS:
            if field == "default_unit":
                self.add_row(field, labels[field], self.unit)
                continue
            value = product["hs_shown"] if field == "hs_code" else product[field]
            edit = QLineEdit("" if value is None else str(value))
            edit.setPlaceholderText(placeholders.get(field, ""))
            self.fields[field] = edit
            self.add_row(field, labels[field], edit)
        self.for_cny = QCheckBox(self.tr("Sold for Chinese New Year"))
        self.for_cny.setChecked(bool(product.get("for_chinese_new_year")))
        self.for_cny.setToolTip(
            self.tr("A shipment landing after the Chinese New Year it aims at is flagged")
        )
        self.add_row("for_chinese_new_year", self.tr("Season"), self.for_cny)
        self.finish()
        self.fields["kg_per_box"].setFocus()

    def data(self) -> dict[str, Any]:
        values: dict[str, Any] = {f: e.text() for f, e in self.fields.items()}
        values["default_unit"] = self.unit.value()
        values["for_chinese_new_year"] = self.for_cny.isChecked()
        return values

    def store(self, session: Session, data: dict[str, Any]) -> str:
        product = update_product(
            session, self.product["id"], data, expected_version=self.product["version"]
        )
        return self.tr("{name} saved").format(name=product.name)


class ProductsDialog(QDialog):
    """The products table with a search box, and Edit…."""

    HEADERS = (
        translate("ProductsDialog", "Name"),
        translate("ProductsDialog", "Category"),
        translate("ProductsDialog", "HS code"),
        translate("ProductsDialog", "Unit"),
        translate("ProductsDialog", "Shelf life (days)"),
        "°C",
        translate("ProductsDialog", "kg per box"),
        translate("ProductsDialog", "kg per 20'"),
        translate("ProductsDialog", "kg per 40'"),
        translate("ProductsDialog", "Packaging"),
    )

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.rows: list[dict[str, Any]] = []
        self.reads = LatestRead(self, lambda exc: show_error(self, exc))
        self.setWindowTitle(self.tr("Products"))
        self.resize(1080, 560)
        self.search = QLineEdit(placeholderText=self.tr("Search name or category"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([shown(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.read_only_reason = read_only_reason
        if read_only_reason is not None:
            self.edit_button.setToolTip(banner_text(read_only_reason))
        self.reload()

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def done(self, result: int) -> None:
        self.reads.closed = True
        super().done(result)

    # --- the table -------------------------------------------------------------------------

    def reload(self) -> None:
        database, text = self.database, self.search.text()

        def work() -> list[dict[str, Any]]:
            with database.read() as session:
                return product_rows(session, text, limit=SHOWN_LIMIT)

        self.count_label.setText(self.tr("Loading…"))
        self.reads.run(work, self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        chosen = self.chosen()
        self.rows = rows
        self.table.selectionModel().clear()  # no row re-chosen when the current one goes
        self.table.setRowCount(len(rows))
        marked = QBrush(MISSING_BACKGROUND)
        for row_number, row in enumerate(rows):
            lowest, highest = row["temp_min_c"], row["temp_max_c"]
            temperature = (
                ""
                if lowest is None and highest is None
                else self.tr("{low} to {high}").format(
                    low=number_shown(lowest) or "…", high=number_shown(highest) or "…"
                )
            )
            missing = row["missing_packaging"]
            packaging = (
                self.tr("missing {figures}").format(
                    figures=", ".join(self._figure_names().get(m, m) for m in missing)
                )
                if missing
                else self.tr("complete")
            )
            items = (
                cell(row["name"]),
                cell(row["category"]),
                cell(row["hs_shown"]),
                cell(shown(label(Unit(row["default_unit"])))),
                cell(
                    "" if row["shelf_life_days"] is None else number(row["shelf_life_days"]),
                    right=True,
                ),
                cell(temperature, right=True),
                cell(number_shown(row["kg_per_box"]), right=True),
                cell(number_shown(row["kg_per_container_20"]), right=True),
                cell(number_shown(row["kg_per_container_40"]), right=True),
                cell(packaging),
            )
            for column, item in enumerate(items):
                if missing:
                    item.setBackground(marked)
                    item.setToolTip(
                        self.tr(
                            "Offers priced or sized per box or container need these figures: "
                            "without them their landed cost is not computed"
                        )
                    )
                self.table.setItem(row_number, column, item)
            if chosen is not None and row["id"] == chosen["id"]:
                self.table.selectRow(row_number)
        lacking = sum(1 for row in rows if row["missing_packaging"])
        text = self.tr("%n product(s)", "", len(rows))
        if len(rows) >= SHOWN_LIMIT:
            text = self.tr("The first %n products: search to find others", "", len(rows))
        if lacking:
            text += " · " + self.tr(
                "%n lack packaging (marked): offers of theirs per box or container get no "
                "landed cost",
                "",
                lacking,
            )
        self.count_label.setText(text)
        self._selected()

    def _figure_names(self) -> dict[str, str]:
        return {KG_PER_BOX: self.tr("kg per box"), KG_PER_CONTAINER: self.tr("kg per container")}

    def chosen(self) -> dict[str, Any] | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        number = rows.pop()
        return self.rows[number] if number < len(self.rows) else None

    def _selected(self) -> None:
        self.edit_button.setEnabled(self.read_only_reason is None and self.chosen() is not None)

    # --- changes ---------------------------------------------------------------------------

    def edit(self) -> None:
        product = self.chosen()
        if product is None or self.read_only_reason is not None:
            return
        dialog = EditProductDialog(self.database, product, self)
        if dialog.exec() and dialog.stored:
            self.message.setText(dialog.stored)
            self.reload()
        dialog.deleteLater()
