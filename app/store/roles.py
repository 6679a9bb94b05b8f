"""Who may change the data: PostgreSQL roles for a team, and whether this connection can write.

An administrator creates two group roles once (`supplier-desk db roles` prints the SQL):
editors read and change every table (but never rewrite the audit log), readers only read.
Each person gets a login in one of them: on PostgreSQL the login is who made a change (a
trigger writes it, migration 0006), so people should not share one. The app asks the
database what the current login may do, and a reader's window opens with editing turned
off instead of failing on the first Save.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.messages import translate
from models import Base
from models.engine import is_read_only_file, sqlite_path

EDITOR_ROLE = "supplier_desk_editor"
READER_ROLE = "supplier_desk_reader"

APPEND_ONLY_TABLES = ("audit_log",)
"""Editors add rows to these and never change or delete one (the audit trail)."""

READ_ONLY_ROLE_REASON = translate("Store", "your database role cannot change data")
READ_ONLY_FILE_REASON = translate("Store", "the database file is read-only")
READ_ONLY_SERVER_REASON = translate("Store", "the database server accepts no changes (read-only)")


def quote_identifier(name: str) -> str:
    """A PostgreSQL identifier in double quotes, so any name is safe in the printed SQL."""
    return '"' + name.replace('"', '""') + '"'


def roles_sql(
    database_name: str,
    *,
    owner: str | None = None,
    schema: str = "public",
    editor: str = EDITOR_ROLE,
    reader: str = READER_ROLE,
) -> str:
    """The SQL an administrator runs (as the owner of the tables, or a superuser) to
    create the editor and reader roles and grant them what they need, now and for the
    tables later versions of the program add. Safe to run twice."""
    db, sch = quote_identifier(database_name), quote_identifier(schema)
    ed, rd = quote_identifier(editor), quote_identifier(reader)
    # Default privileges apply to objects created by one role: the one that runs
    # `supplier-desk db upgrade` (the tables' owner).
    for_role = f"FOR ROLE {quote_identifier(owner)} " if owner else ""
    lines = [
        f"-- Supplier Desk roles for database {database_name}.",
        "-- Run as the owner of the tables (the login that runs `supplier-desk db upgrade`)",
        "-- or as a superuser, e.g.:  psql -d " + database_name + " -f roles.sql",
        "",
        "-- Group roles (no login): editors change data, readers only look at it.",
        _create_role(editor),
        _create_role(reader),
        "",
        f"GRANT CONNECT ON DATABASE {db} TO {ed}, {rd};",
        f"GRANT USAGE ON SCHEMA {sch} TO {ed}, {rd};",
        "",
        "-- Tables that exist now.",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {sch} TO {ed};",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {sch} TO {ed};",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {sch} TO {rd};",
        "-- The schema version is changed by `db upgrade` only, never by an editor.",
        f"REVOKE INSERT, UPDATE, DELETE ON TABLE {sch}.alembic_version FROM {ed};",
        "-- The audit log is added to, never rewritten: editors may not change its rows.",
        *(
            f"REVOKE UPDATE, DELETE ON TABLE {sch}.{quote_identifier(t)} FROM {ed};"
            for t in APPEND_ONLY_TABLES
        ),
        "",
        "-- Tables and sequences added by later upgrades.",
        f"ALTER DEFAULT PRIVILEGES {for_role}IN SCHEMA {sch}",
        f"    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ed};",
        f"ALTER DEFAULT PRIVILEGES {for_role}IN SCHEMA {sch}",
        f"    GRANT USAGE, SELECT ON SEQUENCES TO {ed};",
        f"ALTER DEFAULT PRIVILEGES {for_role}IN SCHEMA {sch}",
        f"    GRANT SELECT ON TABLES TO {rd};",
        "",
        "-- One login per person: the server writes the login as who made each change",
        "-- (created_by, updated_by, the audit log), whatever name the program claims.",
        "-- Choose the names and passwords; run once per person:",
        f"-- CREATE USER ana WITH PASSWORD 'change-me' IN ROLE {ed};",
        f"-- CREATE USER wei WITH PASSWORD 'change-me' IN ROLE {rd};",
        f"-- Move someone: GRANT {ed} TO wei; REVOKE {rd} FROM wei;",
        "-- Each person then opens:",
        f"--   supplier-desk --database postgresql+psycopg://ana@SERVER/{database_name}",
    ]
    return "\n".join(lines) + "\n"


def _create_role(name: str) -> str:
    literal = "'" + name.replace("'", "''") + "'"
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal}) "
        f"THEN CREATE ROLE {quote_identifier(name)} NOLOGIN; END IF; END $$;"
    )


# --- can this connection write? --------------------------------------------------------------


def read_only_reason(engine: Engine) -> str | None:
    """Why this database cannot be changed from here, or None when it can."""
    if engine.dialect.name == "postgresql":
        return _postgresql_reason(engine)
    path = sqlite_path(engine.url)
    if path is None or not path.exists():
        return None  # in memory, or a file about to be created
    return _file_reason(path)


def can_write(engine: Engine) -> bool:
    return read_only_reason(engine) is None


WRITE_CHECK_COLUMNS = (
    "current_setting('transaction_read_only') AS server_read_only, "
    "(SELECT bool_and(has_table_privilege("
    "current_user, format('%I.%I', schemaname, tablename), privilege)) "
    "FROM pg_tables, unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) AS privilege "
    "WHERE schemaname = current_schema() AND tablename = ANY(:tables) "
    "AND (privilege = 'INSERT' OR tablename <> ALL(:append_only))) AS may_write"
)
"""Whether the server takes changes and the login may change every table (two columns):
also asked in the statement that opens the database (app.store.database), so that the
window knows without another round trip."""


def write_check_parameters() -> dict[str, list[str]]:
    return {
        "tables": [t.name for t in Base.metadata.sorted_tables],
        "append_only": list(APPEND_ONLY_TABLES),
    }


def reason_from(server_read_only: object, may_write: object) -> str | None:
    """read_only_reason's answer from WRITE_CHECK_COLUMNS' two values."""
    if server_read_only == "on":
        return READ_ONLY_SERVER_REASON
    return READ_ONLY_ROLE_REASON if may_write is False else None


def _postgresql_reason(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(f"SELECT {WRITE_CHECK_COLUMNS}"), write_check_parameters()
            ).one()
    except SQLAlchemyError:
        return None  # cannot tell: let the first change say what is wrong
    return reason_from(row[0], row[1])


def _file_reason(path: os.PathLike[str] | str) -> str | None:
    return READ_ONLY_FILE_REASON if is_read_only_file(path) else None
