"""`supplier-desk fx ...`: exchange rates by date, added, imported (a CSV or the ECB's
files), updated from the ECB, listed, and used to convert an amount."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from app.cli.arguments import limit
from app.cli.common import (
    CliError,
    day_or_today,
    json_flag,
    open_db,
    option_value,
    print_json,
    print_table,
)
from app.rules import parsing

SHOWN_PLACES = Decimal("0.01")
"""An amount converted is shown to the cent in the table; --json gives MONEY_PLACES."""
MONEY_PLACES = Decimal("0.0001")
"""The four decimals a stored price carries (models.types.MONEY_SCALE)."""


def add_fx_commands(commands: Any) -> None:
    """Register `fx add|import|update|list|convert` on the command sub-parsers."""
    fx = commands.add_parser("fx", help="exchange rates by date: add, import, list, convert")
    sub = fx.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add (or replace) the rate of one day and pair")
    add.add_argument("--date", required=True, metavar="DATE", help="yyyy-mm-dd")
    add.add_argument("--from", dest="from_currency", required=True, metavar="CUR")
    add.add_argument("--to", dest="to_currency", required=True, metavar="CUR")
    add.add_argument("--rate", required=True, help="units of --to for one of --from")
    json_flag(add)
    add.set_defaults(handler=cmd_fx_add)

    imp = sub.add_parser(
        "import", help="import a CSV 'date,from,to,rate' or an ECB file (daily XML, history CSV)"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    json_flag(imp)
    imp.set_defaults(handler=cmd_fx_import)

    upd = sub.add_parser("update", help="download the ECB's daily reference rates (online)")
    json_flag(upd)
    upd.set_defaults(handler=cmd_fx_update)

    lst = sub.add_parser("list", help="the stored rates, newest first")
    lst.add_argument("--from", dest="from_currency", metavar="CUR")
    lst.add_argument("--to", dest="to_currency", metavar="CUR")
    lst.add_argument("--limit", type=limit, default=200)
    json_flag(lst)
    lst.set_defaults(handler=cmd_fx_list)

    conv = sub.add_parser("convert", help="convert an amount at the rate of a date")
    conv.add_argument("amount", metavar="AMOUNT")
    conv.add_argument("from_currency", metavar="FROM")
    conv.add_argument("to_currency", metavar="TO")
    conv.add_argument("--date", metavar="DATE", help="yyyy-mm-dd (default: today)")
    json_flag(conv)
    conv.set_defaults(handler=cmd_fx_convert)


def cmd_fx_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.fx_rates import exact_text, rate_dict
    from app.services.fx_rates import add_rate

    data = {
        "day": args.date,
        "from_currency": args.from_currency,
        "to_currency": args.to_currency,
        "rate": args.rate,
    }
    db = open_db(args)
    with db.transaction() as session:
        added = add_rate(session, data, decimal_sep=".")
        shown = rate_dict(added.rate)
    if args.json:
        print_json(
            out,
            {**shown, "replaced": None if added.replaced is None else exact_text(added.replaced)},
        )
        return 0
    line = f"{shown['date']} 1 {shown['from']} = {shown['rate']} {shown['to']}"
    if added.replaced is not None:
        line += f" (replaces {exact_text(added.replaced)})"
    out.write(line + "\n")
    return 0


def _imported(args: argparse.Namespace, out: TextIO, result: Any, name: str) -> int:
    if args.json:
        print_json(
            out,
            {
                "kind": result.kind,
                "read": result.read,
                "added": result.added,
                "changed": result.changed,
                "unchanged": result.unchanged,
                "first_date": result.first_day.isoformat(),
                "last_date": result.last_day.isoformat(),
                "skipped_currencies": result.skipped_currencies,
            },
        )
    else:
        out.write(result.summary(name) + "\n")
    return 0


def cmd_fx_import(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.fx_rates import import_rates

    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    db = open_db(args)
    with db.transaction() as session:
        result = import_rates(session, args.file)
    return _imported(args, out, result, args.file.name)


def cmd_fx_update(args: argparse.Namespace, out: TextIO) -> int:
    from app.services import fx_ecb

    db = open_db(args)  # a missing database is said before the download
    text = fx_ecb.download_daily()
    with db.transaction() as session:
        result = fx_ecb.store_daily(session, text)
    return _imported(args, out, result, "ECB")


def cmd_fx_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.fx_rates import list_rates, rate_dict

    from_currency = args.from_currency and option_value(
        "--from", parsing.parse_currency, args.from_currency
    )
    to_currency = args.to_currency and option_value(
        "--to", parsing.parse_currency, args.to_currency
    )
    db = open_db(args)
    with db.transaction() as session:
        rows = [
            rate_dict(r)
            for r in list_rates(
                session, from_currency=from_currency, to_currency=to_currency, limit=args.limit
            )
        ]
    if args.json:
        print_json(out, rows)
        return 0
    print_table(
        out,
        ["DATE", "FROM", "TO", "RATE", "SOURCE"],
        [(r["date"], r["from"], r["to"], r["rate"], r["source"]) for r in rows],
    )
    out.write(f"{len(rows)} rate{'s' if len(rows) != 1 else ''}\n")
    return 0


def cmd_fx_convert(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.fx_rates import exact_text
    from app.services.fx_convert import convert

    try:
        amount = parsing.parse_decimal(args.amount, decimal_sep=".")
    except ValueError as exc:
        raise CliError(f"AMOUNT: {exc}") from None
    from_currency = option_value("FROM", parsing.parse_currency, args.from_currency)
    to_currency = option_value("TO", parsing.parse_currency, args.to_currency)
    on = day_or_today(args.date)
    db = open_db(args)
    with db.transaction() as session:
        result = convert(session, amount, from_currency, to_currency, on=on)
    quote = result.quote
    rate_date = None if quote.rate_date is None else quote.rate_date.isoformat()
    if args.json:
        print_json(
            out,
            {
                "amount": str(parsing.rounded(result.amount, MONEY_PLACES)),
                "currency": result.currency,
                "rate": exact_text(quote.rate),
                "rate_date": rate_date,
                "path": list(quote.path),
                "how": quote.how,
                "date": on.isoformat(),
            },
        )
        return 0
    out.write(
        f"{exact_text(amount)} {from_currency} = "
        f"{parsing.rounded(result.amount, SHOWN_PLACES)} {to_currency} "
        f"(rate {exact_text(quote.rate)} of {rate_date or on.isoformat()}, {quote.how})\n"
    )
    return 0
