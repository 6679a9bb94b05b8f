"""The supplier list's filters: country, status, certification, tag, product and
compliance problem (a registration or certificate expired, suspended or due within the
window of the export settings' `compliance_window_days`).

Each is a pick list whose first entry means "any"; the choices that come from the
data (countries in use, tags, products) are read again whenever the list is opened,
so a tag added a minute ago can be chosen without restarting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox

from app.errors import ServiceError
from app.queries.search import SupplierQuery
from app.queries.supplier_detail import supplier_countries
from app.rules import countries
from app.rules.vocabulary import label
from app.services.products import search_products
from app.services.suppliers import all_tags
from app.store.database import Database
from models import Certification, SupplierStatus
from ui.i18n import shown
from ui.widgets import text_width
from ui.worker import Latest

Choices = Callable[[], list[tuple[str, str]]]
"""() -> (value, label) pairs."""

PROBLEM = "problem"
"""The compliance filter's one choice."""

PRODUCT_CHOICES = 500
"""Products are a short catalogue (tens to hundreds); more than this are not offered."""


LONGEST_SHOWN = 24
"""A choice longer than this (a long product name) is cut rather than widened for."""


class FilterCombo(QComboBox):
    """A filter: never narrower than its 'any' entry ('All countries' is never cut to
    'All countrie'), as wide as its longest choice (up to LONGEST_SHOWN characters) when
    there is room."""

    def __init__(
        self, anything: str, choices: Choices, tooltip: str, *, read: bool = False
    ) -> None:
        super().__init__()
        self._anything = anything
        self._choices = choices
        self._read = Latest() if read else None
        """Choices read from the database: read off the UI thread, the newest read wins."""
        self.setToolTip(tooltip)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload_choices()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        texts = [self.itemText(i)[:LONGEST_SHOWN] for i in range(self.count())]
        widest = max((text_width(self, t) for t in texts), default=0)
        return QSize(max(widest, self.minimumSizeHint().width()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(text_width(self, self._anything), hint.height())

    def value(self) -> str:
        """The chosen value, or '' for any."""
        return str(self.currentData() or "")

    def set_value(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))

    def reload_choices(self) -> None:
        """Read the choices again (off the UI thread when they come from the database),
        keeping the one chosen (if it still exists)."""
        if self._read is not None:
            self._read.run(self._choices, self._show_choices, lambda _exc: None)
            return  # a failed read keeps the choices shown; the list reports the error
        try:
            choices = self._choices()
        except ServiceError:
            return  # keep the choices shown; the list itself reports the database error
        self._show_choices(choices)

    def reading(self) -> bool:
        return self._read is not None and self._read.pending

    def _show_choices(self, choices: list[tuple[str, str]]) -> None:
        kept = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._anything, "")
        for value, text in choices:
            self.addItem(text, value)
        self.setCurrentIndex(max(0, self.findData(kept)))
        self.blockSignals(False)
        if self.value() != kept:
            self.currentIndexChanged.emit(self.currentIndex())

    def showPopup(self) -> None:  # noqa: N802
        self.reload_choices()
        super().showPopup()


class SupplierFilters:
    """The five filters, and what they add to a SupplierQuery."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.country = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "All countries"),
            self._countries,
            QCoreApplication.translate("SupplierFilters", "Only suppliers in this country"),
            read=True,
        )
        self.status = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "Any status"),
            lambda: [(s.value, shown(label(s))) for s in SupplierStatus],
            QCoreApplication.translate("SupplierFilters", "Only suppliers with this status"),
        )
        self.certification = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "Any certification"),
            lambda: [(c.value, shown(label(c))) for c in Certification],
            QCoreApplication.translate(
                "SupplierFilters", "Only suppliers holding this certification"
            ),
        )
        self.tag = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "Any tag"),
            self._tags,
            QCoreApplication.translate("SupplierFilters", "Only suppliers with this tag"),
            read=True,
        )
        self.product = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "Any product"),
            self._products,
            QCoreApplication.translate("SupplierFilters", "Only suppliers of this product"),
            read=True,
        )
        problem = QCoreApplication.translate("SupplierFilters", "Compliance problem")
        self.compliance = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "Any compliance"),
            lambda: [(PROBLEM, problem)],
            QCoreApplication.translate(
                "SupplierFilters",
                "Only suppliers with a registration or certificate expired, suspended or due "
                "within the compliance window (Preferences)",
            ),
        )
        # Its one choice is read whole, even when the row is squeezed.
        self.compliance.setMinimumWidth(text_width(self.compliance, problem) + 24)
        self.combos = [
            self.country,
            self.status,
            self.certification,
            self.tag,
            self.product,
            self.compliance,
        ]

    def _countries(self) -> list[tuple[str, str]]:
        with self.database.read() as session:
            codes = supplier_countries(session)
        return sorted(((c, shown(countries.name(c))) for c in codes), key=lambda item: item[1])

    def _tags(self) -> list[tuple[str, str]]:
        with self.database.read() as session:
            return [(str(t.id), t.name) for t in all_tags(session)]

    def _products(self) -> list[tuple[str, str]]:
        with self.database.read() as session:
            products = search_products(session, limit=PRODUCT_CHOICES)
            return [(str(p.id), p.name) for p in products]

    def connect(self, slot: Callable[[], None]) -> None:
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _index: slot())

    def reload_choices(self) -> None:
        for combo in self.combos:
            combo.reload_choices()

    def active(self) -> bool:
        return any(combo.value() for combo in self.combos)

    def clear(self) -> None:
        for combo in self.combos:
            combo.set_value("")

    def query(self, base: SupplierQuery) -> SupplierQuery:
        """`base` (text, sort, page…) narrowed by the chosen filters."""

        def one(combo: FilterCombo) -> list[str]:
            return [combo.value()] if combo.value() else []

        return replace(
            base,
            countries=one(self.country),
            statuses=[SupplierStatus(v) for v in one(self.status)],
            certifications=[Certification(v) for v in one(self.certification)],
            tag_ids=[int(v) for v in one(self.tag)],
            product_ids=[int(v) for v in one(self.product)],
            compliance_problem=self.compliance.value() == PROBLEM,
            compliance_window=compliance_window(),
        )


def compliance_window() -> int:
    """The days within which a row is due (the setting; read from its small file)."""
    from app.exporting.export_settings import load_export_settings

    return load_export_settings().compliance_window_days
