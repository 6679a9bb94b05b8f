"""The contact list: every person at every (non-archived) supplier."""

from __future__ import annotations

from typing import Any

from app.lists import ContactQuery, ContactRow, contact_page
from ui.forms.base import RecordForm
from ui.forms.contact import ContactForm
from ui.table_model import Column, Fetched, PagedTableModel
from ui.views.base import RecordView

COLUMNS: list[Column[ContactRow]] = [
    Column("Name", lambda r: r.name, "name"),
    Column("Supplier", lambda r: r.supplier, "supplier"),
    Column("Country", lambda r: r.country, "country"),
    Column("Role", lambda r: r.role, "role"),
    Column("Email", lambda r: r.email, "email"),
    Column("Phone", lambda r: r.phone, "phone"),
    Column("Language", lambda r: r.language, "language"),
    Column("Main", lambda r: r.is_primary),
]


class ContactsView(RecordView):
    kind = "contact"
    title = "Contacts"
    icon_name = "contacts"

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="name")

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Fetched[Any]:
        query = ContactQuery(
            text=self.search.text(), sort=sort, descending=descending, limit=limit, offset=offset
        )
        with self.database.transaction() as session:
            page = contact_page(session, query)
        return Fetched(page.rows, page.total)

    def make_form(self) -> RecordForm:
        return ContactForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()
