"""Home: the pipeline by stage, shipments on the move, follow-ups due; on an empty
database, a welcome panel that loads the demo data or opens the spreadsheet import.

The figures come from app.queries.dashboard.read_dashboard (its reads at once), made off
the UI thread (a newer refresh supersedes an older one); nothing here counts, converts or filters.
The stage cards lead with the total in the reporting currency at today's rates and say
what it leaves out. Shipments and follow-ups open their record with one click (the stage cards
only inform: the main window has no "negotiations at stage X" view to open).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import translate
from app.queries.compliance import ComplianceCounts
from app.queries.compliance_alerts import DEFAULT_WINDOW, AlertKind
from app.queries.dashboard import Dashboard, DueTask, MovingShipment, read_dashboard
from app.queries.pipeline_totals import PipelineTotals, StageTotal, whole_units
from app.rules.vocabulary import label
from app.services.fx_convert import Quote
from app.store.database import Database
from ui.errors import show_error
from ui.i18n import day, number, shown
from ui.icons import icon
from ui.views.compliance_list import ComplianceListDialog
from ui.views.simple import SimpleView
from ui.worker import run_in_background

R = TypeVar("R")
ModelIndex = QModelIndex | QPersistentModelIndex

LATE_BACKGROUND = QColor("#fde3e1")
LATE_FOREGROUND = QColor("#a5281b")
PARENT_LABELS = {
    "supplier": translate("DashboardView", "Supplier"),
    "negotiation": translate("DashboardView", "Negotiation"),
    "shipment": translate("DashboardView", "Shipment"),
}
IMPORT_HINT = translate(
    "DashboardView",
    "A supplier list from Excel, LibreOffice or CSV comes in with this button, with "
    "File ▸ Import spreadsheet (Ctrl+I), or by dropping the file on this window.",
)


class Lateness(QObject):
    """How late a date is, in words. A QObject so that lupdate reads the plural forms of
    these phrases: it takes them from tr() only, not from QCoreApplication.translate."""

    def late(self, days: int) -> str:
        return self.tr("%n day(s) late", "", days)

    def overdue(self, days: int) -> str:
        return self.tr("%n day(s) overdue", "", days)


@cache
def _lateness() -> Lateness:
    return Lateness()


def money(value: Decimal, currency: str) -> str:
    """'USD 190,000': whole units, thousands separated as the locale does, the code first
    as on a deal sheet. The value is the pipeline report's (to the cent), shown rounded
    half up (whole_units)."""
    return f"{currency} {number(int(whole_units(value)))}"


def days_late(when: date, today: date) -> str:
    """'3 days late', 'today' or '' (not due yet)."""
    gap = (today - when).days
    if gap == 0:
        return QCoreApplication.translate("DashboardView", "today")
    if gap > 0:
        return _lateness().late(gap)
    return ""


def eta_text(eta: date | None, today: date) -> str:
    """'11/24/2026 (3 days late)', '11/27/2026 (today)' or just the date (the locale's)."""
    if eta is None:
        return QCoreApplication.translate("DashboardView", "not known")
    late = days_late(eta, today)
    if not late:
        return day(eta)
    return QCoreApplication.translate("DashboardView", "{day} ({late})").format(
        day=day(eta), late=late
    )


def due_text(due_on: date, today: date) -> str:
    """'6 days overdue' or 'today': how pressing, the date itself is in the tooltip."""
    gap = (today - due_on).days
    if gap == 0:
        return QCoreApplication.translate("DashboardView", "today")
    if gap > 0:
        return _lateness().overdue(gap)
    return ""


# --- the two lists -------------------------------------------------------------------------


@dataclass(frozen=True)
class Field(Generic[R]):
    header: str
    value: Callable[[R], str]
    tip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A short read-only list (a dashboard shows tens of rows, not pages); rows for which
    `alarm` is true are tinted red so late shipments and overdue tasks stand out."""

    def __init__(self, fields: Sequence[Field[R]], alarm: Callable[[R], bool]) -> None:
        super().__init__()
        self.fields = list(fields)
        self.alarm = alarm
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fields[index.column()].value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.fields[index.column()].tip or self.fields[index.column()].value
            return tip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.alarm(row):
            return QBrush(LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and self.alarm(row):
            return QBrush(LATE_FOREGROUND)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.fields)
        ):
            return self.fields[section].header
        return None


class _EatDoubleClick(QObject):
    """Swallows the second half of a double-click for a moment after a click opened a
    record: by then another view is under the mouse, and it must not get that click
    (it would select some other row there)."""

    EATEN = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
    )

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()

    def arm(self) -> None:
        app = QApplication.instance()
        if app is not None:
            self.clock.start()
            app.installEventFilter(self)
            QTimer.singleShot(QApplication.doubleClickInterval(), self.disarm)

    def disarm(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.clock.elapsed() > QApplication.doubleClickInterval():
            return False
        return event.type() in self.EATEN


def _list_table(model: QAbstractTableModel, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.viewport().setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


# --- the pieces of the board -----------------------------------------------------------------


class StageCard(QFrame):
    """One open stage: how many deals, their target value in the reporting currency at
    today's rates (the headline), each deal currency's own figure under it, and what the
    total leaves out (deals without a rate, products without packaging). A click shows
    those deals in the Negotiations view."""

    clicked = Signal(str)

    def __init__(self, figures: StageTotal) -> None:
        super().__init__()
        self.figures = figures
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.stage = QLabel(shown(label(figures.stage)))
        self.stage.setStyleSheet("font-weight: 600; color: #2b5c8a;")
        self.count = QLabel(self.tr("%n deal(s)", "", figures.count))
        self.count.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.total = QLabel(money(figures.total, figures.currency))
        self.total.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.total.setToolTip(
            self.tr("Target price × target volume, in {currency} at today's rates").format(
                currency=figures.currency
            )
        )
        self.values = QLabel("\n".join(money(v, c) for c, v in figures.value.items()))
        self.values.setStyleSheet("color: #555;")
        self.values.setWordWrap(True)
        self.values.setToolTip(self.tr("The same deals in the currency each was agreed in"))
        self.values.setVisible(bool(figures.value) and list(figures.value) != [figures.currency])
        self.notes = QLabel("\n".join(self.note_lines()))
        self.notes.setStyleSheet("color: #a5281b;")
        self.notes.setWordWrap(True)
        self.notes.setToolTip("\n".join(shown(why) for why in figures.missing_packaging))
        self.notes.setVisible(bool(self.notes.text()))
        self.setToolTip(
            self.tr(
                "Open deals at this stage; value = target price × target volume. "
                "Click to list them."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(self.count)
        layout.addWidget(self.total)
        layout.addWidget(self.values)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def note_lines(self) -> list[str]:
        """What the total leaves out: '+2 deals without a BRL→CNY rate', '1 product lacks
        packaging' (the products and figures in the tooltip)."""
        figures = self.figures
        lines = [
            self.tr("+%n deal(s) without a {source}→{target} rate", "", deals).format(
                source=currency, target=figures.currency
            )
            for currency, deals in figures.not_converted.items()
        ]
        if figures.missing_packaging:
            lines.append(
                self.tr("%n product(s) without packaging", "", len(figures.missing_packaging))
            )
        return lines

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.figures.stage.value)
        super().mouseReleaseEvent(event)


