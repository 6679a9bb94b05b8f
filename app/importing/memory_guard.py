"""Refuse a file this computer has not the memory to import, before reading it.

Delimited text (CSV, TSV, TXT) is streamed (issue 18 point 5): its rows go to a
temporary SQLite file as they are read and every row's plan to another
(app.importing.spool, plan_store), so what grows with the rows is only the matcher's
keys of the rows to create (a tax id key, a name key and an entry: ~300 bytes a row,
whatever the width of the row; ~600 once the fuzzy test's word index is built, for rows
without a tax id). From 20,000 to 500,000 rows a second process cleans the rows
(app.importing.clean_process): about 90 MB more, whatever the rows. Measured with
tests/benchmarks/import_bench.py --memory (the 16-column benchmark sheet, every row with
a tax id; peak resident set size of the dry run and of the import, each in a child
process, with its cleaning worker's):

    rows        dry run   import    (before issue 18: dry run, import)
    10,000       96 MB    122 MB    (110 MB, 130 MB)   no worker (fewer than 20,000 rows)
    100,000     250 MB    255 MB    (396 MB, 460 MB)   the worker's 84 MB among them
    500,000     349 MB    352 MB                       the worker's 90 MB among them
    1,000,000   419 MB    427 MB    (3,054 MB, 3,058 MB)   no worker (more than 500,000)

    streamed: about 150 MB of working set (the plans' data held up to 48 MB, see
    plan_store.RESIDENT_BYTES; 200 MB with the commit's) + 320 bytes a row, and the
    worker's 90 MB where it runs: STREAMED_BASE and the margin cover it

Workbooks (.xlsx .xlsm .xls .ods) are still read whole by python-calamine (it has no
streaming reader; openpyxl's read-only mode streams but reads .xlsx about ten times
slower): the sheet's cells are held while it is planned, the plans are not. The figures
fitted for issue 13 point 8, made when the plans were held too, are kept for them (an
over-estimate now: the benchmark's .xlsx of 100,000 rows peaks at 355 MB on import with
its cleaning worker, the fit says 470 MB):

    import:  about  80 MB to start + 1,930 bytes a row + 7.0 bytes a byte of text
    dry run: about  67 MB to start + 1,185 bytes a row + 7.3 bytes a byte of text

The need of a file is estimated from a few kilobytes and the zip directory, with these
figures and a margin, and compared with the memory the system says is available.

How many rows and how much text, cheaply:
- delimited text: the file's size over the mean line length of its first 64 KB;
- .xlsx/.xlsm: the largest sheet's declared dimension (capped by what its XML could
  hold), its text from the inflated size of that sheet's XML and the shared strings;
- .xls and .ods: the file's size alone (an .ods packs its XML about three times).
"""

from __future__ import annotations

import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.importing.sniff import SNIFF_BYTES, human_bytes
from app.importing.source import ImportFileError
from app.importing.xlsx_scan import declared_extent
from app.messages import translate

BYTES_PER_ROW = 1_950
BYTES_PER_TEXT_BYTE = 7.5
"""A workbook's, read whole."""
STREAMED_BASE = 200 * 1024 * 1024
STREAMED_BYTES_PER_ROW = 320
"""A delimited text's, streamed: its text is never held, whatever its length; the
working set (pages of rows and plans, caches) is STREAMED_BASE at most."""
MARGIN = 1.25
"""What the figures above are multiplied by: the fit is for one sheet layout."""
XML_BYTES_PER_TEXT_BYTE = 3.5
"""An .xlsx sheet's XML over the same sheet saved as CSV (3.6 for the benchmark sheet)."""
MIN_XML_BYTES_PER_ROW = 25
"""The smallest a row holding a value can be in a sheet's XML (<row><c><v>1</v></c></row>)."""
ASSUMED_LINE_BYTES = 150
"""A supplier list's row as text, where the file does not say (.xls, .ods, no dimension)."""
ODS_TEXT_PER_FILE_BYTE = 3


@dataclass(frozen=True, slots=True)
class Estimate:
    rows: int
    text_bytes: int
    streamed: bool = False
    """Delimited text: its rows and plans go to temporary files as they are made."""

    @property
    def needed(self) -> int:
        """Bytes of memory the import is expected to take, margin included."""
        if self.streamed:
            # The pages and plans held at a time: a small file's all of them.
            working = min(STREAMED_BASE, self.rows * BYTES_PER_ROW)
            return int((working + self.rows * STREAMED_BYTES_PER_ROW) * MARGIN)
        return int((self.rows * BYTES_PER_ROW + self.text_bytes * BYTES_PER_TEXT_BYTE) * MARGIN)


