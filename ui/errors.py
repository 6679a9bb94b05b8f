"""Errors shown to the user: service errors and a database's refusals (read-only login or
file, a database another program holds: app.store.refusals) as their message, anything
unexpected logged to a file in the user log folder and shown with that file's path.
Never a traceback."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.crashlog import record, summary
from app.errors import ValidationError
from app.store.refusals import as_refusal
from ui.i18n import error_text, shown


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Supplier Desk") -> None:
    if isinstance(exc, ValidationError):
        lines = [f"• {shown(e.text)}" for e in exc.errors]
        text = QCoreApplication.translate("ErrorBox", "Please correct:\n\n{errors}")
        QMessageBox.warning(parent, title, text.format(errors="\n".join(lines)))
        return
    refused = as_refusal(exc, _database_file(parent))
    if refused is not None:
        text = error_text(refused)
        QMessageBox.warning(parent, title, text if refused is exc else _sentence(text))
        return
    path = record(exc)
    if path:
        text = QCoreApplication.translate(
            "ErrorBox",
            "Something went wrong: {summary}\n\nThe details were written to:\n{file}\n\n"
            "Your data is safe: the last change was not saved.",
        )
    else:
        text = QCoreApplication.translate(
            "ErrorBox",
            "Something went wrong: {summary}\n\nYour data is safe: the last change was not saved.",
        )
    QMessageBox.critical(parent, title, text.format(summary=summary(exc), file=path))


def _database_file(parent: QWidget | None) -> str | None:
    """The SQLite file of the window `parent` is in (its main window's database)."""
    window = parent.window() if parent is not None else None
    path = getattr(getattr(window, "database", None), "path", None)
    return None if path is None else str(path)


def _sentence(text: str) -> str:
    """A refusal's line ('this login may only read: ...') as a message box says it."""
    return text[:1].upper() + text[1:]


PLATFORM_NOTICES = ("This plugin does not support ",)
"""Qt's platform plugins saying a window hint has no meaning there (the offscreen one a
smoke test runs on): nothing for a user or a developer to act on."""


def install_message_filter() -> None:
    """Qt's messages to stderr as Qt writes them, less the platform notices above."""

    def handler(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if not message.startswith(PLATFORM_NOTICES):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """Unexpected exceptions in slots end up here instead of killing the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))

    sys.excepthook = hook
