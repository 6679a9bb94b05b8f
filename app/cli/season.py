"""`supplier-desk season show`: the season calendar of a year (app.queries.seasons): each
product and origin's months (peak, shipping, out of season), Chinese New Year's month
marked, and the open negotiations and coming shipments placed on it, flagged shipments
with their reasons; as a table or as JSON."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from app.cli.arguments import whole_number
from app.cli.common import json_flag, open_db, print_json, print_table

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FIRST_YEAR, LAST_YEAR = 1900, 2200


def year(text: str) -> int:
    value = whole_number(text)
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"must be a year from {FIRST_YEAR} to {LAST_YEAR}, not {text.strip()!r}"
        )
    return value


def add_season_commands(commands: Any) -> None:
    """Register `season show` on the command sub-parsers."""
    season = commands.add_parser("season", help="the season calendar: months, deals, shipments")
    sub = season.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = sub.add_parser(
        "show",
        help="each product and origin's months of a year, with the open deals and coming "
        "shipments on them (flagged ones with their reason)",
    )
    show.add_argument("--product", metavar="NAME_OR_ID", help="one product (default: all)")
    show.add_argument("--year", type=year, metavar="YEAR", help="default: this year")
    json_flag(show)
    show.set_defaults(handler=cmd_season_show)


def cmd_season_show(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.export_settings import load_export_settings
    from app.queries.offer_compare import product_by_name_or_id
    from app.queries.seasons import season_grid

    margin = load_export_settings().shelf_life_margin_days
    chosen_year = args.year if args.year is not None else date.today().year
    db = open_db(args)
    with db.transaction() as session:
        product_id = None
        if args.product is not None:
            product_id, _name = product_by_name_or_id(session, args.product)
        grid = season_grid(session, year=chosen_year, product_id=product_id, margin_days=margin)
    if args.json:
        print_json(out, grid.as_dict())
        return 0
    _print_plain(out, grid)
    return 0


def _print_plain(out: TextIO, grid: Any) -> None:
    from app.rules import countries

    festival = grid.chinese_new_year
    head = f"Season {grid.year}"
    if festival is not None:
        head += f" · Chinese New Year {festival.isoformat()} ({MONTH_NAMES[festival.month - 1]}, *)"
    out.write(head + f" · shelf-life margin {grid.margin_days} days\n\n")
    if not grid.rows:
        out.write("No season recorded, and no open negotiation or coming shipment that year.\n")
        return
    headers = ["Product", "Origin"] + [
        name + ("*" if festival is not None and festival.month == n else "")
        for n, name in enumerate(MONTH_NAMES, start=1)
    ]
    print_table(
        out,
        headers,
        [
            [row.product, countries.name(row.origin)] + [_cell(row, m) for m in range(1, 13)]
            for row in grid.rows
        ],
    )
    out.write(
        "P peak · s shipping · . out of season; "
        "+N open negotiations, >N coming shipments, ! a flagged shipment\n"
    )
    deals = [(row, n) for row in grid.rows for n in row.negotiations]
    if deals:
        out.write("\nOpen negotiations:\n")
        for row, deal in deals:
            when = (
                f"expected close {deal.start.isoformat()}"
                if deal.by_expected_close
                else f"delivery {deal.start.isoformat()} to {deal.end.isoformat()}"
            )
            out.write(
                f"  #{deal.id} {deal.title} ({deal.supplier}, {deal.stage.value}): "
                f"{row.product} from {countries.name(row.origin)}, {when}\n"
            )
    shipments = [(row, s) for row in grid.rows for s in row.shipments]
    if shipments:
        out.write("\nComing shipments:\n")
        for row, shipment in shipments:
            etd = shipment.etd.isoformat() if shipment.etd else "?"
            eta = shipment.eta.isoformat() if shipment.eta else "?"
            out.write(
                f"  {shipment.reference} ({shipment.supplier}, {shipment.status.value}): "
                f"{row.product} from {countries.name(row.origin)}, ETD {etd}, ETA {eta}\n"
            )
            for flag in shipment.flags:
                out.write(f"    ! {flag.reason}\n")


def _cell(row: Any, month: int) -> str:
    level = row.level(month)
    text = "." if level is None else ("P" if level.value == "peak" else "s")
    deals = len(row.negotiations_in(month))
    shipments = row.shipments_in(month)
    if deals:
        text += f" +{deals}"
    if shipments:
        text += f" >{len(shipments)}"
        if any(s.flags for s in shipments):
            text += "!"
    return text
