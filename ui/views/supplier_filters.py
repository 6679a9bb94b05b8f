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
from sqlalchemy import select

from app.queries.batched import fetch_together
from app.queries.search import SupplierQuery
from app.rules import countries
from app.rules.vocabulary import label
from app.store.database import Database
from models import Certification, Product, Supplier, SupplierStatus, Tag
from ui.i18n import shown
from ui.widgets import text_width
from ui.worker import Latest

Choices = Callable[[], list[tuple[str, str]]]
"""() -> (value, label) pairs."""
DataChoices = tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]
"""The countries', tags' and products' (value, label) pairs."""

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
        self,
        anything: str,
        choices: Choices | None,
        tooltip: str,
        *,
        reload: Callable[[], None] | None = None,
    ) -> None:
        """`choices`: the (value, label) pairs, computed here; None for choices read from
        the database by the owner, who gives them with show_choices() and is asked to read
        them again (`reload`) when the list is opened."""
        super().__init__()
        self._anything = anything
        self._choices = choices
        self._reload = reload
        self.setToolTip(tooltip)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if choices is None:
            self.addItem(anything, "")
        else:
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
        """The choices again, keeping the one chosen (if it still exists): computed here,
        or asked of the owner that reads them (off the UI thread)."""
        if self._choices is None:
            if self._reload is not None:
                self._reload()
            return
        self.show_choices(self._choices())

    def show_choices(self, choices: list[tuple[str, str]]) -> None:
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
        self._read = Latest()
        """The choices that come from the data: read together, the newest read wins."""
        self.country = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "All countries"),
            None,
            QCoreApplication.translate("SupplierFilters", "Only suppliers in this country"),
            reload=self.reload_data_choices,
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
            None,
            QCoreApplication.translate("SupplierFilters", "Only suppliers with this tag"),
            reload=self.reload_data_choices,
        )
        self.product = FilterCombo(
            QCoreApplication.translate("SupplierFilters", "Any product"),
            None,
            QCoreApplication.translate("SupplierFilters", "Only suppliers of this product"),
            reload=self.reload_data_choices,
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

    def _read_data_choices(self) -> DataChoices:
        """Off the UI thread: countries in use, tags and products, in one round trip."""
        with self.database.read() as session:
            codes, tags, products = fetch_together(
                session,
                select(Supplier.country).distinct(),
                select(Tag.id, Tag.name).order_by(Tag.key),
                select(Product.id, Product.name).order_by(Product.key).limit(PRODUCT_CHOICES),
            )
        return (
            sorted(
                ((row.country, shown(countries.name(row.country))) for row in codes),
                key=lambda item: item[1],
            ),
            [(str(row.id), row.name) for row in tags],
            [(str(row.id), row.name) for row in products],
        )

    def reload_data_choices(self) -> None:
        """Read the choices that come from the data again (a tag added a minute ago)."""
        self._read.run(self._read_data_choices, self._show_data_choices, lambda _exc: None)
        # a failed read keeps the choices shown; the list itself reports the error

    def _show_data_choices(self, found: DataChoices) -> None:
        for combo, choices in zip((self.country, self.tag, self.product), found, strict=True):
            combo.show_choices(choices)

    def reading(self) -> bool:
        return self._read.pending

    def connect(self, slot: Callable[[], None]) -> None:
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _index: slot())

    def reload_choices(self) -> None:
        self.reload_data_choices()

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
