"""`supplier-desk tariffs ...`: China duty and VAT rows by HS code and origin, added,
listed, and found for a product's code (the longest prefix valid on a date)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from app.cli.arguments import limit
from app.cli.common import (
    country_code,
    day_or_today,
    given,
    json_flag,
    open_db,
    print_json,
    print_table,
)

CHECK_WARNING = "check every rate against the current Chinese tariff: the app does not know it"


def add_tariff_commands(commands: Any) -> None:
    """Register `tariffs add|list|find` on the command sub-parsers."""
    tariffs = commands.add_parser(
        "tariffs", help="China duty and VAT by HS code and origin: add, list, find"
    )
    sub = tariffs.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add a tariff row (rates in percent)")
    add.add_argument("--hs", required=True, metavar="CODE", help="6 to 10 digits, e.g. 080440")
    add.add_argument("--origin", required=True, metavar="COUNTRY", help="ISO code, e.g. MX")
    add.add_argument("--duty", required=True, metavar="PERCENT", help="duty rate, e.g. 7")
    add.add_argument("--vat", required=True, metavar="PERCENT", help="VAT rate, e.g. 9")
    add.add_argument("--scheme", metavar="SCHEME", help="mfn (default), fta or provisional")
    add.add_argument("--from", dest="valid_from", metavar="DATE", help="default: today")
    add.add_argument("--until", dest="valid_until", metavar="DATE", help="default: open")
    add.add_argument("--source", metavar="TEXT", help="where the rate was read")
    add.add_argument("--notes", metavar="TEXT")
    json_flag(add)
    add.set_defaults(handler=cmd_tariffs_add)

    lst = sub.add_parser("list", help="the stored rows, by HS code and origin")
    lst.add_argument("--origin", metavar="COUNTRY")
    lst.add_argument("--limit", type=limit, default=500)
    json_flag(lst)
    lst.set_defaults(handler=cmd_tariffs_list)

    find = sub.add_parser("find", help="the row a product's HS code takes from an origin")
    find.add_argument("--hs", required=True, metavar="CODE")
    find.add_argument("--origin", required=True, metavar="COUNTRY")
    find.add_argument("--date", metavar="DATE", help="yyyy-mm-dd (default: today)")
    json_flag(find)
    find.set_defaults(handler=cmd_tariffs_find)


def _line(row: dict[str, Any]) -> str:
    until = row["valid_until"] or "open"
    return (
        f"HS {row['hs_code']} from {row['origin']}: duty {row['duty_rate']}% "
        f"({row['scheme']}), VAT {row['vat_rate']}%, valid {row['valid_from']} to {until}"
    )


def cmd_tariffs_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.tariffs import tariff_dict
    from app.services.tariffs import add_tariff

    data = {
        "hs_code": args.hs,
        "origin": args.origin,
        "duty_rate": args.duty,
        "vat_rate": args.vat,
        "valid_from": args.valid_from or date.today().isoformat(),
    }
    optional = {
        "scheme": args.scheme,
        "valid_until": args.valid_until,
        "source": args.source,
        "notes": args.notes,
    }
    data.update(given(optional))
    db = open_db(args)
    with db.transaction() as session:
        shown = tariff_dict(add_tariff(session, data, decimal_sep="."))
    if args.json:
        print_json(out, shown)
    else:
        out.write(f"{_line(shown)} ({CHECK_WARNING})\n")
    return 0


def cmd_tariffs_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.tariffs import list_tariffs, tariff_dict

    origin = args.origin and country_code(args.origin, "--origin")
    db = open_db(args)
    with db.transaction() as session:
        rows = [tariff_dict(t) for t in list_tariffs(session, origin=origin, limit=args.limit)]
    if args.json:
        print_json(out, rows)
        return 0
    print_table(
        out,
        ["HS CODE", "ORIGIN", "DUTY %", "SCHEME", "VAT %", "FROM", "UNTIL"],
        [
            (
                r["hs_code"],
                r["origin"],
                r["duty_rate"],
                r["scheme"],
                r["vat_rate"],
                r["valid_from"],
                r["valid_until"] or "",
            )
            for r in rows
        ],
    )
    out.write(f"{len(rows)} row{'s' if len(rows) != 1 else ''}; {CHECK_WARNING}\n")
    return 0


def cmd_tariffs_find(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.tariffs import tariff_dict
    from app.services.tariffs import tariff_for

    on = day_or_today(args.date)
    db = open_db(args)
    with db.transaction() as session:
        shown = tariff_dict(tariff_for(session, args.hs, args.origin, on=on))
    if args.json:
        print_json(out, {**shown, "date": on.isoformat()})
    else:
        out.write(f"{_line(shown)} (on {on.isoformat()})\n")
    return 0
