"""Revision 0011: registrations with sites and products, stored files, season windows
(issue 16 points 1, 3, 4): every certification row is kept, and the new tables refuse what
no row can be."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from models import schema
from models.engine import create_database_engine

NOW = "2026-12-01 10:00:00"
STAMPS = "created_at, updated_at, version"
NOW_VALUES = ":now, :now, 1"


@pytest.fixture
def old(tmp_path: Path) -> Engine:
    """A database at revision 0010 with a supplier, a product and two certificates."""
    engine = create_database_engine(tmp_path / "old.sqlite3")
    schema.upgrade(engine, "0010")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO suppliers (id, name, status, country, name_key, search_text,"
                f" {STAMPS}) VALUES (7, 'Frutícola Ñuble', 'active', 'CL', 'fruticola nuble',"
                f" '', {NOW_VALUES})"
            ),
            {"now": NOW},
        )
        c.execute(
            text(
                f"INSERT INTO products (id, name, key, default_unit, {STAMPS})"
                f" VALUES (1, 'Fresh cherries', 'fresh cherries', 'box', {NOW_VALUES})"
            ),
            {"now": NOW},
        )
        for number, (kind, reference, until) in enumerate(
            (("gacc", "CHL0000012345", "2027-06-30"), ("globalgap", "4063061944246", None)),
            start=1,
        ):
            c.execute(
                text(
                    "INSERT INTO supplier_certifications (id, supplier_id, kind, reference,"
                    f" valid_until, {STAMPS}) VALUES (:id, 7, :kind, :ref, :until, :now, :now, 4)"
                ),
                {"id": number, "kind": kind, "ref": reference, "until": until, "now": NOW},
            )
    yield engine
    engine.dispose()


def test_upgrade_keeps_every_certification_and_allows_a_second_gacc(old: Engine) -> None:
    schema.upgrade(old, "0011")
    with old.begin() as c:
        rows = c.execute(text("SELECT * FROM supplier_certifications ORDER BY id")).mappings()
        kept = [(r["kind"], r["reference"], str(r["valid_until"]), r["version"]) for r in rows]
        assert kept == [
            ("gacc", "CHL0000012345", "2027-06-30", 4),
            ("globalgap", "4063061944246", "None", 4),
        ]
        c.execute(
            text(
                "INSERT INTO supplier_certifications (id, supplier_id, kind, reference,"
                f" site_name, site_kind, season, {STAMPS}) VALUES (3, 7, 'gacc',"
                f" 'CHL0000067890', 'Planta Curicó', 'packhouse', '2026-27', {NOW_VALUES})"
            ),
            {"now": NOW},
        )
        c.execute(text("INSERT INTO certification_products VALUES (3, 1)"))
        assert c.execute(text("SELECT count(*) FROM supplier_certifications")).scalar() == 3
        flag = c.execute(text("SELECT for_chinese_new_year FROM products")).scalar()
        assert not flag


def test_a_certification_is_not_valid_before_it_is_issued(old: Engine) -> None:
    schema.upgrade(old, "0011")
    with pytest.raises(IntegrityError), old.begin() as c:
        c.execute(text("UPDATE supplier_certifications SET issued_on = '2027-07-01' WHERE id = 1"))


def test_an_attachment_has_exactly_one_owner_and_a_file_is_stored_once(old: Engine) -> None:
    schema.upgrade(old, "0011")
    with old.begin() as c:
        c.execute(
            text(
                f"INSERT INTO stored_files (id, sha256, size, media_type, content, {STAMPS})"
                f" VALUES (1, :sha, 3, 'application/pdf', :bytes, {NOW_VALUES})"
            ),
            {"sha": "a" * 64, "bytes": b"%PD", "now": NOW},
        )
        c.execute(
            text(
                f"INSERT INTO attachments (file_id, name, certification_id, {STAMPS})"
                f" VALUES (1, 'Registro GACC 注册.pdf', 1, {NOW_VALUES})"
            ),
            {"now": NOW},
        )
    for owners in ("NULL, NULL", "1, 1"):
        with pytest.raises(IntegrityError), old.begin() as c:
            c.execute(
                text(
                    "INSERT INTO attachments (file_id, name, certification_id, negotiation_id,"
                    f" {STAMPS}) VALUES (1, 'x.pdf', {owners}, {NOW_VALUES})"
                ),
                {"now": NOW},
            )
    with pytest.raises(IntegrityError), old.begin() as c:
        c.execute(
            text(
                f"INSERT INTO stored_files (sha256, size, media_type, content, {STAMPS})"
                f" VALUES (:sha, 3, 'application/pdf', :bytes, {NOW_VALUES})"
            ),
            {"sha": "a" * 64, "bytes": b"%PD", "now": NOW},
        )


def test_a_season_month_is_one_to_twelve_once_per_product_and_origin(old: Engine) -> None:
    schema.upgrade(old, "0011")
    insert = text(
        f"INSERT INTO season_windows (product_id, origin, month, level, {STAMPS})"
        f" VALUES (1, 'CL', :month, 'peak', {NOW_VALUES})"
    )
    with old.begin() as c:
        c.execute(insert, {"month": 12, "now": NOW})
    for month in (12, 13, 0):
        with pytest.raises(IntegrityError), old.begin() as c:
            c.execute(insert, {"month": month, "now": NOW})


def test_downgrade_to_0010_keeps_the_certifications(old: Engine) -> None:
    schema.upgrade(old, "0011")
    config = schema.alembic_config()
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    assert schema.current_revision(old) == "0010"
    with old.begin() as c:
        count = c.execute(text("SELECT count(*) FROM supplier_certifications")).scalar()
    assert count == 2
