"""Revision 0008: products gain their packaging, keeping every row (issue 15 point 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from models import schema
from models.engine import create_database_engine


def test_upgrade_from_0007_keeps_products_and_refuses_non_positive(tmp_path: Path) -> None:
    engine = create_database_engine(tmp_path / "old.sqlite3")
    try:
        schema.upgrade(engine, "0007")
        now = "2026-12-01 10:00:00"
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO suppliers (id, name, status, country, name_key, search_text,"
                    " created_at, updated_at, version) VALUES (7, 'Aguacates Uruapan', 'active',"
                    " 'MX', 'aguacates uruapan', '', :now, :now, 1)"
                ),
                {"now": now},
            )
            c.execute(
                text(
                    "INSERT INTO products (id, name, key, default_unit, shelf_life_days,"
                    " created_at, updated_at, version) VALUES (1, 'Hass avocado',"
                    " 'hass avocado', 'box', 28, :now, :now, 3)"
                ),
                {"now": now},
            )
            c.execute(
                text(
                    "INSERT INTO negotiations (id, supplier_id, product_id, title, stage,"
                    " currency, created_at, updated_at, version) VALUES (2, 7, 1, 'Hass',"
                    " 'negotiating', 'USD', :now, :now, 1)"
                ),
                {"now": now},
            )

        schema.upgrade(engine, "0008")

        assert schema.current_revision(engine) == "0008"
        with engine.begin() as c:
            row = c.execute(text("SELECT * FROM products WHERE id = 1")).mappings().one()
            assert (row["name"], row["default_unit"], row["shelf_life_days"]) == (
                "Hass avocado",
                "box",
                28,
            )
            assert (row["kg_per_box"], row["kg_per_container_20"], row["version"]) == (
                None,
                None,
                3,
            )
            assert c.execute(text("SELECT product_id FROM negotiations")).scalar() == 1
            c.execute(text("UPDATE products SET kg_per_box = 10 WHERE id = 1"))
        with pytest.raises(IntegrityError), engine.begin() as c:
            c.execute(text("UPDATE products SET kg_per_container_40 = 0 WHERE id = 1"))
    finally:
        engine.dispose()
