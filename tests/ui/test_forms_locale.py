"""Forms in another locale: numbers in its decimal separator (ui.forms.base.Binding,
ui.widgets): shown with it, typed with it, stored locale-free; tags split at Chinese commas."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.services.negotiations import create_negotiation, get_negotiation
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.forms.negotiation import NegotiationForm
from ui.service_form import number_shown
from ui.widgets import locale_free_number, localized_number


@pytest.fixture
def spanish_numbers() -> Iterator[None]:
    """Numbers as in Spain (decimal comma, group dot); the default locale put back after."""
    before = QLocale()
    QLocale.setDefault(QLocale("es"))
    yield
    QLocale.setDefault(before)


def _deal(database: Database, price: str) -> int:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        negotiation = create_negotiation(
            session,
            supplier.id,
            {"target_price": price, "currency": "USD", "target_volume": "20000"},
            product_name="Cherries",
        )
        return negotiation.id


def _form(qtbot: QtBot, database: Database, deal_id: int) -> NegotiationForm:
    form = NegotiationForm(database)
    qtbot.addWidget(form)
    form.record_id = deal_id
    form.reload()
    settle()
    return form


def _line(form: NegotiationForm, name: str) -> QLineEdit:
    widget = form.bindings[name].widget
    assert isinstance(widget, QLineEdit)
    return widget


def test_a_price_shows_and_saves_with_a_decimal_comma(
    qtbot: QtBot, database: Database, spanish_numbers: None
) -> None:
    deal_id = _deal(database, "3.80")
    form = _form(qtbot, database, deal_id)
    price = form.bindings["target_price"]
    widget = _line(form, "target_price")
    assert widget.text() == "3,80"  # the locale's decimal separator
    assert price.text() == "3.80"  # what the service is given: locale-free
    assert _line(form, "target_volume").text() == "20000"  # never grouped
    assert not form.is_dirty()
    widget.setText("12,5")
    assert form.bindings["target_price"].error.isHidden()
    assert form.changed_values() == {"target_price": "12.5"}
    assert form.save()
    settle()  # the record is read again off the UI thread
    with database.transaction() as session:
        assert get_negotiation(session, deal_id).target_price == Decimal("12.5")
    assert widget.text() == "12,50"  # shown again as stored, in Spanish digits
    assert not form.is_dirty()


def test_a_thousands_dot_and_the_english_way_are_read_in_spanish(
    qtbot: QtBot, database: Database, spanish_numbers: None
) -> None:
    deal_id = _deal(database, "3.80")
    form = _form(qtbot, database, deal_id)
    _line(form, "target_volume").setText("1.234,5")
    _line(form, "target_price").setText("4.25")  # typed the English way
    assert form.save()
    settle()  # the record is read again off the UI thread
    with database.transaction() as session:
        deal = get_negotiation(session, deal_id)
        assert deal.target_volume == Decimal("1234.5")
        assert deal.target_price == Decimal("4.25")


def test_english_numbers_are_as_before(qtbot: QtBot, database: Database) -> None:
    deal_id = _deal(database, "19.5")
    form = _form(qtbot, database, deal_id)
    assert _line(form, "target_price").text() == "19.50"
    _line(form, "target_price").setText("1,234.5")
    assert form.bindings["target_price"].text() == "1,234.5"  # the service reads it
    assert form.save()
    settle()  # the record is read again off the UI thread
    with database.transaction() as session:
        assert get_negotiation(session, deal_id).target_price == Decimal("1234.5")


def test_number_text_both_ways(spanish_numbers: None) -> None:
    assert localized_number("1234.50") == "1234,50"
    assert locale_free_number("1234,5") == "1234.5"
    assert locale_free_number("1.234.567,25") == "1234567.25"
    assert locale_free_number("US$ 2,45") == "US$ 2.45"
    assert locale_free_number("1,234.5") == "1,234.5"  # the English way, left to the service
    assert locale_free_number("12.5") == "12.5"
    assert number_shown("20000.5") == "20.000,5"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert localized_number("1234.50") == "1234.50"
    assert locale_free_number("1234,5") == "1234,5"
    assert number_shown("20000.5") == "20,000.5"


def test_tags_typed_with_chinese_commas() -> None:
    from ui.forms.supplier_panels import tag_names

    typed = "有机，牛油果、 GACC pending, Hass"
    assert tag_names(typed) == ["有机", "牛油果", "GACC pending", "Hass"]
