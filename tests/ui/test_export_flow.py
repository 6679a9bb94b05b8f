from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.export_flow import ExportCancelledError, ExportRun, Progress, choose_target


def test_the_save_dialog_starts_in_the_last_folder(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "deals" / "sheet.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    first = choose_target(parent, settings, "Export", "sheet.pdf", "PDF (*.pdf)")
    assert first == tmp_path / "deals" / "sheet.pdf"
    choose_target(parent, settings, "Export", "list.xlsx", "Excel (*.xlsx)")
    assert asked[1] == str(tmp_path / "deals" / "list.xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert choose_target(parent, settings, "Export", "x.pdf", "PDF (*.pdf)") is None


def _run(qtbot: QtBot, export: object, target: Path) -> dict[str, object]:
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: dict[str, object] = {}
    run = ExportRun(
        parent,
        export,  # type: ignore[arg-type]
        target,
        finished=lambda path, warnings: outcome.update(path=path, warnings=warnings),
        failed=lambda exc: outcome.update(error=exc),
    )
    outcome["run"] = run
    outcome["parent"] = parent  # the progress dialog lives as long as its window
    return outcome


def test_an_export_runs_off_the_ui_thread_and_reports(qtbot: QtBot, tmp_path: Path) -> None:
    threads: list[str] = []

    def export(path: Path, progress: Progress) -> list[str]:
        threads.append(threading.current_thread().name)
        assert progress(1, 2)
        path.write_text("done")
        return ["the logo could not be read"]

    outcome = _run(qtbot, export, tmp_path / "out.csv")
    qtbot.waitUntil(lambda: "path" in outcome or "error" in outcome, timeout=5000)
    assert outcome["warnings"] == ["the logo could not be read"]
    assert (tmp_path / "out.csv").read_text() == "done"
    assert threads
    assert threads[0] != threading.main_thread().name


def test_cancel_and_failure_are_told_apart(qtbot: QtBot, tmp_path: Path) -> None:
    started = threading.Event()

    def slow(path: Path, progress: Progress) -> list[str]:
        started.set()
        while progress(0, 10):
            threading.Event().wait(0.01)
        return []

    outcome = _run(qtbot, slow, tmp_path / "slow.xlsx")
    assert started.wait(5)
    outcome["run"].cancel()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "error" in outcome, timeout=5000)
    assert isinstance(outcome["error"], ExportCancelledError)

    def broken(path: Path, progress: Progress) -> list[str]:
        raise PermissionError(f"cannot write {path}")

    outcome = _run(qtbot, broken, tmp_path / "no.pdf")
    qtbot.waitUntil(lambda: "error" in outcome, timeout=5000)
    assert isinstance(outcome["error"], PermissionError)
