"""`supplier-desk export ...`: deal sheets, the pipeline report and any list, to files.

Defaults (company name, logo, prepared-by, label language, paper, whom a deal sheet is
for, the reporting currency of its landed costs) come from the export settings
(app.exporting.export_settings); options on the command line win.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from app.cli.arguments import record_id
from app.cli.common import PROG, CliError, country_codes, enum_values, open_db, option_value
from app.queries.record_history import subject_of

LISTS = ("suppliers", "contacts", "negotiations", "shipments")


def add_export_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="deal sheets, the pipeline report and lists")
    sub = export.add_subparsers(dest="action", metavar="WHAT", required=True)

    deal = sub.add_parser("deal-sheet", help="one negotiation's deal sheet (.pdf or .xlsx)")
    deal.add_argument(
        "negotiation",
        type=record_id(subject_of("negotiation")),
        metavar="NEGOTIATION",
        help="negotiation id",
    )
    deal.add_argument(
        "--format", choices=("pdf", "xlsx"), help="default: from the file name's extension"
    )
    deal.add_argument("--lang", choices=("en", "es", "zh"), help="label language")
    deal.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    deal.add_argument("--company", help="company name in the header")
    deal.add_argument("--prepared-by", help="default: the export settings, else your user name")
    deal.add_argument("--logo", type=Path, metavar="IMAGE", help="PNG or JPEG logo (PDF)")
    deal.add_argument("--paper", choices=("A4", "Letter"))
    deal.add_argument(
        "--for",
        dest="audience",
        choices=("partner", "internal"),
        help="partner: no target price, gap, landed cost, internal notes, follow-ups or "
        "missing documents; internal: everything, with the landed cost of the latest "
        "offers (default: the export settings, else partner)",
    )
    deal.set_defaults(handler=cmd_export_deal_sheet)

    pipeline = sub.add_parser(
        "pipeline", help="negotiations with offers, gap and totals by stage (.xlsx or .pdf)"
    )
    pipeline.add_argument("--stage", action="append", default=[])
    pipeline.add_argument("--country", action="append", default=[], metavar="COUNTRY")
    pipeline.add_argument("--product", type=record_id(subject_of("product")), metavar="ID")
    pipeline.add_argument("--owner")
    pipeline.add_argument("--search", default="", metavar="TEXT")
    pipeline.add_argument(
        "--currency",
        metavar="CODE",
        help="reporting currency of the totals, at today's rates (default: the setting, CNY)",
    )
    pipeline.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pipeline.set_defaults(handler=cmd_export_pipeline)

    for name in LISTS:
        one = sub.add_parser(name, help=f"the {name} list as its view shows it (.xlsx or .csv)")
        one.add_argument("--search", default="", metavar="TEXT")
        one.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
        one.set_defaults(handler=cmd_export_list, list_name=name)


def cmd_export_deal_sheet(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from app import settings
    from app.exporting.deal_sheet import build_deal_sheet
    from app.exporting.export_settings import load_export_settings

    defaults = load_export_settings()
    output: Path = args.output.expanduser()
    kind = args.format or output.suffix.lower().lstrip(".")
    if kind not in ("pdf", "xlsx"):
        raise CliError("say --format pdf or --format xlsx (or end the file name in .pdf or .xlsx)")
    prepared_by = args.prepared_by or defaults.prepared_by or settings.current_user()
    logo = args.logo or (Path(defaults.logo_file) if defaults.logo_file else None)
    audience = args.audience or defaults.deal_sheet_for
    db = open_db(args)
    with db.transaction() as session:
        sheet = build_deal_sheet(
            session,
            args.negotiation,
            today=date.today(),
            prepared_by=prepared_by,
            company_name=args.company if args.company is not None else defaults.company_name,
            lang=args.lang or defaults.label_language,
            audience=audience,
            landed=defaults.landed,
        )
    if kind == "pdf":
        from app.exporting.pdf_deal_sheet import render_pdf

        warnings = render_pdf(sheet, output, logo=logo, paper=args.paper or defaults.paper_size)
    else:
        from app.exporting.xlsx_deal_sheet import render_xlsx

        warnings = render_xlsx(sheet, output, paper=args.paper or defaults.paper_size)
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    whom = "internal use" if sheet.internal else "the partner"
    out.write(
        f"wrote the deal sheet of negotiation {sheet.negotiation_id} for {whom} to {output}\n"
    )
    return 0


def cmd_export_pipeline(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.export_settings import load_export_settings
    from app.exporting.pipeline import export_pipeline
    from app.queries.lists import NegotiationQuery
    from app.rules import parsing
    from app.rules.vocabulary import STAGE_SYNONYMS
    from models import NegotiationStage

    codes = country_codes(args.country)
    query = NegotiationQuery(
        text=args.search,
        stages=enum_values(args.stage, NegotiationStage, STAGE_SYNONYMS),
        countries=codes,
        product_id=args.product,
        owner=args.owner,
    )
    currency = None
    if args.currency is not None:
        currency = option_value("--currency", parsing.parse_currency, args.currency)
    db = open_db(args)
    with db.transaction() as session:
        path = export_pipeline(
            session, args.output, query, settings=load_export_settings(), currency=currency
        )
    out.write(f"wrote the pipeline report to {path}\n")
    return 0


def cmd_export_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.list_files import export_named_list

    db = open_db(args)
    with db.transaction() as session:
        result = export_named_list(session, args.list_name, args.output, text=args.search)
    out.write(f"wrote {result.rows:,} {args.list_name} to {result.path}\n")
    return 0