def _rate(quote: Quote) -> str:
    """'USD→CNY 7.1000 (12/5/2026)', five significant digits ('ARS→CNY 0.0059414') in the
    locale's digits; a crossed rate names its pivot: 'BRL→CNY 1.3148 (via USD, 12/5/2026)'."""
    text = f"{quote.path[0]}→{quote.path[-1]} {_significant(quote.rate)}"
    when = day(quote.rate_date) if quote.rate_date is not None else ""
    if len(quote.path) > 2:
        return QCoreApplication.translate("DashboardView", "{rate} (via {pivot}, {day})").format(
            rate=text, pivot=quote.path[1], day=when
        )
    if quote.rate_date is not None:
        return QCoreApplication.translate("DashboardView", "{rate} ({day})").format(
            rate=text, day=when
        )
    return text


def _significant(rate: Decimal) -> str:
    """Five significant digits (as a rate is quoted), in the locale's separators."""
    plain = f"{rate:.5g}"
    if "e" in plain.lower():
        return plain
    decimals = len(plain.partition(".")[2])
    return number(Decimal(plain), decimals)


class CountTile(QFrame):
    """One compliance count ("4 expired"): red or amber when it is not zero; a click
    lists the rows behind it."""

    clicked = Signal(str, int)
    """(kind: expired | suspended | due, days: the window of a due count, else 0)."""

    def __init__(self, kind: str, days: int) -> None:
        super().__init__()
        self.kind = kind
        self.days = days
        self.count = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel("0")
        self.number.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.caption = QLabel(self.caption_text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setToolTip(self.tr("Click to list them"))

    def caption_text(self) -> str:
        if self.kind == "expired":
            return self.tr("expired")
        if self.kind == "suspended":
            return self.tr("suspended")
        return self.tr("due in %n day(s)", "", self.days)

    def set_count(self, count: int) -> None:
        self.count = count
        self.number.setText(number(count))
        urgent = self.kind != "due" or self.days <= 30
        colour = ("#a5281b" if urgent else "#7a5200") if count else "#555"
        self.number.setStyleSheet(f"font-size: 18px; font-weight: 600; color: {colour};")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.kind, self.days)
        super().mouseReleaseEvent(event)


