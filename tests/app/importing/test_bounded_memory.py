"""Imports in bounded memory (issue 18 point 5): a text file's rows are streamed into a
temporary SQLite file, every row's plan is kept in one (PlanStore), and neither is held
whole as Python objects; the temporary files go when the preview is done with, also
after an error or a cancel."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing import plan_store, spool
from app.importing.commit import commit_in_transaction, commit_preview
from app.importing.plan import (
    Decision,
    ImportCancelledError,
    ImportOptions,
    Preview,
    RowPlan,
    RowStatus,
)
from app.importing.plan_store import PlanStore
from app.importing.preview import build_preview
from app.importing.readers import open_source
from app.importing.source import ImportFileError
from app.importing.spool import SpooledRows
from app.store.database import Database
from models import ImportRow, Supplier

HEADER = "Razón social;País;RUT;Ciudad;Correo;Contacto\n"


def supplier_sheet(path: Path, rows: int, *, twice_every: int = 0, bad_every: int = 0) -> Path:
    """`rows` suppliers of Chile; every `twice_every`-th repeats the one before (another
    contact), every `bad_every`-th has no country."""
    lines = [HEADER]
    for n in range(1, rows + 1):
        number = n - 1 if twice_every and n % twice_every == 0 else n
        country = "" if bad_every and n % bad_every == 0 else "Chile"
        lines.append(
            f"Frutícola Número {number} SpA;{country};76{number:06d}-{number % 10};Talca;"
            f"ventas{n}@f{number}.cl;Ana {n}\n"
        )
    path.write_text("".join(lines), encoding="utf-8")
    return path


def live_plans() -> int:
    """RowPlan objects alive (the preview freezes what it made, gc.freeze: those are
    counted too)."""
    gc.unfreeze()
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is RowPlan)


def spool_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{spool.PREFIX}*"))


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks far smaller than the sheets below, so that holding every row shows."""
    monkeypatch.setattr(plan_store, "WRITE_EVERY", 50)
    monkeypatch.setattr(plan_store, "CACHED_PLANS", 100)
    monkeypatch.setattr(plan_store, "READ_CHUNK", 40)
    monkeypatch.setattr(plan_store, "RESIDENT_BYTES", 20_000)  # ~100 plans: then the file
    monkeypatch.setattr(spool, "ROWS_PAGE", 64)
    monkeypatch.setattr(spool, "CACHED_PAGES", 2)


def test_a_text_files_rows_are_read_into_a_temporary_file(
    tmp_path: Path, small_chunks: None
) -> None:
    path = supplier_sheet(tmp_path / "list.csv", 1000)
    with open_source(path, tmp_path) as source:
        sheet = source.read_sheet()
    rows = sheet.rows
    assert isinstance(rows, SpooledRows)
    assert rows.path.parent == tmp_path
    assert len(rows) == 1001
    assert rows[0][:2] == ["Razón social", "País"]
    assert rows[1000][0] == "Frutícola Número 1000 SpA"
    assert rows[-1] == rows[1000]
    assert [r[0] for r in rows[998:]] == [
        "Frutícola Número 998 SpA",
        "Frutícola Número 999 SpA",
        "Frutícola Número 1000 SpA",
    ]
    assert sum(1 for _ in rows) == 1001
    rows.close()
    assert spool_files(tmp_path) == []


def test_the_preview_holds_its_plans_on_disk_not_as_objects(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    before = live_plans()
    path = supplier_sheet(tmp_path / "list.csv", 3000, twice_every=10, bad_every=100)
    preview = build_preview(session, path, ImportOptions())
    try:
        assert isinstance(preview.rows, PlanStore)
        assert len(preview.rows) == 3000
        # What the wizard and `import --dry-run` show of all the rows, asked of the store.
        counts = preview.counts
        assert counts[RowStatus.ERROR] == 30
        assert (
            counts[RowStatus.CREATE] + counts[RowStatus.UPDATE] + counts[RowStatus.UNCHANGED]
            == 2970
        )
        assert len(preview.problems) == 30
        assert preview.problems[29].row == 3001  # spreadsheet row numbers in messages
        assert "3000 rows" in preview.summary()
        merged = preview.rows.where("merged_into IS NOT NULL")
        assert len(merged) == 270  # the repeats of the file's own rows (less those refused)
        assert merged[0].merged_into == merged[0].row - 1
        # At most a chunk written and a cache read, not 3,000.
        held = live_plans() - before
        assert held <= plan_store.WRITE_EVERY + plan_store.CACHED_PLANS
        everything = list(preview.rows)  # the measure would see them held
        assert live_plans() - before >= 3000
        del everything
    finally:
        preview.close()


def test_the_commit_reads_the_plans_a_chunk_at_a_time(
    database: Database, tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.importing import commit as commit_module

    monkeypatch.setattr(commit_module, "SAVE_CHUNK", 200)
    path = supplier_sheet(tmp_path / "list.csv", 2000, twice_every=10)
    with database.sessions() as session:
        preview = build_preview(session, path)
    before = live_plans()
    most = 0

    def progress(_text: str, _done: int, _total: int) -> None:
        nonlocal most
        most = max(most, live_plans() - before)

    try:
        result = commit_in_transaction(database, preview, progress=progress)
    finally:
        preview.close()
    assert result.created == 1800
    assert most < 1000  # 1,800 rows created: never all of them held
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Supplier)) == 1800
        logged = session.scalar(select(func.count()).select_from(ImportRow))
        assert logged is not None
        assert logged >= 1800  # undo has every supplier


