"""The main window: navigation between the views, menus, toolbar, status bar, and the
layout the user left (QSettings)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.messages import translate
from app.queries.parallel_reads import open_connections
from app.store.database import Database
from ui.about import AboutDialog, show_about
from ui.connection_status import show_in_status_bar
from ui.export_actions import attach_export_actions
from ui.forms.base import RecordForm
from ui.help import add_help_actions
from ui.i18n import error_text, shown
from ui.icons import icon
from ui.read_only import ReadOnlyMode
from ui.worker import run_in_background, stopping


@dataclass(frozen=True)
class ViewEntry:
    """A view in the navigation; its module is imported and the view built when first shown
    (building all six took a quarter of a second of start-up)."""

    kind: str
    title: str
    icon_name: str
    module: str
    cls: str

    def build(self, database: Database) -> Any:
        view = getattr(importlib.import_module(self.module), self.cls)(database)
        assert (view.kind, view.title, view.icon_name) == (self.kind, self.title, self.icon_name)
        return view


VIEWS = (
    ViewEntry(
        "dashboard", translate("MainWindow", "Home"), "home", "ui.views.dashboard", "DashboardView"
    ),
    ViewEntry(
        "supplier",
        translate("MainWindow", "Suppliers"),
        "suppliers",
        "ui.views.suppliers",
        "SuppliersView",
    ),
    ViewEntry(
        "negotiation",
        translate("MainWindow", "Negotiations"),
        "negotiations",
        "ui.views.negotiations",
        "NegotiationsView",
    ),
    ViewEntry(
        "shipment",
        translate("MainWindow", "Shipments"),
        "shipments",
        "ui.views.shipments",
        "ShipmentsView",
    ),
    ViewEntry(
        "contact",
        translate("MainWindow", "Contacts"),
        "contacts",
        "ui.views.contacts",
        "ContactsView",
    ),
    ViewEntry(
        "followups",
        translate("MainWindow", "Follow-ups"),
        "followups",
        "ui.views.followups",
        "FollowUpsView",
    ),
    ViewEntry(
        "compare",
        translate("MainWindow", "Compare offers"),
        "compare",
        "ui.views.compare",
        "CompareView",
    ),
    ViewEntry(
        "season", translate("MainWindow", "Season"), "season", "ui.views.season", "SeasonView"
    ),
)


UNDO_SECONDS = 10
"""How long the status bar offers Undo after an archive."""


class ArchiveNotice(QWidget):
    """ "Archived Frutícola Ñuble SpA [Undo]" in the status bar for UNDO_SECONDS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.undo_button = QToolButton()
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAutoRaise(True)
        self.undo_button.setStyleSheet("font-weight: 600;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self._undo: Any = None
        self.timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.clear)
        self.undo_button.clicked.connect(self._undo_clicked)
        self.hide()

    def offer_undo(self, text: str, undo: Any) -> None:
        self.label.setText(text)
        self._undo = undo
        status = self.parentWidget()
        if isinstance(status, QStatusBar):
            status.clearMessage()  # a temporary message would hide the notice
        self.show()
        self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self._undo = None
        self.hide()

    def _undo_clicked(self) -> None:
        undo = self._undo
        self.clear()
        if undo is not None:
            undo()


# --- the window's size and place, per screen --------------------------------------------------

SMALL_SCREEN = QSize(1400, 800)
"""A screen whose available area is narrower or lower than this opens maximised."""


