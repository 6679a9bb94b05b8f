"""Delimited text (CSV, TSV, TXT) as suppliers' software writes it: any of four
separators, UTF-8 or UTF-16 or the Windows code page Excel uses in Latin America and
Europe, quoted fields with newlines inside, now and then a stray NUL byte."""

from __future__ import annotations

import codecs
import csv
import gc
import io
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from app.importing.sniff import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, text_encoding_hint
from app.importing.source import ImportFileError, SheetData
from app.messages import translate

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_CHARS = 64 * 1024
SAMPLE_RECORDS = 50

_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
}
_DELIMITER_LABELS = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}
_CP1252_GAPS = "cp1252-latin1-gaps"


def _latin1_for_gaps(error: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined; read them as Latin-1 does."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    undecoded = error.object[error.start : error.end]
    return bytes(undecoded).decode("latin-1"), error.end


codecs.register_error(_CP1252_GAPS, _latin1_for_gaps)


@dataclass(slots=True)
class DelimitedText:
    text: str
    encoding: str
    """The label the user sees: "UTF-8", "Windows-1252"..."""
    delimiter: str
    nul_count: int

    @property
    def notes(self) -> list[str]:
        if self.delimiter:
            note = translate("Importing", "Read as {encoding} text, {separator}-separated").format(
                encoding=self.encoding, separator=_DELIMITER_LABELS[self.delimiter]
            )
        else:
            note = translate(
                "Importing", "Read as {encoding} text, one column (no separator found)"
            ).format(encoding=self.encoding)
        notes: list[str] = [note]
        if self.nul_count:
            notes.append(
                translate(
                    "Importing", "Removed {count} NUL byte(s) (\\0) found in the file"
                ).format(count=f"{self.nul_count:,}")
            )
        return notes

    def is_blank(self) -> bool:
        """No cell would hold anything but spaces: separators, quotes and newlines only."""
        return not self.text.strip(' \t\r\n\f\v,;|"\ufeff')


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the label of the encoding it was read with."""
    codec = text_encoding_hint(data[:4096])
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                path,
                translate(
                    "Importing",
                    "says it is {encoding} text but byte {byte} is not; save it again as CSV UTF-8",
                ).format(encoding=_ENCODING_LABELS[codec], byte=f"{exc.start:,}"),
            ) from None
        if codec in ("utf-16-le", "utf-16-be") and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return text, _ENCODING_LABELS[codec] + " (no BOM)"
        if codec.startswith("utf-16"):
            text = text.removeprefix("\ufeff")
            return text, _ENCODING_LABELS[codec] + " (with BOM)"
        return text.removeprefix("\ufeff"), _ENCODING_LABELS[codec]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    western = data.decode("cp1252", _CP1252_GAPS)
    if not _looks_western(western):
        chinese = _as_chinese(data)
        if chinese is not None:
            return chinese, "GB18030 (Chinese)"
    return western, "Windows-1252"


_WESTERN = set("áéíóúüñçãõâêôàèìòùäëïöÁÉÍÓÚÜÑÇÃÕÂÊÔÀÈÌÒÙÄËÏÖºª°€£¿¡«»–—‘’“”•·´")


def _looks_western(text: str) -> bool:
    """Whether the non-ASCII letters of a Windows-1252 reading are those Spanish,
    Portuguese and English lists use (Chinese bytes read that way give a scatter of
    symbols and capitals: '¹ã¶«', 'ÖÐ¹ú')."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return not wide or sum(ch in _WESTERN for ch in wide) >= 0.8 * len(wide)


def _as_chinese(data: bytes) -> str | None:
    """The text, when the bytes are Chinese in GBK/GB18030 (what Excel on a Chinese
    Windows saves as CSV): it decodes, and its non-ASCII text is nearly all common
    ideographs and Chinese punctuation."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if ord(ch) > 0x7F]
    common = sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fa5" or ch in "，。：；（）、")
    return text if wide and common >= 0.9 * len(wide) else None


def detect_delimiter(text: str) -> str:
    """The separator giving the most rows with the same number (> 1) of columns among the
    first SAMPLE_RECORDS records; ties go to more columns, then to the order of DELIMITERS.
    "" when no separator splits the text (a one-column file)."""
    sample = text[:SAMPLE_CHARS]
    truncated = len(text) > len(sample)
    best: tuple[float, int] | None = None
    chosen = ""
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            counts = [len(row) for row in islice(reader, SAMPLE_RECORDS + 1) if row]
        except csv.Error:
            continue
        if truncated and len(counts) <= SAMPLE_RECORDS and len(counts) > 1:
            counts.pop()  # the sample cut the last record short
        counts = counts[:SAMPLE_RECORDS]
        if not counts:
            continue
        columns, frequency = Counter(counts).most_common(1)[0]
        if columns < 2:
            continue
        score = (frequency / len(counts), columns)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def load(path: Path, data: bytes) -> DelimitedText:
    """Decode the bytes and choose the separator; NUL bytes are dropped (they end a line
    early in most readers and mean nothing in a supplier list)."""
    text, encoding = decode(path, data)
    nul_count = text.count("\0")
    if nul_count:
        text = text.replace("\0", "")
    return DelimitedText(text, encoding, detect_delimiter(text), nul_count)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while a sheet's rows are built: a million new
    lists would otherwise set off collections that walk them all, again and again (a
    third of the time to_python takes). Rows of str and numbers make no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_rows(path: Path, name: str, source: DelimitedText) -> SheetData:
    """Every record as a row of str (None for an empty field), under the sheet caps."""
    rows: list[Any] = []  # list[list[str | None]]; a list[str] row is appended as it is
    append = rows.append
    cells = 0
    reader = csv.reader(io.StringIO(source.text, newline=""), delimiter=source.delimiter or ",")
    try:
        with paused_gc():
            for row in reader:
                width = len(row)
                cells += width
                if width > MAX_COLUMNS:
                    raise ImportFileError(
                        path,
                        translate(
                            "Importing",
                            "row {row} has {columns} columns; the limit is {limit} (Excel's own)",
                        ).format(
                            row=f"{len(rows) + 1:,}", columns=f"{width:,}", limit=f"{MAX_COLUMNS:,}"
                        ),
                    )
                if len(rows) == MAX_ROWS:
                    raise ImportFileError(
                        path,
                        translate(
                            "Importing", "has more than {limit} rows, the limit (Excel's own)"
                        ).format(limit=f"{MAX_ROWS:,}"),
                    )
                if cells > MAX_CELLS:
                    raise ImportFileError(
                        path,
                        translate(
                            "Importing",
                            "has more than {limit} cells, the limit (split the file or remove "
                            "unused columns)",
                        ).format(limit=f"{MAX_CELLS:,}"),
                    )
                append([value or None for value in row] if "" in row else row)
    except csv.Error as exc:
        raise ImportFileError(
            path,
            translate(
                "Importing", 'row {row} cannot be read ({reason}); a quote (") may be missing'
            ).format(row=f"{len(rows) + 1:,}", reason=exc),
        ) from None
    return SheetData(name=name, rows=rows, notes=source.notes)
