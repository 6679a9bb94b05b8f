"""Everything reachable from a supplier, in tabs under its form: contacts, tags,
certifications, notes and follow-ups, and (read only) its negotiations and shipments.

The tabs are off for a supplier not saved yet: what they hold belongs to a stored one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError, ValidationError
from app.messages import translate
from app.queries.lists import (
    NegotiationQuery,
    NegotiationRow,
    ShipmentQuery,
    ShipmentRow,
    negotiation_page,
    shipment_page,
)
from app.queries.supplier_detail import supplier_tags
from app.services.suppliers import set_tags
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.forms.saved_reads import SavedRead
from ui.forms.supplier_activities import ActivitiesPanel
from ui.forms.supplier_certifications import CertificationsPanel
from ui.forms.supplier_contacts import ContactsPanel
from ui.forms.supplier_panel_base import (
    SAVE_FIRST,
    FieldMarks,
    SupplierPanel,
    SupplierRef,
    list_table,
)
from ui.history_panel import HistoryPanel
from ui.i18n import shown
from ui.icons import icon
from ui.table_model import Column, Fetched, PagedTableModel, Plan
from ui.worker import Latest

# --- tags ----------------------------------------------------------------------------------


TAG_SEPARATORS = re.compile("[,，、]")
"""Between tags: a comma, or a Chinese comma or enumeration comma as a Chinese IME types."""


def tag_names(text: str) -> list[str]:
    """'organic, avocado ,, Hass' -> ['organic', 'avocado', 'Hass'] ('有机，牛油果' too)."""
    return [part.strip() for part in TAG_SEPARATORS.split(text) if part.strip()]


class LastWordCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [TAG_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = [t.strip() for t in TAG_SEPARATORS.split(typed)[:-1] if t.strip()]
        return ", ".join([*before, str(index.data())]) + ", "


class TagsPanel(SupplierPanel):
    tab_title = translate("SupplierPanels", "Tags")

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.stored: list[str] = []
        self._reading = Latest()
        self.edit = QLineEdit(placeholderText=self.tr("organic, avocado, GACC pending…"))
        self._known = QStringListModel(self)
        completer = LastWordCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.marks = FieldMarks({"tags": self.edit})
        self.save_button = QPushButton(icon("save"), self.tr("Save tags"))
        self.save_button.setEnabled(False)
        self.known_label = QLabel()
        self.known_label.setWordWrap(True)
        self.known_label.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tags, separated by commas (a new name makes a new tag):")))
        layout.addLayout(row)
        layout.addWidget(self.marks.error)
        layout.addWidget(self.known_label)
        layout.addStretch(1)
        self.edit.textChanged.connect(self._typed)
        self.edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)

    def load(self) -> None:
        """Read the supplier's tags and the tags in use, off the UI thread."""
        if self.supplier is None:
            self._reading.cancel()
            self._show(([], []))
            return
        supplier_id, database = self.supplier.id, self.database

        def read() -> tuple[list[str], list[str]]:  # one round trip
            with database.read() as session:
                return supplier_tags(session, supplier_id)

        self._reading.run(read, self._show, self.read_failed)

    def _show(self, found: tuple[list[str], list[str]]) -> None:
        self.stored, known = found
        self._known.setStringList(known)
        names = ", ".join(known[:40]) + (" …" if len(known) > 40 else "")
        self.known_label.setText(self.tr("Tags in use: {tags}").format(tags=names) if known else "")
        self.edit.setText(", ".join(self.stored))
        self.marks.clear()
        self.counted.emit()

    def count(self) -> int | None:
        return len(self.stored)

    def _typed(self, text: str) -> None:
        self.save_button.setEnabled(tag_names(text) != self.stored)

    def save(self) -> None:
        if self.supplier is None:
            return
        supplier_id, database, names = self.supplier.id, self.database, tag_names(self.edit.text())

        def write() -> None:  # off the UI thread; the window paints meanwhile
            with database.transaction() as session:
                set_tags(session, supplier_id, names)

        self.save_button.setEnabled(False)
        try:
            wait_off_ui_thread(write)
        except ValidationError as exc:
            self.marks.show(exc)
            return
        except ServiceError as exc:
            show_error(self, exc, self.tr("Tags not saved"))
            self._typed(self.edit.text())
            return
        self.load()
        self.changed.emit()


# --- negotiations and shipments (read only) ----------------------------------------------------


class RecordListPanel(SupplierPanel):
    """A page-by-page list of the supplier's records; double-click opens one in its view."""

    kind = "record"
    hint: str = translate("SupplierPanels", "Double-click a record to open it.")
    columns: ClassVar[Sequence[Column[Any]]] = ()
    sort = "id"
    widths: ClassVar[Sequence[int]] = ()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.model: PagedTableModel[Any] = PagedTableModel(
            self.columns, self._fetch, sort=self.sort, descending=True
        )
        self.model.reloaded.connect(self.counted)
        self.model.failed.connect(self.read_failed)
        self.table = list_table(self.model, sortable=True)
        for column, width in enumerate(self.widths):
            self.table.setColumnWidth(column, width)
        hint = QLabel(shown(self.hint))
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.table.doubleClicked.connect(self._open)

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Fetched[Any] | Plan:
        if self.supplier is None:
            return Fetched([], 0)
        supplier_id = self.supplier.id
        return lambda: self.page(supplier_id, offset, limit, sort, descending)

    def page(
        self, supplier_id: int, offset: int, limit: int, sort: str, descending: bool
    ) -> Fetched[Any]:
        """The page (called off the UI thread: reads no widget)."""
        raise NotImplementedError

    def load(self) -> None:
        """Read the first page again, off the UI thread."""
        self.model.reload()

    def count(self) -> int | None:
        return self.model.total

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.kind, self.model.id_at(index.row()))


