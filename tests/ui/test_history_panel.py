"""The History tab of the supplier, negotiation and shipment forms."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.services.common import current_values
from app.services.contacts import create_contact
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import create_product
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier, get_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.forms.negotiation import NegotiationForm
from ui.forms.shipment import ShipmentForm
from ui.forms.supplier import SupplierForm
from ui.history_panel import COLUMNS, HistoryView
from ui.i18n import moment


def texts(view: HistoryView) -> list[list[str]]:
    model = view.model
    return [
        [str(model.index(r, c).data()) for c in range(len(COLUMNS))]
        for r in range(model.rowCount())
    ]


def test_the_supplier_tab_lists_changes_and_refreshes_on_save(
    qtbot: QtBot, database: Database, qtmodeltester: object
) -> None:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Aguacates del Sur", "country": "MX"})
        create_contact(session, supplier.id, {"name": "Luis Ríos"})
        supplier_id = supplier.id
    form = SupplierForm(database)
    qtbot.addWidget(form)
    with database.transaction() as session:
        stored = get_supplier(session, supplier_id)
        form.load(supplier_id, stored.version, current_values(stored))
        settle()
    view = form.panels.history.view
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    assert [row[2] for row in texts(view)] == ["Contact 'Luis Ríos': created", "Created"]
    assert view.empty.isHidden()
    assert form.panels.tabs.tabText(form.panels.tabs.indexOf(form.panels.history)) == "History"

    form.bindings["city"].set_text("Uruapan")
    assert form.save()
    settle()  # the record is read again off the UI thread
    rows = texts(view)
    assert rows[0][2] == "City: (empty) → Uruapan"
    # a local date and time in the locale's form (12/7/2026 9:41 AM), not a raw value
    assert rows[0][0] == moment(view.entries()[0].at)
    assert len(rows) == 3


def test_a_new_supplier_shows_no_history(qtbot: QtBot, database: Database) -> None:
    form = SupplierForm(database)
    qtbot.addWidget(form)
    form.load(None, None, {"country": "MX"})
    assert form.panels.history.view.count() == 0
    assert not form.panels.history.isEnabled()


def test_negotiation_and_shipment_forms_have_a_history_tab(
    qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Cerezas Ñuble", "country": "CL"})
        product = create_product(session, {"name": "Cherries"})
        deal = create_negotiation(
            session, supplier.id, {"title": "Cherries 2026"}, product_id=product.id
        )
        deal_id = deal.id
        shipment_id = create_shipment(session, deal_id, {"reference": "SH-1", "mode": "sea"}).id
    negotiation = NegotiationForm(database)
    qtbot.addWidget(negotiation)
    negotiation.record_id = deal_id
    negotiation.reload()
    settle()
    assert [r[2] for r in texts(negotiation.history)] == ["Created"]
    assert negotiation.tabs.tabText(negotiation.tabs.indexOf(negotiation.history)) == "History"

    with database.transaction() as session:
        add_offer(
            session,
            deal_id,
            {"side": "supplier", "offered_on": date(2026, 3, 2), "price": "6.4", "currency": "USD"},
        )
    negotiation.offers.changed.emit()  # what the Offers tab says after a save
    settle()
    whats = [r[2] for r in texts(negotiation.history)]
    assert whats[1:] == ["Stage: Lead → Negotiating", "Created"]
    assert whats[0].startswith("Offer ")

    shipment = ShipmentForm(database)
    qtbot.addWidget(shipment)
    shipment.record_id = shipment_id
    shipment.reload()
    settle()
    assert [r[2] for r in texts(shipment.history)] == ["Created"]
    shipment.bindings["vessel"].set_text("MSC Aurora 012E")
    assert shipment.save()
    settle()
    assert texts(shipment.history)[0][2] == "Vessel / flight: (empty) → MSC Aurora 012E"
