"""Showing the compliance warnings of a save (a deal moved to agreed or contracted, a
shipment booked, without an active registration covering the product): the services
hand them back and keep them in the record's history; the form shows them once the save
has gone through, in a window-modal box that does not block (the user has gone on).

A form's update path calls `warn_after_save(form, warnings)` inside its save; every call
replaces what the previous one left, so a refused save never shows a stale warning later.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.forms.base import RecordForm
from ui.i18n import shown


class _Pending(QObject):
    """The warnings of the save under way, shown when the form says it saved."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.form = form
        self.warnings: list[str] = []
        self.box: QMessageBox | None = None
        form.saved.connect(self.show)

    def show(self, _record_id: int) -> None:
        warnings, self.warnings = self.warnings, []
        if warnings:
            self.box = show_warnings(self.form, warnings)


def warn_after_save(form: RecordForm, warnings: Sequence[str]) -> None:
    pending = form.findChild(_Pending)
    if pending is None:
        pending = _Pending(form)
    pending.warnings = list(warnings)


def shown_box(form: RecordForm) -> QMessageBox | None:
    """The box of the last save's warnings, if one is open (tests read it)."""
    pending = form.findChild(_Pending)
    return None if pending is None else pending.box


def show_warnings(parent: QWidget, warnings: Sequence[str]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ComplianceWarning", "Compliance warning"))
    box.setText(
        QCoreApplication.translate(
            "ComplianceWarning", "Saved. The change is recorded with this warning in the history:"
        )
    )
    box.setInformativeText("\n\n".join(shown(w) for w in warnings))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
