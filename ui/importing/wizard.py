"""The import wizard: a spreadsheet of suppliers (or a supplier's price list) into the
database in four steps: the file and its options, what each column holds, a preview of
every row, and the import itself, which can be undone.

Reading, previewing, importing and undoing run off the UI thread (ui.importing.runner)
with their own database session; the dialog shows their progress and has Cancel. A
cancelled import writes nothing: the commit runs in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.importing.jobs import (
    Cancel,
    ColumnsFound,
    Progress,
    SheetList,
    commit,
    preview_file,
    read_columns,
    read_sheets,
    undo,
    with_mapping,
)
from app.messages import translate
from app.store.database import Database
from ui.i18n import shown
from ui.importing.file_page import FilePage, dropped_spreadsheet
from ui.importing.mapping_page import MappingPage
from ui.importing.preview_page import PreviewPage
from ui.importing.result_page import ResultPage
from ui.importing.runner import ProgressPanel, Task, Work

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.importing.batch import CommitResult
    from app.importing.plan import Preview
    from app.importing.undo import UndoResult

FILE, COLUMNS, PREVIEW, RESULT = range(4)
STEPS = (
    translate("ImportWizard", "File"),
    translate("ImportWizard", "Columns"),
    translate("ImportWizard", "Preview"),
    translate("ImportWizard", "Import"),
)
ERROR_STYLE = "color: #c0392b;"
HINT_STYLE = "color: #666;"


def error_text(exc: BaseException) -> str:
    """One line for the dialog: a service error's own message, else what happened and
    where the details were written (never a traceback)."""
    from ui import i18n

    if isinstance(exc, ServiceError):
        return i18n.error_text(exc)
    from app.crashlog import describe

    return QCoreApplication.translate("ImportWizard", "Something went wrong: {details}").format(
        details=shown(describe(exc))
    )


class ImportWizard(QDialog):
    data_changed = Signal()
    """An import or an undo changed the database: the window refreshes its views."""

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setObjectName("import-wizard")
        self.setSizeGripEnabled(True)
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 520)
        self.resize(1000, 680)

        self.steps = QLabel()
        self.steps.setObjectName("wizard-steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.file_page = FilePage(database, settings)
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage(settings)
        self.result_page = ResultPage()
        self.stack = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.stack.addWidget(page)
        self.error_line = QLabel()
        self.error_line.setObjectName("wizard-error")
        self.error_line.setStyleSheet(ERROR_STYLE)
        self.error_line.setWordWrap(True)
        self.error_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_line.hide()
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.progress = ProgressPanel()
        self.back_button = QPushButton(self.tr("‹ Back"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_line)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.task: Task | None = None
        self.columns: ColumnsFound | None = None
        self.columns_read_for: tuple[Any, ...] | None = None
        self.preview: Preview | None = None
        self.commit_result: CommitResult | None = None
        self.undone: UndoResult | None = None

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._let_go_of_preview)
        self.file_page.file_chosen.connect(self._read_sheets)
        self.file_page.changed.connect(self._update)
        self.mapping_page.changed.connect(self._update)
        self.preview_page.changed.connect(self._update)
        self.preview_page.failed.connect(self.show_error)
        self.result_page.undo_button.clicked.connect(self.undo_import)
        self.go(FILE)
        if path is not None:
            self.file_page.set_path(path)

    # --- pages -------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        marks = []
        for number, name in enumerate(STEPS):
            text = f"{number + 1}. {shown(name)}"
            marks.append(
                f"<b>{text}</b>" if number == page else f"<span style='color:#888'>{text}</span>"
            )
        self.steps.setText("  ›  ".join(marks))
        self._update()

    def _update(self) -> None:
        """Buttons and hints for the current page and state."""
        busy = self.task is not None and self.task.running
        page = self.page
        problem: str | None = None
        if page == FILE:
            problem = self.file_page.problem()
            ready = self.file_page.sheets_ready and problem is None
        elif page == COLUMNS:
            self.mapping_page.options = self.file_page.options()
            problem = self.mapping_page.problem()
            ready = problem is None
            problem = None  # the page names the missing fields in red itself
        elif page == PREVIEW:
            problem = self._nothing_to_import()
            ready = problem is None
        else:
            ready = False
        self.back_button.setVisible(page in (COLUMNS, PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page != RESULT)
        self.next_button.setEnabled(ready and not busy)
        self.next_button.setText(
            {
                FILE: self.tr("Next ›"),
                COLUMNS: self.tr("Preview ›"),
                PREVIEW: self.tr("Import"),
            }.get(page, "")
        )
        self.close_button.setText(
            self.tr("Close") if page == RESULT or not busy else self.tr("Cancel")
        )
        self.hint.setText(problem or "")
        self.next_button.setToolTip(problem or "")

    def _nothing_to_import(self) -> str | None:
        from app.importing.plan import Decision, RowStatus

        if self.preview is None:
            return None
        something = self.preview.rows.count_where(
            "status IN (?, ?) OR take_new = 1 OR (status = ? AND decision != ?)",
            (RowStatus.CREATE, RowStatus.UPDATE, RowStatus.DUPLICATE, Decision.SKIP),
        )
        if something:
            return None
        return self.tr("Nothing to import: every row is unchanged, skipped or has an error.")

    # --- the buttons -------------------------------------------------------------------

    def next(self) -> None:
        if not self.next_button.isEnabled():
            return
        self.clear_error()
        if self.page == FILE:
            self._to_columns()
        elif self.page == COLUMNS:
            self._run_preview()
        elif self.page == PREVIEW:
            self._run_commit()

    def back(self) -> None:
        if self.task is not None and self.task.running:
            return
        self.clear_error()
        if self.page == PREVIEW:
            self.go(COLUMNS)
        elif self.page == COLUMNS:
            self.go(FILE)

    def _replace_preview(self, preview: Preview | None) -> None:
        """Show `preview` from now on; the one before is closed (its rows' temporary
        file removed)."""
        old = self.preview
        self.preview = preview
        if old is not None and old is not preview:
            if self.preview_page.preview is old:
                self.preview_page.release()
            old.close()

    def _let_go_of_preview(self, _result: int = 0) -> None:
        self._replace_preview(None)

    def reject(self) -> None:
        """Close; while work runs, Close (or Esc) cancels it first."""
        if self.task is not None and self.task.running:
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.task is not None and self.task.running:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.page == PREVIEW:
            event.accept()  # Enter in a table must not start the import
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.focusWidget() is self.file_page.path_edit
        ):
            event.accept()  # Enter in the path field loads the file typed; Next waits for it
            return
        super().keyPressEvent(event)

    # --- messages ----------------------------------------------------------------------

    def show_error(self, exc: BaseException | str) -> None:
        self.error_line.setText(exc if isinstance(exc, str) else error_text(exc))
        self.error_line.show()

    def clear_error(self) -> None:
        self.error_line.setText("")
        self.error_line.hide()

    # --- background work ---------------------------------------------------------------

    def _run(
        self,
        title: str,
        work: Work,
        done: Callable[[Any], None],
        *,
        cancellable: bool = True,
        cancelled: str = "",
        keep_result_if_cancelled: bool = False,
    ) -> Task:
        task = Task(title, work)
        self.task = task

        def finished(result: Any) -> None:
            if task.cancelled.is_set() and not keep_result_if_cancelled:
                self.show_error(cancelled or self.tr("Cancelled."))
            else:
                done(result)
            self._update()

        def failed(exc: BaseException) -> None:
            from app.importing.plan import ImportCancelledError

            if isinstance(exc, ImportCancelledError) and cancelled:
                self.show_error(cancelled)
            else:
                self.show_error(exc)
            self._update()

        task.finished.connect(finished)
        task.failed.connect(failed)
        self.progress.follow(task, cancellable)
        task.start()
        self._update()
        return task

    def _read_sheets(self, path: Path) -> None:
        self.clear_error()
        self.columns = None
        self.columns_read_for = None
        self._replace_preview(None)
        self.setWindowTitle(self.tr("Import a spreadsheet: {file}").format(file=path.name))

        def done(sheets: SheetList) -> None:
            if self.file_page.path == path:
                self.file_page.set_sheets(sheets.names, sheets.kind)

        def work(progress: Progress, cancel: Cancel) -> SheetList:
            return read_sheets(path)

        task = self._run(
            self.tr("Opening {file}…").format(file=path.name),
            work,
            done,
            cancelled=self.tr("Reading the file was cancelled."),
        )
        task.failed.connect(lambda _exc: self.file_page.file_failed())

    def _columns_key(self) -> tuple[Any, ...]:
        o = self.file_page.options()
        return (self.file_page.path, o.target, o.sheet, o.all_sheets, o.header_row)

    def _to_columns(self) -> None:
        key = self._columns_key()
        options = self.file_page.options()
        if self.columns is not None and key == self.columns_read_for:
            self.mapping_page.load(self.columns, options, choices=self.mapping_page.choices())
            self.go(COLUMNS)
            return
        path = self.file_page.path
        assert path is not None
        database = self.database

        def work(progress: Progress, cancel: Cancel) -> ColumnsFound:
            return read_columns(database, path, options)

        def done(found: ColumnsFound) -> None:
            self.columns = found
            self.columns_read_for = key
            self._replace_preview(None)
            self.mapping_page.load(found, options)
            self.go(COLUMNS)

        self._run(
            self.tr("Reading the columns of {file}…").format(file=path.name),
            work,
            done,
            cancelled=self.tr("Cancelled."),
        )

    def preview_options(self) -> Any:
        assert self.columns is not None
        options = with_mapping(self.file_page.options(), self.columns, self.mapping_page.choices())
        return replace(options, offer_product=self.mapping_page.chosen_product())

    def _run_preview(self) -> None:
        path = self.file_page.path
        assert path is not None
        options = self.preview_options()
        database = self.database

        def work(progress: Progress, cancel: Cancel) -> Preview:
            return preview_file(database, path, options, progress, cancel)

        def done(preview: Preview) -> None:
            self._replace_preview(preview)
            self.preview_page.show_preview(preview)
            self.go(PREVIEW)

        self._run(
            self.tr("Checking every row of {file}…").format(file=path.name),
            work,
            done,
            cancelled=self.tr("Preview cancelled: nothing was changed."),
        )

    def _run_commit(self) -> None:
        preview = self.preview
        assert preview is not None
        database = self.database

        def work(progress: Progress, cancel: Cancel) -> CommitResult:
            return commit(database, preview, progress, cancel)

        def done(result: CommitResult) -> None:
            self.commit_result = result
            self._replace_preview(None)
            self.result_page.show_result(result, preview.path.name, preview.options.target)
            self.go(RESULT)
            self.data_changed.emit()

        self._run(
            self.tr("Importing {file}…").format(file=preview.path.name),
            work,
            done,
            cancelled=self.tr("Import cancelled: nothing was written to the database."),
            keep_result_if_cancelled=True,
        )

    # --- undo --------------------------------------------------------------------------

    def confirm_undo(self, batch_id: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Undo the import"),
            self.tr(
                "Undo import {number}? The suppliers it created are deleted and the fields it "
                "changed get their earlier values back (records edited since are kept)."
            ).format(number=batch_id),
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo_import(self) -> None:
        result = self.commit_result
        if result is None or not self.confirm_undo(result.batch_id):
            return
        database = self.database
        self.clear_error()

        def work(progress: Progress, cancel: Cancel) -> UndoResult:
            return undo(database, result.batch_id, progress, cancel)

        def done(undone: UndoResult) -> None:
            self.undone = undone
            self.result_page.show_undone(undone)
            self.data_changed.emit()

        self.result_page.undo_button.setEnabled(False)
        task = self._run(
            self.tr("Undoing import {number}…").format(number=result.batch_id),
            work,
            done,
            cancelled=self.tr("Undo cancelled: the import is still in place."),
        )
        task.failed.connect(lambda _exc: self.result_page.undo_button.setEnabled(True))

    # --- drag and drop -----------------------------------------------------------------

    def can_take(self, path: Path) -> bool:
        """Whether a new file can replace this one: not while work runs, nor once an
        import is done (its result and Undo stay on screen)."""
        return self.page != RESULT and not (self.task is not None and self.task.running)

    def take_file(self, path: Path) -> None:
        self.go(FILE)
        self.file_page.set_path(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        path = dropped_spreadsheet(mime.urls()) if mime.hasUrls() else None
        if path is not None and self.can_take(path):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_spreadsheet(event.mimeData().urls())
        if path is None or not self.can_take(path):
            event.ignore()
            return
        event.acceptProposedAction()
        self.take_file(path)


def open_import_wizard(
    parent: QWidget | None,
    database: Database,
    settings: QSettings,
    path: Path | None = None,
    on_changed: Callable[[], None] | None = None,
) -> ImportWizard:
    """Show the wizard (not modal: the window stays usable to look things up)."""
    wizard = ImportWizard(database, settings, parent, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_changed is not None:
        wizard.data_changed.connect(on_changed)
    wizard.show()
    return wizard
