"""The supplier's people: a short table, and the contact form in a dialog to add or
edit one without leaving the supplier. An e-mail or WhatsApp cell is a link (a click
writes a mail or opens a chat); a WeChat id is copied (ui.reaching)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.messages import translate
from app.queries.supplier_detail import ContactLine, supplier_contacts
from app.services.contacts import delete_contact
from app.store.database import Database
from ui.errors import show_error
from ui.forms.contact import ContactForm
from ui.forms.supplier_panel_base import (
    SupplierPanel,
    SupplierRef,
    list_table,
    read_model,
    selected_row,
)
from ui.icons import icon
from ui.reaching import LinkDelegate, copy_text, open_mail, open_whatsapp
from ui.table_model import Column

COLUMNS: list[Column[ContactLine]] = [
    Column(translate("Columns", "Name"), lambda c: c.name),
    Column(translate("Columns", "Role"), lambda c: c.role),
    Column(translate("Columns", "Email"), lambda c: c.email),
    Column(translate("Columns", "Phone"), lambda c: c.phone),
    Column(translate("Columns", "WhatsApp"), lambda c: c.whatsapp),
    Column(translate("Columns", "WeChat"), lambda c: c.wechat),
    Column(translate("Columns", "Main"), lambda c: c.is_primary),
]
NAME, EMAIL, WHATSAPP, WECHAT, MAIN = 0, 2, 4, 5, 6
LINKS = (EMAIL, WHATSAPP, WECHAT)


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
            self.tr("New contact at {supplier}").format(supplier=supplier.name)
            if contact_id is None
            else self.tr("Contact at {supplier}").format(supplier=supplier.name)
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
        self.save_button = buttons.addButton(
            self.tr("Save contact"), QDialogButtonBox.ButtonRole.AcceptRole
        )
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
    tab_title = translate("SupplierPanels", "Contacts")

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.model = read_model(COLUMNS, self._reader)
        self.model.reloaded.connect(self._loaded)
        self.model.failed.connect(self.read_failed)
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the name and e-mail take the spare width
        header.setMinimumSectionSize(40)
        for column in (NAME, EMAIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MAIN, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 80), (3, 105), (WHATSAPP, 105), (WECHAT, 85)):
            self.table.setColumnWidth(column, width)
        self.links = LinkDelegate(self.table)
        for column in LINKS:
            self.table.setItemDelegateForColumn(column, self.links)
        self.dialog: ContactDialog | None = None
        self.add_button = QPushButton(icon("new"), self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.mail_button = QPushButton(self.tr("Write email"))
        self.mail_button.setToolTip(self.tr("A new mail to this contact (or click the address)"))
        self.whatsapp_button = QPushButton(self.tr("WhatsApp chat"))
        self.whatsapp_button.setToolTip(self.tr("Open a WhatsApp chat (or click the number)"))
        self.wechat_button = QPushButton(self.tr("Copy WeChat ID"))
        self.wechat_button.setToolTip(self.tr("Copy the WeChat ID to paste it in WeChat"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.mail_button, self.whatsapp_button, self.wechat_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.mail_button.clicked.connect(lambda: self.reach(EMAIL))
        self.whatsapp_button.clicked.connect(lambda: self.reach(WHATSAPP))
        self.wechat_button.clicked.connect(lambda: self.reach(WECHAT))
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _reader(self) -> Callable[[], list[ContactLine]] | None:
        if self.supplier is None:
            return None
        supplier_id, database = self.supplier.id, self.database

        def read() -> list[ContactLine]:  # off the UI thread
            with database.transaction() as session:
                return supplier_contacts(session, supplier_id)

        return read

    def load(self) -> None:
        """Read the contacts again, off the UI thread."""
        self.model.reload()

    def _loaded(self) -> None:
        self._update_buttons()
        self.counted.emit()

    def count(self) -> int | None:
        return self.model.total

    def _update_buttons(self) -> None:
        contact = self._chosen()
        self.edit_button.setEnabled(contact is not None)
        self.delete_button.setEnabled(contact is not None)
        self.mail_button.setEnabled(contact is not None and bool(contact.email))
        self.whatsapp_button.setEnabled(contact is not None and bool(contact.whatsapp))
        self.wechat_button.setEnabled(contact is not None and bool(contact.wechat))

    def reach(self, column: int, contact: ContactLine | None = None) -> bool:
        """Write to, chat with or copy the WeChat id of the chosen contact."""
        contact = contact or self._chosen()
        if contact is None:
            return False
        if column == EMAIL:
            return open_mail(self, contact.email)
        if column == WHATSAPP:
            return open_whatsapp(self, contact.whatsapp)
        if column == WECHAT:
            return copy_text(self, contact.wechat, self.tr("WeChat ID"))
        return False

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() in LINKS:
            self.reach(index.column(), self.model.row_at(index.row()))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in LINKS or not index.data():  # a link opened on the click
            self.edit()

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
            self.tr("Delete contact"),
            self.tr("Delete {name}? This cannot be undone.").format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def remove() -> None:
            with self.database.transaction() as session:
                delete_contact(session, contact.id)

        if self.run(remove, self.tr("Contact not deleted")):
            self.changed.emit()
        self.load()
