"""The negotiation list, filtered by stage, product, supplier country and owner, beside
the negotiation form with its offer rounds and price chart.

Every price in the list carries its currency and unit ('2.45 USD/kg', '418.00 CNY/box').
The "Landed /kg" column (in the column chooser) gives the latest supplier offer's landed
cost per kg in the reporting currency; it is read, a few queries per page, only while
the column is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from app.errors import ServiceError
from app.exporting.export_settings import load_export_settings
from app.exporting.list_sources import incoterm_text, price_unit
from app.messages import translate
from app.queries.landed_costs import LandedSettings
from app.queries.lists import (
    NegotiationQuery,
    NegotiationRow,
    negotiation_list_read,
    negotiation_page,
)
from app.queries.negotiation_rounds import negotiation_owners
from app.rules import countries
from app.rules.vocabulary import label
from app.services.negotiations import (
    archive_negotiation,
    get_negotiation,
    restore_negotiation,
)
from app.services.products import search_products
from app.store.database import Database
from models import NegotiationStage
from ui.errors import show_error
from ui.forms.base import RecordForm
from ui.forms.negotiation import NegotiationForm
from ui.i18n import shown
from ui.table_model import Column, PagedTableModel, Plan, member, page_plan
from ui.views.base import SEARCH_DELAY_MS, RecordView
from ui.widgets import SearchableCombo, country_combo
from ui.worker import Latest

LANDED = translate("Columns", "Landed /kg")

COLUMNS: list[Column[NegotiationRow]] = [
    Column(translate("Columns", "Title"), lambda r: r.title, "title"),
    Column(translate("Columns", "Supplier"), lambda r: r.supplier, "supplier"),
    Column(translate("Columns", "Product"), lambda r: r.product, "product"),
    Column(translate("Columns", "Stage"), lambda r: member(NegotiationStage, r.stage), "stage"),
    Column(translate("Columns", "Theirs"), lambda r: r.supplier_label, numeric=True),
    Column(translate("Columns", "Ours"), lambda r: r.buyer_label, numeric=True),
    Column(translate("Columns", "Gap"), lambda r: r.gap_label, numeric=True),
    Column(LANDED, lambda r: r.landed_label, numeric=True, shown=False),
    Column(translate("Columns", "Cur."), lambda r: r.offer_currency),
    Column(translate("Columns", "Owner"), lambda r: r.owner, "owner"),
    Column(translate("Columns", "Updated"), lambda r: r.updated_at, "updated_at"),
    Column(
        translate("Columns", "Country"), lambda r: countries.name(r.country), "country", shown=False
    ),
    Column(translate("Columns", "Grade"), lambda r: r.grade, shown=False),
    Column(
        translate("Columns", "Target volume"), lambda r: r.target_volume, numeric=True, shown=False
    ),
    Column(translate("Columns", "Volume unit"), lambda r: r.volume_unit, shown=False),
    Column(
        translate("Columns", "Target price"),
        lambda r: r.target_label,
        "target_price",
        numeric=True,
        shown=False,
    ),
    Column(
        translate("Columns", "Price in"),
        lambda r: price_unit(r.currency, r.price_unit),
        shown=False,
    ),
    Column(translate("Columns", "Incoterm"), incoterm_text, shown=False),
    Column(
        translate("Columns", "Expected close"),
        lambda r: r.expected_close,
        "expected_close",
        shown=False,
    ),
    Column(translate("Columns", "Delivery from"), lambda r: r.delivery_start, shown=False),
    Column(translate("Columns", "Delivery to"), lambda r: r.delivery_end, shown=False),
    Column(translate("Columns", "Offers"), lambda r: r.offers, numeric=True, shown=False),
    Column(translate("Columns", "Created"), lambda r: r.created_at, shown=False),
]
"""The headers are the export's (app.exporting.list_sources.NEGOTIATION_COLUMNS); the
list labels its prices where the export gives numbers and their currency apart."""

OPEN_STAGES = (
    NegotiationStage.LEAD,
    NegotiationStage.SAMPLING,
    NegotiationStage.NEGOTIATING,
    NegotiationStage.AGREED,
)
ALL_STAGES = "all"
OPEN = "open"
DETAIL_SHARE = 0.62
"""The form with its offers and chart needs more room than the list."""


class NegotiationsView(RecordView):
    kind = "negotiation"
    title = translate("Views", "Negotiations")
    icon_name = "negotiations"
    can_archive = True

    form: NegotiationForm

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        # The filters are read by _fetch, which the base may call while it builds.
        self._choices = Latest()
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), ALL_STAGES)
        self.stage_filter.addItem(self.tr("Open deals"), OPEN)
        for stage in NegotiationStage:
            self.stage_filter.addItem(shown(label(stage)), stage.value)
        self.product_filter = SearchableCombo([], show_code=False)
        self.country_filter = country_combo()
        self.owner_filter = QComboBox()
        self.owner_filter.setEditable(True)
        self.owner_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for editable, placeholder in (
            (self.product_filter, self.tr("Any product")),
            (self.country_filter, self.tr("Any country")),
            (self.owner_filter, self.tr("Any owner")),
        ):
            edit = editable.lineEdit()
            if edit is not None:  # always: the three are editable
                edit.setPlaceholderText(placeholder)
        super().__init__(database, parent)
        for combo, tip in (
            (self.stage_filter, self.tr("Show deals at this stage")),
            (self.product_filter, self.tr("Show deals for this product")),
            (self.country_filter, self.tr("Show deals with suppliers in this country")),
            (self.owner_filter, self.tr("Show deals owned by this person")),
        ):
            combo.setToolTip(tip)
            combo.setMinimumContentsLength(4)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.filters.addWidget(combo, 1)
        self._filter_delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._filter_delay.timeout.connect(self.requery)
        self.stage_filter.currentIndexChanged.connect(self.requery)
        for combo in (self.product_filter, self.country_filter, self.owner_filter):
            combo.currentTextChanged.connect(self._filter_delay.start)
        self.form.offers_changed.connect(self._offers_changed)
        self.column_chooser.changed.connect(self._columns_changed)
        self.splitter.setSizes([int(1000 * (1 - DETAIL_SHARE)), int(1000 * DETAIL_SHARE)])
        self.load_choices()

    # --- filters -------------------------------------------------------------------------

    def load_choices(self) -> None:
        """Fill the product and owner pick lists (a few hundred at most), keeping what is
        chosen; called again on refresh since new deals bring new products and owners.
        Read off the UI thread; the newest read wins."""
        database = self.database

        def read() -> tuple[list[tuple[int, str]], list[str]]:
            with database.read() as session:
                products = [(p.id, p.name) for p in search_products(session, limit=500)]
                return products, negotiation_owners(session)

        self._choices.run(read, self._show_choices, self._choices_failed)

    def _choices_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        show_error(self, exc)

    def _show_choices(self, found: tuple[list[tuple[int, str]], list[str]]) -> None:
        products, owners = found
        product = self.product_filter.currentText()
        owner = self.owner_filter.currentText()
        for combo in (self.product_filter, self.owner_filter):
            combo.blockSignals(True)
        self.product_filter.clear()
        self.product_filter.addItem("", "")
        for product_id, name in products:
            self.product_filter.addItem(name, str(product_id))
        self.product_filter.setEditText(product)
        self.owner_filter.clear()
        self.owner_filter.addItems(["", *owners])
        self.owner_filter.setEditText(owner)
        for combo in (self.product_filter, self.owner_filter):
            combo.blockSignals(False)

    def query(
        self, offset: int = 0, limit: int = 200, sort: str = "updated_at", descending: bool = True
    ) -> NegotiationQuery:
        """The list's query as the search box and the filters say."""
        stage = self.stage_filter.currentData()
        stages: tuple[NegotiationStage, ...] = ()
        if stage == OPEN:
            stages = OPEN_STAGES
        elif stage and stage != ALL_STAGES:
            stages = (NegotiationStage(stage),)
        product = self.product_filter.value()
        typed_country = self.country_filter.value()
        country = countries.lookup(typed_country) if typed_country else None
        return NegotiationQuery(
            text=self.search.text(),
            stages=stages,
            product_id=int(product) if product.isdigit() else None,
            countries=(country,) if country else (),
            owner=self.owner_filter.currentText().strip() or None,
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
            include_archived=self.show_archived.isChecked(),
            landed=self._landed_settings(),
        )

    def _landed_settings(self) -> LandedSettings | None:
        """The user's landed-cost settings while the Landed column is shown, else None
        (then the page reads no landed costs)."""
        chooser = getattr(self, "column_chooser", None)  # None while the base builds
        if chooser is None or LANDED not in chooser.shown():
            return None
        return load_export_settings().landed

    def _columns_changed(self) -> None:
        """The Landed column shown on rows read without it: read them again."""
        model = self.model
        shown = LANDED in self.column_chooser.shown()
        if shown and model.loaded and model.rowCount() and model.row_at(0).landed_currency is None:
            self.refresh()

    # --- the record view's hooks ---------------------------------------------------------

    def show_stage(self, stage: str) -> None:
        """List the deals at `stage` (a NegotiationStage value), clearing the text search."""
        index = self.stage_filter.findData(stage)
        if index >= 0:
            self.search.clear()
            self.stage_filter.setCurrentIndex(index)

    def search_hint(self) -> str:
        return self.tr("Search negotiations…")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln negotiation(s)", "", count)

    def make_model(self) -> PagedTableModel[Any]:
        return PagedTableModel(COLUMNS, self._fetch, sort="updated_at", descending=True)

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Plan:
        query = self.query(offset, limit, sort, descending)
        return page_plan(self.database, negotiation_page, query, negotiation_list_read)

    def refresh(self) -> None:
        self.load_choices()
        super().refresh()

    def new_record(self) -> None:
        """A new deal starts with its supplier, at the top of the form."""
        super().new_record()
        if self.form.record_id is None and self.form.isEnabled():
            self.detail_scroll.verticalScrollBar().setValue(0)
            self.form.supplier.setFocus()

    def make_form(self) -> RecordForm:
        return NegotiationForm(self.database)

    def _saved(self, record_id: int) -> None:
        """The list's page came with the save (else refresh reads it, the pick lists
        too): the pick lists are read again only when the deal saved brings an owner or
        a product they lack."""
        page_came = self._page_saved
        super()._saved(record_id)
        if page_came and self._choices_lack_saved():
            self.load_choices()

    def _choices_lack_saved(self) -> bool:
        form = self.form
        assert isinstance(form, NegotiationForm)
        owner = form.bindings["owner"].text().strip()
        product = form.product.text().strip()
        return bool(
            (owner and self.owner_filter.findText(owner) < 0)
            or (product and self.product_filter.findText(product) < 0)
        )

    def open_in_form(self, record_id: int) -> None:
        self.form.record_id = record_id
        self.form.reload()

    def new_defaults(self) -> dict[str, Any]:
        return {"stage": "lead", "currency": "USD", "price_unit": "kg"}

    def archive(self, record_id: int, archived: bool) -> None:
        with self.database.transaction() as session:
            (archive_negotiation if archived else restore_negotiation)(session, record_id)

    def is_archived(self, record_id: int) -> bool:
        with self.database.read() as session:
            return get_negotiation(session, record_id).is_archived

    def _offers_changed(self, _record_id: int) -> None:
        """The list shows each side's latest price and the gap: show the new ones."""
        super().refresh()
        self.data_changed.emit()
