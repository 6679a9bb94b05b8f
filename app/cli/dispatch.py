"""The command line: `supplier-desk COMMAND`, headless, through the same services as the UI.

Errors end the program with status 1 and one readable line on stderr; usage
mistakes with status 2 (argparse's own convention).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from app.errors import ServiceError
from app.queries import serialize
from app.rules import countries
from app.rules.vocabulary import label
from app.store.database import Database, DatabaseError, open_database

PROG = "supplier-desk"


class CliError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Supplier Desk: suppliers, contacts, negotiations and shipments. "
        "With no command, the desktop window opens.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file path or postgresql+psycopg:// URL "
        "(default: $SUPPLIER_DESK_DATABASE_URL, else the file in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="load the demo data (safe to run twice)")
    demo.set_defaults(handler=cmd_demo)

    suppliers = commands.add_parser("suppliers", help="list, show and add suppliers")
    sub = suppliers.add_subparsers(dest="action", metavar="ACTION", required=True)
    s_list = sub.add_parser("list", help="list suppliers")
    s_list.add_argument("--search", default="", metavar="TEXT")
    s_list.add_argument("--country", action="append", default=[], metavar="COUNTRY")
    s_list.add_argument("--status", action="append", default=[], metavar="STATUS")
    s_list.add_argument("--archived", action="store_true", help="include archived suppliers")
    s_list.add_argument("--sort", default="name")
    s_list.add_argument("--limit", type=int, default=200)
    _json_flag(s_list)
    s_list.set_defaults(handler=cmd_suppliers_list)
    s_show = sub.add_parser("show", help="one supplier with its contacts")
    s_show.add_argument("id", type=int)
    _json_flag(s_show)
    s_show.set_defaults(handler=cmd_suppliers_show)
    s_add = sub.add_parser("add", help="add a supplier")
    s_add.add_argument("--name", required=True)
    s_add.add_argument("--country", required=True, help="any name or code: México, MX, mex")
    for option in (
        "--legal-name",
        "--city",
        "--region",
        "--tax-id",
        "--website",
        "--email",
        "--phone",
        "--status",
        "--kind",
    ):
        s_add.add_argument(option)
    _json_flag(s_add)
    s_add.set_defaults(handler=cmd_suppliers_add)
    for action, helptext in (("archive", "hide a supplier from lists"), ("restore", "un-archive")):
        p = sub.add_parser(action, help=helptext)
        p.add_argument("id", type=int)
        _json_flag(p)
        p.set_defaults(handler=cmd_suppliers_archive, archive=action == "archive")

    negotiations = commands.add_parser("negotiations", help="list and show negotiations")
    sub = negotiations.add_subparsers(dest="action", metavar="ACTION", required=True)
    n_list = sub.add_parser("list", help="list negotiations")
    n_list.add_argument("--search", default="", metavar="TEXT")
    n_list.add_argument("--stage", action="append", default=[])
    n_list.add_argument("--supplier", type=int, metavar="ID")
    n_list.add_argument("--archived", action="store_true")
    n_list.add_argument("--limit", type=int, default=200)
    _json_flag(n_list)
    n_list.set_defaults(handler=cmd_negotiations_list)
    n_show = sub.add_parser("show", help="a negotiation with its offers, gap and shipments")
    n_show.add_argument("id", type=int)
    _json_flag(n_show)
    n_show.set_defaults(handler=cmd_negotiations_show)

    shipments = commands.add_parser("shipments", help="list shipments")
    sub = shipments.add_subparsers(dest="action", metavar="ACTION", required=True)
    sh_list = sub.add_parser("list", help="list shipments")
    sh_list.add_argument("--search", default="", metavar="TEXT")
    sh_list.add_argument("--status", action="append", default=[])
    sh_list.add_argument("--negotiation", type=int, metavar="ID")
    sh_list.add_argument("--limit", type=int, default=200)
    _json_flag(sh_list)
    sh_list.set_defaults(handler=cmd_shipments_list)

    from app.cli.export import add_export_commands

    add_export_commands(commands)

    from app.cli.imports import add_import_commands

    add_import_commands(commands)

    from app.cli.history import add_history_commands

    add_history_commands(commands)

    from app.cli.db import add_db_commands

    add_db_commands(commands)
    return parser


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(out)
        return 0
    try:
        return handler(args, out)
    except (ServiceError, CliError) as exc:
        print(f"{PROG}: error: {exc}", file=err)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except BrokenPipeError:
        # The reader went away (`supplier-desk ... | head`): nothing to say to anyone.
        # Python would report the failed flush of stdout at exit: point it at nothing.
        if out is sys.stdout:
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: never a traceback on screen
        from app.crashlog import describe

        print(f"{PROG}: {describe(exc)}", file=err)
        return 1


# --- helpers ---------------------------------------------------------------------------------


def _open(args: argparse.Namespace, **kwargs: Any) -> Database:
    database = open_database(args.database, **kwargs)
    for warning in database.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return database


def _print_json(out: TextIO, data: Any) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    out.write(line(headers).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(line(row).rstrip() + "\n")


def _enum_values(words: Sequence[str], enum: Any, synonyms: dict[str, Any]) -> list[Any]:
    from app.rules.parsing import parse_enum

    try:
        return [parse_enum(w, enum, synonyms) for w in words]
    except ValueError as exc:
        raise CliError(str(exc)) from None


# --- commands --------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.demo import load_demo

    db = _open(args)
    with db.transaction() as session:
        result = load_demo(session)
    if result.created == 0:
        out.write(f"the demo data is already in {db.display_name}; nothing added\n")
        return 0
    out.write(
        f"added demo data to {db.display_name}: {result.suppliers_created} suppliers, "
        f"{result.contacts_created} contacts, {result.negotiations_created} negotiations "
        f"with {result.offers_created} offers, {result.shipments_created} shipments, "
        f"{result.notes_created} notes and {result.tasks_created} follow-ups\n"
    )
    return 0


def cmd_suppliers_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.search import SORTABLE, SupplierQuery, search_suppliers
    from app.rules.vocabulary import STATUS_SYNONYMS
    from models import SupplierStatus

    codes = []
    for name in args.country:
        code = countries.lookup(name)
        if code is None:
            raise CliError(f"--country: {name!r} is not a country we know")
        codes.append(code)
    if args.sort not in SORTABLE:
        raise CliError(f"--sort must be one of: {', '.join(SORTABLE)}")
    query = SupplierQuery(
        text=args.search,
        countries=codes,
        statuses=_enum_values(args.status, SupplierStatus, STATUS_SYNONYMS),
        include_archived=args.archived,
        sort=args.sort,
        limit=args.limit,
    )
    db = _open(args)
    with db.transaction() as session:
        page = search_suppliers(session, query)
        if args.json:
            from models import Supplier

            by_id = {
                s.id: s
                for s in session.query(Supplier).filter(Supplier.id.in_([r.id for r in page.rows]))
            }
            _print_json(out, [serialize.supplier_dict(by_id[r.id]) for r in page.rows])
            return 0
    _print_table(
        out,
        ["ID", "NAME", "COUNTRY", "CITY", "STATUS", "TAX ID"],
        [
            (
                r.id,
                r.name + (" (archived)" if r.archived else ""),
                r.country,
                r.city,
                label(r.status),
                r.tax_id,
            )
            for r in page.rows
        ],
    )
    out.write(f"{len(page.rows)} of {page.total_text} suppliers\n")
    return 0


def cmd_suppliers_show(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.suppliers import get_supplier

    db = _open(args)
    with db.transaction() as session:
        data = serialize.supplier_dict(get_supplier(session, args.id), detail=True)
    if args.json:
        _print_json(out, data)
        return 0
    _print_record(out, data, skip=frozenset({"contacts", "certifications"}))
    if data["certifications"]:
        out.write(
            "certifications: "
            + ", ".join(
                c["kind"] + (f" (until {c['valid_until']})" if c["valid_until"] else "")
                for c in data["certifications"]
            )
            + "\n"
        )
    if not data["contacts"]:
        out.write("\nno contacts\n")
        return 0
    out.write("\nContacts\n")
    _print_table(
        out,
        ["ID", "NAME", "ROLE", "EMAIL", "PHONE", "MAIN"],
        [
            (
                c["id"],
                c["name"],
                c["role"],
                c["email"],
                c["phone"],
                "yes" if c["is_primary"] else "",
            )
            for c in data["contacts"]
        ],
    )
    return 0


def _print_record(out: TextIO, data: dict[str, Any], skip: frozenset[str] = frozenset()) -> None:
    for key, value in data.items():
        if key in skip or value in (None, "", []):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        out.write(f"{key.replace('_', ' ')}: {shown}\n")


def cmd_suppliers_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.suppliers import create_supplier

    data = {
        key: getattr(args, key)
        for key in (
            "name",
            "country",
            "legal_name",
            "city",
            "region",
            "tax_id",
            "website",
            "email",
            "phone",
            "status",
            "kind",
        )
        if getattr(args, key) is not None
    }
    db = _open(args)
    with db.transaction() as session:
        supplier = create_supplier(session, data)
        result = serialize.supplier_dict(supplier)
    if args.json:
        _print_json(out, result)
    else:
        out.write(f"added supplier {result['id']}: {result['name']} ({result['country']})\n")
    return 0


def cmd_suppliers_archive(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.suppliers import archive_supplier, restore_supplier

    db = _open(args)
    with db.transaction() as session:
        change = archive_supplier if args.archive else restore_supplier
        result = serialize.supplier_dict(change(session, args.id))
    if args.json:
        _print_json(out, result)
    else:
        verb = "archived" if args.archive else "restored"
        out.write(f"{verb} supplier {result['id']}: {result['name']}\n")
    return 0


def cmd_negotiations_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.lists import NegotiationQuery, list_negotiations
    from app.queries.negotiation_summary import negotiation_summary
    from app.rules.vocabulary import STAGE_SYNONYMS
    from models import NegotiationStage

    query = NegotiationQuery(
        text=args.search,
        stages=_enum_values(args.stage, NegotiationStage, STAGE_SYNONYMS),
        supplier_id=args.supplier,
        include_archived=args.archived,
        limit=args.limit,
    )
    db = _open(args)
    with db.transaction() as session:
        negotiations = list_negotiations(session, query)
        if args.json:
            _print_json(out, [serialize.negotiation_dict(n) for n in negotiations])
            return 0
        rows = []
        for n in negotiations:
            summary = negotiation_summary(session, n.id)
            rows.append(
                (
                    n.id,
                    n.title,
                    n.supplier.name,
                    label(n.stage),
                    len(n.offers),
                    _price_text(summary.latest_supplier),
                    _price_text(summary.latest_buyer),
                    n.owner,
                )
            )
    _print_table(
        out, ["ID", "TITLE", "SUPPLIER", "STAGE", "OFFERS", "THEIRS", "OURS", "OWNER"], rows
    )
    out.write(f"{len(rows)} negotiations\n")
    return 0


def _price_text(point: Any) -> str:
    if point is None:
        return ""
    return f"{point.currency} {point.price:.2f}/{point.price_unit}"


def cmd_negotiations_show(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.negotiation_summary import negotiation_summary
    from app.services.negotiations import get_negotiation

    db = _open(args)
    with db.transaction() as session:
        negotiation = get_negotiation(session, args.id)
        summary = negotiation_summary(session, args.id)
        data = serialize.negotiation_dict(negotiation, summary)
    if args.json:
        _print_json(out, data)
        return 0
    _print_record(
        out, data, skip=frozenset({"offers", "shipments", "gap", "supplier_id", "product_id"})
    )
    if summary.gap:
        out.write(
            f"gap: {summary.gap.currency} {summary.gap.amount:.2f}/"
            f"{summary.gap.price_unit} ({summary.gap.percent}% of their price)\n"
        )
    out.write("\nOffers\n")
    _print_table(
        out,
        ["ROUND", "DATE", "SIDE", "PRICE", "CHANGE", "INCOTERM"],
        [
            (
                p.round,
                p.offered_on,
                "supplier" if p.side == "supplier" else "us",
                f"{p.currency} {p.price:.2f}/{p.price_unit}",
                "" if p.change is None else f"{p.change:+.2f} ({p.change_percent:+}%)",
                " ".join(filter(None, [o["incoterm"], o["incoterm_place"]])),
            )
            for p, o in zip(summary.rounds, data["offers"], strict=True)
        ],
    )
    if summary.shipments:
        out.write("\nShipments\n")
        _print_table(
            out,
            ["ID", "REFERENCE", "STATUS", "ETD", "ETA"],
            [
                (s.shipment_id, s.reference, label(s.status), s.etd, s.eta)
                for s in summary.shipments
            ],
        )
    return 0


def cmd_shipments_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.lists import ShipmentQuery, list_shipments
    from app.rules.vocabulary import SHIPMENT_STATUS_SYNONYMS
    from app.services.shipments import missing_documents
    from models import ShipmentStatus

    query = ShipmentQuery(
        text=args.search,
        statuses=_enum_values(args.status, ShipmentStatus, SHIPMENT_STATUS_SYNONYMS),
        negotiation_id=args.negotiation,
        limit=args.limit,
    )
    db = _open(args)
    with db.transaction() as session:
        shipments = list_shipments(session, query)
        if args.json:
            _print_json(out, [serialize.shipment_dict(s) for s in shipments])
            return 0
        rows = [
            (
                s.id,
                s.reference,
                s.mode.value,
                s.negotiation.supplier.name,
                label(s.status),
                s.container_no or s.transport_doc_no,
                s.etd,
                s.eta,
                len(missing_documents(s)),
            )
            for s in shipments
        ]
    _print_table(
        out,
        [
            "ID",
            "REFERENCE",
            "MODE",
            "SUPPLIER",
            "STATUS",
            "CONTAINER/AWB",
            "ETD",
            "ETA",
            "DOCS MISSING",
        ],
        rows,
    )
    out.write(f"{len(rows)} shipments\n")
    return 0


__all__ = ["DatabaseError", "main"]
