"""The dry run: read the file, find the header, map the columns and plan every row,
without writing anything. What the wizard shows and what commit() applies."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.collector import collector_paused
from app.errors import ServiceError
from app.importing.fields import FieldSpec
from app.importing.layout import Layout, detect_layout, same_layout
from app.importing.mapping import (
    ColumnChoice,
    load_saved_mapping,
    missing_required,
    suggest_mapping,
)
from app.importing.plan import (
    ImportCancelledError,
    ImportOptions,
    MappingSource,
    Preview,
    Progress,
    heartbeat,
)
from app.importing.readers import Source, open_source
from app.importing.source import ImportFileError, SheetData
from app.importing.spool import spool_folder
from app.importing.supplier_rows import SupplierRowPlanner
from app.messages import join, translate

SAMPLE_ROWS = 50
REMEMBERED = ("decimal", "date_order", "default_country")
"""Options a saved mapping brings back when the user left them on Automatic."""


class MappingError(ServiceError):
    """The mapping lacks a field every row needs: nothing can be imported."""

    def __init__(self, file_name: str, lacking: Sequence[FieldSpec], headers: Sequence[str]):
        wanted = join(", ", [f.label for f in lacking])
        super().__init__(
            translate(
                "Importing",
                "{file}: no column is mapped to {fields}; choose one on the wizard's "
                "mapping page, or give --mapping FILE.json on the command line",
            ).format(file=file_name, fields=wanted)
        )
        self.file_name = file_name
        self.lacking = tuple(lacking)
        """The required fields no column fills."""
        self.headers = tuple(headers)
        """The file's column headers (what a mapping can name)."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def build_preview(
    session: Session,
    path: Path,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Preview:
    """Plan the import of `path` (nothing is written). Raises ImportFileError for a file
    that cannot be read, MappingError when a required field has no column,
    ImportCancelledError when `cancel` answers True."""
    with collector_paused(), heartbeat(progress) as beating:
        return _build_preview(session, Path(path), options or ImportOptions(), beating, cancel)


