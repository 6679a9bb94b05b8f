"""The shipment list beside the shipment form (placeholder form, see issue 3)."""

from __future__ import annotations

from typing import Any

from app.lists import ShipmentQuery, ShipmentRow, shipment_page
from ui.forms.base import RecordForm
from ui.forms.shipment import ShipmentForm
from ui.table_model import Column, Fetched, PagedTableModel
from ui.views.base import RecordView

COLUMNS: list[Column[ShipmentRow]] = [
    Column("Reference", lambda r: r.reference, "reference"),
    Column("Supplier", lambda r: r.supplier, "supplier"),
    Column("Mode", lambda r: r.mode, "mode"),
    Column("Status", lambda r: r.status, "status"),
    Column("Container / AWB", lambda r: r.container_no or r.transport_doc_no, "container_no"),
    Column("ETD", lambda r: r.etd, "etd"),
    Column("ETA", lambda r: r.eta, "eta"),
    Column("To", lambda r: r.destination_port, "destination_port"),
    Column("Docs missing", lambda r: r.missing_documents or "", numeric=True),
]


class ShipmentsView(RecordView):
    kind = "shipment"
    title = "Shipments"
    icon_name = "shipments"

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="etd", descending=True)

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Fetched[Any]:
        query = ShipmentQuery(
            text=self.search.text(), sort=sort, descending=descending, limit=limit, offset=offset
        )
        with self.database.transaction() as session:
            page = shipment_page(session, query)
        return Fetched(page.rows, page.total)

    def make_form(self) -> RecordForm:
        return ShipmentForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()

    def new_defaults(self) -> dict[str, Any]:
        return {"mode": "sea", "status": "planned"}
