"""The preview's rows in a temporary SQLite file (issue 18 point 5): the Preview holds no
row list, reading it back keeps a page or two in Python, the user's choices are written
through, and the file goes after the import, a cancel, an error, close() or the Preview
being dropped."""

from __future__ import annotations

import csv
import gc
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.jobs import commit, preview_file
from app.importing.plan import Decision, ImportCancelledError, ImportOptions, RowStatus
from app.importing.preview import MappingError, build_preview
from app.importing.row_store import KEPT, RowStore, StoredPlans
from app.store.database import Database
from models import Supplier
from tests.benchmarks.import_bench import HEADERS, make_rows

ROWS = 20_000


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder the row stores are made in, watched."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def stores(folder: Path) -> list[Path]:
    return sorted(folder.glob("supplier-desk-import-*"))


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "proveedores.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(make_rows(ROWS))
    return path


def small_csv(folder: Path) -> Path:
    path = folder / "p.csv"
    path.write_text(
        "Proveedor;País;RUT\n"
        "Viña Azul SpA;Chile;76.543.210-K\n"
        "Frutícola Ñuble S.A.;Chile;76.123.456-7\n"
        "Sin País Ltda;;\n",
        encoding="utf-8",
    )
    return path


def test_a_20000_row_preview_holds_no_row_list_and_reads_back_a_page_at_a_time(
    database: Database, big_csv: Path, scratch: Path
) -> None:
    preview = preview_file(database, big_csv, ImportOptions(), lambda *_: None, lambda: False)
    store = preview.store
    assert store is not None
    assert isinstance(preview.rows, StoredPlans)
    assert stores(scratch) == [store.path]
    assert len(preview.rows) == ROWS
    assert not store._buffer  # nothing per row left in Python
    assert not store._kept
    counts = preview.counts
    assert sum(counts.values()) == ROWS
    assert counts[RowStatus.CREATE] > ROWS // 2

    gc.collect()
    tracemalloc.start()
    try:
        seen = sum(1 for _ in preview.rows)
        page = [preview.rows[i].row for i in range(0, ROWS, 7)]
        preview.summary()
        _first, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == ROWS
    assert len(page) == len(range(0, ROWS, 7))
    assert len(store._kept) <= KEPT
    # These 20,000 plans as objects take about 110 MB (5.6 KB each, measured); reading
    # them all back holds a page (500) and the KEPT most recent at most.
    assert peak < 12_000_000, peak
    preview.close()
    assert stores(scratch) == []


def test_the_users_choices_are_written_through_and_the_commit_honours_them(
    session: Session, tmp_path: Path, scratch: Path
) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(
        "Proveedor;País\nExportadora Andes Sur SpA;Chile\nExportadora Andes Surr SpA;Chile\n",
        encoding="utf-8",
    )
    preview = build_preview(session, path)
    assert [p.status for p in preview.rows] == [RowStatus.CREATE, RowStatus.DUPLICATE]
    preview.rows[1].decision = Decision.CREATE  # the object is dropped at once
    gc.collect()
    assert preview.store is not None
    preview.store._kept.clear()  # read again from the file
    assert preview.rows[1].decision == Decision.CREATE
    result = commit_preview(session, preview)
    assert result.created == 2
    assert session.scalar(select(func.count()).select_from(Supplier)) == 2
    preview.close()
    assert stores(scratch) == []


def test_the_file_goes_after_the_import(database: Database, tmp_path: Path, scratch: Path) -> None:
    preview = preview_file(
        database, small_csv(tmp_path), ImportOptions(), lambda *_: None, lambda: False
    )
    assert len(stores(scratch)) == 1
    result = commit(database, preview, lambda *_: None, lambda: False)
    assert result.created == 2
    assert result.errors == 1
    assert stores(scratch) == []


def test_the_file_goes_after_a_cancelled_preview_and_an_error(
    session: Session, tmp_path: Path, scratch: Path
) -> None:
    path = small_csv(tmp_path)
    with pytest.raises(ImportCancelledError):
        build_preview(session, path, cancel=lambda: True)
    assert stores(scratch) == []
    with pytest.raises(MappingError):
        build_preview(session, path, ImportOptions(choices=()))
    assert stores(scratch) == []

    def fail(*_: object) -> None:
        raise RuntimeError("the planner broke")

    with pytest.raises(RuntimeError):
        build_preview(session, path, progress=fail)
    assert stores(scratch) == []


def test_a_cancelled_commit_keeps_the_preview_and_dropping_it_deletes_the_file(
    session: Session, tmp_path: Path, scratch: Path
) -> None:
    preview = build_preview(session, small_csv(tmp_path))
    with pytest.raises(ImportCancelledError):
        commit_preview(session, preview, cancel=lambda: True)
    assert len(stores(scratch)) == 1
    assert len(preview.rows) == 3  # still there for another try
    del preview
    gc.collect()
    assert stores(scratch) == []


def test_a_preview_made_with_a_list_commits_through_a_store_of_its_own(
    session: Session, tmp_path: Path, scratch: Path
) -> None:
    built = build_preview(session, small_csv(tmp_path))
    listed = type(built)(**{**built.__dict__, "rows": list(built.rows), "store": None})
    result = commit_preview(session, listed)
    assert result.created == 2
    built.close()
    assert stores(scratch) == []


def test_a_store_reads_back_what_it_was_given(scratch: Path) -> None:
    from app.importing.plan import RowPlan, RowProblem

    store = RowStore()
    for n in range(5000):
        plan = RowPlan("S", n + 2, RowStatus.CREATE, {"supplier.name": f"n{n}"})
        if n % 1000 == 0:
            plan.status = RowStatus.ERROR
            plan.problems = [RowProblem(n + 2, "País", "", "the country is empty", "S")]
        store.append(plan)
    store.finish()
    rows = StoredPlans(store)
    assert [p.values["supplier.name"] for p in rows[4998:]] == ["n4998", "n4999"]
    assert rows[-1].row == 5001
    assert rows.indexes_of(RowStatus.ERROR) == [0, 1000, 2000, 3000, 4000]
    assert store.problem_count("problems") == 5
    assert store.counts()[RowStatus.ERROR] == 5
    store.close()
    store.close()
    assert stores(scratch) == []
