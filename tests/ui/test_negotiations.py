from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.queries.lists import NegotiationQuery, list_negotiations
from app.queries.negotiation_rounds import deal_rounds
from app.queries.negotiation_summary import PricePoint
from app.services.files import attach_file
from app.services.negotiations import add_offer, create_negotiation, update_negotiation
from app.services.suppliers import create_supplier
from app.store.database import Database, open_database
from models import AttachmentOwner, Offer, OfferSide, Unit
from tests.app.store.test_round_trips import counting, demo_server, needs_postgres
from tests.landed_world import avocado_deal, offer
from tests.ui.waiting import settle
from ui.forms.negotiation import NegotiationForm
from ui.forms.offers import OfferRoundsModel, OffersPanel
from ui.i18n import day
from ui.price_chart import PriceChart
from ui.views.negotiations import NegotiationsView

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

LEFT = Qt.MouseButton.LeftButton


def _supplier(database: Database, name: str = "Frutícola Ñuble SpA", country: str = "CL") -> int:
    with database.transaction() as session:
        return create_supplier(session, {"name": name, "country": country}).id


def _view(qtbot: QtBot, database: Database) -> NegotiationsView:
    view = NegotiationsView(database)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    settle()
    view.refresh()
    settle()
    return view


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    settle()


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.clear()
    settle()
    qtbot.keyClicks(widget, text)


def _stored_offers(database: Database) -> list[Offer]:
    with database.transaction() as session:
        negotiation = list_negotiations(session, NegotiationQuery())[0]
        return list(negotiation.offers)


def _settled(qtbot: QtBot, panel: OffersPanel) -> None:
    """The rounds are read off the UI thread: wait for the latest to be shown."""
    qtbot.waitUntil(lambda: not panel.loading)


def _open_offer_dialog(qtbot: QtBot, panel: OffersPanel, button: Any) -> Any:
    _settled(qtbot, panel)
    qtbot.mouseClick(button, LEFT)
    settle()
    dialog = panel.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _add_offer(qtbot: QtBot, panel: OffersPanel, side: str, day: str, price: str) -> None:
    dialog = _open_offer_dialog(qtbot, panel, panel.add_button)
    form = dialog.form
    _choose(form.bindings["side"].widget, side)
    _type(qtbot, form.bindings["offered_on"].widget.edit, day)
    _type(qtbot, form.price, price)
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    _settled(qtbot, panel)


def _create_deal_through_the_form(qtbot: QtBot, view: NegotiationsView, supplier_id: int) -> None:
    view.new_record()
    settle()
    form = view.form
    assert not form.offers.isEnabled()  # an unsaved deal takes no offers yet
    # The completer fills the field only while it has the focus, as when a user types.
    view.activateWindow()
    qtbot.waitActive(view)
    form.supplier.setFocus()
    qtbot.waitUntil(form.supplier.hasFocus)
    qtbot.keyClicks(form.supplier, "uble")
    popup = form.supplier.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    settle()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle()
    assert form.supplier.value() == supplier_id
    qtbot.keyClicks(form.product, "Cherries")
    qtbot.keyClicks(form.bindings["target_price"].widget, "3.80")
    _choose(form.bindings["incoterm"].widget, "FOB")
    qtbot.keyClicks(form.bindings["incoterm_place"].widget, "San Antonio")  # QTest types ASCII only
    qtbot.keyClicks(form.bindings["owner"].widget, "Li Wei")
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    assert form.record_id is not None
    assert form.offers.isEnabled()


