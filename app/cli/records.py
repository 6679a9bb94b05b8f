"""`supplier-desk demo`, `suppliers ...`, `negotiations ...` and `shipments ...`: the
records themselves, listed, shown, added, archived and restored."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.cli.arguments import limit, record_id
from app.cli.common import (
    CliError,
    country_codes,
    enum_values,
    json_flag,
    open_db,
    option_value,
    print_json,
    print_table,
)
from app.queries import serialize
from app.queries.record_history import subject_of
from app.rules.vocabulary import label

SUPPLIER = subject_of("supplier")
NEGOTIATION = subject_of("negotiation")
SHIPMENT = subject_of("shipment")


def add_record_commands(commands: Any) -> None:
    """Register `demo`, `suppliers`, `negotiations` and `shipments` on the command
    sub-parsers (argparse's _SubParsersAction)."""
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
    s_list.add_argument("--limit", type=limit, default=200)
    json_flag(s_list)
    s_list.set_defaults(handler=cmd_suppliers_list)
    s_show = sub.add_parser("show", help="one supplier with its contacts")
    s_show.add_argument("id", type=record_id(SUPPLIER), metavar="ID")
    json_flag(s_show)
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
    json_flag(s_add)
    s_add.set_defaults(handler=cmd_suppliers_add)
    for action, helptext in (("archive", "hide a supplier from lists"), ("restore", "un-archive")):
        p = sub.add_parser(action, help=helptext)
        p.add_argument("id", type=record_id(SUPPLIER), metavar="ID")
        json_flag(p)
        p.set_defaults(handler=cmd_suppliers_archive, archive=action == "archive")

    negotiations = commands.add_parser("negotiations", help="list and show negotiations")
    sub = negotiations.add_subparsers(dest="action", metavar="ACTION", required=True)
    n_list = sub.add_parser("list", help="list negotiations")
    n_list.add_argument("--search", default="", metavar="TEXT")
    n_list.add_argument("--stage", action="append", default=[])
    n_list.add_argument("--supplier", type=record_id(SUPPLIER), metavar="ID")
    n_list.add_argument("--archived", action="store_true")
    n_list.add_argument("--limit", type=limit, default=200)
    json_flag(n_list)
    n_list.set_defaults(handler=cmd_negotiations_list)
    n_show = sub.add_parser("show", help="a negotiation with its offers, gap and shipments")
    n_show.add_argument("id", type=record_id(NEGOTIATION), metavar="ID")
    n_show.add_argument(
        "--landed",
        action="store_true",
        help="each offer's landed cost per kg in the reporting currency, with the "
        "breakdown of the latest supplier offer",
    )
    n_show.add_argument(
        "--currency",
        metavar="CODE",
        help="reporting currency of landed costs and of a gap across currencies "
        "(default: the setting, CNY unless changed)",
    )
    json_flag(n_show)
    n_show.set_defaults(handler=cmd_negotiations_show)
    n_stage = sub.add_parser(
        "stage",
        help="move a negotiation to a stage (agreed or contracted warns when the supplier "
        "holds no active registration covering the product)",
    )
    n_stage.add_argument("id", type=record_id(NEGOTIATION), metavar="ID")
    n_stage.add_argument("stage", metavar="STAGE")
    json_flag(n_stage)
    n_stage.set_defaults(handler=cmd_negotiations_stage)

    shipments = commands.add_parser("shipments", help="list shipments")
    sub = shipments.add_subparsers(dest="action", metavar="ACTION", required=True)
    sh_list = sub.add_parser("list", help="list shipments")
    sh_list.add_argument("--search", default="", metavar="TEXT")
    sh_list.add_argument("--status", action="append", default=[])
    sh_list.add_argument("--negotiation", type=record_id(NEGOTIATION), metavar="ID")
    sh_list.add_argument("--limit", type=limit, default=200)
    json_flag(sh_list)
    sh_list.set_defaults(handler=cmd_shipments_list)
    sh_status = sub.add_parser(
        "status",
        help="set a shipment's status (booked warns when the supplier holds no active "
        "registration covering the product through the ETA)",
    )
    sh_status.add_argument("id", type=record_id(SHIPMENT), metavar="ID")
    sh_status.add_argument("status", metavar="STATUS")
    json_flag(sh_status)
    sh_status.set_defaults(handler=cmd_shipments_status)


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.demo import load_demo

    db = open_db(args)
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
    from app.queries.lists import supplier_listing
    from app.queries.search import SORTABLE, SupplierQuery
    from app.rules.vocabulary import STATUS_SYNONYMS
    from models import SupplierStatus

    codes = country_codes(args.country)
    if args.sort not in SORTABLE:
        raise CliError(f"--sort must be one of: {', '.join(SORTABLE)}")
    query = SupplierQuery(
        text=args.search,
        countries=codes,
        statuses=enum_values(args.status, SupplierStatus, STATUS_SYNONYMS),
        include_archived=args.archived,
        sort=args.sort,
        limit=args.limit,
    )
    db = open_db(args)
    with db.read() as session:  # on a server the count and the page in one round trip
        page = supplier_listing(session, query)
    if args.json:
        print_json(out, [serialize.supplier_dict(r) for r in page.rows])
        return 0
    print_table(
        out,
        ["ID", "NAME", "COUNTRY", "CITY", "STATUS", "TAX ID"],
        [
            (
                r.id,
                r.name + (" (archived)" if r.archived_at is not None else ""),
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
    db = open_db(args)
    with db.read() as session:  # the supplier and its children: one round trip
        data = serialize.supplier_detail_dict(session, args.id)
    if args.json:
        print_json(out, data)
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
    print_table(
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
    db = open_db(args)
    with db.transaction() as session:
        supplier = create_supplier(session, data)
        result = serialize.supplier_dict(supplier)
    if args.json:
        print_json(out, result)
    else:
        out.write(f"added supplier {result['id']}: {result['name']} ({result['country']})\n")
    return 0


def cmd_suppliers_archive(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.suppliers import archive_supplier, restore_supplier

    db = open_db(args)
    with db.transaction() as session:
        change = archive_supplier if args.archive else restore_supplier
        result = serialize.supplier_dict(change(session, args.id))
    if args.json:
        print_json(out, result)
    else:
        verb = "archived" if args.archive else "restored"
        out.write(f"{verb} supplier {result['id']}: {result['name']}\n")
    return 0


def cmd_negotiations_stage(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.negotiations import update_negotiation

    warnings: list[str] = []
    db = open_db(args)
    with db.transaction() as session:
        deal = update_negotiation(session, args.id, {"stage": args.stage}, warnings=warnings)
        result = {"id": deal.id, "title": deal.title, "stage": deal.stage.value}
    return _changed(
        out,
        args,
        result,
        f"negotiation {deal.id} ({deal.title}) is now {label(deal.stage).lower()}",
        warnings,
    )


def cmd_shipments_status(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.shipments import update_shipment

    warnings: list[str] = []
    db = open_db(args)
    with db.transaction() as session:
        shipment = update_shipment(session, args.id, {"status": args.status}, warnings=warnings)
        result = {
            "id": shipment.id,
            "reference": shipment.reference,
            "status": shipment.status.value,
        }
    text = f"shipment {shipment.id} ({shipment.reference}) is now {label(shipment.status).lower()}"
    return _changed(out, args, result, text, warnings)


def _changed(
    out: TextIO, args: argparse.Namespace, result: dict[str, Any], text: str, warnings: list[str]
) -> int:
    """The change done, then its warnings (kept in the record's history too): a warning
    is no failure, the exit status stays 0."""
    if args.json:
        print_json(out, {**result, "warnings": warnings})
    else:
        out.write(text + "\n")
        for warning in warnings:
            out.write(warning + "\n")
    return 0


def cmd_negotiations_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.lists import NegotiationQuery, list_negotiations
    from app.rules.vocabulary import STAGE_SYNONYMS
    from models import NegotiationStage, OfferSide

    query = NegotiationQuery(
        text=args.search,
        stages=enum_values(args.stage, NegotiationStage, STAGE_SYNONYMS),
        supplier_id=args.supplier,
        include_archived=args.archived,
        limit=args.limit,
    )
    db = open_db(args)
    with db.transaction() as session:
        negotiations = list_negotiations(session, query)
        if args.json:
            print_json(out, [serialize.negotiation_dict(n) for n in negotiations])
            return 0
        rows = []
        for n in negotiations:
            # The offers came with the deals, in round order: the last of a side is its latest.
            latest = {o.side: o for o in n.offers}
            rows.append(
                (
                    n.id,
                    n.title,
                    n.supplier.name,
                    label(n.stage),
                    len(n.offers),
                    _offer_text(latest.get(OfferSide.SUPPLIER)),
                    _offer_text(latest.get(OfferSide.BUYER)),
                    n.owner,
                )
            )
    print_table(
        out, ["ID", "TITLE", "SUPPLIER", "STAGE", "OFFERS", "THEIRS", "OURS", "OWNER"], rows
    )
    out.write(f"{len(rows)} negotiations\n")
    return 0


def _offer_text(offer: Any) -> str:
    """'2.45 USD/kg': a price with its currency and unit, as every list labels it."""
    from app.queries.lists import price_label

    if offer is None:
        return ""
    return price_label(offer.price, offer.currency, offer.price_unit) or ""


def _landed_text(landed: Any) -> str:
    if landed is None:
        return ""
    if landed.shown is not None:
        return str(landed.shown)
    return f"missing: {landed.missing[0]}" if landed.missing else "missing"


def cmd_negotiations_show(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.export_settings import load_export_settings
    from app.queries.landed_costs import negotiation_landed, with_currency
    from app.queries.lists import price_label
    from app.queries.negotiation_summary import load_negotiation, summary_of
    from app.rules import parsing

    currency = None
    if args.currency is not None:
        currency = option_value("--currency", parsing.parse_currency, args.currency)
    settings = with_currency(load_export_settings().landed, currency)
    db = open_db(args)
    landed: dict[int, Any] = {}
    with db.read() as session:
        # the deal with its supplier, product, offers, shipments and their papers: one
        # statement (on a server, the opening's statement with it: one round trip)
        negotiation = load_negotiation(session, args.id, documents=True, joined=True)
        summary = summary_of(session, negotiation, settings)
        data = serialize.negotiation_dict(negotiation, summary)
        if args.landed:
            landed = {c.offer_id: c.landed for c in negotiation_landed(session, args.id, settings)}
            for offer in data["offers"]:
                cost = landed.get(offer["id"])
                offer["landed"] = cost.as_dict() if cost is not None else None
    if args.json:
        print_json(out, data)
        return 0
    prices = {
        "target_price": price_label(
            negotiation.target_price, negotiation.currency, negotiation.price_unit
        ),
        "latest_supplier_price": _offer_text(summary.latest_supplier),
        "latest_buyer_price": _offer_text(summary.latest_buyer),
    }
    _print_record(
        out,
        {**data, **prices},
        skip=frozenset({"offers", "shipments", "gap", "supplier_id", "product_id"}),
    )
    gap = summary.gap
    if gap:
        shown = price_label(gap.amount, gap.currency, gap.price_unit)
        if gap.landed:
            out.write(f"gap on landed cost: {shown} ({gap.percent}% of their landed cost)\n")
        else:
            out.write(f"gap: {shown} ({gap.percent}% of their price)\n")
    out.write("\nOffers\n")
    headers = ["ROUND", "DATE", "SIDE", "PRICE", "CHANGE", "INCOTERM"]
    if args.landed:
        headers.insert(4, f"LANDED {settings.currency}/KG")
    rows = []
    for p, o in zip(summary.rounds, data["offers"], strict=True):
        row = [
            p.round,
            p.offered_on,
            "supplier" if p.side == "supplier" else "us",
            price_label(p.price, p.currency, p.price_unit),
            "" if p.change is None else f"{p.change:+.2f} ({p.change_percent:+}%)",
            " ".join(filter(None, [o["incoterm"], o["incoterm_place"]])),
        ]
        if args.landed:
            row.insert(4, _landed_text(landed.get(p.offer_id)))
        rows.append(row)
    print_table(out, headers, rows)
    if args.landed and summary.latest_supplier is not None:
        _print_breakdown(
            out, summary.latest_supplier.round, landed.get(summary.latest_supplier.offer_id)
        )
    if summary.shipments:
        out.write("\nShipments\n")
        print_table(
            out,
            ["ID", "REFERENCE", "STATUS", "ETD", "ETA"],
            [
                (s.shipment_id, s.reference, label(s.status), s.etd, s.eta)
                for s in summary.shipments
            ],
        )
    return 0


def _print_breakdown(out: TextIO, round_number: int, landed: Any) -> None:
    """The landed cost of the latest supplier offer, step by step, or what it lacks."""
    if landed is None:
        return
    out.write(
        f"\nLanded cost of the latest supplier offer (round {round_number}), {landed.currency}/kg\n"
    )
    if landed.per_kg is None:
        out.write("not computed; missing:\n")
        for text in landed.missing:
            out.write(f"  - {text}\n")
        return
    print_table(
        out,
        ["STEP", "AMOUNT"],
        [*((line.label, line.shown) for line in landed.lines), ("Landed", landed.shown)],
    )
    out.write(
        "Duty and VAT come from the tariff rows: check them against the current Chinese tariff.\n"
    )


def cmd_shipments_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.queries.lists import ShipmentQuery, list_shipments
    from app.rules.vocabulary import SHIPMENT_STATUS_SYNONYMS
    from app.services.shipments import missing_documents
    from models import ShipmentStatus

    query = ShipmentQuery(
        text=args.search,
        statuses=enum_values(args.status, ShipmentStatus, SHIPMENT_STATUS_SYNONYMS),
        negotiation_id=args.negotiation,
        limit=args.limit,
    )
    db = open_db(args)
    with db.transaction() as session:
        shipments = list_shipments(session, query)
        if args.json:
            print_json(out, [serialize.shipment_dict(s) for s in shipments])
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
    print_table(
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
