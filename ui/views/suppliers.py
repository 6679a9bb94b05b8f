"""The supplier list (100,000 rows, page by page, filtered in SQL) beside the supplier
form, with the supplier's contacts, tags, certifications, notes, negotiations and
shipments in tabs under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget

from app.messages import translate
from app.queries.search import SupplierQuery, SupplierRow, page_read, search_suppliers
from app.rules import countries
from app.rules.vocabulary import label
from app.services.suppliers import archive_supplier, get_supplier, restore_supplier
from app.store.database import Database
from models import SupplierStatus
from ui.forms.base import RecordForm
from ui.forms.supplier import SupplierForm
from ui.forms.supplier_panel_base import SupplierRef
from ui.i18n import shown
from ui.icons import icon
from ui.table_model import Column, PagedTableModel, Plan, member, page_plan
from ui.views.base import RecordView
from ui.views.supplier_filters import SupplierFilters

# An archived supplier's row is greyed and italic (ui.table_model), its name left whole.
# The headers are the export's (app.exporting.list_sources.SUPPLIER_COLUMNS).
COLUMNS: list[Column[SupplierRow]] = [
    Column(translate("Columns", "Name"), lambda r: r.name, "name"),
    Column(translate("Columns", "Country"), lambda r: countries.name(r.country), "country"),
    Column(translate("Columns", "City"), lambda r: r.city, "city"),
    Column(translate("Columns", "Status"), lambda r: member(SupplierStatus, r.status), "status"),
    Column(translate("Columns", "Tax id"), lambda r: r.tax_id, "tax_id"),
    Column(translate("Columns", "Updated"), lambda r: r.updated_at, "updated_at"),
    Column(translate("Columns", "Region"), lambda r: r.region, shown=False),
    Column(translate("Columns", "Email"), lambda r: r.email, shown=False),
    Column(translate("Columns", "Phone"), lambda r: r.phone, shown=False),
    Column(translate("Columns", "Website"), lambda r: r.website, shown=False),
    Column(translate("Columns", "Primary contact"), lambda r: r.primary_contact, shown=False),
    Column(translate("Columns", "Products"), lambda r: r.products, shown=False),
    Column(translate("Columns", "Certifications"), lambda r: _certifications(r), shown=False),
    Column(translate("Columns", "Tags"), lambda r: r.tags, shown=False),
    Column(translate("Columns", "Created"), lambda r: r.created_at, "created_at", shown=False),
]


def _certifications(row: SupplierRow) -> str:
    """The row's certifications in the window's language (the export writes
    app.exporting.list_sources.certification_labels, in English)."""
    return shown([label(kind) for kind in row.certifications])


class SupplierListModel(PagedTableModel[SupplierRow]):
    """The page of suppliers; one with a compliance problem (a registration or certificate
    expired, suspended or due within the window: SupplierRow.compliance_problem, read in
    the page's own query) carries a red marker before its name, explained in its tooltip."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and index.column() == 0 and role in MARKER_ROLES:
            row = self.row_at(index.row()) if index.row() < self.rowCount() else None
            if row is not None and row.compliance_problem:
                if role == Qt.ItemDataRole.DecorationRole:
                    return _marker()
                name = super().data(index, Qt.ItemDataRole.DisplayRole)
                return f"{name}\n{shown(PROBLEM_TIP)}"
        return super().data(index, role)


SEARCH_MIN_WIDTH = 100
MARKER_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
PROBLEM_TIP = translate(
    "SupplierListModel",
    "Compliance problem: a registration or certificate expired, suspended or due within "
    "the window (see its Compliance tab)",
)
_icons: dict[str, Any] = {}


def _marker() -> Any:
    if "marker" not in _icons:
        _icons["marker"] = icon("compliance_problem")
    return _icons["marker"]


class SuppliersView(RecordView):
    kind = "supplier"
    title = translate("Views", "Suppliers")
    icon_name = "suppliers"
    can_archive = True

    form: SupplierForm

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        # The model's fetch reads the filters, so they exist before the base builds it.
        self.supplier_filters = SupplierFilters(database)
        super().__init__(database, parent)
        for combo in self.supplier_filters.combos:
            self.filters.addWidget(combo)
        self.clear_filters = QToolButton(autoRaise=True)
        self.clear_filters.setText("×")
        self.clear_filters.setToolTip(self.tr("Clear the filters"))
        self.clear_filters.setEnabled(False)
        self.filters.addWidget(self.clear_filters)
        # Six filters: the search box keeps room for a name however long their words run
        # (Spanish); the combos shrink to their own minimum before it does.
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.supplier_filters.connect(self._filter_changed)
        self.clear_filters.clicked.connect(self._clear_filters)
        self._place_panels()
        self.form.panels.open_requested.connect(self.open_requested)
        self.form.related_changed.connect(self._related_changed)

    def _place_panels(self) -> None:
        """The tabs go under the fields and Save button, in a splitter of their own, so
        the fields scroll while the tabs stay in view."""
        detail = self.detail_scroll  # the base put it at index 1 of self.splitter
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setChildrenCollapsible(False)
        self.splitter.replaceWidget(1, self.detail_splitter)
        self.detail_splitter.addWidget(detail)
        self.detail_splitter.addWidget(self.form.panels)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 2)
        self.form.panels.setMinimumHeight(190)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The first layout (a saved one replaces it): half list, half supplier.
        self.splitter.setSizes([470, 630])
        self.detail_splitter.setSizes([300, 330])

    # --- the list ----------------------------------------------------------------------

    def make_model(self) -> PagedTableModel[Any]:
        return SupplierListModel(COLUMNS, self._fetch, sort="name")

    def query(
        self,
        offset: int = 0,
        limit: int = 200,
        sort: str = "name",
        descending: bool = False,
        after_id: int | None = None,
    ) -> SupplierQuery:
        """The list's query as the search box and the filters say (exports use it too)."""
        return self.supplier_filters.query(
            SupplierQuery(
                text=self.search.text(),
                sort=sort,
                descending=descending,
                limit=limit,
                offset=offset,
                after_id=after_id,
                include_archived=self.show_archived.isChecked(),
            )
        )

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Plan:
        # Deeper pages continue after the last row shown: as fast as the first.
        after = self.model.id_at(offset - 1) if offset else None
        query = self.query(offset, limit, sort, descending, after_id=after)
        return page_plan(self.database, search_suppliers, query, page_read)

    def _filter_changed(self) -> None:
        self.clear_filters.setEnabled(self.supplier_filters.active())
        self.requery()

    def _clear_filters(self) -> None:
        for combo in self.supplier_filters.combos:
            combo.blockSignals(True)
        self.supplier_filters.clear()
        for combo in self.supplier_filters.combos:
            combo.blockSignals(False)
        self._filter_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Coming back to the list: countries, tags and products may have changed."""
        self.supplier_filters.reload_choices()
        super().showEvent(event)

    def search_hint(self) -> str:
        return self.tr("Search suppliers…")

    def count_text(self, count: int) -> str:
        if not self.model.exact:  # the count stopped at its cap: '10,000+ suppliers'
            return self.tr("%Ln+ supplier(s)", "", count)
        return self.tr("%Ln supplier(s)", "", count)

    def status_text(self) -> str:
        text = super().status_text()
        if self.supplier_filters.active():
            return self.tr("{text} (filtered)").format(text=text)
        return text

    # --- the form ----------------------------------------------------------------------

    def make_form(self) -> RecordForm:
        return SupplierForm(self.database)

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()
        row = self.model.row_of_id(record_id)
        if row is not None:  # the tabs read at once, not after the form's own read
            listed = self.model.row_at(row)
            self.form.open_tabs_early(SupplierRef(record_id, listed.name, listed.country))

    def new_defaults(self) -> dict[str, Any]:
        return {"status": "prospect"}

    def _related_changed(self) -> None:
        """A tab saved something: the row's Updated date, the tag filter's choices."""
        self.supplier_filters.reload_choices()
        self.refresh()
        self.data_changed.emit()

    def archive(self, record_id: int, archived: bool) -> None:
        with self.database.transaction() as session:
            (archive_supplier if archived else restore_supplier)(session, record_id)

    def is_archived(self, record_id: int) -> bool:
        with self.database.read() as session:
            return get_supplier(session, record_id).is_archived

    # --- remembered layout -------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue(f"{self.kind}/detail_splitter", self.detail_splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        state = settings.value(f"{self.kind}/detail_splitter")
        if isinstance(state, QByteArray):
            self.detail_splitter.restoreState(state)