def test_a_deal_and_three_offer_rounds_through_the_widgets(
    qtbot: QtBot, database: Database
) -> None:
    supplier_id = _supplier(database)
    _supplier(database, "Açaí do Pará Ltda.", "BR")
    view = _view(qtbot, database)
    _create_deal_through_the_form(qtbot, view, supplier_id)
    with database.transaction() as session:
        (stored,) = list_negotiations(session, NegotiationQuery())
        assert stored.supplier_id == supplier_id
        assert stored.product.name == "Cherries"
        assert stored.target_price == Decimal("3.80")
        assert stored.incoterm_place == "San Antonio"
    assert view.model.rowCount() == 1

    panel = view.form.offers
    _add_offer(qtbot, panel, "supplier", "2026-10-01", "4.20")
    _add_offer(qtbot, panel, "buyer", "2026-10-03", "3.50")
    _add_offer(qtbot, panel, "supplier", "2026-10-06", "3.95")

    assert [(o.side, o.price, o.currency) for o in _stored_offers(database)] == [
        (OfferSide.SUPPLIER, Decimal("4.20"), "USD"),
        (OfferSide.BUYER, Decimal("3.50"), "USD"),
        (OfferSide.SUPPLIER, Decimal("3.95"), "USD"),
    ]
    model = panel.model
    shown = [[model.index(row, col).data() for col in (0, 1, 2, 3, 5)] for row in range(3)]
    assert shown == [
        ["1", day(date(2026, 10, 1)), "Supplier", "USD 4.20/kg", ""],
        ["2", day(date(2026, 10, 3)), "Us", "USD 3.50/kg", ""],
        ["3", day(date(2026, 10, 6)), "Supplier", "USD 3.95/kg", "-0.25 (-6.0%)"],
    ]
    assert model.index(0, 7).data() == "FOB San Antonio"  # the deal's terms by default
    assert panel.gap.text() == "Gap: USD 0.45/kg (11.4% of their price)"
    assert "falling" in panel.trends.text()
    assert panel.chart.points(OfferSide.SUPPLIER) == [
        (date(2026, 10, 1), 4.2),
        (date(2026, 10, 6), 3.95),
    ]
    assert panel.chart.points(OfferSide.BUYER) == [(date(2026, 10, 3), 3.5)]
    assert panel.chart.chart.series() == [panel.chart.supplier_series, panel.chart.buyer_series]
    assert panel.chart.note.isHidden()
    # The first offer moved the deal on, and the list shows the latest prices.
    assert view.form.bindings["stage"].text() == "negotiating"
    row = view.model.row_at(0)
    assert (row.supplier_price, row.buyer_price) == (Decimal("3.95"), Decimal("3.50"))


def _deal_with_rounds(database: Database) -> int:
    supplier_id = _supplier(database)
    with database.transaction() as session:
        negotiation = create_negotiation(
            session,
            supplier_id,
            {"currency": "USD", "price_unit": "kg", "incoterm": "FOB Valparaíso"},
            product_name="Cherries",
        )
        for side, price, day in (
            ("supplier", "4.20", "2026-10-01"),
            ("buyer", "3.50", "2026-10-03"),
            ("supplier", "3.95", "2026-10-06"),
        ):
            add_offer(session, negotiation.id, {"side": side, "price": price, "offered_on": day})
        return negotiation.id


def test_editing_an_offer_saves_it_with_its_version(qtbot: QtBot, database: Database) -> None:
    deal_id = _deal_with_rounds(database)
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    panel = view.form.offers
    _settled(qtbot, panel)
    assert not panel.edit_button.isEnabled()
    panel.table.selectRow(1)
    dialog = _open_offer_dialog(qtbot, panel, panel.edit_button)
    assert dialog.windowTitle() == "Edit offer"
    assert dialog.form.price.text() == "3.50"
    _type(qtbot, dialog.form.price, "3.60")
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    _settled(qtbot, panel)
    stored = _stored_offers(database)[1]
    assert stored.price == Decimal("3.60")
    assert stored.version == 2
    assert panel.model.index(1, 3).data() == "USD 3.60/kg"
    assert panel.gap.text() == "Gap: USD 0.35/kg (8.9% of their price)"
    assert panel.chart.points(OfferSide.BUYER) == [(date(2026, 10, 3), 3.6)]


