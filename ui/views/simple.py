"""A view that is not a record list (the dashboard, follow-ups): the main window's
protocol with nothing to save or archive."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from app.messages import translate
from app.store.database import Database


class SimpleView(QWidget):
    kind = "simple"
    title = translate("Views", "View")
    """The view's name (English, as the main window knows it): shown through ui.i18n.shown."""
    icon_name = "home"

    status_changed = Signal()
    open_requested = Signal(str, int)
    data_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database

    def refresh(self) -> None:
        pass

    def new_record(self) -> None:
        pass

    def save(self) -> bool:
        return True

    def focus_search(self) -> None:
        pass

    def toggle_archive(self) -> None:
        pass

    def can_leave(self) -> bool:
        return True

    def status_text(self) -> str:
        return ""

    def select(self, record_id: int, *, load: bool = True) -> None:
        pass

    def save_state(self, settings: QSettings) -> None:
        pass

    def restore_state(self, settings: QSettings) -> None:
        pass
