"""`supplier-desk db copy` and `db roles`: moving a database to a team server and back,
and the SQL an administrator runs to give people editor or read-only access."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app import settings
from app.cli import CliError, _print_table
from models.database import DatabaseUrlError, normalise_url

DEFAULT_DATABASE_NAME = "supplier_desk"


def add_db_commands(sub: Any) -> None:
    """Register the commands on the `db` sub-parser (argparse's _SubParsersAction)."""
    copy = sub.add_parser(
        "copy",
        help="copy every table to another database (SQLite <-> PostgreSQL), ids kept",
        description="Copy every table from one database to another, ids kept, in one "
        "transaction on the target. The target must be empty unless --merge is given: "
        "--merge inserts only rows whose ids are free in the target and skips (and "
        "reports) rows whose id holds a different row, with every row referring to them.",
    )
    copy.add_argument("--from", dest="source", required=True, metavar="URL")
    copy.add_argument("--to", dest="target", required=True, metavar="URL")
    copy.add_argument(
        "--merge", action="store_true", help="add to a target that already holds data"
    )
    copy.set_defaults(handler=cmd_db_copy)
    roles = sub.add_parser(
        "roles",
        help="print the SQL that creates an editor and a read-only PostgreSQL role",
    )
    roles.add_argument(
        "--database-name",
        metavar="NAME",
        help="the PostgreSQL database (default: the one in --database, else "
        f"{DEFAULT_DATABASE_NAME})",
    )
    roles.add_argument(
        "--owner",
        metavar="ROLE",
        help="the role that owns the tables (runs `db upgrade`), for future tables' grants "
        "(default: whoever runs the SQL)",
    )
    roles.set_defaults(handler=cmd_db_roles)


def cmd_db_copy(args: argparse.Namespace, out: TextIO) -> int:
    from app.db_copy import CopyError, copy_database

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    try:
        result = copy_database(args.source, args.target, merge=args.merge, progress=say)
    except CopyError as exc:
        raise CliError(str(exc)) from None
    out.write(f"\ncopied {result.source} -> {result.target}\n")
    headers = ["TABLE", "SOURCE", "TARGET", "COPIED"]
    if result.merge:
        headers += ["ALREADY THERE", "SKIPPED"]
    rows = []
    for table in result.tables:
        row: list[Any] = [table.name, table.source_rows, table.target_rows, table.copied]
        if result.merge:
            row += [table.already_there, table.skipped]
        rows.append(row)
    _print_table(out, headers, rows)
    summary = f"{result.copied:,} rows copied; row counts checked"
    if result.merge and result.skipped:
        summary += f"; {result.skipped:,} rows skipped (their ids hold other rows)"
    out.write(summary + "\n")
    return 0


def cmd_db_roles(args: argparse.Namespace, out: TextIO) -> int:
    from app.roles import roles_sql

    name = args.database_name or _database_name(args.database)
    if not name.strip():
        raise CliError("--database-name is empty")
    out.write(roles_sql(name, owner=args.owner))
    return 0


def _database_name(database: str | None) -> str:
    """The database named by --database or the environment, when it is PostgreSQL."""
    try:
        url = normalise_url(settings.database_url(database))
    except DatabaseUrlError:
        return DEFAULT_DATABASE_NAME
    if url.get_backend_name() == "postgresql" and url.database:
        return url.database
    return DEFAULT_DATABASE_NAME
