"""Long import work (reading, previewing, committing, undoing) off the UI thread, with
progress shown in the dialog and a Cancel button.

The work gets `progress(text, done, total)` and `cancel() -> bool`, called on its own
thread: progress goes to the UI thread through a queued signal (at most every
PROGRESS_EVERY_S, and always the last step), cancel reads a threading.Event. Nothing on
the worker touches a widget.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.importing.jobs import Cancel, Progress
from ui.i18n import number, shown
from ui.worker import run_in_background, stopping

Work = Callable[[Progress, Cancel], Any]

PROGRESS_EVERY_S = 0.1


class Task(QObject):
    """One piece of work; `finished(result)` or `failed(exception)` arrive on the UI
    thread. A cancelled job fails with the backend's ImportCancelledError."""

    progressed = Signal(object, int, int)
    """(text, done, total): the text a str or an app.messages.Message (shown translated)."""
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, title: str, work: Work) -> None:
        super().__init__()
        self.title = title
        self.work = work
        self.running = False
        self.cancelled = threading.Event()
        self._last_emit = 0.0
        self._lock = threading.Lock()

    def start(self) -> None:
        self.running = True
        self._last_emit = 0.0
        self.progressed.emit(self.title, 0, 0)

        def progress(text: str, done: int, total: int) -> None:
            now = time.monotonic()
            with self._lock:
                if done < total and now - self._last_emit < PROGRESS_EVERY_S:
                    return
                self._last_emit = now
            self.progressed.emit(text, done, total)

        work = self.work
        cancel = stopping(self.cancelled)  # Cancel pressed, or the application quitting
        # The job's closures keep this object alive until it ends, even if the dialog
        # that started it is gone.
        run_in_background(lambda: work(progress, cancel), self._done, self._failed)

    def cancel(self) -> None:
        self.cancelled.set()

    def _done(self, result: Any) -> None:
        self.running = False
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)


class ProgressPanel(QWidget):
    """What the running task is doing: its step, a bar, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setMinimumWidth(260)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("task-cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: Task | None = None
        self.cancellable = False
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def follow(self, task: Task, cancellable: bool = True) -> None:
        self.task = task
        self.cancellable = cancellable
        task.progressed.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)
        task.finished.connect(self._ended)
        task.failed.connect(self._ended)
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setText(self.tr("Cancel"))
        self.label.setText(task.title)
        self.bar.setRange(0, 0)
        self.show()

    def show_progress(self, text: object, done: int, total: int) -> None:
        if self.task is None or not self.task.running:
            return
        self.label.setText(shown(text))
        if total > 1:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setFormat(
                self.tr("{done} of {total}").format(done=number(done), total=number(total))
            )
        else:
            self.bar.setRange(0, 0)  # a step that does not count: a busy bar

    def cancel(self) -> None:
        """Ask the running task to stop (a task that cannot stop, like an undo, runs on)."""
        if self.task is not None and self.task.running and self.cancellable:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))
            self.label.setText(self.tr("Cancelling…"))

    def _ended(self, _result: object) -> None:
        self.task = None
        self.hide()
