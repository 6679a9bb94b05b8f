"""Compare offers: for one product, every supplier's latest offer landed per kg in the
reporting currency, cheapest first (issue 15 point 6).

Everything shown comes from app.queries.offer_compare in one background read (the
picker's products and the chosen product's comparison together); a newer request
supersedes an older one, whose answer is dropped. The best offer is highlighted; an
offer whose landed cost cannot be worked out says which inputs are missing, in their
column. A double-click opens the offer's negotiation; Export writes the table as shown
to .xlsx (app.exporting.compare_xlsx), from what was loaded, without reading again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import translate
from app.queries.offer_compare import CompareResult, CompareRow
from app.rules import countries
from app.rules.landed_ladder import SHOWN_PER_KG
from app.store.database import Database
from ui.errors import show_error
from ui.i18n import day, number, shown
from ui.icons import icon
from ui.views.simple import SimpleView
from ui.worker import run_in_background

ModelIndex = QModelIndex | QPersistentModelIndex
BEST_BACKGROUND = QColor("#e3f4e1")
BEST_FOREGROUND = QColor("#1d5e20")
MISSING_FOREGROUND = QColor("#8a5a00")
PRODUCT_KEY = "compare/product"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The CompareRow of a line."""

RANK, SUPPLIER, ORIGIN, INCOTERM, DATE, PRICE, LANDED, MISSING = range(8)
HEADERS = (
    "#",
    translate("CompareView", "Supplier"),
    translate("CompareView", "Origin"),
    translate("CompareView", "Incoterm"),
    translate("CompareView", "Offer date"),
    translate("CompareView", "Price as offered"),
    translate("CompareView", "Landed / kg"),
    translate("CompareView", "Missing inputs"),
)
NUMERIC = frozenset({RANK, PRICE, LANDED})


@dataclass(frozen=True)
class Loaded:
    """One background read: the picker's products, the product chosen, its comparison."""

    products: list[tuple[int, str]]
    product_id: int | None
    result: CompareResult | None


def load_comparison(database: Database, product_id: int | None, today: date) -> Loaded:
    """Worker-thread side: the products with offers and, for `product_id` (else the
    first of them), the comparison in the user's reporting currency."""
    from app.exporting.export_settings import load_export_settings
    from app.queries.offer_compare import comparison

    settings = load_export_settings().landed
    with database.read() as session:  # two round trips (one for the offers, one for costs)
        products, chosen, result = comparison(session, product_id, settings, today=today)
    return Loaded(products, chosen, result)


