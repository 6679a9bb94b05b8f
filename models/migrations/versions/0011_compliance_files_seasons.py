"""Registrations and certificates with sites, products and seasons; files stored in the
database; the season calendar

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-30

supplier_certifications loses its one-row-per-kind rule (a supplier may hold two GACC
registrations for two plants) and gains the site (name, kind, address), the season
('2026-27'), the issue date, a status set by hand (NULL: derived from the dates) and notes;
certification_products lists the products a row covers. Every existing row is kept as it
was (its number stays in `reference`). On SQLite the unique constraint goes by copying the
table (batch mode): nothing refers to it yet, so the copy is safe.

stored_files keeps each file's bytes once (unique SHA-256), attachments ties a stored file
under a name to exactly one registration, shipment document or negotiation (deleted with
its owner). season_windows holds the months a product ships from an origin;
products.for_chinese_new_year marks the products sold for it.

On PostgreSQL the login trigger of revision 0006 is put on the new tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CERTS = "supplier_certifications"
CERT_PRODUCTS = "certification_products"
FILES = "stored_files"
ATTACHMENTS = "attachments"
SEASONS = "season_windows"
SITE_KINDS = ("orchard", "packhouse", "plant", "vessel", "cold_store")
STATUSES = ("pending", "active", "suspended", "expired")
LEVELS = ("shipping", "peak")
STAMP_FUNCTION = "supplier_desk_stamp_login"
TRIGGER = "supplier_desk_login"
"""Revision 0006's function and trigger name (copied: a migration stays as it was written)."""
ONE_OWNER = (
    "(CASE WHEN certification_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN shipment_document_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN negotiation_id IS NULL THEN 0 ELSE 1 END) = 1"
)


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
    with op.batch_alter_table(CERTS) as batch:
        batch.drop_constraint(op.f("uq_supplier_certifications_supplier_id_kind"), type_="unique")
        batch.add_column(sa.Column("site_name", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("site_kind", _enum(SITE_KINDS, "sitekind"), nullable=True))
        batch.add_column(sa.Column("site_address", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("season", sa.String(length=7), nullable=True))
        batch.add_column(sa.Column("issued_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("status", _enum(STATUSES, "compliancestatus"), nullable=True))
        batch.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_supplier_certifications_issued_before_valid_until"),
            sa.text("issued_on IS NULL OR valid_until IS NULL OR issued_on <= valid_until"),
        )
        batch.create_index(op.f("ix_supplier_certifications_supplier_id"), ["supplier_id"])
        batch.create_index(op.f("ix_supplier_certifications_valid_until"), ["valid_until"])
    op.create_table(
        CERT_PRODUCTS,
        sa.Column("certification_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certification_id"],
            [f"{CERTS}.id"],
            name=op.f("fk_certification_products_certification_id_supplier_certifications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_certification_products_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "certification_id", "product_id", name=op.f("pk_certification_products")
        ),
    )
    op.create_table(
        FILES,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        *_audit_columns(),
        sa.CheckConstraint("size >= 0", name=op.f("ck_stored_files_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stored_files")),
        sa.UniqueConstraint("sha256", name=op.f("uq_stored_files_sha256")),
    )
    op.create_table(
        ATTACHMENTS,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("certification_id", sa.Integer(), nullable=True),
        sa.Column("shipment_document_id", sa.Integer(), nullable=True),
        sa.Column("negotiation_id", sa.Integer(), nullable=True),
        *_audit_columns(),
        sa.CheckConstraint(ONE_OWNER, name=op.f("ck_attachments_one_owner")),
        sa.ForeignKeyConstraint(
            ["file_id"], [f"{FILES}.id"], name=op.f("fk_attachments_file_id_stored_files")
        ),
        sa.ForeignKeyConstraint(
            ["certification_id"],
            [f"{CERTS}.id"],
            name=op.f("fk_attachments_certification_id_supplier_certifications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shipment_document_id"],
            ["shipment_documents.id"],
            name=op.f("fk_attachments_shipment_document_id_shipment_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["negotiation_id"],
            ["negotiations.id"],
            name=op.f("fk_attachments_negotiation_id_negotiations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    for column in ("file_id", "certification_id", "shipment_document_id", "negotiation_id"):
        op.create_index(op.f(f"ix_attachments_{column}"), ATTACHMENTS, [column], unique=False)
    op.create_table(
        SEASONS,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.CHAR(length=2), nullable=False),
        sa.Column("month", sa.SmallInteger(), nullable=False),
        sa.Column("level", _enum(LEVELS, "seasonlevel"), nullable=False),
        *_audit_columns(),
        sa.CheckConstraint(
            "month >= 1 AND month <= 12", name=op.f("ck_season_windows_month_of_year")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_season_windows_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_season_windows")),
        sa.UniqueConstraint(
            "product_id", "origin", "month", name=op.f("uq_season_windows_product_id_origin_month")
        ),
    )
    op.add_column(
        "products",
        sa.Column("for_chinese_new_year", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in (FILES, ATTACHMENTS, SEASONS):
            op.execute(
                f'CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {STAMP_FUNCTION}()"
            )


def downgrade() -> None:
    op.drop_column("products", "for_chinese_new_year")
    op.drop_table(SEASONS)
    for column in ("negotiation_id", "shipment_document_id", "certification_id", "file_id"):
        op.drop_index(op.f(f"ix_attachments_{column}"), table_name=ATTACHMENTS)
    op.drop_table(ATTACHMENTS)
    op.drop_table(FILES)
    op.drop_table(CERT_PRODUCTS)
    with op.batch_alter_table(CERTS) as batch:
        batch.drop_index(op.f("ix_supplier_certifications_valid_until"))
        batch.drop_index(op.f("ix_supplier_certifications_supplier_id"))
        batch.drop_constraint(
            op.f("ck_supplier_certifications_issued_before_valid_until"), type_="check"
        )
        for column in (
            "notes",
            "status",
            "issued_on",
            "season",
            "site_address",
            "site_kind",
            "site_name",
        ):
            batch.drop_column(column)
        batch.create_unique_constraint(
            op.f("uq_supplier_certifications_supplier_id_kind"), ["supplier_id", "kind"]
        )
