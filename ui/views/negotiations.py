"""The negotiation list beside the negotiation form (placeholder form, see issue 3)."""

from __future__ import annotations

from typing import Any

from app.lists import NegotiationQuery, NegotiationRow, negotiation_page
from app.services.negotiations import (
    archive_negotiation,
    get_negotiation,
    restore_negotiation,
)
from ui.forms.base import RecordForm
from ui.forms.negotiation import NegotiationForm
from ui.table_model import Column, Fetched, PagedTableModel
from ui.views.base import RecordView

COLUMNS: list[Column[NegotiationRow]] = [
    Column("Title", lambda r: r.title, "title"),
    Column("Supplier", lambda r: r.supplier, "supplier"),
    Column("Product", lambda r: r.product, "product"),
    Column("Stage", lambda r: r.stage, "stage"),
    Column("Theirs", lambda r: r.supplier_price, numeric=True),
    Column("Ours", lambda r: r.buyer_price, numeric=True),
    Column("Gap", lambda r: r.gap, numeric=True),
    Column("Cur.", lambda r: r.offer_currency),
    Column("Owner", lambda r: r.owner, "owner"),
    Column("Updated", lambda r: r.updated_at, "updated_at"),
]


class NegotiationsView(RecordView):
    kind = "negotiation"
    title = "Negotiations"
    icon_name = "negotiations"
    can_archive = True

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="updated_at", descending=True)

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Fetched[Any]:
        query = NegotiationQuery(
            text=self.search.text(),
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
            include_archived=self.show_archived.isChecked(),
        )
        with self.database.transaction() as session:
            page = negotiation_page(session, query)
        return Fetched(page.rows, page.total)

    def make_form(self) -> RecordForm:
        return NegotiationForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()

    def new_defaults(self) -> dict[str, Any]:
        return {"stage": "lead", "currency": "USD", "price_unit": "kg"}

    def archive(self, record_id: int, archived: bool) -> None:
        with self.database.transaction() as session:
            (archive_negotiation if archived else restore_negotiation)(session, record_id)

    def is_archived(self, record_id: int) -> bool:
        with self.database.transaction() as session:
            return get_negotiation(session, record_id).is_archived
