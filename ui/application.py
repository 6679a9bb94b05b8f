"""Starting the desktop app: QApplication, the database, the main window; and re-opening
the main window on another database when the user switches (File > Connect to team
database…), which is start-up again on a new database."""

from __future__ import annotations

import signal
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import identity
from app.settings import default_database_path
from app.store.database import Database, DatabaseError, open_database
from ui import fonts, i18n, startup_report, worker
from ui.background_wait import wait_off_ui_thread
from ui.connect_dialog import ConnectDialog, open_at_start
from ui.errors import install_excepthook, install_message_filter
from ui.icons import icon
from ui.main_window import ASK_DATABASE, AskDatabase, MainWindow


def run(database_url: str | None, language: str | None = None) -> int:
    """The window on `database_url` (None: the local file), in `language` for this run
    (None: the Preferences setting, else the system's; see ui.i18n)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(identity.NAME)
    app.setOrganizationName(identity.ORGANISATION)
    app.setApplicationVersion(identity.version())
    app.setDesktopFileName(identity.DISTRIBUTION)  # the .desktop entry: its icon on Wayland
    app.setWindowIcon(icon("app"))
    if language and i18n.normalise(language) is None:
        print(
            f"supplier-desk: --lang {language}: not one of en, zh, es; using the default",
            file=sys.stderr,
        )
    i18n.install(i18n.chosen_language(language, QSettings()), app)
    fonts.ensure_cjk_font()
    install_excepthook()
    install_message_filter()
    app.aboutToQuit.connect(stop_background_work)  # first: before any database goes
    # The day's backup copies the whole file: it runs once the window is up. A team
    # server that is down or refuses the login asks Retry / local database / Quit.
    database = open_at_start(database_url, QSettings(), open_off_ui_thread)
    if database is None:
        return 1
    window = open_window(database)
    window.show()
    startup_report.watch(window)  # $SUPPLIER_DESK_STARTUP_REPORT: when its first page is up
    window.start_daily_backup()
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        stop_background_work()  # again, for a caller that left exec() another way
        database.dispose()


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM (a session ending, `kill`) and SIGINT (Ctrl+C in the terminal that started
    it) end the program as closing its windows would (each asks about unsaved changes and
    saves its layout), status 0. Python runs a signal's handler only when it gets control, so a
    timer (the application's child) hands it control a few times a second."""

    def close(_signal: int, _frame: object) -> None:
        # Each window asks what closing asks and saves its layout; then the event loop
        # ends with exit(), not quit(), which would hide the windows first (a paint queued
        # for a hidden window warns). The windows go with the application. If a window
        # with unsaved changes asked and the user stayed, nothing ends.
        if all(window.ready_to_close() for window in list(_windows)):
            app.exit(0)

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def stop_background_work() -> None:
    """Before the application object and the databases go (issue 19): every window stops
    listening for changes, and the background jobs end (ui.worker.shutdown: a backup,
    an import or an export stops, a read finishes, no answer is delivered after)."""
    for window in list(_windows):
        window.live.stop()
    worker.shutdown()


def open_off_ui_thread(*args: Any, **kwargs: Any) -> Database:
    """open_database run off the UI thread (a team server may be an ocean away: its
    connection, login and opening statement take a second there), the application's
    events processed meanwhile."""
    return wait_off_ui_thread(lambda: open_database(*args, **kwargs))  # type: ignore[no-any-return]


# --- the main window, and switching it to another database -------------------------------

_windows: list[MainWindow] = []
"""Main windows opened here (kept alive until they close)."""


def open_window(
    database: Database,
    settings: QSettings | None = None,
    read_only_reason: str | AskDatabase | None = ASK_DATABASE,
) -> MainWindow:
    """A main window on `database` that re-opens itself elsewhere when the user asks to
    connect to another database (`read_only_reason`: see MainWindow)."""
    window = MainWindow(database, settings, read_only_reason=read_only_reason)
    window.switch_requested.connect(lambda: switch_database(window))
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def switch_database(window: MainWindow) -> MainWindow | None:
    """Ask where to connect, then re-open the main window there; the new window, or None
    if the user stayed (Cancel, unsaved changes kept, or the database failed to open)."""
    if not window.current.can_leave():
        return None
    dialog = ConnectDialog(window.settings, window, current=window.database)
    if not dialog.exec():
        dialog.deleteLater()
        return None
    database = dialog.database
    notice = dialog.notice
    read_only_reason: str | AskDatabase | None = (
        dialog.read_only_reason if dialog.read_only_found else ASK_DATABASE
    )  # asked with the opening, off the UI thread
    dialog.deleteLater()
    if database is None:
        if window.database.path is not None and window.database.path == default_database_path():
            return None  # already on the local file
        read_only_reason = ASK_DATABASE  # a local file: no round trip to ask it
        try:
            # the local file, made on first use as at the first start
            database = open_database(None, daily_backup=False, create=True)
        except DatabaseError as exc:
            text = QCoreApplication.translate("Application", "The local database: {reason}")
            QMessageBox.warning(window, "Supplier Desk", text.format(reason=i18n.error_text(exc)))
            return None
    return reopen(window, database, notice, read_only_reason)


def reopen(
    window: MainWindow,
    database: Database,
    notice: str = "",
    read_only_reason: str | AskDatabase | None = ASK_DATABASE,
) -> MainWindow | None:
    """A new main window on `database` in place of `window` (which closes, saving its
    layout); the old database is disposed of once its window is gone."""
    old = window.database
    app = QApplication.instance()
    quit_on_close = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)  # the new window comes right after
    try:
        window.close()
        if window.isVisible():  # closing was refused (an import is running)
            database.dispose()
            return None
        new = open_window(database, window.settings, read_only_reason)
    finally:
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
    if app is not None:
        app.aboutToQuit.connect(database.dispose)
    new.show()
    if notice:
        new.statusBar().showMessage(notice, 15000)
    else:
        text = QCoreApplication.translate("Application", "Connected to {database}")
        new.statusBar().showMessage(text.format(database=database.display_name), 8000)
    if old is not database:
        old.dispose()
    return new
