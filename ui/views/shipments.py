"""The shipment list, filtered by status and mode, beside the shipment form with its
document checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.messages import translate
from app.queries.lists import ShipmentQuery, ShipmentRow, shipment_page, shipment_page_read
from app.rules.vocabulary import label
from app.store.database import Database
from models import ShipmentMode, ShipmentStatus
from ui.forms.base import RecordForm
from ui.forms.shipment import ShipmentForm
from ui.i18n import shown
from ui.table_model import Column, PagedTableModel, Plan, member, page_plan
from ui.views.base import RecordView

COLUMNS: list[Column[ShipmentRow]] = [
    Column(translate("Columns", "Reference"), lambda r: r.reference, "reference"),
    Column(translate("Columns", "Supplier"), lambda r: r.supplier, "supplier"),
    Column(translate("Columns", "Mode"), lambda r: member(ShipmentMode, r.mode), "mode"),
    Column(translate("Columns", "Status"), lambda r: member(ShipmentStatus, r.status), "status"),
    Column(
        translate("Columns", "Container / AWB"),
        lambda r: r.container_no or r.transport_doc_no,
        "container_no",
    ),
    Column(translate("Columns", "ETD"), lambda r: r.etd, "etd"),
    Column(translate("Columns", "ETA"), lambda r: r.eta, "eta"),
    Column(translate("Columns", "To"), lambda r: r.destination_port, "destination_port"),
    Column(translate("Columns", "Docs missing"), lambda r: r.missing_documents or "", numeric=True),
    Column(translate("Columns", "Negotiation"), lambda r: r.negotiation, shown=False),
    Column(
        translate("Columns", "Container"), lambda r: r.container_no, "container_no", shown=False
    ),
    Column(translate("Columns", "Seal"), lambda r: r.seal_no, shown=False),
    Column(translate("Columns", "B/L / AWB"), lambda r: r.transport_doc_no, shown=False),
    Column(translate("Columns", "Carrier"), lambda r: r.carrier, shown=False),
    Column(translate("Columns", "Vessel / flight"), lambda r: r.vessel, shown=False),
    Column(translate("Columns", "From"), lambda r: r.origin_port, shown=False),
    Column(translate("Columns", "ATD"), lambda r: r.atd, shown=False),
    Column(translate("Columns", "ATA"), lambda r: r.ata, shown=False),
]
"""The headers are the export's (app.exporting.list_sources.SHIPMENT_COLUMNS)."""

MOVING = "moving"
"""The status filter's 'not delivered yet' choice: what a user follows day to day."""


def _filter_combo(everything: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, "")
    for value, text in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class ShipmentsView(RecordView):
    kind = "shipment"
    title = translate("Views", "Shipments")
    icon_name = "shipments"
    stretch_column = 1  # the supplier

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        # The base class loads the first page while it builds the table: filters first.
        self.status_filter = _filter_combo(
            self.tr("Any status"),
            [(MOVING, self.tr("Not delivered yet"))]
            + [(s.value, shown(label(s))) for s in ShipmentStatus],
        )
        self.mode_filter = _filter_combo(
            self.tr("Sea and air"), [(m.value, shown(label(m))) for m in ShipmentMode]
        )
        super().__init__(database, parent)
        self.filters.addWidget(self.status_filter)
        self.filters.addWidget(self.mode_filter)
        self.filters.addStretch(1)
        self.status_filter.currentIndexChanged.connect(self.requery)
        self.mode_filter.currentIndexChanged.connect(self.requery)
        assert isinstance(self.form, ShipmentForm)
        self.form.open_requested.connect(self.open_requested)
        self.form.documents_changed.connect(self._documents_changed)
        # The form is the larger half here: transport, dates and the checklist.
        self.splitter.setSizes([590, 570])

    def search_hint(self) -> str:
        return self.tr("Search shipments…")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln shipment(s)", "", count)

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="etd", descending=True)

    def _statuses(self) -> list[ShipmentStatus]:
        chosen = self.status_filter.currentData()
        if chosen == MOVING:
            return [s for s in ShipmentStatus if s is not ShipmentStatus.DELIVERED]
        return [ShipmentStatus(chosen)] if chosen else []

    def query(
        self, offset: int = 0, limit: int = 200, sort: str = "etd", descending: bool = True
    ) -> ShipmentQuery:
        """The list's query as the search box and the filters say (exports use it too)."""
        mode = self.mode_filter.currentData()
        return ShipmentQuery(
            text=self.search.text(),
            statuses=self._statuses(),
            modes=[ShipmentMode(mode)] if mode else [],
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Plan:
        query = self.query(offset, limit, sort, descending)
        return page_plan(self.database, shipment_page, query, shipment_page_read)

    def make_form(self) -> RecordForm:
        return ShipmentForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()
        listed = self.model.row_of_id(record_id) is not None
        if listed and isinstance(self.form, ShipmentForm):  # its tabs beside its fields
            self.form.open_tabs_early(record_id)

    def new_defaults(self) -> dict[str, Any]:
        return {"mode": "sea", "status": "planned"}

    def new_record(self) -> None:
        super().new_record()
        form = self.form
        if isinstance(form, ShipmentForm) and form.record_id is None and form.isEnabled():
            form.negotiation.setFocus()

    def _documents_changed(self) -> None:
        """A document arrived: the list's 'Docs missing' count moves at once."""
        self.refresh()
        self.data_changed.emit()
