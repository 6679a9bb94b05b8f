"""Which columns a list shows, and how wide: the column chooser (right-click a header, or
the Export button's Columns entry: a checkable list that stays open while ticking),
remembered per list in QSettings, and sizing the columns to their header and typical
content, the spare width going to the name column.

Exports follow what is shown: ui.export_actions reads the shown headers in their order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ui.table_model import HEADER_KEY_ROLE, Column

WIDEST = 280
"""A fitted column is at most this wide (px); the user can still drag it wider."""
PADDING = 12


def fit_columns(table: QTableView, stretch: int = 0, columns: Sequence[int] | None = None) -> None:
    """Size `columns` (default: every shown one) to their header and the rows loaded,
    at most WIDEST; when the shown columns leave room, column `stretch` takes it (not the
    last one, which the header would otherwise stretch)."""
    header = table.horizontalHeader()
    stretching = header.stretchLastSection()
    header.setStretchLastSection(False)  # else the last section's size holds the spare
    chosen = range(header.count()) if columns is None else columns
    for logical in chosen:
        if header.isSectionHidden(logical):
            continue
        table.resizeColumnToContents(logical)
        width = max(header.sectionSizeHint(logical), header.sectionSize(logical)) + PADDING
        table.setColumnWidth(logical, min(width, WIDEST))
    if columns is None and not header.isSectionHidden(stretch):
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        spare = table.viewport().width() - sum(header.sectionSize(i) for i in shown)
        if spare > 0:
            table.setColumnWidth(stretch, header.sectionSize(stretch) + spare)
    header.setStretchLastSection(stretching)


class ColumnChooser(QObject):
    """The columns of one list that can be shown or hidden, and where that is kept."""

    changed = Signal()

    def __init__(self, table: QTableView, columns: Sequence[Column[Any]], key: str) -> None:
        super().__init__(table)
        self.table = table
        self.columns = list(columns)
        self.key = key
        """QSettings key: the headers shown, e.g. 'supplier/columns'."""
        self.settings: QSettings | None = None
        self.list = QListWidget()
        self.list.setObjectName("column-list")
        self.list.itemChanged.connect(self._item_changed)
        reset = QPushButton(self.tr("Default columns"))
        reset.clicked.connect(self.reset)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(reset)
        self.menu = QMenu(self.tr("Columns"), table)
        self.menu.setObjectName("column-chooser")
        self.menu.setToolTip(self.tr("Choose the columns this list shows (and exports)"))
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(box)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._fill)
        header = table.horizontalHeader()
        header.setToolTip(self.tr("Click to sort; right-click to choose the columns"))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)
        self.apply(self.defaults())

    # --- what is shown --------------------------------------------------------------------

    def defaults(self) -> list[str]:
        return [c.header for c in self.columns if c.shown]

    def shown(self) -> list[str]:
        """The headers shown, in the model's order."""
        header = self.table.horizontalHeader()
        return [c.header for i, c in enumerate(self.columns) if not header.isSectionHidden(i)]

    def set_shown(self, column: str, shown: bool) -> None:
        """Show or hide the column headed `column` (the last one shown stays)."""
        logical = next(i for i, c in enumerate(self.columns) if c.header == column)
        header = self.table.horizontalHeader()
        if header.isSectionHidden(logical) != shown:
            return
        if not shown and len(self.shown()) == 1:
            return
        header.setSectionHidden(logical, not shown)
        if shown:
            fit_columns(self.table, columns=[logical])
        self._changed()

    def apply(self, headers: Sequence[str]) -> None:
        """Show exactly the columns named in `headers` (unknown names are ignored; at least
        the first column stays shown)."""
        wanted = set(headers) or {self.columns[0].header}
        header = self.table.horizontalHeader()
        for logical, column in enumerate(self.columns):
            header.setSectionHidden(logical, column.header not in wanted)

    def reset(self) -> None:
        self.apply(self.defaults())
        self._fill()
        self._changed()

    # --- remembered -----------------------------------------------------------------------

    def restore(self, settings: QSettings) -> None:
        """Show what `settings` keep for this list (the defaults if nothing), and keep every
        later change there at once."""
        self.settings = settings
        saved = settings.value(self.key)
        if saved is None:
            return
        # QSettings gives one string for a one-item list, and None-ish '' for an empty one.
        headers = [saved] if isinstance(saved, str) else list(saved)
        self.apply([str(h) for h in headers if h])

    def save(self) -> None:
        if self.settings is not None:
            self.settings.setValue(self.key, self.shown())

    # --- the checkable list ---------------------------------------------------------------

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        shown = set(self.shown())
        model = self.table.model()
        for logical, column in enumerate(self.columns):
            text = model.headerData(logical, Qt.Orientation.Horizontal)
            item = QListWidgetItem(str(text))
            item.setData(HEADER_KEY_ROLE, column.header)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            checked = column.header in shown
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = min(self.list.count(), 16)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth())
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 40)
        self.list.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.set_shown(str(item.data(HEADER_KEY_ROLE)), item.checkState() == Qt.CheckState.Checked)
        # The last shown column cannot go: tick it again.
        still = str(item.data(HEADER_KEY_ROLE)) in self.shown()
        if still != (item.checkState() == Qt.CheckState.Checked):
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.blockSignals(False)

    def _popup(self, position: QPoint) -> None:
        self.menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _changed(self) -> None:
        self.save()
        self.changed.emit()
