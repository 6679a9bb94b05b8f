"""A big sheet's rows cleaned in a second process (app.importing.clean_process): the
preview is the same as when every row is cleaned here, and a worker that dies, fails
or is cancelled loses no row and leaves no process behind."""

from __future__ import annotations

import csv
import logging
import multiprocessing
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.importing import clean_process, spool
from app.importing import supplier_rows as plan_rows
from app.importing.clean_process import Chunk, CleaningWorker, cleaned_rows, sheet_chunks
from app.importing.commit import commit_in_transaction
from app.importing.plan import (
    ImportCancelledError,
    ImportOptions,
    RowPlan,
    RowProblem,
    RowStatus,
)
from app.importing.preview import build_preview
from app.importing.source import CellValue
from app.importing.spool import SpooledRows
from app.messages import translate
from app.store.database import Database
from tests.benchmarks.import_bench import HEADERS, make_rows

MESSY = [
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # a blank row
    ["N/A", "", "Chile", "", "Talca", "", "", "", "", "", "", "", "", "", "", ""],
    ["Agrícola Sin País SpA", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["Frutícola Teléfono Malo SpA", "", "Chile", "Maule", "Talca", "", "", "",
     "no es un correo", "abc", "Ana Soto", "", "", "", "Cereza", ""],
    ["Pesquera Larga S.A.", "", "Argentina", "", "Rawson", "", "", "mal sitio",
     "", "", "", "", "", "", "Langostino", "Certificación BRC, HACCP; algo más"],
]  # fmt: skip


def messy_rows() -> list[list[str]]:
    rows = make_rows(240, seed=11)
    for at, extra in zip((5, 60, 61, 130, 200), MESSY, strict=True):
        rows.insert(at, extra)
    return rows


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([cell or None for cell in row])
    book.save(path)
    return path


def plan_fields(plan: RowPlan) -> list[tuple[str, Any]]:
    return [(f.name, getattr(plan, f.name)) for f in fields(RowPlan)]


@pytest.fixture
def worker_always(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every sheet cleaned by the worker, none of it here (nothing taken while the
    worker is behind); returns the chunks cleaned here (to stay empty)."""
    monkeypatch.setattr(clean_process, "PARALLEL_ROWS", 1)
    monkeypatch.setattr(clean_process, "STOLEN", 0)
    monkeypatch.setattr(clean_process, "CHUNK_ROWS", 16)
    monkeypatch.setattr(clean_process, "_cores", lambda: 2)
    monkeypatch.setattr(spool, "ROWS_PAGE", 32)
    here: list[int] = []
    real = clean_process.clean_chunk

    def counted(cleaner: Any, first_row: int, chunk: Chunk) -> list[RowPlan | None]:
        here.append(chunk.offset)
        return real(cleaner, first_row, chunk)

    monkeypatch.setattr(clean_process, "clean_chunk", counted)
    return here


def previews(
    database: Database, path: Path, monkeypatch: pytest.MonkeyPatch, cleaned_here: list[int]
) -> tuple[list[RowPlan], list[RowPlan]]:
    """The file's plans cleaned here (a small sheet's way), then by the worker."""
    with database.sessions() as session:
        preview = build_preview(session, path, ImportOptions())
        here = list(preview.rows)
        preview.close()
    cleaned_here.clear()
    monkeypatch.setattr(clean_process, "PARALLEL_ROWS", 1)
    with database.sessions() as session:
        preview = build_preview(session, path, ImportOptions())
        there = list(preview.rows)
        preview.close()
    return here, there


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_worker_plans_every_row_as_this_process_does(
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    worker_always: list[int],
    kind: str,
) -> None:
    # Some suppliers already in the database, without their websites: rows that update
    # them (fill the website), and duplicates.
    known_rows = [[*row[:7], "", *row[8:]] for row in make_rows(240, seed=11)[:30]]
    known = write_csv(tmp_path / "known.csv", known_rows)
    monkeypatch.setattr(clean_process, "PARALLEL_ROWS", 10**9)
    with database.sessions() as session:
        first = build_preview(session, known, ImportOptions())
    commit_in_transaction(database, first)
    first.close()
    rows = messy_rows()
    path = (write_csv if kind == "csv" else write_xlsx)(tmp_path / f"messy.{kind}", rows)

    here, there = previews(database, path, monkeypatch, worker_always)

    assert worker_always == [], "every chunk was cleaned by the worker"
    assert len(there) == len(here) == len(rows) - 1  # the blank row is no plan
    assert [plan_fields(p) for p in there] == [plan_fields(p) for p in here]
    statuses = {p.status for p in there}
    assert {RowStatus.CREATE, RowStatus.UPDATE, RowStatus.ERROR} <= statuses
    assert any(p.warnings for p in there)
    assert any(p.merged_into for p in there)
    errors = [p for p in there if p.status is RowStatus.ERROR]
    assert all(p.raw and p.problems for p in errors)


class Dying:
    """Kills the worker (not this process) when it comes to row `row`."""

    def __init__(self, row: int) -> None:
        self.parent = os.getpid()
        self.row = row

    def plan(self, row_number: int, cells: Sequence[CellValue]) -> RowPlan | None:
        if row_number == self.row and os.getpid() != self.parent:
            os._exit(3)
        return RowPlan("S", row_number, RowStatus.CREATE, {"n": cells[0]})


class Failing:
    """Raises on row `row`, in either process."""

    def __init__(self, row: int) -> None:
        self.row = row

    def plan(self, row_number: int, cells: Sequence[CellValue]) -> RowPlan | None:
        if row_number == self.row:
            raise ValueError(f"row {row_number} cannot be cleaned")
        return RowPlan("S", row_number, RowStatus.CREATE, {"n": cells[0]})


class Slow:
    """Takes `seconds` a row in the worker."""

    def __init__(self, seconds: float) -> None:
        self.parent = os.getpid()
        self.seconds = seconds

    def plan(self, row_number: int, cells: Sequence[CellValue]) -> RowPlan | None:
        if os.getpid() != self.parent:
            time.sleep(self.seconds)
        return RowPlan("S", row_number, RowStatus.CREATE, {"n": cells[0]})


def list_chunks(count: int, size: int = 10) -> Iterator[Chunk]:
    """`count` one-cell rows ('r0', 'r1', ...) in chunks of `size`."""
    rows: list[list[CellValue]] = [[f"r{n}"] for n in range(count)]
    for offset in range(0, count, size):
        yield Chunk(offset, min(size, count - offset), rows=rows[offset : offset + size])


def never() -> None:
    return None


def test_rows_the_dead_worker_held_are_cleaned_here(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(clean_process, "STOLEN", 0)  # row 55 is the worker's
    worker = CleaningWorker()
    try:
        with caplog.at_level(logging.WARNING, logger=clean_process.__name__):
            got = list(cleaned_rows(Dying(row=55), list_chunks(120), 1, worker, never))
    finally:
        worker.stop()
    assert [offset for offset, _ in got] == list(range(120))
    assert [p.values["n"] for _, p in got if p] == [f"r{n}" for n in range(120)]
    assert "the cleaning worker stopped" in caplog.text
    assert not worker_alive(worker)


def test_a_row_the_worker_cannot_clean_fails_here_with_its_own_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clean_process, "STOLEN", 0)  # row 37 is the worker's
    worker = CleaningWorker()
    try:
        with pytest.raises(ValueError, match="row 37 cannot be cleaned"):
            list(cleaned_rows(Failing(row=37), list_chunks(80), 1, worker, never))
    finally:
        worker.stop()
    assert not worker_alive(worker)


def test_cancel_while_the_worker_is_awaited_stops_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_process, "STOLEN", 0)
    worker = CleaningWorker()
    calls: list[float] = []

    def cancel_after_a_few() -> None:
        calls.append(time.monotonic())
        if len(calls) > 3:
            raise ImportCancelledError

    start = time.monotonic()
    try:
        with pytest.raises(ImportCancelledError):
            list(cleaned_rows(Slow(1.0), list_chunks(50), 1, worker, cancel_after_a_few))
    finally:
        worker.stop()
    assert time.monotonic() - start < 8  # not the 50 s the rows would take
    assert not worker_alive(worker)


def test_rows_are_taken_here_while_the_worker_is_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    worker = CleaningWorker()
    try:
        got = list(cleaned_rows(Slow(0.05), list_chunks(200), 1, worker, never))
    finally:
        worker.stop()
    assert [offset for offset, _ in got] == list(range(200))
    # Every row's plan, in order, though most were cleaned here (the worker sleeps).
    assert [p.row for _, p in got if p] == list(range(1, 201))


def cleaning_workers() -> list[str]:
    return [p.name for p in multiprocessing.active_children() if p.name == "supplier-desk-cleaning"]


def test_a_cancelled_big_preview_ends_its_worker(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker_always: list[int]
) -> None:
    path = write_csv(tmp_path / "big.csv", make_rows(600))
    reports: list[int] = []

    def progress(_text: str, done: int, _total: int) -> None:
        reports.append(done)

    def cancel() -> bool:
        return len(reports) > 3

    monkeypatch.setattr(plan_rows, "PROGRESS_EVERY", 50)
    with database.sessions() as session, pytest.raises(ImportCancelledError):
        build_preview(session, path, ImportOptions(), progress=progress, cancel=cancel)
    assert cleaning_workers() == []


def test_a_finished_big_preview_ends_its_worker(
    database: Database, tmp_path: Path, worker_always: list[int]
) -> None:
    path = write_csv(tmp_path / "big.csv", make_rows(300))
    with database.sessions() as session:
        preview = build_preview(session, path, ImportOptions())
    preview.close()
    assert worker_always == []
    assert cleaning_workers() == []


def test_without_a_worker_every_row_is_cleaned_here() -> None:
    got = list(cleaned_rows(Failing(row=-1), list_chunks(25), 3, None, never))
    assert [p.row for _, p in got if p] == list(range(3, 28))


def test_a_worker_that_cannot_start_leaves_the_rows_to_this_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refused(_self: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(clean_process, "_cores", lambda: 2)
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
    with caplog.at_level(logging.WARNING, logger=clean_process.__name__):
        assert clean_process.start_worker(clean_process.PARALLEL_ROWS) is None
    assert "could not start" in caplog.text


def test_a_small_or_huge_sheet_or_one_core_starts_no_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clean_process, "_cores", lambda: 2)
    assert clean_process.start_worker(clean_process.PARALLEL_ROWS - 1) is None
    assert clean_process.start_worker(clean_process.PARALLEL_MAX + 1) is None
    monkeypatch.setattr(clean_process, "_cores", lambda: 1)
    assert clean_process.start_worker(clean_process.PARALLEL_ROWS * 10) is None


def test_plans_are_sent_back_as_they_were_made() -> None:
    problem = RowProblem(4, "Correo", "x", translate("Importing", "bad {what}").format(what="x"))
    error = RowPlan("Hoja", 4, RowStatus.ERROR, {"supplier.name": "A"})
    error.problems, error.raw = [problem], ["A", None, 3.5]
    warned = RowPlan("Hoja", 5, RowStatus.CREATE, {"supplier.name": "B"})
    warned.warnings, warned.raw = (problem,), ["B"]
    plain = RowPlan("Hoja", 6, RowStatus.CREATE, {"supplier.name": "C"})
    plans: list[RowPlan | None] = [error, None, warned, plain]

    back = clean_process.unpacked(clean_process.packed(plans))

    assert [None if p is None else plan_fields(p) for p in back] == [
        None if p is None else plan_fields(p) for p in plans
    ]


def test_a_spooled_sheet_is_sent_as_its_stored_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "ROWS_PAGE", 8)
    rows = SpooledRows(tmp_path)
    for n in range(45):
        rows.append([f"r{n}", None])
    chunks = list(sheet_chunks(rows, 3, 37))  # rows 3 to 39: pages 0 (part) to 4 (part)
    rows.close()
    assert [c.page is not None for c in chunks] == [True] * 5
    assert [(c.offset, c.count) for c in chunks] == [(0, 5), (5, 8), (13, 8), (21, 8), (29, 8)]
    assert [cell for c in chunks for cell, _ in c.cells()] == [f"r{n}" for n in range(3, 40)]


def worker_alive(worker: CleaningWorker) -> bool:
    process: multiprocessing.process.BaseProcess = worker._process
    return process.is_alive()
