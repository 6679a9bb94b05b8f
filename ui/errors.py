"""Errors shown to the user: service errors as their message, anything unexpected logged
to a file in the user log folder and shown with that file's path. Never a traceback."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.crashlog import record
from app.errors import ServiceError, ValidationError


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Supplier Desk") -> None:
    if isinstance(exc, ValidationError):
        text = "Please correct:\n\n" + "\n".join(f"• {e}" for e in exc.errors)
        QMessageBox.warning(parent, title, text)
    elif isinstance(exc, ServiceError):
        QMessageBox.warning(parent, title, str(exc))
    else:
        path = record(exc)
        where = f"\n\nThe details were written to:\n{path}" if path else ""
        QMessageBox.critical(
            parent,
            title,
            f"Something went wrong: {exc.__class__.__name__}: {exc}{where}\n\n"
            "Your data is safe: the last change was not saved.",
        )


def install_excepthook() -> None:
    """Unexpected exceptions in slots end up here instead of killing the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))

    sys.excepthook = hook
