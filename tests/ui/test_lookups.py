from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.lookups import supplier_search
from ui.widgets import RecordPicker


def _offered(picker: RecordPicker) -> list[str]:
    model = picker.completer().completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_supplier_picker_finds_a_name_typed_without_accents(
    qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as session:
        zuniga = create_supplier(session, {"name": "Agrícola Zúñiga Hermanos", "country": "MX"})
        create_supplier(session, {"name": "Frutas del Sur", "country": "CL"})
        zuniga_id = zuniga.id
    picker = RecordPicker(supplier_search(database))
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    qtbot.keyClicks(picker, "zuniga")
    assert _offered(picker) == ["Agrícola Zúñiga Hermanos (MX)"]
    assert picker.completer().popup().isVisible()
    with qtbot.waitSignal(picker.picked) as blocker:
        picker.completer().activated.emit("Agrícola Zúñiga Hermanos (MX)")
    assert blocker.args == [zuniga_id]
    assert picker.value() == zuniga_id
