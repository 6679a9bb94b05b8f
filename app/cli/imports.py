"""`supplier-desk import PATH ...` and `supplier-desk import undo BATCH`: the same preview
and commit the wizard runs, printed as a summary or as one JSON object."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.arguments import existing_id, positive, record_id
from app.cli.common import CliError, country_code, open_db
from app.errors import ServiceError
from app.importing.fields import NOTE, TARGETS
from app.importing.mapping import ColumnChoice
from app.importing.plan import ImportOptions, Preview, RowStatus
from app.importing.source import column_letter

if TYPE_CHECKING:
    from app.importing.preview import MappingError


class MappingFileError(ServiceError):
    pass


def add_import_commands(commands: Any) -> None:
    imp = commands.add_parser(
        "import",
        help="import a supplier spreadsheet or price list (or: import undo BATCH)",
        description="Import PATH (.xlsx .xlsm .xls .ods .csv .tsv .txt), or undo an earlier "
        "import with 'import undo BATCH'.",
    )
    imp.add_argument("path", nargs="+", metavar="PATH", help="the file, or: undo BATCH")
    which = imp.add_mutually_exclusive_group()
    which.add_argument("--sheet", metavar="NAME", help="the sheet to import (default: the first)")
    which.add_argument(
        "--all-sheets", action="store_true", help="every sheet with the first one's columns"
    )
    imp.add_argument("--header-row", type=positive, metavar="N", help="the header's row number")
    imp.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help='JSON: {"columns": {"Header or letter": "supplier.name" | "note" | null}}',
    )
    imp.add_argument("--target", choices=("suppliers", "price-list"), default="suppliers")
    imp.add_argument("--decimal", choices=("comma", "point"))
    imp.add_argument("--date-order", choices=("dmy", "mdy", "ymd"))
    imp.add_argument("--country", metavar="CODE", help="country of rows that name none")
    imp.add_argument(
        "--product",
        metavar="NAME",
        help="supplier sheets: the product a price column's offers are for, in rows that name none",
    )
    imp.add_argument(
        "--supplier", type=record_id("Supplier"), metavar="ID", help="price lists: whose prices"
    )
    imp.add_argument("--on-error", choices=("skip", "abort"), default="skip")
    imp.add_argument("--dry-run", action="store_true", help="preview only: change nothing")
    imp.add_argument(
        "--errors-out", type=Path, metavar="FILE.xlsx", help="save the rows with errors"
    )
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:

    if args.path[0] == "undo":
        if len(args.path) != 2 or not args.path[1].isdigit():
            raise CliError("usage: import undo BATCH (the number an import printed)")
        return _undo(args, existing_id("Import", args.path[1]), out)
    if len(args.path) != 1:
        raise CliError("import takes one file (use quotes around a name with spaces)")
    path = Path(args.path[0])
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    country = _country(args)  # a bad option is refused before the database is opened
    database = open_db(args)
    try:
        options = _options(args, database, country)
        from app.importing.preview import MappingError
        from app.importing.retry import import_with_retry

        # Another import may create the same suppliers meanwhile: then preview again.
        try:
            outcome = import_with_retry(database, path, options, dry_run=args.dry_run)
        except MappingError as exc:
            raise CliError(mapping_hint(exc)) from None
        preview, result = outcome.preview, outcome.result
        if args.errors_out is not None:
            from app.importing.problems import save_problem_rows

            save_problem_rows(preview, args.errors_out)
    finally:
        database.dispose()
    try:
        report = import_report(preview, None if result is None else result.batch_id)
        if args.json:
            json.dump(report, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            _print_report(out, preview, report, args.dry_run)
    finally:
        preview.close()  # its rows' temporary file
    return 0


def mapping_hint(error: MappingError) -> str:
    """The command line's words for a required field no column fills: the exact --mapping
    file to write (and --country for a sheet from one country)."""
    wanted = ", ".join(f.label for f in error.lacking)
    columns = ", ".join(f'"COLUMN": "{f.key}"' for f in error.lacking)
    shown = [h for h in error.headers if h][:12]
    more = ", ..." if len(error.headers) > len(shown) else ""
    hint = (
        f"{error.file_name}: no column is mapped to {wanted}; give --mapping FILE.json "
        f'holding {{"columns": {{{columns}}}}}, COLUMN being one of: '
        f"{', '.join(shown)}{more}"
    )
    if any(f.key == "supplier.country" for f in error.lacking):
        hint += " (or --country CODE when every row is from one country)"
    return hint


def import_report(preview: Preview, batch: int | None) -> dict[str, Any]:
    counts = preview.counts
    return {
        "file": str(preview.path),
        "sheet": ", ".join(preview.sheets),
        "rows": len(preview.rows),
        "created": counts[RowStatus.CREATE],
        "updated": counts[RowStatus.UPDATE],
        "unchanged": counts[RowStatus.UNCHANGED],
        "skipped": counts[RowStatus.ERROR] + counts[RowStatus.DUPLICATE],
        "possible_duplicates": counts[RowStatus.DUPLICATE],
        "errors": [p.as_json() for p in preview.problems],
        "warnings": [p.as_json() for p in preview.warnings],
        "batch": batch,
    }


def _print_report(out: TextIO, preview: Preview, report: dict[str, Any], dry_run: bool) -> None:
    print(f"{preview.path.name} ({report['sheet']}): {preview.summary()}", file=out)
    for note in preview.notes:
        print(f"  {note}", file=out)
    mapped = [c for c in preview.choices if c.field]
    print("Columns:", file=out)
    for c in preview.choices:
        print(f"  {c.header} -> {c.field or '(ignored)'}", file=out)
    if not mapped:
        print("  (none mapped)", file=out)
    for plan in preview.rows.with_status(RowStatus.DUPLICATE):
        if plan.match is not None:
            print(
                f"  row {plan.row}: possible duplicate of '{plan.match.name}' "
                f"({plan.match.score:.0f}%), skipped",
                file=out,
            )
    problems = preview.problems
    for problem in problems[:50]:
        print(f"  {problem}", file=out)
    if len(problems) > 50:
        print(f"  ... and {len(problems) - 50} more (--errors-out FILE.xlsx saves them)", file=out)
    warnings = preview.warnings
    for warning in warnings[:50]:
        print(f"  warning: {warning}", file=out)
    if len(warnings) > 50:
        print(
            f"  ... and {len(warnings) - 50} more warnings (--errors-out FILE.xlsx saves them)",
            file=out,
        )
    if dry_run:
        print("Dry run: nothing was changed.", file=out)
    else:
        print(
            f"Imported as batch {report['batch']}: {report['created']} created, "
            f"{report['updated']} updated (undo with: import undo {report['batch']})",
            file=out,
        )


def _undo(args: argparse.Namespace, batch_id: int, out: TextIO) -> int:
    from app.importing.undo import undo_in_transaction

    database = open_db(args)
    try:
        result = undo_in_transaction(database, batch_id)
    finally:
        database.dispose()
    if args.json:
        json.dump(
            {"batch": batch_id, "reverted": result.reverted, "kept": result.kept},
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    print(f"Import {batch_id} undone: {result.reverted} records put back.", file=out)
    for line in result.kept:
        print(f"  {line}", file=out)
    return 0


def _country(args: argparse.Namespace) -> str | None:
    """--country as its ISO code (read as the supplier form reads a country)."""
    return country_code(args.country) if args.country else None


def _options(args: argparse.Namespace, database: Any, country: str | None) -> ImportOptions:
    choices = None
    if args.mapping is not None:
        choices = _mapping_choices(args, database)
    return ImportOptions(
        target=args.target,
        sheet=args.sheet,
        all_sheets=args.all_sheets,
        header_row=args.header_row,
        decimal=args.decimal,
        date_order=args.date_order,
        on_error=args.on_error,
        default_country=country,
        supplier_id=args.supplier,
        offer_product=(args.product or "").strip() or None,
        choices=choices,
    )


def _mapping_choices(args: argparse.Namespace, database: Any) -> tuple[ColumnChoice, ...]:
    """The --mapping file applied to the file's own headers (found as the wizard would)."""
    from app.importing.layout import detect_layout
    from app.importing.readers import open_source

    path = args.mapping
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        columns = data["columns"] if isinstance(data, dict) and "columns" in data else data
        if not isinstance(columns, dict):
            raise TypeError
    except (OSError, ValueError, TypeError, KeyError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) else "expected a JSON object"
        raise MappingFileError(f"{path}: cannot read the mapping ({detail})") from None
    known = {f.key for f in TARGETS[args.target]} | {NOTE}
    for header, key in columns.items():
        if key is not None and key not in known:
            raise MappingFileError(
                f"{path}: '{header}' maps to unknown field '{key}' "
                f"(fields: {', '.join(sorted(known))})"
            )
    with open_source(Path(args.path[0])) as source:
        names = [s.name for s in source.sheets if s.visible] or [s.name for s in source.sheets]
        sheet = source.read_sheet(args.sheet or names[0])
    layout = detect_layout(sheet, header_row=args.header_row)
    wanted = {str(k).casefold(): v for k, v in columns.items()}
    choices = []
    for index, header in enumerate(layout.headers):
        key = wanted.get(header.casefold(), wanted.get(column_letter(index).casefold()))
        choices.append(ColumnChoice(index, header, key, 1.0 if key else 0.0))
    unknown = (
        set(wanted)
        - {h.casefold() for h in layout.headers}
        - {column_letter(i).casefold() for i in range(len(layout.headers))}
    )
    if unknown:
        raise MappingFileError(
            f"{path}: no column named {', '.join(sorted(unknown))} in {Path(args.path[0]).name}"
        )
    return tuple(choices)
