"""A table model over a service's pages: rows load a page at a time as the view scrolls
(fetchMore), sorting and filtering happen in SQL, never in a proxy model."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from sqlalchemy.orm import Session

from app.messages import Message
from app.queries.batched import AnyRow, AnySelect, Together
from app.rules.vocabulary import label
from app.store.connection import retry_read
from app.store.database import Database
from ui.i18n import day, moment, number, shown
from ui.worker import Latest

ModelIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
E = TypeVar("E", bound=StrEnum)
Q = TypeVar("Q")


class HasId(Protocol):
    """A row of a record: its id selects it again after a reload."""

    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record id of a row, for selection that survives a reload."""
HEADER_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
"""A column's header as written in the code (English): what settings and exports name it
by, whatever language the header is shown in."""


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    """As written in the code (English), the key settings and exports know the column by;
    marked `translate("Columns", "Name")` (app.messages) and shown translated by
    `header_text`."""
    value: Callable[[R], Any]
    sort: str | None = None
    """The service's sort key for this column; None when it cannot be sorted."""
    numeric: bool = False
    shown: bool = True
    """False for a column the list offers in its column chooser but does not show at first."""


@dataclass(frozen=True)
class Fetched(Generic[R]):
    rows: list[R]
    total: int
    total_text: str = ""
    exact: bool = True
    """False when `total` is a cap and more rows match ('10,000+')."""

    @property
    def shown_total(self) -> str:
        return self.total_text or number(self.total) + ("" if self.exact else "+")


Plan = Callable[[], Fetched[Any]]
"""The database work of a page, ready to run off the UI thread (it reads no widget)."""


def _fetched(page: Any) -> Fetched[Any]:
    return Fetched(page.rows, page.total, exact=getattr(page, "exact", True))


@dataclass(frozen=True)
class PagePlan(Generic[Q]):
    """The Plan that reads one page with `read_page(session, query)` (a page with `rows`,
    `total` and maybe `exact`) in a read session, off the UI thread; `together(session,
    query)`, where given, is the same page as a read that can go out with others (after
    a save, with its COMMIT: ui.forms.saved_reads)."""

    database: Database
    read_page: Callable[[Session, Q], Any]
    query: Q
    together: Callable[[Session, Q], Together] | None = None

    def __call__(self) -> Fetched[Any]:
        with self.database.read() as session:
            return _fetched(self.read_page(session, self.query))

    def read_in(self, session: Session) -> Together:
        """The page read in `session` (a write's, after its writes) by `together`:
        answers a Fetched."""
        assert self.together is not None
        return _AsFetched(self.together(session, self.query))


@dataclass(frozen=True)
class _AsFetched:
    page: Together

    @property
    def statements(self) -> Sequence[AnySelect]:
        return self.page.statements

    def answer(self, session: Session, found: Sequence[list[AnyRow]]) -> Fetched[Any]:
        return _fetched(self.page.answer(session, found))


def page_plan(
    database: Database,
    read_page: Callable[[Session, Q], Any],
    query: Q,
    together: Callable[[Session, Q], Together] | None = None,
) -> PagePlan[Q]:
    return PagePlan(database, read_page, query, together)


Fetch = Callable[[int, int, str, bool], "Fetched[Any] | Plan"]
"""(offset, limit, sort key, descending) -> a page of rows and the total, or (called on
the UI thread, where it reads the search box and filters) the Plan that reads it: the
model runs a Plan off the UI thread and shows its page when it comes."""


def display(value: Any) -> str:
    """How a stored value is shown in a table cell, in the window's language and locale:
    a vocabulary word by its label, numbers and dates in the locale's form. (Sorting and
    exports read the values themselves, never this text.)"""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return shown(label(value))
    if isinstance(value, Message):
        return shown(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Cells", "yes") if value else ""
    if isinstance(value, Decimal):
        return number(value, 2)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, datetime):
        return moment(value)
    if isinstance(value, date):
        return day(value)
    return str(value)


def member(kind: type[E], value: Any) -> E | Any:
    """A stored value as a member of its vocabulary `kind` (which display() shows by its
    label: 'on_hold' -> 'On hold'); a value that is not one of them, as it is."""
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        return value


def header_text(header: str) -> str:
    """A column's header in the window's language (the header itself is the English key)."""
    if isinstance(header, Message):
        return shown(header)
    return QCoreApplication.translate("Columns", header)