def test_the_temporary_file_is_beside_the_database_and_goes_with_the_preview(
    database: Database, tmp_path: Path
) -> None:
    folder = Path(str(database.url.database)).parent
    path = supplier_sheet(tmp_path / "list.csv", 50)
    with database.sessions() as session:
        preview = build_preview(session, path)
    store_file = preview.rows.path
    assert store_file.parent == folder
    assert store_file.exists()
    assert spool_files(folder) == [store_file]  # the sheet's rows already gone
    preview.close()
    assert not store_file.exists()
    assert spool_files(folder) == []


def test_a_cancelled_preview_leaves_no_temporary_file(database: Database, tmp_path: Path) -> None:
    folder = Path(str(database.url.database)).parent
    path = supplier_sheet(tmp_path / "list.csv", 3000)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3  # while the rows are being checked

    with database.sessions() as session, pytest.raises(ImportCancelledError):
        build_preview(session, path, cancel=cancel)
    assert spool_files(folder) == []


def test_a_failed_read_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Nombre;País\n"Sin cierre;Chile\n' + "x;y\n" * 200_000, encoding="utf-8")
    with open_source(path, tmp_path) as source, pytest.raises(ImportFileError, match="quote"):
        source.read_sheet()  # the quote never closed makes a field past csv's limit
    assert spool_files(tmp_path) == []


def test_a_decision_made_on_a_plan_read_from_the_store_is_kept(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    path = supplier_sheet(tmp_path / "list.csv", 400)
    preview = build_preview(session, path)
    try:
        plan = preview.rows[5]
        plan.status = RowStatus.DUPLICATE  # as a fuzzy match would have planned it
        plan.decision = Decision.CREATE
        preview.rows.save(plan)
        for other in preview.rows[100:400]:  # pushes it out of the cache
            assert other.index >= 100
        again = preview.rows[5]
        assert (again.status, again.decision) == (RowStatus.DUPLICATE, Decision.CREATE)
        assert preview.rows.count_decisions()[Decision.CREATE] == 1
        assert preview.counts[RowStatus.DUPLICATE] == 1
    finally:
        preview.close()


def test_a_list_of_plans_makes_a_preview(session: Session, tmp_path: Path) -> None:
    plans = [
        RowPlan("Hoja", 2, RowStatus.CREATE, {"supplier.name": "Uno", "supplier.country": "CL"}),
        RowPlan("Hoja", 3, RowStatus.ERROR),
    ]
    preview = Preview(
        path=tmp_path / "x.csv",
        kind="csv",
        sha256="0" * 64,
        options=ImportOptions(),
        sheets=["Hoja"],
        headers=["Nombre"],
        choices=[],
        rows=PlanStore.of(plans),
    )
    try:
        assert [p.row for p in preview.rows] == [2, 3]
        assert preview.rows[1].index == 1
        assert preview.warnings == []
        result = commit_preview(session, preview)
        assert (result.created, result.errors) == (1, 1)
    finally:
        preview.close()


def test_a_possible_duplicate_of_an_earlier_row_names_it(session: Session, tmp_path: Path) -> None:
    """The matcher keeps no names of the file's rows (75 MB for 1,000,000 of them): the
    planner names the earlier row from its plan."""
    path = tmp_path / "twice.csv"
    path.write_text(
        "Proveedor;País;Ciudad\nAgrícola San Fernando;Chile;Rancagua\n"
        "Otra Empresa;Chile;Talca\nAgricola San Fernado;Chile;Rancagua\n",
        encoding="utf-8",
    )
    preview = build_preview(session, path)
    try:
        fuzzy = preview.rows[2]
        assert fuzzy.status == RowStatus.DUPLICATE
        assert fuzzy.match is not None
        assert (fuzzy.match.how, fuzzy.match.name) == ("fuzzy", "Agrícola San Fernando")
        assert fuzzy.merged_into == 2
    finally:
        preview.close()


def test_a_commit_cancelled_then_made_again_names_the_suppliers_it_made(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ids a rolled-back commit had created are forgotten by the preview's store."""
    from app.importing import commit as commit_module

    monkeypatch.setattr(commit_module, "SAVE_CHUNK", 100)
    path = supplier_sheet(tmp_path / "list.csv", 600)
    with database.sessions() as session:
        preview = build_preview(session, path)
    try:

        def cancelled(*_args: object, **_kwargs: object) -> tuple[int, int]:
            assert preview.rows.count_where("created_id IS NOT NULL") == 600
            raise ImportCancelledError  # once every supplier was written: rolled back

        real = commit_module.apply_updates
        monkeypatch.setattr(commit_module, "apply_updates", cancelled)
        with pytest.raises(ImportCancelledError):
            commit_in_transaction(database, preview)
        monkeypatch.setattr(commit_module, "apply_updates", real)
        assert preview.rows.count_where("created_id IS NOT NULL") == 0
        with database.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Supplier)) == 0
        result = commit_in_transaction(database, preview)
        assert result.created == 600
        with database.sessions() as session:
            ids = set(session.scalars(select(Supplier.id)))
        made = {preview.rows.created_id(p.sheet, p.row) for p in preview.rows}
        assert made == ids
    finally:
        preview.close()