def test_bad_offer_input_shows_the_reasons_and_saves_nothing(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id = _deal_with_rounds(database)
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    panel = view.form.offers
    dialog = _open_offer_dialog(qtbot, panel, panel.add_button)
    form = dialog.form
    assert form.bindings["offered_on"].text() == date.today().isoformat()
    assert form.bindings["currency"].text() == "USD"
    assert form.bindings["side"].text() == "buyer"  # the supplier spoke last
    _type(qtbot, form.bindings["offered_on"].widget.edit, "2026-10-08")
    _type(qtbot, form.price, "-3")
    price_error = form.bindings["price"].error
    assert not price_error.isHidden()
    assert "more than zero" in price_error.text()
    qtbot.keyClicks(form.bindings["valid_until"].widget.edit, "2026-10-01")
    valid_error = form.bindings["valid_until"].error
    assert not valid_error.isHidden()
    assert valid_error.text() == "is before the offer date (2026-10-08)"

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle()
    assert len(warnings) == 1
    assert "Price" in warnings[0]
    assert "Valid until" in warnings[0]
    assert dialog.isVisible()
    assert len(_stored_offers(database)) == 3
    dialog.reject()


def test_deleting_an_offer_asks_first(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id = _deal_with_rounds(database)
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    panel = view.form.offers
    _settled(qtbot, panel)
    panel.table.selectRow(2)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(panel.delete_button, LEFT)
    settle()
    assert len(_stored_offers(database)) == 3
    _settled(qtbot, panel)
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.delete_button, LEFT)
    settle()
    _settled(qtbot, panel)
    assert [o.price for o in _stored_offers(database)] == [Decimal("4.20"), Decimal("3.50")]
    assert panel.model.rowCount() == 2
    assert panel.gap.text() == "Gap: USD 0.70/kg (16.7% of their price)"


def _seed_stages(database: Database) -> None:
    chile = _supplier(database)
    brazil = _supplier(database, "Açaí do Pará Ltda.", "BR")
    with database.transaction() as session:
        for supplier_id, product, stage, owner in (
            (chile, "Cherries", "agreed", "Li Wei"),
            (chile, "Blueberries", "lead", "Ana Souza"),
            (brazil, "Açaí pulp", "agreed", "Ana Souza"),
            (brazil, "Mango", "closed_lost", None),
        ):
            data = {"stage": stage, **({"owner": owner} if owner else {})}
            create_negotiation(session, supplier_id, data, product_name=product)


def _titles(view: NegotiationsView) -> set[str]:
    return {view.model.row_at(row).product for row in range(view.model.rowCount())}


def test_filters_by_stage_product_country_and_owner(qtbot: QtBot, database: Database) -> None:
    _seed_stages(database)
    view = _view(qtbot, database)
    assert view.model.rowCount() == 4
    assert view.minimumSizeHint().width() <= 560  # the filters leave a 720-px window possible
    view.stage_filter.setCurrentIndex(view.stage_filter.findText("Agreed"))
    settle()
    assert _titles(view) == {"Cherries", "Açaí pulp"}
    view.stage_filter.setCurrentIndex(view.stage_filter.findText("Open deals"))
    settle()
    assert _titles(view) == {"Cherries", "Blueberries", "Açaí pulp"}
    view.stage_filter.setCurrentIndex(view.stage_filter.findText("All stages"))
    settle()
    assert view.model.rowCount() == 4

    qtbot.keyClicks(view.country_filter.lineEdit(), "Brasil")
    qtbot.waitUntil(lambda: _titles(view) == {"Açaí pulp", "Mango"})
    view.country_filter.setCurrentIndex(0)
    settle()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)

    assert [view.owner_filter.itemText(i) for i in range(view.owner_filter.count())] == [
        "",
        "Ana Souza",
        "Li Wei",
    ]
    view.owner_filter.setCurrentIndex(1)
    settle()
    qtbot.waitUntil(lambda: _titles(view) == {"Blueberries", "Açaí pulp"})
    view.owner_filter.setCurrentIndex(0)
    settle()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)

    view.product_filter.setCurrentIndex(view.product_filter.findText("Mango"))
    settle()
    qtbot.waitUntil(lambda: _titles(view) == {"Mango"})


def test_the_chart_keeps_the_latest_offers_currency() -> None:
    def point(number: int, side: OfferSide, price: str, currency: str) -> PricePoint:
        return PricePoint(
            number, number, date(2026, 10, number), side, Decimal(price), currency, Unit.KG,
            None, None,
        )  # fmt: skip

    chart = PriceChart()
    chart.show_rounds(
        [
            point(1, OfferSide.SUPPLIER, "4.20", "USD"),
            point(2, OfferSide.BUYER, "3.20", "EUR"),
            point(3, OfferSide.SUPPLIER, "3.70", "EUR"),
        ]
    )
    assert chart.points(OfferSide.SUPPLIER) == [(date(2026, 10, 3), 3.7)]
    assert chart.points(OfferSide.BUYER) == [(date(2026, 10, 2), 3.2)]
    assert chart.y_axis.titleText() == "EUR per kg"
    assert not chart.note.isHidden()
    assert "1 in USD/kg left out" in chart.note.text()
    chart.show_rounds([])
    assert chart.points(OfferSide.SUPPLIER) == []
    assert chart.note.isHidden()


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: Any, database: Database) -> None:
    deal_id = _deal_with_rounds(database)
    with database.transaction() as session:
        rounds = deal_rounds(session, deal_id).rounds
    model = OfferRoundsModel()
    qtmodeltester.check(model)
    model.set_rounds(rounds)
    qtmodeltester.check(model)
    view = _view(qtbot, database)
    qtmodeltester.check(view.model)