class ComplianceStrip(QWidget):
    """Home's Compliance card: registrations and certificates expired, suspended (when
    any) and due in 30, 60 and the window's days; each count opens its rows."""

    requested = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.tiles: list[CountTile] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.heading = _heading(self.tr("Compliance"))
        self.heading.setToolTip(
            self.tr("Registrations (GACC, SAG, SENASICA, SENASA) and certificates of the suppliers")
        )
        self.row.addWidget(self.heading)
        self.row.addSpacing(8)
        self.tiles_row = QHBoxLayout()
        self.row.addLayout(self.tiles_row)
        self.row.addStretch(1)

    def show_counts(self, counts: ComplianceCounts) -> None:
        wanted = [("expired", 0)]
        if counts.suspended:
            wanted.append(("suspended", 0))
        wanted += [("due", days) for days in sorted(counts.due)]
        if [(t.kind, t.days) for t in self.tiles] != wanted:
            for tile in self.tiles:
                tile.deleteLater()
            self.tiles = []
            for kind, days in wanted:
                tile = CountTile(kind, days)
                tile.clicked.connect(self.requested)
                self.tiles_row.addWidget(tile)
                self.tiles.append(tile)
        for tile in self.tiles:
            if tile.kind == "expired":
                tile.set_count(counts.expired)
            elif tile.kind == "suspended":
                tile.set_count(counts.suspended)
            else:
                tile.set_count(counts.due.get(tile.days, 0))


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setStyleSheet("font-size: 15px; font-weight: 600;")
    return heading


