"""Open a spreadsheet by what it is, not by what it is called, and read one sheet.

Workbooks (.xlsx .xlsm .xls .ods) go through python-calamine, which is fast and parses
XML without expanding custom entities. python-calamine does not say which rows and
columns are hidden, which formulas were saved without a result, nor what an error cell
held; for .xlsx a light scan of the sheet's XML (xlsx_scan: regular expressions over
the inflated stream, run on a second thread while calamine parses) finds those.
Delimited text goes through csv_reader. Files are sniffed and size-checked first
(sniff); a file that cannot be read raises ImportFileError with one line naming it.

On a damaged file calamine may panic: pyo3 turns the panic into an exception (read as one
line here), but Rust's panic hook has already written "thread ... panicked at ..." and a
backtrace straight to file descriptor 2. Every calamine call is therefore made with fd 2
pointed at a temporary file (calamine_quiet); what a panic wrote goes to the log at debug
level, anything else captured is written back to stderr.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import time, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import python_calamine as calamine

from app.collector import collector_paused
from app.importing import csv_reader
from app.importing.memory_guard import check_memory
from app.importing.sniff import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    PASSWORD_ODS,
    PASSWORD_XLSX,
    check_ods_extent,
    damaged_reason,
    one_line,
    sniff,
)
from app.importing.source import CellValue, ImportFileError, SheetData, SheetInfo
from app.importing.xlsx_scan import (
    SheetScan,
    XlsxPackage,
    apply_scan,
    check_dimension,
    scan_sheet_xml,
)
from app.messages import Message, translate

__all__ = ["Source", "open_source"]

_log = logging.getLogger(__name__)

_SUFFIXES = {
    "xlsx": {".xlsx", ".xlsm", ".xltx", ".xltm"},
    "xlsm": {".xlsx", ".xlsm", ".xltx", ".xltm"},
    "xls": {".xls"},
    "ods": {".ods"},
}
_RESAVE = translate("Importing", "open it in Excel or LibreOffice and save it again as .xlsx")
_KIND_BY_SUFFIX = {
    ".xlsx": "xlsx",
    ".xltx": "xlsx",
    ".xlsm": "xlsm",
    ".xltm": "xlsm",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
}
_KIND_NAMES = {
    "xlsx": translate("Importing", "an Excel workbook (.xlsx)"),
    "xlsm": translate("Importing", "an Excel macro-enabled workbook (.xlsm)"),
    "xls": translate("Importing", "an Excel 97-2003 workbook (.xls)"),
    "ods": translate("Importing", "an OpenDocument spreadsheet (.ods)"),
    "csv": translate("Importing", "delimited text"),
}


class Source:
    """An opened spreadsheet file: its sheets, read one at a time. Close it (or use it
    as a context manager) to release the file."""

    path: Path
    kind: str
    """"xlsx", "xlsm", "xls", "ods" or "csv" (also for .tsv and .txt)."""
    sheets: list[SheetInfo]
    notes: list[str]
    """How the file was read, for the user (encoding and separator of a text file)."""

    def __init__(self, path: Path, kind: str, sheets: list[SheetInfo]) -> None:
        self.path = path
        self.kind = kind
        self.sheets = sheets
        self.notes = []
        self._closed = False

    def read_sheet(self, name: str | None = None) -> SheetData:
        """The sheet `name` (None: the first visible sheet), wholly in memory."""
        if self._closed:
            raise ValueError(f"{self.path.name} is closed")
        return self._read(self._sheet_name(name))

    def close(self) -> None:
        self._closed = True

    def __enter__(self) -> Source:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _read(self, name: str) -> SheetData:
        raise NotImplementedError

    def _sheet_name(self, name: str | None) -> str:
        if name is None:
            visible = [sheet.name for sheet in self.sheets if sheet.visible]
            return (visible or [sheet.name for sheet in self.sheets])[0]
        if any(sheet.name == name for sheet in self.sheets):
            return name
        known = ", ".join(f"'{sheet.name}'" for sheet in self.sheets)
        raise ImportFileError(
            self.path,
            translate("Importing", "has no sheet named '{name}' (it has {known})").format(
                name=name, known=known
            ),
        )


def open_source(path: Path | str, spool_folder: Path | None = None) -> Source:
    """Open `path` by its content. Raises ImportFileError (one line) when it cannot be
    imported: not a spreadsheet, empty, protected, damaged, unsafe to open, or more than
    this computer has the memory for (memory_guard). A delimited text's rows are read into
    a temporary file in `spool_folder` (None: the system's temporary folder; see spool)."""
    path = Path(path)
    sniffed = sniff(path)
    check_memory(path, sniffed.kind, sniffed.size)
    source: Source = (
        _CsvSource(path, spool_folder)
        if sniffed.kind == "csv"
        else _WorkbookSource(path, sniffed.kind)
    )
    named = _KIND_BY_SUFFIX.get(path.suffix.lower())
    if named is not None and named != sniffed.kind and {named, sniffed.kind} != {"xlsx", "xlsm"}:
        source.notes.insert(
            0,
            translate(
                "Importing", "The file is really {kind}, though its name ends in {suffix}"
            ).format(kind=_KIND_NAMES[sniffed.kind], suffix=path.suffix),
        )
    return source


class _CsvSource(Source):
    def __init__(self, path: Path, folder: Path | None = None) -> None:
        super().__init__(path, "csv", [SheetInfo(path.stem)])
        self._folder = folder
        try:
            self._text: csv_reader.DelimitedText | None = csv_reader.scan(path)
        except OSError as exc:
            raise ImportFileError(
                path,
                translate("Importing", "cannot be opened ({reason})").format(
                    reason=exc.strerror or exc
                ),
            ) from None
        if self._text.is_blank():
            raise ImportFileError(path, translate("Importing", "is empty"))
        self.notes = self._text.notes

    def _read(self, name: str) -> SheetData:
        assert self._text is not None
        try:
            return csv_reader.read_rows(self.path, name, self._text, self._folder)
        except OSError as exc:
            raise ImportFileError(
                self.path,
                translate("Importing", "cannot be opened ({reason})").format(
                    reason=exc.strerror or exc
                ),
            ) from None

    def close(self) -> None:
        self._text = None
        super().close()


class _WorkbookSource(Source):
    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(path, kind, [])
        self._package = XlsxPackage.read(path) if kind in ("xlsx", "xlsm") else None
        if kind == "ods":
            check_ods_extent(path)
        with calamine_quiet():
            self._book = self._open_book()
            try:
                self.sheets = self._worksheets()
                self._refuse_empty()
            except BaseException:
                self._book.close()
                raise

    def close(self) -> None:
        if not self._closed:
            self._book.close()
        super().close()

    def _open_book(self) -> calamine.CalamineWorkbook:
        try:
            if self.path.suffix.lower() in _SUFFIXES[self.kind]:
                return calamine.CalamineWorkbook.from_path(self.path)
            # calamine picks its parser by the extension; a renamed file goes by content
            with self.path.open("rb") as file:
                return calamine.CalamineWorkbook.from_filelike(file)
        except BaseException as exc:
            raise self._error(exc) from None

    def _worksheets(self) -> list[SheetInfo]:
        try:
            metadata = self._book.sheets_metadata
        except BaseException as exc:
            raise self._error(exc) from None
        sheets = [
            SheetInfo(sheet.name, sheet.visible == calamine.SheetVisibleEnum.Visible)
            for sheet in metadata
            if sheet.typ == calamine.SheetTypeEnum.WorkSheet
        ]
        if not sheets:
            raise ImportFileError(
                self.path, translate("Importing", "has no worksheets (only charts or macros)")
            )
        return sheets

    def _refuse_empty(self) -> None:
        """Refuse a workbook with no value in any sheet; stops at the first sheet with one
        (for .xlsx it peeks at the sheet's first kilobytes instead of parsing it)."""
        package = self._package
        unknown = [s.name for s in self.sheets if package is None or not package.member(s.name)]
        if package is not None and package.any_values(self.sheets):
            return
        missing = 0
        for name in unknown:
            try:
                if self._book.get_sheet_by_name(name).end is not None:
                    return
            except BaseException as exc:
                if not isinstance(exc, calamine.WorksheetNotFound):
                    raise self._error(exc, name) from None
                missing += 1
        if missing == len(self.sheets):
            raise ImportFileError(
                self.path,
                translate(
                    "Importing", "is damaged or incomplete: its sheets are missing from the file"
                ),
            )
        raise ImportFileError(
            self.path, translate("Importing", "is empty (no sheet has a cell with a value)")
        )

    def _read(self, name: str) -> SheetData:
        with calamine_quiet():
            return self._read_sheet(name)

    def _read_sheet(self, name: str) -> SheetData:
        member = self._package.member(name) if self._package else None
        scan: SheetScan | None = None
        notes: list[str] = []
        if member is not None:
            assert self._package is not None
            head = self._package.head(member)
            check_dimension(self.path, name, head)
            with ThreadPoolExecutor(max_workers=1) as pool:
                # calamine releases the GIL while it parses; the scan runs meanwhile
                pending = pool.submit(scan_sheet_xml, self.path, member)
                sheet = self._load(name)
                try:
                    scan = pending.result()
                except ImportFileError:
                    raise
                except Exception as exc:
                    raise ImportFileError(self.path, damaged_reason(exc)) from None
        else:
            sheet = self._load(name)
            if self._package is not None:
                notes.append(
                    translate(
                        "Importing",
                        "Hidden rows and formulas without a saved result were not checked",
                    )
                )
        rows = self._rows(name, sheet)
        data = SheetData(name=name, rows=rows, notes=notes)
        if self._package is not None:
            data.date1904 = self._package.date1904
        if scan is not None:
            apply_scan(data, scan)
        return data

    def _load(self, name: str) -> calamine.CalamineSheet:
        try:
            return self._book.get_sheet_by_name(name)
        except BaseException as exc:
            raise self._error(exc, name) from None

    def _rows(self, name: str, sheet: calamine.CalamineSheet) -> list[list[CellValue]]:
        end = sheet.end
        if end is None:
            return []
        height, width = end[0] + 1, end[1] + 1
        if height > MAX_ROWS:
            raise ImportFileError(
                self.path,
                translate(
                    "Importing",
                    "sheet '{name}' has {rows} rows; the limit is {limit} (Excel's own)",
                ).format(name=name, rows=f"{height:,}", limit=f"{MAX_ROWS:,}"),
            )
        if width > MAX_COLUMNS:
            raise ImportFileError(
                self.path,
                translate(
                    "Importing",
                    "sheet '{name}' has {columns} columns; the limit is {limit} (Excel's own)",
                ).format(name=name, columns=f"{width:,}", limit=f"{MAX_COLUMNS:,}"),
            )
        if height * width > MAX_CELLS:
            raise ImportFileError(
                self.path,
                translate(
                    "Importing",
                    "sheet '{name}' spans {rows} rows x {columns} columns = {cells} cells; the "
                    "limit is {limit} (delete the unused rows and columns, or split the sheet)",
                ).format(
                    name=name,
                    rows=f"{height:,}",
                    columns=f"{width:,}",
                    cells=f"{height * width:,}",
                    limit=f"{MAX_CELLS:,}",
                ),
            )
        durations = self._package is None or self._package.durations
        # iter_rows, not to_python: it gives the GIL back between rows, so the progress
        # heartbeat (and the wizard) is not held up for the whole conversion (0.2-0.45 s
        # for 100,000 rows). Its rows start at the first used column: padded to column A.
        pad: list[CellValue] = [None] * sheet.start[1] if sheet.start else []
        raw: list[list[CellValue]] = []
        with collector_paused():
            try:
                for cells in sheet.iter_rows():
                    row: list[Any] = cells
                    if "" in row:  # calamine gives "" for an empty cell
                        row = [None if value == "" else value for value in row]
                    if durations and timedelta in set(map(type, row)):
                        row = [_duration(v) if type(v) is timedelta else v for v in row]
                    raw.append(pad + row if pad else row)
            except BaseException as exc:
                raise self._error(exc, name) from None
        return raw

    def _error(self, exc: BaseException, sheet: str | None = None) -> ImportFileError:
        """calamine's exception as one line; re-raises what is not calamine's business."""
        if isinstance(exc, ImportFileError):
            return exc
        if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError):
            raise exc
        detail = one_line(str(exc))

        def about(whole: Message, one: Message, **args: object) -> Message:
            """The reason about the file, or about its sheet `sheet` when there is one."""
            if sheet:
                return one.format(sheet=sheet, detail=detail, **args)
            return whole.format(detail=detail, **args)

        if isinstance(exc, calamine.PasswordError):
            return ImportFileError(self.path, PASSWORD_ODS if self.kind == "ods" else PASSWORD_XLSX)
        if isinstance(exc, calamine.ZipError):
            return ImportFileError(self.path, damaged_reason(exc))
        if isinstance(exc, calamine.XmlError):
            return ImportFileError(
                self.path,
                about(
                    translate("Importing", "is damaged or not valid XML ({detail}); {resave}"),
                    translate(
                        "Importing",
                        "sheet '{sheet}' is damaged or not valid XML ({detail}); {resave}",
                    ),
                    resave=_RESAVE,
                ),
            )
        if isinstance(exc, calamine.WorksheetNotFound):
            return ImportFileError(
                self.path,
                about(
                    translate("Importing", "is damaged or incomplete: is missing from the file"),
                    translate(
                        "Importing",
                        "is damaged or incomplete: sheet '{sheet}' is missing from the file",
                    ),
                ),
            )
        if "Cell limit exceeded" in detail:
            return ImportFileError(
                self.path,
                about(
                    translate(
                        "Importing",
                        "is too large to read ({detail}); delete the unused rows and columns, "
                        "or split it",
                    ),
                    translate(
                        "Importing",
                        "sheet '{sheet}' is too large to read ({detail}); delete the unused rows "
                        "and columns, or split it",
                    ),
                ),
            )
        if isinstance(exc, calamine.CalamineError | OSError | ValueError | OverflowError):
            return ImportFileError(
                self.path,
                about(
                    translate("Importing", "could not be read ({detail}); {resave}"),
                    translate(
                        "Importing", "sheet '{sheet}' could not be read ({detail}); {resave}"
                    ),
                    resave=_RESAVE,
                ),
            )
        if type(exc).__name__ == "PanicException":  # pyo3: a Rust panic on damaged data
            return ImportFileError(
                self.path,
                about(
                    translate(
                        "Importing", "could not be read (it looks damaged: {detail}); {resave}"
                    ),
                    translate(
                        "Importing",
                        "sheet '{sheet}' could not be read (it looks damaged: {detail}); {resave}",
                    ),
                    resave=_RESAVE,
                ),
            )
        raise exc


