"""Season: a month grid of one year, a row per product and origin country, each month
coloured by its level (peak, shipping, out of season), Chinese New Year's month marked,
and the open negotiations and coming shipments placed on the months they cover; a
flagged shipment (landing after Chinese New Year for a product sold for it, or a transit
longer than its shelf life allows) in red, its reason in the tooltip and under the grid
(issue 16 point 4).

Everything shown comes from app.queries.seasons.season_grid in one background read (four
queries); a newer request supersedes an older one, whose answer is dropped. A
double-click on a month opens its flagged shipment first, else its shipment, else its
negotiation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
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
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import translate
from app.queries.seasons import SeasonGrid, SeasonRow
from app.rules import countries
from app.rules.vocabulary import label
from app.store.database import Database
from models import SeasonLevel
from ui.errors import show_error
from ui.i18n import day, shown
from ui.views.simple import SimpleView
from ui.worker import run_in_background

ModelIndex = QModelIndex | QPersistentModelIndex
PEAK_BACKGROUND = QColor("#8fd19e")
SHIPPING_BACKGROUND = QColor("#d4edda")
OFF_SEASON_ACTIVITY = QColor("#fff4ce")
"""A deal or shipment in a month out of season (or with no season recorded)."""
FLAGGED_FOREGROUND = QColor("#c0392b")
PRODUCT_KEY = "season/product"
PRODUCT, ORIGIN = 0, 1
FIRST_MONTH = 2
DEAL_MARK = "◆"
SHIPMENT_MARK = "▲"
CNY_MARK = "★"
FLAG_MARK = "!"
YEARS = (2000, 2100)


def month_name(month: int) -> str:
    """The month's short name in the locale, as a column heading says it ('Feb', 'feb',
    '2月')."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class Loaded:
    grid: SeasonGrid


def load_grid(database: Database, year: int, product_id: int | None) -> Loaded:
    """Worker-thread side: the season grid of `year` with the user's shelf-life margin."""
    from app.exporting.export_settings import load_export_settings
    from app.queries.seasons import season_grid

    margin = load_export_settings().shelf_life_margin_days
    with database.read() as session:
        grid = season_grid(session, year=year, product_id=product_id, margin_days=margin)
    return Loaded(grid)


