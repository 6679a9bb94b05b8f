"""`supplier-desk licences`: the libraries the program is built from, each with its version
and licence (what Help > About lists; an installed copy lists what it carries)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any, TextIO

from app import identity
from app.cli.common import json_flag, print_json, print_table


def add_about_commands(commands: Any) -> None:
    licences = commands.add_parser(
        "licences", help="the libraries this program is built from, with their licences"
    )
    json_flag(licences)
    licences.set_defaults(handler=cmd_licences)


def cmd_licences(args: argparse.Namespace, out: TextIO) -> int:
    found = identity.components()
    if args.json:
        print_json(out, {"version": identity.version(), "components": [asdict(c) for c in found]})
        return 0
    out.write(f"{identity.NAME} {identity.version()} (MIT licence); Qt under the LGPL v3\n\n")
    print_table(
        out, ["LIBRARY", "VERSION", "LICENCE"], [(c.name, c.version, c.licence) for c in found]
    )
    return 0
