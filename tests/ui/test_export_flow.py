from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.exporting.files import atomic_write
from ui import export_flow
from ui.export_flow import (
    ExportCancelledError,
    ExportRun,
    Progress,
    choose_target,
    export_to_file,
)


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


def test_the_save_dialog_is_left_to_ask_before_overwriting(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    passed: list[object] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        passed.extend([*args[4:], *kwargs.values()])
        return str(tmp_path / "sheet.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    choose_target(parent, settings, "Export", "sheet.pdf", "PDF (*.pdf)")
    dont_confirm = QFileDialog.Option.DontConfirmOverwrite
    assert not any(isinstance(o, QFileDialog.Option) and o & dont_confirm for o in passed)


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


def test_a_read_only_file_chosen_is_refused_at_once_in_one_line(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    shown = _warnings(monkeypatch)
    assert choose_target(parent, settings, "Export", "sheet.pdf", "PDF (*.pdf)") is None
    assert shown == [f"{target} is read-only: choose another name or make it writable"]


def test_a_refused_export_shows_its_one_line_reason(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "pipe.csv"
    os.mkfifo(target)
    shown = _warnings(monkeypatch)
    monkeypatch.setattr(export_flow, "offer_to_open", lambda *a: shown.append("saved"))

    def export(path: Path, progress: Progress) -> list[str]:
        atomic_write(path, lambda temporary: temporary.write_text("rows"))
        return []

    run = export_to_file(parent, settings, export, target)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [f"cannot write {target}: it is a pipe (FIFO), not a file: choose a file name"]
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert run.target == target
