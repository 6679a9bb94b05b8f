"""Step 2 of the import wizard: what each column of the file holds.

One line per column: its letter, its header, a few values under it, the field it fills
(Ignore, Note, or one of the target's fields) and how sure the suggestion was. A field
goes to one column at most: choosing it for a second column takes it from the first.
Required fields no column fills are named in red and keep the wizard from going on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.importing.fields import NOTE, TARGETS
from app.importing.plan import ImportOptions
from app.importing.source import column_letter
from app.messages import translate
from ui.i18n import shown

if TYPE_CHECKING:
    from app.importing.jobs import ColumnsFound
    from app.importing.mapping import ColumnChoice

IGNORE_TEXT = translate("MappingPage", "Ignore")
NOTE_TEXT = translate("MappingPage", "Note (added to the notes)")
MISSING_STYLE = "color: #c0392b; font-weight: 600;"
LOW_CONFIDENCE = 0.8
LOW_COLOUR = QColor("#a86400")
COLUMNS = (
    translate("MappingPage", "Column"),
    translate("MappingPage", "Header"),
    translate("MappingPage", "Values in the file"),
    translate("MappingPage", "Imported as"),
    translate("MappingPage", "Confidence"),
)
COMBO_COLUMN = 3
MATCH_COLUMN = 4


class MappingPage(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("mapping-table")
        self.table.setHorizontalHeaderLabels([shown(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMBO_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MATCH_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing-fields")
        self.missing_label.setStyleSheet(MISSING_STYLE)
        self.missing_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #666;")
        self.message.setWordWrap(True)
        self.offer_product = QComboBox()
        self.offer_product.setObjectName("offer-product")
        self.offer_product.setEditable(True)
        self.offer_product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.offer_product.setMinimumContentsLength(32)
        line = self.offer_product.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("the product the prices are for, in rows that name none"))
        completer = self.offer_product.completer()
        assert completer is not None
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.offer_product_row = QWidget()
        product_form = QFormLayout(self.offer_product_row)
        product_form.setContentsMargins(0, 0, 0, 0)
        product_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        product_form.addRow(self.tr("Product of the prices:"), self.offer_product)
        self.offer_product_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.offer_product_row)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []
        self.found: ColumnsFound | None = None
        self.options = ImportOptions()
        self.touched: set[int] = set()

    # --- loading -------------------------------------------------------------------------

    def load(
        self,
        found: ColumnsFound,
        options: ImportOptions,
        *,
        choices: list[ColumnChoice] | None = None,
    ) -> None:
        """Show `found` (and the user's earlier `choices` for the same header, if any)."""
        self.found = found
        self.options = options
        self.touched = set()
        chosen = choices if choices is not None else found.choices
        if choices is not None:
            self.touched = {
                c.column for c, f in zip(choices, found.choices, strict=False) if c.field != f.field
            }
        self.intro.setText(self.intro_text(found))
        self.table.setRowCount(len(found.headers))
        self.combos = []
        fields = TARGETS[options.target]
        for row, header in enumerate(found.headers):
            samples = found.samples[row] if row < len(found.samples) else []
            self._set(row, 0, column_letter(row))
            self._set(row, 1, header)
            shown_values = "   ·   ".join(samples) if samples else self.tr("(empty)")
            self._set(row, 2, shown_values, "\n".join(samples))
            combo = QComboBox()
            combo.setObjectName(f"field-{row}")
            combo.addItem(shown(IGNORE_TEXT), None)
            combo.addItem(shown(NOTE_TEXT), NOTE)
            combo.insertSeparator(2)
            for spec in fields:
                label = shown(spec.label)
                if spec.required:
                    label = self.tr("{field} (required)").format(field=label)
                combo.addItem(label, spec.key)
            key = chosen[row].field if row < len(chosen) else None
            combo.setCurrentIndex(max(combo.findData(key), 0))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self.table.setCellWidget(row, COMBO_COLUMN, combo)
            self.combos.append(combo)
            self._show_match(row)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 220))
        typed = self.offer_product.currentText()
        self.offer_product.clear()
        self.offer_product.addItems(found.products)
        self.offer_product.setEditText(options.offer_product or typed)
        self.message.setText("")
        self._check()

    def intro_text(self, found: ColumnsFound) -> str:
        """Where the header is and where the choices shown come from."""
        if found.origin == "saved":
            if found.header_row:
                text = self.tr(
                    "The column names are in row {row}. Choose what each column holds; the "
                    "choices shown are the mapping you confirmed for this header last time."
                )
            else:
                text = self.tr(
                    "The file has no header row. Choose what each column holds; the choices "
                    "shown are the mapping you confirmed for this header last time."
                )
        elif found.header_row:
            text = self.tr(
                "The column names are in row {row}. Choose what each column holds; the "
                "choices shown are a suggestion from the column names and their values."
            )
        else:
            text = self.tr(
                "The file has no header row. Choose what each column holds; the choices "
                "shown are a suggestion from the column names and their values."
            )
        return text.format(row=found.header_row) if found.header_row else text

    def _set(self, row: int, column: int, text: str, tip: str = "") -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(tip or text)
        self.table.setItem(row, column, item)

    def _show_match(self, row: int) -> None:
        assert self.found is not None
        combo = self.combos[row]
        suggested = self.found.choices[row] if row < len(self.found.choices) else None
        colour: QColor | None = None
        if combo.currentData() is None:
            text = ""
        elif row in self.touched:
            text = self.tr("your choice")
        elif self.found.origin == "saved":
            text = self.tr("saved mapping")
        elif suggested is not None:
            text = f"{round(suggested.confidence * 100)}%"
            if suggested.confidence < LOW_CONFIDENCE:
                colour = LOW_COLOUR
        else:
            text = ""
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setToolTip(
            self.tr("How sure the suggestion is: check the lower ones")
            if text.endswith("%")
            else text
        )
        if colour is not None:
            item.setForeground(colour)
        self.table.setItem(row, MATCH_COLUMN, item)

    # --- choosing ------------------------------------------------------------------------

    def _chosen(self, row: int) -> None:
        key = self.combos[row].currentData()
        self.touched.add(row)
        self.message.setText("")
        if key is not None and key != NOTE:
            for other, combo in enumerate(self.combos):
                if other != row and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    self.touched.add(other)
                    self._show_match(other)
                    self.message.setText(
                        self.tr(
                            "{field} was column {column}; column {column} is now ignored."
                        ).format(field=self.combos[row].currentText(), column=column_letter(other))
                    )
        self._show_match(row)
        self._check()
        self.changed.emit()

    def choose(self, column: int, key: str | None) -> None:
        """Set column `column` to field `key` (None: ignore), as the user would."""
        combo = self.combos[column]
        index = combo.findData(key)
        if index < 0:
            raise KeyError(key)
        combo.setCurrentIndex(index)

    def chosen_product(self) -> str | None:
        """The product typed or picked for the prices (None when no price column is
        mapped, or the field is empty)."""
        if not self._prices_mapped():
            return None
        return self.offer_product.currentText().strip() or None

    def _prices_mapped(self) -> bool:
        return self.target == "suppliers" and any(
            combo.currentData() == "offer.price" for combo in self.combos
        )

    @property
    def target(self) -> str:
        return self.options.target

    def choices(self) -> list[ColumnChoice]:
        from app.importing.mapping import ColumnChoice

        assert self.found is not None
        result = []
        for row, header in enumerate(self.found.headers):
            key = self.combos[row].currentData()
            suggested = self.found.choices[row] if row < len(self.found.choices) else None
            confidence = (
                suggested.confidence
                if suggested is not None and suggested.field == key and row not in self.touched
                else 1.0
            )
            result.append(ColumnChoice(row, header, key, confidence if key else 0.0))
        return result

    def missing(self) -> list[str]:
        """Labels of the required fields no column fills (nor an option stands in for),
        in English (app.importing's labels; shown() puts them in the window's language)."""
        return [spec.label for spec in self._missing_specs()]

    def _missing_specs(self) -> list[Any]:
        from app.importing.preview import unmapped_required

        if self.found is None:
            return []
        return list(unmapped_required(self.choices(), self.options))

    def _missing_text(self, specs: list[Any]) -> str:
        return self.tr(", ", "between the fields of a list").join(shown(s.label) for s in specs)

    def _check(self) -> None:
        self.offer_product_row.setVisible(self._prices_mapped())
        specs = self._missing_specs()
        if specs:
            fields = self._missing_text(specs)
            country = any(s.key == "supplier.country" for s in specs)
            if country and self.target == "suppliers":
                text = self.tr(
                    "Required, no column chosen: {fields} (or choose a default country on the "
                    "first page)"
                )
            else:
                text = self.tr("Required, no column chosen: {fields}")
            self.missing_label.setText(text.format(fields=fields))
        self.missing_label.setVisible(bool(specs))

    def problem(self) -> str | None:
        specs = self._missing_specs()
        if specs:
            return self.tr("Choose a column for {fields}.").format(fields=self._missing_text(specs))
        return None
