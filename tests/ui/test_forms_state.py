"""What a form shows between records: its title with nothing selected, hints that look
like hints, and a new or other record starting at the top on its first tab (issue 14
points 13 and 14)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.forms.negotiation import NegotiationForm
from ui.main_window import MainWindow


def _window(qtbot: QtBot, database: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    return window


def test_a_greyed_form_says_nothing_is_selected(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    window = _window(qtbot, database, settings)
    window.show_view(1)
    suppliers = window.current
    assert not suppliers.form.isEnabled()
    assert suppliers.form.title.text() == "No supplier selected"
    window.show_view(2)
    deals = window.current
    assert deals.form.title.text() == "No negotiation selected"
    deals.new_record()
    assert deals.form.title.text() == "New negotiation"


def test_number_hints_are_placeholders_saying_e_g(qtbot: QtBot, database: Database) -> None:
    form = NegotiationForm(database)
    qtbot.addWidget(form)
    form.load(None, None, {})
    for name, hint in (
        ("target_volume", "e.g. 20000"),
        ("target_price", "e.g. 3.80"),
        ("payment_terms", "e.g. 30% advance, 70% against B/L"),
    ):
        widget = form.bindings[name].widget
        assert isinstance(widget, QLineEdit)
        assert widget.text() == ""
        assert widget.placeholderText() == hint
        palette = widget.palette()
        assert palette.color(QPalette.ColorRole.PlaceholderText) != palette.color(
            QPalette.ColorRole.Text
        )


def test_new_record_starts_at_the_top_with_the_cursor_in_name(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    with database.transaction() as session:
        supplier_id = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"}).id
    window = _window(qtbot, database, settings)
    window.show_view(1)
    view = window.current
    view.select(supplier_id)
    qtbot.waitUntil(lambda: view.form.record_id == supplier_id)
    bar = view.detail_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.new_action.trigger()
    assert bar.value() == 0
    name = view.form.bindings["name"].widget
    assert window.focusWidget() is name
    assert not name.visibleRegion().isEmpty()


def test_a_supplier_opened_from_elsewhere_shows_its_first_tab_from_the_top(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    with database.transaction() as session:
        first = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"}).id
        other = create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"}).id
    window = _window(qtbot, database, settings)
    window.show_view(1)
    view = window.current
    view.select(first)
    qtbot.waitUntil(lambda: view.form.record_id == first)
    tabs = view.form.panels.tabs
    tabs.setCurrentWidget(view.form.panels.history)
    bar = view.detail_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.show_view(0)
    window.open_record("supplier", other)
    assert view.form.record_id == other
    assert tabs.currentIndex() == 0
    assert bar.value() == 0
    # the same record opened again from elsewhere: still its first tab, at the top
    tabs.setCurrentWidget(view.form.panels.history)
    bar.setValue(bar.maximum())
    window.open_record("supplier", other)
    assert tabs.currentIndex() == 0
    assert bar.value() == 0
