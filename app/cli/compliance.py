"""`supplier-desk compliance ...`: a supplier's registrations and certificates listed (by
how soon they end) and added."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from app.cli.arguments import limit, record_id, whole_number
from app.cli.common import (
    CliError,
    given,
    json_flag,
    open_db,
    option_value,
    print_json,
    print_table,
)
from app.errors import ValidationError
from app.rules import parsing
from app.rules.vocabulary import CERTIFICATION_SYNONYMS, label
from models import Certification

OPTIONS = {
    "kind": "--kind",
    "reference": "--number",
    "site_name": "--site",
    "site_kind": "--site-kind",
    "site_address": "--site-address",
    "season": "--season",
    "issued_on": "--issued-on",
    "valid_until": "--valid-until",
    "status": "--status",
    "notes": "--notes",
    "products": "--product",
}
"""The service's field -> the option that fills it, for refusals that name the option."""


def days(text: str) -> int:
    """A number of days: 0 or more."""
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more days, not {text.strip()}")
    return value


def add_compliance_commands(commands: Any) -> None:
    """Register `compliance list|add` on the command sub-parsers."""
    compliance = commands.add_parser(
        "compliance", help="registrations (GACC, SAG, SENASICA...) and certificates"
    )
    sub = compliance.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help="registrations and certificates, the soonest to end first")
    lst.add_argument(
        "--expiring", type=days, metavar="DAYS", help="only those ending within DAYS (or expired)"
    )
    lst.add_argument("--supplier", type=record_id("Supplier"), metavar="ID")
    lst.add_argument("--kind", metavar="KIND", help="e.g. gacc, globalgap, sag_csp")
    lst.add_argument("--limit", type=limit, default=500, metavar="N", help="at most N rows (500)")
    json_flag(lst)
    lst.set_defaults(handler=cmd_compliance_list)

    add = sub.add_parser("add", help="add a registration or certificate to a supplier")
    add.add_argument("--supplier", type=record_id("Supplier"), required=True, metavar="ID")
    add.add_argument("--kind", required=True, metavar="KIND", help="e.g. gacc, sag_csp, globalgap")
    add.add_argument("--number", metavar="NUMBER", help="the registration or certificate number")
    add.add_argument("--site", metavar="NAME", help="the site it is for, e.g. 'Packing Curicó'")
    add.add_argument("--site-kind", metavar="KIND", help="orchard, packhouse, plant, vessel...")
    add.add_argument("--site-address", metavar="ADDRESS")
    add.add_argument("--season", metavar="SEASON", help="e.g. 2026-27")
    add.add_argument("--issued-on", metavar="DATE")
    add.add_argument("--valid-until", metavar="DATE")
    add.add_argument("--status", metavar="STATUS", help="set by hand: pending, suspended...")
    add.add_argument("--notes", metavar="TEXT")
    add.add_argument(
        "--product",
        action="append",
        metavar="NAME",
        help="a product it covers (repeat for more; none: the supplier's whole range)",
    )
    json_flag(add)
    add.set_defaults(handler=cmd_compliance_add)


def _kind(text: str | None) -> Certification | None:
    if text is None:
        return None
    return option_value(
        "--kind", lambda t: parsing.parse_enum(t, Certification, CERTIFICATION_SYNONYMS), text
    )


def _days_text(days_left: int | None) -> str:
    if days_left is None:
        return ""
    return f"{-days_left} days ago" if days_left < 0 else f"{days_left}"


def cmd_compliance_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.compliance import compliance_rows

    kind = _kind(args.kind)
    db = open_db(args)
    with db.transaction() as session:
        rows = compliance_rows(
            session,
            today=date.today(),
            expiring_days=args.expiring,
            supplier_id=args.supplier,
            kind=kind,
            limit=args.limit,
        )
    if args.json:
        print_json(out, [r.to_dict() for r in rows])
        return 0
    print_table(
        out,
        ["ID", "SUPPLIER", "KIND", "NUMBER", "SITE", "SEASON", "VALID UNTIL", "DAYS LEFT",
         "STATUS", "PRODUCTS"],
        [
            (r.id, f"{r.supplier} ({r.supplier_id})", label(r.kind), r.number, r.site, r.season,
             r.valid_until, _days_text(r.days_left), r.status.value,
             ", ".join(r.products) or "all")
            for r in rows
        ],
    )  # fmt: skip
    out.write(f"{len(rows)} row{'s' if len(rows) != 1 else ''}\n")
    return 0


def cmd_compliance_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.compliance import compliance_rows
    from app.services.compliance import add_registration

    data = given(
        {
            "kind": args.kind,
            "reference": args.number,
            "site_name": args.site,
            "site_kind": args.site_kind,
            "site_address": args.site_address,
            "season": args.season,
            "issued_on": args.issued_on,
            "valid_until": args.valid_until,
            "status": args.status,
            "notes": args.notes,
            "products": args.product,
        }
    )
    db = open_db(args)
    try:
        with db.transaction() as session:
            row = add_registration(session, args.supplier, data)
            (shown,) = [
                r
                for r in compliance_rows(session, today=date.today(), supplier_id=args.supplier)
                if r.id == row.id
            ]
    except ValidationError as exc:
        raise CliError(
            "; ".join(f"{OPTIONS.get(e.field, e.field)}: {e.message}" for e in exc.errors)
        ) from None
    if args.json:
        print_json(out, shown.to_dict())
        return 0
    until = f", valid until {shown.valid_until}" if shown.valid_until else ""
    out.write(
        f"{label(shown.kind)} {shown.id} for {shown.supplier}: "
        f"{shown.number or 'no number'}{until} ({shown.status.value})\n"
    )
    return 0
