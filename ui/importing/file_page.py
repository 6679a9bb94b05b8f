"""Step 1 of the import wizard: the file and how to read it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.messages import translate
from app.store.database import Database
from ui.i18n import shown
from ui.lookups import supplier_search
from ui.widgets import RecordPicker, country_combo

LAST_FOLDER_KEY = "import/last-folder"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")
SPREADSHEET_PATTERNS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"
NUMBER_CHOICES = (
    (translate("FilePage", "Automatic (found per column)"), None),
    (translate("FilePage", "1.234,56 (decimal comma)"), "comma"),
    (translate("FilePage", "1,234.56 (decimal point)"), "point"),
)
DATE_CHOICES = (
    (translate("FilePage", "Automatic (found per column)"), None),
    (translate("FilePage", "Day first (31/12/2026)"), "dmy"),
    (translate("FilePage", "Month first (12/31/2026)"), "mdy"),
    (translate("FilePage", "Year first (2026-12-31)"), "ymd"),
)


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SPREADSHEET_SUFFIXES


def dropped_spreadsheet(urls: Sequence[QUrl]) -> Path | None:
    """The first local spreadsheet among dropped URLs."""
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if is_spreadsheet(path):
                return path
    return None


def _combo(choices: tuple[tuple[str, str | None], ...]) -> QComboBox:
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(shown(text), value)
    return combo


class FilePage(QWidget):
    """Which file, what it holds, which sheet, where its header is, how its numbers and
    dates are written, and the country of rows that name none."""

    file_chosen = Signal(object)
    """A Path: the wizard reads its sheets."""
    changed = Signal()

    def __init__(self, database: Database, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("file-path")
        self.path_edit.setPlaceholderText(
            self.tr("Type or paste the file's path, choose it, or drop it on this window")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("choose-file")
        self.browse_button.clicked.connect(self.browse)
        self.file_info = QLabel()
        self.file_info.setStyleSheet("color: #666;")
        self.path_problem = QLabel()
        self.path_problem.setObjectName("file-path-problem")
        self.path_problem.setStyleSheet("color: #c0392b;")
        self.path_problem.setWordWrap(True)
        self.path_problem.hide()
        info_row = QVBoxLayout()
        info_row.setSpacing(0)
        info_row.addWidget(self.path_problem)
        info_row.addWidget(self.file_info)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        self.suppliers_radio = QRadioButton(self.tr("A list of suppliers"))
        self.price_list_radio = QRadioButton(self.tr("A supplier's price list"))
        self.suppliers_radio.setChecked(True)
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.suppliers_radio)
        self.target_group.addButton(self.price_list_radio)
        self.supplier_picker = RecordPicker(
            supplier_search(database), self.tr("Type a supplier's name…")
        )
        self.supplier_hint = QLabel(
            self.tr(
                "Leave empty when the sheet has a supplier column (each row names its supplier)."
            )
        )
        self.supplier_hint.setStyleSheet("color: #666;")
        self.supplier_hint.setWordWrap(True)
        holds = QVBoxLayout()
        holds.addWidget(self.suppliers_radio)
        holds.addWidget(self.price_list_radio)
        picker_row = QHBoxLayout()
        picker_row.setContentsMargins(24, 0, 0, 0)
        picker_row.addWidget(QLabel(self.tr("Supplier:")))
        picker_row.addWidget(self.supplier_picker, 1)
        picker_row.addStretch(1)
        holds.addLayout(picker_row)
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(24, 0, 0, 0)
        hint_row.addWidget(self.supplier_hint)
        holds.addLayout(hint_row)

        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(24)
        self.all_sheets = QCheckBox(self.tr("All sheets with these columns"))
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo, 1)
        sheet_row.addWidget(self.all_sheets)
        sheet_row.addStretch(1)

        self.header_row = QSpinBox()
        self.header_row.setRange(0, 10_000)
        self.header_row.setSpecialValueText(self.tr("Automatic"))
        self.header_row.setToolTip(
            self.tr(
                "The row that holds the column names; Automatic finds it (title rows above "
                "it are skipped)"
            )
        )
        self.numbers = _combo(NUMBER_CHOICES)
        self.dates = _combo(DATE_CHOICES)
        self.country = country_combo()
        country_edit = self.country.lineEdit()
        if country_edit is not None:
            country_edit.setPlaceholderText(self.tr("None: every row names its country"))
        self.country.setToolTip(
            self.tr("Given to rows without a country (a sheet from one country)")
        )

        for narrow in (self.numbers, self.dates, self.country):
            narrow.setMinimumWidth(300)
            narrow.setMaximumWidth(420)
        self.sheet_combo.setMaximumWidth(420)
        self.header_row.setMinimumWidth(120)
        self.header_row.setMaximumWidth(160)
        self.supplier_picker.setMaximumWidth(420)
        intro = QLabel(
            self.tr(
                "Import a list of suppliers, or one supplier's prices, from Excel (.xlsx, .xls), "
                "LibreOffice (.ods) or text (.csv, .tsv). Nothing is written until the last "
                "step, and an import can be undone."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("File:"), file_row)
        form.addRow("", info_row)
        form.addRow(self.tr("It holds:"), holds)
        form.addRow(self.tr("Sheet:"), sheet_row)
        form.addRow(self.tr("Header row:"), self.header_row)
        form.addRow(self.tr("Numbers:"), self.numbers)
        form.addRow(self.tr("Dates:"), self.dates)
        form.addRow(self.tr("Default country:"), self.country)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)

        self.path: Path | None = None
        self.sheets_ready = False
        self.target_group.buttonToggled.connect(self._target_changed)
        self.all_sheets.toggled.connect(self._sheets_changed)
        for signal in (
            self.sheet_combo.currentIndexChanged,
            self.header_row.valueChanged,
            self.numbers.currentIndexChanged,
            self.dates.currentIndexChanged,
            self.country.currentTextChanged,
            self.supplier_picker.picked,
        ):
            signal.connect(lambda *_: self.changed.emit())
        self._target_changed()
        self.set_sheets(None)

    # --- the file ----------------------------------------------------------------------

    def browse(self) -> None:
        folder = str(self.settings.value(LAST_FOLDER_KEY, str(Path.home())))
        filters = ";;".join(
            (
                self.tr("Spreadsheets") + f" ({SPREADSHEET_PATTERNS})",
                self.tr("All files") + " (*)",
            )
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), folder, filters
        )
        if chosen:
            self.set_path(Path(chosen))

    def _path_typed(self) -> None:
        """Enter in the path field, or leaving it: load the file typed or pasted there."""
        text = self.path_edit.text().strip().strip('"').strip("'")
        if text.startswith("file:"):
            text = QUrl(text).toLocalFile() or text
        if not text:
            self._say_path_problem(None)
            if self.path is not None:
                self.path_edit.setText(str(self.path))
            return
        path = Path(text).expanduser()
        if self.path is not None and path == self.path and self.sheets_ready:
            self._say_path_problem(None)
            return
        if not path.exists():
            self._say_path_problem(
                self.tr("File: there is no file at this path; check it, or use Choose…")
            )
        elif not path.is_file():
            self._say_path_problem(
                self.tr("File: this path is a folder; add the file's name, or use Choose…")
            )
        else:
            self.set_path(path)

    def _say_path_problem(self, text: str | None) -> None:
        self.path_problem.setText(text or "")
        self.path_problem.setVisible(bool(text))
        self.file_info.setVisible(not text)
        self.changed.emit()

    def set_path(self, path: Path) -> None:
        self.path_problem.setText("")
        self.path_problem.hide()
        self.file_info.show()
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        self.path = path
        self.path_edit.setText(str(path))
        self.path_edit.setCursorPosition(0)
        self.set_sheets(None)
        self.file_info.setText(self.tr("Reading the sheets…"))
        self.file_chosen.emit(path)

    def set_sheets(self, names: list[str] | None, kind: str = "") -> None:
        """The sheets read from the file (None while reading, or when it failed)."""
        self.sheets_ready = names is not None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in names or []:
            self.sheet_combo.addItem(name)
        self.sheet_combo.blockSignals(False)
        several = bool(names) and len(names or []) > 1
        self.sheet_combo.setEnabled(several and not self.all_sheets.isChecked())
        self.all_sheets.setEnabled(several)
        if not several:
            self.all_sheets.setChecked(False)
        if names is not None:
            self.file_info.setText(self.file_text(kind, len(names)))
        self.changed.emit()

    def file_text(self, kind: str, sheets: int) -> str:
        """'CSV file, 1 sheet', 'XLSX file, 3 sheets', 'File' (no kind, no sheets)."""
        kind = kind.upper()
        if kind and sheets:
            text = self.tr("{kind} file, %n sheet(s)", "", sheets).format(kind=kind)
        elif sheets:
            text = self.tr("File, %n sheet(s)", "", sheets)
        elif kind:
            return self.tr("{kind} file").format(kind=kind)
        else:
            return self.tr("File")
        return text

    def file_failed(self) -> None:
        self.file_info.setText("")

    # --- the options -------------------------------------------------------------------

    def _target_changed(self, *_: Any) -> None:
        price_list = self.price_list_radio.isChecked()
        self.supplier_picker.setEnabled(price_list)
        self.supplier_hint.setEnabled(price_list)
        self.country.setEnabled(not price_list)
        self.changed.emit()

    def _sheets_changed(self, checked: bool) -> None:
        self.sheet_combo.setEnabled(not checked and self.sheet_combo.count() > 1)
        self.changed.emit()

    @property
    def target(self) -> str:
        return "price-list" if self.price_list_radio.isChecked() else "suppliers"

    def options(self) -> Any:
        """The ImportOptions these widgets say (no column mapping yet)."""
        from app.importing.plan import ImportOptions

        sheet = self.sheet_combo.currentText() or None
        header = self.header_row.value()
        price_list = self.target == "price-list"
        country = self.country.value() if not price_list else ""
        if self.country.findData(country) < 0:
            country = ""
        return ImportOptions(
            target="price-list" if price_list else "suppliers",
            sheet=None if self.all_sheets.isChecked() else sheet,
            all_sheets=self.all_sheets.isChecked(),
            header_row=header or None,
            decimal=self.numbers.currentData(),
            date_order=self.dates.currentData(),
            default_country=country or None,
            supplier_id=self.supplier_picker.value() if price_list else None,
        )

    def problem(self) -> str | None:
        """Why Next cannot go on yet, or None."""
        if self.path_problem.text():
            return self.path_problem.text()
        if self.path is None:
            return self.tr("Choose the file to import.")
        if not self.sheets_ready:
            return None  # reading: Next waits, the progress says so
        if not self.price_list_radio.isChecked():
            code = self.country.value()
            if code and self.country.findData(code) < 0:
                return self.tr("Default country: '{code}' is not in the list.").format(code=code)
        elif self.supplier_picker.text().strip() and self.supplier_picker.value() is None:
            return self.tr("Supplier: pick '{name}' from the list.").format(
                name=self.supplier_picker.text().strip()
            )
        return None
