"""Files built to hurt a reader: zip bombs, entity bombs, sheets past Excel's limits,
repeated-cell bombs. Each must be refused with one line, quickly, without inflating."""

from __future__ import annotations

import resource
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from app.importing import csv_reader, readers, sniff
from app.importing.readers import open_source
from app.importing.source import ImportFileError
from tests.app.importing.test_readers import sheet_xml, write_ods, write_xlsx, xlsx_bytes

MB = 1024 * 1024


def write_raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of already-deflated members: (name, deflated data, crc32, inflated size)."""
    with path.open("wb") as out:
        central = []
        for name, data, crc, size in members:
            offset, encoded = out.tell(), name.encode()
            # version 2.0, no flags, deflate, a 1980 date, crc, sizes, name length
            fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded + data)
            entry = struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset
            )
            central.append(entry + encoded)
        start = out.tell()
        out.write(b"".join(central))
        size = out.tell() - start
        count = len(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, start, 0))
    return path


def deflated(name: str, data: bytes) -> tuple[str, bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def write_zip_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A workbook whose sheet is `megabytes` MB of zeros packed into about 1 KB per MB,
    built without ever holding the inflated sheet: each megabyte is deflated once and
    its compressed form repeated (a full flush makes the pieces independent)."""
    zeros = bytes(MB)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    data = piece * megabytes + packer.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    parts = xlsx_bytes({"Hoja1": "placeholder"})
    members = [deflated(n, v) for n, v in parts.items() if not n.endswith("sheet1.xml")]
    members.append(("xl/worksheets/sheet1.xml", data, crc, megabytes * MB))
    return write_raw_zip(path, members)


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_zip_bomb_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    path = write_zip_bomb(tmp_path / "bomba.xlsx")
    assert path.stat().st_size < 2 * MB
    with zipfile.ZipFile(path) as archive:  # a real bomb: it does inflate to zeros
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size == 1024 * MB
        with archive.open("xl/worksheets/sheet1.xml") as stream:
            assert stream.read(MB) == bytes(MB)
    before = peak_memory_mb()
    with pytest.raises(ImportFileError) as caught:
        open_source(path)
    assert str(caught.value).startswith(
        "bomba.xlsx: the sheet xl/worksheets/sheet1.xml would inflate to 1.0 GB from "
    )
    assert "zip bomb" in str(caught.value)
    assert peak_memory_mb() - before < 50


def test_sheet_larger_than_its_zip_header_says_is_refused(tmp_path: Path) -> None:
    """A bomb that lies about its size in the directory: the inflate stops at the
    declared size (calamine's zip reader checks it too)."""
    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    head += b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    data += (packer.compress(b" " * MB) + packer.flush(zlib.Z_FULL_FLUSH)) * 256
    data += packer.flush(zlib.Z_FINISH)
    declared = head + b" " * 1000
    parts = xlsx_bytes({"Hoja1": "placeholder"})
    members = [deflated(n, v) for n, v in parts.items() if not n.endswith("sheet1.xml")]
    members.append(("xl/worksheets/sheet1.xml", data, zlib.crc32(declared), len(declared)))
    path = write_raw_zip(tmp_path / "mentira.xlsx", members)
    before = peak_memory_mb()
    with (
        pytest.raises(ImportFileError, match=r"mentira\.xlsx: .*(damaged|declared)"),
        open_source(path) as source,
    ):
        source.read_sheet()
    assert peak_memory_mb() - before < 50


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    )
    + "]>"
)


