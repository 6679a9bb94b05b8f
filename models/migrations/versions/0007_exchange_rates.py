"""exchange rates: one rate per day and ordered pair of currencies

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-20

fx_rates holds what one unit of from_currency costs in to_currency on a day, with where
the rate came from (typed, a CSV file, the ECB). A conversion uses the latest rate on or
before the day it is asked for (app.services.fx_convert). The unique (from, to, day)
index is also the one a conversion's lookup walks.

Its rows carry the audit stamps: on PostgreSQL the login trigger of revision 0006 is put
on the new table too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "fx_rates"
SOURCES = ("manual", "csv", "ecb")
STAMP_FUNCTION = "supplier_desk_stamp_login"
TRIGGER = "supplier_desk_login"
"""Revision 0006's function and trigger name (copied: a migration stays as it was written)."""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("from_currency", sa.CHAR(length=3), nullable=False),
        sa.Column("to_currency", sa.CHAR(length=3), nullable=False),
        sa.Column("rate", sa.Numeric(precision=20, scale=10), nullable=False),
        sa.Column(
            "source",
            sa.Enum(*SOURCES, name="ratesource", native_enum=False, length=30),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("rate > 0", name=op.f("ck_fx_rates_rate_positive")),
        sa.CheckConstraint("from_currency <> to_currency", name=op.f("ck_fx_rates_two_currencies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fx_rates")),
        sa.UniqueConstraint(
            "from_currency",
            "to_currency",
            "day",
            name=op.f("uq_fx_rates_from_currency_to_currency_day"),
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f'CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON "{TABLE}" '
            f"FOR EACH ROW EXECUTE FUNCTION {STAMP_FUNCTION}()"
        )


def downgrade() -> None:
    op.drop_table(TABLE)  # its trigger goes with it