class _StderrCapture:
    """File descriptor 2 pointed at a temporary file while any thread is inside; shared
    by threads that overlap (the first in redirects, the last out restores), under a lock.
    While it is active, whatever any thread writes to stderr is captured too: it is
    written back on restore unless it holds a Rust panic, which is logged instead."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved: int | None = None
        self._file: IO[bytes] | None = None

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._redirect()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    self._restore()

    def _redirect(self) -> None:
        _flush_stderr()
        try:
            capture = tempfile.TemporaryFile()  # noqa: SIM115 - closed in _restore
        except OSError:
            return
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all (pythonw): nothing to protect
            capture.close()
            return
        os.dup2(capture.fileno(), 2)
        self._saved, self._file = saved, capture

    def _restore(self) -> None:
        saved, capture = self._saved, self._file
        if saved is None or capture is None:
            return
        _flush_stderr()
        os.dup2(saved, 2)
        os.close(saved)
        self._saved = self._file = None
        with capture:
            capture.seek(0)
            written = capture.read()
        if not written:
            return
        if b"panicked at" in written:
            _log.debug("calamine panicked:\n%s", written.decode("utf-8", "replace"))
        else:
            with contextlib.suppress(OSError):
                os.write(2, written)


def _flush_stderr() -> None:
    with contextlib.suppress(AttributeError, OSError, ValueError):
        sys.stderr.flush()  # None under pythonw


calamine_quiet = _StderrCapture()
"""`with calamine_quiet():` around a call into calamine keeps a Rust panic's text off the
user's stderr (see the module)."""


def _duration(value: timedelta) -> time | str:
    """A duration cell (format [h]:mm): a time of day when under 24 h, else "h:mm:ss"."""
    seconds = int(value.total_seconds())
    if 0 <= seconds < 86_400 and not value.microseconds:
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