def test_billion_laughs_in_shared_strings_is_not_expanded(tmp_path: Path) -> None:
    strings = (
        f'<?xml version="1.0"?>{LAUGHS}<sst xmlns="{"http://schemas.openxmlformats.org/"}'
        'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    path = write_xlsx(tmp_path / "risas.xlsx", {"Hoja1": sheet_xml(rows)}, shared_strings=strings)
    before = peak_memory_mb()
    with pytest.raises(ImportFileError) as caught, open_source(path) as source:
        source.read_sheet()
    # quick-xml (under calamine) knows only the five predefined entities
    assert "unrecognized entity" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert peak_memory_mb() - before < 50  # &lol9; would be 3 GB of "lol"


def test_billion_laughs_in_a_sheet_is_not_expanded(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    xml = f'<?xml version="1.0"?>{LAUGHS}' + sheet_xml(rows)
    path = write_xlsx(tmp_path / "risas.xlsx", {"Hoja1": xml})
    before = peak_memory_mb()
    with (
        pytest.raises(ImportFileError, match=r"sheet 'Hoja1' is damaged or not valid XML"),
        open_source(path) as source,
    ):
        source.read_sheet()
    assert peak_memory_mb() - before < 50


def test_all_16384_columns_read(tmp_path: Path) -> None:
    cells = "".join(f"<c><v>{i}</v></c>" for i in range(1, 16_384))
    rows = f'<row r="1">{cells}<c r="XFD1"><v>16384</v></c></row>'
    before = '<dimension ref="A1:XFD1"/><cols><col min="16384" max="16384" hidden="1"/></cols>'
    path = write_xlsx(tmp_path / "ancha.xlsx", {"Hoja1": sheet_xml(rows, before=before)})
    with open_source(path) as source:
        data = source.read_sheet()
    assert len(data.rows) == 1
    assert len(data.rows[0]) == 16_384
    assert data.rows[0][0] == 1
    assert data.rows[0][-1] == 16_384
    assert data.hidden_columns == frozenset({16_383})


def test_dimension_past_excel_rows_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = '<row r="1"><c r="A1"><v>1</v></c></row>'
    xml = sheet_xml(rows, before='<dimension ref="A1:B1048577"/>')
    path = write_xlsx(tmp_path / "larga.xlsx", {"Hoja1": xml})

    def parse(self: object, name: str) -> object:
        raise AssertionError("calamine should not parse a sheet refused by its dimension")

    monkeypatch.setattr(readers._WorkbookSource, "_load", parse)
    with open_source(path) as source, pytest.raises(ImportFileError) as caught:
        source.read_sheet()
    assert str(caught.value) == (
        "larga.xlsx: sheet 'Hoja1' says it has 1,048,577 rows; the limit is 1,048,576 (Excel's own)"
    )


def test_dimension_past_excel_columns_is_refused(tmp_path: Path) -> None:
    xml = sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>', before='<dimension ref="A1:XFE2"/>')
    path = write_xlsx(tmp_path / "ancha.xlsx", {"Hoja1": xml})
    with open_source(path) as source, pytest.raises(ImportFileError, match="16,385 columns"):
        source.read_sheet()


def test_a_cell_past_excel_rows_is_refused_without_a_dimension(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row>'
    )
    path = write_xlsx(tmp_path / "larga.xlsx", {"Hoja1": sheet_xml(rows)})
    with open_source(path) as source, pytest.raises(ImportFileError) as caught:
        source.read_sheet()
    assert "sheet 'Hoja1' has 1,048,577 rows; the limit is 1,048,576" in str(caught.value)


def test_sheet_area_past_the_cells_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_CELLS", 10)
    rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="D4"><v>2</v></c></row>'
    path = write_xlsx(tmp_path / "area.xlsx", {"Hoja1": sheet_xml(rows)})
    with open_source(path) as source, pytest.raises(ImportFileError) as caught:
        source.read_sheet()
    assert "spans 4 rows x 4 columns = 16 cells; the limit is 10" in str(caught.value)


def test_too_many_zip_members_is_refused(tmp_path: Path) -> None:
    parts = xlsx_bytes({"Hoja1": sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>')})
    parts.update({f"xl/media/image{i}.bin": b"" for i in range(10_001)})
    path = tmp_path / "partes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ImportFileError, match=r"holds 10,007 parts .*refusing it as unsafe"):
        open_source(path)


def test_total_inflated_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sniff, "MAX_UNCOMPRESSED_BYTES", 100)
    path = write_xlsx(tmp_path / "grande.xlsx", {"Hoja1": sheet_xml("<row/>" * 50)})
    with pytest.raises(ImportFileError, match=r"would inflate to \d+ KB; the limit is"):
        open_source(path)


def test_file_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sniff, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "grande.csv"
    path.write_text("a,b\n" * 1000)
    with pytest.raises(ImportFileError, match="is 4 KB; the largest file Supplier Desk"):
        open_source(path)


@pytest.mark.parametrize(
    ("rows_repeated", "columns_repeated", "reason"),
    [
        (1_048_576, 16_384, "17,179,869,184 cells; the limit is 30,000,000"),
        (20_000, 2_000, "40,000,000 cells"),
        (1_048_577, 1, "a sheet of 1,048,577 rows; the limit is 1,048,576"),
        (1, 16_385, "a sheet of 16,385 columns; the limit is 16,384"),
    ],
)
def test_ods_repeated_cell_bomb_is_refused_before_calamine_unfolds_it(
    tmp_path: Path, rows_repeated: int, columns_repeated: int, reason: str
) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Hoja1">'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}">'
        f'<table:table-cell table:number-columns-repeated="{columns_repeated}" '
        'office:value-type="float" office:value="1"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = write_ods(tmp_path / "repetida.ods", content)
    before = peak_memory_mb()
    with pytest.raises(ImportFileError, match=reason):
        open_source(path)
    assert peak_memory_mb() - before < 50


def test_ods_trailing_empty_repeats_are_fine(tmp_path: Path) -> None:
    """LibreOffice writes the unused rest of every sheet as repeated empty cells."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Hoja1"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Agro Sur</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="1023"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with open_source(write_ods(tmp_path / "libre.ods", content)) as source:
        assert source.read_sheet().rows == [["Agro Sur"]]


def test_csv_row_past_excel_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ancha.csv"
    path.write_text("a,b\n" + ",".join(["x"] * 16_385) + "\n")
    with open_source(path) as source, pytest.raises(ImportFileError) as caught:
        source.read_sheet()
    assert str(caught.value) == (
        "ancha.csv: row 2 has 16,385 columns; the limit is 16,384 (Excel's own)"
    )


def test_csv_past_excel_rows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "larga.csv"
    path.write_bytes(b"a\n" * 1_048_577)
    with open_source(path) as source, pytest.raises(ImportFileError) as caught:
        source.read_sheet()
    assert str(caught.value) == ("larga.csv: has more than 1,048,576 rows, the limit (Excel's own)")


def test_csv_cells_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reader, "MAX_CELLS", 10)
    path = tmp_path / "celdas.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6\n7,8,9\n")
    with open_source(path) as source, pytest.raises(ImportFileError, match="more than 10 cells"):
        source.read_sheet()


def test_unclosed_quote_running_past_the_field_limit(tmp_path: Path) -> None:
    path = tmp_path / "comillas.csv"
    path.write_text('Nombre,Notas\nAgro Sur,"sin cerrar\n' + "texto, " * 30_000 + "\n")
    with open_source(path) as source, pytest.raises(ImportFileError) as caught:
        source.read_sheet()
    assert str(caught.value).startswith("comillas.csv: row 2 cannot be read (field larger than")
    assert 'a quote (") may be missing' in str(caught.value)


def test_zip_with_garbage_after_the_signature_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "basura.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    with pytest.raises(ImportFileError, match="is damaged or incomplete"):
        open_source(path)
