"""`supplier-desk history KIND ID`: who changed what, and when, on one record."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.cli.arguments import existing_id, limit, whole_number_text
from app.cli.common import open_db, print_json, print_table

KINDS = ("supplier", "negotiation", "shipment", "contact", "offer", "product")


def add_history_commands(commands: Any) -> None:
    history = commands.add_parser(
        "history", help="who changed what on a supplier, negotiation or shipment"
    )
    history.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    history.add_argument("id", type=whole_number_text, metavar="ID")
    history.add_argument("--limit", type=limit, default=500, help="newest entries shown (500)")
    history.add_argument("--json", action="store_true", help="print JSON instead of a table")
    history.set_defaults(handler=cmd_history)


def when_text(entry: Any) -> str:
    """The entry's time in the computer's own time zone (stored in UTC)."""
    return str(entry.at.astimezone().strftime("%Y-%m-%d %H:%M"))


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.record_history import record_history, subject_of

    # The ID is read once KIND is known: an id no record can have is "Supplier ... does
    # not exist" without asking the database (app.cli.arguments).
    record = existing_id(subject_of(args.kind), args.id)
    db = open_db(args)
    with db.transaction() as session:
        entries = record_history(session, args.kind, record, limit=args.limit)
    if args.json:
        print_json(out, [e.as_dict() for e in entries])
        return 0
    if not entries:
        out.write(f"No history for {args.kind} {record}.\n")
        return 0
    print_table(
        out, ["When", "Who", "What"], [(when_text(e), e.actor or "", e.what) for e in entries]
    )
    return 0
