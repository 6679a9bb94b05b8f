"""The audit log: every ORM change of an audited record leaves who, when, what."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import (
    AuditAction,
    AuditEntry,
    Contact,
    Negotiation,
    Offer,
    OfferSide,
    Product,
    Supplier,
    SupplierStatus,
)
from models.audit import (
    IMPORT_BATCH_KEY,
    MAX_VALUE_CHARS,
    UNDO_BATCH_KEY,
    server_login,
    value_text,
)
from models.base import ACTOR_CHARS
from models.engine import make_session_factory


@pytest.fixture(autouse=True)
def logged_before(session: Session) -> int:
    """The last audit row before the test: other tests commit (and SQLite reuses the ids
    of the records they delete), so only this test's rows are looked at."""
    global LOGGED_BEFORE
    LOGGED_BEFORE = session.scalar(select(func.max(AuditEntry.id))) or 0
    return LOGGED_BEFORE


LOGGED_BEFORE = 0


def entries(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    session.flush()
    return list(
        session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id == entity_id,
                AuditEntry.id > LOGGED_BEFORE,
            )
            .order_by(AuditEntry.id)
        )
    )


def who(session: Session, claimed: str) -> str:
    """The name recorded: the session's actor on SQLite, the server login on PostgreSQL."""
    return server_login(session.connection()) or claimed


def new_supplier(session: Session, **values: object) -> Supplier:
    supplier = Supplier(name="Aguacates del Sur", country="MX", **values)
    session.add(supplier)
    session.flush()
    return supplier


def test_create_writes_one_entry_with_actor_time_and_name(session: Session) -> None:
    before = datetime.now(UTC)
    supplier = new_supplier(session)
    after = datetime.now(UTC)
    [entry] = entries(session, "suppliers", supplier.id)
    assert entry.action == AuditAction.CREATE
    assert entry.field is None
    assert entry.old_value is None
    assert entry.new_value == "Aguacates del Sur"
    assert entry.actor == who(session, "tester")
    assert before <= entry.at <= after
    assert entry.batch_id is None
    assert entry.parent_entity is None


def test_update_writes_each_changed_column_but_not_internal_ones(session: Session) -> None:
    supplier = new_supplier(session, city="Uruapan")
    supplier.name = "Aguacates del Norte"
    supplier.city = "Tancítaro"
    supplier.status = SupplierStatus.ACTIVE
    session.flush()
    changes = {
        e.field: (e.old_value, e.new_value) for e in entries(session, "suppliers", supplier.id)[1:]
    }
    assert changes == {
        "name": ("Aguacates del Sur", "Aguacates del Norte"),
        "city": ("Uruapan", "Tancítaro"),
        "status": ("prospect", "active"),
    }
    assert supplier.version == 2  # name_key, search_text, version changed too, unlogged


def test_unchanged_save_writes_nothing(session: Session) -> None:
    supplier = new_supplier(session, city="Uruapan")
    supplier.city = "Uruapan"
    supplier.name = "Aguacates del Sur"
    session.flush()
    assert len(entries(session, "suppliers", supplier.id)) == 1
    assert supplier.version == 1


def test_archive_and_restore_are_their_own_actions(session: Session) -> None:
    supplier = new_supplier(session)
    supplier.archived_at = datetime(2026, 5, 1, 12, tzinfo=UTC)
    session.flush()
    supplier.archived_at = None
    session.flush()
    archive, restore = entries(session, "suppliers", supplier.id)[1:]
    assert (archive.action, archive.field) == (AuditAction.ARCHIVE, "archived_at")
    assert archive.old_value is None
    assert archive.new_value == "2026-05-01T12:00:00+00:00"
    assert restore.action == AuditAction.RESTORE
    assert restore.old_value == "2026-05-01T12:00:00+00:00"
    assert restore.new_value is None


def test_delete_keeps_the_name_and_a_child_names_its_owner(session: Session) -> None:
    supplier = new_supplier(session)
    contact = Contact(supplier=supplier, name="Conceição Araújo", email="ca@example.com")
    session.add(contact)
    session.flush()
    contact_id = contact.id
    session.delete(supplier)  # cascades to the contact
    session.flush()
    created, deleted = entries(session, "contacts", contact_id)
    assert (created.action, deleted.action) == (AuditAction.CREATE, AuditAction.DELETE)
    assert deleted.old_value == "Conceição Araújo"
    assert (deleted.parent_entity, deleted.parent_id) == ("suppliers", supplier.id)
    last = entries(session, "suppliers", supplier.id)[-1]
    assert last.action == AuditAction.DELETE
    assert last.old_value == "Aguacates del Sur"


