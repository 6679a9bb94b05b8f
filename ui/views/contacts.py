"""The contact list: every person at every (non-archived) supplier, optionally only at
suppliers of one country."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.messages import translate
from app.queries.lists import ContactQuery, ContactRow, contact_page, contact_page_read
from app.store.database import Database
from ui.forms.base import RecordForm
from ui.forms.contact import ContactForm
from ui.table_model import Column, PagedTableModel, Plan, page_plan
from ui.views.base import RecordView
from ui.widgets import country_combo

COLUMNS: list[Column[ContactRow]] = [
    Column(translate("Columns", "Name"), lambda r: r.name, "name"),
    Column(translate("Columns", "Supplier"), lambda r: r.supplier, "supplier"),
    Column(translate("Columns", "Country"), lambda r: r.country, "country"),
    Column(translate("Columns", "Role"), lambda r: r.role, "role"),
    Column(translate("Columns", "Email"), lambda r: r.email, "email"),
    Column(translate("Columns", "Phone"), lambda r: r.phone, "phone"),
    Column(translate("Columns", "WhatsApp"), lambda r: r.whatsapp),
    Column(translate("Columns", "WeChat"), lambda r: r.wechat),
    Column(translate("Columns", "Language"), lambda r: r.language, "language"),
    Column(translate("Columns", "Main"), lambda r: r.is_primary),
]
"""The headers are the export's (app.exporting.list_sources.CONTACT_COLUMNS)."""


class ContactsView(RecordView):
    kind = "contact"
    title = translate("Views", "Contacts")
    icon_name = "contacts"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        # The base class loads the first page while it builds the table: filter first.
        self.country_filter = country_combo()
        edit = self.country_filter.lineEdit()
        if edit is not None:  # always, the combo is editable
            edit.setPlaceholderText(self.tr("Any country"))
        self.country_filter.setMinimumContentsLength(18)
        self.country_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        super().__init__(database, parent)
        self.filters.addWidget(self.country_filter)
        self.filters.addStretch(1)
        # Only a country from the list filters: half-typed text leaves the list alone.
        self.country_filter.currentIndexChanged.connect(self.requery)

    def search_hint(self) -> str:
        return self.tr("Search contacts…")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln contact(s)", "", count)

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="name")

    def query(
        self, offset: int = 0, limit: int = 200, sort: str = "name", descending: bool = False
    ) -> ContactQuery:
        """The list's query as the search box and the filter say (exports use it too)."""
        country = self.country_filter.currentData()
        return ContactQuery(
            text=self.search.text(),
            countries=[country] if country else [],
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Plan:
        query = self.query(offset, limit, sort, descending)
        return page_plan(self.database, contact_page, query, contact_page_read)

    def make_form(self) -> RecordForm:
        return ContactForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()
