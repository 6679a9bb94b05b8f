"""Step 3 of the import wizard: what the import would do, before anything is written.

Counts per status (each a filter of the rows), the rows, the problems, the warnings (a
field left empty, the row imported), the possible duplicates with a decision each, the
fields where the file and a recorded supplier (or an earlier row) disagree, and how the
file was read. The user's decisions are written into the Preview's
RowPlans, which the commit then applies.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.importing.plan import Decision, Preview, RowPlan, RowProblem, RowStatus
from app.messages import translate
from ui.i18n import number, shown
from ui.importing.preview_models import (
    DECISION_TEXT,
    STATUS_TEXT,
    ConflictsModel,
    DuplicatesModel,
    PreviewRowsModel,
    ProblemsModel,
)
from ui.worker import run_in_background

ModelIndex = QModelIndex | QPersistentModelIndex
FILTERS: tuple[tuple[RowStatus | None, str], ...] = (
    (None, translate("PreviewPage", "All")),
    (RowStatus.CREATE, translate("PreviewPage", "New")),
    (RowStatus.UPDATE, translate("PreviewPage", "Update")),
    (RowStatus.UNCHANGED, translate("PreviewPage", "Unchanged")),
    (RowStatus.DUPLICATE, translate("PreviewPage", "Possible duplicates")),
    (RowStatus.ERROR, translate("PreviewPage", "Errors")),
)
"""The filter buttons' words (English; shown translated, each with its count)."""
XLSX_PATTERN = "(*.xlsx)"


