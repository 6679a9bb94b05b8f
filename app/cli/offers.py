"""`supplier-desk offers compare`: for one product, every supplier's latest offer landed
per kg in the reporting currency, cheapest first (app.queries.offer_compare); as a
table, as JSON, or written to an .xlsx file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app.cli.common import json_flag, open_db, option_value, print_json, print_table
from app.rules import parsing


def add_offer_commands(commands: Any) -> None:
    """Register `offers compare` on the command sub-parsers."""
    offers = commands.add_parser("offers", help="compare suppliers' offers landed in China")
    sub = offers.add_subparsers(dest="action", metavar="ACTION", required=True)

    compare = sub.add_parser(
        "compare",
        help="every supplier's latest offer of a product, cheapest landed per kg first",
    )
    compare.add_argument(
        "--product", required=True, metavar="NAME_OR_ID", help="the product's name or id"
    )
    compare.add_argument(
        "--currency",
        metavar="CODE",
        help="reporting currency for this run (default: the setting, CNY unless changed)",
    )
    compare.add_argument(
        "--xlsx", "--output", dest="xlsx", metavar="FILE", help="also write the table to FILE"
    )
    json_flag(compare)
    compare.set_defaults(handler=cmd_offers_compare)


def cmd_offers_compare(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.export_settings import load_export_settings
    from app.queries.landed_costs import with_currency
    from app.queries.offer_compare import compare_offers, product_by_name_or_id

    currency = None
    if args.currency is not None:
        currency = option_value("--currency", parsing.parse_currency, args.currency)
    settings = with_currency(load_export_settings().landed, currency)
    db = open_db(args)
    with db.transaction() as session:
        product_id, _name = product_by_name_or_id(session, args.product)
        result = compare_offers(session, product_id, settings, today=date.today())
    if args.xlsx:
        from app.exporting.compare_xlsx import export_compare

        export_compare(result, Path(args.xlsx))
    if args.json:
        print_json(out, [row.as_dict() for row in result.rows])
        return 0
    _print_plain(out, result)
    if args.xlsx:
        out.write(f"Written to {args.xlsx}\n")
    return 0


def _print_plain(out: TextIO, result: Any) -> None:
    vat = "" if result.settings.include_vat else ", VAT left out"
    out.write(
        f"{result.product_name}: latest offer of each supplier, landed per kg in "
        f"{result.currency}{vat}\n"
    )
    if not result.rows:
        out.write("No supplier has offered this product yet.\n")
        return
    print_table(
        out,
        ["#", "Supplier", "Origin", "Incoterm", "Date", "Price", f"Landed/kg {result.currency}"],
        [
            [
                str(number) if row.landed_shown is not None else "-",
                row.supplier_name,
                row.origin or "",
                row.incoterm_text,
                row.offered_on.isoformat(),
                row.price_text,
                row.landed_shown or "missing: " + "; ".join(row.missing),
            ]
            for number, row in enumerate(result.rows, start=1)
        ],
    )
    priced = result.priced
    lacking = len(result.rows) - priced
    summary = f"{len(result.rows)} supplier{'' if len(result.rows) == 1 else 's'}"
    if lacking:
        summary += f", {lacking} without a landed figure (their missing inputs shown)"
    out.write(summary + "\n")
