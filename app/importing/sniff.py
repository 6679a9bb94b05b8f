"""What a file really is, judged from its bytes, and whether it is safe to open.

Suppliers send spreadsheets renamed, exported from web pages, password-protected or
damaged; the extension says little. Everything here reads at most a few kilobytes
(plus the zip directory or the OLE2 directory) and refuses with one line the user can
act on before any parser touches the file.
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.importing.source import ImportFileError
from app.messages import Message, translate

MAX_FILE_BYTES = 200 * 1024 * 1024
"""The largest file read at all (a supplier list is rarely over a few megabytes)."""
MAX_ZIP_MEMBERS = 10_000
MAX_UNCOMPRESSED_BYTES = 2 * 1024**3
"""What every part of a workbook may inflate to, together."""
MAX_COMPRESSION_RATIO = 200
"""A sheet's XML packs 5 to 20 times; deflate's ceiling is about 1,030. Past this ratio
(for parts above RATIO_CHECK_BYTES) the file is a zip bomb or damaged."""
RATIO_CHECK_BYTES = 16 * 1024 * 1024
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELLS = 30_000_000
"""Cells in a sheet's rectangle (rows x columns): beyond this the sheet would not fit in
a laptop's memory as Python objects."""

SNIFF_BYTES = 64 * 1024

PASSWORD_XLSX = translate(
    "Importing",
    "is protected by a password; open it in Excel, remove the password "
    "(File > Info > Protect Workbook) and save it again",
)
PASSWORD_ODS = translate(
    "Importing",
    "is protected by a password; open it in LibreOffice, save it again with "
    "File > Save As and untick 'Save with password'",
)
SAVE_AS = translate("Importing", "save it as .xlsx or .csv and import that file")

_OVERRIDE_TYPE = re.compile(rb"""<(?:\w+:)?Override\b[^>]*?\bContentType\s*=\s*["']([^"']*)["']""")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_BINARY_MAGICS: tuple[tuple[bytes, Message], ...] = (
    (
        b"%PDF",
        translate(
            "Importing", "is a PDF, not a spreadsheet; ask the supplier for the .xlsx or .csv file"
        ),
    ),
    (b"\x89PNG", translate("Importing", "is an image (PNG), not a spreadsheet")),
    (b"\xff\xd8\xff", translate("Importing", "is an image (JPEG), not a spreadsheet")),
    (b"GIF8", translate("Importing", "is an image (GIF), not a spreadsheet")),
    (
        b"\x1f\x8b",
        translate(
            "Importing", "is a compressed .gz archive; extract the spreadsheet from it first"
        ),
    ),
    (
        b"7z\xbc\xaf\x27\x1c",
        translate("Importing", "is a 7-Zip archive; extract the spreadsheet from it first"),
    ),
    (b"Rar!", translate("Importing", "is a RAR archive; extract the spreadsheet from it first")),
    (
        b"{\\rtf",
        translate(
            "Importing", "is a rich-text (RTF) document, not a spreadsheet; {save_as}"
        ).format(save_as=SAVE_AS),
    ),
    (b"\x7fELF", translate("Importing", "is a program, not a spreadsheet")),
)
_NOT_CONTROL = bytes(range(0x20, 0x100)) + b"\x00\t\n\r\x0b\x0c\x1a"


@dataclass(frozen=True, slots=True)
class Sniffed:
    kind: str
    """"xlsx", "xlsm", "xls", "ods" or "csv"."""
    size: int


