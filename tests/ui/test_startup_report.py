"""$SUPPLIER_DESK_STARTUP_REPORT: the real program says when its first page is on screen
(what the start-up benchmark times an installed copy with)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from app.services.demo import load_demo
from app.store.database import open_database
from tests.packaging.launching import until_ready_then_terminate
from ui.startup_report import ENV

ROOT = Path(__file__).resolve().parents[2]


def test_the_program_reports_its_first_page_then_quits_on_sigterm(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite3"
    opened = open_database(str(database), create=True, daily_backup=False)
    with opened.transaction() as session:
        load_demo(session)
    opened.dispose()
    config = tmp_path / "config" / "SupplierDesk"
    config.mkdir(parents=True)
    (config / "Supplier Desk.conf").write_text("[window]\nview=1\n", encoding="utf-8")
    report = tmp_path / "startup.jsonl"
    env = {
        **os.environ,
        ENV: str(report),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    ended = until_ready_then_terminate(
        [sys.executable, str(ROOT / "main.py"), "--database", str(database)],
        env=env,
        cwd=tmp_path,
        ready=lambda: report.exists() and bool(report.read_text(encoding="utf-8").strip()),
    )
    line = json.loads(report.read_text(encoding="utf-8").splitlines()[0])
    assert (ended.status, ended.stderr) == (0, "")
    assert ended.launched < line["ready"] < time.monotonic()  # the same clock as this process's
    assert line["rows"] == line["total"] == 40  # the Suppliers view, the demo's suppliers
