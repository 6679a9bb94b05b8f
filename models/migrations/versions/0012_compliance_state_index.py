"""An index on registrations' and certificates' state: (status, valid_until, supplier_id)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-30

Home's Compliance card counts rows by status set by hand and by ranges of valid_until
(expired, due in 30, 60, 90 days), and the Suppliers list asks which suppliers have such
a row: each part of those counts is one range of this index, read without the rows
(tests/benchmarks/compliance_bench.py: 100,000 suppliers, 300,000 rows, the counts from
210-290 ms to 20-31 ms on SQLite).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "supplier_certifications"
INDEX = "ix_supplier_certifications_state"


def upgrade() -> None:
    op.create_index(INDEX, TABLE, ["status", "valid_until", "supplier_id"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name=TABLE)
