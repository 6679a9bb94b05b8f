"""A new contact at a supplier starts in Name, not in the supplier already chosen
(issue 14 point 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.forms.supplier_contacts import ContactDialog
from ui.forms.supplier_panel_base import SupplierRef


def test_new_contact_dialog_starts_in_name(qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        ref = SupplierRef(supplier.id, supplier.name, supplier.country)
    dialog = ContactDialog(database, ref, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.form.bindings["name"].widget
    assert not dialog.form.supplier.focusPolicy() & Qt.FocusPolicy.TabFocus