def _table(model: QAbstractItemModel, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    # Fixed row heights and no size-to-contents over 100,000 rows: scrolling stays smooth.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


class DecisionDelegate(QStyledItemDelegate):
    """The pick list of a possible duplicate's decision: Skip, Create new, Merge into …"""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, DuplicatesModel)
        plan = model.plans[index.row()]
        combo = QComboBox(parent)
        for decision, text in model.choices(plan):
            combo.addItem(text, decision.value)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewPage(QWidget):
    changed = Signal()
    """A decision changed what the import will do."""
    failed = Signal(object)

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.preview: Preview | None = None
        self.counts: Counter[RowStatus] = Counter()
        self.summary = QLabel()
        self.summary.setObjectName("preview-summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")

        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[RowStatus | None, QPushButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for status, _text in FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"filter-{status.value if status else 'all'}")
            button.clicked.connect(lambda _c=False, s=status: self.show_status(s))
            self.filter_group.addButton(button)
            self.filter_buttons[status] = button
            filters.addWidget(button)
        filters.addStretch(1)
        self.filter_buttons[None].setChecked(True)

        self.rows_model = PreviewRowsModel()
        self.rows_table = _table(self.rows_model, 3)
        self.rows_table.setObjectName("preview-rows")
        self.problems_model = ProblemsModel()
        self.problems_table = _table(self.problems_model, 3)
        self.problems_table.doubleClicked.connect(self._problem_activated)
        self.warnings_model = ProblemsModel()
        self.warnings_table = _table(self.warnings_model, 3)
        self.warnings_table.setObjectName("preview-warnings")
        self.warnings_table.doubleClicked.connect(self._warning_activated)
        self.duplicates_model = DuplicatesModel()
        self.duplicates_table = _table(self.duplicates_model, 1)
        self.duplicates_table.setItemDelegateForColumn(
            DuplicatesModel.DECISION, DecisionDelegate(self.duplicates_table)
        )
        self.duplicates_table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.duplicates_table.horizontalHeader().setSectionResizeMode(
            DuplicatesModel.DECISION, QHeaderView.ResizeMode.Stretch
        )
        self.conflicts_model = ConflictsModel()
        self.conflicts_table = _table(self.conflicts_model, 4)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)

        duplicates = QWidget()
        dup_layout = QVBoxLayout(duplicates)
        dup_hint = QLabel(
            self.tr(
                "These rows look like a supplier already recorded (or an earlier row) without "
                "being sure. Choose for each: skip it, create a new supplier, or merge it into "
                "the recorded one (its empty fields are filled)."
            )
        )
        dup_hint.setWordWrap(True)
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(QLabel(self.tr("All of them:")))
        for decision in (Decision.SKIP, Decision.CREATE, Decision.MERGE):
            button = QPushButton(shown(DECISION_TEXT[decision]))
            button.setObjectName(f"all-{decision.value}")
            button.clicked.connect(lambda _c=False, d=decision: self.decide_all(d))
            dup_buttons.addWidget(button)
        dup_buttons.addStretch(1)
        dup_layout.addWidget(dup_hint)
        dup_layout.addLayout(dup_buttons)
        dup_layout.addWidget(self.duplicates_table, 1)

        conflicts = QWidget()
        conflict_layout = QVBoxLayout(conflicts)
        conflict_hint = QLabel(
            self.tr(
                "The file and the recorded supplier disagree on these fields. The recorded "
                "value is kept unless you tick “Use the file's”. Where a new supplier is "
                "named on two rows of the file, the first row's value is kept."
            )
        )
        conflict_hint.setWordWrap(True)
        conflict_layout.addWidget(conflict_hint)
        conflict_layout.addWidget(self.conflicts_table, 1)

        warnings = QWidget()
        warning_layout = QVBoxLayout(warnings)
        warning_hint = QLabel(
            self.tr(
                "These cells could not be read: the rows are imported with the field left "
                "empty. Fix them on the supplier later, or save the rows to fix and import "
                "them again."
            )
        )
        warning_hint.setWordWrap(True)
        warning_layout.addWidget(warning_hint)
        warning_layout.addWidget(self.warnings_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows_table, self.tr("Rows"))
        self.tabs.addTab(self.problems_table, self.tr("Problems"))
        self.tabs.addTab(warnings, self.tr("Warnings"))
        self.tabs.addTab(duplicates, self.tr("Possible duplicates"))
        self.tabs.addTab(conflicts, self.tr("Different values"))
        self.tabs.addTab(self.notes, self.tr("How the file was read"))
        self.PROBLEMS, self.WARNINGS, self.DUPLICATES, self.CONFLICTS, self.NOTES = 1, 2, 3, 4, 5

        self.skip_errors = QRadioButton(self.tr("Skip them, import the rest"))
        self.skip_errors.setToolTip(
            self.tr("The rows with errors are left out; save them to fix them")
        )
        self.stop_on_error = QRadioButton(self.tr("Stop on the first error"))
        self.stop_on_error.setToolTip(self.tr("Nothing is imported while any row has an error"))
        self.skip_errors.setChecked(True)
        self.on_error_group = QButtonGroup(self)
        self.on_error_group.addButton(self.skip_errors)
        self.on_error_group.addButton(self.stop_on_error)
        self.skip_errors.toggled.connect(self._on_error_changed)
        self.save_errors_button = QPushButton(self.tr("Save rows to fix…"))
        self.save_errors_button.setObjectName("save-error-rows")
        self.save_errors_button.setToolTip(
            self.tr(
                "An Excel file with the rows with errors or warnings as they are in the "
                "file, plus a Problem column: fix them there and import it again"
            )
        )
        self.save_errors_button.clicked.connect(self.save_error_rows)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #666;")
        errors_row = QHBoxLayout()
        errors_row.addWidget(QLabel(self.tr("Rows with errors:")))
        errors_row.addWidget(self.skip_errors)
        errors_row.addWidget(self.stop_on_error)
        errors_row.addStretch(1)
        errors_row.addWidget(self.save_errors_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(errors_row)
        layout.addWidget(self.saved_label)
        self.duplicates_model.decided.connect(self._decided)
        self.conflicts_model.toggled.connect(self._decided)

    # --- showing a preview -------------------------------------------------------------

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.counts = preview.counts  # statuses stay as planned; decisions do not move them
        several = len(preview.sheets) > 1
        self.rows_model.set_rows(preview.rows, several, preview.options.target)
        self.problems_model.set_problems(preview.problems)
        self.warnings_model.set_problems(preview.warnings)
        self.duplicates_model.set_plans(preview.rows.with_status(RowStatus.DUPLICATE))
        self.conflicts_model.set_items(preview.rows.conflicts())
        self.notes.setPlainText("\n".join(shown(note) for note in preview.notes))
        self.skip_errors.setChecked(preview.options.on_error != "abort")
        self.stop_on_error.setChecked(preview.options.on_error == "abort")
        self.saved_label.setText("")
        self._update_counts()
        self.show_status(None)
        self.tabs.setCurrentIndex(0)
        self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.rows_table.fontMetrics()
        widest_row = (self.preview.rows.max_row() or 1) if self.preview else 1
        self.rows_table.setColumnWidth(0, metrics.horizontalAdvance(number(widest_row)) + 24)
        widest_status = max(metrics.horizontalAdvance(shown(t)) for t in STATUS_TEXT.values())
        self.rows_table.setColumnWidth(1, widest_status + 16)
        self.rows_table.setColumnWidth(2, 260)
        self.problems_table.setColumnWidth(0, 60)
        self.problems_table.setColumnWidth(1, 140)
        self.problems_table.setColumnWidth(2, 180)
        self.duplicates_table.setColumnWidth(0, 60)
        self.duplicates_table.setColumnWidth(1, 220)
        self.duplicates_table.setColumnWidth(2, 220)
        self.duplicates_table.setColumnWidth(3, 60)
        self.conflicts_table.setColumnWidth(0, 60)
        self.conflicts_table.setColumnWidth(1, 180)
        self.conflicts_table.setColumnWidth(2, 110)
        self.conflicts_table.setColumnWidth(3, 170)

    def _update_counts(self) -> None:
        assert self.preview is not None
        counts = self.counts
        total = len(self.preview.rows)
        for status, text in FILTERS:
            count = total if status is None else counts[status]
            button = self.filter_buttons[status]
            button.setText(f"{shown(text)}  {number(count)}")
            button.setEnabled(bool(count) or status is None)
        errors = counts[RowStatus.ERROR]
        duplicates = counts[RowStatus.DUPLICATE]
        problems = len(self.problems_model.problems)
        self.tabs.setTabText(
            self.PROBLEMS, self.tr("Problems ({count})").format(count=number(problems))
        )
        warned = len(self.warnings_model.problems)
        self.tabs.setTabText(
            self.WARNINGS, self.tr("Warnings ({count})").format(count=number(warned))
        )
        self.tabs.setTabEnabled(self.WARNINGS, bool(warned))
        self.tabs.setTabText(
            self.DUPLICATES,
            self.tr("Possible duplicates ({count})").format(count=number(duplicates)),
        )
        self.tabs.setTabText(
            self.CONFLICTS,
            self.tr("Different values ({count})").format(
                count=number(self.conflicts_model.row_count())
            ),
        )
        self.tabs.setTabEnabled(self.PROBLEMS, bool(self.problems_model.problems))
        self.tabs.setTabEnabled(self.DUPLICATES, bool(duplicates))
        self.tabs.setTabEnabled(self.CONFLICTS, bool(self.conflicts_model.row_count()))
        for widget in (self.skip_errors, self.stop_on_error):
            widget.setEnabled(bool(errors))
        self.save_errors_button.setEnabled(bool(errors or warned))
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        assert self.preview is not None
        p = self.preview
        counts = self.counts
        separator = self.tr(", ", "between the parts of a list")

        def n(text: str, count: int) -> str:
            return text

        created, updated = counts[RowStatus.CREATE], counts[RowStatus.UPDATE]
        unchanged = counts[RowStatus.UNCHANGED]
        parts = [
            n(self.tr("%n new", "rows", created), created),
            n(self.tr("%n to update", "rows", updated), updated),
            n(self.tr("%n unchanged", "rows", unchanged), unchanged),
        ]
        duplicates = counts[RowStatus.DUPLICATE]
        if duplicates:
            chosen = p.rows.count_decisions()
            skipped = chosen[Decision.SKIP]
            made = chosen[Decision.CREATE]
            merged = chosen[Decision.MERGE]
            decided = [
                text
                for count, text in (
                    (skipped, n(self.tr("%n skipped", "possible duplicates", skipped), skipped)),
                    (made, n(self.tr("%n created", "possible duplicates", made), made)),
                    (merged, n(self.tr("%n merged", "possible duplicates", merged), merged)),
                )
                if count
            ]
            parts.append(
                n(
                    self.tr("%n possible duplicate(s) ({decided})", "", duplicates),
                    duplicates,
                ).format(decided=separator.join(decided))
            )
        errors = counts[RowStatus.ERROR]
        if errors:
            parts.append(n(self.tr("%n with errors", "rows", errors), errors))
        warned = p.rows.count_where("warnings > 0 AND status != ?", (RowStatus.ERROR.value,))
        if warned:
            parts.append(n(self.tr("%n imported with a field left empty", "", warned), warned))
        name = p.path.name
        if len(p.sheets) > 1:
            name = self.tr("{file} ({sheets})").format(file=name, sheets=separator.join(p.sheets))
        rows = len(p.rows)
        return n(self.tr("{file}: %n row(s): {parts}", "", rows), rows).format(
            file=name, parts=separator.join(parts)
        )

    # --- filters and navigation --------------------------------------------------------

    def show_status(self, status: RowStatus | None) -> None:
        """Only the rows of `status` (None: every row), in the Rows tab."""
        self.filter_buttons[status].setChecked(True)
        self.rows_model.set_filter(status)
        self.tabs.setCurrentIndex(0)

    def _problem_activated(self, index: QModelIndex) -> None:
        """Double-click on a problem: its row among the errors."""
        self._select(self.problems_model.problems[index.row()], RowStatus.ERROR)

    def _warning_activated(self, index: QModelIndex) -> None:
        """Double-click on a warning: its row among all the rows."""
        self._select(self.warnings_model.problems[index.row()], None)

    def _select(self, problem: RowProblem, status: RowStatus | None) -> None:
        self.show_status(status)
        row = self.rows_model.row_numbered(problem.sheet, problem.row)
        if row is not None:
            self.rows_table.selectRow(row)
            self.rows_table.scrollTo(self.rows_model.index(row, 0))

    def release(self) -> None:
        """Show no preview (the one shown is about to be closed)."""
        self.preview = None
        self.rows_model.set_rows([])
        self.problems_model.set_problems([])
        self.warnings_model.set_problems([])
        self.duplicates_model.set_plans([])
        self.conflicts_model.set_items([])

    # --- the user's decisions ----------------------------------------------------------

    def decide_all(self, decision: Decision) -> None:
        self.duplicates_model.decide_all(decision)

    def _decided(self, plan: RowPlan) -> None:
        self.rows_model.plan_changed(plan)
        self._update_counts()
        self.changed.emit()

    def _on_error_changed(self) -> None:
        if self.preview is not None:
            stop = self.stop_on_error.isChecked()
            self.preview.options = replace(
                self.preview.options, on_error="abort" if stop else "skip"
            )

    def save_error_rows(self) -> None:
        from app.importing.jobs import save_problems
        from ui.export_flow import choose_target

        preview = self.preview
        if preview is None:
            return
        name = self.tr("{file} - rows to fix.xlsx").format(file=preview.path.stem)
        filters = self.tr("Excel workbook") + " " + XLSX_PATTERN
        target = choose_target(self, self.settings, self.tr("Save rows to fix"), name, filters)
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(target.suffix + ".xlsx")
        self.save_errors_button.setEnabled(False)
        self.saved_label.setText(self.tr("Saving {file}…").format(file=target.name))

        def saved(count: Any) -> None:
            self.save_errors_button.setEnabled(True)
            saved_rows = int(count)
            self.saved_label.setText(
                self.tr("%n row(s) to fix saved to {path}", "", saved_rows).format(path=str(target))
            )
            self.saved_to = target

        def failed(exc: BaseException) -> None:
            self.save_errors_button.setEnabled(True)
            self.saved_label.setText("")
            self.failed.emit(exc)

        run_in_background(lambda: save_problems(preview, target), saved, failed)

    saved_to: Path | None = None

    def status_counts(self) -> dict[str, int]:
        """Shown counts by status label (tests)."""
        assert self.preview is not None
        return {STATUS_TEXT[s]: n for s, n in self.counts.items()}