def test_unsaved_deal_keeps_its_edits_when_an_offer_changes(
    qtbot: QtBot, database: Database
) -> None:
    deal_id = _deal_with_rounds(database)
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    form = view.form
    qtbot.keyClicks(form.bindings["grade"].widget, "Cat I, 28 mm")
    _add_offer(qtbot, form.offers, "buyer", "2026-10-08", "3.70")
    assert form.bindings["grade"].text() == "Cat I, 28 mm"
    assert form.offers.model.rowCount() == 4
    assert form.offers.model.round_at(3).point.price == Decimal("3.70")
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    with database.transaction() as session:
        assert list_negotiations(session, NegotiationQuery())[0].grade == "Cat I, 28 mm"


def test_the_form_shows_amounts_as_numbers_not_as_stored_text(
    qtbot: QtBot, database: Database
) -> None:
    supplier_id = _supplier(database)
    with database.transaction() as session:
        deal = create_negotiation(
            session,
            supplier_id,
            {
                "currency": "CNY",
                "target_price": "19.5",
                "price_unit": "kg",
                "target_volume": "3",
                "volume_unit": "container",
            },
            product_name="Hass avocado",
        )
        deal_id = deal.id
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    assert view.form.bindings["target_price"].text() == "19.50"
    assert view.form.bindings["target_volume"].text() == "3"
    assert not view.form.is_dirty()


def test_the_currency_fields_show_the_code_alone(qtbot: QtBot, database: Database) -> None:
    """The deal's and the offer's currency fields read 'USD', not a cut 'USD US' (the list
    below them names the currency in full)."""
    deal_id = _deal_with_rounds(database)
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    deal_currency = view.form.currency.lineEdit()
    assert deal_currency is not None
    assert deal_currency.text() == "USD"
    dialog = _open_offer_dialog(qtbot, view.form.offers, view.form.offers.add_button)
    offer_currency = dialog.form.currency.lineEdit()
    assert offer_currency is not None
    assert offer_currency.text() == "USD"
    assert "US Dollar" in dialog.form.currency.itemText(dialog.form.currency.currentIndex())


# --- landed cost per kg beside each offer (issue 15 point 6) ---------------------------------


def _landed_deal(database: Database) -> int:
    with database.transaction() as session:
        deal = avocado_deal(session)
        offer(session, deal, offered_on="2026-11-29", price="6.10")  # before any USD->CNY rate
        offer(session, deal)  # the worked example: 49.69 CNY/kg
        offer(session, deal, side="buyer", offered_on="2026-12-06", price="40", currency="CNY")
        return deal


def test_each_round_shows_its_landed_cost_with_the_breakdown_in_the_tooltip(
    qtbot: QtBot, database: Database
) -> None:
    deal_id = _landed_deal(database)
    view = _view(qtbot, database)
    view.select(deal_id)
    settle()
    panel = view.form.offers
    _settled(qtbot, panel)
    model = panel.model
    landed = next(c for c in range(model.columnCount()) if "Landed" in model.headerData(
        c, Qt.Orientation.Horizontal))  # fmt: skip
    assert landed == 4  # beside the price
    assert model.headerData(landed, Qt.Orientation.Horizontal) == "Landed CNY/kg"
    assert [model.index(r, landed).data() for r in range(3)] == [
        "missing: USD→CNY rate on or before 2026-11-29",
        "49.69",
        "46.89",
    ]
    tip = model.index(1, landed).data(Qt.ItemDataRole.ToolTipRole).splitlines()
    assert tip[:6] == [
        "Price FOB: 42.6000",
        "Main freight: 2.8400",
        "Insurance: 0.1500",
        "CIF (customs value): 45.5900",
        "Duty (MFN 0%): 0.0000",
        "VAT 9%: 4.1031",
    ]
    assert tip[-2] == "Landed: 49.69 CNY/kg"
    assert "check them against the current Chinese tariff" in tip[-1]
    assert model.index(1, landed).data(Qt.ItemDataRole.ForegroundRole) is None
    # A missing input: muted, named in full in the tooltip.
    missing = model.index(0, landed)
    assert missing.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "USD→CNY rate on or before 2026-11-29" in missing.data(Qt.ItemDataRole.ToolTipRole)
    # The latest offers differ in currency: the gap is on landed cost.
    assert panel.gap.text() == "Gap on landed cost: CNY 2.80/kg (5.6% of their landed cost)"
    # The column is wide enough for its header and figures.
    metrics = panel.table.fontMetrics()
    assert panel.table.columnWidth(landed) >= metrics.horizontalAdvance("Landed CNY/kg")


