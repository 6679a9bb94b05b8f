"""A new supplier that looks like an existing one: the form says so before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.services.suppliers import create_supplier
from app.store.database import Database
from models import Supplier
from tests.ui.waiting import settle
from ui.forms.supplier import SupplierForm


def _count(database: Database) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count(Supplier.id))) or 0


def _new_form(qtbot: QtBot, database: Database) -> SupplierForm:
    form = SupplierForm(database)
    qtbot.addWidget(form)
    form.load(None, None, {"status": "prospect"})
    form.show()
    return form


def _type(qtbot: QtBot, form: SupplierForm, field: str, text: str) -> None:
    widget = form.bindings[field].widget
    target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    qtbot.keyClicks(target, text)


def test_typing_an_existing_supplier_warns_and_offers_to_open_it(
    qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as session:
        existing = create_supplier(session, {"name": "Agrícola Zúñiga Hermanos", "country": "MX"})
        existing_id = existing.id
    form = _new_form(qtbot, database)
    _type(qtbot, form, "country", "Mexico")
    _type(qtbot, form, "name", "Agricola Zuniga Hermanos")
    qtbot.waitUntil(form.duplicates.isVisible)  # after the typing pause, off the UI thread
    assert form.duplicates.message.text() == (
        "A supplier like this exists: Agrícola Zúñiga Hermanos (MX)"
    )
    with qtbot.waitSignal(form.panels.open_requested) as opened:
        qtbot.mouseClick(form.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["supplier", existing_id]
    assert not form.save()  # held until the user says it is another company
    assert _count(database) == 1
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.duplicates.save_button, Qt.MouseButton.LeftButton)
    assert _count(database) == 2
    assert form.record_id not in (None, existing_id)
    assert form.duplicates.isHidden()


def test_save_before_the_pause_still_compares_and_a_new_name_saves_at_once(
    qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as session:
        create_supplier(session, {"name": "Agrícola Zúñiga Hermanos", "country": "MX"})
    form = _new_form(qtbot, database)
    _type(qtbot, form, "country", "Mexico")
    _type(qtbot, form, "name", "AGRICOLA ZUNIGA HERMANOS S.A. de C.V.")
    assert not form.save()
    assert form.duplicates.isVisible()
    assert _count(database) == 1
    form.bindings["name"].widget.clear()  # type: ignore[union-attr]
    _type(qtbot, form, "name", "Aguacates de Uruapan")
    assert form.save()
    assert _count(database) == 2
    assert form.duplicates.isHidden()
    settle()  # the saved supplier and its tabs are read again off the UI thread
