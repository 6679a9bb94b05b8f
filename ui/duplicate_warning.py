"""The banner a new supplier's form shows when the supplier looks like one we already
have: 'A supplier like this exists: Agrícola Zúñiga Hermanos (MX) — Open it / Save
anyway'. The form finds the look-alikes (app.importing.similar_suppliers) off the UI
thread; this only shows them and says what the user chose."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.importing.similar_suppliers import SimilarSupplier

STYLE = (
    "DuplicateWarning { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 3px; }"
    " QLabel { color: #8a5a00; }"
)


class DuplicateWarning(QFrame):
    open_requested = Signal(int)
    """The user wants the existing supplier (its id) instead of a new one."""
    save_anyway = Signal()
    """The user says it is another company: save the new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open it"))
        self.open_button.setToolTip(self.tr("Show the existing supplier instead"))
        self.save_button = QPushButton(self.tr("Save anyway"))
        self.save_button.setToolTip(self.tr("It is another company: save this new supplier"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_button)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self.save_anyway)
        self.similar: list[SimilarSupplier] = []
        self.hide()

    def show_similar(self, similar: Sequence[SimilarSupplier]) -> None:
        """Say which existing supplier this one looks like (hidden when none)."""
        self.similar = list(similar)
        if not self.similar:
            self.hide()
            return
        first = self.similar[0]
        text = self.tr("A supplier like this exists: {name} ({country})").format(
            name=first.name, country=first.country
        )
        if first.archived:
            text = self.tr("{supplier} (archived)").format(supplier=text)
        if len(self.similar) > 1:
            more = self.tr("{supplier} and %n more like it", "", len(self.similar) - 1)
            text = more.format(supplier=text)
        self.message.setText(text)
        self.show()

    def _open(self) -> None:
        if self.similar:
            self.open_requested.emit(self.similar[0].id)