def _settle_long_lived_objects() -> None:
    """Keep Python's full garbage collections off the scrolling path.

    With 100,000 rows loaded, a full collection walks every object of the process and
    took 70-85 ms: one frame in five hundred froze. Rows are plain data freed by
    reference counting, so after a young collection everything alive is moved out of
    the collector's sight (gc.freeze is a constant-time list splice).
    """
    gc.collect(1)
    gc.freeze()


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Pages read off the UI thread when the fetch gives a Plan: the rows shown stay
    until the new first page comes, a newer reload supersedes an older one, and a next
    page asked for before a reload is dropped when the reload's page comes."""

    loading_changed = Signal(bool)
    """A first page is on its way (True), or has come or failed (False)."""
    reloaded = Signal()
    """A reload's first page is shown."""
    failed = Signal(object)
    """A page could not be read: the error (the rows shown stay)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Fetch,
        *,
        page_size: int = 200,
        sort: str = "",
        descending: bool = False,
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        self.sort_key = sort or next((c.sort for c in self.columns if c.sort), "")
        self.descending = descending
        self._rows: list[Row] = []
        self.total = 0
        self.total_text = "0"
        self.exact = True
        self.loaded = False
        """Sorting reloads only a model that has been loaded: hidden views stay idle."""
        self._first = Latest()
        self._more = Latest()
        self.reloads = 0
        """How many reloads were asked for: a page read elsewhere (a save's) is shown only
        if none was asked for since it was planned (show_reloaded)."""

    # --- loading ---------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """A reload's first page is on its way."""
        return self._first.pending

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Fetch the first page again (after a filter, sort or data change); with
        `keep_loaded`, as many rows as are loaded now, in one page (the list stays where
        it was scrolled)."""
        self._more.cancel()  # a next page of the old order is of no use now
        plan = self.reload_plan(keep_loaded=keep_loaded)
        self.reloads += 1
        if isinstance(plan, Fetched):
            self._first.cancel()
            self._show_first(plan)
            return
        work = plan
        self._first.run(lambda: retry_read(work), self._first_came, self._first_failed)
        self.loading_changed.emit(True)

    def reload_plan(self, *, keep_loaded: bool = False) -> Fetched[Any] | Plan:
        """What reload would read (called on the UI thread: it reads the search box)."""
        limit = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        return self._fetch(0, limit, self.sort_key, self.descending)

    def show_reloaded(self, planned_at: int, page: Fetched[Any]) -> bool:
        """Show `page`, read elsewhere as reload_plan planned it when `reloads` was
        `planned_at`, as a reload's first page: unless a reload was asked for since (its
        page is newer). Whether it was shown."""
        if planned_at != self.reloads:
            return False
        self._first.cancel()
        self._more.cancel()
        self._show_first(page)
        self.loading_changed.emit(False)
        return True

    def _first_came(self, page: Fetched[Any]) -> None:
        self._show_first(page)
        self.loading_changed.emit(False)

    def _first_failed(self, exc: BaseException) -> None:
        self.loading_changed.emit(False)
        self.failed.emit(exc)

    def _show_first(self, page: Fetched[Any]) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self.total = page.total
        self.total_text = page.shown_total
        self.exact = page.exact
        self.loaded = True  # before the reset's signal: what it starts sees the rows loaded
        self.endResetModel()
        self.reloaded.emit()

    def clear(self) -> None:
        """No rows (another record's are not wanted), and nothing on its way."""
        self.reloads += 1
        self._first.cancel()
        self._more.cancel()
        self.beginResetModel()
        self._rows = []
        self.total = 0
        self.total_text = number(0)
        self.exact = True
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.canFetchMore() or self._more.pending:
            return
        if self._first.pending:
            return  # the first page of a reload is coming: its rows replace these
        first = len(self._rows)
        plan = self._fetch(first, self.page_size, self.sort_key, self.descending)
        if isinstance(plan, Fetched):
            self._add_page(first, plan)
            return
        work = plan
        self._more.run(
            lambda: retry_read(work), lambda page: self._add_page(first, page), self.failed.emit
        )

    def _add_page(self, first: int, page: Fetched[Any]) -> None:
        if first != len(self._rows):
            return  # the rows changed meanwhile: this page does not follow them
        if not page.rows:
            self.total = len(self._rows)  # the data shrank since the count
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
        _settle_long_lived_objects()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if not key:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:
            self.reload()

    # --- reading ---------------------------------------------------------------------

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def id_at(self, row: int) -> int:
        return int(self._rows[row].id)

    def row_of_id(self, record_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == record_id:
                return position
        return None

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == self.sort_key), -1)

    # --- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display(column.value(row))
            if getattr(row, "archived", False):
                if not text:
                    return self.tr("Archived")
                return self.tr("Archived: {text}").format(text=text)
            return text if len(text) > 30 else None
        if role == ID_ROLE:
            return row.id
        if getattr(row, "archived", False):
            return _archived_look(role)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(self.columns[section].header)
        if role == HEADER_KEY_ROLE:
            return self.columns[section].header
        return None


def _archived_look(role: int) -> Any:
    """An archived row is greyed and in italics (its tooltip says "Archived"): a marker
    that no column width can cut, unlike a " (archived)" after the name."""
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setItalic(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        palette = QGuiApplication.palette()
        return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return None
