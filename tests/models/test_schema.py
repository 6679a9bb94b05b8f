"""Migrations: from the first revision to head with nothing lost; model and schema agree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.queries.search import SupplierQuery, search_suppliers
from models import Base, schema
from models.engine import create_database_engine


@pytest.fixture
def fresh_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_database_engine(tmp_path / "fresh.sqlite3")
    yield engine
    engine.dispose()


def test_revisions_are_linear_and_head_is_last() -> None:
    revisions = schema.all_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == schema.head_revision()
    assert len(set(revisions)) == len(revisions)


def test_upgrade_from_first_revision_keeps_every_row(fresh_engine: Engine) -> None:
    schema.upgrade(fresh_engine, schema.all_revisions()[0])
    assert schema.current_revision(fresh_engine) == "0001"
    now = "2026-01-05 10:00:00"
    audit = {"created_at": now, "updated_at": now, "version": 1}
    with fresh_engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO suppliers (id, name, status, country, tax_id, city, name_key,"
                " search_text, created_at, updated_at, version)"
                " VALUES (7, 'José Pérez e Hijos S.A.', 'active', 'MX', 'PEHJ-800101-AB1',"
                " 'Uruapan', '', '', :created_at, :updated_at, :version)"
            ),
            audit,
        )
        c.execute(
            text(
                "INSERT INTO contacts (id, supplier_id, name, name_key, is_primary, email,"
                " created_at, updated_at, version)"
                " VALUES (3, 7, 'Conceição Araújo', '', 1, 'ca@example.com',"
                " :created_at, :updated_at, :version)"
            ),
            audit,
        )
        c.execute(
            text(
                "INSERT INTO products (id, name, key, default_unit, created_at, updated_at,"
                " version) VALUES (1, 'Hass avocado', 'hass avocado', 'kg', :created_at,"
                " :updated_at, :version)"
            ),
            audit,
        )
        c.execute(text("INSERT INTO supplier_products VALUES (7, 1)"))
        c.execute(
            text(
                "INSERT INTO negotiations (id, supplier_id, product_id, title, stage,"
                " currency, target_price, created_at, updated_at, version)"
                " VALUES (2, 7, 1, 'Hass 2026', 'negotiating', 'USD', 2.4550,"
                " :created_at, :updated_at, :version)"
            ),
            audit,
        )

    schema.upgrade(fresh_engine)

    assert schema.current_revision(fresh_engine) == schema.head_revision()
    with fresh_engine.connect() as c:
        supplier = c.execute(text("SELECT * FROM suppliers WHERE id = 7")).mappings().one()
        assert supplier["name"] == "José Pérez e Hijos S.A."
        assert supplier["tax_id"] == "PEHJ-800101-AB1"
        assert supplier["tax_id_key"] == "PEHJ800101AB1"
        assert supplier["name_key"] == "jose perez e hijos s.a."
        assert "conceicao araujo" in supplier["search_text"]
        assert "hass avocado" in supplier["search_text"]
        contact = c.execute(text("SELECT name, name_key FROM contacts WHERE id = 3")).one()
        assert tuple(contact) == ("Conceição Araújo", "conceicao araujo")
        price = c.execute(text("SELECT target_price FROM negotiations WHERE id = 2")).scalar()
        assert str(price).startswith("2.455")
    with Session(fresh_engine) as session:
        # The rows written before the index existed are found through it.
        for query in ("jose", "conceicao", "800101", "uruapan", "avocado"):
            page = search_suppliers(session, SupplierQuery(text=query))
            assert [r.id for r in page.rows] == [7], query


def test_downgrade_to_first_revision_and_back(fresh_engine: Engine) -> None:
    schema.upgrade(fresh_engine)
    from alembic import command

    config = schema.alembic_config()
    with fresh_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert schema.current_revision(fresh_engine) == "0001"
    schema.upgrade(fresh_engine)
    assert schema.current_revision(fresh_engine) == schema.head_revision()


def test_models_and_migrations_agree(fresh_engine: Engine) -> None:
    schema.upgrade(fresh_engine)
    with fresh_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    # The FTS5 shadow tables belong to the search index, not to the models.
    differences = [
        d
        for d in differences
        if not (d[0] == "remove_table" and d[1].name.startswith("supplier_search"))
    ]
    assert differences == []


def test_database_from_a_newer_program_is_refused(fresh_engine: Engine) -> None:
    schema.upgrade(fresh_engine)
    with fresh_engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(schema.SchemaTooNewError, match="is not one Supplier Desk knows"):
        schema.upgrade(fresh_engine)
    with fresh_engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"


def test_foreign_database_is_refused(fresh_engine: Engine) -> None:
    with fresh_engine.begin() as c:
        c.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"))
    with pytest.raises(schema.SchemaError, match="not a Supplier Desk database"):
        schema.upgrade(fresh_engine)


def test_head_constant_is_the_newest_migration() -> None:
    assert schema.head_revision() == schema.HEAD