class CompareModel(QAbstractTableModel):
    """The comparison's rows, cheapest landed first, as the query sorted them."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CompareRow] = []
        self.currency = ""
        self.today = date.today()
        self.ranks: dict[int, int] = {}

    def set_result(self, result: CompareResult | None) -> None:
        self.beginResetModel()
        self.rows = list(result.rows) if result is not None else []
        self.currency = result.currency if result is not None else ""
        self.today = result.today if result is not None else date.today()
        priced = (r for r in self.rows if r.landed_per_kg is not None)
        self.ranks = {r.offer_id: n for n, r in enumerate(priced, start=1)}
        self.endResetModel()

    def row_at(self, row: int) -> CompareRow:
        return self.rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def _text(self, row: CompareRow, column: int) -> str:
        if column == RANK:
            rank = self.ranks.get(row.offer_id)
            return number(rank) if rank is not None else ""
        if column == SUPPLIER:
            return row.supplier_name
        if column == ORIGIN:
            return shown(countries.name(row.origin)) if row.origin else ""
        if column == INCOTERM:
            return row.incoterm_text
        if column == DATE:
            return day(row.offered_on)
        if column == PRICE:  # 'USD 6.00/kg', in the locale's digits
            return f"{row.currency} {number(row.price, 2)}/{row.unit.value}"
        if column == LANDED:
            if row.landed_per_kg is None:
                return "—"
            return number(row.landed_per_kg.quantize(SHOWN_PER_KG, ROUND_HALF_UP), 2)
        return self._missing(row)

    @staticmethod
    def _missing(row: CompareRow) -> str:
        return "; ".join(shown(what) for what in row.missing)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        best = self.ranks.get(row.offer_id) == 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and best:
            return QBrush(BEST_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if best:
                return QBrush(BEST_FOREGROUND)
            if column == MISSING or (column == LANDED and row.landed_per_kg is None):
                return QBrush(MISSING_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and (best or column == LANDED):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def _tip(self, row: CompareRow, column: int) -> str:
        if column == LANDED and row.landed_per_kg is None:
            return self.tr("Missing: {inputs}").format(inputs=self._missing(row))
        if column == LANDED:
            return self.tr("Landed in China per kg, {currency}, at the rates of {day}").format(
                currency=self.currency, day=day(row.offered_on)
            )
        if column == DATE and row.valid_until is not None:
            if row.expired(self.today):
                text = self.tr("Offer of {day}, expired on {until}")
            else:
                text = self.tr("Offer of {day}, valid until {until}")
            return text.format(day=day(row.offered_on), until=day(row.valid_until))
        if column == SUPPLIER:
            return self.tr("Double-click to open the negotiation")
        return self._text(row, column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = shown(HEADERS[section])
            if section == LANDED and self.currency:
                return f"{text} ({self.currency})"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CompareView(SimpleView):
    kind = "compare"
    title = translate("Views", "Compare offers")
    icon_name = "compare"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.today: Callable[[], date] = date.today
        self.settings: QSettings | None = None
        self.loaded: Loaded | None = None
        self.loading = False
        self._request = 0
        self._wanted: int | None = None
        """The product asked for (picked, or remembered from last time)."""
        self.running: Any = None
        """The export in progress, if any (tests wait on it)."""

        self.product = QComboBox()
        self.product.setMinimumContentsLength(24)
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.product.setToolTip(self.tr("Products with at least one supplier offer"))
        self.product.currentIndexChanged.connect(self._product_picked)
        product_label = QLabel(self.tr("Product:"))
        product_label.setBuddy(self.product)
        self.export_button = QPushButton(icon("export"), self.tr("Export .xlsx…"))
        self.export_button.setToolTip(self.tr("Save this comparison as an Excel workbook"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.export_button.setEnabled(False)
        self.basis = QLabel()
        self.basis.setStyleSheet("color: #444;")
        self.basis.setWordWrap(True)
        self.model = CompareModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #666; font-size: 14px;")
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.table)

        title = QLabel(self.tr("Compare offers"))
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(product_label)
        top.addWidget(self.product)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.basis)
        layout.addWidget(self.pages, 1)
        self._show_message(self.tr("Loading offers…"))

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (each time the view is shown, F5, after a change elsewhere)."""
        self._load(self._wanted)

    def _product_picked(self, number: int) -> None:
        if number < 0:
            return
        self._wanted = int(self.product.itemData(number))
        self._load(self._wanted)

    def _load(self, product_id: int | None) -> None:
        self._request += 1
        request = self._request
        self.loading = True
        if self.loaded is None:
            self._show_message(self.tr("Loading offers…"))
        else:  # keep the table as it is while the new one comes: no flicker
            self.basis.setText(self.tr("Loading…"))
        database, today = self.database, self.today()
        run_in_background(
            lambda: load_comparison(database, product_id, today),
            lambda loaded: self._loaded(request, loaded),
            lambda exc: self._failed(request, exc),
        )

    def _loaded(self, request: int, loaded: Loaded) -> None:
        if request != self._request:
            return  # a newer request is on its way: this answer is out of date
        self.loading = False
        self.loaded = loaded
        self._fill_picker(loaded)
        result = loaded.result
        self.model.set_result(result)
        self.export_button.setEnabled(bool(result is not None and result.rows))
        if result is None:
            self.basis.setText("")
            self._show_message(
                self.tr("No supplier has made an offer yet: offers are recorded in a negotiation.")
            )
        else:
            self.basis.setText(self._basis_text(result))
            if result.rows:
                self.pages.setCurrentWidget(self.table)
                self._fit_columns()
            else:
                self._show_message(self.tr("No supplier offer for this product."))
        self.status_changed.emit()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.loading = False
        self.basis.setText("")
        if self.loaded is None:
            self._show_message(self.tr("The offers could not be read."))
        show_error(self, exc)

    def _fill_picker(self, loaded: Loaded) -> None:
        self.product.blockSignals(True)
        self.product.clear()
        for pid, name in loaded.products:
            self.product.addItem(name, pid)
        if loaded.product_id is not None:
            self.product.setCurrentIndex(self.product.findData(loaded.product_id))
            self._wanted = loaded.product_id
        self.product.blockSignals(False)

    def _basis_text(self, result: CompareResult) -> str:
        vat = (
            self.tr("import VAT included")
            if result.settings.include_vat
            else self.tr("import VAT left out")
        )
        count = len(result.rows)
        lacking = count - result.priced
        text = self.tr(
            "Landed cost per kg in {currency}, {vat}: each supplier's latest offer at the "
            "rates of its date, cheapest first."
        ).format(currency=result.currency, vat=vat)
        if lacking:
            text += " " + self.tr(
                "%n offer(s) lacking an input (named in the last column).", "", lacking
            )
        return text

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (SUPPLIER, INCOTERM):
            header.resizeSection(column, min(header.sectionSize(column), 300))
        header.resizeSection(MISSING, max(header.sectionSize(MISSING), 160))

    # --- acting on a row ------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit("negotiation", self.model.row_at(index.row()).negotiation_id)

    def export_xlsx(self) -> None:
        """The table as shown (the comparison loaded) to an .xlsx file of the user's choice."""
        from ui.export_flow import ExportCancelledError, choose_target, export_to_file

        result = self.loaded.result if self.loaded is not None else None
        if result is None or not result.rows:
            return
        settings = self.settings or QSettings()
        from app.exporting.files import file_name

        name = file_name(f"Compare offers - {result.product_name} - {result.today.isoformat()}")
        target = choose_target(
            self,
            settings,
            self.tr("Export the comparison"),
            f"{name}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return

        def export(path: Path, progress: Callable[[int, int], bool]) -> list[str]:
            from app.exporting.compare_xlsx import export_compare

            if export_compare(result, path, progress=progress).cancelled:
                raise ExportCancelledError()
            return []

        self.running = export_to_file(self, settings, export, target)

    # --- the main window's protocol -------------------------------------------------------

    def status_text(self) -> str:
        result = self.loaded.result if self.loaded is not None else None
        if result is None:
            return ""
        return self.tr("%n supplier(s) with an offer", "", len(result.rows))

    def save_state(self, settings: QSettings) -> None:
        if self._wanted is not None:
            settings.setValue(PRODUCT_KEY, self._wanted)

    def restore_state(self, settings: QSettings) -> None:
        self.settings = settings
        value = str(settings.value(PRODUCT_KEY, ""))
        if value.isdigit():
            self._wanted = int(value)
