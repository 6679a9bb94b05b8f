"""Two people, two real connections: no edit is lost, and two imports of overlapping
files at the same moment create each supplier once.

These tests commit (each connection must see the other's work), so they make their own
uniquely named rows and delete them afterwards instead of using the rolled-back
`session` fixture. Run them on PostgreSQL too (TEST_DATABASE_URL).
"""

from __future__ import annotations

import csv
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ConflictError, ServiceError
from app.importing import commit as commit_module
from app.importing import retry
from app.importing.mapping import layout_signature
from app.importing.plan import ImportOptions, Preview
from app.importing.retry import ImportOutcome, import_with_retry
from app.services.suppliers import create_supplier, update_supplier
from app.store.database import Database
from models import AuditEntry, Contact, ImportBatch, ImportMapping, ImportRow, Supplier
from models.audit import server_login
from models.engine import ACTOR_KEY, create_database_engine, make_session_factory

Sessions = Callable[[str], Session]


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


@pytest.fixture
def tag() -> str:
    """A word only this test's rows hold, to find them and remove them."""
    return f"zq{uuid.uuid4().hex[:10]}"


@pytest.fixture
def sessions(engine: Engine, tag: str) -> Iterator[Sessions]:
    """Sessions on separate connections, as two users' programs have; the test's
    suppliers (named with `tag`) are deleted at the end."""
    factory = sessionmaker(engine, expire_on_commit=False)
    opened: list[Session] = []

    def open_as(actor: str) -> Session:
        session = factory(info={ACTOR_KEY: actor})
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.close()
    with factory() as cleanup, cleanup.begin():
        ids = select(Supplier.id).where(Supplier.name.contains(tag))
        # Their history goes too: SQLite gives the ids of deleted rows to new ones.
        cleanup.execute(
            delete(AuditEntry).where(
                or_(
                    (AuditEntry.entity == "suppliers") & AuditEntry.entity_id.in_(ids),
                    (AuditEntry.parent_entity == "suppliers") & AuditEntry.parent_id.in_(ids),
                )
            )
        )
        cleanup.execute(delete(Contact).where(Contact.supplier_id.in_(ids)))
        cleanup.execute(delete(Supplier).where(Supplier.name.contains(tag)))
        cleanup.execute(delete(ImportBatch).where(ImportBatch.file_name.contains(tag)))


def committed_supplier(sessions: Sessions, tag: str) -> tuple[int, int]:
    with sessions("setup") as session, session.begin():
        supplier = create_supplier(
            session, {"name": f"Avocados {tag}", "country": "MX", "city": "Uruapan"}
        )
        session.flush()
        return supplier.id, supplier.version


def recorded(engine: Engine, claimed: str) -> str:
    """The name a row records: the claimed actor on SQLite, the login on PostgreSQL."""
    return server_login(engine) or claimed


def final_row(sessions: Sessions, supplier_id: int) -> Supplier:
    with sessions("reader") as session:
        supplier = session.get(Supplier, supplier_id)
        assert supplier is not None
        return supplier


# --- lost updates ----------------------------------------------------------------------------


def test_second_edit_of_the_same_version_is_refused(
    engine: Engine, sessions: Sessions, tag: str
) -> None:
    """Both load version n; the first saves; the second, saving version n in a fresh
    transaction, is refused by the version check and names the record."""
    supplier_id, version = committed_supplier(sessions, tag)
    ana, bo = sessions("ana"), sessions("bo")
    seen_by_ana = ana.get(Supplier, supplier_id)
    seen_by_bo = bo.get(Supplier, supplier_id)
    assert seen_by_ana is not None
    assert seen_by_bo is not None
    assert seen_by_ana.version == seen_by_bo.version == version
    ana.rollback()
    bo.rollback()

    with ana.begin():
        update_supplier(ana, supplier_id, {"city": "Tancítaro"}, expected_version=version)
    with pytest.raises(ConflictError) as refused, bo.begin():
        update_supplier(bo, supplier_id, {"city": "Peribán"}, expected_version=version)

    assert refused.value.key == supplier_id
    assert refused.value.expected_version == version
    assert refused.value.actual_version == version + 1
    assert f"Supplier {supplier_id} was changed by someone else" in str(refused.value)
    row = final_row(sessions, supplier_id)
    assert (row.city, row.version, row.updated_by) == (
        "Tancítaro",
        version + 1,
        recorded(engine, "ana"),
    )