def test_plans_written_last_are_read_back_as_the_same_objects(
    tmp_path: Path, small_chunks: None
) -> None:
    """The plans just written are kept (without a read of the file) and handed out as
    read plans are: a decision made on one without save() is still noticed and kept."""
    plans = [
        RowPlan("Hoja1", n + 2, RowStatus.DUPLICATE, {"supplier.name": f"S{n}"}) for n in range(120)
    ]
    store = PlanStore.of(plans, tmp_path)
    try:
        store.flush()
        last = store[119]
        assert last is plans[119]  # written last: not read back from the file
        last.decision = Decision.CREATE  # no save()
        for index in range(100):  # reads that push it out of what is kept
            assert store[index].index == index
        assert store.count_decisions()[Decision.CREATE] == 1  # asked of the file
        store[3].decision = Decision.MERGE  # one read from the file: the same holds
        assert store.count_decisions()[Decision.MERGE] == 1
    finally:
        store.close()


def stored_data(store: PlanStore) -> int:
    """Plans whose data is in the file (not held as bytes)."""
    return int(store._db.execute("SELECT count(*) FROM plan_data").fetchone()[0])


def numbered(count: int) -> list[RowPlan]:
    return [
        RowPlan("Hoja1", n + 2, RowStatus.CREATE, {"supplier.name": f"Frutícola {n}"})
        for n in range(count)
    ]


def test_a_small_files_plans_are_held_encoded_and_a_big_ones_go_to_the_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_store, "WRITE_EVERY", 50)
    monkeypatch.setattr(plan_store, "CACHED_PLANS", 60)
    monkeypatch.setattr(plan_store, "RESIDENT_BYTES", 40_000)
    small = PlanStore.of(numbered(200), tmp_path)
    big = PlanStore.of(numbered(2000), tmp_path)
    try:
        small.flush()
        big.flush()
        assert stored_data(small) == 0  # held as bytes: the file has only the columns
        assert small.count_where("status = 'create'") == 200
        assert stored_data(big) == 2000  # past 40,000 bytes: every plan's data written
        for store, count in ((small, 200), (big, 2000)):
            assert [p.values["supplier.name"] for p in store] == [
                f"Frutícola {n}" for n in range(count)
            ]
            first = store.get(0, ahead=False)  # long pushed out of what is kept
            first.values["supplier.city"] = "Talca"
            first.status = RowStatus.UPDATE
            store.save(first)
            for index in range(count - 1, count - 200, -1):  # push it out again
                store.get(index)
            assert store.get(0).values["supplier.city"] == "Talca"
            assert store.with_status(RowStatus.UPDATE)[0].row == 2
        assert stored_data(small) == 0
    finally:
        small.close()
        big.close()
