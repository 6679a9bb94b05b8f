"""What the tabs under the supplier form share: which supplier they show, a read-only
list table over a few rows, and red marks on a small editor's refused fields.

Each tab saves its own changes at once through its service (a contact, a tag list, a
note); it then says so with `changed`, and the form brings its version up to date.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from app.errors import NotFoundError, ServiceError, ValidationError
from app.messages import translate
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.i18n import error_text, shown
from ui.table_model import Column, Fetch, Fetched, PagedTableModel, Plan
from ui.widgets import INVALID_STYLE, DateField, ErrorLabel, SearchableCombo

R = TypeVar("R")

SAVE_FIRST = translate(
    "SupplierPanel",
    "Save the new supplier first: contacts, tags, certifications and notes belong to it.",
)


@dataclass(frozen=True)
class SupplierRef:
    """The supplier a tab shows: enough to title a dialog and read phones in its country."""

    id: int
    name: str
    country: str


class SupplierPanel(QWidget):
    """One tab under the supplier form. Subclasses fill `load()` and set `tab_title` (a
    Message of app.messages.translate, shown in the window's language)."""

    tab_title: str = translate("SupplierPanel", "Panel")
    changed = Signal()
    """Something of the supplier was saved from this tab."""
    open_requested = Signal(str, int)
    counted = Signal()
    """The number in the tab's title may have changed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.supplier: SupplierRef | None = None

    def show_supplier(self, supplier: SupplierRef | None) -> None:
        before = self.supplier.id if self.supplier is not None else None
        if before != (supplier.id if supplier is not None else None):
            # Another supplier's rows never linger while this one's are read.
            for model in self.findChildren(PagedTableModel):
                model.clear()
        self.supplier = supplier
        self.setEnabled(supplier is not None)
        self.setToolTip("" if supplier is not None else shown(SAVE_FIRST))
        self.load()

    def load(self) -> None:
        """Read the supplier's rows again (nothing when there is no supplier)."""
        raise NotImplementedError

    def count(self) -> int | None:
        """How many rows the tab holds, for its title; None shows no number."""
        return None

    def title(self) -> str:
        """The tab's title in the window's language, with its count: 'Contacts (3)'."""
        count = self.count()
        title = shown(self.tab_title)
        return title if not count else self.tr("{title} ({count})").format(title=title, count=count)

    def read_failed(self, exc: object) -> None:
        """A read of the tab failed: say why, unless the supplier itself is gone (the
        form, reading the supplier at the same time, says so once for all its tabs)."""
        if isinstance(exc, NotFoundError):
            return
        if not isinstance(exc, ServiceError):
            raise exc if isinstance(exc, BaseException) else RuntimeError(exc)
        show_error(self, exc)

    def run(self, action: Callable[[], Any], title: str) -> bool:
        """Call a service off the UI thread (waited for with a local event loop: the
        window paints meanwhile); a refusal is shown, never raised. True if it went
        through. `action` touches no widget."""
        try:
            wait_off_ui_thread(action)
        except ServiceError as exc:
            show_error(self, exc, title)
            return False
        return True


def list_fetch(rows: Callable[[], Sequence[R]]) -> Fetch:
    """A PagedTableModel fetch over a short list read whole (a supplier's contacts)."""

    def fetch(offset: int, limit: int, _sort: str, _descending: bool) -> Fetched[Any]:
        found = list(rows())
        return Fetched(found[offset : offset + limit], len(found))

    return fetch


Reader = Callable[[], Callable[[], Sequence[R]] | None]
"""Called on the UI thread: the work that reads the rows off it, or None (no rows)."""


def read_fetch(reader: Reader[Any]) -> Fetch:
    """A PagedTableModel fetch over a short list read whole off the UI thread."""

    def fetch(offset: int, limit: int, _sort: str, _descending: bool) -> Fetched[Any] | Plan:
        work = reader()
        if work is None:
            return Fetched([], 0)

        def read() -> Fetched[Any]:
            found = list(work())
            return Fetched(found[offset : offset + limit], len(found))

        return read

    return fetch


def list_model(
    columns: Sequence[Column[Any]], rows: Callable[[], Sequence[Any]]
) -> PagedTableModel[Any]:
    """A model over rows already in memory."""
    return PagedTableModel(columns, list_fetch(rows))


def read_model(columns: Sequence[Column[Any]], reader: Reader[Any]) -> PagedTableModel[Any]:
    """A model over a short list read off the UI thread (a supplier's contacts)."""
    return PagedTableModel(columns, read_fetch(reader))


def list_table(model: PagedTableModel[Any], *, sortable: bool = False) -> QTableView:
    """A compact, read-only table of whole-row selection, the same in every tab."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if sortable:
        # The indicator first: turning sorting on sorts by whatever it shows.
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(model.sort_column(), order)
        table.setSortingEnabled(True)
    return table


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


EditorWidget = QLineEdit | QPlainTextEdit | DateField | SearchableCombo


class FieldMarks:
    """Red borders on a small editor's refused fields, and the reasons on one line."""

    def __init__(self, widgets: Mapping[str, EditorWidget]) -> None:
        self.widgets = dict(widgets)
        self.error = ErrorLabel()

    def _target(self, widget: EditorWidget) -> QWidget:
        return widget.edit if isinstance(widget, DateField) else widget

    def clear(self) -> None:
        for widget in self.widgets.values():
            self._target(widget).setStyleSheet("")
        self.error.show_reason(None)

    def show(self, error: ValidationError) -> None:
        self.clear()
        for item in error.errors:
            widget = self.widgets.get(item.field)
            if widget is not None:
                self._target(widget).setStyleSheet(INVALID_STYLE)
        self.error.show_reason(error_text(error))
