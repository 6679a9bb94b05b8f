"""The supplier's people: a short table, and the contact form in a dialog to add or
edit one without leaving the supplier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.queries.supplier_detail import ContactLine, supplier_contacts
from app.services.contacts import delete_contact
from app.store.database import Database
from ui.errors import show_error
from ui.forms.contact import ContactForm
from ui.forms.supplier_panel_base import (
    SupplierPanel,
    SupplierRef,
    list_model,
    list_table,
    selected_row,
)
from ui.icons import icon
from ui.table_model import Column

COLUMNS: list[Column[ContactLine]] = [
    Column("Name", lambda c: c.name),
    Column("Role", lambda c: c.role),
    Column("Email", lambda c: c.email),
    Column("Phone", lambda c: c.phone),
    Column("Main", lambda c: c.is_primary),
]


class ContactDialog(QDialog):
    """The contact form, its supplier fixed to the one being edited."""

    def __init__(
        self,
        database: Database,
        supplier: SupplierRef,
        contact_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            f"{'New contact' if contact_id is None else 'Contact'} at {supplier.name}"
        )
        self.form = ContactForm(database)
        if contact_id is None:
            self.form.load(
                None,
                None,
                {
                    "supplier_id": supplier.id,
                    "supplier": supplier.name,
                    "supplier_country": supplier.country,
                },
            )
        else:
            self.form.record_id = contact_id
            self.form.reload()
        self.form.supplier.setReadOnly(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Save contact", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setIcon(icon("save"))
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _save(self) -> None:
        if self.form.save():
            self.accept()


class ContactsPanel(SupplierPanel):
    tab_title = "Contacts"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.model = list_model(COLUMNS, self._rows)
        self.table = list_table(self.model)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 170)
        self.dialog: ContactDialog | None = None
        self.add_button = QPushButton(icon("new"), "Add…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _rows(self) -> list[ContactLine]:
        if self.supplier is None:
            return []
        with self.database.transaction() as session:
            return supplier_contacts(session, self.supplier.id)

    def load(self) -> None:
        try:
            self.model.reload()
        except ServiceError as exc:
            show_error(self, exc)
        self._update_buttons()
        self.counted.emit()

    def count(self) -> int | None:
        return self.model.total

    def _update_buttons(self) -> None:
        chosen = selected_row(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _chosen(self) -> ContactLine | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        contact = self._chosen()
        if contact is not None:
            self._open(contact.id)

    def _open(self, contact_id: int | None) -> None:
        if self.supplier is None:
            return
        try:
            dialog = ContactDialog(self.database, self.supplier, contact_id, self)
        except ServiceError as exc:  # deleted meanwhile by someone else
            show_error(self, exc)
            self.load()
            return
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._contact_saved)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ContactDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _contact_saved(self) -> None:
        self.load()
        self.changed.emit()

    def delete(self) -> None:
        contact = self._chosen()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete contact",
            f"Delete {contact.name}? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def remove() -> None:
            with self.database.transaction() as session:
                delete_contact(session, contact.id)

        if self.run(remove, "Contact not deleted"):
            self.changed.emit()
        self.load()
