"""SQLite backups: online copies, the newest ten kept, daily copies, and safe restores."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from app.store import backup
from models import schema
from models.engine import create_database_engine

NOW = "2026-11-27 10:00:00"


def _add_supplier(engine: Engine, name: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO suppliers (name, status, country, name_key, search_text, "
                "created_at, updated_at, version) "
                "VALUES (:name, 'active', 'MX', lower(:name), '', :now, :now, 1)"
            ),
            {"name": name, "now": NOW},
        )


def _supplier_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [r[0] for r in connection.execute("SELECT name FROM suppliers ORDER BY id")]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def engine(database: Path) -> Iterator[Engine]:
    """A Supplier Desk database file at the program's schema, with one supplier."""
    engine = create_database_engine(database)
    schema.upgrade(engine)
    _add_supplier(engine, "Aguacates del Sur")
    yield engine
    engine.dispose()


def _fake_backup(database: Path, stamp: str, reason: str = "daily") -> Path:
    folder = backup.backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    path.write_bytes(b"")
    return path


# --- copies ----------------------------------------------------------------------------------


def test_backup_database_copies_into_the_backups_folder(engine: Engine, database: Path) -> None:
    copy = backup.backup_database(engine, database)
    assert copy.parent == database.parent / "backups"
    assert re.fullmatch(r"desk-\d{8}-\d{6}-\d{6}-manual\.sqlite3", copy.name)
    assert _supplier_names(copy) == ["Aguacates del Sur"]
    assert backup.check_is_supplier_desk_file(copy) == schema.head_revision()
    assert not list(copy.parent.glob("*.partial"))


def test_backup_names_the_reason(engine: Engine, database: Path) -> None:
    copy = backup.backup_database(engine, database, reason="before-upgrade")
    assert copy.name.endswith("-before-upgrade.sqlite3")


def test_backup_sees_changes_not_yet_checkpointed(engine: Engine, database: Path) -> None:
    _add_supplier(engine, "Berries de Chile")  # sits in the WAL file
    copy = backup.backup_database(engine, database)
    assert _supplier_names(copy) == ["Aguacates del Sur", "Berries de Chile"]


def test_backup_to_a_chosen_file(engine: Engine, tmp_path: Path) -> None:
    target = tmp_path / "usb stick #1" / "copy.sqlite3"
    assert backup.backup_to(engine, target) == target
    assert _supplier_names(target) == ["Aguacates del Sur"]


