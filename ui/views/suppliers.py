"""The supplier list (100,000 rows, page by page) beside the supplier form."""

from __future__ import annotations

from typing import Any

from app import countries
from app.search import SupplierQuery, SupplierRow, search_suppliers
from app.services.suppliers import archive_supplier, get_supplier, restore_supplier
from ui.forms.base import RecordForm
from ui.forms.supplier import SupplierForm
from ui.table_model import Column, Fetched, PagedTableModel
from ui.views.base import RecordView

COLUMNS: list[Column[SupplierRow]] = [
    Column("Name", lambda r: r.name + (" (archived)" if r.archived else ""), "name"),
    Column("Country", lambda r: countries.name(r.country), "country"),
    Column("City", lambda r: r.city, "city"),
    Column("Status", lambda r: r.status, "status"),
    Column("Tax id", lambda r: r.tax_id, "tax_id"),
    Column("Updated", lambda r: r.updated_at, "updated_at"),
]


class SuppliersView(RecordView):
    kind = "supplier"
    title = "Suppliers"
    icon_name = "suppliers"
    can_archive = True

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="name")

    def query(self, offset: int, limit: int, sort: str, descending: bool) -> SupplierQuery:
        return SupplierQuery(
            text=self.search.text(),
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
            include_archived=self.show_archived.isChecked(),
        )

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Fetched[Any]:
        with self.database.transaction() as session:
            page = search_suppliers(session, self.query(offset, limit, sort, descending))
        return Fetched(page.rows, page.total, page.total_text)

    def make_form(self) -> RecordForm:
        return SupplierForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()

    def new_defaults(self) -> dict[str, Any]:
        return {"status": "prospect"}

    def archive(self, record_id: int, archived: bool) -> None:
        with self.database.transaction() as session:
            (archive_supplier if archived else restore_supplier)(session, record_id)

    def is_archived(self, record_id: int) -> bool:
        with self.database.transaction() as session:
            return get_supplier(session, record_id).is_archived
