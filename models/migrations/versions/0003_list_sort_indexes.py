"""list sort indexes: the first page of suppliers in any sort order without a full sort

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Sorting 100,000 suppliers by city, country, status, tax id or date read and sorted
every row (50 to 200 ms a page); with an index per sort column the first page reads
200 index entries. Two partial indexes keep counting the suppliers not archived off
the wide table rows, and find the archived ones directly. The negotiation list
(newest first) and the contact list (by name) get the index their first page needs.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SORT_COLUMNS = ("country", "city", "status", "tax_id_key", "created_at", "updated_at")


def upgrade() -> None:
    with op.batch_alter_table("suppliers", schema=None) as batch_op:
        for column in SORT_COLUMNS:
            batch_op.create_index(f"ix_suppliers_{column}", [column], unique=False)
        batch_op.create_index(
            "ix_suppliers_not_archived",
            ["id"],
            unique=False,
            sqlite_where=sa.text("archived_at IS NULL"),
            postgresql_where=sa.text("archived_at IS NULL"),
        )
        batch_op.create_index(
            "ix_suppliers_archived_at",
            ["archived_at"],
            unique=False,
            sqlite_where=sa.text("archived_at IS NOT NULL"),
            postgresql_where=sa.text("archived_at IS NOT NULL"),
        )
    with op.batch_alter_table("negotiations", schema=None) as batch_op:
        batch_op.create_index("ix_negotiations_updated_at", ["updated_at"], unique=False)
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_name_key", ["name_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_name_key")
    with op.batch_alter_table("negotiations", schema=None) as batch_op:
        batch_op.drop_index("ix_negotiations_updated_at")
    with op.batch_alter_table("suppliers", schema=None) as batch_op:
        batch_op.drop_index("ix_suppliers_archived_at")
        batch_op.drop_index("ix_suppliers_not_archived")
        for column in reversed(SORT_COLUMNS):
            batch_op.drop_index(f"ix_suppliers_{column}")
