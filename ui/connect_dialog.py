"""File > Connect to team database…: the server's parts, a test off the UI thread, and the
switch of the window to that database (or back to the local file).

The URL without its password is remembered in QSettings under REMEMBERED_KEY; the
password goes to the OS keyring, or, when the computer has none, stays in memory for
this session only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.messages import translate
from app.store import connection
from app.store.connection import ConnectionFailedError, ServerSettings
from app.store.database import Database, DatabaseError, DatabaseMissingError, open_database
from ui.i18n import error_text, shown
from ui.worker import run_in_background

REMEMBERED_KEY = "database/server"
"""QSettings key of the team database's URL (never with a password)."""

TLS_LABELS = {
    "disable": translate("ConnectDialog", "Off (no encryption)"),
    "prefer": translate("ConnectDialog", "If the server offers it"),
    "require": translate("ConnectDialog", "Required"),
    "verify-full": translate("ConnectDialog", "Required, with the server's certificate checked"),
}
NO_KEYRING = translate(
    "ConnectDialog",
    "This computer has no keyring: the password cannot be remembered and is kept for "
    "this session only.",
)


def remembered_server(settings: QSettings) -> str | None:
    value = settings.value(REMEMBERED_KEY)
    return value if isinstance(value, str) and value.strip() else None


