"""What every command of the command line uses: its name in messages, the error a command
raises for a bad option, opening the database, printing JSON and tables, and reading the
options that name an enum value or a country in any language."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from app.rules import countries
from app.rules.parsing import parse_enum
from app.store.database import Database, open_database

PROG = "supplier-desk"


class CliError(Exception):
    """A command's own refusal (a bad option, a missing file): one line on stderr."""


def open_db(args: argparse.Namespace, **kwargs: Any) -> Database:
    """The database `--database` names (or the default), its warnings on stderr."""
    database = open_database(args.database, **kwargs)
    for warning in database.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return database


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
        return [parse_enum(w, enum, synonyms) for w in words]
    except ValueError as exc:
        raise CliError(str(exc)) from None


def country_codes(names: Sequence[str]) -> list[str]:
    """`--country México --country CL`: each name, code or demonym as its ISO code."""
    codes = []
    for name in names:
        code = countries.lookup(name)
        if code is None:
            raise CliError(f"--country: {name!r} is not a country we know")
        codes.append(code)
    return codes