def test_the_landed_column_follows_the_reporting_currency_setting(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.exporting.export_settings import ExportSettings

    monkeypatch.setattr(
        "ui.forms.offers.load_export_settings", lambda: ExportSettings(reporting_currency="USD")
    )
    deal_id = _landed_deal(database)
    panel = OffersPanel(database)
    qtbot.addWidget(panel)
    panel.show_deal(deal_id)
    assert panel.loading
    assert panel.gap.text() == "Loading offers…"  # a quiet state while the rounds load
    _settled(qtbot, panel)
    assert panel.model.headerData(4, Qt.Orientation.Horizontal) == "Landed USD/kg"
    assert panel.model.index(1, 4).data() == "7.00"  # 6.40 x 1.0033 x 1.09 = 6.9990


def test_a_newer_deal_supersedes_the_one_still_loading(qtbot: QtBot, database: Database) -> None:
    first = _deal_with_rounds(database)
    second = _landed_deal(database)
    panel = OffersPanel(database)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded):
        panel.show_deal(first)
        panel.show_deal(second)
    _settled(qtbot, panel)
    qtbot.wait(50)  # the first answer, if late, is dropped
    assert panel.rounds is not None
    assert panel.rounds.summary.negotiation_id == second
    assert panel.model.rowCount() == 3
    assert panel.model.index(1, 4).data() == "49.69"


def test_the_list_labels_its_prices_and_shows_landed_cost_when_chosen(
    qtbot: QtBot, database: Database
) -> None:
    from ui.views.negotiations import LANDED

    deal_id = _landed_deal(database)
    view = _view(qtbot, database)
    model = view.model
    column = {c.header: n for n, c in enumerate(model.columns)}
    row = model.row_of_id(deal_id)
    assert row is not None
    assert model.index(row, column["Theirs"]).data() == "6.00 USD/kg"
    assert model.index(row, column["Ours"]).data() == "40.00 CNY/kg"
    assert model.index(row, column["Gap"]).data() == ""  # two currencies: no plain gap
    header = view.table.horizontalHeader()
    assert header.isSectionHidden(column[LANDED])  # offered in the column chooser
    assert model.row_at(row).landed_currency is None  # and not read while hidden
    view.column_chooser.set_shown(LANDED, True)
    qtbot.waitUntil(lambda: model.row_at(0).landed_currency == "CNY")
    assert not header.isSectionHidden(column[LANDED])
    assert model.index(row, column[LANDED]).data() == "49.69 CNY/kg"
    metrics = view.table.fontMetrics()
    assert view.table.columnWidth(column[LANDED]) >= metrics.horizontalAdvance("49.69 CNY/kg")


# --- opening a deal: one read for the form and its tabs (issue 18) ------------------------


DEAL_ROW = "SELECT negotiations.id, negotiations.supplier_id, negotiations.product_id"
"""How a read of a deal's whole row starts (the list's page reads a few of its columns)."""


@contextmanager
def _statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def executed(*args: Any) -> None:
        seen.append(" ".join(str(args[2]).split()))

    event.listen(database.engine, "before_cursor_execute", executed)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", executed)


