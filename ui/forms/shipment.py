"""The shipment form: the deal it ships under, transport, dates, cold chain, incident
notes and the document checklist, in group boxes that fit a 1366x768 laptop."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.exporting.export_settings import load_export_settings
from app.messages import translate
from app.queries.batched import Together, fetch_together
from app.queries.lists import NegotiationQuery, negotiation_page
from app.queries.shipment_record import shipment_record_read
from app.rules.seasons import SeasonFacts, shipment_flags
from app.rules.shipment_hints import status_hint
from app.rules.vocabulary import label
from app.services.shipments import (
    SHIPMENT_FIELDS,
    create_shipment,
    update_shipment,
)
from app.store.database import Database
from models import ShipmentMode, ShipmentStatus
from ui.compliance_warning import warn_after_save
from ui.forms.base import RecordForm
from ui.forms.documents import DocumentsChecklist
from ui.history_panel import HistoryView
from ui.i18n import shown
from ui.icons import icon
from ui.widgets import RecordPicker, choice_combo

FLAG_STYLE = "color: #c0392b; font-weight: 600;"
HINT_STYLE = (
    "background: #fff4e0; color: #8a5a00; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 4px;"
)


def negotiation_search(database: Database) -> Callable[[str], list[tuple[int, str]]]:
    """For the picker: the first 20 negotiations whose title, supplier or product match."""

    def search(text: str) -> list[tuple[int, str]]:
        with database.read() as session:
            page = negotiation_page(session, NegotiationQuery(text=text, limit=20))
        return [
            (r.id, r.title if r.supplier in r.title else f"{r.title} – {r.supplier}")
            for r in page.rows
        ]

    return search


def _columns(parent: QVBoxLayout, count: int = 2) -> list[QFormLayout]:
    """`count` form layouts side by side: half the height for short fields."""
    row = QHBoxLayout()
    row.setSpacing(12)
    forms = []
    for _ in range(count):
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row.addLayout(form, 1)
        forms.append(form)
    parent.addLayout(row)
    return forms


def _group(parent: QVBoxLayout, title: str) -> QVBoxLayout:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 4, 8, 6)
    parent.addWidget(box)
    return layout


class ShipmentForm(RecordForm):
    entity = "Shipment"
    open_requested = Signal(str, int)
    """The user wants the negotiation this shipment ships under: ('negotiation', id)."""
    documents_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, SHIPMENT_FIELDS, parent)
        self.negotiation_id: int | None = None
        self._build_negotiation_row()
        left, right = _columns(self.outer)
        self.line("reference", self.tr("(automatic)"), left)
        statuses = [(s.value, shown(label(s))) for s in ShipmentStatus]
        self.status = choice_combo(statuses, allow_empty=False)
        self.bind("status", self.status, left)
        modes = [(m.value, shown(label(m))) for m in ShipmentMode]
        self.mode = choice_combo(modes, allow_empty=False)
        self.bind("mode", self.mode, right)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.outer.addWidget(self.hint)

        left, right = _columns(_group(self.outer, self.tr("Transport")))
        self.line("container_no", self.tr("e.g. MSKU1234565"), left)
        self.line("seal_no", "", left)
        self.line("transport_doc_no", "", left)
        self.line("carrier", "", left)
        self.line("vessel", self.tr("ship + voyage, or flight"), right)
        self.line("origin_port", "", right)
        self.line("destination_port", "", right)

        dates = _group(self.outer, self.tr("Dates"))
        left, right = _columns(dates)
        etd = self.date("etd", left)
        eta = self.date("eta", right)
        atd = self.date("atd", left)
        ata = self.date("ata", right)
        self.season_facts: SeasonFacts | None = None
        """The product's facts the season flags need (app.queries.seasons); None until
        the shipment is saved."""
        self.season_flags = QLabel()
        self.season_flags.setWordWrap(True)
        self.season_flags.setTextFormat(Qt.TextFormat.PlainText)
        self.season_flags.setStyleSheet(FLAG_STYLE)
        self.season_flags.hide()
        dates.addWidget(self.season_flags)

        cold, _ = _columns(_group(self.outer, self.tr("Cold chain")))
        self.line("reefer_setpoint_c", self.tr("e.g. -0.5"), cold)

        notes = QFormLayout()
        _group(self.outer, self.tr("Incident notes")).addLayout(notes)
        self.text_area("notes", notes)
        # The spec's label would repeat the group title: the text area stands alone.
        repeated = notes.itemAt(0, QFormLayout.ItemRole.LabelRole)
        label_widget = repeated.widget() if repeated is not None else None
        if label_widget is not None:
            label_widget.hide()

        self.documents = DocumentsChecklist(database)
        self.documents.changed.connect(self.documents_changed)
        self.history = HistoryView(database, "shipment")
        self.documents_changed.connect(self.history.refresh)
        self.saved_read_offers.append(self.history.saved_read)
        self._after_save = False
        """The next load is the form's own save read back: the tabs keep their rows."""
        self._tabs_opened_for: int | None = None
        """The shipment whose tabs open_tabs_early() began to read."""
        self._was_new = False
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.outer.addWidget(self.tabs)

        self.mode.currentTextChanged.connect(self._mode_changed)
        self.status.currentTextChanged.connect(self._update_hint)
        atd.changed.connect(self._update_hint)
        ata.changed.connect(self._update_hint)
        etd.changed.connect(self._update_flags)
        eta.changed.connect(self._update_flags)

    def _build_negotiation_row(self) -> None:
        """A picker for a new shipment; the deal's name and an Open button for a saved one."""
        self.negotiation = RecordPicker(
            negotiation_search(database=self.database), self.tr("Type a negotiation or supplier…")
        )
        self.negotiation.picked.connect(self._negotiation_picked)
        # QLineEdit copies a chosen completion only while it has focus (not so in an
        # inactive window): copy it here too, after the picker has noted its id.
        self.negotiation.completer().activated.connect(self.negotiation.setText)
        self.negotiation_name = QLabel()
        self.negotiation_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.negotiation_name.setWordWrap(True)
        self.open_negotiation = QPushButton(icon("negotiations"), self.tr("Open"))
        self.open_negotiation.setToolTip(self.tr("Show this negotiation"))
        self.open_negotiation.clicked.connect(self._open_negotiation)
        self.negotiation_error = QLabel()
        self.negotiation_error.setStyleSheet("color: #c0392b;")
        self.negotiation_error.hide()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.negotiation, 1)
        layout.addWidget(self.negotiation_name, 1)
        layout.addWidget(self.open_negotiation)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(row)
        column.addWidget(self.negotiation_error)
        negotiation_label = self.tr("Negotiation")
        self.form.addRow(f"{negotiation_label} *", box)

    # --- showing -------------------------------------------------------------------------

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        is_new = record_id is None
        self.negotiation_id = values.get("negotiation_id")
        title = str(values.get("negotiation") or "")
        self.negotiation.set_record(self.negotiation_id if is_new else None, title)
        self.negotiation.setVisible(is_new)
        self.negotiation_name.setText(f"<b>{title}</b>")
        self.negotiation_name.setVisible(not is_new)
        self.open_negotiation.setVisible(not is_new)
        self.negotiation_error.hide()
        facts = values.get("season_facts")
        self.season_facts = facts if isinstance(facts, SeasonFacts) else None
        after_save, self._after_save = self._after_save, False
        early, self._tabs_opened_for = self._tabs_opened_for, None
        super().load(record_id, version, values)
        self.history.setEnabled(record_id is not None)
        if record_id is not None and early == record_id:
            pass  # its tabs are being read already (open_tabs_early)
        elif not (after_save and record_id == self.documents.shipment_id):
            # else the form's own save read back: its documents are as they were, and
            # its history came with the save (ui.forms.saved_reads)
            self.documents.load(record_id)
            self.history.show_record(record_id)
        self._mode_changed()
        self._update_hint()
        self._update_flags()

    def open_tabs_early(self, shipment_id: int) -> None:
        """Begin reading the documents and the history of the shipment being read into
        the form now, beside the form's own read instead of after it: opening a shipment
        waits for the slower of them, not for both one after the other (issue 18)."""
        if self.record_id != shipment_id:
            return
        self._tabs_opened_for = shipment_id
        self.history.setEnabled(True)
        self.documents.load(shipment_id)
        self.history.show_record(shipment_id)

    def heading(self) -> str:
        reference = self.bindings["reference"].text()
        if self.record_id is None:
            return super().heading()
        return self.titled(self.tr("Shipment {reference}").format(reference=reference))

    def _negotiation_picked(self, negotiation_id: int | None) -> None:
        self.negotiation_id = negotiation_id
        if negotiation_id is not None:
            self.negotiation_error.hide()

    def _open_negotiation(self) -> None:
        if self.negotiation_id is not None:
            self.open_requested.emit("negotiation", self.negotiation_id)

    def _mode_changed(self) -> None:
        """An air shipment has no sea container: its field is off (the service says why)."""
        air = self.bindings["mode"].text() == ShipmentMode.AIR.value
        container = self.bindings["container_no"]
        container.widget.setEnabled(not air or bool(container.text()))
        container.widget.setToolTip(self.tr("An air shipment has no sea container") if air else "")

    def _update_hint(self) -> None:
        ctx = self.context()
        hint = status_hint(ctx.get("status"), ctx.get("atd"), ctx.get("ata"))
        self.hint.setText(shown(hint))
        self.hint.setVisible(bool(hint))

    def _update_flags(self) -> None:
        """The season flags of the dates as typed: landing after Chinese New Year for a
        product sold for it, a transit longer than its shelf life less the margin."""
        if self.season_facts is None:
            self.season_flags.hide()
            return
        ctx = self.context()
        flags = shipment_flags(self.season_facts, ctx.get("etd"), ctx.get("eta"))
        self.season_flags.setText("\n".join(f"⚠ {shown(flag.reason)}" for flag in flags))
        self.season_flags.setVisible(bool(flags))

    # --- saving ----------------------------------------------------------------------------

    def prepare_write(self) -> None:
        # The write runs off the UI thread: what it needs of the widgets, read here.
        self._negotiation_id = self.negotiation.value()
        self._warnings: list[str] = []
        self._was_new = self.record_id is None
        if self.record_id is None and self._negotiation_id is None:
            self.negotiation_error.setText(self.tr("Choose the negotiation from the list."))
            self.negotiation_error.show()

    def after_write(self) -> None:
        warn_after_save(self, self._warnings)  # shown once `saved` is emitted
        self._after_save = not self._was_new

    def create_record(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        negotiation_id = self._negotiation_id
        if negotiation_id is None:
            raise ValidationError(
                [
                    FieldError(
                        "negotiation",
                        translate("ShipmentForm", "Negotiation"),
                        translate("ShipmentForm", "choose the negotiation from the list"),
                    )
                ]
            )
        shipment = create_shipment(session, negotiation_id, values)
        return shipment.id, shipment.version

    def update_record(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        warnings: list[str] = []  # a compliance warning is shown once the save is done
        version = update_shipment(
            session, record_id, values, expected_version=expected_version, warnings=warnings
        ).version
        self._warnings = warnings  # shown by after_write, on the UI thread
        return version

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        """The stored values with the deal's title and the season facts: one statement."""
        read = _record_read(session, record_id)
        found: tuple[int, dict[str, Any]] = read.answer(
            session, fetch_together(session, *read.statements)
        )
        return found

    def saved_record_read(self) -> Callable[[Session, int], Together]:
        """The shipment as `fetch` reads it, read with the save."""
        return _record_read


def _record_read(_session: Session, record_id: int) -> Together:
    return shipment_record_read(record_id, load_export_settings().shelf_life_margin_days)
