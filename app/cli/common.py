"""What every command of the command line uses: its name in messages, the error a command
raises for a bad option, opening the database, printing JSON and tables, and reading the
options that name an enum value or a country in any language."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from shlex import quote
from typing import Any, TextIO, TypeVar

from app.rules import parsing
from app.settings import DATABASE_ENV
from app.store.database import Database, DatabaseMissingError, open_database

PROG = "supplier-desk"

T = TypeVar("T")


class CliError(Exception):
    """A command's own refusal (a bad option, a missing file): one line on stderr."""


CREATING = frozenset({"demo", "import", "db upgrade", "db restore"})
"""The commands that may make a new database where --database points (or the default
file in the user data folder): every other command refuses a path where there is none, so
that a typo never becomes a new, empty database. `db copy --to` makes its target itself
(app.store.db_copy); `import undo` and `import --dry-run` only read, so they do not."""


READING = frozenset(
    {
        "db info",
        "suppliers list",
        "suppliers show",
        "negotiations list",
        "negotiations show",
        "shipments list",
        "products list",
        "products show",
        "offers compare",
        "season show",
        "tariffs list",
        "tariffs find",
        "fx list",
        "fx convert",
        "freight list",
        "compliance list",
        "files list",
        "files get",
        "history",
        "export deal-sheet",
        "export pipeline",
        "export list",
    }
)
"""The commands that only read the database: opened for reading (Database.only_reads),
so that on PostgreSQL their reads run without BEGIN and ROLLBACK (a round trip each to a
server across an ocean), and a write by mistake fails instead of being committed."""


def command_name(args: argparse.Namespace) -> str:
    """'suppliers list', 'db upgrade', 'demo': the command and its action, as typed."""
    return " ".join(p for p in (args.command, getattr(args, "action", None)) if p)


def creates_database(args: argparse.Namespace) -> bool:
    name = command_name(args)
    if name == "import":
        return not args.dry_run and args.path[:1] != ["undo"]
    return name in CREATING


_OPENED: list[Database] = []
"""The databases this command opened: closed when it ends (close_databases)."""


def open_db(args: argparse.Namespace, **kwargs: Any) -> Database:
    """The database `--database` names (or the default), its warnings on stderr; a new
    one only for the commands in CREATING. Closed when the command ends.

    A command in READING opens a server database with `defer`: the opening's statement
    goes out with the command's first reads (one round trip less), and what it finds
    wrong is raised from there (missing_database turns it into the same line)."""
    reading = command_name(args) in READING
    try:
        database = open_database(
            args.database, create=creates_database(args), defer=reading, **kwargs
        )
    except DatabaseMissingError as exc:
        raise missing_database(args, exc) from None
    database.only_reads = reading
    _OPENED.append(database)
    for warning in database.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return database


def check_openings() -> None:
    """Make the checks of opening of every database this command opened with `defer`
    whose opening has not been answered yet (a command that failed before its first
    read came back): a database that is not ours says so rather than the failure it
    caused (Database.check_opening)."""
    for database in _OPENED:
        database.check_opening()


def close_databases() -> None:
    """Close what the command opened, its background checkpoints finished: nothing of it
    is left to write a file after the command (a caller that runs several commands in one
    process, or marks the file read-only next, sees it as the command left it)."""
    while _OPENED:
        database = _OPENED.pop()
        try:
            database.dispose()
        except Exception:  # the command's answer stands; the log says what failed after
            logging.getLogger(__name__).exception("closing %s", database.display_name)


def missing_database(args: argparse.Namespace, exc: DatabaseMissingError) -> CliError:
    """The line for a database that is not there, with how to create one."""
    return CliError(f"{exc}: {_how_to_create(args, exc.where)}")


def _how_to_create(args: argparse.Namespace, where: str) -> str:
    if args.database is not None:
        what = "the URL" if "://" in where else "the path"
        return f"check {what}, or create one with `{PROG} --database {quote(where)} db upgrade`"
    if os.environ.get(DATABASE_ENV, "").strip():
        return f"check {DATABASE_ENV}, or create one there with `{PROG} db upgrade`"
    return f"create it with `{PROG} db upgrade` (or `{PROG} demo` for the demo data)"


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def print_json(out: TextIO, data: Any) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Columns padded to their widest cell; Chinese characters count two columns."""
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    out.write(line(headers).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(line(row).rstrip() + "\n")


def enum_values(words: Sequence[str], enum: Any, synonyms: dict[str, Any]) -> list[Any]:
    """`--stage negociando --stage agreed`: each word read as the enum's value."""
    try:
        return [parsing.parse_enum(w, enum, synonyms) for w in words]
    except ValueError as exc:
        raise CliError(str(exc)) from None


def country_codes(names: Sequence[str]) -> list[str]:
    """`--country México --country CL`: each name, code or demonym as its ISO code, read
    as the supplier form reads a country."""
    return [country_code(name) for name in names]


def country_code(name: str, option: str = "--country") -> str:
    return option_value(option, parsing.parse_country, name)


def option_value(option: str, parse: Callable[[str], T], text: str) -> T:
    """`parse(text)`, its refusal as one line naming the option ('--from: 'XYZ' is not a
    currency...')."""
    try:
        return parse(text)
    except ValueError as exc:
        raise CliError(f"{option}: {exc}") from None


def day_or_today(text: str | None, option: str = "--date") -> date:
    """An option's date (yyyy-mm-dd and the other forms parse_date reads), today if not given."""
    return date.today() if text is None else option_value(option, parsing.parse_date, text)


def given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The options the user gave: those left out (None) say nothing."""
    return {key: value for key, value in values.items() if value is not None}