def screen_key(window: QWidget) -> str:
    """The settings key of the window's geometry on the screen it is on (name and size)."""
    screen = window.screen()
    size = screen.size()
    name = "".join(c if c.isalnum() else "_" for c in screen.name()) or "screen"
    return f"window/geometry/{name}_{size.width()}x{size.height()}"


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """Where the window opens on a screen it has not been on: (normal geometry, maximised).
    Maximised on a small screen; else most of the available area, centred."""
    small = available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()
    if small:
        return QRect(available), True  # the whole area, should maximising be refused
    width = min(available.width(), max(1280, available.width() * 85 // 100))
    height = min(available.height(), max(760, available.height() * 90 // 100))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect, small


def restore_window_geometry(window: QMainWindow, settings: QSettings) -> None:
    """The size and place the user left on this screen if it still fits there, else the
    first geometry for the screen."""
    available = window.screen().availableGeometry()
    saved = settings.value(screen_key(window))
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        if window.isMaximized() or available.contains(window.geometry()):
            return
        window.setWindowState(Qt.WindowState.WindowNoState)
    rect, maximised = first_geometry(available)
    window.setGeometry(rect)
    if maximised:
        window.setWindowState(Qt.WindowState.WindowMaximized)


def save_window_geometry(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue(screen_key(window), window.saveGeometry())


class View(Protocol):
    kind: str
    title: str
    icon_name: str

    def refresh(self) -> None: ...
    def new_record(self) -> None: ...
    def save(self) -> bool: ...
    def focus_search(self) -> None: ...
    def toggle_archive(self) -> None: ...
    def can_leave(self) -> bool: ...
    def status_text(self) -> str: ...
    def select(self, record_id: int, *, load: bool = True) -> None: ...
    def save_state(self, settings: QSettings) -> None: ...
    def restore_state(self, settings: QSettings) -> None: ...


class AskDatabase:
    """The window asks the database whether it may write (the default)."""


ASK_DATABASE = AskDatabase()


class MainWindow(QMainWindow):
    switch_requested = Signal()
    """File > Connect to team database…: whoever opened this window re-opens it on the
    database the user chooses (ui.application)."""

    def __init__(
        self,
        database: Database,
        settings: QSettings | None = None,
        *,
        read_only_reason: str | AskDatabase | None = ASK_DATABASE,
    ) -> None:
        """`read_only_reason`: why `database` only reads (None: it can be written), when
        whoever opened it found out already off the UI thread (File > Connect…)."""
        super().__init__()
        self.database = database
        self.settings = settings or QSettings()
        self.about_dialog: AboutDialog | None = None
        self.setWindowTitle("Supplier Desk")
        self.setWindowIcon(icon("app"))
        self._built: list[Any | None] = [None] * len(VIEWS)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(150)
        for entry in VIEWS:
            self.stack.addWidget(QWidget())  # replaced by the view when first shown
            QListWidgetItem(icon(entry.icon_name), shown(entry.title), self.nav)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.nav.width(), 10_000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self.database_label = QLabel(database.display_name)
        self.statusBar().addPermanentWidget(self.database_label)
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.archive_notice = ArchiveNotice(self)
        self.statusBar().addWidget(self.archive_notice)
        # "Reconnecting…" while a lost read waits to try again (app.store.reconnect)
        self.connection_status = show_in_status_bar(self, database.url)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.import_wizard: Any = None
        """The open import wizard (one at a time), if any."""
        self.setAcceptDrops(True)
        if isinstance(read_only_reason, AskDatabase) and database.read_only_known:
            read_only_reason = database.read_only_reason  # asked while it was opened
        if isinstance(read_only_reason, AskDatabase):
            from app.store.roles import read_only_reason as asked

            read_only_reason = asked(database.engine)
        self.read_only = ReadOnlyMode(self, read_only_reason)
        self._restore()
        self._start_live_refresh()
        # A few connections made now, while the user looks at the first page: the next
        # action's reads (a supplier's tabs, at once) find them ready (issue 18). Begun
        # at once, before the window is on screen, so that their threads' start-up does
        # not take the interpreter from the window's first paint.
        run_in_background(lambda: open_connections(database), lambda _n: None, lambda _e: None)
        for warning in database.warnings:
            self.statusBar().showMessage(
                self.tr("Warning: {warning}").format(warning=shown(warning)), 15000
            )

    # --- actions -----------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New"), lambda: self.current.new_record(), QKeySequence.StandardKey.New, "new"
        )
        self.save_action = self._action(
            self.tr("&Save"), lambda: self.current.save(), QKeySequence.StandardKey.Save, "save"
        )
        self.find_action = self._action(
            self.tr("&Find"),
            lambda: self.current.focus_search(),
            QKeySequence.StandardKey.Find,
            "search",
        )
        self.archive_action = self._action(
            self.tr("&Archive / restore"),
            lambda: self.archive_current(),
            Qt.Key.Key_Delete,
            "archive",
        )
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            lambda: self.current.refresh(),
            QKeySequence.StandardKey.Refresh,
            "refresh",
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.demo_action = self._action(
            self.tr("Load &demo data"), self.load_demo, icon_name="demo"
        )
        self.import_action = self._action(
            self.tr("&Import spreadsheet…"), lambda: self.open_import(), "Ctrl+I", "import"
        )
        self.history_action = self._action(self.tr("Import &history…"), self.show_import_history)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.save_action, self.refresh_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.history_action)
        file_menu.addSeparator()
        preferences = self._action(self.tr("&Preferences…"), self.edit_export_settings)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(preferences)
        file_menu.addAction(self._action(self.tr("&Exchange rates…"), self.show_rates))
        file_menu.addAction(self._action(self.tr("&Products…"), self.show_products))
        file_menu.addAction(self._action(self.tr("&Freight and charges…"), self.show_freight))
        file_menu.addAction(self._action(self.tr("&Tariffs…"), self.show_tariffs))
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        self.connect_action = self._action(
            self.tr("&Connect to team database…"), self.connect_database
        )
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.archive_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, entry in enumerate(VIEWS):
            go = self._action(
                shown(entry.title),
                lambda _=False, n=number: self.show_view(n),
                f"Ctrl+{number + 1}",
                entry.icon_name,
            )
            view_menu.addAction(go)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Supplier Desk"), self._about))
        add_help_actions(self, help_menu)  # User guide, Keyboard shortcuts
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.save_action,
            self.archive_action,
            self.refresh_action,
            self.find_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # --- views -----------------------------------------------------------------------------

    def view(self, number: int) -> Any:
        """View `number`, built on first use."""
        built = self._built[number]
        if built is not None:
            return built
        view = VIEWS[number].build(self.database)
        self._built[number] = view
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(number)
        assert placeholder is not None  # __init__ put one at each view's place
        self.stack.insertWidget(number, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        view.status_changed.connect(self._update_status)
        view.open_requested.connect(self.open_record)
        view.data_changed.connect(self._data_changed)
        if hasattr(view, "stage_requested"):
            view.stage_requested.connect(self.show_stage)
        if hasattr(view, "import_requested"):
            view.import_requested.connect(lambda: self.open_import())
        view.restore_state(self.settings)
        attach_export_actions(view, self.settings)
        self.read_only.apply_to_view(view)
        table = getattr(view, "table", None)
        if table is not None:
            # Del archives only from the list, not while typing in a field.
            table.addAction(self.archive_action)
        button = getattr(view, "archive_button", None)
        if button is not None:
            # The form's Archive button says what it did and offers Undo, as Del does.
            button.clicked.disconnect(view.toggle_archive)
            button.clicked.connect(lambda _=False: self.archive_current())
        return view

    @property
    def views(self) -> list[Any]:
        """Every view, building those not shown yet (tests and benchmarks walk them all)."""
        return [self.view(number) for number in range(len(VIEWS))]

    # --- navigation ----------------------------------------------------------------------

    @property
    def current(self) -> Any:
        return self.view(self.stack.currentIndex())

    def show_view(self, number: int) -> None:
        self.nav.setCurrentRow(number)

    def _nav_changed(self, number: int) -> None:
        if number == self.stack.currentIndex():
            return
        if not self.current.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(number)
        self.current.refresh()
        self._update_status()
        self._update_actions()

    def _update_actions(self) -> None:
        """New, Save and Archive only where there is a record form (not on Home or
        Follow-ups, where they would do nothing); read-only mode keeps them off."""
        view = self.current
        has_form = isinstance(getattr(view, "form", None), RecordForm)
        self.new_action.setEnabled(has_form)
        self.save_action.setEnabled(has_form)
        self.archive_action.setEnabled(has_form and bool(getattr(view, "can_archive", False)))

    def view_of(self, kind: str) -> Any:
        return self.view(next(n for n, entry in enumerate(VIEWS) if entry.kind == kind))

    def open_record(self, kind: str, record_id: int) -> None:
        """Show record `record_id` of `kind` ('supplier', 'negotiation', ...) in its view."""
        view = self.view_of(kind)
        self.show_view(self._built.index(view))
        if self.current is view:
            view.select(record_id)
            form = getattr(view, "form", None)
            if isinstance(form, RecordForm) and form.record_id == record_id:
                # Opened from elsewhere: the record's first tab, from the top.
                form.show_first_tab()
                form.scroll_to_top()

    def archive_current(self) -> None:
        """Archive (or restore) the record in the current view's form, and say so in the
        status bar, with Undo for a few seconds after archiving."""
        view = self.current
        form = getattr(view, "form", None)
        if not isinstance(form, RecordForm) or not getattr(view, "can_archive", False):
            return
        record_id = form.record_id
        if record_id is None:
            return
        name = form.record_name() or form.heading()
        was_archived = form.archived
        view.toggle_archive()
        if form.record_id != record_id or form.archived == was_archived:
            return  # refused (the view said why) or the form moved on
        if form.archived:
            text = self.tr("Archived {name}").format(name=name)
            self.archive_notice.offer_undo(text, lambda: self._restore_archived(view, record_id))
        else:
            self.archive_notice.clear()
            self.statusBar().showMessage(self.tr("Restored {name}").format(name=name), 8000)

    def _restore_archived(self, view: Any, record_id: int) -> None:
        """Undo: the archived record is back, wherever the user has gone since. The
        restore is written off the UI thread; the status bar says so meanwhile."""
        from ui.errors import show_error

        def done(_result: object) -> None:
            if not shiboken6.isValid(self):
                return
            view.refresh()
            form = view.form
            if form.record_id == record_id and not form.is_dirty():
                form.reload()
                view._update_archive_button()
            view.data_changed.emit()
            self.statusBar().showMessage(self.tr("Restored"), 5000)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.statusBar().clearMessage()
                show_error(self, exc)

        self.statusBar().showMessage(self.tr("Restoring…"))
        run_in_background(lambda: view.archive(record_id, False), done, failed)

    def show_stage(self, stage: str) -> None:
        """The Negotiations view, listing the deals at `stage`."""
        view = self.view_of("negotiation")
        self.show_view(self._built.index(view))
        if self.current is view:
            view.show_stage(stage)

    def _data_changed(self) -> None:
        self._update_status()

    def _update_status(self) -> None:
        self.count_label.setText(self.current.status_text())

    def start_daily_backup(self) -> None:
        """Today's copy of the SQLite file, made in the background (a large file takes a
        second or two, which the window should not wait for)."""
        path = self.database.path
        if path is None:
            return
        from app.store.backup import daily_backup

        def done(made: object) -> None:
            if made is not None:
                self.statusBar().showMessage(
                    self.tr("Today's backup: {file}").format(file=made), 8000
                )

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("Warning: today's backup could not be made: {reason}").format(
                    reason=error_text(exc)
                )
            )

        engine = self.database.engine
        cancel = stopping()  # the application quitting stops it (and leaves no file)
        run_in_background(lambda: daily_backup(engine, path, cancel), done, failed)

    def load_demo(self) -> None:
        """File > Load demo data, written off the UI thread (a few thousand statements:
        seconds on a distant server); the status bar says so meanwhile."""
        if not self.demo_action.isEnabled():
            return  # already loading
        from ui.errors import show_error

        database = self.database

        def work() -> Any:
            from app.services.demo import load_demo

            with database.transaction() as session:
                return load_demo(session)

        def done(result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self.demo_action.setEnabled(True)
            text = self.tr("Demo data: {suppliers}, {negotiations} and {shipments} added").format(
                suppliers=self.tr("%n supplier(s)", "", result.suppliers_created),
                negotiations=self.tr("%n negotiation(s)", "", result.negotiations_created),
                shipments=self.tr("%n shipment(s)", "", result.shipments_created),
            )
            self.statusBar().showMessage(text, 8000)
            self.current.refresh()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.demo_action.setEnabled(True)
                self.statusBar().clearMessage()
                show_error(self, exc)

        self.demo_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading demo data…"))
        run_in_background(work, done, failed)

    # --- importing ---------------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> Any:
        """The import wizard, on `path` if given; the one already open is brought forward
        (and takes the file when it can)."""
        from ui.importing.wizard import open_import_wizard

        wizard = self.import_wizard
        if wizard is not None:
            if path is not None and wizard.can_take(path):
                wizard.take_file(path)
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        wizard = open_import_wizard(self, self.database, self.settings, path, self.imported)
        self.import_wizard = wizard
        wizard.destroyed.connect(lambda *_: setattr(self, "import_wizard", None))
        return wizard

    def show_import_history(self) -> None:
        from ui.importing.history_dialog import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.database, self)
        dialog.data_changed.connect(self.imported)
        dialog.exec()
        dialog.deleteLater()

    def show_rates(self) -> None:
        from ui.rates_dialog import RatesDialog

        dialog = RatesDialog(self.database, self, read_only_reason=self.read_only.reason)
        dialog.exec()
        dialog.deleteLater()

    def show_products(self) -> None:
        from ui.products_dialog import ProductsDialog

        dialog = ProductsDialog(self.database, self, read_only_reason=self.read_only.reason)
        dialog.exec()
        dialog.deleteLater()

    def show_freight(self) -> None:
        from ui.freight_dialog import FreightDialog

        dialog = FreightDialog(self.database, self, read_only_reason=self.read_only.reason)
        dialog.exec()
        dialog.deleteLater()

    def show_tariffs(self) -> None:
        from ui.tariffs_dialog import TariffsDialog

        dialog = TariffsDialog(self.database, self, read_only_reason=self.read_only.reason)
        dialog.exec()
        dialog.deleteLater()

    def imported(self) -> None:
        """An import or its undo changed the records: show them as they are now."""
        self.current.refresh()
        self._update_status()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        from ui.importing.file_page import dropped_spreadsheet

        mime = event.mimeData()
        if mime.hasUrls() and dropped_spreadsheet(mime.urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        from ui.importing.file_page import dropped_spreadsheet

        path = dropped_spreadsheet(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

    def _start_live_refresh(self) -> None:
        """Lists follow changes made by others (another user, window or process)."""
        from ui.live_refresh import LiveRefresh, refresh_keeping_place

        self.live = LiveRefresh(self.database, self)

        def changed(tables: object) -> None:
            refresh_keeping_place(self.current)
            self._update_status()

        self.live.changed.connect(changed)

    def connect_database(self) -> None:
        """File > Connect to team database…: the window re-opens on the chosen database."""
        self.switch_requested.emit()

    def edit_export_settings(self) -> None:
        from ui.settings_dialog import ExportSettingsDialog

        ExportSettingsDialog(self, self.settings).exec()

    def _about(self) -> None:
        self.about_dialog = show_about(self.database.display_name, self)

    # --- remembered layout ---------------------------------------------------------------

    def _restore(self) -> None:
        restore_window_geometry(self, self.settings)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = str(self.settings.value("window/view", 0))
        number = int(last) if last.isdigit() and int(last) < len(VIEWS) else 0
        self.stack.setCurrentIndex(number)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(number)
        self.nav.blockSignals(False)
        self.current.refresh()
        self._update_status()
        self._update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ready_to_close():
            event.accept()
        else:
            event.ignore()

    def ready_to_close(self) -> bool:
        """What closing the window asks first (unsaved changes, an import running), then
        its layout saved and its listening for changes stopped; False when the user stays."""
        if not self.current.can_leave():
            return False
        if self.import_wizard is not None and not self.import_wizard.close():
            return False  # an import is running: closing the wizard cancelled it first
        save_window_geometry(self, self.settings)
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/view", self.stack.currentIndex())
        for view in self._built:
            if view is not None:  # a view never shown keeps what was saved before
                view.save_state(self.settings)
        self.settings.sync()
        self.live.stop()
        return True
