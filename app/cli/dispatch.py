"""The command line: `supplier-desk COMMAND`, headless, through the same services as the UI.

build_parser gathers every command group's sub-commands; main runs the one asked for.
Errors end the program with status 1 and one readable line on stderr (a database's
refusal too: app.store.refusals; a lost connection: app.cli.reading, which also runs a
command that only reads again on a fresh connection); only a real bug is written to the
crash log. Usage
mistakes end it with status 2, argparse's usage and one readable line (app.cli.arguments).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from app import identity
from app.cli.about import add_about_commands
from app.cli.arguments import Parser, refuse_missing
from app.cli.common import PROG, CliError, close_databases
from app.cli.compliance import add_compliance_commands
from app.cli.db import add_db_commands
from app.cli.export import add_export_commands
from app.cli.files import add_file_commands
from app.cli.freight import add_freight_commands
from app.cli.fx import add_fx_commands
from app.cli.history import add_history_commands
from app.cli.imports import add_import_commands
from app.cli.offers import add_offer_commands
from app.cli.products import add_product_commands
from app.cli.reading import lost_connection_line, run_command
from app.cli.records import add_record_commands
from app.cli.season import add_season_commands
from app.cli.tariffs import add_tariff_commands
from app.errors import ServiceError
from app.store.reconnect import ConnectionLostError
from app.store.refusals import as_refusal


class VersionAction(argparse.Action):
    """--version: the package's version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        parser.exit(message=f"{PROG} {identity.version()}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Supplier Desk: suppliers, contacts, negotiations and shipments. "
        "With no command, the desktop window opens.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file path or postgresql+psycopg:// URL "
        "(default: $SUPPLIER_DESK_DATABASE_URL, else the file in your user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {identity.version()}")
    parser.add_argument(
        "--lang",
        dest="window_language",
        metavar="LANG",
        help="the window's language for this run: en, zh or es (default: Preferences, "
        "else the system's); commands always answer in English",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_record_commands(commands)
    add_product_commands(commands)
    add_export_commands(commands)
    add_import_commands(commands)
    add_history_commands(commands)
    add_fx_commands(commands)
    add_tariff_commands(commands)
    add_freight_commands(commands)
    add_offer_commands(commands)
    add_season_commands(commands)
    add_compliance_commands(commands)
    add_about_commands(commands)
    add_file_commands(commands)
    add_db_commands(commands)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(argv)
        refuse_missing(args)
        handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(out)
            return 0
        return run_command(handler, args, out, err)
    except ConnectionLostError as exc:
        print(f"{PROG}: error: {lost_connection_line(args, exc)}", file=err)
        return 1
    except (ServiceError, CliError) as exc:
        print(f"{PROG}: error: {exc}", file=err)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except BrokenPipeError:
        # The reader went away (`supplier-desk ... | head`): nothing to say to anyone.
        # Python would report the failed flush of stdout at exit: point it at nothing.
        if out is sys.stdout:
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: never a traceback on screen
        refused = as_refusal(exc, _database_file(args))
        if refused is not None:
            print(f"{PROG}: error: {refused}", file=err)
            return 1
        from app.crashlog import describe

        print(f"{PROG}: {describe(exc)}", file=err)
        return 1
    finally:
        close_databases()


def _database_file(args: argparse.Namespace | None) -> str | None:
    """The SQLite file --database (or the default) names, as a refusal names it."""
    from app.settings import database_url
    from models.engine import DatabaseUrlError, normalise_url, sqlite_path

    try:
        path = sqlite_path(normalise_url(database_url(getattr(args, "database", None))))
    except DatabaseUrlError:
        return None
    return None if path is None else str(path).removeprefix("file:")
