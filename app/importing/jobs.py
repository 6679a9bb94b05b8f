"""The wizard's work, run off the UI thread: each function opens its own session (one
user action, one thread) and calls app.importing. Nothing here touches Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import translate

if TYPE_CHECKING:
    from app.importing.batch import CommitResult
    from app.importing.mapping import ColumnChoice
    from app.importing.plan import ImportOptions, Preview
    from app.importing.source import SheetData
    from app.importing.undo import UndoResult
    from app.store.database import Database

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

SAMPLES = 3


@dataclass(frozen=True)
class SheetList:
    kind: str
    """What the file is (xlsx, csv...)."""
    names: list[str]
    """The visible sheets (every sheet when none is visible), in the workbook's order."""


@dataclass(frozen=True)
class ColumnsFound:
    """What the Columns page shows: the header, some values under it, the mapping."""

    headers: list[str]
    samples: list[list[str]]
    """Up to SAMPLES values per column, as text."""
    choices: list[ColumnChoice]
    origin: str
    """"saved" (the user's mapping for this header row) or "suggested"."""
    remembered: dict[str, Any] = field(default_factory=dict)
    """Options saved with that mapping (decimal, date order, default country)."""
    header_row: int = 0
    first_row: int = 0
    products: list[str] = field(default_factory=list)
    """The products' names, for the product a price column's offers are for."""


def read_sheets(path: Path) -> SheetList:
    from app.importing.readers import open_source

    with open_source(path) as source:
        visible = [s.name for s in source.sheets if s.visible]
        return SheetList(source.kind, visible or [s.name for s in source.sheets])


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_columns(database: Database, path: Path, options: ImportOptions) -> ColumnsFound:
    """The header of the sheet the options name and the mapping the preview would use
    for it (the saved one for this header row, else the suggestion)."""
    from app.importing.readers import open_source
    from app.importing.spool import spool_folder

    with open_source(path, spool_folder(database.engine)) as source:
        name = options.sheet
        if name is None or options.all_sheets:
            visible = [s.name for s in source.sheets if s.visible]
            name = (visible or [s.name for s in source.sheets])[0]
        sheet = source.read_sheet(name)
    try:
        return _columns_found(database, options, sheet)
    finally:
        close = getattr(sheet.rows, "close", None)  # a text file's rows, spooled
        if close is not None:
            close()


def _columns_found(database: Database, options: ImportOptions, sheet: SheetData) -> ColumnsFound:
    from sqlalchemy import select

    from app.importing.layout import detect_layout
    from app.importing.preview import find_mapping
    from models import Product

    layout = detect_layout(sheet, header_row=options.header_row)
    data = sheet.rows[layout.first_row - 1 : layout.last_row]
    samples: list[list[str]] = [[] for _ in layout.headers]
    for cells in data:
        if all(len(s) >= SAMPLES for s in samples):
            break
        for column, value in enumerate(cells[: len(samples)]):
            text = _text(value)
            if text and len(samples[column]) < SAMPLES:
                samples[column].append(text)
    with database.sessions() as session:
        found = find_mapping(session, options.target, sheet, layout)
        products = list(session.scalars(select(Product.name).order_by(Product.name)))
    return ColumnsFound(
        layout.headers,
        samples,
        found.choices,
        found.origin,
        found.remembered,
        layout.header_row,
        layout.first_row,
        products,
    )


def with_mapping(
    options: ImportOptions, found: ColumnsFound, choices: Sequence[ColumnChoice]
) -> ImportOptions:
    """The options the preview runs with. An untouched mapping is left for the preview to
    find again (it then also brings back the options saved with it); a changed one is
    passed as chosen, with the saved options the user left on Automatic."""
    if [c.field for c in choices] == [c.field for c in found.choices]:
        return replace(options, choices=None)
    kept = {k: v for k, v in found.remembered.items() if getattr(options, k) is None}
    return replace(options, choices=tuple(choices), **kept)


def preview_file(
    database: Database, path: Path, options: ImportOptions, progress: Progress, cancel: Cancel
) -> Preview:
    from app.importing.preview import build_preview

    with database.sessions() as session:
        return build_preview(session, path, options, progress=progress, cancel=cancel)


def commit(
    database: Database, preview: Preview, progress: Progress, cancel: Cancel
) -> CommitResult:
    from app.errors import ServiceError
    from app.importing.commit import commit_in_transaction
    from app.importing.retry import lost_race

    try:
        return commit_in_transaction(database, preview, progress=progress, cancel=cancel)
    except Exception as exc:
        if not lost_race(exc):
            raise
        # Another import or a colleague saved some of these records since the preview.
        raise ServiceError(
            translate(
                "Importing",
                "Someone saved some of these suppliers while you were looking at the preview; "
                "nothing was imported. Go back and preview again to see them.",
            )
        ) from None


def undo(
    database: Database,
    batch_id: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> UndoResult:
    from app.importing.undo import undo_in_transaction

    return undo_in_transaction(database, batch_id, progress=progress, cancel=cancel)


@dataclass(frozen=True)
class BatchRow:
    """One past import, as the history lists it."""

    id: int
    file_name: str
    target: str
    imported_at: Any
    status: str
    created: int
    updated: int
    unchanged: int
    skipped: int
    failed: int
    total: int
    summary: str


def past_imports(database: Database, limit: int = 500) -> list[BatchRow]:
    """The latest imports, newest first."""
    from app.importing.batches import past_imports as latest

    with database.sessions() as session:
        return [
            BatchRow(
                b.id,
                b.file_name,
                b.target,
                b.imported_at,
                str(b.status),
                b.rows_created,
                b.rows_updated,
                b.rows_unchanged,
                b.rows_skipped,
                b.rows_failed,
                b.rows_total,
                b.summary or "",
            )
            for b in latest(session, limit)
        ]


def save_problems(preview: Preview, target: Path) -> int:
    from app.importing.problems import save_problem_rows

    return save_problem_rows(preview, target)
