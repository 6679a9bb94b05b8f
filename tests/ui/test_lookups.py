from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.lookups import supplier_search
from ui.widgets import RecordPicker
from ui.worker import idle


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
    assert picker.searching()  # read off the UI thread; the box stays typeable meanwhile
    qtbot.waitUntil(lambda: not picker.searching())
    assert _offered(picker) == ["Agrícola Zúñiga Hermanos (MX)"]
    assert picker.completer().popup().isVisible()
    with qtbot.waitSignal(picker.picked) as blocker:
        picker.completer().activated.emit("Agrícola Zúñiga Hermanos (MX)")
    assert blocker.args == [zuniga_id]
    assert picker.value() == zuniga_id


def test_the_newest_keystroke_wins_and_the_search_runs_off_the_ui_thread(qtbot: QtBot) -> None:
    """A slow answer to an older keystroke arriving after the newest one's is dropped;
    the search never runs on the UI thread."""
    gates: dict[str, threading.Event] = {}
    threads: list[bool] = []

    def search(text: str) -> list[tuple[int, str]]:
        threads.append(threading.current_thread() is threading.main_thread())
        gate = gates.setdefault(text, threading.Event())
        assert gate.wait(5)
        return [(len(text), f"answer to {text}")]

    gates["ab"] = threading.Event()  # the first keystroke's answer is slow
    gates["abc"] = threading.Event()
    picker = RecordPicker(search)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    qtbot.keyClicks(picker, "abc")  # "a" asks nothing; "ab" and "abc" do
    gates["abc"].set()
    qtbot.waitUntil(lambda: _offered(picker) == ["answer to abc"])
    gates["ab"].set()
    qtbot.waitUntil(idle)
    qtbot.wait(20)
    assert _offered(picker) == ["answer to abc"]
    assert threads == [False, False]
