"""SUPPLIER_DESK_STARTUP_REPORT=FILE: how long the window took to be useful, from outside.

When set, the moment the main window is on screen with the first page of its list, one
JSON line is appended to FILE: {"ready": time.monotonic(), "rows", "total", "modules"}.
time.monotonic() is the system's monotonic clock (CLOCK_MONOTONIC on Linux), so the
process that launched the program subtracts its own reading taken at launch: process
start to first page, for an installed copy too (a frozen bundle has no Python to run a
probe in). tests/benchmarks/ui_bench.py measures the source install and the bundle this
way; support can ask a user whose start feels slow to run with it. Unset, it costs
nothing.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

ENV = "SUPPLIER_DESK_STARTUP_REPORT"
CHECK_EVERY_MS = 5


def watch(window: QWidget) -> None:
    """Report to $SUPPLIER_DESK_STARTUP_REPORT once `window` shows its first page."""
    target = os.environ.get(ENV, "")
    if not target:
        return
    timer = QTimer(window)
    timer.setInterval(CHECK_EVERY_MS)

    def check() -> None:
        handle = window.windowHandle()
        model: Any = getattr(getattr(window, "current", None), "model", None)
        if handle is None or not handle.isExposed() or model is None or model.rowCount() == 0:
            return
        timer.stop()
        line = {
            "ready": time.monotonic(),
            "rows": model.rowCount(),
            "total": getattr(model, "total", None),
            "modules": len(sys.modules),
        }
        try:
            with open(target, "a", encoding="utf-8") as file:
                file.write(json.dumps(line) + "\n")
        except OSError as exc:
            print(f"supplier-desk: {ENV}: {exc}", file=sys.stderr)

    timer.timeout.connect(check)
    timer.start()
