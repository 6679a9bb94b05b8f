"""Delimited text (CSV, TSV, TXT) as suppliers' software writes it: any of four
separators, UTF-8 or UTF-16 or the Windows code page Excel uses in Latin America and
Europe, quoted fields with newlines inside, now and then a stray NUL byte."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from app.collector import collector_paused
from app.importing.sniff import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, text_encoding_hint
from app.importing.source import ImportFileError, SheetData
from app.importing.spool import SpooledRows
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
    """How to read a text file: its codec and separator, found by one streamed pass over
    it (the file's text is never held whole: a 286 MB CSV would take that much twice)."""

    path: Path
    codec: str
    """The Python codec the file is decoded with."""
    errors: str
    encoding: str
    """The label the user sees: "UTF-8", "Windows-1252"..."""
    delimiter: str
    nul_count: int
    blank: bool = False

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
        return self.blank

    def lines(self) -> Iterator[str]:
        """The file's lines as text (line ends kept, as csv wants them), decoded a chunk at a
        time, the byte-order mark and any NUL byte dropped."""
        with self.path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding=self.codec, errors=self.errors, newline="")
            first = True
            nul = bool(self.nul_count)
            for line in text:
                if first:
                    line = line.removeprefix("\ufeff")
                    first = False
                yield line.replace("\0", "") if nul else line


CHUNK_BYTES = 1 << 20
"""Bytes decoded at a time while the encoding is checked."""
_BLANK = ' \t\r\n\f\v,;|"\ufeff'
_WIDE = re.compile(r"[^\x00-\x7f]")


@dataclass(slots=True)
class _Pass:
    """What one streamed decoding of the whole file saw."""

    head: str = ""
    nul_count: int = 0
    blank: bool = True
    wide: int = 0
    western: int = 0
    common: int = 0


def _decode_pass(path: Path, codec: str, errors: str = "strict", count_wide: bool = False) -> _Pass:
    """Decode the whole file a chunk at a time (UnicodeDecodeError with the byte's offset
    in the file as its start), keeping its first SAMPLE_CHARS + 1 characters."""
    seen = _Pass()
    decoder = codecs.getincrementaldecoder(codec)(errors)
    offset = 0
    head_parts: list[str] = []
    head_size = 0
    with path.open("rb") as file:
        while True:
            chunk = file.read(CHUNK_BYTES)
            final = not chunk
            buffered = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                start = offset - buffered + exc.start
                raise UnicodeDecodeError(
                    exc.encoding, exc.object, start, start + 1, exc.reason
                ) from None
            offset += len(chunk)
            if text:
                nuls = text.count("\0")
                if nuls:
                    seen.nul_count += nuls
                    text = text.replace("\0", "")
                if head_size <= SAMPLE_CHARS:
                    head_parts.append(text[: SAMPLE_CHARS + 1 - head_size])
                    head_size += len(head_parts[-1])
                if seen.blank and text.strip(_BLANK):
                    seen.blank = False
                if count_wide:
                    wide = _WIDE.findall(text)
                    seen.wide += len(wide)
                    seen.western += sum(ch in _WESTERN for ch in wide)
                    seen.common += sum(
                        1 for ch in wide if "\u4e00" <= ch <= "\u9fa5" or ch in "，。：；（）、"
                    )
            if final:
                break
    seen.head = "".join(head_parts).removeprefix("\ufeff")
    return seen


def scan(path: Path) -> DelimitedText:
    """The file's codec, separator and NUL bytes, from streamed passes over it (one for
    UTF-8 and files with a byte-order mark; Windows-1252 and Chinese GB18030 each add
    one)."""
    with path.open("rb") as file:
        start = file.read(4096)
    codec = text_encoding_hint(start)
    if codec is not None:
        try:
            seen = _decode_pass(path, codec)
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                path,
                translate(
                    "Importing",
                    "says it is {encoding} text but byte {byte} is not; save it again as CSV UTF-8",
                ).format(encoding=_ENCODING_LABELS[codec], byte=f"{exc.start:,}"),
            ) from None
        label = _ENCODING_LABELS[codec]
        if codec in ("utf-16-le", "utf-16-be"):
            bom = start.startswith((b"\xff\xfe", b"\xfe\xff"))
            label += " (with BOM)" if bom else " (no BOM)"
        return _found(path, codec, "strict", label, seen)
    try:
        return _found(path, "utf-8", "strict", "UTF-8", _decode_pass(path, "utf-8"))
    except UnicodeDecodeError:
        pass
    western = _decode_pass(path, "cp1252", _CP1252_GAPS, count_wide=True)
    if western.wide and western.western < 0.8 * western.wide:
        try:
            chinese = _decode_pass(path, "gb18030", count_wide=True)
        except UnicodeDecodeError:
            chinese = None
        if chinese is not None and chinese.wide and chinese.common >= 0.9 * chinese.wide:
            return _found(path, "gb18030", "strict", "GB18030 (Chinese)", chinese)
    return _found(path, "cp1252", _CP1252_GAPS, "Windows-1252", western)


def _found(path: Path, codec: str, errors: str, label: str, seen: _Pass) -> DelimitedText:
    return DelimitedText(
        path, codec, errors, label, detect_delimiter(seen.head), seen.nul_count, seen.blank
    )


_WESTERN = set("áéíóúüñçãõâêôàèìòùäëïöÁÉÍÓÚÜÑÇÃÕÂÊÔÀÈÌÒÙÄËÏÖºª°€£¿¡«»–—‘’“”•·´")


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


def read_rows(
    path: Path, name: str, source: DelimitedText, folder: Path | None = None
) -> SheetData:
    """Every record as a row of str (None for an empty field), under the sheet caps,
    streamed from the file into SpooledRows (a temporary file in `folder`, see spool):
    no more than a page of rows is held while reading."""
    rows = SpooledRows(folder)
    append: Any = rows.append  # a list[str] row is appended as it is
    count = 0
    cells = 0
    reader = csv.reader(source.lines(), delimiter=source.delimiter or ",")
    try:
        with collector_paused():
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
                            row=f"{count + 1:,}", columns=f"{width:,}", limit=f"{MAX_COLUMNS:,}"
                        ),
                    )
                if count == MAX_ROWS:
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
                count += 1
        rows.finish()
    except csv.Error as exc:
        rows.close()
        raise ImportFileError(
            path,
            translate(
                "Importing", 'row {row} cannot be read ({reason}); a quote (") may be missing'
            ).format(row=f"{count + 1:,}", reason=exc),
        ) from None
    except BaseException:
        rows.close()
        raise
    return SheetData(name=name, rows=rows, notes=source.notes)
