from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from models import Supplier
from models.search_index import FTS_TABLE, deferred_indexing


@pytest.fixture(autouse=True)
def _sqlite_only(session: Session) -> None:
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("the FTS5 table and its triggers are SQLite's")


def _matches(session: Session, word: str) -> list[int]:
    return list(
        session.scalars(
            text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q ORDER BY rowid"),
            {"q": f'"{word}"'},
        )
    )


def _triggers(session: Session) -> set[str]:
    return set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))


def test_listener_keeps_search_text_and_the_index_in_step(session: Session) -> None:
    supplier = Supplier(name="Frutícola Ñuble SpA", country="CL", city="Chillán")
    session.add(supplier)
    session.flush()
    assert supplier.search_text == "fruticola nuble spa | chillan"
    assert _matches(session, "nuble") == [supplier.id]
    supplier.city = "Curicó"
    session.flush()
    assert _matches(session, "chillan") == []
    assert _matches(session, "curico") == [supplier.id]
    session.delete(supplier)
    session.flush()
    assert _matches(session, "nuble") == []


def test_deferred_indexing_indexes_the_listed_rows_once_at_the_end(session: Session) -> None:
    before = _triggers(session)
    connection = session.connection()
    with deferred_indexing(connection) as to_index:
        assert not before & _triggers(session)
        session.execute(
            text(
                "INSERT INTO suppliers (id, name, country, status, name_key, search_text,"
                " created_at, updated_at, version) VALUES (900, 'Bulk', 'PE', 'prospect',"
                " 'bulk', 'bulk arandanos', '2026-01-01', '2026-01-01', 1)"
            )
        )
        assert _matches(session, "arandanos") == []
        to_index.append(900)
    assert _matches(session, "arandanos") == [900]
    assert _triggers(session) == before


def test_deferred_indexing_puts_the_triggers_back_after_an_error(session: Session) -> None:
    before = _triggers(session)
    with pytest.raises(RuntimeError), deferred_indexing(session.connection()):
        raise RuntimeError("import failed halfway")
    assert _triggers(session) == before
    supplier = Supplier(name="After the error", country="CL")
    session.add(supplier)
    session.flush()
    assert _matches(session, "after the error") == [supplier.id]
