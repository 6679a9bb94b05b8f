"""One launch of the app (or of a bare QMainWindow), timed from inside: run by ui_bench.

    python -m tests.benchmarks.ui_startup_probe app DATABASE SETTINGS_DIR [LANGUAGE]
    python -m tests.benchmarks.ui_startup_probe bare

`app` goes through the real entry point (main.main -> ui.application.run) with only
QApplication.exec replaced: instead of waiting for the user, it spins the event loop
until the window is exposed and the Suppliers list has its first rows, then prints a
JSON line of perf_counter marks (CLOCK_MONOTONIC, comparable with the parent's) and
the heavy modules that got imported. Nothing here is imported before the marks that
the real app would not import itself, except json/os/sys/time.
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.perf_counter()

HEAVY = (
    "openpyxl",
    "reportlab",
    "phonenumbers",
    "email_validator",
    "rapidfuzz",
    "pycountry",
    "psycopg",
    "alembic",
    "PySide6.QtCharts",
    "app.services.demo",
    "app.services.bulk",
    "numpy",
    "PIL",
)


def _report(marks: dict[str, float], extra: dict[str, object]) -> None:
    loaded = sorted(name for name in HEAVY if name in sys.modules)
    print(
        json.dumps({"marks": marks, "heavy": loaded, "modules": len(sys.modules), **extra}),
        flush=True,
    )


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks = {"started": STARTED, "imported": time.perf_counter()}
    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 760)
    window.show()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    marks["ready"] = time.perf_counter()
    _report(marks, {})
    return 0


def app(database: str, settings_dir: str, language: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    marks = {"started": STARTED}

    import main as entry
    import ui.application as application

    marks["imported"] = time.perf_counter()
    real_open, real_window = application.open_database, application.MainWindow

    def open_database(*args: object, **kwargs: object) -> object:
        marks["qapplication"] = time.perf_counter()
        database = real_open(*args, **kwargs)  # type: ignore[arg-type]
        marks["database"] = time.perf_counter()
        return database

    def main_window(*args: object, **kwargs: object) -> object:
        window = real_window(*args, **kwargs)  # type: ignore[arg-type]
        marks["window built"] = time.perf_counter()
        return window

    def wait_for_first_page(self: QApplication) -> int:
        window = next(w for w in self.topLevelWidgets() if w.__class__.__name__ == "MainWindow")
        while True:
            self.processEvents()
            handle = window.windowHandle()
            view = window.current
            rows = view.model.rowCount() if hasattr(view, "model") else 0
            if handle is not None and handle.isExposed() and rows > 0:
                break
        marks["ready"] = time.perf_counter()
        _report(marks, {"view": view.kind, "rows": rows, "total": view.model.total})
        return 0

    application.open_database = open_database  # type: ignore[assignment]
    application.MainWindow = main_window  # type: ignore[assignment,misc]
    QApplication.exec = wait_for_first_page  # type: ignore[method-assign,assignment]
    return entry.main(["--database", database, *(["--lang", language] if language else [])])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(app(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None))
