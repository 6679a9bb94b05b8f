"""A list of records with search and filters, beside the selected record's form.

Subclasses say which columns, which page query and which form; this class does the
rest the same way everywhere: debounced search, SQL sorting, page-by-page loading,
keeping the selection across reloads, and asking before unsaved edits are dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.messages import translate
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.forms.base import RecordForm
from ui.forms.saved_reads import SavedRead
from ui.i18n import number, shown
from ui.icons import icon
from ui.table_model import PagedTableModel, PagePlan
from ui.views.list_columns import ColumnChooser, fit_columns

SEARCH_DELAY_MS = 150


class RecordView(QWidget):
    kind = "record"
    title = translate("Views", "Records")
    """The view's name (English, as the main window knows it): shown through ui.i18n.shown."""
    icon_name = "home"
    can_archive = False
    stretch_column = 0
    """The column (the record's name) that takes the list's spare width."""

    status_changed = Signal()
    open_requested = Signal(str, int)
    """Another record should be shown: (kind, id), e.g. ('negotiation', 12)."""
    data_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._current_id: int | None = None
        self._scrolled_to: int | None = None
        """Where the list was scrolled when it was read again (refresh)."""
        self.search = QLineEdit(placeholderText=self.search_hint())
        self.search.setClearButtonEnabled(True)
        self.filters = QHBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setVisible(self.can_archive)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addLayout(self.filters, 4)
        top.addWidget(self.show_archived)

        self.model: PagedTableModel[Any] = self.make_model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
        )
        # After the indicator: turning sorting on applies the indicator's column and order.
        self.table.setSortingEnabled(True)
        # Right-click a header (or Export > Columns): no button, the search row is full.
        self.column_chooser = ColumnChooser(self.table, self.model.columns, f"{self.kind}/columns")
        self._fitted = False
        """Columns are sized to their content once, when first shown with rows (unless
        a remembered layout sized them)."""
        self.model.modelReset.connect(self._fit_once)
        # While the first page is read (off the UI thread), the empty list says so quietly;
        # later reloads keep the rows shown until the new ones come.
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setStyleSheet("color: palette(mid);")
        self.loading_label.hide()
        placeholder = QVBoxLayout(self.table.viewport())
        placeholder.addWidget(self.loading_label)
        self.model.loading_changed.connect(self._list_loading)
        self.model.reloaded.connect(self._list_reloaded)
        self.model.failed.connect(self._list_failed)

        self.form: RecordForm = self.make_form()
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setEnabled(False)
        self.archive_button = QPushButton(icon("archive"), self.tr("Archive"))
        self.archive_button.setVisible(self.can_archive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.form)
        detail_layout.addLayout(buttons)
        detail_layout.addStretch(1)
        scroll = self.detail_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setMinimumWidth(320)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.requery)
        self.search.textChanged.connect(self._debounce.start)
        self.show_archived.toggled.connect(self.requery)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.form.dirty_changed.connect(self._enable_save)
        self.form.saving_changed.connect(self._enable_save)
        self.form.saved.connect(self._saved)
        self._page_saved = False
        """The list's page came with the form's save (_saved_page_read)."""
        self.form.saved_read_offers.append(self._saved_page_read)
        self.form.shown_record.connect(self._update_archive_button)
        self.form.unreadable.connect(self._unreadable)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archive)
        # Until a record is chosen or New is pressed, the form is empty and inactive.
        self.form.load(None, None, self.new_defaults())
        self.form.setEnabled(False)
        self.archive_button.setEnabled(False)

    # --- what subclasses provide ---------------------------------------------------------

    def make_model(self) -> PagedTableModel[Any]:
        raise NotImplementedError

    def make_form(self) -> RecordForm:
        raise NotImplementedError

    def open_in_form(self, record_id: int) -> None:
        """Load record `record_id` into the form."""
        raise NotImplementedError

    def new_defaults(self) -> dict[str, Any]:
        return {}

    def search_hint(self) -> str:
        """The search box's placeholder ('Search suppliers…')."""
        return self.tr("Search records…")

    def count_text(self, count: int) -> str:
        """'1,234 suppliers': the list's total in its own words (subclasses say which)."""
        # RecordView.tr: the base's own words, also for a subclass (self.tr would look
        # for a plural under the subclass's name and not find it). PySide6 takes tr() on
        # the class, lupdate reads it so; the stubs know only the instance method.
        text = RecordView.tr("%Ln record(s)", "", count)  # type: ignore[arg-type]
        return text

    def archive(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError

    def is_archived(self, record_id: int) -> bool:
        return False

    # --- actions -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again as it is asked for now (F5, a change saved here or by
        others), off the UI thread: as many rows as are loaded, and when they come the
        selected record still selected and the list scrolled where it was."""
        self._scrolled_to = self.table.verticalScrollBar().value()
        self.model.reload(keep_loaded=True)

    def requery(self) -> None:
        """The search or a filter changed: the first page of the new list, from the top."""
        self._scrolled_to = None
        self.model.reload()

    def loading(self) -> bool:
        """The list or the record is being read, or a search typed waits out its
        debounce (the list shown is not yet the one asked for)."""
        return self._debounce.isActive() or self.model.loading or self.form.reading()

    def _list_loading(self, loading: bool) -> None:
        self.loading_label.setVisible(loading and not self.model.rowCount())

    def _list_reloaded(self) -> None:
        self.loading_label.hide()
        if self._current_id is not None:
            self.select(self._current_id, load=False)
        if self._scrolled_to is not None:
            bar = self.table.verticalScrollBar()
            bar.setValue(min(self._scrolled_to, bar.maximum()))
            self._scrolled_to = None
        self.status_changed.emit()

    def _list_failed(self, exc: object) -> None:
        self.loading_label.hide()
        if isinstance(exc, ServiceError):
            show_error(self, exc)
        elif isinstance(exc, BaseException):
            raise exc

    def _unreadable(self, record_id: int) -> None:
        """The record could not be read (the form said why): nothing is selected."""
        if record_id == self._current_id:
            self._current_id = None
            self.form.setEnabled(False)

    def select(self, record_id: int, *, load: bool = True) -> None:
        row = self.model.row_of_id(record_id)
        if row is None:
            if load:
                self._current_id = record_id
                self.form.setEnabled(True)
                self._open(record_id)
            return
        self.table.selectionModel().blockSignals(not load)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))

    def new_record(self) -> None:
        if not self.can_leave():
            return
        self._current_id = None
        self.table.clearSelection()
        self.form.setEnabled(True)
        self.form.load(None, None, self.new_defaults())
        self.archive_button.setEnabled(False)
        self.form.setFocus()
        first = next(iter(self.form.bindings.values()), None)
        if first is not None:
            first.widget.setFocus()

    def save(self) -> bool:
        return self.form.save()

    def _enable_save(self, _state: bool = False) -> None:
        """Save is on while something is unsaved, and off while a save is on its way."""
        self.save_button.setEnabled(self.form.is_dirty() and not self.form.saving())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def toggle_archive(self) -> None:
        record_id = self.form.record_id
        if record_id is None or not self.can_archive:
            return
        self.archive_button.setEnabled(False)  # until the change is written
        try:
            archived = self._archived(record_id)
            # Off the UI thread, waited for with a local event loop (the window paints).
            wait_off_ui_thread(lambda: self.archive(record_id, not archived))
        except ServiceError as exc:
            self._update_archive_button()
            show_error(self, exc)
            return
        # Said at once; the record read again confirms it.
        self.form.archived = not archived
        self.form.title.setText(self.form.heading())
        self._update_archive_button()
        self.refresh()
        self.open_in_form(record_id)
        self.data_changed.emit()

    def _archived(self, record_id: int) -> bool:
        """Whether the record is archived: as the form shows it when it is the form's."""
        if self.form.record_id == record_id and not self.form.reading():
            return self.form.archived
        return bool(wait_off_ui_thread(lambda: self.is_archived(record_id)))

    def can_leave(self) -> bool:
        """True if the form may be left: nothing unsaved, or the user saved or discarded it."""
        self.form.wait_for_save()  # a save on its way first says whether it went through
        if not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This {entity} has changes that are not saved.").format(
                entity=shown(self.form.entity).lower()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self.form.record_id is not None:
                self.form.discard()
            else:
                self.form.load(None, None, self.new_defaults())
            return True
        return False

    def status_text(self) -> str:
        """'1,234 suppliers', or '200 of 1,234 suppliers' while the rest are not loaded."""
        loaded = self.model.rowCount()
        total = self.count_text(self.model.total)
        if loaded < self.model.total:
            return self.tr("{loaded} of {total}").format(loaded=number(loaded), total=total)
        return total

    # --- reacting ------------------------------------------------------------------------

    def _row_changed(self, current: Any, previous: Any) -> None:
        if not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id == self._current_id:
            return
        if not self.can_leave():
            # Stay on the record being edited.
            QTimer.singleShot(0, lambda: self._reselect_current())
            return
        self._current_id = record_id
        self.form.setEnabled(True)
        self._open(record_id)
        self._update_archive_button()

    def _open(self, record_id: int) -> None:
        """Show the record, or say why not (deleted by someone else meanwhile)."""
        try:
            self.open_in_form(record_id)
        except ServiceError as exc:
            self._current_id = None
            self.form.setEnabled(False)
            show_error(self, exc)

    def _reselect_current(self) -> None:
        if self._current_id is not None:
            self.select(self._current_id, load=False)
        else:
            self.table.clearSelection()

    def _saved(self, record_id: int) -> None:
        self._current_id = record_id
        if not self._page_saved:
            self.refresh()
        self._page_saved = False
        self._update_archive_button()
        self.data_changed.emit()

    def _saved_page_read(self) -> SavedRead | None:
        """The list as refresh reads it, read with a save of the form (ui.forms.saved_reads):
        the saved record selected in it and the list scrolled where it was, unless the
        list was asked for again meanwhile (a search typed: that answer is newer)."""
        plan = self.model.reload_plan(keep_loaded=True)
        if not isinstance(plan, PagePlan) or plan.together is None:
            return None  # read after the save, beside the form's own read
        planned_at = self.model.reloads
        scrolled = self.table.verticalScrollBar().value()

        def show(record_id: int, answer: Any) -> None:
            if isinstance(answer, BaseException):
                return  # _saved reads it again
            self._current_id = record_id
            self._scrolled_to = scrolled
            self._page_saved = self.model.show_reloaded(planned_at, answer)
            if not self._page_saved:
                self._scrolled_to = None

        return SavedRead(lambda session, _record_id: plan.read_in(session), show)

    def _update_archive_button(self) -> None:
        record_id = self.form.record_id
        self.archive_button.setEnabled(record_id is not None)
        if record_id is not None and self.can_archive:
            archived = self.form.archived  # as last read with the record
            self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
            self.archive_button.setIcon(icon("restore" if archived else "archive"))

    # --- column widths -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            QTimer.singleShot(0, self._fit_once)

    def _fit_once(self) -> None:
        if self._fitted or not self.isVisible() or not self.model.loaded:
            return
        self._fitted = True
        fit_columns(self.table, self.stretch_column)

    # --- remembered layout -----------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.kind}/splitter", self.splitter.saveState())
        settings.setValue(f"{self.kind}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self.kind}/header_columns", self.model.columnCount())
        self.column_chooser.save()

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"{self.kind}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value(f"{self.kind}/header")
        count = settings.value(f"{self.kind}/header_columns")
        # A layout saved for other columns (an older version's) would misplace widths.
        if isinstance(header, QByteArray) and str(count) == str(self.model.columnCount()):
            self._fitted = self.table.horizontalHeader().restoreState(header)
        self.column_chooser.restore(settings)
