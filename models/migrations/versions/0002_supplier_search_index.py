"""supplier search index: fill search_text and name_key, index them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Rows written before this revision have empty search text and name keys; they are
computed here from the suppliers, their contacts and products, then indexed (FTS5
trigram on SQLite, pg_trgm GIN on PostgreSQL).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.search_index import create_index, drop_index, supplier_keys
from models.text import fold

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    contacts: dict[int, list[str]] = defaultdict(list)
    contact_keys = []
    for contact_id, supplier_id, name in connection.execute(
        sa.text("SELECT id, supplier_id, name FROM contacts ORDER BY id")
    ):
        contacts[supplier_id].append(name)
        contact_keys.append({"id": contact_id, "name_key": fold(name)[:200]})
    if contact_keys:
        connection.execute(
            sa.text("UPDATE contacts SET name_key = :name_key WHERE id = :id"), contact_keys
        )
    products: dict[int, list[str]] = defaultdict(list)
    for supplier_id, name in connection.execute(
        sa.text(
            "SELECT sp.supplier_id, p.name FROM supplier_products sp "
            "JOIN products p ON p.id = sp.product_id ORDER BY p.name"
        )
    ):
        products[supplier_id].append(name)
    rows = connection.execute(
        sa.text("SELECT id, name, legal_name, city, region, tax_id FROM suppliers")
    ).all()
    updates = [
        {"id": row.id, **supplier_keys(row, products[row.id], contacts[row.id])} for row in rows
    ]
    if updates:
        connection.execute(
            sa.text(
                "UPDATE suppliers SET name_key = :name_key, tax_id_key = :tax_id_key, "
                "search_text = :search_text WHERE id = :id"
            ),
            updates,
        )
    create_index(connection)


def downgrade() -> None:
    drop_index(op.get_bind())