def test_values_are_plain_text_and_long_notes_are_cut(session: Session) -> None:
    product = Product(name="Hass avocado", key="hass avocado")
    supplier = new_supplier(session)
    deal = Negotiation(supplier=supplier, product=product, title="Hass 2026")
    offer = Offer(
        negotiation=deal,
        side=OfferSide.SUPPLIER,
        offered_on=datetime(2026, 3, 2, tzinfo=UTC).date(),
        price=Decimal("2.4550"),
        currency="USD",
    )
    session.add_all([product, deal, offer])
    session.flush()
    offer.price = Decimal("2.5")
    offer.notes = "x" * 5000
    session.flush()
    changes = {e.field: e for e in entries(session, "offers", offer.id)[1:]}
    assert changes["price"].old_value in ("2.4550", "2.455")
    assert Decimal(changes["price"].new_value or "0") == Decimal("2.5")
    notes = changes["notes"].new_value or ""
    assert len(notes) == MAX_VALUE_CHARS
    assert notes.endswith("…")
    assert (changes["price"].parent_entity, changes["price"].parent_id) == ("negotiations", deal.id)
    assert value_text(True) == "yes"
    assert value_text(None) is None


def test_changes_made_by_an_import_or_its_undo_name_the_batch(session: Session) -> None:
    session.info[IMPORT_BATCH_KEY] = 12
    try:
        supplier = new_supplier(session)
        supplier.city = "Uruapan"
        session.flush()
    finally:
        session.info.pop(IMPORT_BATCH_KEY)
    session.info[UNDO_BATCH_KEY] = 12
    try:
        supplier.city = None
        session.flush()
    finally:
        session.info.pop(UNDO_BATCH_KEY)
    supplier.city = "Peribán"
    session.flush()
    got = [(e.action, e.field, e.batch_id) for e in entries(session, "suppliers", supplier.id)]
    assert got == [
        (AuditAction.IMPORT, None, 12),
        (AuditAction.IMPORT, "city", 12),
        (AuditAction.UNDO, "city", 12),
        (AuditAction.UPDATE, "city", None),
    ]


def test_a_stale_write_leaves_no_entry(session: Session) -> None:
    supplier = new_supplier(session)
    session.execute(
        update(Supplier).where(Supplier.id == supplier.id).values(version=5),
        execution_options={"synchronize_session": False},
    )
    supplier.city = "Uruapan"
    with pytest.raises(StaleDataError):
        session.flush()
    assert not session.info.get("_audit_pending")
    supplier_id = supplier.id
    session.rollback()
    mine = select(AuditEntry).where(
        AuditEntry.entity_id == supplier_id,
        AuditEntry.field == "city",
        AuditEntry.id > LOGGED_BEFORE,
    )
    assert not session.scalars(mine).all()


def test_actor_comes_from_the_session_on_sqlite_and_the_login_on_postgresql(
    session: Session,
) -> None:
    session.info["actor"] = "beatriz"
    supplier = new_supplier(session)
    assert entries(session, "suppliers", supplier.id)[0].actor == who(session, "beatriz")
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        assert who(session, "beatriz") != "beatriz"


def test_a_name_longer_than_its_column_is_cut_to_fit(engine: Engine) -> None:
    """An OS account of 200 characters saves (cut to 80), on PostgreSQL too, where the
    column's type would refuse the row before the trigger writes the login."""
    long_name = "ñ" * 200
    with engine.connect() as connection, connection.begin() as outer:
        sessions = make_session_factory(engine, long_name)
        with sessions(bind=connection, join_transaction_mode="create_savepoint") as session:
            supplier = new_supplier(session)
            recorded = who(session, long_name[:ACTOR_CHARS])
            assert supplier.created_by == long_name[:ACTOR_CHARS]
            stored = session.scalar(select(Supplier.created_by).where(Supplier.id == supplier.id))
            assert stored == recorded
            entry = entries(session, "suppliers", supplier.id)[0]
            assert entry.actor == recorded
        outer.rollback()
