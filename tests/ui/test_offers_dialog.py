"""The add-offer dialog keeps its size while the user types (issue 14 point 16)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.forms.offers import OfferDialog


def test_reasons_appearing_do_not_grow_the_dialog_or_move_save(
    qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        deal_id = create_negotiation(session, supplier.id, {}, product_name="Cherries").id
    dialog = OfferDialog(database, deal_id, None, {"side": "supplier"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    save_at = dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft())
    form = dialog.form
    for name, text in (("price", "abc"), ("volume", "2.500x"), ("incoterm_place", "x" * 300)):
        qtbot.keyClicks(form.bindings[name].widget, text)
    qtbot.keyClicks(form.bindings["notes"].widget, "a long note that keeps going " * 40)
    assert form.bindings["price"].error.isVisibleTo(dialog)
    assert form.bindings["volume"].error.isVisibleTo(dialog)
    qtbot.wait(10)  # let any pending relayout happen
    assert dialog.size() == size
    assert dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()) == save_at
