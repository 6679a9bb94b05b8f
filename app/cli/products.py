"""`supplier-desk products ...`: the products traded, listed, shown, and their packaging
set (net kg per box and per 20' / 40' reefer container, through which prices and volumes
given per box or per container convert to kg: app.rules.units)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.cli.arguments import limit, record_id
from app.cli.common import CliError, given, json_flag, open_db, print_json, print_table

PACKAGING_OPTIONS = {
    "kg_per_box": "--kg-per-box",
    "kg_per_container_20": "--kg-per-container-20",
    "kg_per_container_40": "--kg-per-container-40",
}


def add_product_commands(commands: Any) -> None:
    """Register `products list|show|set` on the command sub-parsers."""
    products = commands.add_parser("products", help="list and show products, set packaging")
    sub = products.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help="list products with their packaging")
    lst.add_argument("--search", default="", metavar="TEXT")
    lst.add_argument("--limit", type=limit, default=200)
    json_flag(lst)
    lst.set_defaults(handler=cmd_products_list)

    show = sub.add_parser("show", help="one product with its packaging")
    show.add_argument("id", type=record_id("Product"), metavar="ID")
    json_flag(show)
    show.set_defaults(handler=cmd_products_show)

    set_ = sub.add_parser(
        "set", help="set a product's packaging (net kg per box, per reefer container)"
    )
    set_.add_argument("id", type=record_id("Product"), metavar="ID")
    set_.add_argument("--kg-per-box", metavar="N", help="net kg in one box (or carton)")
    set_.add_argument(
        "--kg-per-container",
        metavar="N",
        help="net kg in a 40' reefer container (what the unit 'container' means)",
    )
    set_.add_argument("--kg-per-container-20", metavar="N", help="net kg in a 20' reefer")
    set_.add_argument("--kg-per-container-40", metavar="N", help="same as --kg-per-container")
    set_.add_argument(
        "--for-cny",
        metavar="yes|no",
        help="sold for Chinese New Year: a shipment landing after it is flagged",
    )
    json_flag(set_)
    set_.set_defaults(handler=cmd_products_set)


def product_dict(product: Any) -> dict[str, Any]:
    from app.queries.fx_rates import exact_text

    data: dict[str, Any] = {
        "id": product.id,
        "name": product.name,
        "category": product.category,
        "hs_code": product.hs_code,
        "default_unit": str(product.default_unit),
        "shelf_life_days": product.shelf_life_days,
        "for_chinese_new_year": product.for_chinese_new_year,
    }
    for field in PACKAGING_OPTIONS:
        value = getattr(product, field)
        data[field] = None if value is None else exact_text(value)
    return data


def _print(out: TextIO, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if value is not None and value != "":
            out.write(f"{key.replace('_', ' ')}: {value}\n")


def cmd_products_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.products import search_products

    db = open_db(args)
    with db.transaction() as session:
        rows = [product_dict(p) for p in search_products(session, args.search, args.limit)]
    if args.json:
        print_json(out, rows)
        return 0
    print_table(
        out,
        ["ID", "Name", "Unit", "kg/box", "kg/20'", "kg/40'"],
        [
            [
                r["id"],
                r["name"],
                r["default_unit"],
                *(r[f] or "-" for f in PACKAGING_OPTIONS),
            ]
            for r in rows
        ],
    )
    return 0


def cmd_products_show(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.products import get_product

    db = open_db(args)
    with db.transaction() as session:
        data = product_dict(get_product(session, args.id))
    if args.json:
        print_json(out, data)
    else:
        _print(out, data)
    return 0


def cmd_products_set(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.products import update_product

    if args.kg_per_container is not None and args.kg_per_container_40 is not None:
        raise CliError("--kg-per-container and --kg-per-container-40 say the same: give one")
    changes = {
        "kg_per_box": args.kg_per_box,
        "kg_per_container_20": args.kg_per_container_20,
        "kg_per_container_40": args.kg_per_container or args.kg_per_container_40,
        "for_chinese_new_year": args.for_cny,
    }
    changes = given(changes)
    if not changes:
        raise CliError(
            "nothing to set: give --kg-per-box, --kg-per-container, --kg-per-container-20 "
            "or --for-cny"
        )
    db = open_db(args)
    with db.transaction() as session:
        data = product_dict(update_product(session, args.id, changes))
    if args.json:
        print_json(out, data)
    else:
        _print(out, data)
    return 0