def sniff(path: Path) -> Sniffed:
    """Say what `path` holds, or raise ImportFileError saying why it cannot be imported."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise ImportFileError(
            path, translate("Importing", "does not exist (was it moved or deleted?)")
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            path,
            translate("Importing", "is a folder, not a file; {save_as}").format(save_as=SAVE_AS),
        ) from None
    except OSError as exc:
        raise ImportFileError(
            path,
            translate("Importing", "cannot be opened ({reason})").format(
                reason=exc.strerror or exc
            ),
        ) from None
    if size == 0 or not head:
        raise ImportFileError(path, translate("Importing", "is empty"))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is {size}; the largest file Supplier Desk imports is {limit} "
                "(save only the sheet you need, or split it)",
            ).format(size=human_bytes(size), limit=human_bytes(MAX_FILE_BYTES)),
        )
    if head.startswith(_ZIP_MAGICS):
        return Sniffed(_zip_kind(path), size)
    if head.startswith(_OLE2_MAGIC):
        return Sniffed(_ole2_kind(path), size)
    if _is_old_biff(head):
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is an Excel 2.x-4.0 workbook (from before 1995), too old to read; open it in "
                "Excel or LibreOffice and save it as .xlsx",
            ),
        )
    for magic, reason in _BINARY_MAGICS:
        if head.startswith(magic):
            raise ImportFileError(path, reason)
    _refuse_markup(path, head)
    if text_encoding_hint(head) is None and _looks_binary(head):
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is not a spreadsheet or a text file (unrecognised binary content); {save_as}",
            ).format(save_as=SAVE_AS),
        )
    return Sniffed("csv", size)


def human_bytes(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    if size >= 1024**2:
        return f"{size / 1024**2:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def text_encoding_hint(head: bytes) -> str | None:
    """The codec a byte-order mark (or UTF-16's NUL pattern) names, else None."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if head.startswith(b"\xfe\xff"):
        return "utf-16-be"
    sample = head[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0) / len(sample[0::2])
        odd_nuls = sample[1::2].count(0) / len(sample[1::2])
        if odd_nuls > 0.7 and even_nuls < 0.1:
            return "utf-16-le"
        if even_nuls > 0.7 and odd_nuls < 0.1:
            return "utf-16-be"
    return None


def _looks_binary(head: bytes) -> bool:
    """Text (even with a few stray NULs, as some exports have) has almost no control bytes."""
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls > len(head) * 0.02 or head.count(0) > len(head) * 0.3


def _is_old_biff(head: bytes) -> bool:
    """A bare BIFF2-5 stream (no OLE2 container) starts with a BOF record: 09 0x len 00."""
    return len(head) >= 4 and head[0] == 0x09 and head[1] in (0, 2, 4, 8) and head[3] == 0


def _refuse_markup(path: Path, head: bytes) -> None:
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"urn:schemas-microsoft-com:office:spreadsheet" in start:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx",
            ),
        )
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or (
        start.startswith(b"<") and b"<html" in start
    ):
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is a web page (HTML) saved with a spreadsheet name; open it in Excel and save "
                "it as .xlsx (File > Save As > Excel Workbook)",
            ),
        )
    if start.startswith(b"<?xml"):
        raise ImportFileError(
            path,
            translate("Importing", "is an XML file, not a spreadsheet; {save_as}").format(
                save_as=SAVE_AS
            ),
        )


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_zip_sizes(path, infos)
            names = {normalise_member(info.filename): info for info in infos}
            if any(info.flag_bits & 0x1 for info in infos):
                raise ImportFileError(path, PASSWORD_XLSX)
            mimetype = names.get("mimetype")
            if mimetype is not None:
                declared = archive.read(mimetype)[:200].strip()
                if declared.startswith(_ODS_MIMETYPE):
                    return "ods"
                if declared.startswith(b"application/vnd.oasis.opendocument"):
                    raise ImportFileError(
                        path,
                        translate(
                            "Importing", "is an OpenDocument file but not a spreadsheet; {save_as}"
                        ).format(save_as=SAVE_AS),
                    )
            content_types = names.get("[content_types].xml")
            main_types: set[bytes] = set()
            if content_types is not None and content_types.file_size < 4 * 1024 * 1024:
                # the parts' own types; a <Default> for an extension says nothing
                main_types = {
                    found.group(1).lower()
                    for found in _OVERRIDE_TYPE.finditer(archive.read(content_types))
                    if found.group(1).lower().endswith((b".main+xml", b".main"))
                }
    except ImportFileError:
        raise
    except Exception as exc:  # zipfile raises many types on damaged archives
        raise ImportFileError(path, damaged_reason(exc)) from None
    declared_types = b" ".join(main_types)
    if b"sheet.binary.macroenabled.main" in declared_types:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx",
            ),
        )
    is_workbook = (
        b"spreadsheetml.sheet.main" in declared_types
        or b"spreadsheetml.template.main" in declared_types
        or b"ms-excel.sheet.macroenabled.main" in declared_types
        or b"ms-excel.template.macroenabled.main" in declared_types
        or "xl/workbook.xml" in names
    )
    if is_workbook:
        macros = b"macroenabled.main" in declared_types or "xl/vbaproject.bin" in names
        return "xlsm" if macros else "xlsx"
    if any(name.startswith("index/") and name.endswith(".iwa") for name in names):
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "is an Apple Numbers file; in Numbers choose File > Export To > Excel (or CSV) "
                "and import that file",
            ),
        )
    if "word/document.xml" in names:
        raise ImportFileError(
            path,
            translate("Importing", "is a Word document, not a spreadsheet; {save_as}").format(
                save_as=SAVE_AS
            ),
        )
    if "ppt/presentation.xml" in names:
        raise ImportFileError(path, _powerpoint())
    if any(name.endswith("workbook.xml") for name in names):
        return "xlsx"
    raise ImportFileError(
        path,
        translate(
            "Importing", "is a zip archive with no spreadsheet inside; extract it, or {save_as}"
        ).format(save_as=SAVE_AS),
    )


