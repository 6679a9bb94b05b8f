"""What python-calamine does not tell about an .xlsx file, read from its XML: which zip
member holds which sheet, the 1904 date flag and whether a cell style can show a duration
(the package); hidden rows and columns, formulas saved without a result and what an
error cell held (the sheet scan: regular expressions over the inflated stream, which
readers runs on a second thread while calamine parses).
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.importing.sniff import MAX_COLUMNS, MAX_ROWS, damaged_reason, normalise_member
from app.importing.source import ImportFileError, SheetData, SheetInfo, column_letter
from app.messages import translate

# --- .xlsx package: which zip member holds which sheet, the 1904 flag -------------------

_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_DATE1904 = re.compile(rb"""<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']""")
_DURATION_FORMAT = re.compile(rb"""numFmtId\s*=\s*["']4[67]["']|\[(?:h+|m+|s+)\]""", re.I)
_VALUE_TAG = re.compile(rb"<(?:\w+:)?(?:v|is|f)[\s>]")
_SMALL_PART = 16 * 1024 * 1024
_HEAD_BYTES = 256 * 1024
_CHUNK = 1024 * 1024


def _attributes(raw: bytes) -> dict[str, str]:
    return {
        key.decode("ascii", "replace"): html.unescape((double or single).decode("utf-8", "replace"))
        for key, double, single in _ATTRIBUTE.findall(raw)
    }


@dataclass(slots=True)
class XlsxPackage:
    path: Path
    names: dict[str, str] = field(default_factory=dict)
    """Normalised member name -> the name as stored."""
    sheet_members: dict[str, str] = field(default_factory=dict)
    date1904: bool = False
    durations: bool = True
    """Whether a cell style can show a duration ([h]:mm): only then can calamine give a
    timedelta, which the rows have no place for."""

    @classmethod
    def read(cls, path: Path) -> XlsxPackage:
        """What the scans need; what cannot be worked out stays empty (calamine still
        reads the cells, the scan is skipped)."""
        package = cls(path)
        try:
            with zipfile.ZipFile(path) as archive:
                package.names = {
                    normalise_member(i.filename): i.filename for i in archive.infolist()
                }
                package._read_workbook(archive)
        except Exception as exc:  # zipfile raises many types on damaged archives
            raise ImportFileError(path, damaged_reason(exc)) from None
        return package

    def _part(self, archive: zipfile.ZipFile, name: str) -> bytes:
        real = self.names.get(normalise_member(name))
        if real is None or archive.getinfo(real).file_size > _SMALL_PART:
            return b""
        return archive.read(real)

    def _relations(self, archive: zipfile.ZipFile, rels: str, base: str) -> dict[str, str]:
        """Relationship id -> member path, and "type:<last word of its type>" -> member
        path ("type:officeDocument", "type:styles")."""
        found = {}
        for raw in _RELATIONSHIP.findall(self._part(archive, rels)):
            attributes = _attributes(raw)
            target = attributes.get("Target", "")
            if attributes.get("TargetMode") == "External" or not target:
                continue
            joined = target if target.startswith("/") else f"{base}/{target}"
            member = posixpath.normpath(joined).lstrip("/")
            found[attributes.get("Id", "")] = member
            found["type:" + attributes.get("Type", "").rsplit("/", 1)[-1]] = member
        return found

    def _read_workbook(self, archive: zipfile.ZipFile) -> None:
        package = self._relations(archive, "_rels/.rels", "")
        workbook = package.get("type:officeDocument", "xl/workbook.xml")
        folder, file_name = posixpath.split(workbook)
        xml = self._part(archive, workbook)
        self.date1904 = _DATE1904.search(xml) is not None
        relations = self._relations(
            archive, posixpath.join(folder, "_rels", file_name + ".rels"), folder
        )
        styles = relations.get("type:styles")
        if styles is not None and normalise_member(styles) in self.names:
            self.durations = _DURATION_FORMAT.search(self._part(archive, styles)) is not None
        for raw in _SHEET_ENTRY.findall(xml):
            attributes = _attributes(raw)
            relation = next((v for k, v in attributes.items() if k.endswith(":id")), None)
            target = relations.get(relation or "")
            if "name" in attributes and target and normalise_member(target) in self.names:
                self.sheet_members[attributes["name"]] = self.names[normalise_member(target)]

    def member(self, sheet: str) -> str | None:
        return self.sheet_members.get(sheet)

    def head(self, member: str) -> bytes:
        """The first _HEAD_BYTES of a sheet's XML (the dimension is near the top)."""
        try:
            with zipfile.ZipFile(self.path) as archive, archive.open(member) as stream:
                return stream.read(_HEAD_BYTES)
        except Exception as exc:  # zipfile raises many types on damaged archives
            raise ImportFileError(self.path, damaged_reason(exc)) from None

    def any_values(self, sheets: list[SheetInfo]) -> bool:
        """Whether a sheet we know the part of holds a value (or may: one that shows
        none in its first 4 MB counts as having some)."""
        members = [m for m in map(self.member, (s.name for s in sheets)) if m is not None]
        try:
            with zipfile.ZipFile(self.path) as archive:
                for member in members:
                    with archive.open(member) as stream:
                        tail = b""
                        for _ in range(4):
                            chunk = stream.read(_CHUNK)
                            if not chunk:
                                break
                            if _VALUE_TAG.search(tail + chunk):
                                return True
                            tail = chunk[-16:]
                        else:
                            return True
        except Exception as exc:  # zipfile raises many types on damaged archives
            raise ImportFileError(self.path, damaged_reason(exc)) from None
        return False


