"""The command line: `supplier-desk COMMAND`, headless, through the same services as the UI.

build_parser gathers every command group's sub-commands; main runs the one asked for.
Errors end the program with status 1 and one readable line on stderr; usage
mistakes with status 2 (argparse's own convention).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from app.cli.common import PROG, CliError
from app.cli.db import add_db_commands
from app.cli.export import add_export_commands
from app.cli.history import add_history_commands
from app.cli.imports import add_import_commands
from app.cli.records import add_record_commands
from app.errors import ServiceError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_record_commands(commands)
    add_export_commands(commands)
    add_import_commands(commands)
    add_history_commands(commands)
    add_db_commands(commands)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(out)
        return 0
    try:
        return handler(args, out)
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
        from app.crashlog import describe

        print(f"{PROG}: {describe(exc)}", file=err)
        return 1
