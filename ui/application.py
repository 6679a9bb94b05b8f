"""Starting the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.database import DatabaseError, open_database
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
    try:
        # The day's backup copies the whole file: it runs once the window is up.
        database = open_database(database_url, daily_backup=False)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Supplier Desk", f"The database cannot be opened.\n\n{exc}")
        return 1
    window = MainWindow(database)
    window.show()
    window.start_daily_backup()
    try:
        return app.exec()
    finally:
        database.dispose()