def _build_preview(
    session: Session,
    path: Path,
    options: ImportOptions,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> Preview:
    if progress is not None:
        progress(translate("Importing", "Reading {file}").format(file=path.name), 0, 1)
    folder = spool_folder(session.get_bind())
    with open_source(path, folder) as source:
        names = _sheet_names(source, options)
        first = source.read_sheet(names[0])
        try:
            preview = _plan(session, path, options, progress, cancel, source, names, first, folder)
        finally:
            _let_go(first)
    if progress is not None:
        progress(translate("Importing", "Preview ready"), 1, 1)
    return preview


def _let_go(sheet: SheetData) -> None:
    """A planned sheet's rows let go of now: a text file's spooled rows removed, a
    workbook's list emptied (its rows were emptied one by one as planned)."""
    close = getattr(sheet.rows, "close", None)
    if close is not None:
        close()
    sheet.rows = []


def _plan(
    session: Session,
    path: Path,
    options: ImportOptions,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
    source: Source,
    names: list[str],
    first: SheetData,
    folder: Path | None,
) -> Preview:
    if cancel is not None and cancel():
        raise ImportCancelledError
    layout = detect_layout(first, header_row=options.header_row)
    origin: MappingSource
    if options.choices is not None:
        choices, origin = list(options.choices), "chosen"
    else:
        found = find_mapping(session, options.target, first, layout)
        choices, origin = found.choices, found.origin
        kept = {k: v for k, v in found.remembered.items() if getattr(options, k) is None}
        options = replace(options, **kept)
    lacking = unmapped_required(choices, options)
    if lacking:
        raise MappingError(path.name, lacking, layout.headers)
    if options.target == "price-list":
        from app.importing.price_list import PriceListPlanner

        planner: SupplierRowPlanner | PriceListPlanner = PriceListPlanner(
            session, options, choices, progress=progress, cancel=cancel, spool_folder=folder
        )
    else:
        planner = SupplierRowPlanner(
            session, options, choices, progress=progress, cancel=cancel, spool_folder=folder
        )
    try:
        preview = Preview(
            path=path,
            kind=source.kind,
            sha256=file_sha256(path),
            options=options,
            sheets=[],
            headers=layout.headers,
            choices=list(choices),
            rows=planner.plans,
            notes=list(source.notes),
            mapping_source=origin,
        )
        for name in names:
            sheet = first if name == names[0] else source.read_sheet(name)
            try:
                layout_here = layout
                if sheet is not first:
                    layout_here = detect_layout(sheet, header_row=options.header_row)
                    if not same_layout(layout, layout_here):
                        preview.notes.append(
                            translate(
                                "Importing", "Sheet '{name}' skipped: its columns differ"
                            ).format(name=name)
                        )
                        continue
                preview.sheets.append(name)
                preview.notes.extend(_sheet_notes(sheet, layout_here, len(names) > 1))
                planner.plan_sheet(sheet, layout_here.first_row, layout_here.last_row)
            finally:
                _let_go(sheet)  # one sheet in memory (or on disk) at a time
            del sheet
        planner.compare_existing()
    except BaseException:
        planner.plans.close()  # cancelled or failed: the plans' file goes now
        raise
    preview.notes.extend(planner.decided.values())
    preview.notes = list(dict.fromkeys(preview.notes))
    planner.plans.flush()
    # Let go of the matcher's indexes while the heartbeat still runs, a batch at a time:
    # freeing a few million small objects at once holds the GIL half a second.
    planner.close()
    del planner
    return preview


def _sheet_names(source: Source, options: ImportOptions) -> list[str]:
    visible = [s.name for s in source.sheets if s.visible] or [s.name for s in source.sheets]
    if options.all_sheets:
        return visible
    if options.sheet is None:
        return visible[:1]
    known = [s.name for s in source.sheets]
    if options.sheet not in known:
        raise ImportFileError(
            source.path,
            translate("Importing", "has no sheet named '{name}' (it has: {known})").format(
                name=options.sheet, known=", ".join(known)
            ),
        )
    return [options.sheet]


@dataclass(frozen=True)
class MappingFound:
    """The mapping a file gets before the user changes it."""

    choices: list[ColumnChoice]
    origin: MappingSource
    """"saved" (confirmed for this header row before) or "suggested"."""
    remembered: dict[str, Any]
    """Options saved with that mapping (decimal, date order, default country)."""


def find_mapping(session: Session, target: str, sheet: SheetData, layout: Layout) -> MappingFound:
    """The saved mapping for this header row, else the suggestion from the headers and
    the first rows under them."""
    saved = load_saved_mapping(session, target, layout.headers)
    if saved is not None:
        remembered = {k: v for k, v in saved.options.items() if k in REMEMBERED}
        return MappingFound(list(saved.choices), "saved", remembered)
    sample = sheet.rows[layout.first_row - 1 : layout.first_row - 1 + SAMPLE_ROWS]
    return MappingFound(suggest_mapping(layout.headers, target, sample), "suggested", {})


def unmapped_required(choices: Sequence[ColumnChoice], options: ImportOptions) -> list[FieldSpec]:
    """Required fields no column fills and no option stands in for (a default country,
    the price list's supplier)."""
    lacking = missing_required(choices, options.target)
    if options.target == "suppliers" and options.default_country:
        lacking = [f for f in lacking if f.key != "supplier.country"]
    if options.target == "price-list" and options.supplier_id is not None:
        lacking = [f for f in lacking if f.key != "offer.supplier"]
    return lacking


def _sheet_notes(sheet: SheetData, layout: Layout, several: bool) -> list[str]:
    if layout.header_row:
        first = translate("Importing", "header in row {row}, data in rows {first}-{last}")
    else:
        first = translate("Importing", "no header row, data in rows {first}-{last}")
    notes: list[str] = [
        first.format(row=layout.header_row, first=layout.first_row, last=layout.last_row),
        *layout.notes,
        *sheet.notes,
    ]
    if several:
        on_sheet = translate("Importing", "Sheet '{name}': {note}")
        return [on_sheet.format(name=sheet.name, note=n) for n in notes]
    return notes
