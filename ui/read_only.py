"""Read-only members: when the database will not take changes from this login (a reader's
PostgreSQL role, a read-only file), every editing control is turned off with the reason,
instead of letting the user type a change that the first Save would refuse.

Browsing, search, filters and export keep working. The reason shows in a status-bar
banner and in the tooltip of each control turned off.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ui.help import plain_text
from ui.i18n import shown

WINDOW_ACTIONS = ("new_action", "save_action", "archive_action", "import_action", "demo_action")
"""The main window's actions that change data."""

HISTORY_ACTION = "history_action"
"""Import history: its purpose is the Undo button, so it goes too."""

EDITING_BUTTONS = (
    "save_button",
    "archive_button",
    "add_button",
    "edit_button",
    "delete_button",
    "remove_button",
    "note_button",
    "task_button",
    "done_button",
    "demo_button",
    "import_button",
)
"""Attribute names of the buttons (on views, forms and their panels) that change data."""

DETAIL_AREAS = ("detail_scroll", "form")
"""Where a view's editable fields live; fields elsewhere (search, filters) stay live."""


def banner_text(reason: str) -> str:
    text = QCoreApplication.translate("ReadOnly", "Read-only: {reason}")
    return text.format(reason=shown(reason))


class _StayDisabled(QObject):
    """Turns a control off again whenever the view's own logic turns it on (a view enables
    Archive when a row is chosen, Save when the form is edited)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


class _NoDoubleClick(QObject):
    """Swallows the double-click that opens a row's edit dialog (offers, contacts)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        return event.type() == QEvent.Type.MouseButtonDblClick


class ReadOnlyMode(QObject):
    """The read-only state of a main window: `reason` is None when the user can write."""

    def __init__(self, window: QMainWindow, reason: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.reason = reason
        self.banner: QLabel | None = None
        self._guard = _StayDisabled(self)
        self._no_double_click = _NoDoubleClick(self)
        if reason is None:
            return
        self.banner = QLabel(banner_text(reason))
        self.banner.setObjectName("read-only-banner")
        self.banner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; "
            "border-radius: 3px; padding: 1px 8px; font-weight: 600; }"
        )
        self.banner.setToolTip(
            self.tr(
                "You can browse, search and export. To change data, ask your administrator "
                "for an editor role (or use a copy of the database you can write to)."
            )
        )
        window.statusBar().addPermanentWidget(self.banner)
        window.setAcceptDrops(False)  # a dropped spreadsheet would open the import
        for name in (*WINDOW_ACTIONS, HISTORY_ACTION):
            action = getattr(window, name, None)
            if isinstance(action, QAction):
                self._turn_off_action(action)

    @property
    def active(self) -> bool:
        return self.reason is not None

    def apply_to_view(self, view: Any) -> None:
        """Turn off the editing controls of a view just built (views are built lazily)."""
        if self.reason is None:
            return
        for button in self._editing_buttons(view):
            self._turn_off(button)
        form = getattr(view, "form", None)
        areas = [getattr(view, name, None) for name in DETAIL_AREAS]
        areas.append(getattr(form, "panels", None))  # a supplier's tabs sit outside its form
        for area in areas:
            if isinstance(area, QWidget):
                self._freeze_fields(area)
        for owner in [view, *view.findChildren(QWidget)]:
            attributes = getattr(owner, "__dict__", {})
            table = attributes.get("table")
            if "edit_button" in attributes and isinstance(table, QAbstractItemView):
                table.viewport().installEventFilter(self._no_double_click)

    # --- helpers -------------------------------------------------------------------------

    def _tooltip(self) -> str:
        return banner_text(self.reason or "")

    def _turn_off_action(self, action: QAction) -> None:
        action.setEnabled(False)
        text = self.tr("{action}: {reason}")
        action.setToolTip(text.format(action=plain_text(action.text()), reason=self._tooltip()))

        def again() -> None:
            if action.isEnabled():
                action.setEnabled(False)

        action.changed.connect(again)

    def _turn_off(self, widget: QWidget) -> None:
        widget.setEnabled(False)
        widget.setToolTip(self._tooltip())
        widget.installEventFilter(self._guard)

    def _editing_buttons(self, view: QWidget) -> Iterable[QWidget]:
        seen: set[int] = set()
        for owner in [view, *view.findChildren(QWidget)]:
            attributes = getattr(owner, "__dict__", {})
            for name in EDITING_BUTTONS:
                button = attributes.get(name)
                if isinstance(button, QAbstractButton) and id(button) not in seen:
                    seen.add(id(button))
                    yield button

    def _freeze_fields(self, area: QWidget) -> None:
        for widget in area.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)  # the text stays selectable and copyable
            elif isinstance(widget, QComboBox | QCheckBox):
                self._turn_off(widget)
            elif isinstance(widget, QToolButton) and widget.menu() is not None:
                self._turn_off(widget)  # a date field's calendar
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
