"""The real app, quit while a background task runs: run by test_quitting.py in a child.

    python -m tests.ui.quit_probe KIND DATABASE [FILE]

KIND: backup (the day's backup, the first start of the day), list (a list page being
read), import (a preview of FILE, a CSV), export (the supplier list to FILE, an .xlsx),
live (listening for other windows' changes: a PostgreSQL DATABASE). The real entry point
(main.main -> ui.application.run) runs with QApplication.exec replaced by the scenario:
the window up with its first page, the task started and seen running, then exec returns
as it does when the user quits. The child prints one JSON line (was the task running
when it quit; the threads left at the end) and exits with main's status.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

TIMEOUT_S = 60.0


def main(kind: str, database: str, file: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    import main as entry
    from app.store import backup
    from ui import worker

    seen: dict[str, Any] = {"kind": kind}
    backup.COPY_PAGES = 16  # the copy in many steps, so that the quit finds it under way
    copy = backup._copy

    def slow_copy(source: Any, target: Path, cancel: Any = None) -> None:
        """Each step of the copy 10 ms longer: still under way when the page has come."""

        def slowly() -> bool:
            time.sleep(0.01)
            return bool(cancel is not None and cancel())

        copy(source, target, slowly)

    backup._copy = slow_copy  # type: ignore[assignment]

    def until(condition: Any, what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            QApplication.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError(what)

    def scenario(app: QApplication) -> int:
        try:
            return quit_during(app)
        except BaseException:  # the app's own hook would ask in a dialog: nobody answers
            traceback.print_exc()
            os._exit(3)

    def quit_during(app: QApplication) -> int:
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
        window.show_view(1)  # Suppliers
        view = window.current
        if kind == "backup":  # seen under way first: it may end while the page is read
            folder = Path(database).parent / "backups"
            until(lambda: any(folder.glob("*.partial")), "the backup under way")
        until(lambda: view.model.loaded, "the first page")
        if kind == "list":
            view.refresh()
        elif kind == "import":
            seen["task"] = start_import(window, Path(file or ""))
            until(lambda: seen["task"].running and importing(Path(database).parent), "import")
        elif kind == "export":
            seen["run"] = start_export(window, Path(file or ""))
        elif kind == "live":
            until(lambda: window.live._listener.listening.is_set(), "listening")
        seen["running_at_quit"] = not worker.idle()
        return 0

    QApplication.exec = scenario  # type: ignore[method-assign,assignment]
    code = entry.main(["--database", database])
    seen["threads"] = sorted(t.name for t in threading.enumerate() if t.is_alive())
    print(json.dumps(seen, default=str), flush=True)
    return code


def importing(folder: Path) -> bool:
    """The preview's temporary files are there: it is reading the rows."""
    return any(folder.glob("supplier-desk-import-*"))


def start_import(window: Any, path: Path) -> Any:
    """The wizard's preview task (the same work and runner), on `path`."""
    from app.importing.plan import ImportOptions
    from app.importing.preview import build_preview
    from ui.importing.runner import Task

    database = window.database

    def work(progress: Any, cancel: Any) -> Any:
        with database.sessions() as session:
            return build_preview(session, path, ImportOptions(), progress=progress, cancel=cancel)

    task = Task("Preview", work)
    task.start()
    return task


def start_export(window: Any, target: Path) -> Any:
    """The Suppliers list exported as the window's Export button does it."""
    from ui.export_actions import LIST_SOURCES, list_export, shown_headers
    from ui.export_flow import ExportRun

    view = window.current
    source = LIST_SOURCES[view.kind]
    headers = shown_headers(view.table)
    export = list_export(window.database, source, source.query(view), headers)
    return ExportRun(view, export, target, finished=lambda *_: None, failed=lambda _e: None)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
