"""The negotiation form: the deal's terms in two columns (so it fits a 1366x768 laptop),
and under them the offer rounds with their price chart.

Money is always entered and shown with its currency beside it; a price without its
currency means nothing to someone sourcing in USD, EUR and CNY in the same week.

Opening a deal reads the form's fields, the offer rounds, the files and the history
together (app.queries.negotiation_page: one round trip on a team server, where the form
and each tab reading on its own took thirteen), then the rounds' landed costs (a second):
the form hands each tab its part, the fields, files and history shown while the landed
costs are on their way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.exporting.export_settings import load_export_settings
from app.messages import translate
from app.queries.batched import AnyRow, AnySelect, Together
from app.queries.negotiation_page import (
    NegotiationPage,
    NegotiationPageRead,
    negotiation_page,
    negotiation_page_read,
)
from app.queries.negotiation_rounds import DealFound, DealRounds, rounds_of
from app.rules.vocabulary import label
from app.services.negotiations import (
    NEGOTIATION_FIELDS,
    create_negotiation,
    update_negotiation,
)
from app.store.database import Database
from models import AttachmentOwner, NegotiationStage
from ui.attachments import THUMBNAIL_MAX_BYTES, AttachmentsPanel, Listing
from ui.compliance_warning import warn_after_save
from ui.forms.base import RecordForm
from ui.forms.offers import (
    INCOTERMS,
    OffersPanel,
    bind_row,
    show_starts,
    units,
)
from ui.history_panel import HistoryView
from ui.i18n import shown
from ui.lookups import supplier_search
from ui.widgets import RecordPicker, choice_combo, currency_combo

PAGE = "_page"
"""The key of `fetch`'s values under which the deal's tabs find what was read for them."""


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(6, 4, 6, 4)
    form.setVerticalSpacing(4)
    return box, form


class NegotiationForm(RecordForm):
    entity = "Negotiation"
    offers_changed = Signal(int)
    """An offer of deal `id` was added, edited or deleted: lists showing prices refresh."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, NEGOTIATION_FIELDS, parent)
        deal_box, deal = _group(self.tr("Deal"))
        terms_box, terms = _group(self.tr("Terms"))
        delivery_box, delivery = _group(self.tr("Delivery"))

        self.supplier = RecordPicker(supplier_search(database), self.tr("Type a supplier's name…"))
        supplier_label = self.tr("Supplier")
        deal.addRow(f"{supplier_label} *", self.supplier)
        self.product = QLineEdit(placeholderText=self.tr("e.g. Hass avocado, cherries"))
        product_label = self.tr("Product")
        deal.addRow(f"{product_label} *", self.product)
        self.line("title", self.tr("(default: product – supplier)"), deal)
        stages = [(s.value, shown(label(s))) for s in NegotiationStage]
        self.bind("stage", choice_combo(stages, allow_empty=False), deal)
        self.line("owner", "", deal)
        self.date("expected_close", deal)
        self.text_area("notes", deal)
        self.bindings["notes"].widget.setFixedHeight(84)

        self.line("grade", self.tr("e.g. Cat I, calibre 48"), terms)
        bind_row(
            self,
            terms,
            self.tr("Volume"),
            ("target_volume", QLineEdit(placeholderText=self.tr("e.g. 20000"))),
            ("volume_unit", choice_combo(units())),
        )
        self.currency = currency_combo()
        bind_row(
            self,
            terms,
            self.tr("Target price"),
            ("target_price", QLineEdit(placeholderText=self.tr("e.g. 3.80"))),
            ("currency", self.currency),
            QLabel(self.tr("per")),
            ("price_unit", choice_combo(units())),
        )
        self.line("payment_terms", self.tr("e.g. 30% advance, 70% against B/L"), terms)

        bind_row(
            self,
            delivery,
            self.tr("Incoterm"),
            ("incoterm", choice_combo(INCOTERMS)),
            ("incoterm_place", QLineEdit(placeholderText=self.tr("e.g. Valparaíso, Shanghai"))),
        )
        self.line("origin_port", "", delivery)
        self.line("destination_port", "", delivery)
        self.date("delivery_start", delivery)
        self.date("delivery_end", delivery)

        columns = QHBoxLayout()
        columns.setSpacing(6)
        columns.addWidget(deal_box, 5)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(terms_box)
        right.addWidget(delivery_box)
        right.addStretch(1)
        columns.addLayout(right, 6)
        self.outer.insertLayout(1, columns)

        self._handing = 0
        self._shown_deal: DealFound | None = None
        """The deal as its page was last read (its rounds' landed-cost plan)."""
        """Counts loads: a tab's part of a page is handed over only while it is the last."""
        self.offers = OffersPanel(database)
        self.offers.owner_reloads = True  # the rounds come again with the deal
        self.offers.changed.connect(self._offers_changed)
        self.history = HistoryView(database, "negotiation")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.files = AttachmentsPanel(database, AttachmentOwner.NEGOTIATION)
        self.files.loaded.connect(self._files_counted)
        self.tabs.addTab(self.offers, self.tr("Offers"))
        self.tabs.addTab(self.files, self.tr("Files"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.outer.addWidget(self.tabs)
        self.unreadable.connect(lambda _record_id: self._unreadable())

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        """Show a deal; its tabs show what was read with it (`fetch`), or, given values
        without it, read their own. The rounds' landed costs, when they are still to be
        read, are asked for first: the fields, files and history are shown meanwhile."""
        found = values.get(PAGE)
        ours = isinstance(found, NegotiationPage) and found.negotiation_id == record_id
        page = found if ours else None
        self._shown_deal = page.deal if page is not None else None
        if page is not None and page.rounds is None:
            database, deal = self.database, page.deal
            self.offers.show_deal(page.negotiation_id, lambda: _read_rounds(database, deal))
        self.supplier.set_record(values.get("supplier_id"), str(values.get("supplier") or ""))
        self.supplier.setReadOnly(record_id is not None)
        self.product.setText(str(values.get("product") or ""))
        self.product.setReadOnly(record_id is not None)
        super().load(record_id, version, values)
        show_starts(self)
        self.offers.setEnabled(record_id is not None)
        self.history.setEnabled(record_id is not None)
        self._handing += 1  # what an earlier load still had to hand over is dropped
        if page is not None:
            self._hand_over(page.negotiation_id, page)
            return
        self.offers.show_deal(record_id)
        self.history.show_record(record_id)
        self.files.show_owner(record_id)
        self._files_counted()

    def _hand_over(self, record_id: int, page: NegotiationPage) -> None:
        """Each tab shows its part of the page, one after the other in turns of the event
        loop (the rounds first): the window paints and takes input between them, where
        filling them all at once kept it waiting for the sum (issue 18: under 50 ms)."""
        handing = self._handing
        parts: list[Callable[[], None]] = [
            lambda: self.history.show_entries(record_id, page.history),
            lambda: self.files.show_listing(record_id, Listing(page.files, page.images)),
        ]
        rounds = page.rounds
        if rounds is not None:  # else on their way (`load`)
            parts.insert(0, lambda: self.offers.show_rounds(record_id, rounds))

        def next_part() -> None:
            if handing != self._handing or not shiboken6.isValid(self):
                return  # another load (or a reload) came meanwhile
            parts.pop(0)()
            if parts:
                QTimer.singleShot(0, self, next_part)
            else:
                self._files_counted()

        next_part()

    def reload(self) -> None:
        """Read the deal again with everything its tabs show (`fetch`): meanwhile a tab
        showing another deal's says it is loading."""
        super().reload()
        if self.record_id is not None and self.reading():
            self._handing += 1
            self.offers.expect(self.record_id)
            self.history.expect(self.record_id)
            self.files.expect(self.record_id)

    def _unreadable(self) -> None:
        """The deal could not be read: neither can what its tabs were waiting for."""
        self._handing += 1
        self.offers.not_coming()
        self.history.not_coming()
        self.files.not_coming()

    def _files_counted(self) -> None:
        """The Files tab says how many there are ('Files (2)'), once they are known."""
        count = len(self.files.files) if self.files.owner_id is not None else 0
        index = self.tabs.indexOf(self.files)
        text = self.tr("Files ({count})").format(count=count) if count else self.tr("Files")
        self.tabs.setTabText(index, text)

    def heading(self) -> str:
        if self.record_id is None:
            return super().heading()
        return self.titled(self.bindings["title"].text() or self.tr("Negotiation"))

    def _offers_changed(self) -> None:
        """An offer can move the stage (first offer: lead -> negotiating), so the form
        reloads, the rounds and the history with it; unsaved edits are kept (the rounds
        and the history are read on their own) and a later save meets the conflict
        dialog."""
        if self.record_id is None:
            return
        if not self.is_dirty():
            self.reload()
        else:
            self.offers.show_deal(self.record_id)
            self.history.refresh()
        self.offers_changed.emit(self.record_id)

    def prepare_write(self) -> None:
        # The write runs off the UI thread: what it needs of the widgets, read here.
        self._supplier_id = self.supplier.value()
        self._product_name = self.product.text()
        self._warnings: list[str] = []

    def after_write(self) -> None:
        warn_after_save(self, self._warnings)  # shown once `saved` is emitted

    def create_record(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        supplier_id = self._supplier_id
        if supplier_id is None:
            raise ValidationError(
                [
                    FieldError(
                        "supplier_id",
                        translate("NegotiationForm", "Supplier"),
                        translate("NegotiationForm", "choose the supplier from the list"),
                    )
                ]
            )
        negotiation = create_negotiation(
            session, supplier_id, values, product_name=self._product_name
        )
        return negotiation.id, negotiation.version

    def update_record(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        warnings: list[str] = []  # a compliance warning is shown once the save is done
        version = update_negotiation(
            session, record_id, values, expected_version=expected_version, warnings=warnings
        ).version
        self._warnings = warnings  # shown by after_write, on the UI thread
        return version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        """The deal's stored values (Decimal 19.5, not the JSON text '19.5000') with the
        names shown, and under PAGE all its tabs show (`load` hands it to them).

        `session` is a read session (RecordForm reads in Database.read(): on a team
        server autocommit, no BEGIN and no COMMIT around it)."""
        settings = load_export_settings().landed  # the reporting currency of the rounds
        page = negotiation_page(
            session, record_id, settings, image_limit=THUMBNAIL_MAX_BYTES, with_rounds=False
        )
        return page.version, {**page.values, PAGE: page}

    def saved_record_read(self) -> Callable[[Session, int], Together]:
        """The deal with everything its tabs show, read with the save (as `fetch` reads
        it), its rounds' landed costs too when the save changed none of their inputs:
        they are sent as the deal shown planned them (negotiation_page_read)."""
        deal = self._shown_deal
        plan = deal.plan if deal is not None and deal.negotiation.id == self.record_id else None
        ahead = tuple(plan.statements) if plan is not None else ()

        def read(session: Session, record_id: int) -> Together:
            settings = load_export_settings().landed
            return _AsFormValues(
                negotiation_page_read(
                    session,
                    record_id,
                    settings,
                    image_limit=THUMBNAIL_MAX_BYTES,
                    with_rounds=False,
                    landed_ahead=ahead,
                )
            )

        return read


@dataclass(frozen=True)
class _AsFormValues:
    """A deal's page read with a save, answering as NegotiationForm.fetch does."""

    page: NegotiationPageRead

    @property
    def statements(self) -> Sequence[AnySelect]:
        return self.page.statements

    def answer(self, session: Session, found: Sequence[list[AnyRow]]) -> tuple[int, dict[str, Any]]:
        page = self.page.answer(session, found)
        return page.version, {**page.values, PAGE: page}


def _read_rounds(database: Database, deal: DealFound) -> DealRounds:
    """The rounds of a deal the form has read (their landed costs: one round trip), off
    the UI thread."""
    with database.read() as session:
        return rounds_of(session, deal)