class NegotiationsPanel(RecordListPanel):
    tab_title = translate("SupplierPanels", "Deals")
    kind = "negotiation"
    hint = translate("SupplierPanels", "Double-click a negotiation to open it.")
    sort = "updated_at"
    widths = (220, 110, 90)
    columns: ClassVar[Sequence[Column[NegotiationRow]]] = (
        # an archived deal: greyed and italic
        Column(translate("Columns", "Title"), lambda r: r.title, "title"),
        Column(translate("Columns", "Product"), lambda r: r.product, "product"),
        Column(translate("Columns", "Stage"), lambda r: r.stage, "stage"),
        Column(translate("Columns", "Updated"), lambda r: r.updated_at, "updated_at"),
    )

    def page(
        self, supplier_id: int, offset: int, limit: int, sort: str, descending: bool
    ) -> Fetched[Any]:
        query = NegotiationQuery(
            supplier_id=supplier_id,
            include_archived=True,
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
        )
        with self.database.read() as session:
            found = negotiation_page(session, query)
        return Fetched(found.rows, found.total)


class ShipmentsPanel(RecordListPanel):
    tab_title = translate("SupplierPanels", "Shipments")
    kind = "shipment"
    hint = translate("SupplierPanels", "Double-click a shipment to open it.")
    sort = "etd"
    widths = (130, 90, 85, 85)
    columns: ClassVar[Sequence[Column[ShipmentRow]]] = (
        Column(translate("Columns", "Reference"), lambda r: r.reference, "reference"),
        Column(translate("Columns", "Status"), lambda r: r.status, "status"),
        Column(translate("Columns", "ETD"), lambda r: r.etd, "etd"),
        Column(translate("Columns", "ETA"), lambda r: r.eta, "eta"),
        Column(translate("Columns", "To"), lambda r: r.destination_port, "destination_port"),
    )

    def page(
        self, supplier_id: int, offset: int, limit: int, sort: str, descending: bool
    ) -> Fetched[Any]:
        query = ShipmentQuery(
            supplier_id=supplier_id, sort=sort, descending=descending, limit=limit, offset=offset
        )
        with self.database.read() as session:
            found = shipment_page(session, query)
        return Fetched(found.rows, found.total)


# --- the tabs ------------------------------------------------------------------------------------


class SupplierPanels(QWidget):
    """The tabs under the supplier form, with a note while the supplier is not saved."""

    changed = Signal()
    open_requested = Signal(str, int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = ContactsPanel(database)
        self.tags = TagsPanel(database)
        self.certifications = CertificationsPanel(database)
        self.activities = ActivitiesPanel(database)
        self.negotiations = NegotiationsPanel(database)
        self.shipments = ShipmentsPanel(database)
        self.history = HistoryPanel(database)
        self.panels: list[SupplierPanel] = [
            self.contacts,
            self.tags,
            self.certifications,
            self.activities,
            self.negotiations,
            self.shipments,
            self.history,
        ]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        for panel in self.panels:
            self.tabs.addTab(panel, shown(panel.tab_title))
            panel.changed.connect(self.changed)
            panel.changed.connect(self.history.load)  # a contact saved is history too
            panel.open_requested.connect(self.open_requested)
            panel.counted.connect(lambda p=panel: self._retitle(p))
        self.save_first = QLabel(shown(SAVE_FIRST))
        self.save_first.setWordWrap(True)
        self.save_first.setStyleSheet("color: palette(mid); font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_first)
        layout.addWidget(self.tabs, 1)

    def show_supplier(self, supplier: SupplierRef | None) -> None:
        self._note_for(supplier)
        for panel in self.panels:
            panel.show_supplier(supplier)

    def _note_for(self, supplier: SupplierRef | None) -> None:
        self.save_first.setVisible(supplier is None)
        self.tabs.setToolTip("" if supplier is not None else shown(SAVE_FIRST))

    def rename_supplier(self, supplier: SupplierRef) -> None:
        """The tabs show `supplier` already: they take its name and country as stored
        (the list's may be older) and read nothing."""
        for panel in self.panels:
            if panel.supplier is not None and panel.supplier.id == supplier.id:
                panel.supplier = supplier
            else:
                panel.show_supplier(supplier)

    def history_saved_read(self, supplier_id: int | None) -> SavedRead | None:
        """The supplier's history, which a save of its fields adds to, read with the save
        (ui.forms.saved_reads): one wait after a save instead of two."""
        shown = self.history.supplier
        if supplier_id is None or shown is None or shown.id != supplier_id:
            return None
        return self.history.view.saved_read()

    def saved_supplier(self, supplier: SupplierRef) -> None:
        """The form saved the supplier's own fields: its contacts, tags, certifications,
        notes, negotiations and shipments are as they were (nothing is read again for
        them); its history, which has a new entry, was read with the save
        (history_saved_read). The tabs take its new name and country."""
        self._note_for(supplier)
        for panel in self.panels:
            if panel.supplier is None or panel.supplier.id != supplier.id:
                panel.show_supplier(supplier)
            else:
                panel.supplier = supplier

    def _retitle(self, panel: SupplierPanel) -> None:
        self.tabs.setTabText(self.tabs.indexOf(panel), panel.title())
