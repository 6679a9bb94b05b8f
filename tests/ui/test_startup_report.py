"""$SUPPLIER_DESK_STARTUP_REPORT: the real program says when its first page is on screen
(what the start-up benchmark times an installed copy with)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.services.demo import load_demo
from app.store.database import open_database
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
    launched = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--database", str(database)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not (report.exists() and report.read_text(encoding="utf-8").strip()):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() - launched < 60
            time.sleep(0.02)
        line = json.loads(report.read_text(encoding="utf-8").splitlines()[0])
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert (child.returncode, err) == (0, "")
    assert launched < line["ready"] < time.monotonic()  # the same clock as this process's
    assert line["rows"] == line["total"] == 40  # the Suppliers view, the demo's suppliers
