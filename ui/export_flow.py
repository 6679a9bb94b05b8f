"""Exporting from the window: choose where (remembering the last folder), run the export
off the UI thread with a progress dialog that has Cancel, then offer to open the file or
show it in its folder. The exporters themselves live in app/exporting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ui.errors import show_error
from ui.i18n import shown
from ui.worker import run_in_background, stopping

Progress = Callable[[int, int], bool]
"""(done, total) -> False to cancel; called from the export's thread."""

Export = Callable[[Path, Progress], list[str]]
"""Writes the file; returns warnings to show (a logo that could not be read...)."""

LAST_FOLDER_KEY = "export/last-folder"
SHOW_PROGRESS_AFTER_MS = 600


class ExportCancelledError(Exception):
    """The user pressed Cancel; the exporter left no file."""


def choose_target(
    parent: QWidget, settings: QSettings, title: str, suggested_name: str, filters: str
) -> Path | None:
    """Ask where to save, starting in the folder used last time; None when the user
    cancels, or chose a file an export must not replace (told why in one line).

    No options are passed on purpose: without QFileDialog.DontConfirmOverwrite the dialog
    (native or Qt's own) asks before an existing file is chosen for overwriting."""
    from app.exporting.files import ExportError, writable_target

    folder = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested_name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    try:
        writable_target(path)  # read-only, a device, a FIFO...: said now, not after the export
    except ExportError as exc:
        show_error(parent, exc, title)
        return None
    return path


class ExportRun:
    """One export in the background; `finished` is called on the UI thread with the
    warnings, or `failed` with the error (ExportCancelledError when the user cancelled)."""

    def __init__(
        self,
        parent: QWidget,
        export: Export,
        target: Path,
        *,
        finished: Callable[[Path, list[str]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.target = target
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(
            QCoreApplication.translate("ExportFlow", "Exporting to {name}…").format(
                name=target.name
            ),
            QCoreApplication.translate("ExportFlow", "Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.dialog.canceled.connect(self._cancel.set)
        self._finished = finished
        self._failed = failed

        cancelled = stopping(self._cancel)  # Cancel pressed, or the application quitting

        def progress(done: int, total: int) -> bool:
            # Called from the export's thread: only thread-safe flags are read here; the
            # dialog's bar is left indeterminate rather than touched off the UI thread.
            return not cancelled()

        def work() -> list[str]:
            warnings = export(target, progress)
            if cancelled():
                raise ExportCancelledError()
            return warnings

        run_in_background(work, self._done, self._error)

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, warnings: list[str]) -> None:
        self.dialog.reset()
        self._finished(self.target, warnings)

    def _error(self, exc: BaseException) -> None:
        self.dialog.reset()
        self._failed(exc)


def export_to_file(parent: QWidget, settings: QSettings, export: Export, target: Path) -> ExportRun:
    """Run `export` into `target` with progress, then report to the user."""

    def finished(path: Path, warnings: list[str]) -> None:
        offer_to_open(parent, path, warnings)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, ExportCancelledError):
            show_error(parent, exc, QCoreApplication.translate("ExportFlow", "Export failed"))

    return ExportRun(parent, export, target, finished=finished, failed=failed)


def offer_to_open(parent: QWidget, path: Path, warnings: list[str]) -> None:
    text = QCoreApplication.translate("ExportFlow", "Saved {name} in {folder}.").format(
        name=path.name, folder=path.parent
    )
    if warnings:  # app/'s words (a logo that could not be read...), in the window's language
        text += "\n\n" + "\n".join(f"• {shown(w)}" for w in warnings)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ExportFlow", "Export finished"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    open_button = box.addButton(
        QCoreApplication.translate("ExportFlow", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("ExportFlow", "Show in folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
