"""Waiting for work run off the UI thread where the caller needs its answer before going
on (a save whose caller asks whether it went through): a local event loop turns while
the work runs, so the window keeps painting and taking input (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop

from ui.worker import run_in_background


def wait_off_ui_thread(fn: Callable[[], Any]) -> Any:
    """`fn()` run off the UI thread; its answer returned (or its error raised) here,
    events processed meanwhile."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    run_in_background(fn, done, failed)
    while not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