def _powerpoint() -> Message:
    return translate("Importing", "is a PowerPoint file, not a spreadsheet; {save_as}").format(
        save_as=SAVE_AS
    )


def normalise_member(name: str) -> str:
    """Zip member names as writers differ on them: case, backslashes, a leading slash."""
    return name.replace("\\", "/").lstrip("/").lower()


def damaged_reason(exc: BaseException) -> Message:
    detail = one_line(str(exc)) or type(exc).__name__
    return translate(
        "Importing", "is damaged or incomplete ({detail}); ask the sender for the file again"
    ).format(detail=detail)


def one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_zip_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb from its directory alone, before anything is inflated."""
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "holds {parts} parts (a workbook has at most {limit}); refusing it as unsafe",
            ).format(parts=f"{len(infos):,}", limit=f"{MAX_ZIP_MEMBERS:,}"),
        )
    total = sum(info.file_size for info in infos)
    for info in infos:
        if info.file_size > RATIO_CHECK_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            source = (
                translate(
                    "Importing",
                    "the sheet {name} would inflate to {size} from {packed} ({ratio} to 1): "
                    "a zip bomb or a damaged file, refused",
                )
                if re.search(r"sheet\d*\.xml$|content\.xml$", info.filename)
                else translate(
                    "Importing",
                    "the part {name} would inflate to {size} from {packed} ({ratio} to 1): "
                    "a zip bomb or a damaged file, refused",
                )
            )
            raise ImportFileError(
                path,
                source.format(
                    name=info.filename,
                    size=human_bytes(info.file_size),
                    packed=human_bytes(info.compress_size),
                    ratio=f"{ratio:,}",
                ),
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "would inflate to {size}; the limit is {limit} (save only the sheet you need)",
            ).format(size=human_bytes(total), limit=human_bytes(MAX_UNCOMPRESSED_BYTES)),
        )


def _ole2_kind(path: Path) -> str:
    names = ole2_stream_names(path)
    if "encryptedpackage" in names:
        raise ImportFileError(path, PASSWORD_XLSX)
    if names and not names & {"workbook", "book"}:
        if "worddocument" in names:
            raise ImportFileError(
                path,
                translate(
                    "Importing", "is a Word document (.doc), not a spreadsheet; {save_as}"
                ).format(save_as=SAVE_AS),
            )
        if "powerpoint document" in names:
            raise ImportFileError(path, _powerpoint())
        raise ImportFileError(
            path,
            translate(
                "Importing", "is an Office file with no Excel workbook inside; {save_as}"
            ).format(save_as=SAVE_AS),
        )
    return "xls"


_ENDOFCHAIN = 0xFFFFFFFE


def ole2_stream_names(path: Path) -> set[str]:
    """Lower-cased names in an OLE2 (Compound File) directory; empty when it cannot be
    walked, in which case the workbook reader has the last word."""
    try:
        with path.open("rb") as file:
            header = file.read(512)
            if len(header) < 512:
                return set()
            sector_size = 1 << struct.unpack_from("<H", header, 0x1E)[0]
            if sector_size not in (512, 4096):
                return set()
            file.seek(0, 2)
            sectors = max(0, file.tell() // sector_size - 1)

            def read_sector(number: int) -> bytes:
                if number >= sectors:
                    raise ValueError("sector out of range")
                file.seek((number + 1) * sector_size)
                return file.read(sector_size)

            fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < sectors]
            difat, difat_count = struct.unpack_from("<II", header, 0x44)
            for _ in range(min(difat_count, sectors)):
                if difat >= sectors:
                    break
                entries = struct.unpack(f"<{sector_size // 4}I", read_sector(difat))
                fat_sectors.extend(s for s in entries[:-1] if s < sectors)
                difat = entries[-1]
            fat: list[int] = []
            for number in fat_sectors:
                fat.extend(struct.unpack(f"<{sector_size // 4}I", read_sector(number)))
            names: set[str] = set()
            sector = struct.unpack_from("<I", header, 0x30)[0]
            seen: set[int] = set()
            while sector != _ENDOFCHAIN and sector < len(fat) and sector not in seen:
                seen.add(sector)
                data = read_sector(sector)
                for offset in range(0, len(data) - 127, 128):
                    length = struct.unpack_from("<H", data, offset + 0x40)[0]
                    if 2 <= length <= 64:
                        raw = data[offset : offset + length - 2]
                        names.add(raw.decode("utf-16-le", "replace").lower())
                sector = fat[sector]
            return names
    except (OSError, ValueError, struct.error):
        return set()


_ODS_ITEM = re.compile(rb"<table:table\s[^>]*>|<table:table-row\b([^>]*?)(/?)>")
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ODS_REPEAT = re.compile(rb"""number-(?:rows|columns)-repeated\s*=\s*["'](\d{1,10})["']""")
_ODS_ROW_END = b"</table:table-row>"


def check_ods_extent(path: Path) -> None:
    """Refuse an .ods whose repeated rows or cells (number-rows-repeated="1048576") would
    unfold past the sheet caps: calamine unfolds them all when it opens the file, a
    kilobyte can ask for gigabytes. Streams content.xml a megabyte at a time."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            extent = _OdsExtent(path)
            pending = b""
            while True:
                chunk = stream.read(1024 * 1024)
                if not chunk:
                    extent.feed(pending)
                    return
                pending += chunk
                cut = pending.rfind(_ODS_ROW_END)
                if cut >= 0 or len(pending) > 64 * 1024 * 1024:
                    cut = len(pending) if cut < 0 else cut + len(_ODS_ROW_END)
                    extent.feed(pending[:cut])
                    pending = pending[cut:]
    except ImportFileError:
        raise
    except KeyError:
        return  # no content.xml: calamine says what is wrong
    except Exception as exc:  # zipfile raises many types on damaged archives
        raise ImportFileError(path, damaged_reason(exc)) from None


class _OdsExtent:
    """The rows and columns up to the last cell with something in it, per table."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.row = self.rows = self.columns = 0

    def feed(self, part: bytes) -> None:
        for item in _ODS_ITEM.finditer(part):
            attributes, empty = item.group(1), item.group(2)
            if attributes is None:  # a new table
                self.row = self.rows = self.columns = 0
                continue
            repeat = _ods_repeat(attributes)
            end = -1 if empty else part.find(_ODS_ROW_END, item.end())
            width = 0 if end < 0 else self._width(part[item.end() : end])
            if width:
                self.rows = self.row + repeat
                self.columns = max(self.columns, width)
                self._check()
            self.row += repeat

    @staticmethod
    def _width(row: bytes) -> int:
        """Columns up to the row's last cell holding a value or text (0: none)."""
        last = max(row.rfind(b"office:value-type"), row.rfind(b"<text:"))
        if last < 0:
            return 0
        if b"repeated" not in row:
            return row.count(b"<table:table-cell", 0, last) + row.count(
                b"<table:covered-table-cell", 0, last
            )
        column = width = 0
        for cell in _ODS_CELL.finditer(row):
            column += _ods_repeat(cell.group(1))
            closing = -1 if cell.group(2) else row.find(b"-cell>", cell.end())
            inside = b"" if closing < 0 else row[cell.end() : closing]
            if b"office:value-type" in cell.group(1) or b"<text:" in inside:
                width = column
        return width

    def _check(self) -> None:
        if self.rows > MAX_ROWS:
            raise ImportFileError(
                self.path,
                translate(
                    "Importing", "has a sheet of {rows} rows; the limit is {limit} (Excel's own)"
                ).format(rows=f"{self.rows:,}", limit=f"{MAX_ROWS:,}"),
            )
        if self.columns > MAX_COLUMNS:
            raise ImportFileError(
                self.path,
                translate(
                    "Importing",
                    "has a sheet of {columns} columns; the limit is {limit} (Excel's own)",
                ).format(columns=f"{self.columns:,}", limit=f"{MAX_COLUMNS:,}"),
            )
        if self.rows * self.columns > MAX_CELLS:
            raise ImportFileError(
                self.path,
                translate(
                    "Importing",
                    "has a sheet spanning {rows} rows x {columns} columns = {cells} cells; the "
                    "limit is {limit} (delete the unused rows and columns, or split the sheet)",
                ).format(
                    rows=f"{self.rows:,}",
                    columns=f"{self.columns:,}",
                    cells=f"{self.rows * self.columns:,}",
                    limit=f"{MAX_CELLS:,}",
                ),
            )


def _ods_repeat(attributes: bytes) -> int:
    found = _ODS_REPEAT.search(attributes)
    return max(1, int(found.group(1))) if found else 1