# --- the sheet XML scan ---------------------------------------------------------------

_DIMENSION = re.compile(rb"""<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']""")
_CELL_REF = re.compile(rb"""\$?([A-Za-z]{1,4})\$?(\d{1,10})$""")
_R_ATTRIBUTE = re.compile(rb"""\sr\s*=\s*["']\$?([A-Za-z]{0,4})\$?(\d{1,8})["']""")
_HIDDEN_ATTRIBUTE = re.compile(rb"""\shidden\s*=\s*["'](?:1|true)["']""")
_MIN_MAX = re.compile(rb"""\s(min|max)\s*=\s*["'](\d{1,6})["']""")
_ROOT = re.compile(rb"<(\w+:)?worksheet\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters.upper():
        index = index * 26 + letter - 64
    return index - 1


def declared_extent(head: bytes) -> tuple[int, int] | None:
    """The last (row, column), 1-based, that a sheet's <dimension ref="A1:P2001"> declares
    in the first bytes of its XML; None when it declares none."""
    found = _DIMENSION.search(head)
    if found is None:
        return None
    last = _CELL_REF.search(found.group(1).rsplit(b":", 1)[-1].strip())
    if last is None:
        return None
    return int(last.group(2)), _column_index(last.group(1)) + 1


def check_dimension(path: Path, sheet: str, head: bytes) -> None:
    """Refuse before parsing a sheet whose declared size passes Excel's own limits."""
    extent = declared_extent(head)
    if extent is None:
        return
    row, column = extent
    if row > MAX_ROWS:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "sheet '{name}' says it has {rows} rows; the limit is {limit} (Excel's own)",
            ).format(name=sheet, rows=f"{row:,}", limit=f"{MAX_ROWS:,}"),
        )
    if column > MAX_COLUMNS:
        raise ImportFileError(
            path,
            translate(
                "Importing",
                "sheet '{name}' says it has {columns} columns; the limit is {limit} (Excel's own)",
            ).format(name=sheet, columns=f"{column:,}", limit=f"{MAX_COLUMNS:,}"),
        )


@dataclass(slots=True)
class SheetScan:
    """What python-calamine does not tell about an .xlsx sheet."""

    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    """(row number, column index, "#N/A"): calamine reads error cells as empty."""


