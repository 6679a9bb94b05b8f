from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ui.widgets import (
    DateField,
    RecordPicker,
    SearchableCombo,
    country_combo,
    currency_combo,
)


def test_country_combo_finds_by_part_of_a_name(qtbot: QtBot) -> None:
    combo = country_combo()
    qtbot.addWidget(combo)
    combo.set_value("MX")
    assert combo.value() == "MX"
    assert combo.currentText() == "Mexico (MX)"
    combo.setEditText("Narnia")
    assert combo.value() == "Narnia"
    combo.setEditText("chile (cl)")
    assert combo.value() == "CL"
    completer = combo.completer()
    completer.setCompletionPrefix("hil")
    assert "Chile (CL)" in {
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    }


def test_currency_combo_lists_trade_currencies_first(qtbot: QtBot) -> None:
    combo = currency_combo()
    qtbot.addWidget(combo)
    assert [combo.itemData(i) for i in range(1, 4)] == ["USD", "CNY", "EUR"]


def test_date_field_typed_or_picked(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.changed):
        field.set_date(date(2026, 11, 27))
    assert field.text() == "2026-11-27"
    field.calendar.clicked.emit(QDate(2026, 12, 5))
    assert field.text() == "2026-12-05"
    field.set_date(None)
    assert field.text() == ""


def test_record_picker_value_only_when_a_choice_is_picked(qtbot: QtBot) -> None:
    searched: list[str] = []

    def search(text: str) -> list[tuple[int, str]]:
        searched.append(text)
        return [(7, "Frutícola Ñuble SpA (CL)"), (9, "Nuble Frutas (CL)")]

    picker = RecordPicker(search)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "nu")
    qtbot.waitUntil(lambda: not picker.searching())  # searched off the UI thread
    assert searched[-1] == "nu"
    assert picker.value() is None
    with qtbot.waitSignal(picker.picked) as blocker:
        picker.completer().activated.emit("Nuble Frutas (CL)")
    assert blocker.args == [9]
    picker.setText("Nuble Frutas (CL)")
    assert picker.value() == 9
    picker.set_record(3, "Açaí do Pará Ltda. (BR)")
    assert picker.value() == 3
    picker.setText("something else")
    assert picker.value() is None


def _completions(combo: SearchableCombo, typed: str) -> list[str]:
    completer = combo.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_currency_combo_lists_code_and_name_and_the_field_shows_the_code(qtbot: QtBot) -> None:
    combo = currency_combo()
    qtbot.addWidget(combo)
    assert combo.itemText(1) == "USD — US Dollar"
    widest = max(
        combo.view().fontMetrics().horizontalAdvance(combo.itemText(i))
        for i in range(combo.count())
    )
    assert combo.view().minimumWidth() > widest  # the open list is read whole
    combo.set_value("USD")
    assert combo.currentText() == "USD"
    assert combo.value() == "USD"
    combo.setCurrentIndex(combo.findData("CNY"))  # picked from the open list
    assert combo.currentText() == "CNY"
    assert combo.value() == "CNY"
    assert "EUR — Euro" in _completions(combo, "euro")
    combo.setEditText("EUR")
    assert combo.value() == "EUR"


def test_searchable_combo_finds_a_name_typed_without_accents(qtbot: QtBot) -> None:
    combo = country_combo()
    qtbot.addWidget(combo)
    assert "Côte d'Ivoire (CI)" in _completions(combo, "cote")
    assert "Côte d'Ivoire (CI)" in _completions(combo, "CÔTE")
    combo.setEditText("côte d'ivoire (ci)")
    assert combo.value() == "CI"
