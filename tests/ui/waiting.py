"""Waiting for the window's reads: lists, records and tabs are read off the UI thread
(issue 18), so a test that acts and then looks waits for what it started to land."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool

from ui.worker import idle

TIMEOUT_S = 10.0


def settle(timeout: float = TIMEOUT_S) -> None:
    """Process events until every read started with ui.worker has been delivered (and
    what those deliveries started too)."""
    deadline = time.monotonic() + timeout
    pool = QThreadPool.globalInstance()
    while not idle() or pool.activeThreadCount():
        if time.monotonic() > deadline:
            raise AssertionError(f"the window was still reading after {timeout} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    QCoreApplication.processEvents()
