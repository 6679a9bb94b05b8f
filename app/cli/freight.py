"""`supplier-desk freight ...`: freight routes (ports, mode, cost, insurance) added and
listed, and the charges at either end of a route or at a port."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from app.cli.arguments import limit
from app.cli.common import given, json_flag, open_db, print_json, print_table


def add_freight_commands(commands: Any) -> None:
    """Register `freight add|list|charge add` on the command sub-parsers."""
    freight = commands.add_parser(
        "freight", help="freight routes and their origin and destination charges"
    )
    sub = freight.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add a route's freight (and insurance) quote")
    add.add_argument("--from", dest="origin", required=True, metavar="PORT")
    add.add_argument("--to", dest="destination", required=True, metavar="PORT")
    add.add_argument("--mode", required=True, metavar="MODE", help="sea or air")
    add.add_argument("--cost", required=True, metavar="AMOUNT", help="freight cost, e.g. 8000")
    add.add_argument("--currency", required=True, metavar="CUR", help="e.g. USD")
    add.add_argument("--per", required=True, metavar="BASIS", help="container or kg")
    add.add_argument("--payload-kg", metavar="KG", help="kg a container carries")
    add.add_argument("--insurance", metavar="PERCENT", help="insurance rate, e.g. 0.3")
    add.add_argument("--cover", metavar="PERCENT", help="insured share of CFR (default 110)")
    add.add_argument("--valid-from", metavar="DATE", help="default: today")
    add.add_argument("--notes", metavar="TEXT")
    json_flag(add)
    add.set_defaults(handler=cmd_freight_add)

    lst = sub.add_parser("list", help="the stored routes with their charges")
    lst.add_argument("--limit", type=limit, default=500)
    json_flag(lst)
    lst.set_defaults(handler=cmd_freight_list)

    charge = sub.add_parser("charge", help="charges at the origin or destination end")
    charge_sub = charge.add_subparsers(dest="charge_action", metavar="ACTION", required=True)
    charge_add = charge_sub.add_parser("add", help="add a charge to a route or a port")
    charge_add.add_argument("--side", required=True, metavar="SIDE", help="origin/destination")
    charge_add.add_argument("--kind", required=True, metavar="KIND", help="e.g. loading")
    charge_add.add_argument("--amount", required=True, metavar="AMOUNT")
    charge_add.add_argument("--currency", required=True, metavar="CUR")
    charge_add.add_argument("--per", required=True, metavar="BASIS", help="container/kg/shipment")
    charge_add.add_argument("--route", metavar="ID", help="the route it belongs to")
    charge_add.add_argument("--port", metavar="PORT", help="or the port it is charged at")
    json_flag(charge_add)
    charge_add.set_defaults(handler=cmd_freight_charge_add)


def _line(row: dict[str, Any]) -> str:
    per = row["per"]
    payload = f" ({row['payload_kg']} kg)" if row["payload_kg"] else ""
    insurance = (
        f", insurance {row['insurance_rate']}% on {row['cover']}%"
        if row["insurance_rate"] is not None
        else ""
    )
    return (
        f"route {row['id']}: {row['origin_port']} -> {row['destination_port']} by "
        f"{row['mode']}, {row['cost']} {row['currency']} per {per}{payload}{insurance}, "
        f"from {row['valid_from']}"
    )


def cmd_freight_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.freight import route_dict
    from app.services.freight import add_route

    data = {
        "origin_port": args.origin,
        "destination_port": args.destination,
        "mode": args.mode,
        "cost": args.cost,
        "currency": args.currency,
        "per": args.per,
        "valid_from": args.valid_from or date.today().isoformat(),
        **given(
            {
                "payload_kg": args.payload_kg,
                "insurance_rate": args.insurance,
                "cover": args.cover,
                "notes": args.notes,
            }
        ),
    }
    db = open_db(args)
    with db.transaction() as session:
        shown = route_dict(add_route(session, data, decimal_sep="."))
    if args.json:
        print_json(out, shown)
    else:
        out.write(f"{_line(shown)}\n")
    return 0


def cmd_freight_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.freight import route_dicts

    db = open_db(args)
    with db.transaction() as session:
        rows = route_dicts(session, limit=args.limit)
    if args.json:
        print_json(out, rows)
        return 0
    print_table(
        out,
        ["ID", "FROM", "TO", "MODE", "COST", "CUR", "PER", "PAYLOAD KG", "INS %", "COVER %",
         "FROM DATE", "CHARGES"],
        [
            (r["id"], r["origin_port"], r["destination_port"], r["mode"], r["cost"],
             r["currency"], r["per"], r["payload_kg"] or "", r["insurance_rate"] or "",
             r["cover"], r["valid_from"], len(r["charges"]))
            for r in rows
        ],
    )  # fmt: skip
    out.write(f"{len(rows)} route{'s' if len(rows) != 1 else ''}\n")
    return 0


def cmd_freight_charge_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.freight import charge_dict
    from app.services.freight import add_charge

    data = {
        "side": args.side,
        "kind": args.kind,
        "amount": args.amount,
        "currency": args.currency,
        "per": args.per,
        **given({"route_id": args.route, "port": args.port}),
    }
    db = open_db(args)
    with db.transaction() as session:
        shown = charge_dict(add_charge(session, data, decimal_sep="."))
    if args.json:
        print_json(out, shown)
    else:
        where = f"route {shown['route_id']}" if shown["route_id"] else shown["port"]
        out.write(
            f"charge {shown['id']} at {where}: {shown['side']} {shown['kind']} "
            f"{shown['amount']} {shown['currency']} per {shown['per']}\n"
        )
    return 0