class Board(QWidget):
    """The dashboard proper, for a database with something in it."""

    open_requested = Signal(str, int)
    stage_requested = Signal(str)
    compliance_requested = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.compliance = ComplianceStrip()
        self.compliance.requested.connect(self.compliance_requested)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #444;")
        self.rates = QLabel()
        self.rates.setStyleSheet("color: #666;")
        self.rates.setWordWrap(True)
        self.stages = QHBoxLayout()
        self.shipments: RowsModel[MovingShipment] = RowsModel(
            [
                Field(self.tr("Reference"), lambda s: s.reference),
                Field(self.tr("Supplier"), lambda s: s.supplier),
                Field(self.tr("Status"), lambda s: shown(label(s.status))),
                Field(self.tr("ETA"), lambda s: eta_text(s.eta, self.today)),
            ],
            alarm=lambda s: s.late,
        )
        self.tasks: RowsModel[DueTask] = RowsModel(
            [
                Field(
                    self.tr("Due"),
                    lambda t: due_text(t.due_on, self.today),
                    lambda t: self.tr("Due on {day}").format(day=day(t.due_on)),
                ),
                Field(self.tr("Follow-up"), lambda t: t.subject),
                Field(
                    self.tr("For"), lambda t: shown(PARENT_LABELS.get(t.parent_kind, t.parent_kind))
                ),
            ],
            alarm=lambda t: t.overdue,
        )
        self.today = date.today()
        self.shipment_table = _list_table(self.shipments, stretch=1)
        self.task_table = _list_table(self.tasks, stretch=1)
        self.shipment_heading = _heading(self.tr("Shipments on the move"))
        self.task_heading = _heading(self.tr("Follow-ups overdue or due today"))
        self.no_shipments = QLabel(self.tr("No shipment is booked, on the water or at customs."))
        self.no_tasks = QLabel(self.tr("Nothing is overdue or due today."))
        grid = QGridLayout()
        grid.addWidget(self.shipment_heading, 0, 0)
        grid.addWidget(self.task_heading, 0, 1)
        grid.addWidget(self.shipment_table, 1, 0)
        grid.addWidget(self.task_table, 1, 1)
        grid.addWidget(self.no_shipments, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.no_tasks, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Pipeline")))
        layout.addWidget(self.summary)
        layout.addLayout(self.stages)
        layout.addWidget(self.rates)
        layout.addSpacing(4)
        layout.addWidget(self.compliance)
        layout.addSpacing(4)
        layout.addLayout(grid, 1)
        self._eater = _EatDoubleClick()
        self._last_click = QElapsedTimer()
        for table, opener in (
            (self.shipment_table, self._open_shipment),
            (self.task_table, self._open_task),
        ):
            table.clicked.connect(opener)
            table.activated.connect(lambda index, o=opener: self._activated(index, o))

    def show_dashboard(self, dashboard: Dashboard, today: date) -> None:
        self.today = today
        while (item := self.stages.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for figures in dashboard.pipeline:
            card = StageCard(figures)
            card.clicked.connect(self.stage_requested)
            self.stages.addWidget(card)
        self.rates.setText(self.rates_text(dashboard.totals))
        self.compliance.show_counts(dashboard.compliance)
        moving, due = dashboard.shipments, dashboard.tasks
        open_deals = sum(f.count for f in dashboard.pipeline)
        self.summary.setText(
            self.tr("{suppliers}, {deals}, {shipments}, {tasks}").format(
                suppliers=self.tr("%n supplier(s)", "", dashboard.suppliers),
                deals=self.tr("%n open deal(s)", "", open_deals),
                shipments=self.tr("%n shipment(s) moving", "", len(moving)),
                tasks=self.tr("%n follow-up(s) due", "", len(due)),
            )
        )
        self.shipments.set_rows(moving)
        self.tasks.set_rows(due)
        late = sum(s.late for s in moving)
        self.shipment_heading.setText(
            self.tr("Shipments on the move ({count}, {late} late)").format(
                count=number(len(moving)), late=number(late)
            )
            if late
            else self.tr("Shipments on the move ({count})").format(count=number(len(moving)))
        )
        overdue = sum(t.overdue for t in due)
        self.task_heading.setText(
            self.tr("Follow-ups overdue or due today ({count}, {overdue} overdue)").format(
                count=number(len(due)), overdue=number(overdue)
            )
            if overdue
            else self.tr("Follow-ups overdue or due today ({count})").format(count=number(len(due)))
        )
        self.shipment_table.setVisible(bool(dashboard.shipments))
        self.no_shipments.setVisible(not dashboard.shipments)
        self.task_table.setVisible(bool(dashboard.tasks))
        self.no_tasks.setVisible(not dashboard.tasks)

    def rates_text(self, totals: PipelineTotals) -> str:
        """ "Open pipeline CNY 25,596,874 at the latest rates on or before 12/6/2026: USD→CNY
        7.1000 (12/5/2026), …"."""
        total, on = money(totals.total, totals.currency), day(totals.on)
        if not totals.rates:
            return self.tr("Open pipeline {total} at the latest rates on or before {day}.").format(
                total=total, day=on
            )
        return self.tr(
            "Open pipeline {total} at the latest rates on or before {day}: {rates}."
        ).format(total=total, day=on, rates=", ".join(_rate(q) for q in totals.rates))

    # --- opening a record with one click (or Enter) ----------------------------------------

    def _open_shipment(self, index: QModelIndex) -> None:
        self._last_click.start()
        self._eater.arm()
        self.open_requested.emit("shipment", self.shipments.rows[index.row()].id)

    def _open_task(self, index: QModelIndex) -> None:
        self._last_click.start()
        self._eater.arm()
        task = self.tasks.rows[index.row()]
        self.open_requested.emit(task.parent_kind, task.parent_id)

    def _activated(self, index: QModelIndex, opener: Callable[[QModelIndex], None]) -> None:
        """Enter opens too; a mouse activation right after a click is that same click."""
        recent = self._last_click.isValid() and (
            self._last_click.elapsed() < QApplication.doubleClickInterval()
        )
        if not recent:
            opener(index)


class Welcome(QWidget):
    """The first-run screen: nothing recorded yet, so offer a way to start."""

    def __init__(self, database_name: str) -> None:
        super().__init__()
        title = QLabel(self.tr("Welcome to Supplier Desk"))
        title.setStyleSheet("font-size: 22px; font-weight: 600;")
        text = QLabel(
            self.tr(
                "The database is empty. Load the demo data to look around: forty Latin "
                "American growers, packers and fisheries with their people, deals, "
                "shipments and follow-ups. Or bring in your own supplier list."
            )
        )
        text.setWordWrap(True)
        where = QLabel(self.tr("Database: {name}").format(name=database_name))
        where.setStyleSheet("color: #666;")
        where.setWordWrap(True)
        self.demo_button = QPushButton(icon("demo"), self.tr("Load demo data"))
        self.import_button = QPushButton(icon("import"), self.tr("Import a spreadsheet"))
        self.import_button.setToolTip(shown(IMPORT_HINT))
        hint = QLabel(shown(IMPORT_HINT))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        for button in (self.demo_button, self.import_button):
            button.setMinimumSize(240, 56)
            button.setStyleSheet("font-size: 15px;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Loading the demo data…"))
        self.busy.hide()
        self.busy_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        for widget in (title, text, where):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addWidget(hint)
        column.addWidget(self.busy_label)
        column.addWidget(self.busy)
        panel = QWidget()
        panel.setMaximumWidth(640)
        panel.setLayout(column)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 4, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)


