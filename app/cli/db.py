"""`supplier-desk db ...`: bringing the schema up to date, what the database is, backup and
restore of a SQLite file, moving a database to a team server and back (`db copy`), and
the SQL an administrator runs to give people editor or read-only access (`db roles`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.cli.common import CliError, json_flag, open_db, print_json, print_table
from app.store.database import database_url

DEFAULT_DATABASE_NAME = "supplier_desk"


def add_db_commands(commands: Any) -> None:
    """Register the `db` command and its actions on the command sub-parsers (argparse's
    _SubParsersAction)."""
    db = commands.add_parser("db", help="database upgrade, information, backup and restore")
    sub = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("upgrade", help="bring the schema to this program's version").set_defaults(
        handler=cmd_db_upgrade
    )
    info = sub.add_parser("info", help="where the database is, its schema and its size")
    json_flag(info)
    info.set_defaults(handler=cmd_db_info)
    backup = sub.add_parser(
        "backup", help="copy the SQLite database (to FILE, or the backups folder)"
    )
    backup.add_argument("file", nargs="?", type=Path)
    backup.set_defaults(handler=cmd_db_backup)
    restore = sub.add_parser("restore", help="replace the database with a backup FILE")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=cmd_db_restore)
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


def cmd_db_upgrade(args: argparse.Namespace, out: TextIO) -> int:

    db = open_db(args, daily_backup=False)
    db.dispose()
    out.write(f"{db.display_name}: schema {db.revision} (up to date)\n")
    return 0


def cmd_db_info(args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy import func, select

    from app.store import backup
    from models import Contact, Negotiation, Offer, Shipment, Supplier, schema

    db = open_db(args, upgrade=False, daily_backup=False)  # never made here: it exists
    try:
        counted = {
            "suppliers": Supplier,
            "contacts": Contact,
            "negotiations": Negotiation,
            "offers": Offer,
            "shipments": Shipment,
        }
        counts = select(
            *(
                select(func.count()).select_from(model).scalar_subquery().label(name)
                for name, model in counted.items()
            )
        )
        # One statement, and on a server the opening's statement with it: one round trip.
        with db.read() as session:
            numbers = session.execute(counts).one()._asdict()
        revision = db.revision  # read when it was opened (on a server: with the counts)
        info: dict[str, Any] = {
            "database": db.display_name,
            "backend": db.url.get_backend_name(),
            "schema": revision,
            "program_schema": schema.head_revision(),
            "upgrade_needed": revision != schema.head_revision(),
        }
        if db.path is not None:
            info["size_bytes"] = db.path.stat().st_size
            info["backups"] = len(backup.list_backups(db.path))
            info["backups_folder"] = str(backup.backups_dir(db.path))
        info.update(numbers)
    finally:
        db.dispose()
    if args.json:
        print_json(out, info)
    else:
        for key, value in info.items():
            out.write(f"{key.replace('_', ' ')}: {value}\n")
    return 0


def cmd_db_backup(args: argparse.Namespace, out: TextIO) -> int:
    from app.store import backup

    db = open_db(args, daily_backup=False)
    try:
        if db.path is None:
            raise CliError(
                "only a SQLite database can be backed up here; use pg_dump for PostgreSQL"
            )
        target = (
            backup.backup_to(db.engine, args.file.expanduser().resolve())
            if args.file
            else backup.backup_database(db.engine, db.path, reason="manual")
        )
    finally:
        db.dispose()
    out.write(f"backed up {db.path} to {target}\n")
    return 0


def cmd_db_restore(args: argparse.Namespace, out: TextIO) -> int:
    from app.store import backup
    from models.engine import sqlite_path

    path = sqlite_path(database_url(args.database))
    if path is None:
        raise CliError("restore works on a SQLite database file")
    source = args.file.expanduser().resolve()
    backup.check_is_supplier_desk_file(source)
    # Opened without an upgrade first: another program's file there is refused untouched.
    db = open_db(args, upgrade=False, daily_backup=False)
    try:
        safety = backup.restore(db.engine, path, source)
    finally:
        db.dispose()
    open_db(args, daily_backup=False).dispose()  # brings an older backup up to this schema
    out.write(f"restored {path} from {source}\nthe previous content was saved to {safety}\n")
    return 0


def cmd_db_copy(args: argparse.Namespace, out: TextIO) -> int:
    from app.store.db_copy import CopyError, copy_database

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
    print_table(out, headers, rows)
    summary = f"{result.copied:,} rows copied; row counts checked"
    if result.merge and result.skipped:
        summary += f"; {result.skipped:,} rows skipped (their ids hold other rows)"
    out.write(summary + "\n")
    return 0


def cmd_db_roles(args: argparse.Namespace, out: TextIO) -> int:
    from app.store.roles import roles_sql

    name = args.database_name or _database_name(args.database)
    if not name.strip():
        raise CliError("--database-name is empty")
    out.write(roles_sql(name, owner=args.owner))
    return 0


def _database_name(database: str | None) -> str:
    """The database named by --database or the environment, when it is PostgreSQL."""
    url = database_url(database)
    if url.get_backend_name() == "postgresql" and url.database:
        return url.database
    return DEFAULT_DATABASE_NAME