def test_stale_copy_in_an_open_transaction_is_refused(sessions: Sessions, tag: str) -> None:
    """The ORM path: Bo's transaction still holds version n when Ana commits n+1; the
    version check passes on his copy, the UPDATE ... WHERE version = n matches nothing
    (StaleDataError) and the service turns that into ConflictError."""
    supplier_id, version = committed_supplier(sessions, tag)
    ana, bo = sessions("ana"), sessions("bo")

    def bo_saves_after_ana() -> None:
        with bo.begin():  # as Database.transaction() does
            bo_copy = bo.get(Supplier, supplier_id)  # held: the identity map keeps it weakly
            assert bo_copy is not None
            assert bo_copy.version == version
            with ana.begin():
                update_supplier(ana, supplier_id, {"city": "Tancítaro"}, expected_version=version)
            update_supplier(bo, supplier_id, {"city": "Peribán"}, expected_version=version)

    with pytest.raises(ConflictError) as refused:
        bo_saves_after_ana()
    assert refused.value.key == supplier_id
    assert refused.value.expected_version == version
    assert "was changed by someone else" in str(refused.value)
    row = final_row(sessions, supplier_id)
    assert (row.city, row.version) == ("Tancítaro", version + 1)


def test_simultaneous_writers_one_waits_then_is_refused(
    engine: Engine, sessions: Sessions, tag: str
) -> None:
    """Truly at once (PostgreSQL row locks): Ana has written but not committed; Bo's
    UPDATE of the same version waits for her, then finds the version moved on."""
    if not is_postgresql(engine):
        pytest.skip("SQLite takes one writer at a time: the second would wait for the lock")
    supplier_id, version = committed_supplier(sessions, tag)
    ana, bo = sessions("ana"), sessions("bo")
    outcome: list[BaseException | None] = []
    bo_loaded = threading.Event()

    def bo_edits() -> None:
        try:
            with bo.begin():
                bo_copy = bo.get(Supplier, supplier_id)  # held: version n, Ana uncommitted
                assert bo_copy is not None
                bo_loaded.set()
                update_supplier(bo, supplier_id, {"city": "Peribán"}, expected_version=version)
            outcome.append(None)
        except BaseException as exc:
            bo_loaded.set()
            outcome.append(exc)

    with ana.begin():
        update_supplier(ana, supplier_id, {"city": "Tancítaro"}, expected_version=version)
        ana.flush()  # Ana's UPDATE holds the row lock until she commits
        worker = threading.Thread(target=bo_edits)
        worker.start()
        assert bo_loaded.wait(10)
        worker.join(0.5)
        assert worker.is_alive(), "Bo's UPDATE should wait for Ana's transaction"
    worker.join(10)
    assert not worker.is_alive()
    assert len(outcome) == 1
    if not isinstance(outcome[0], ConflictError):
        raise outcome[0]
    assert outcome[0].key == supplier_id
    row = final_row(sessions, supplier_id)
    assert (row.city, row.version, row.updated_by) == (
        "Tancítaro",
        version + 1,
        recorded(engine, "ana"),
    )


def test_edits_in_turn_each_on_the_latest_version_all_count(
    engine: Engine, sessions: Sessions, tag: str
) -> None:
    """The check refuses only stale copies: edits each made on the version the previous
    one left all go through, and the version counts them."""
    supplier_id, version = committed_supplier(sessions, tag)
    for step, (who, city) in enumerate([("ana", "Tancítaro"), ("bo", "Peribán"), ("ana", "Ario")]):
        with sessions(who) as session, session.begin():
            update_supplier(session, supplier_id, {"city": city}, expected_version=version + step)
    row = final_row(sessions, supplier_id)
    assert (row.city, row.version, row.updated_by) == ("Ario", version + 3, recorded(engine, "ana"))


