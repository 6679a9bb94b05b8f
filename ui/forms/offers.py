"""The offer rounds of a deal: the table of rounds with the gap and trends above it, the
add/edit offer dialog, and the price chart beside them, all refreshed after each change.

A round is shown the way people quote it ("USD 3.95/kg", "-0.25 (-6.0%)") so the table
reads like the e-mail thread it replaces. Beside the price, its landed cost per kg in the
reporting currency (the export settings' own), with the breakdown in the cell's tooltip,
or the first missing input, muted, when it cannot be computed.

A deal's rounds load off the UI thread (ui.worker), landed costs with them in two round
trips (app.queries.negotiation_rounds.deal_rounds); a newer request supersedes an older
one, whose answer is dropped. Under the negotiation form the rounds come with the deal
instead (app.queries.negotiation_page: `expect`, then `show_rounds`), and after an offer
is changed the form reads them again with the deal (`owner_reloads`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.exporting.export_settings import load_export_settings
from app.messages import translate
from app.queries.landed_costs import LandedSettings
from app.queries.negotiation_rounds import DealRounds, OfferRound, deal_rounds, offer_values
from app.queries.negotiation_summary import NegotiationSummary
from app.rules.landed_ladder import SHOWN_LINE, SHOWN_PER_KG, Landed
from app.rules.vocabulary import label
from app.services.negotiations import OFFER_FIELDS, add_offer, delete_offer, update_offer
from app.store.database import Database
from models import Incoterm, OfferSide, Unit
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.forms.base import FieldWidget, RecordForm
from ui.i18n import day, error_text, number, shown
from ui.icons import icon
from ui.price_chart import PriceChart
from ui.table_model import ID_ROLE
from ui.widgets import SearchableCombo, choice_combo, currency_combo
from ui.worker import run_in_background

ModelIndex = QModelIndex | QPersistentModelIndex


def units() -> list[tuple[str, str]]:
    """(stored value, label in the window's language) of each unit: kg stays kg."""
    return [(u.value, shown(label(u))) for u in Unit]


INCOTERMS = [(t.value, t.value) for t in Incoterm]
SIDE_LABELS = {
    OfferSide.SUPPLIER: translate("OffersPanel", "Supplier"),
    OfferSide.BUYER: translate("OffersPanel", "Us"),
}
"""Who made an offer, as the rounds say it (English; shown() puts it in the window's
language)."""
SIDES = [(side.value, text) for side, text in SIDE_LABELS.items()]
VISIBLE_ROUNDS = 6
REASON_LINES = 4
"""Room kept in the offer dialog for reasons shown under refused fields."""
NEGATIVE = QColor("#1e8449")
POSITIVE = QColor("#c0392b")


# --- shared by the deal form and the offer form -------------------------------------------


ROW_FIELD_MIN_WIDTH = 72
"""Room for '1,234.50' in a price or volume box sharing its row with combos."""


def bind_row(
    form: RecordForm, layout: QFormLayout, label: str, *parts: tuple[str, FieldWidget] | QWidget
) -> None:
    """One form row holding several fields (price, currency and unit side by side), each
    still bound to the spec with its own red reason underneath."""
    row = QWidget()
    fields = QHBoxLayout()
    fields.setContentsMargins(0, 0, 0, 0)
    fields.setSpacing(4)
    reasons = QVBoxLayout()
    reasons.setContentsMargins(0, 0, 0, 0)
    reasons.setSpacing(0)
    required = False
    for part in parts:
        if isinstance(part, QWidget):
            fields.addWidget(part)
            continue
        name, widget = part
        error = form.bind_field(name, widget)
        if isinstance(widget, QLineEdit):  # a figure stays readable beside long choices
            widget.setMinimumWidth(ROW_FIELD_MIN_WIDTH)
        fields.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
        reasons.addWidget(error)
        required = required or form.spec.fields[name].required
    box = QVBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(1)
    box.addLayout(fields)
    box.addLayout(reasons)
    layout.addRow(f"{label}{' *' if required else ''}", row)


def show_starts(form: RecordForm) -> None:
    """Scroll every pick list back to its start: a narrow currency field shows 'CNY Chi'
    rather than 'uan Renminbi'."""
    for binding in form.bindings.values():
        if isinstance(binding.widget, SearchableCombo):
            edit = binding.widget.lineEdit()
            if edit is not None:  # always: the combo is editable
                edit.setCursorPosition(0)


def exact_text(value: Decimal, least: int = 0) -> str:
    """A decimal in the locale's digits with every decimal it has ('20,000', '0.125'),
    at least `least` of them."""
    exponent = value.normalize().as_tuple().exponent
    places = max(least, -exponent) if isinstance(exponent, int) else least
    return number(value, places)


def amount_text(value: Decimal) -> str:
    """2 decimals, or more when the price has them (USD 0.125/lb), in the locale's digits."""
    return exact_text(value, 2)


def signed(value: Decimal, decimals: int) -> str:
    """'+0.25' / '-0.25' in the locale's digits."""
    return f"{'+' if value >= 0 else ''}{number(value, decimals)}"


def price_text(value: Decimal, currency: str, unit: str) -> str:
    return f"{currency} {amount_text(value)}/{unit}"


def change_text(change: Decimal | None, percent: Decimal | None) -> str:
    if change is None or percent is None:
        return ""
    return f"{signed(change, 2)} ({signed(percent, 1)}%)"


def gap_text(summary: NegotiationSummary) -> str:
    gap = summary.gap
    if gap is None:
        if not summary.gap_note:
            return ""
        return QCoreApplication.translate("OffersPanel", "Gap: {note}").format(
            note=shown(summary.gap_note)
        )
    percent = exact_text(gap.percent, 1)
    if gap.landed:  # the offers differ in currency, unit or Incoterm
        amount = gap.amount.quantize(SHOWN_PER_KG)
        return QCoreApplication.translate(
            "OffersPanel", "Gap on landed cost: {price} ({percent}% of their landed cost)"
        ).format(price=price_text(amount, gap.currency, gap.price_unit), percent=percent)
    return QCoreApplication.translate(
        "OffersPanel", "Gap: {price} ({percent}% of their price)"
    ).format(price=price_text(gap.amount, gap.currency, gap.price_unit), percent=percent)


def landed_text(landed: Landed | None) -> str:
    """The landed cell: '49.69' (the header names currency and unit), or the first input
    missing."""
    if landed is None:
        return ""
    if landed.per_kg is not None:
        return number(landed.per_kg.quantize(SHOWN_PER_KG, ROUND_HALF_UP), 2)
    first = (
        shown(landed.missing[0])
        if landed.missing
        else QCoreApplication.translate("OffersPanel", "an input")
    )
    return QCoreApplication.translate("OffersPanel", "missing: {input}").format(input=first)


def landed_tooltip(landed: Landed | None) -> str | None:
    """The breakdown, a line per step (4 decimals), and where duty and VAT come from; or
    every missing input."""
    if landed is None:
        return None
    if landed.per_kg is None:
        missing = "\n".join(f"• {shown(text)}" for text in landed.missing)
        heading = QCoreApplication.translate("OffersPanel", "Landed cost not computed; missing:")
        return f"{heading}\n{missing}"
    line_text = QCoreApplication.translate("OffersPanel", "{label}: {amount}")
    lines = [
        line_text.format(
            label=shown(line.label),
            amount=number(line.amount.quantize(SHOWN_LINE, ROUND_HALF_UP), 4),
        )
        for line in landed.lines
    ]
    lines.append(
        QCoreApplication.translate("OffersPanel", "Landed: {amount} {currency}/kg").format(
            amount=landed_text(landed), currency=landed.currency
        )
    )
    lines.append(
        QCoreApplication.translate(
            "OffersPanel",
            "Duty and VAT come from the tariff rows: "
            "check them against the current Chinese tariff.",
        )
    )
    return "\n".join(lines)


# --- the rounds table ----------------------------------------------------------------------


def _volume(r: OfferRound) -> str:
    if r.volume is None:
        return ""
    return f"{exact_text(r.volume)} {r.volume_unit or ''}".strip()


LANDED = "Landed /kg"
"""The landed column's key; its header names the reporting currency: 'Landed CNY/kg'."""

COLUMNS: list[tuple[str, Any, bool]] = [
    ("#", lambda r: number(r.point.round), True),
    (translate("OfferRoundsModel", "Date"), lambda r: day(r.point.offered_on), False),
    (translate("OfferRoundsModel", "Side"), lambda r: shown(SIDE_LABELS[r.side]), False),
    (
        translate("OfferRoundsModel", "Price"),
        lambda r: price_text(r.point.price, r.point.currency, r.point.price_unit),
        True,
    ),
    (LANDED, lambda r: landed_text(r.landed), True),
    (
        translate("OfferRoundsModel", "Change"),
        lambda r: change_text(r.point.change, r.point.change_percent),
        True,
    ),
    (translate("OfferRoundsModel", "Volume"), _volume, True),
    (
        translate("OfferRoundsModel", "Incoterm"),
        lambda r: f"{r.incoterm or ''} {r.incoterm_place or ''}".strip(),
        False,
    ),
    (
        translate("OfferRoundsModel", "Valid until"),
        lambda r: day(r.valid_until) if r.valid_until else "",
        False,
    ),
]
"""(header, value, right-aligned): headers in English (shown() translates them)."""
LANDED_COLUMN = next(n for n, (header, _value, _numeric) in enumerate(COLUMNS) if header == LANDED)


class OfferRoundsModel(QAbstractTableModel):
    """Every round of one deal, in order: a deal has a handful, so all are held."""

    def __init__(self) -> None:
        super().__init__()
        self._rounds: list[OfferRound] = []
        self.landed_currency = LandedSettings().currency

    def set_rounds(self, rounds: list[OfferRound], landed_currency: str | None = None) -> None:
        self.beginResetModel()
        self._rounds = list(rounds)
        if landed_currency:
            self.landed_currency = landed_currency
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def round_at(self, row: int) -> OfferRound:
        return self._rounds[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rounds)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rounds):
            return None
        item = self._rounds[index.row()]
        header, value, numeric = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and header == "Change" and item.point.change:
            return QBrush(NEGATIVE if item.point.change < 0 else POSITIVE)
        if header == LANDED:
            return self._landed_data(item.landed, role)
        if role == Qt.ItemDataRole.ToolTipRole and item.notes:
            return item.notes
        if role == ID_ROLE:
            return item.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if COLUMNS[section][0] == LANDED:
                return self.tr("Landed {currency}/kg").format(currency=self.landed_currency)
            return shown(COLUMNS[section][0])
        return None

    def _landed_data(self, landed: Landed | None, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return landed_tooltip(landed)
        missing = landed is not None and landed.per_kg is None
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and missing:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- one offer -----------------------------------------------------------------------------


class OfferForm(RecordForm):
    """One round, checked against OFFER_FIELDS as the user types, saved through the
    negotiation service (add_offer / update_offer with the version it was read at)."""

    entity = "Offer"

    def __init__(self, database: Database, negotiation_id: int, parent: QWidget | None = None):
        super().__init__(database, OFFER_FIELDS, parent)
        self.negotiation_id = negotiation_id
        self.title.hide()
        sides = [(value, shown(text)) for value, text in SIDES]
        self.bind("side", choice_combo(sides, allow_empty=False))
        self.date("offered_on")
        self.price = QLineEdit(placeholderText=self.tr("e.g. 3.95"))
        self.currency = currency_combo()
        bind_row(
            self,
            self.form,
            self.tr("Price"),
            ("price", self.price),
            ("currency", self.currency),
            QLabel(self.tr("per")),
            ("price_unit", choice_combo(units(), allow_empty=False)),
        )
        bind_row(
            self,
            self.form,
            self.tr("Volume"),
            ("volume", QLineEdit(placeholderText=self.tr("e.g. 20000"))),
            ("volume_unit", choice_combo(units())),
        )
        bind_row(
            self,
            self.form,
            self.tr("Incoterm"),
            ("incoterm", choice_combo(INCOTERMS)),
            ("incoterm_place", QLineEdit(placeholderText=self.tr("e.g. Valparaíso, Shanghai"))),
        )
        self.date("valid_until")
        self.text_area("notes")

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        super().load(record_id, version, values)
        show_starts(self)

    def create_record(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        offer = add_offer(session, self.negotiation_id, values)
        return offer.id, offer.version

    def update_record(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        return update_offer(session, record_id, values, expected_version=expected_version).version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        return offer_values(session, record_id)


class OfferDialog(QDialog):
    """Add or edit one offer; closes only once the offer is saved."""

    def __init__(
        self,
        database: Database,
        negotiation_id: int,
        record_id: int | None,
        values: Mapping[str, Any],
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add offer") if record_id is None else self.tr("Edit offer"))
        self.form = OfferForm(database, negotiation_id)
        self.form.load(record_id, version, values)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls inside a dialog of fixed height: a reason appearing under a
        # field as the user types does not grow the dialog nor move the Save button.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.outer.addStretch(1)  # spare height under the fields, not between them
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        room = REASON_LINES * self.fontMetrics().lineSpacing()
        self.resize(520, self.sizeHint().height() + room)

    def _save(self) -> None:
        if self.form.save():
            self.accept()


# --- the panel under the deal form ---------------------------------------------------------


class OffersPanel(QWidget):
    """Rounds, gap and trends, the offer buttons and the price chart of one deal."""

    changed = Signal()
    """An offer was added, edited or deleted (the deal's stage may have moved too)."""
    loaded = Signal()
    """The rounds asked for last are shown (or their failure to load is)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.negotiation_id: int | None = None
        self.rounds: DealRounds | None = None
        self.dialog: OfferDialog | None = None
        self.loading = False
        self.owner_reloads = False
        """True: after an offer is added, edited or deleted the panel only emits
        `changed`, and whoever holds it shows the rounds again (the negotiation form
        reads them with the deal, whose stage the offer may have moved)."""
        self._request = 0
        heading = QLabel(self.tr("Offer rounds"))
        heading.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.gap = QLabel()
        self.gap.setStyleSheet("font-weight: 600;")
        self.trends = QLabel()
        self.model = OfferRoundsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A missing input is a sentence: the landed column keeps the width of its header
        # and figures, the sentence is cut with an ellipsis (whole in the tooltip).
        self.table.horizontalHeader().setSectionResizeMode(
            LANDED_COLUMN, QHeaderView.ResizeMode.Interactive
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(icon("new"), self.tr("Add offer"))
        self.edit_button = QPushButton(self.tr("Edit offer"))
        self.delete_button = QPushButton(self.tr("Delete offer"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        self.chart = PriceChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.gap)
        layout.addWidget(self.trends)
        layout.addWidget(self.table)
        layout.addWidget(self.chart)
        self.add_button.clicked.connect(self.add_offer)
        self.edit_button.clicked.connect(self.edit_offer)
        self.delete_button.clicked.connect(self.delete_offer)
        self.table.doubleClicked.connect(lambda _index: self.edit_offer())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_deal(None)

    # --- showing -------------------------------------------------------------------------

    def show_deal(
        self, negotiation_id: int | None, read: Callable[[], DealRounds] | None = None
    ) -> None:
        """Show the rounds of a saved deal, read off the UI thread (the rounds shown stay
        until the new ones come when it is the same deal); an unsaved one has none and
        takes none yet. `read`: how to read them (off the UI thread), when the caller
        has part of them already (the negotiation form: the deal)."""
        other = negotiation_id != self.negotiation_id
        self.negotiation_id = negotiation_id
        self._request += 1
        request = self._request
        if negotiation_id is None:
            self.loading = False
            self._show(None)
            self.loaded.emit()
            return
        self.loading = True
        if other or self.rounds is None:
            self._show(None)
            self.gap.setText(self.tr("Loading offers…"))
        database = self.database
        run_in_background(
            read or (lambda: _load_rounds(database, negotiation_id)),
            lambda rounds: self._loaded(request, rounds),
            lambda exc: self._failed(request, exc),
        )

    def expect(self, negotiation_id: int) -> None:
        """The rounds of `negotiation_id` are being read elsewhere (`show_rounds` brings
        them): another deal's do not linger meanwhile, and the panel says it is loading."""
        self._request += 1  # a read of the panel's own still on its way is dropped
        if negotiation_id != self.negotiation_id or self.rounds is None or self.loading:
            self.negotiation_id = negotiation_id
            self.loading = True
            self._show(None)
            self.gap.setText(self.tr("Loading offers…"))

    def show_rounds(self, negotiation_id: int, rounds: DealRounds) -> None:
        """Show the rounds of `negotiation_id` read elsewhere (with the deal)."""
        self._request += 1
        self.negotiation_id = negotiation_id
        self.loading = False
        self._show(rounds)
        self.loaded.emit()

    def not_coming(self) -> None:
        """What `expect` waited for will not come (the deal could not be read)."""
        if self.loading:
            self._request += 1
            self.loading = False
            self.gap.setText("")

    def _current(self, request: int) -> bool:
        """Whether an answer is for the latest request of a panel still there."""
        return shiboken6.isValid(self) and request == self._request

    def _loaded(self, request: int, rounds: DealRounds) -> None:
        if not self._current(request):
            return
        self.loading = False
        self._show(rounds)
        self.loaded.emit()

    def _failed(self, request: int, exc: BaseException) -> None:
        if not self._current(request):
            return
        self.loading = False
        self._show(None)
        if isinstance(exc, ServiceError):
            self.gap.setText(
                self.tr("The offers could not be read: {reason}").format(reason=error_text(exc))
            )
        else:
            show_error(self, exc)
        self.loaded.emit()

    def _show(self, deal: DealRounds | None) -> None:
        self.rounds = deal
        rounds = deal.rounds if deal else []
        self.model.set_rounds(rounds, deal.landed_currency if deal else None)
        self.chart.show_rounds([r.point for r in rounds])
        self.chart.setVisible(bool(rounds))  # an empty chart only takes room
        if deal is None:
            self.gap.setText(self.tr("Save the negotiation to record its offers."))
            self.trends.setText("")
        else:
            summary = deal.summary
            self.gap.setText(gap_text(summary))
            self.trends.setText(
                self.tr("Supplier's price: {supplier} · Ours: {ours}").format(
                    supplier=shown(summary.supplier_trend), ours=shown(summary.buyer_trend)
                )
            )
        self._fit_table(len(rounds))
        if rounds:
            self.table.scrollToBottom()
        self._update_buttons()

    def _fit_table(self, rows: int) -> None:
        """Tall enough for a typical deal's rounds (up to 6) without a scroll bar; the
        landed column as wide as its header or its widest figure, and room for the start
        of a missing input's name."""
        columns = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        figures = [
            self.model.index(row, LANDED_COLUMN).data() or ""
            for row in range(self.model.rowCount())
        ]
        widest = max(
            [metrics.horizontalAdvance(str(text)) for text in figures if len(str(text)) < 16],
            default=0,
        )
        label = self.model.headerData(LANDED_COLUMN, Qt.Orientation.Horizontal)
        width = max(
            columns.fontMetrics().horizontalAdvance(str(label)) + 24,
            widest + 16,
        )
        rounds = [self.model.round_at(row) for row in range(self.model.rowCount())]
        if any(r.landed is not None and r.landed.per_kg is None for r in rounds):
            room = self.tr("missing: {input}").format(input=self.tr("freight route…"))
            width = max(width, metrics.horizontalAdvance(room) + 16)
        columns.resizeSection(LANDED_COLUMN, width)
        shown = min(max(rows, 2), VISIBLE_ROUNDS)
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        scroll = self.table.horizontalScrollBar().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + frame + scroll + shown * row)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.rounds is not None)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> OfferRound | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.round_at(rows[0].row()) if rows else None

    # --- changing ------------------------------------------------------------------------

    def new_offer_defaults(self) -> dict[str, Any]:
        """Today, the deal's currency and unit, and the side whose turn it is."""
        assert self.rounds is not None
        last = self.rounds.rounds[-1] if self.rounds.rounds else None
        side = OfferSide.SUPPLIER
        if last is not None and last.side is OfferSide.SUPPLIER:
            side = OfferSide.BUYER
        return {
            "side": side,
            "offered_on": date.today(),
            "currency": last.point.currency if last else self.rounds.currency or "USD",
            "price_unit": last.point.price_unit if last else self.rounds.price_unit or Unit.KG,
            "incoterm": last.incoterm if last else None,
            "incoterm_place": last.incoterm_place if last else None,
        }

    def add_offer(self) -> None:
        if self.negotiation_id is None or self.rounds is None:
            return
        defaults = self.new_offer_defaults()
        self._open(OfferDialog(self.database, self.negotiation_id, None, defaults, None, self))

    def edit_offer(self) -> None:
        chosen = self.selected()
        if chosen is None or self.negotiation_id is None:
            return
        database, offer_id = self.database, chosen.id

        def read() -> tuple[int, dict[str, Any]]:  # off the UI thread
            with database.transaction() as session:
                return offer_values(session, offer_id)

        try:
            version, values = wait_off_ui_thread(read)
        except ServiceError as exc:
            show_error(self, exc)
            self.show_deal(self.negotiation_id)
            return
        self._open(
            OfferDialog(self.database, self.negotiation_id, chosen.id, values, version, self)
        )

    def _open(self, dialog: OfferDialog) -> None:
        """Window-modal and non-blocking, so the deal stays visible behind it."""
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._offer_saved)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: OfferDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _offer_saved(self) -> None:
        self._show_again()
        self.changed.emit()

    def _show_again(self) -> None:
        """The rounds read again after a change, unless the panel's holder does it."""
        if not self.owner_reloads:
            self.show_deal(self.negotiation_id)

    def delete_offer(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        point = chosen.point
        answer = QMessageBox.question(
            self,
            self.tr("Delete offer"),
            self.tr("Delete round {round} ({side}, {price} on {day})?").format(
                round=number(point.round),
                side=shown(SIDE_LABELS[point.side]),
                price=price_text(point.price, point.currency, point.price_unit),
                day=day(point.offered_on),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, offer_id = self.database, chosen.id

        def write() -> None:  # off the UI thread; the window paints meanwhile
            with database.transaction() as session:
                delete_offer(session, offer_id)

        try:
            wait_off_ui_thread(write)
        except ServiceError as exc:
            show_error(self, exc, self.tr("Offer not deleted"))
        self._show_again()
        self.changed.emit()


def _load_rounds(database: Database, negotiation_id: int) -> DealRounds:
    """A deal's rounds with their landed costs in the user's reporting currency (run off
    the UI thread: it reads the settings file and the database)."""
    settings = load_export_settings().landed
    with database.read() as session:
        return deal_rounds(session, negotiation_id, settings)
