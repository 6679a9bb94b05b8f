"""product packaging: net kg per box and per 20' and 40' reefer container

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-27

Three nullable columns on products through which a price or volume given per box or per
container converts to kg (app.rules.units). Each is NULL (not known yet) or more than
zero. Existing products keep their rows, with no packaging until someone sets it
(`supplier-desk products set ID --kg-per-box N`).

On SQLite each column is added with its CHECK in its own definition (ALTER TABLE ADD
COLUMN allows that): batch mode would copy the table, and dropping products while
foreign keys are on (they cannot be switched off inside the migration's transaction)
fails on the negotiations that point at it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "products"
COLUMNS = ("kg_per_box", "kg_per_container_20", "kg_per_container_40")


def _check(column: str) -> str:
    return f"{column} IS NULL OR {column} > 0"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in COLUMNS:
        name = f"ck_{TABLE}_{column}_positive"
        if sqlite:
            op.execute(
                f"ALTER TABLE {TABLE} ADD COLUMN {column} NUMERIC(12, 3) "
                f"CONSTRAINT {name} CHECK ({_check(column)})"
            )
        else:
            op.add_column(TABLE, sa.Column(column, sa.Numeric(precision=12, scale=3)))
            op.create_check_constraint(op.f(name), TABLE, sa.text(_check(column)))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in reversed(COLUMNS):
        if not sqlite:  # SQLite drops a column's own CHECK with it
            op.drop_constraint(op.f(f"ck_{TABLE}_{column}_positive"), TABLE, type_="check")
        op.drop_column(TABLE, column)
