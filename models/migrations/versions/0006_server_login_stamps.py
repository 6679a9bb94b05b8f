"""server login stamps: on PostgreSQL "who" is the database login, set by the server

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-13

Until now every row's created_by / updated_by and the audit log's actor were whatever
the program sent: the OS user name, which anyone can set (`USER=mallory supplier-desk
...`). On PostgreSQL a trigger (BEFORE INSERT OR UPDATE, for each row, so Core and COPY
inserts too) now writes `session_user` there instead, whatever the client sent: the
login the server authenticated. `session_user`, not `current_user`: `SET ROLE` and
SECURITY DEFINER functions change current_user, never the login. On UPDATE created_by
keeps its old value, so who created a row cannot be rewritten either.

The one exception is for a copy of a whole database (`db copy`), which must keep the
names the rows already carry: with `SET LOCAL supplier_desk.keep_stamps = 'on'` the
trigger leaves the values alone, but only for a login that owns the table (or a
superuser), who could switch the trigger off anyway (ALTER TABLE ... DISABLE TRIGGER).

The functions are plain (not SECURITY DEFINER), owned by whoever runs the upgrade (the
tables' owner) and executable by PUBLIC as every function is by default, so the editor
role needs no new grant. They name every catalog object with its schema so that a
client's search_path cannot put another function in their place.

Rows written before the upgrade keep what they hold. On SQLite (one person's file) the
OS user stays the name recorded and this revision changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMPED_TABLES = (
    "import_batches",
    "import_mappings",
    "products",
    "suppliers",
    "tags",
    "contacts",
    "negotiations",
    "supplier_certifications",
    "offers",
    "shipments",
    "activities",
    "shipment_documents",
)
"""The tables with created_by / updated_by at this revision (models.base.Audited)."""

AUDIT_TABLE = "audit_log"

STAMP_FUNCTION = "supplier_desk_stamp_login"
ACTOR_FUNCTION = "supplier_desk_stamp_actor"
TRIGGER = "supplier_desk_login"

KEEPS_STAMPS = """
    IF pg_catalog.current_setting('supplier_desk.keep_stamps', true)
            OPERATOR(pg_catalog.=) 'on' THEN
        IF pg_catalog.pg_has_role(
            session_user,
            (SELECT relowner FROM pg_catalog.pg_class WHERE oid OPERATOR(pg_catalog.=) TG_RELID),
            'MEMBER'
        ) THEN
            RETURN NEW;
        END IF;
    END IF;"""
"""A copy by the tables' owner keeps the names the rows carry (inlined in each function:
a helper function called by name would be looked up on the client's search_path)."""

STAMP_LOGIN = f"""
CREATE FUNCTION {STAMP_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
{KEEPS_STAMPS}
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
    ELSE
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.updated_by := session_user;
    RETURN NEW;
END $$
"""

STAMP_ACTOR = f"""
CREATE FUNCTION {ACTOR_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
{KEEPS_STAMPS}
    NEW.actor := session_user;
    RETURN NEW;
END $$
"""


def _create_trigger(table: str, function: str) -> None:
    op.execute(
        f'CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION {function}()"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(STAMP_LOGIN)
    op.execute(STAMP_ACTOR)
    for table in STAMPED_TABLES:
        _create_trigger(table, STAMP_FUNCTION)
    _create_trigger(AUDIT_TABLE, ACTOR_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in (*STAMPED_TABLES, AUDIT_TABLE):
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
    op.execute(f"DROP FUNCTION IF EXISTS {ACTOR_FUNCTION}()")
    op.execute(f"DROP FUNCTION IF EXISTS {STAMP_FUNCTION}()")