def check_memory(path: Path, kind: str, size: int, free: int | None = None) -> None:
    """Raise ImportFileError when importing `path` (of `kind` and `size` bytes, as sniffed)
    needs more memory than is available (`free`; None: ask the system, see
    available_memory). Nothing is checked where the system does not say."""
    if free is None:
        free = available_memory()
    if free is None:
        return
    estimate = estimate_need(path, kind, size)
    if estimate.needed <= free:
        return
    raise ImportFileError(
        path,
        translate(
            "Importing",
            "has about {rows} rows and needs about {needed} of memory to import; this "
            "computer has {free} free: close other programs or split the file",
        ).format(
            rows=_about(estimate.rows), needed=human_bytes(estimate.needed), free=human_bytes(free)
        ),
    )


def estimate_need(path: Path, kind: str, size: int) -> Estimate:
    """Rows and text of the file, from its size and a few kilobytes of it."""
    if kind == "csv":
        return _text_estimate(path, size)
    if kind in ("xlsx", "xlsm"):
        return _xlsx_estimate(path, size)
    text = size * ODS_TEXT_PER_FILE_BYTE if kind == "ods" else size
    return Estimate(max(1, text // ASSUMED_LINE_BYTES), text)


def _text_estimate(path: Path, size: int) -> Estimate:
    try:
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError:
        return Estimate(size // ASSUMED_LINE_BYTES, size, streamed=True)
    if len(head) < size:  # the sample's last line is cut short: leave it out
        head = head[: head.rfind(b"\n") + 1] or head
    lines = head.count(b"\n") or 1
    return Estimate(max(1, size * lines // max(1, len(head))), size, streamed=True)


def _xlsx_estimate(path: Path, size: int) -> Estimate:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            sheets = [
                i
                for i in infos
                if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
            ]
            strings = sum(
                i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml")
            )
            if not sheets:
                return Estimate(size // ASSUMED_LINE_BYTES, size)
            largest = max(sheets, key=lambda i: i.file_size)
            with archive.open(largest) as stream:
                head = stream.read(4096)
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        return Estimate(size // ASSUMED_LINE_BYTES, size)
    text = int((largest.file_size + strings) / XML_BYTES_PER_TEXT_BYTE)
    most_rows = max(1, largest.file_size // MIN_XML_BYTES_PER_ROW)
    extent = declared_extent(head)
    rows = max(1, text // ASSUMED_LINE_BYTES) if extent is None else min(extent[0], most_rows)
    return Estimate(rows, text)


def _about(rows: int) -> str:
    """1,234,567 -> "1,200,000": two significant figures."""
    digits = len(str(rows))
    return f"{round(rows, -(digits - 2)) if digits > 2 else rows:,}"


def available_memory() -> int | None:
    """Bytes of memory this process may still take without the system running short:
    Linux's MemAvailable (and the container's limit, or this process's address-space limit
    (`ulimit -v`), when lower); Windows' available physical memory; None elsewhere (then
    the check is skipped)."""
    if sys.platform.startswith("linux"):
        return _linux_available()
    if sys.platform == "win32":
        return _windows_available()
    return None


def _linux_available() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as file:
            fields = dict(line.split(":", 1) for line in file if ":" in line)
        available = int(fields["MemAvailable"].split()[0]) * 1024
    except (OSError, KeyError, ValueError, IndexError):
        return None
    rooms = [r for r in (_cgroup_room(), _address_space_room()) if r is not None]
    return min([available, *rooms])


def _cgroup_room() -> int | None:
    """What a cgroup v2 memory limit leaves (a container, a systemd slice); None if none."""
    try:
        with open("/proc/self/cgroup", encoding="ascii") as file:
            group = next(
                (line.split("::", 1)[1].strip() for line in file if line.startswith("0::")), None
            )
        if group is None:
            return None
        folder = Path("/sys/fs/cgroup") / group.lstrip("/")
        limit = (folder / "memory.max").read_text().strip()
        if limit == "max":
            return None
        return max(0, int(limit) - int((folder / "memory.current").read_text()))
    except (OSError, ValueError):
        return None


def _address_space_room() -> int | None:
    """What `ulimit -v` (RLIMIT_AS) leaves this process beyond what it has mapped already;
    None without such a limit."""
    import resource

    limit, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if limit == resource.RLIM_INFINITY:
        return None
    try:
        with open("/proc/self/status", encoding="ascii") as file:
            size = next(int(line.split()[1]) * 1024 for line in file if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    return max(0, limit - size)


def _windows_available() -> int | None:  # pragma: no cover - Windows only
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    try:
        if not windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return None
    except (AttributeError, OSError):
        return None
    return int(status.ullAvailPhys)
