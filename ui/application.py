"""Starting the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.store.database import open_database
from ui.connect_dialog import open_at_start
from ui.errors import install_excepthook
from ui.icons import icon
from ui.main_window import MainWindow


def run(database_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Supplier Desk")
    app.setOrganizationName("SupplierDesk")
    app.setWindowIcon(icon("app"))
    install_excepthook()
    # The day's backup copies the whole file: it runs once the window is up. A team
    # server that is down or refuses the login asks Retry / local database / Quit.
    database = open_at_start(database_url, QSettings(), open_database)
    if database is None:
        return 1
    window = MainWindow(database)
    window.show()
    window.start_daily_backup()
    try:
        return app.exec()
    finally:
        database.dispose()