class SeasonModel(QAbstractTableModel):
    """Rows: product x origin; columns: product, origin, January..December."""

    def __init__(self) -> None:
        super().__init__()
        self.grid: SeasonGrid | None = None
        self.rows: list[SeasonRow] = []

    def set_grid(self, grid: SeasonGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.rows = list(grid.rows) if grid is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> SeasonRow:
        return self.rows[row]

    @property
    def cny_month(self) -> int | None:
        festival = self.grid.chinese_new_year if self.grid is not None else None
        return festival.month if festival is not None else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIRST_MONTH + 12

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column < FIRST_MONTH:
            return self._label_data(row, column, role)
        month = column - FIRST_MONTH + 1
        deals = row.negotiations_in(month)
        shipments = row.shipments_in(month)
        flagged = any(s.flags for s in shipments)
        if role == Qt.ItemDataRole.DisplayRole:
            parts = []
            if deals:
                parts.append(f"{DEAL_MARK}{len(deals)}")
            if shipments:
                parts.append(f"{SHIPMENT_MARK}{len(shipments)}" + (FLAG_MARK if flagged else ""))
            return " ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._month_tip(row, month)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            level = row.level(month)
            if level is SeasonLevel.PEAK:
                return QBrush(PEAK_BACKGROUND)
            if level is SeasonLevel.SHIPPING:
                return QBrush(SHIPPING_BACKGROUND)
            if deals or shipments:
                return QBrush(OFF_SEASON_ACTIVITY)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(FLAGGED_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _label_data(self, row: SeasonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PRODUCT:
                return row.product + (f" {CNY_MARK}" if row.for_chinese_new_year else "")
            return shown(countries.name(row.origin))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.product} · {shown(countries.name(row.origin))}"]
            if row.for_chinese_new_year:
                lines.append(
                    self.tr("Sold for Chinese New Year: a shipment landing after it is flagged")
                )
            if row.shelf_life_days is not None:
                lines.append(self.tr("Shelf life: %n day(s)", "", row.shelf_life_days))
            if not row.has_season:
                lines.append(self.tr("No season recorded for this origin"))
            return "\n".join(lines)
        return None

    def _month_tip(self, row: SeasonRow, month: int) -> str:
        level = row.level(month)
        name = month_name(month)
        if level is None:
            lines = [self.tr("{month}: out of season").format(month=name)]
        else:
            lines = [
                self.tr("{month}: {level}").format(month=name, level=shown(label(level)).lower())
            ]
        festival = self.grid.chinese_new_year if self.grid is not None else None
        if festival is not None and festival.month == month:
            lines.append(self.tr("Chinese New Year: {day}").format(day=day(festival)))
        for deal in row.negotiations_in(month):
            if deal.by_expected_close:
                when = self.tr("expected close {day}").format(day=day(deal.start))
            else:
                when = self.tr("delivery {start} to {end}").format(
                    start=day(deal.start), end=day(deal.end)
                )
            lines.append(
                self.tr("{mark} {deal} ({supplier}, {stage}): {when}").format(
                    mark=DEAL_MARK,
                    deal=deal.title,
                    supplier=deal.supplier,
                    stage=shown(label(deal.stage)).lower(),
                    when=when,
                )
            )
        for shipment in row.shipments_in(month):
            lines.append(
                self.tr("{mark} {reference} ({supplier}, {status}): ETD {etd}, ETA {eta}").format(
                    mark=SHIPMENT_MARK,
                    reference=shipment.reference,
                    supplier=shipment.supplier,
                    status=shown(label(shipment.status)).lower(),
                    etd=day(shipment.etd) if shipment.etd else "?",
                    eta=day(shipment.eta) if shipment.eta else "?",
                )
            )
            lines.extend(f"    {FLAG_MARK} {shown(flag.reason)}" for flag in shipment.flags)
        if len(lines) > 1:
            lines.append(self.tr("Double-click to open"))
        return "\n".join(lines)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < FIRST_MONTH + 12:
            return None
        month = section - FIRST_MONTH + 1
        is_cny = section >= FIRST_MONTH and month == self.cny_month
        if role == Qt.ItemDataRole.DisplayRole:
            if section == PRODUCT:
                return self.tr("Product")
            if section == ORIGIN:
                return self.tr("Origin")
            name = month_name(month)
            return f"{name} {CNY_MARK}" if is_cny else name
        if role == Qt.ItemDataRole.ToolTipRole and is_cny and self.grid is not None:
            festival = self.grid.chinese_new_year
            assert festival is not None
            return self.tr("Chinese New Year: {day}").format(day=day(festival))
        if role == Qt.ItemDataRole.FontRole and is_cny:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_cny:
            return QBrush(FLAGGED_FOREGROUND)
        return None

    def target(self, index: ModelIndex) -> tuple[str, int] | None:
        """What a double-click on `index` opens: ('shipment' | 'negotiation', id)."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if index.column() < FIRST_MONTH:
            months = list(range(1, 13))
        else:
            months = [index.column() - FIRST_MONTH + 1]
        shipments = [s for m in months for s in row.shipments_in(m)]
        flagged = [s for s in shipments if s.flags]
        if flagged or shipments:
            return "shipment", (flagged or shipments)[0].id
        deals = [n for m in months for n in row.negotiations_in(m)]
        if deals:
            return "negotiation", deals[0].id
        return None


class SeasonView(SimpleView):
    kind = "season"
    title = translate("Views", "Season")
    icon_name = "season"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.today: Callable[[], date] = date.today
        self.loaded: Loaded | None = None
        self.loading = False
        self._request = 0
        self._wanted: int | None = None
        """The product asked for (None: all)."""

        self.product = QComboBox()
        self.product.setMinimumContentsLength(22)
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.product.addItem(self.tr("All products"), None)
        self.product.currentIndexChanged.connect(self._product_picked)
        product_label = QLabel(self.tr("Product:"))
        product_label.setBuddy(self.product)
        self.year = QSpinBox()
        self.year.setRange(*YEARS)
        self.year.setValue(self.today().year)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(lambda _year: self.refresh())
        year_label = QLabel(self.tr("Year:"))
        year_label.setBuddy(self.year)
        self.festival = QLabel()
        self.festival.setStyleSheet("color: #c0392b; font-weight: 600;")
        self.legend = QLabel(self._legend_text())
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #444;")

        self.model = SeasonModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(FIRST_MONTH, FIRST_MONTH + 12):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        self.flagged.setTextFormat(Qt.TextFormat.PlainText)
        self.flagged.setStyleSheet("color: #c0392b;")
        self.flagged.hide()

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #666; font-size: 14px;")
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.table)

        title = QLabel(self.tr("Season calendar"))
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(product_label)
        top.addWidget(self.product)
        top.addSpacing(8)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.festival)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.flagged)
        self._show_message(self.tr("Loading the season calendar…"))

    def _legend_text(self) -> str:
        return self.tr(
            "Green: peak · light green: shipping · white: out of season · amber: a deal or "
            "shipment out of season. {deal} open negotiations, {shipment} shipments to "
            "arrive, {flag} flagged, {cny} Chinese New Year."
        ).format(deal=DEAL_MARK, shipment=SHIPMENT_MARK, flag=FLAG_MARK, cny=CNY_MARK)

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (each time the view is shown, F5, a new year or product)."""
        self._request += 1
        request = self._request
        self.loading = True
        if self.loaded is None:
            self._show_message(self.tr("Loading the season calendar…"))
        database, year, product_id = self.database, self.year.value(), self._wanted
        run_in_background(
            lambda: load_grid(database, year, product_id),
            lambda loaded: self._loaded(request, loaded),
            lambda exc: self._failed(request, exc),
        )

    def _product_picked(self, number: int) -> None:
        if number < 0:
            return
        data = self.product.itemData(number)
        self._wanted = None if data is None else int(data)
        self.refresh()

    def _loaded(self, request: int, loaded: Loaded) -> None:
        if request != self._request:
            return  # a newer request is on its way: this answer is out of date
        self.loading = False
        self.loaded = loaded
        grid = loaded.grid
        self._fill_picker(grid)
        self.model.set_grid(grid)
        festival = grid.chinese_new_year
        self.festival.setText(
            self.tr("{mark} Chinese New Year {year}: {day}").format(
                mark=CNY_MARK, year=grid.year, day=day(festival)
            )
            if festival is not None
            else self.tr("Chinese New Year {year}: not in the table (2025-2035)").format(
                year=grid.year
            )
        )
        if grid.rows:
            self.pages.setCurrentWidget(self.table)
            self._fit_columns()
        else:
            self._show_message(
                self.tr(
                    "No season recorded, and no open negotiation or shipment to arrive in {year}."
                ).format(year=grid.year)
            )
        self._show_flagged(grid)
        self.status_changed.emit()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.loading = False
        if self.loaded is None:
            self._show_message(self.tr("The season calendar could not be read."))
        show_error(self, exc)

    def _fill_picker(self, grid: SeasonGrid) -> None:
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(self.tr("All products"), None)
        for pid, name in grid.products:
            self.product.addItem(name, pid)
        found = self.product.findData(self._wanted) if self._wanted is not None else 0
        self.product.setCurrentIndex(max(found, 0))
        self.product.blockSignals(False)

    def _show_flagged(self, grid: SeasonGrid) -> None:
        flagged = grid.flagged
        if not flagged:
            self.flagged.hide()
            return
        listed = 3
        lines = [
            self.tr("%n shipment(s) flagged:", "", len(flagged)),
            *(
                f"{FLAG_MARK} {s.reference}: " + "; ".join(shown(f.reason) for f in s.flags)
                for s in flagged[:listed]
            ),
        ]
        if len(flagged) > listed:
            lines.append(self.tr("… and %n more (see the red months)", "", len(flagged) - listed))
        self.flagged.setText("\n".join(lines))
        self.flagged.show()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(PRODUCT)
        self.table.resizeColumnToContents(ORIGIN)
        header.resizeSection(PRODUCT, min(header.sectionSize(PRODUCT), 240))
        header.resizeSection(ORIGIN, min(header.sectionSize(ORIGIN), 120))

    # --- acting on a cell -----------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        target = self.model.target(index)
        if target is not None:
            self.open_requested.emit(*target)

    # --- the main window's protocol -------------------------------------------------------

    def status_text(self) -> str:
        if self.loaded is None:
            return ""
        grid = self.loaded.grid
        text = self.tr("%n product and origin row(s)", "", len(grid.rows))
        if grid.flagged:
            text += " · " + self.tr("%n flagged shipment(s)", "", len(grid.flagged))
        return text

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(PRODUCT_KEY, "" if self._wanted is None else self._wanted)

    def restore_state(self, settings: QSettings) -> None:
        value = str(settings.value(PRODUCT_KEY, ""))
        self._wanted = int(value) if value.isdigit() else None