def test_opening_a_deal_reads_it_once_for_the_form_and_its_tabs(
    qtbot: QtBot, database: Database
) -> None:
    """The form, the Offers tab, the Files tab and the History tab are filled from one
    read (app.queries.negotiation_page): the deal's row is read once, not three times,
    and no tab reads on its own."""
    with database.transaction() as session:
        deal = avocado_deal(session)
        offer(session, deal)
        offer(session, deal, side="buyer", offered_on="2026-12-02", price="5.60")
        attach_file(session, AttachmentOwner.NEGOTIATION, deal, b"30% advance", "terms.txt")
    view = _view(qtbot, database)
    form = view.form
    assert isinstance(form, NegotiationForm)
    with _statements(database) as seen:
        view.open_in_form(deal)
        assert form.offers.loading
        assert form.history.loading()
        assert form.files.loading
        settle()
    assert form.record_id == deal
    assert not form.reading()
    assert form.bindings["title"].text() == "Hass avocado – Aguacates del Valle"
    assert form.offers.model.rowCount() == 2
    assert not form.offers.loading
    assert form.offers.rounds is not None
    assert form.offers.rounds.rounds[0].landed is not None
    assert [f.name for f in form.files.files] == ["terms.txt"]
    assert not form.files.loading
    assert form.history.count() > 0
    assert not form.history.loading()
    assert form.tabs.tabText(form.tabs.indexOf(form.files)) == "Files (1)"
    assert sum(s.startswith(DEAL_ROW) for s in seen) == 1, seen
    assert sum(s.startswith("SELECT offers.id, offers.negotiation_id") for s in seen) == 1, seen
    assert sum(s.startswith("SELECT attachments.id, attachments.name") for s in seen) == 1, seen


def test_an_offer_added_under_the_form_comes_back_with_the_deal(
    qtbot: QtBot, database: Database
) -> None:
    """After an offer is saved the form reads the deal again (its stage may have moved)
    and the rounds with it: one read, not the panel's and the form's."""
    with database.transaction() as session:
        deal = avocado_deal(session)
    view = _view(qtbot, database)
    form = view.form
    assert isinstance(form, NegotiationForm)
    view.open_in_form(deal)
    settle()
    assert form.offers.model.rowCount() == 0
    with database.transaction() as session:
        offer(session, deal)
    with _statements(database) as seen:
        form.offers._offer_saved()  # what the offer dialog's Save ends with
        settle()
    assert form.offers.model.rowCount() == 1
    assert form.bindings["stage"].text() == "negotiating"
    assert sum(s.startswith(DEAL_ROW) for s in seen) == 1, seen
    assert sum(s.startswith("SELECT offers.id, offers.negotiation_id") for s in seen) == 1, seen


@needs_postgres
def test_opening_a_deal_takes_two_round_trips(qtbot: QtBot, demo_server: str) -> None:
    """The window's action 'open a negotiation with its offers and chart': its fields,
    offer rounds with landed costs, files and history in two round trips on PostgreSQL
    (before: thirteen), counted, never timed."""
    database = open_database(demo_server, daily_backup=False)
    try:
        view = _view(qtbot, database)
        with counting() as counted:
            view.open_in_form(3)
            settle()
        assert view.form.record_id == 3
        assert view.form.offers.model.rowCount() > 0
        assert counted.round_trips <= 2, counted.sent
    finally:
        view.close()
        database.dispose()


def test_saving_a_deal_shows_what_it_saved_without_reading_again_after_it(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deal with its rounds (their landed costs' inputs unchanged by the save), its
    history and the list's page come with the save (ui.forms.saved_reads): neither the
    form, nor its Offers tab, nor the list is read again after it, nor the pick lists
    when the deal brings no new owner."""
    with database.transaction() as session:
        deal = avocado_deal(session)
        offer(session, deal)
        offer(session, deal, side="buyer", offered_on="2026-12-02", price="5.60")
        update_negotiation(session, deal, {"owner": "Lucía"})
    view = _view(qtbot, database)
    form = view.form
    assert isinstance(form, NegotiationForm)
    view.select(deal)
    settle()
    _settled(qtbot, form.offers)
    shown_rounds = form.offers.rounds
    reads: list[str] = []
    monkeypatch.setattr(form, "reload", lambda: reads.append("form"))
    monkeypatch.setattr(form.offers, "show_deal", lambda *_a: reads.append("offers"))
    monkeypatch.setattr(view.model, "reload", lambda **_kw: reads.append("list"))
    monkeypatch.setattr(view, "load_choices", lambda: reads.append("choices"))
    form.bindings["payment_terms"].set_text("30% anticipo")
    assert form.save()
    settle()
    assert reads == []
    assert form.bindings["payment_terms"].text() == "30% anticipo"
    assert not form.is_dirty()
    assert form.offers.rounds == shown_rounds
    assert not form.offers.loading
    assert form.history.entries()[0].new_value == "30% anticipo"
    listed = view.model.row_at(view.model.row_of_id(deal) or 0)
    assert listed.id == deal
    assert listed.version == form.version
    # a new owner: the owner pick list is read again
    form.bindings["owner"].set_text("Wang Fang")
    assert form.save()
    settle()
    assert reads == ["choices"]
