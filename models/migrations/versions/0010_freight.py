"""Freight routes and their origin and destination charges

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-29

freight_routes holds the main freight of a route (origin port, destination port, sea or
air): a cost in a currency per container (with the payload in kg a container carries) or
per kg, the cargo insurance rate (percent, 0..100, nullable) and its cover (percent of cost
plus freight, at least 100, 110 by default), valid from a date. freight_charges holds the
charges at the origin or destination end by kind, per container, per kg or per shipment,
tied to a route (deleted with it) or to a port by name.

Their rows carry the audit stamps: on PostgreSQL the login trigger of revision 0006 is put
on the new tables too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROUTES = "freight_routes"
CHARGES = "freight_charges"
MODES = ("sea", "air")
FREIGHT_BASES = ("container", "kg")
CHARGE_BASES = ("container", "kg", "shipment")
SIDES = ("origin", "destination")
KINDS = (
    "pickup",
    "export_clearance",
    "inland_transport",
    "terminal_handling",
    "loading",
    "unloading",
    "port",
    "import_clearance",
    "inspection",
    "cold_store",
    "delivery",
)
STAMP_FUNCTION = "supplier_desk_stamp_login"
TRIGGER = "supplier_desk_login"
"""Revision 0006's function and trigger name (copied: a migration stays as it was written)."""


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=30)


def _audit_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        ROUTES,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin_port", sa.String(length=80), nullable=False),
        sa.Column("destination_port", sa.String(length=80), nullable=False),
        sa.Column("mode", _enum(MODES, "shipmentmode"), nullable=False),
        sa.Column("cost", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.CHAR(length=3), nullable=False),
        sa.Column("per", _enum(FREIGHT_BASES, "freightbasis"), nullable=False),
        sa.Column("payload_kg", sa.Numeric(precision=18, scale=3), nullable=True),
        sa.Column("insurance_rate", sa.Numeric(precision=7, scale=4), nullable=True),
        sa.Column("cover", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_audit_columns(),
        sa.CheckConstraint("cost > 0", name=op.f("ck_freight_routes_cost_positive")),
        sa.CheckConstraint(
            "payload_kg IS NULL OR payload_kg > 0", name=op.f("ck_freight_routes_payload_positive")
        ),
        sa.CheckConstraint(
            "per <> 'container' OR payload_kg IS NOT NULL",
            name=op.f("ck_freight_routes_container_has_payload"),
        ),
        sa.CheckConstraint(
            "insurance_rate IS NULL OR (insurance_rate >= 0 AND insurance_rate <= 100)",
            name=op.f("ck_freight_routes_insurance_rate_percent"),
        ),
        sa.CheckConstraint("cover >= 100", name=op.f("ck_freight_routes_cover_at_least_100")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freight_routes")),
    )
    op.create_table(
        CHARGES,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=True),
        sa.Column("port", sa.String(length=80), nullable=True),
        sa.Column("side", _enum(SIDES, "chargeside"), nullable=False),
        sa.Column("kind", _enum(KINDS, "chargekind"), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.CHAR(length=3), nullable=False),
        sa.Column("per", _enum(CHARGE_BASES, "chargebasis"), nullable=False),
        *_audit_columns(),
        sa.CheckConstraint("amount > 0", name=op.f("ck_freight_charges_amount_positive")),
        sa.CheckConstraint(
            "route_id IS NOT NULL OR port IS NOT NULL",
            name=op.f("ck_freight_charges_route_or_port"),
        ),
        sa.ForeignKeyConstraint(
            ["route_id"],
            [f"{ROUTES}.id"],
            name=op.f("fk_freight_charges_route_id_freight_routes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freight_charges")),
    )
    op.create_index(op.f("ix_freight_charges_route_id"), CHARGES, ["route_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for table in (ROUTES, CHARGES):
            op.execute(
                f'CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {STAMP_FUNCTION}()"
            )


def downgrade() -> None:
    op.drop_index(op.f("ix_freight_charges_route_id"), table_name=CHARGES)
    op.drop_table(CHARGES)  # its trigger goes with it
    op.drop_table(ROUTES)