class ConnectDialog(QDialog):
    """Accepted with `database` open on the chosen server, or `database` None and
    `use_local` True for the local file."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        current: Database | None = None,
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team database"))
        self.settings = settings
        self.database: Database | None = None
        self.use_local = False
        self.notice = ""
        """A line for the status bar once connected (the password could not be kept)."""
        self.read_only_reason: str | None = None
        """Why `database` only reads (None: it can be written) when `read_only_found`:
        asked with the opening, off the UI thread, so that the window on it need not
        ask the server again on the UI thread."""
        self.read_only_found = False
        self._busy = False

        server = None
        if current is not None:
            server = ServerSettings.from_url(current.url)
        if server is None:
            remembered = remembered_server(settings)
            server = ServerSettings.from_url(remembered) if remembered else None
        self.host = QLineEdit(server.host if server else "", placeholderText="db.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server.port if server else connection.DEFAULT_PORT)
        self.database_name = QLineEdit(server.database if server else "supplier_desk")
        self.user = QLineEdit(server.user if server else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if server is not None:
            self.password.setText(connection.stored_password(server) or "")
        self.tls = QComboBox()
        for mode in connection.TLS_MODES:
            self.tls.addItem(shown(TLS_LABELS[mode]), mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(server.tls if server else "prefer")))
        self.tls.setToolTip(
            self.tr(
                "A server on another computer is always reached with encryption; with a "
                "certificate authority's file its certificate and name are checked too"
            )
        )
        self.ca_file = QLineEdit(server.ca_file if server else "")
        self.ca_file.setPlaceholderText(self.tr("Optional: the CA's certificate file (.pem)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.remember = QCheckBox(self.tr("Remember the password (in this computer's keyring)"))
        self.keyring_ok = connection.keyring_available()
        self.remember.setChecked(self.keyring_ok)
        self.remember.setEnabled(self.keyring_ok)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database_name)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Encryption (TLS)"), self.tls)
        form.addRow(self.tr("Certificate authority"), ca_row)
        form.addRow("", self.remember)
        self.keyring_note = QLabel(shown(NO_KEYRING))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(mid);")
        self.keyring_note.setVisible(not self.keyring_ok)
        form.addRow("", self.keyring_note)
        self.status = QLabel(message)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(40)

        self.buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.local_button = QPushButton(self.tr("Use the local database"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_server)
        self.local_button.clicked.connect(self.choose_local)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The team's PostgreSQL server. Ask whoever set it up for these details.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        if not self.host.text():
            self.host.setFocus()
        elif not self.password.text():
            self.password.setFocus()

    # --- reading the fields ------------------------------------------------------------

    def server(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            database=self.database_name.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            tls=str(self.tls.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The certificate authority's file"),
            self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _url(self) -> Any:
        """The URL with the password, or None after saying what is missing."""
        try:
            return self.server().url(self.password.text() or None)
        except ConnectionFailedError as exc:
            self.show_status(error_text(exc), ok=False)
            return None

    def show_status(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b3261e;")

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.test_button, self.connect_button, self.local_button):
            widget.setEnabled(not busy)
        if busy:
            self.show_status(text, ok=True)

    # --- actions -----------------------------------------------------------------------

    def test_connection(self) -> None:
        url = self._url()
        if url is None or self._busy:
            return
        self._set_busy(True, self.tr("Connecting to {server}…").format(server=url.host))

        def done(line: object) -> None:
            self._set_busy(False)
            self.show_status(shown(line), ok=True)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.show_status(_reason(exc), ok=False)

        run_in_background(lambda: connection.check_connection(url), done, failed)

    def connect_server(self) -> None:
        url = self._url()
        if url is None or self._busy:
            return
        server = self.server()
        password = self.password.text()
        self._set_busy(True, self.tr("Connecting to {server}…").format(server=url.host))

        def open_it() -> tuple[Database, str | None]:
            from app.store.roles import read_only_reason

            connection.check_connection(url)  # the reason in one line if it fails
            # Connect on a server database an administrator made: an empty one gets its
            # tables (a mistyped name is refused by the server, never created).
            database = open_database(
                url.render_as_string(hide_password=False), daily_backup=False, create=True
            )
            return database, read_only_reason(database.engine)

        def done(opened: tuple[Database, str | None]) -> None:
            database, self.read_only_reason = opened
            self.read_only_found = True
            self._set_busy(False)
            self.database = database
            self.settings.setValue(REMEMBERED_KEY, server.remembered_url())
            self.settings.sync()
            if password and self.remember.isChecked():
                if not connection.remember_password(server, password):
                    self.notice = shown(NO_KEYRING)
            elif password:
                connection.forget_password(server)
                connection.keep_for_session(server, password)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.show_status(_reason(exc), ok=False)

        run_in_background(open_it, done, failed)

    def choose_local(self) -> None:
        self.settings.remove(REMEMBERED_KEY)
        self.settings.sync()
        self.use_local = True
        self.accept()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionFailedError | DatabaseError):
        return error_text(exc)
    return shown(connection.explain(exc))


# --- a database that cannot be opened at start-up ---------------------------------------

RETRY, LOCAL, QUIT = "retry", "local", "quit"


def ask_after_failure(
    message: str, parent: QWidget | None = None, *, can_change: bool = False
) -> str:
    """The team database did not open: RETRY, LOCAL (the local file), QUIT, or with
    `can_change` CHANGE (the connect dialog, for another password or server)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Supplier Desk")
    box.setText(QCoreApplication.translate("ConnectDialog", "The database cannot be opened."))
    box.setInformativeText(message)
    retry = box.addButton(
        QCoreApplication.translate("ConnectDialog", "Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    local = box.addButton(
        QCoreApplication.translate("ConnectDialog", "Open the local database"),
        QMessageBox.ButtonRole.ActionRole,
    )
    change = None
    if can_change:
        change = box.addButton(
            QCoreApplication.translate("ConnectDialog", "Connection…"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(
        QCoreApplication.translate("ConnectDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is retry:
        return RETRY
    if clicked is local:
        return LOCAL
    if change is not None and clicked is change:
        return CHANGE
    return QUIT


CHANGE = "change"


def ask_to_create(message: str, parent: QWidget | None = None) -> bool:
    """There is no database where the window was told to open: make a new one there?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Supplier Desk")
    box.setText(
        QCoreApplication.translate("ConnectDialog", "There is no Supplier Desk database there yet.")
    )
    question = QCoreApplication.translate(
        "ConnectDialog", "{reason}.\n\nCreate a new, empty database there?"
    )
    box.setInformativeText(question.format(reason=message))
    create = box.addButton(
        QCoreApplication.translate("ConnectDialog", "Create"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is create


def open_at_start(
    override: str | None, settings: QSettings, opener: Callable[..., Database] = open_database
) -> Database | None:
    """The database the window opens on: `--database`, the environment, the remembered team
    server (its password from the keyring) or the local file. A server that is down or
    refuses the login asks Retry / Open the local database / Quit instead of exiting;
    None means Quit.

    Only the local file in the user data folder is made without asking (the first start);
    where `--database`, the environment or the remembered server name a place with no
    database, the user is asked before one is made there (a typo must not become a new
    database), and `--database ''` is refused rather than taken for the default."""
    from app.settings import DATABASE_ENV, default_database_path

    explicit = override is not None or bool(os.environ.get(DATABASE_ENV, "").strip())
    remembered = None if explicit else remembered_server(settings)
    create = not explicit and remembered is None
    while True:
        target = override
        if remembered is not None:
            target = connection.url_with_password(remembered)
        try:
            return opener(target, daily_backup=False, create=create)
        except DatabaseMissingError as exc:
            if ask_to_create(error_text(exc)):
                create = True
                continue
            message = error_text(exc)
        except DatabaseError as exc:
            message = _start_up_reason(exc, target)
        if not explicit and remembered is None:  # the local file itself failed
            text = QCoreApplication.translate(
                "ConnectDialog", "The database cannot be opened.\n\n{reason}"
            )
            QMessageBox.critical(None, "Supplier Desk", text.format(reason=message))
            return None
        choice = ask_after_failure(message, can_change=remembered is not None)
        if choice == QUIT:
            return None
        if choice == LOCAL:
            override, explicit, remembered = str(default_database_path()), True, None
            create = True
        elif choice == CHANGE:
            dialog = ConnectDialog(settings, message=message)
            accepted = dialog.exec()
            database, use_local = dialog.database, dialog.use_local
            dialog.deleteLater()
            if database is not None:
                return database
            if accepted and use_local:
                override, explicit, remembered = str(default_database_path()), True, None
                create = True


def _start_up_reason(exc: DatabaseError, target: str | None) -> str:
    """A server's refusal in the words of the connect dialog (server down, login refused,
    database missing); any other problem as open_database said it."""
    server = ServerSettings.from_url(target) if target else None
    cause = exc.__context__
    if server is None or not isinstance(cause, DBAPIError):
        return error_text(exc)
    where = f"{server.host}:{server.port}/{server.database}"
    return shown(connection.explain(cause, where))