class _Scanner:
    """Searches over the inflated sheet XML, part by part, each part ending at a row's
    end so that no cell is cut in two. Each search is one pass in C over the part: the
    scan costs about a third of what calamine's parse does."""

    def __init__(self, prefix: bytes) -> None:
        self.scan = SheetScan()
        self.count_rows: bool | None = None  # rows without r: number them by counting
        self.rows_before = 0
        self.row_tag = b"<" + prefix + b"row"
        self.col_tag = b"<" + prefix + b"col"
        self.cell_tags = (b"<" + prefix + b"c ", b"<" + prefix + b"c>")
        self.cell_end = b"</" + prefix + b"c>"
        p = re.escape(prefix)
        # a formula element not followed by a value with something in it
        self.formula_without_value = re.compile(
            rb"<" + p + rb"f(?:\s[^>]*)?(?:/>|>[^<]*</" + p + rb"f>)"
            rb"(?!\s*<" + p + rb"(?:v(?:\s[^>]*)?>[^<]|is>))"
        )

    def feed(self, part: bytes) -> None:
        if self.count_rows is None and self.row_tag in part:
            first = part.find(self.row_tag)
            self.count_rows = _R_ATTRIBUTE.search(part, first, part.find(b">", first)) is None
        if b"hidden" in part:
            self._hidden(part)
        for found in self.formula_without_value.finditer(part):
            start = max(part.rfind(tag, 0, found.start()) for tag in self.cell_tags)
            if start >= 0:
                self.scan.formulas_without_value.append(self._where(part, start))
        if b't="e"' in part:
            self._errors(part)
        if self.count_rows:
            self.rows_before += part.count(self.row_tag)

    def _row_number(self, part: bytes, start: int) -> int:
        found = _R_ATTRIBUTE.search(part, start, part.find(b">", start) + 1)
        if found is not None and found.group(2):
            return int(found.group(2))
        return self.rows_before + part.count(self.row_tag, 0, start) + 1

    def _hidden(self, part: bytes) -> None:
        position = part.find(b"hidden")
        while position >= 0:
            start, end = part.rfind(b"<", 0, position), part.find(b">", position)
            if start < 0 or end < 0:
                break
            tag = part[start : end + 1]
            if _HIDDEN_ATTRIBUTE.search(tag):
                if tag.startswith(self.row_tag) and tag[len(self.row_tag)] in b" \t\r\n":
                    self.scan.hidden_rows.add(self._row_number(part, start))
                elif tag.startswith(self.col_tag) and tag[len(self.col_tag)] in b" \t\r\n":
                    bounds = dict(_MIN_MAX.findall(tag))
                    low = int(bounds.get(b"min", b"0"))
                    high = min(int(bounds.get(b"max", low)), MAX_COLUMNS)
                    self.scan.hidden_columns.update(range(max(low, 1) - 1, high))
            position = part.find(b"hidden", end)

    def _where(self, part: bytes, start: int) -> tuple[int, int]:
        """(row number, column index) of the cell starting at `start`."""
        found = _R_ATTRIBUTE.search(part, start, part.find(b">", start) + 1)
        if found is not None and found.group(1) and found.group(2):
            return int(found.group(2)), _column_index(found.group(1))
        row_start = part.rfind(self.row_tag, 0, start)
        row = self._row_number(part, row_start) if row_start >= 0 else self.rows_before
        column = sum(part.count(tag, max(row_start, 0), start) for tag in self.cell_tags)
        return row, column

    def _errors(self, part: bytes) -> None:
        position = part.find(b't="e"')
        while position >= 0:
            start = max(part.rfind(tag, 0, position) for tag in self.cell_tags)
            end = part.find(self.cell_end, position)
            end = len(part) if end < 0 else end
            found = _VALUE.search(part, position, end)
            if start >= 0 and found is not None and found.group(1):
                row, column = self._where(part, start)
                text = html.unescape(found.group(1).decode("utf-8", "replace"))
                self.scan.errors.append((row, column, text))
            position = part.find(b't="e"', end)


def scan_sheet_xml(path: Path, member: str) -> SheetScan:
    """Hidden rows and columns, formulas without a saved result and error cells of one
    .xlsx sheet, streamed from the zip (one megabyte at a time)."""
    with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
        pending = stream.read(_CHUNK)
        root = _ROOT.search(pending, 0, 4096)
        prefix = (root.group(1) or b"") if root else b""
        scanner = _Scanner(prefix)
        row_end = b"</" + prefix + b"row>"
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                scanner.feed(pending)
                return scanner.scan
            pending += chunk
            cut = pending.rfind(row_end)
            if cut >= 0:
                cut += len(row_end)
            elif len(pending) > 16 * _CHUNK:  # one enormous row: cut between two cells
                cut = pending.rfind(scanner.cell_end)
                cut = len(pending) if cut < 0 else cut + len(scanner.cell_end)
            else:
                continue
            scanner.feed(pending[:cut])
            pending = pending[cut:]


def apply_scan(data: SheetData, scan: SheetScan) -> None:
    rows = data.rows
    for row, column, text in scan.errors:
        if 0 < row <= len(rows) and column < len(rows[row - 1]):
            rows[row - 1][column] = text
    data.hidden_rows = frozenset(scan.hidden_rows)
    data.hidden_columns = frozenset(scan.hidden_columns)
    data.formulas_without_value = sorted(set(scan.formulas_without_value))
    if data.formulas_without_value:
        row, column = data.formulas_without_value[0]
        count = len(data.formulas_without_value)
        data.notes.append(
            translate(
                "Importing",
                "{count} formula cell(s) have no saved result (the first is {cell}); open the "
                "file in Excel, let it calculate and save it again",
            ).format(count=f"{count:,}", cell=f"{column_letter(column)}{row}")
        )
