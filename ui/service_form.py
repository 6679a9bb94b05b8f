"""What the File-menu record dialogs (products, freight, tariffs) share: a form whose
fields a service validates, each refused field's reason shown beside it and nothing
stored; reads run off the UI thread, the newest request superseding older ones.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.i18n import number, shown
from ui.widgets import ErrorLabel
from ui.worker import run_in_background

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number_shown(text: str | None) -> str:
    """A stored decimal ('20000', '0.30') with every decimal it has and no more ('0.3'),
    in the locale's digits: '20,000', '20.000' in Spanish; not a decimal: as it is."""
    if text is None or text == "":
        return ""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    exponent = value.normalize().as_tuple().exponent
    return number(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def cell(text: object, *, right: bool = False, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if right:
        item.setTextAlignment(RIGHT)
    if tip:
        item.setToolTip(tip)
    return item


class FieldDialog(QDialog):
    """A form of named fields saved by one service call in one transaction.

    Subclasses add their rows with `add_row(field, label, widget)` (`field`: the service's
    field name; `label` shown in the window's language), then call `finish()`;
    `data()` reads the fields (on the UI thread) and `store(session, data)` makes the
    service call with them (off the UI thread: it touches no widget) and returns the line
    that says what was stored; while it runs OK is off and the window keeps painting.
    A ValidationError's reasons go beside their fields (one not on the form goes to a
    message box); any other refusal is shown in one line and nothing is stored.
    A number typed in a field goes to the service through
    ui.widgets.locale_free_number ('2,5' -> '2.5' where the decimal mark is a comma)."""

    def __init__(self, database: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.stored: str | None = None
        self._saving = False
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.errors: dict[str, ErrorLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_row(
        self, field: str, label: str, widget: QWidget, *, also: tuple[str, ...] = ()
    ) -> None:
        """A labelled field with its error line; `also`: other service fields whose
        reasons show under this one."""
        error = ErrorLabel()
        for name in (field, *also):
            self.errors[name] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(shown(label), holder)

    def finish(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def data(self) -> dict[str, Any]:
        """The fields as the service takes them (read on the UI thread)."""
        return {}

    def store(self, session: Session, data: dict[str, Any]) -> str:
        raise NotImplementedError

    def save(self) -> None:
        if self._saving:
            return  # a save is on its way (Enter pressed again)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for error in self.errors.values():
            error.show_reason(None)
        database, store, data = self.database, self.store, self.data()

        def write() -> str:
            with database.transaction() as session:
                return store(session, data)

        self._saving = True
        ok.setEnabled(False)
        try:
            stored = wait_off_ui_thread(write)
        except ValidationError as exc:
            reasons: dict[int, list[str]] = {}
            unplaced = []
            for e in exc.errors:
                label = self.errors.get(e.field)
                if label is None:
                    unplaced.append(e)
                else:
                    reasons.setdefault(id(label), []).append(shown(e.message))
                    label.show_reason(" · ".join(reasons[id(label)]))
            if unplaced:
                show_error(self, ValidationError(unplaced))
            return
        except Exception as exc:  # a refusal of the database or a stale copy: one line
            show_error(self, exc)
            return
        finally:
            self._saving = False
            ok.setEnabled(True)
        self.stored = stored
        self.accept()


class LatestRead:
    """Reads for one dialog, off the UI thread: only the newest request's answer is
    delivered, and none once the dialog is closed (`closed`, set by the dialog's done())
    or destroyed."""

    def __init__(self, owner: QObject, on_error: Callable[[BaseException], None]) -> None:
        self.on_error = on_error
        self.request = 0
        self.loading = False
        self.closed = False
        owner.destroyed.connect(self._gone)

    def _gone(self, *_args: object) -> None:
        self.closed = True

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.request += 1
        number = self.request
        self.loading = True

        def delivered(result: Any) -> None:
            if self.closed or number != self.request:
                return
            self.loading = False
            done(result)

        def failed(exc: BaseException) -> None:
            if self.closed or number != self.request:
                return
            self.loading = False
            self.on_error(exc)

        run_in_background(work, delivered, failed)
