"""open_database: where the database is, upgrades with a backup first, clear refusals."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import TextClause, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app import settings
from app.services.suppliers import create_supplier
from app.store import backup
from app.store import database as app_database
from app.store.database import Database, DatabaseError, open_database
from models import schema
from models.engine import ACTOR_KEY, create_database_engine, make_session_factory

NOW = "2026-11-27 10:00:00"


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never fall back to the real user's database."""
    monkeypatch.delenv(settings.DATABASE_ENV, raising=False)
    monkeypatch.setattr(settings, "data_dir", lambda: tmp_path / "user-data")


@contextmanager
def opened(*args: object, **kwargs: object) -> Iterator[Database]:
    db = open_database(*args, **kwargs)  # type: ignore[arg-type]
    try:
        yield db
    finally:
        db.dispose()


def _revision(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _supplier_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [r[0] for r in connection.execute("SELECT name FROM suppliers ORDER BY id")]


def _make_database(path: Path, revision: str = "head", suppliers: tuple[str, ...] = ()) -> None:
    engine = create_database_engine(path)
    try:
        schema.upgrade(engine, revision)
        with engine.begin() as connection:
            for name in suppliers:
                connection.execute(
                    text(
                        "INSERT INTO suppliers (name, status, country, name_key, search_text, "
                        "created_at, updated_at, version) "
                        "VALUES (:name, 'active', 'MX', lower(:name), '', :now, :now, 1)"
                    ),
                    {"name": name, "now": NOW},
                )
    finally:
        engine.dispose()


def _stamp(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()


# --- where the database is -------------------------------------------------------------------


def test_a_new_file_is_created_at_the_programs_schema(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "desk.sqlite3"
    with opened(str(path)) as db:
        assert db.path == path
        assert db.display_name == str(path)
        assert schema.current_revision(db.engine) == schema.head_revision()
    assert _revision(path) == schema.head_revision()
    assert backup.list_backups(path) == []  # a database created just now has nothing to keep


def test_a_sqlite_url(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with opened(f"sqlite:///{path}") as db:
        assert db.path == path
    assert path.is_file()


def test_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "team.sqlite3"
    monkeypatch.setenv(settings.DATABASE_ENV, str(path))
    with opened() as db:
        assert db.path == path


def test_an_explicit_path_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(settings.DATABASE_ENV, str(tmp_path / "team.sqlite3"))
    with opened(str(tmp_path / "mine.sqlite3")) as db:
        assert db.path == tmp_path / "mine.sqlite3"
    assert not (tmp_path / "team.sqlite3").exists()


def test_the_user_data_folder_by_default(tmp_path: Path) -> None:
    with opened() as db:
        assert db.path == tmp_path / "user-data" / settings.DATABASE_FILE
    assert (tmp_path / "user-data" / settings.DATABASE_FILE).is_file()


def test_an_in_memory_database() -> None:
    with opened("sqlite://") as db:
        assert db.path is None
        assert schema.current_revision(db.engine) == schema.head_revision()


def test_transactions_commit_whole_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    insert = text(
        "INSERT INTO tags (name, key, created_at, updated_at, version) "
        "VALUES (:name, :name, :now, :now, 1)"
    )
    with opened(str(path), actor="ana") as db:
        assert db.sessions().info[ACTOR_KEY] == "ana"
        with db.transaction() as session:
            session.execute(insert, {"name": "organic", "now": NOW})
        with pytest.raises(RuntimeError, match="half-way"):
            _fail_half_way(db, insert)
        with db.transaction() as session:
            names = session.execute(text("SELECT name FROM tags")).scalars().all()
    assert names == ["organic"]


def _fail_half_way(db: Database, insert: TextClause, *, large: bool = False) -> None:
    with db.transaction(large=large) as session:
        session.execute(insert, {"name": "frozen", "now": NOW})
        raise RuntimeError("the user's action failed half-way")


BIG = text("CREATE TABLE IF NOT EXISTS big (payload BLOB)")


def _big_rows(session: Session) -> None:
    """12 MB: over the 1,000 pages after which a COMMIT copies the log into the file."""
    session.execute(BIG)
    session.execute(
        text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO big SELECT randomblob(4000) FROM n"
        )
    )


def _rows_in_the_file_itself(path: Path) -> int:
    """Rows of `big` in the database file, leaving its write-ahead log aside."""
    uri = f"file:{path}?immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        try:
            return int(connection.execute("SELECT count(*) FROM big").fetchone()[0])
        except sqlite3.OperationalError:  # no such table: not in the file yet
            return 0


def test_a_large_transaction_commits_whole_or_not_at_all(tmp_path: Path) -> None:
    insert = text(
        "INSERT INTO tags (name, key, created_at, updated_at, version) "
        "VALUES (:name, :name, :now, :now, 1)"
    )
    with opened(str(tmp_path / "desk.sqlite3"), actor="ana") as db:
        with db.transaction(large=True) as session:
            assert session.info[ACTOR_KEY] == "ana"
            session.execute(insert, {"name": "organic", "now": NOW})
        with pytest.raises(RuntimeError, match="half-way"):
            _fail_half_way(db, insert, large=True)
        with db.transaction() as session:
            names = session.execute(text("SELECT name FROM tags")).scalars().all()
    assert names == ["organic"]


def test_a_large_transaction_leaves_the_copy_into_the_file_to_a_background_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite3"
    started: list[Path] = []

    def started_nothing(path: Path) -> threading.Thread:
        started.append(path)
        thread = threading.Thread(target=lambda: None)
        thread.start()
        return thread

    monkeypatch.setattr(app_database, "checkpoint_in_background", started_nothing)
    with opened(str(path)) as db:
        with db.transaction() as session:  # an ordinary one: its COMMIT copies the log
            _big_rows(session)
        assert _rows_in_the_file_itself(path) == 3000
        with db.transaction(large=True) as session:
            _big_rows(session)
            driver = session.connection().connection.driver_connection
            assert driver.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
        assert started == [path]
        # Committed: every connection sees the rows, but the file itself does not yet.
        with closing(sqlite3.connect(path)) as other:
            assert other.execute("SELECT count(*) FROM big").fetchone() == (6000,)
        assert _rows_in_the_file_itself(path) == 3000
        # The connection goes back to the pool with SQLite's automatic checkpoint on.
        assert driver.execute("PRAGMA wal_autocheckpoint").fetchone() == (1000,)
        monkeypatch.undo()
        app_database.checkpoint_in_background(path).join()
        assert _rows_in_the_file_itself(path) == 6000


def test_closing_the_database_waits_for_the_background_copy(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with opened(str(path)) as db, db.transaction(large=True) as session:
        _big_rows(session)
    assert _rows_in_the_file_itself(path) == 3000


def test_a_large_transaction_in_memory_is_an_ordinary_one() -> None:
    with opened("sqlite://") as db:
        with db.transaction(large=True) as session:
            _big_rows(session)
        with db.transaction() as session:
            assert session.execute(text("SELECT count(*) FROM big")).scalar() == 3000
        assert db._checkpoints == []


def test_the_actor_defaults_to_the_current_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "current_user", lambda: "pedro")
    with opened(str(tmp_path / "desk.sqlite3")) as db:
        assert db.sessions().info[ACTOR_KEY] == "pedro"


def test_on_a_server_the_actor_is_the_login_not_the_claimed_name(
    new_postgresql: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's triggers record its login whatever the client says: the sessions
    stamp the same name, so a record just saved shows who the database holds."""
    monkeypatch.setattr(settings, "current_user", lambda: "mallory")
    url = new_postgresql()
    login = make_url(url).username
    with opened(url, actor="mallory") as db:
        assert db.sessions().info[ACTOR_KEY] == login
        with db.transaction() as session:
            supplier = create_supplier(session, {"name": "Frutas Ñuble", "country": "CL"})
            made_by = supplier.created_by
        with db.transaction() as session:
            stored = session.execute(text("SELECT created_by FROM suppliers")).scalar_one()
        assert made_by == stored == login


def test_display_name_hides_a_server_password() -> None:
    engine = create_database_engine("postgresql://ana:s3cret@db.example.com/desk")
    try:
        db = Database(engine.url, engine, make_session_factory(engine))
        assert db.path is None
        assert db.display_name == "postgresql+psycopg://ana:***@db.example.com/desk"
    finally:
        engine.dispose()


# --- backups and upgrades --------------------------------------------------------------------


def test_an_older_file_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _make_database(path, "0001", ("Aguacates del Sur", "Mangos Petrolina"))
    with opened(str(path)) as db:
        assert schema.current_revision(db.engine) == schema.head_revision()
    copies = list((tmp_path / "backups").glob("*-before-upgrade.sqlite3"))
    assert len(copies) == 1
    assert re.fullmatch(r"desk-\d{8}-\d{6}-\d{6}-before-upgrade\.sqlite3", copies[0].name)
    assert _revision(copies[0]) == "0001"
    assert _supplier_names(copies[0]) == ["Aguacates del Sur", "Mangos Petrolina"]
    assert _revision(path) == schema.head_revision()
    assert _supplier_names(path) == ["Aguacates del Sur", "Mangos Petrolina"]
    # the before-upgrade copy is today's copy: no second, daily one
    assert len(backup.list_backups(path)) == 1


def test_an_up_to_date_file_gets_its_daily_backup_once(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _make_database(path, suppliers=("Cerezas Curicó",))
    with opened(str(path)):
        pass
    with opened(str(path)):
        pass
    copies = backup.list_backups(path)
    assert len(copies) == 1
    assert copies[0].name.endswith("-daily.sqlite3")
    assert _supplier_names(copies[0]) == ["Cerezas Curicó"]


def test_no_daily_backup_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _make_database(path)
    with opened(str(path), daily_backup=False):
        pass
    assert backup.list_backups(path) == []


def test_without_upgrade_an_older_file_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _make_database(path, "0001")
    with opened(str(path), upgrade=False, daily_backup=False) as db:
        assert schema.current_revision(db.engine) == "0001"
    assert _revision(path) == "0001"
    assert backup.list_backups(path) == []


def test_a_failed_backup_stops_the_upgrade_with_a_database_error(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _make_database(path, "0001", ("Aguacates del Sur",))
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(DatabaseError, match=r"desk\.sqlite3: cannot write the backup"):
        open_database(str(path))
    assert _revision(path) == "0001"  # not upgraded without its backup
    assert _supplier_names(path) == ["Aguacates del Sur"]


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize("upgrade", [True, False])
def test_a_database_of_an_unknown_revision_is_refused(tmp_path: Path, upgrade: bool) -> None:
    path = tmp_path / "desk.sqlite3"
    _make_database(path, suppliers=("Aguacates del Sur",))
    _stamp(path, "9f3c2a1b7d00")
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path), upgrade=upgrade)
    message = str(caught.value)
    assert message.startswith(
        f"{path}: its schema revision '9f3c2a1b7d00' is not one Supplier Desk knows"
    )
    assert f"knows up to {schema.head_revision()}" in message
    assert "if a newer Supplier Desk wrote it, update this one" in message
    assert _revision(path) == "9f3c2a1b7d00"  # untouched
    assert backup.list_backups(path) == []


def test_a_text_file_is_refused_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text("name;country\nAguacates del Sur;MX\n" * 100)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert str(caught.value) == f"cannot open {path}: the file is not a Supplier Desk database"
    assert path.read_text().startswith("name;country")


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
        connection.commit()
    with pytest.raises(DatabaseError, match=r"is not a Supplier Desk database \(it has no schema"):
        open_database(str(path))
    assert backup.list_backups(path) == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://ana:s3cret@db.example.com/desk", "unsupported database 'mysql'"),
        ("oracle://db/desk", "unsupported database 'oracle'"),
        ("://", "not a database URL"),
        (
            "postgresql+psycopg2://ana:s3cret@db.example.com/desk",
            r"the database driver 'psycopg2' is not installed",
        ),
    ],
)
def test_unusable_urls_are_database_errors(url: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message) as caught:
        open_database(url)
    assert "s3cret" not in str(caught.value)


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    path = tmp_path / "file.txt" / "desk.sqlite3"
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert str(caught.value).startswith(
        f"cannot open {path}: cannot make the folder {tmp_path / 'file.txt'} ("
    )


def test_an_unreachable_server_is_a_database_error_without_the_password() -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database("postgresql://ana:s3cret@127.0.0.1:1/desk?connect_timeout=2")
    message = str(caught.value)
    assert message.startswith("cannot open postgresql+psycopg://ana:***@127.0.0.1:1/desk")
    assert "s3cret" not in message


def test_failed_daily_backup_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with opened(str(path)):
        pass
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with opened(str(path)) as db:
        assert len(db.warnings) == 1
        assert db.warnings[0].startswith("today's backup could not be made")
        with db.transaction() as session:
            create_supplier(session, {"name": "Still works", "country": "PE"})