# --- the view ----------------------------------------------------------------------------------


def _load_demo(database: Database) -> Any:
    """Worker-thread side of "Load demo data": one transaction, committed whole or not at all."""
    from app.services.demo import load_demo  # the demo loader is only needed on a first run

    with database.transaction() as session:
        return load_demo(session)


def _read_dashboard(database: Database, today: date) -> Dashboard:
    """Worker-thread side of a refresh: the figures read without BEGIN/COMMIT
    (Database.read), their parts at once (read_dashboard), the pipeline in the reporting
    currency of the export settings."""
    from app.exporting.export_settings import load_export_settings

    settings = load_export_settings()
    return read_dashboard(
        database, today, settings.landed.currency, settings.compliance_window_days
    )


class DashboardView(SimpleView):
    kind = "dashboard"
    title = translate("Views", "Home")
    icon_name = "home"

    stage_requested = Signal(str)
    """A stage card was clicked: show the open deals at that stage."""
    import_requested = Signal()
    """"Import a spreadsheet" was clicked: the window opens the import wizard."""
    shown = Signal()
    """A refresh's figures are on screen."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.today: Callable[[], date] = date.today
        self.dashboard: Dashboard | None = None
        self.compliance_dialog: ComplianceListDialog | None = None
        self.loading = False
        self.reading = False
        self._request = 0
        self.waiting = QLabel(self.tr("Loading…"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setStyleSheet("color: #666;")
        self.welcome = Welcome(database.display_name)
        self.board = Board()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.waiting)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.board.open_requested.connect(self.open_requested)
        self.board.stage_requested.connect(self.stage_requested)
        self.board.compliance_requested.connect(self.show_compliance)
        self.welcome.demo_button.clicked.connect(self.load_demo)
        self.welcome.import_button.clicked.connect(self.import_requested)

    def refresh(self) -> None:
        """Read the figures again (every time Home is shown, F5, after a change), off the
        UI thread: the figures on screen stay until the new ones come (the first time, a
        quiet "Loading…"); a newer refresh supersedes an older one still on its way."""
        self._request += 1
        request = self._request
        self.reading = True
        database, today = self.database, self.today()
        run_in_background(
            lambda: _read_dashboard(database, today),
            lambda dashboard: self._read(request, dashboard, today),
            lambda exc: self._read_failed(request, exc),
        )

    def _read(self, request: int, dashboard: Dashboard, today: date) -> None:
        if request != self._request or not shiboken6.isValid(self.pages):
            return  # a newer refresh is on its way, or the window has gone
        self.reading = False
        self.dashboard = dashboard
        if dashboard.empty:
            self.pages.setCurrentWidget(self.welcome)
        else:
            self.board.show_dashboard(dashboard, today)
            self.pages.setCurrentWidget(self.board)
        self.status_changed.emit()
        self.shown.emit()

    def _read_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.reading = False
        if self.dashboard is None:
            self.waiting.setText(self.tr("The figures could not be read."))
        show_error(self, exc)

    def show_compliance(self, kind: str, days: int) -> ComplianceListDialog:
        """The rows behind a compliance count, in a dialog (not waited for); a row's
        double-click opens its supplier."""
        window = self.dashboard.compliance_window if self.dashboard else DEFAULT_WINDOW
        alert: AlertKind = (
            "expired" if kind == "expired" else "suspended" if kind == "suspended" else "due"
        )
        dialog = ComplianceListDialog(
            self.database, self.today(), alert, days or None, window, self
        )
        dialog.open_requested.connect(self.open_requested)
        dialog.open_requested.connect(lambda *_: dialog.accept())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.compliance_dialog = dialog
        return dialog

    def load_demo(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.welcome.set_busy(True)
        database = self.database
        run_in_background(lambda: _load_demo(database), self._demo_loaded, self._demo_failed)

    def _demo_loaded(self, result: Any) -> None:
        self.loading = False
        self.welcome.set_busy(False)
        self.refresh()
        self.data_changed.emit()

    def _demo_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.welcome.set_busy(False)
        show_error(self, exc)

    def status_text(self) -> str:
        if self.dashboard is None:
            return ""
        count = self.dashboard.suppliers
        if not count:
            return self.tr("No suppliers yet")
        return self.tr("%n supplier(s)", "", count)