# --- two imports of overlapping files at once --------------------------------------------

HEADERS = ["Razón social", "País", "RFC", "Ciudad"]
OTHER_LAYOUT = [1, 0, 2, 3]
"""The second file's column order: another layout, so the two imports do not also race
to save the same remembered mapping (a race the retry handles too)."""


def supplier_file(path: Path, tag: str, numbers: range, order: list[int] | None = None) -> Path:
    """A CSV of suppliers; the same number gives the same supplier (name and tax id)."""
    order = order or [0, 1, 2, 3]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([HEADERS[i] for i in order])
        for n in numbers:
            row = [f"Aguacates {tag} {n:03d} SA de CV", "MX", f"{tag}{n:05d}", "Uruapan"]
            writer.writerow([row[i] for i in order])
    return path


@pytest.fixture
def import_cleanup(engine: Engine, tag: str) -> Iterator[None]:
    yield
    with Session(engine) as cleanup, cleanup.begin():
        batches = select(ImportBatch.id).where(ImportBatch.file_name.contains(tag))
        cleanup.execute(delete(ImportRow).where(ImportRow.batch_id.in_(batches)))
        cleanup.execute(delete(ImportBatch).where(ImportBatch.file_name.contains(tag)))
        signatures = [
            layout_signature(HEADERS),
            layout_signature([HEADERS[i] for i in OTHER_LAYOUT]),
        ]
        cleanup.execute(delete(ImportMapping).where(ImportMapping.signature.in_(signatures)))


def own_database(engine: Engine, actor: str) -> Database:
    """What each user's program holds: its own engine and connections."""
    own = create_database_engine(engine.url)
    return Database(engine.url, own, make_session_factory(own, actor))


def run_together(
    engine: Engine, files: list[Path], attempts: int = 3
) -> list[ImportOutcome | BaseException]:
    """Start one import per file, each in its thread with its own engine, at once."""
    start = threading.Barrier(len(files))
    outcomes: list[ImportOutcome | BaseException] = [RuntimeError("did not run")] * len(files)

    def run(index: int) -> None:
        database = own_database(engine, f"importer{index}")
        try:
            start.wait(10)
            outcomes[index] = import_with_retry(
                database, files[index], ImportOptions(), attempts=attempts
            )
        except BaseException as exc:
            outcomes[index] = exc
        finally:
            database.dispose()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(files))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return outcomes


def suppliers_per_tax_id(engine: Engine, tag: str) -> dict[str, int]:
    with Session(engine) as session:
        rows = session.execute(
            select(Supplier.tax_id_key, func.count())
            .where(Supplier.name.contains(tag))
            .group_by(Supplier.country, Supplier.tax_id_key)
        )
        return {key: count for key, count in rows}


@pytest.fixture
def commits_meet(monkeypatch: pytest.MonkeyPatch) -> list[BaseException | None]:
    """Hold each thread's first commit until the other has previewed too, so both
    previews surely saw none of the shared suppliers (the race, every time)."""
    meet = threading.Barrier(2)
    first_done: set[int] = set()
    calls: list[BaseException | None] = []
    real = commit_module.commit_preview

    def commit_after_both_previewed(session: Session, preview: Preview, **kw: Any) -> Any:
        me = threading.get_ident()
        if me not in first_done:
            first_done.add(me)
            meet.wait(30)
        try:
            result = real(session, preview, **kw)
        except BaseException as exc:
            calls.append(exc)
            raise
        calls.append(None)
        return result

    # import_with_retry commits through commit_in_transaction, which calls this.
    monkeypatch.setattr(commit_module, "commit_preview", commit_after_both_previewed)
    return calls


