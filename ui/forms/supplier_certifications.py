"""The supplier's certifications (GlobalG.A.P., HACCP, GACC registration…): one of each
kind, with its certificate number and the date it runs out."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError, ValidationError
from app.queries.supplier_detail import CertificationLine, supplier_certifications
from app.rules.vocabulary import label
from app.services.suppliers import remove_certification, set_certification
from app.store.database import Database
from models import Certification
from ui.errors import show_error
from ui.forms.supplier_panel_base import (
    FieldMarks,
    SupplierPanel,
    list_model,
    list_table,
    selected_row,
)
from ui.icons import icon
from ui.table_model import Column
from ui.widgets import DateField, choice_combo


def _valid_until(line: CertificationLine) -> str:
    if line.valid_until is None:
        return ""
    expired = " (expired)" if line.valid_until < date.today() else ""
    return f"{line.valid_until.isoformat()}{expired}"


COLUMNS: list[Column[CertificationLine]] = [
    Column("Certification", lambda c: c.kind),
    Column("Certificate number", lambda c: c.reference),
    Column("Valid until", _valid_until),
]


class CertificationsPanel(SupplierPanel):
    tab_title = "Certifications"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.model = list_model(COLUMNS, self._rows)
        self.table = list_table(self.model)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 150)
        self.kind = choice_combo([(c.value, label(c)) for c in Certification], allow_empty=False)
        self.reference = QLineEdit(placeholderText="GGN, registration or certificate no.")
        self.valid_until = DateField()
        self.marks = FieldMarks(
            {"kind": self.kind, "reference": self.reference, "valid_until": self.valid_until}
        )
        editor = QFormLayout()
        editor.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor.addRow("Certification", self.kind)
        editor.addRow("Certificate number", self.reference)
        editor.addRow("Valid until", self.valid_until)
        self.save_button = QPushButton(icon("save"), "Add / update")
        self.save_button.setToolTip("Add this certification, or update the one of the same kind")
        self.remove_button = QPushButton("Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        layout.addWidget(self.marks.error)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.reference.returnPressed.connect(self.save)
        self.valid_until.edit.returnPressed.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())

    def _rows(self) -> list[CertificationLine]:
        if self.supplier is None:
            return []
        with self.database.transaction() as session:
            return supplier_certifications(session, self.supplier.id)

    def load(self) -> None:
        try:
            self.model.reload()
        except ServiceError as exc:
            show_error(self, exc)
        self.marks.clear()
        self._picked()
        self.counted.emit()

    def count(self) -> int | None:
        return self.model.total

    def _chosen(self) -> CertificationLine | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def _picked(self) -> None:
        """A chosen row fills the editor, ready to change its number or date."""
        line = self._chosen()
        self.remove_button.setEnabled(line is not None)
        if line is None:
            return
        self.kind.set_value(line.kind.value)
        self.reference.setText(line.reference or "")
        self.valid_until.set_date(line.valid_until)
        self.marks.clear()

    def save(self) -> None:
        if self.supplier is None:
            return
        supplier_id = self.supplier.id
        data = {
            "kind": self.kind.value(),
            "reference": self.reference.text(),
            "valid_until": self.valid_until.text(),
        }
        try:
            with self.database.transaction() as session:
                set_certification(session, supplier_id, data)
        except ValidationError as exc:
            self.marks.show(exc)
            return
        except ServiceError as exc:
            show_error(self, exc, "Certification not saved")
            return
        self.reference.clear()
        self.valid_until.set_date(None)
        self.load()
        self.changed.emit()

    def remove(self) -> None:
        line = self._chosen()
        if line is None or self.supplier is None:
            return
        supplier_id = self.supplier.id

        def drop() -> None:
            with self.database.transaction() as session:
                remove_certification(session, supplier_id, line.kind)

        if self.run(drop, "Certification not removed"):
            self.reference.clear()
            self.valid_until.set_date(None)
            self.load()
            self.changed.emit()