def test_backup_to_an_unwritable_place_is_a_backup_error(engine: Engine, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(backup.BackupError, match=r"cannot write the backup .*a file/copy"):
        backup.backup_to(engine, blocker / "copy.sqlite3")


def test_backup_refuses_postgresql() -> None:
    engine = create_database_engine("postgresql+psycopg://user@localhost/desk")
    try:
        with pytest.raises(backup.BackupError, match="back up PostgreSQL with pg_dump"):
            backup.backup_to(engine, Path("x.sqlite3"))
    finally:
        engine.dispose()


# --- listing and pruning ---------------------------------------------------------------------


def test_list_backups_newest_first(database: Path) -> None:
    old = _fake_backup(database, "20251231-235959-000000")
    new = _fake_backup(database, "20261127-080000-000000", "manual")
    middle = _fake_backup(database, "20260601-120000-000000", "before-upgrade")
    assert backup.list_backups(database) == [new, middle, old]


def test_list_backups_without_a_folder(database: Path) -> None:
    assert backup.list_backups(database) == []


def test_list_backups_ignores_other_databases_and_partial_copies(database: Path) -> None:
    mine = _fake_backup(database, "20261127-080000-000000")
    other = database.with_name("desk-2025.sqlite3")  # an archive kept in the same folder
    _fake_backup(other, "20261127-090000-000000")
    (backup.backups_dir(database) / f"{mine.name}.partial").write_bytes(b"")
    (backup.backups_dir(database) / "notes.txt").write_text("hi")
    assert backup.list_backups(database) == [mine]
    assert len(backup.list_backups(other)) == 1


def test_prune_keeps_the_newest_ten(database: Path) -> None:
    made = [_fake_backup(database, f"202611{day:02d}-080000-000000") for day in range(1, 16)]
    backup.prune(database)
    assert backup.list_backups(database) == list(reversed(made[-10:]))
    assert all(not p.exists() for p in made[:5])


def test_prune_leaves_other_databases_alone(database: Path) -> None:
    other = database.with_name("desk-2025.sqlite3")
    theirs = [_fake_backup(other, f"202611{day:02d}-080000-000000") for day in range(1, 4)]
    for day in range(1, 13):
        _fake_backup(database, f"202610{day:02d}-080000-000000")
    backup.prune(database, keep=2)
    assert len(backup.list_backups(database)) == 2
    assert all(p.exists() for p in theirs)


def test_backup_database_prunes_to_ten(engine: Engine, database: Path) -> None:
    for day in range(1, 11):
        _fake_backup(database, f"202601{day:02d}-080000-000000")
    copy = backup.backup_database(engine, database)
    kept = backup.list_backups(database)
    assert len(kept) == backup.KEEP == 10
    assert kept[0] == copy
    assert not (backup.backups_dir(database) / "desk-20260101-080000-000000-daily.sqlite3").exists()


# --- daily backups ---------------------------------------------------------------------------


def test_daily_backup_once_a_day(engine: Engine, database: Path) -> None:
    first = backup.daily_backup(engine, database)
    assert first is not None
    assert first.name.endswith("-daily.sqlite3")
    assert backup.daily_backup(engine, database) is None
    assert backup.list_backups(database) == [first]


def test_daily_backup_when_the_last_one_is_from_yesterday(engine: Engine, database: Path) -> None:
    _fake_backup(database, "20000101-080000-000000")
    made = backup.daily_backup(engine, database)
    assert made is not None
    today = datetime.now(UTC).strftime("%Y%m%d")
    assert f"-{today}-" in made.name


def test_any_backup_made_today_counts(engine: Engine, database: Path) -> None:
    backup.backup_database(engine, database, reason="before-upgrade")
    assert backup.daily_backup(engine, database) is None


# --- checking and restoring ------------------------------------------------------------------


def test_check_is_supplier_desk_file(engine: Engine, database: Path) -> None:
    assert backup.check_is_supplier_desk_file(database) == schema.head_revision()


@pytest.mark.parametrize("name", ["copy #2.sqlite3", "50% off?.sqlite3", "año 2025.sqlite3"])
def test_check_accepts_file_names_with_uri_characters(
    engine: Engine, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "copies"
    copy = backup.backup_to(engine, folder / name)
    assert backup.check_is_supplier_desk_file(copy) == schema.head_revision()
    # no stray file cut short at the '#' or '?' ('copy ', '50% off'), only SQLite's own
    assert {p.name.removesuffix("-shm").removesuffix("-wal") for p in folder.iterdir()} == {name}


def test_check_refuses_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "gone.sqlite3"
    with pytest.raises(backup.BackupError, match=f"{re.escape(str(missing))} does not exist"):
        backup.check_is_supplier_desk_file(missing)
    assert not missing.exists()


def test_check_refuses_a_text_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Proveedores 2026\n" * 200)
    with pytest.raises(backup.BackupError, match=r"is not a Supplier Desk database \(not SQLite\)"):
        backup.check_is_supplier_desk_file(notes)


def test_check_refuses_a_plain_sqlite_file(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
        connection.commit()
    with pytest.raises(
        backup.BackupError, match=r"other\.sqlite3 is not a Supplier Desk database$"
    ):
        backup.check_is_supplier_desk_file(other)


def test_check_refuses_a_file_without_a_schema_version(engine: Engine, database: Path) -> None:
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
    with pytest.raises(backup.BackupError, match=r"\(no schema version\)"):
        backup.check_is_supplier_desk_file(database)


def _make_copy_with(engine: Engine, tmp_path: Path, name: str) -> Path:
    _add_supplier(engine, name)
    copy = backup.backup_to(engine, tmp_path / "elsewhere" / "restore-me.sqlite3")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM suppliers WHERE name = :name"), {"name": name})
    return copy


def test_restore_replaces_the_content_and_keeps_a_safety_copy(
    engine: Engine, database: Path, tmp_path: Path
) -> None:
    source = _make_copy_with(engine, tmp_path, "Camarones Patagonia")
    _add_supplier(engine, "Only in the current file")
    safety = backup.restore(engine, database, source)
    assert _supplier_names(database) == ["Aguacates del Sur", "Camarones Patagonia"]
    assert safety.name.endswith("-before-restore.sqlite3")
    assert safety in backup.list_backups(database)
    assert _supplier_names(safety) == ["Aguacates del Sur", "Only in the current file"]
    assert _supplier_names(source) == ["Aguacates del Sur", "Camarones Patagonia"]
    # the engine still works after the restore (it was disposed, not closed for good)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM suppliers")).scalar() == 2


def test_restore_refuses_a_text_file_and_changes_nothing(
    engine: Engine, database: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    with pytest.raises(backup.BackupError, match="is not a Supplier Desk database"):
        backup.restore(engine, database, notes)
    assert _supplier_names(database) == ["Aguacates del Sur"]
    assert backup.list_backups(database) == []


def test_restore_refuses_a_plain_sqlite_file(
    engine: Engine, database: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE suppliers (id INTEGER PRIMARY KEY)")
        connection.commit()
    with pytest.raises(backup.BackupError, match=r"other\.sqlite3 is not a Supplier Desk database"):
        backup.restore(engine, database, other)
    assert _supplier_names(database) == ["Aguacates del Sur"]


def test_restore_refuses_a_file_from_a_newer_program(
    engine: Engine, database: Path, tmp_path: Path
) -> None:
    newer = backup.backup_to(engine, tmp_path / "newer.sqlite3")
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
        connection.commit()
    with pytest.raises(
        backup.BackupError, match="its schema revision 'ffff9999' is not one Supplier Desk knows"
    ):
        backup.restore(engine, database, newer)
    assert backup.list_backups(database) == []


def test_restore_accepts_an_older_schema(engine: Engine, database: Path, tmp_path: Path) -> None:
    old_path = tmp_path / "old" / "desk-0001.sqlite3"
    old = create_database_engine(old_path)
    try:
        schema.upgrade(old, "0001")
        _add_supplier(old, "Mangos Petrolina")
    finally:
        old.dispose()
    backup.restore(engine, database, old_path)
    assert schema.current_revision(engine) == "0001"  # the caller upgrades it afterwards
    assert _supplier_names(database) == ["Mangos Petrolina"]


def test_restore_closes_every_connection_it_opens(
    engine: Engine, database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An open handle on the source would keep a USB stick busy (and the file locked on
    Windows) until the garbage collector runs."""
    source = _make_copy_with(engine, tmp_path, "Cerezas Curicó")
    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(connection)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    backup.restore(engine, database, source)
    assert len(opened) >= 3  # check, safety copy, source and target
    for connection in opened:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            connection.execute("SELECT 1")


def test_a_cancelled_backup_stops_between_steps_and_leaves_no_file(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "COPY_PAGES", 1)  # a step per page: the copy has many
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= 3  # the user quits during the third step

    target = tmp_path / "copy.sqlite3"
    with pytest.raises(backup.BackupCancelledError):
        backup.backup_to(engine, target, cancel)
    assert len(asked) == 3
    assert list(tmp_path.glob("copy.sqlite3*")) == []


def test_a_backup_not_cancelled_is_whole_when_copied_in_steps(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "COPY_PAGES", 1)
    _add_supplier(engine, "Paso a Paso SpA")
    target = backup.backup_to(engine, tmp_path / "copy.sqlite3", lambda: False)
    assert "Paso a Paso SpA" in _supplier_names(target)