def test_two_overlapping_imports_at_once_create_each_supplier_once(
    engine: Engine,
    sessions: Sessions,
    tag: str,
    tmp_path: Path,
    import_cleanup: None,
    commits_meet: list[BaseException | None],
) -> None:
    """60 suppliers each, 30 shared; both previews plan to create the shared ones. The
    loser's commit hits the unique (country, tax id) (PostgreSQL: after waiting for the
    winner; SQLite: once the winner releases the write lock), rolls back whole, previews
    again, and then matches the 30 instead of creating them."""
    first = supplier_file(tmp_path / f"norte {tag}.csv", tag, range(0, 60))
    second = supplier_file(tmp_path / f"sur {tag}.csv", tag, range(30, 90), OTHER_LAYOUT)
    outcomes = run_together(engine, [first, second])

    for outcome in outcomes:
        assert isinstance(outcome, ImportOutcome), repr(outcome)
        assert outcome.result is not None
    counts = suppliers_per_tax_id(engine, tag)
    assert len(counts) == 90
    assert set(counts.values()) == {1}
    winner, loser = sorted(outcomes, key=lambda o: o.attempts)  # type: ignore[union-attr]
    assert (winner.attempts, loser.attempts) == (1, 2)
    assert winner.result.created == 60
    assert loser.result.created == 30
    assert loser.result.unchanged + loser.result.updated == 30
    assert len(commits_meet) == 3  # two first commits, one re-run
    clash = next(e for e in commits_meet if e is not None)
    assert any(
        name in str(clash)
        for name in (
            "uq_suppliers_country_tax_id_key",
            retry.RACE_CONSTRAINTS["uq_suppliers_country_tax_id_key"],
        )
    )


def test_two_overlapping_imports_started_together(
    engine: Engine, sessions: Sessions, tag: str, tmp_path: Path, import_cleanup: None
) -> None:
    """Left to their own timing (the shared rows in opposite orders, so their inserts
    can also deadlock): both finish, each supplier exists once."""
    first = supplier_file(tmp_path / f"uno {tag}.csv", tag, range(0, 200))
    second = supplier_file(tmp_path / f"dos {tag}.csv", tag, range(299, 99, -1), OTHER_LAYOUT)
    outcomes = run_together(engine, [first, second], attempts=5)
    for outcome in outcomes:
        assert isinstance(outcome, ImportOutcome), repr(outcome)
        assert outcome.result is not None
    counts = suppliers_per_tax_id(engine, tag)
    assert len(counts) == 300
    assert set(counts.values()) == {1}
    created = sum(o.result.created for o in outcomes)  # type: ignore[union-attr]
    assert created == 300


def test_lost_race_is_told_apart_from_other_refusals() -> None:
    class DriverError(Exception):
        pass

    clash = IntegrityError(
        "INSERT",
        {},
        DriverError("UNIQUE constraint failed: suppliers.country, suppliers.tax_id_key"),
    )
    other = IntegrityError("INSERT", {}, DriverError("NOT NULL constraint failed: suppliers.name"))
    assert retry.lost_race(clash)
    assert not retry.lost_race(other)
    wrapped = ServiceError("Product could not be saved")
    wrapped.__context__ = clash  # what `raise ServiceError(...) from None` in a handler keeps
    wrapped.__suppress_context__ = True
    assert retry.lost_race(wrapped)
    assert not retry.lost_race(ServiceError("Name: is required"))


def test_an_import_that_loses_every_race_says_so_and_leaves_nothing(
    engine: Engine, tag: str, tmp_path: Path, import_cleanup: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = supplier_file(tmp_path / f"tres {tag}.csv", tag, range(5))
    tries: list[int] = []
    real = commit_module.commit_preview

    def always_beaten(session: Session, preview: Preview, **kw: Any) -> Any:
        real(session, preview, **kw)  # written, then refused: the rollback must undo it
        tries.append(1)
        raise IntegrityError(
            "INSERT", {}, ValueError("UNIQUE constraint failed: products.key")
        ) from None

    monkeypatch.setattr(commit_module, "commit_preview", always_beaten)
    database = own_database(engine, "loser")
    try:
        with pytest.raises(retry.ImportRaceError) as refused:
            import_with_retry(database, path, ImportOptions(), attempts=2)
    finally:
        database.dispose()
    assert len(tries) == 2
    assert str(refused.value) == (
        f"tres {tag}.csv: other imports kept changing the same suppliers; tried 2 times, "
        "nothing was imported (import it again)"
    )
    assert suppliers_per_tax_id(engine, tag) == {}
