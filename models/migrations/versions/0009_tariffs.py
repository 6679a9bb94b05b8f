"""China import tariffs: duty and VAT by HS code and origin, with their validity

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-28

tariffs holds one duty rate (and its scheme: MFN, FTA, provisional) and the VAT rate for
goods of an HS code (6 to 10 digits; the longest prefix of a product's code wins) from one
origin country, valid from a date until another (or until further notice). Rates are
percents within 0..100; valid_until may not be before valid_from.

Its rows carry the audit stamps: on PostgreSQL the login trigger of revision 0006 is put
on the new table too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "tariffs"
SCHEMES = ("mfn", "fta", "provisional")
STAMP_FUNCTION = "supplier_desk_stamp_login"
TRIGGER = "supplier_desk_login"
"""Revision 0006's function and trigger name (copied: a migration stays as it was written)."""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hs_code", sa.String(length=10), nullable=False),
        sa.Column("origin", sa.CHAR(length=2), nullable=False),
        sa.Column("duty_rate", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column(
            "scheme",
            sa.Enum(*SCHEMES, name="tariffscheme", native_enum=False, length=30),
            nullable=False,
        ),
        sa.Column("vat_rate", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=80), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "duty_rate >= 0 AND duty_rate <= 100", name=op.f("ck_tariffs_duty_rate_percent")
        ),
        sa.CheckConstraint(
            "vat_rate >= 0 AND vat_rate <= 100", name=op.f("ck_tariffs_vat_rate_percent")
        ),
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_until >= valid_from",
            name=op.f("ck_tariffs_valid_until_after_from"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariffs")),
    )
    op.create_index(op.f("ix_tariffs_hs_code"), TABLE, ["hs_code"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f'CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON "{TABLE}" '
            f"FOR EACH ROW EXECUTE FUNCTION {STAMP_FUNCTION}()"
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_tariffs_hs_code"), table_name=TABLE)
    op.drop_table(TABLE)  # its trigger goes with it
