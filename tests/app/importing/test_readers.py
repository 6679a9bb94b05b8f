"""Readers: every format, sniffing by content, encodings and separators; what the .xlsx
scan finds is in test_xlsx_scan, which writes its workbooks with the helpers here."""

from __future__ import annotations

import datetime as dt
import logging
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from app.importing.readers import calamine_quiet, open_source
from app.importing.sniff import ole2_stream_names
from app.importing.source import ImportFileError

CORPUS = Path("/work/shared/corpus/spreadsheets")

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
STYLES = (
    f'<styleSheet xmlns="{MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/>'
    '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def sheet_xml(rows: str, *, before: str = "", prefix: str = "") -> str:
    """A worksheet part around `rows` (the <row> elements); `before` goes ahead of
    sheetData (dimension, cols). With `prefix` every element is namespaced."""
    xml = f"<worksheet>{before}<sheetData>{rows}</sheetData></worksheet>"
    if prefix:
        xml = xml.replace("<", f"<{prefix}:").replace(f"<{prefix}:/", f"</{prefix}:")
        xml = xml.replace(
            f"<{prefix}:worksheet>", f'<{prefix}:worksheet xmlns:{prefix}="{MAIN_NS}">'
        )
        return xml
    return xml.replace("<worksheet>", f'<worksheet xmlns="{MAIN_NS}">')


def xlsx_bytes(
    sheets: dict[str, str],
    *,
    workbook_pr: str = "",
    shared_strings: str | None = None,
    content_type: str = SHEET_TYPE,
    hidden: tuple[str, ...] = (),
) -> dict[str, bytes]:
    """The parts of a minimal workbook whose sheets' XML is given as it is."""
    entries = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"'
        + (' state="hidden"' if name in hidden else "")
        + "/>"
        for i, name in enumerate(sheets, 1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    rels += f'<Relationship Id="rIdS" Type="{REL_NS}/styles" Target="styles.xml"/>'
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{content_type}"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
            f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{workbook_pr}'
            f"<sheets>{entries}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_REL_NS}">{rels}</Relationships>',
        "xl/styles.xml": STYLES,
    }
    if shared_strings is not None:
        parts["xl/sharedStrings.xml"] = shared_strings
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            "</Relationships>",
            f'<Relationship Id="rIdT" Type="{REL_NS}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>',
        )
    encoded = {name: text.encode("utf-8") for name, text in parts.items()}
    for i, xml in enumerate(sheets.values(), 1):
        encoded[f"xl/worksheets/sheet{i}.xml"] = xml.encode("utf-8")
    return encoded


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def write_xlsx(path: Path, sheets: dict[str, str], **options: object) -> Path:
    return write_zip(path, xlsx_bytes(sheets, **options))  # type: ignore[arg-type]


def supplier_workbook(path: Path) -> Path:
    """A workbook as Excel users make them: a hidden first sheet, a title row, data
    starting at column B, numbers, dates, an empty cell, a hidden row and column."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notas"
    notes["A1"] = "internal"
    notes.sheet_state = "hidden"
    sheet = book.create_sheet("Proveedores")
    sheet["B1"] = "Lista de proveedores 2024"
    sheet.append([None, "Proveedor", "País", "Precio", "Volumen", "Desde", "Activo"])
    sheet.append([None, "Frutícola Ñuble", "Chile", 3.25, 1200, dt.date(2024, 3, 1), True])
    sheet.append([None, "Conceição Ltda", None, 2.5, 800, dt.datetime(2024, 4, 2, 9, 30), False])
    sheet.row_dimensions[4].hidden = True
    sheet.column_dimensions["E"].hidden = True
    sheet["H3"] = "=D3*E3"
    book.save(path)
    return path


# --- every reader ------------------------------------------------------------------------


def test_xlsx_keeps_types_positions_and_visibility(tmp_path: Path) -> None:
    path = supplier_workbook(tmp_path / "proveedores.xlsx")
    with open_source(path) as source:
        assert source.kind == "xlsx"
        assert [(s.name, s.visible) for s in source.sheets] == [
            ("Notas", False),
            ("Proveedores", True),
        ]
        data = source.read_sheet()  # the first visible sheet
    assert data.name == "Proveedores"
    assert data.rows[0][:2] == [None, "Lista de proveedores 2024"]
    assert data.rows[2][1:7] == ["Frutícola Ñuble", "Chile", 3.25, 1200, dt.date(2024, 3, 1), True]
    assert data.rows[3][1:7] == [
        "Conceição Ltda",
        None,
        2.5,
        800,
        dt.datetime(2024, 4, 2, 9, 30),
        False,
    ]
    assert data.hidden_rows == frozenset({4})
    assert data.hidden_columns == frozenset({4})  # column E
    # openpyxl writes a formula with an empty <v />: Excel never calculated it
    assert data.formulas_without_value == [(3, 7)]
    assert data.rows[2][7:] in ([], [None])  # no value: the cell may be left out
    assert any("H3" in note for note in data.notes)
    assert data.date1904 is False


def test_hidden_sheet_is_read_by_name(tmp_path: Path) -> None:
    path = supplier_workbook(tmp_path / "proveedores.xlsx")
    with open_source(path) as source:
        assert source.read_sheet("Notas").rows == [["internal"]]
        with pytest.raises(ImportFileError, match="has no sheet named 'Hoja1'"):
            source.read_sheet("Hoja1")


def test_source_refuses_reading_after_close(tmp_path: Path) -> None:
    path = supplier_workbook(tmp_path / "proveedores.xlsx")
    with open_source(path) as source:
        pass
    with pytest.raises(ValueError, match="closed"):
        source.read_sheet()


def test_xlsm_is_told_apart_by_its_content_type(tmp_path: Path) -> None:
    xml = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>Macro</t></is></c></row>')
    path = write_xlsx(tmp_path / "libro.xlsx", {"Hoja1": xml}, content_type=MACRO_TYPE)
    with open_source(path) as source:
        assert source.kind == "xlsm"
        assert source.read_sheet().rows == [["Macro"]]


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Vacía"/>
<table:table table:name="Proveedores"><table:table-row>
<table:table-cell office:value-type="string"><text:p>Nombre</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Precio</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Fecha</text:p></table:table-cell>
</table:table-row><table:table-row>
<table:table-cell office:value-type="string"><text:p>Conceição Ltda</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="12.5"><text:p>12,5</text:p>
</table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-03-01">
<text:p>01/03/2024</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"""


ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2"><manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_ods(path: Path, content: str = ODS_CONTENT) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        content = content.replace(">\n", ">")  # calamine wants no text between elements
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    return path


def test_ods_reads_and_an_empty_sheet_is_an_empty_list(tmp_path: Path) -> None:
    with open_source(write_ods(tmp_path / "lista.ods")) as source:
        assert source.kind == "ods"
        assert [s.name for s in source.sheets] == ["Vacía", "Proveedores"]
        assert source.read_sheet("Vacía").rows == []
        data = source.read_sheet("Proveedores")
    assert data.rows == [
        ["Nombre", "Precio", "Fecha"],
        ["Conceição Ltda", 12.5, dt.date(2024, 3, 1)],
    ]


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} is not on this machine")
    return path


def test_xls_reads_through_calamine() -> None:
    """No writer for BIFF8 is installed, so this one comes from the shared corpus."""
    with open_source(corpus_file("xlrd/ragged.xls")) as source:
        assert source.kind == "xls"
        rows = source.read_sheet().rows
    assert rows[0][:3] == ["a", "b", "c"]
    assert rows[4] == ["k", None, None, "l"]


def test_csv_reads_as_text_with_none_for_empty_fields(tmp_path: Path) -> None:
    path = tmp_path / "proveedores.csv"
    path.write_text(
        'Proveedor,Ciudad,Notas\n"Frutícola Ñuble","Chillán, Chile","línea 1\nlínea 2"\n'
        ",,\nAgro Sur,Temuco\n",
        encoding="utf-8",
    )
    with open_source(path) as source:
        assert source.kind == "csv"
        assert [s.name for s in source.sheets] == ["proveedores"]
        assert source.notes == ["Read as UTF-8 text, ','-separated"]
        data = source.read_sheet("proveedores")
    assert data.rows == [
        ["Proveedor", "Ciudad", "Notas"],
        ["Frutícola Ñuble", "Chillán, Chile", "línea 1\nlínea 2"],
        [None, None, None],
        ["Agro Sur", "Temuco"],
    ]
    assert data.notes == source.notes


# --- encodings and separators ------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("cp1252", "Windows-1252"),
        ("latin-1", "Windows-1252"),
        ("utf-8-sig", "UTF-8 (with BOM)"),
        ("utf-16", "UTF-16 LE (with BOM)"),
        ("utf-16-be", "UTF-16 BE (no BOM)"),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, label: str) -> None:
    text = "Proveedor;Ciudad\r\nFrutícola Ñuble;Chillán\r\nConceição Ltda;São Paulo\r\n"
    path = tmp_path / "lista.csv"
    path.write_bytes(text.encode(encoding))
    with open_source(path) as source:
        assert source.notes == [f"Read as {label} text, ';'-separated"]
        rows = source.read_sheet().rows
    assert rows == [
        ["Proveedor", "Ciudad"],
        ["Frutícola Ñuble", "Chillán"],
        ["Conceição Ltda", "São Paulo"],
    ]


def test_utf16_be_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "lista.txt"
    path.write_bytes(b"\xfe\xff" + "Nombre\tPaís\nAçaí do Pará\tBrasil\n".encode("utf-16-be"))
    with open_source(path) as source:
        assert source.notes == ["Read as UTF-16 BE (with BOM) text, tab-separated"]
        assert source.read_sheet().rows == [["Nombre", "País"], ["Açaí do Pará", "Brasil"]]


def test_windows_1252_letters_latin1_lacks_and_bytes_it_leaves_undefined(
    tmp_path: Path,
) -> None:
    path = tmp_path / "precios.csv"
    # 0x80 is € and 0x93/0x94 are curly quotes in cp1252; 0x81 is undefined there
    path.write_bytes(b"Producto,Precio\nCereza \x93Premium\x94,\x80 4\nRaro\x81,1\n")
    with open_source(path) as source:
        rows = source.read_sheet().rows
    assert rows[1] == ["Cereza “Premium”", "€ 4"]
    assert rows[2] == ["Raro\x81", "1"]


def test_semicolon_file_with_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "precios.csv"
    path.write_text(
        "Proveedor;Precio USD/kg;Volumen t\nFrutícola Ñuble;3,25;1.200\n"
        'Conceição Ltda;2,50;800\n"Agro; Sur";1,75;12\n',
        encoding="cp1252",
    )
    with open_source(path) as source:
        assert source.notes == ["Read as Windows-1252 text, ';'-separated"]
        rows = source.read_sheet().rows
    assert rows[1] == ["Frutícola Ñuble", "3,25", "1.200"]
    assert rows[3] == ["Agro; Sur", "1,75", "12"]


def test_tab_separated_with_commas_in_values(tmp_path: Path) -> None:
    path = tmp_path / "lista.tsv"
    path.write_text("Nombre\tDirección\nAgro Sur\tRuta 5, km 12\nVallefrut\tCuricó, Chile\n")
    with open_source(path) as source:
        assert source.kind == "csv"
        assert source.read_sheet().rows[1] == ["Agro Sur", "Ruta 5, km 12"]


def test_pipe_separated(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text("RUT|Nombre|Ciudad\n76.123.456-K|Agro, Sur|Temuco\n96.555.111-2|Frutas|Talca\n")
    with open_source(path) as source:
        assert source.notes == ["Read as UTF-8 text, '|'-separated"]
        assert source.read_sheet().rows[1] == ["76.123.456-K", "Agro, Sur", "Temuco"]


def test_one_column_file(tmp_path: Path) -> None:
    path = tmp_path / "nombres.csv"
    path.write_text("Nombre\nAgro Sur\nVallefrut\n")
    with open_source(path) as source:
        assert source.notes == ["Read as UTF-8 text, one column (no separator found)"]
        assert source.read_sheet().rows == [["Nombre"], ["Agro Sur"], ["Vallefrut"]]


def test_nul_bytes_are_removed_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"a,b,c\n\x001,2,\x003\n")
    with open_source(path) as source:
        data = source.read_sheet()
    assert data.rows == [["a", "b", "c"], ["1", "2", "3"]]
    assert "Removed 2 NUL byte(s) (\\0) found in the file" in data.notes


def test_separator_is_the_most_consistent_even_under_a_title_row(tmp_path: Path) -> None:
    lines = ["Lista de precios, temporada 2024/25"]
    lines += ["Proveedor;Producto;Precio;Moneda"]
    lines += [f"Proveedor {i};Cereza, calibre {i};{i},5;USD" for i in range(30)]
    path = tmp_path / "precios.csv"
    path.write_text("\n".join(lines))
    with open_source(path) as source:
        rows = source.read_sheet().rows
    assert rows[2] == ["Proveedor 0", "Cereza, calibre 0", "0,5", "USD"]


# --- sniffing by content -----------------------------------------------------------------


def test_csv_renamed_xlsx_reads_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    path.write_text("Nombre,País\nAgro Sur,Chile\n")
    with open_source(path) as source:
        assert source.kind == "csv"
        assert source.notes == [
            "The file is really delimited text, though its name ends in .xlsx",
            "Read as UTF-8 text, ','-separated",
        ]
        assert source.read_sheet("lista").rows[1] == ["Agro Sur", "Chile"]


def test_xlsx_renamed_csv_reads_as_xlsx(tmp_path: Path) -> None:
    path = supplier_workbook(tmp_path / "proveedores.xlsx").rename(tmp_path / "proveedores.csv")
    with open_source(path) as source:
        assert source.kind == "xlsx"
        assert source.notes == [
            "The file is really an Excel workbook (.xlsx), though its name ends in .csv"
        ]
        data = source.read_sheet("Proveedores")
    assert data.rows[2][1] == "Frutícola Ñuble"
    assert data.hidden_rows == frozenset({4})


def test_ods_renamed_xlsx_reads_as_ods(tmp_path: Path) -> None:
    with open_source(write_ods(tmp_path / "lista.xlsx")) as source:
        assert source.kind == "ods"
        assert source.read_sheet("Proveedores").rows[1][0] == "Conceição Ltda"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "cotizacion.xlsx",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            "is a PDF, not a spreadsheet",
        ),
        ("vacio.xlsx", b"", "is empty"),
        ("vacio.csv", b";;;\r\n;;\r\n", "is empty"),
        ("foto.xls", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is an image (PNG)"),
        (
            "reporte.xls",
            b"<html><head><meta charset='utf-8'></head><body><table><tr><td>1</td></tr>",
            "is a web page (HTML)",
        ),
        ("viejo.xls", b"\x09\x00\x04\x00\x02\x00\x10\x00" + bytes(40), "Excel 2.x-4.0"),
    ],
)
def test_files_that_are_not_spreadsheets_are_refused(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        open_source(path)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert reason in message
    assert "\n" not in message


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    import random

    path = tmp_path / "datos.xlsx"
    path.write_bytes(random.Random(4).randbytes(20_000))
    with pytest.raises(ImportFileError, match="unrecognised binary content"):
        open_source(path)


def test_truncated_xlsx_is_damaged_or_incomplete(tmp_path: Path) -> None:
    whole = supplier_workbook(tmp_path / "entera.xlsx").read_bytes()
    path = tmp_path / "cortada.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ImportFileError, match=r"is damaged or incomplete \(.+\)"):
        open_source(path)


def test_apple_numbers_file_says_how_to_convert(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "lista.numbers", {"Index/Document.iwa": b"\x00" * 10})
    with pytest.raises(ImportFileError, match=r"Numbers.*Export To > Excel"):
        open_source(path)


def test_workbook_without_values_is_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vacio.xlsx", {"Hoja1": sheet_xml(""), "Hoja2": sheet_xml("")})
    with pytest.raises(ImportFileError, match="is empty"):
        open_source(path)


def ole2_with_streams(*names: str) -> bytes:
    """A Compound File (the container of .xls and of password-protected .xlsx) whose
    directory lists `names` as empty streams; one FAT sector, one directory sector."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([0xFFFFFFFF] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, 0xFFFFFFFE, *([0xFFFFFFFF] * 126))

    def entry(name: str, kind: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        data = bytearray(128)
        data[: len(raw)] = raw
        struct.pack_into("<HBB", data, 0x40, len(raw), kind, 1)
        struct.pack_into("<III", data, 0x44, 0xFFFFFFFF, right, child)
        struct.pack_into("<II", data, 0x74, 0xFFFFFFFE, 0)
        return bytes(data)

    entries = [entry("Root Entry", 5, child=1)]
    for i, name in enumerate(names, 1):
        entries.append(entry(name, 2, right=i + 1 if i < len(names) else 0xFFFFFFFF))
    directory = b"".join(entries).ljust(512, b"\x00")
    return bytes(header) + fat + directory


def test_password_protected_xlsx_is_refused_from_its_ole2_directory(tmp_path: Path) -> None:
    path = tmp_path / "precios.xlsx"
    path.write_bytes(ole2_with_streams("EncryptionInfo", "EncryptedPackage"))
    assert "encryptedpackage" in ole2_stream_names(path)
    with pytest.raises(ImportFileError) as caught:
        open_source(path)
    assert str(caught.value) == (
        "precios.xlsx: is protected by a password; open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and save it again"
    )


def test_word_document_in_ole2_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "contrato.xls"
    path.write_bytes(ole2_with_streams("WordDocument", "1Table"))
    with pytest.raises(ImportFileError, match="is a Word document"):
        open_source(path)


def test_password_protected_sample_from_the_corpus() -> None:
    path = corpus_file("ExcelDataReader/agile_AES128_SHA1_CBC_pwd_password.xlsx")
    assert "encryptedpackage" in ole2_stream_names(path)
    with pytest.raises(ImportFileError, match="is protected by a password"):
        open_source(path)


@pytest.mark.parametrize(
    ("relative", "reason"),
    [
        ("python-calamine/password.xls", "is protected by a password; open it in Excel"),
        ("calamine/pass_protected.ods", "is protected by a password; open it in LibreOffice"),
        ("ExcelDataReader/Test_Issue_12556_corrupt.xls", "could not be read (it looks damaged"),
        ("ExcelDataReader/as3xls_BIFF2.xls", "is an Excel 2.x-4.0 workbook"),
        ("tealeg-xlsx/badfile_noWorksheets.xlsx", "its sheets are missing from the file"),
    ],
)
def test_calamine_refusals_become_one_line(relative: str, reason: str) -> None:
    """calamine's PasswordError, a Rust panic on a damaged .xls (a BaseException under
    pyo3) and missing parts all reach the user as one line."""
    path = corpus_file(relative)

    def read_all() -> None:
        with open_source(path) as source:
            for sheet in source.sheets:
                source.read_sheet(sheet.name)

    with pytest.raises(ImportFileError) as caught:
        read_all()
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_chinese_csv_saved_by_excel_in_gbk_reads_as_chinese(tmp_path: Path) -> None:
    path = tmp_path / "供应商.csv"
    path.write_bytes("供应商,国家,联系人\n山东寿光蔬菜有限公司,中国,王力\n".encode("gbk"))
    with open_source(path) as source:
        sheet = source.read_sheet()
    assert sheet.rows[1] == ["山东寿光蔬菜有限公司", "中国", "王力"]
    assert any("GB18030" in note for note in source.notes + sheet.notes)


def test_spanish_that_would_also_decode_as_gbk_stays_spanish(tmp_path: Path) -> None:
    path = tmp_path / "nombres.csv"
    path.write_bytes("Año;Niño\nÑañú;áé\n".encode("cp1252"))  # valid GB18030 bytes too
    with open_source(path) as source:
        sheet = source.read_sheet()
    assert sheet.rows == [["Año", "Niño"], ["Ñañú", "áé"]]


CORRUPT_XLS = "ExcelDataReader/Test_Issue_12556_corrupt.xls"
"""An .xls on which calamine panics (a slice index past the end of a sector)."""


def test_a_calamine_panic_leaves_one_readable_line_on_stderr(tmp_path: Path) -> None:
    path = corpus_file(CORRUPT_XLS)
    database = str(tmp_path / "panic.sqlite3")
    root = Path(__file__).resolve().parents[3]
    environment = {**os.environ, "RUST_BACKTRACE": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(root / "main.py"), "--database", database, *args]
        return subprocess.run(
            command, capture_output=True, text=True, env=environment, cwd=root, timeout=120
        )

    assert run("db", "upgrade").returncode == 0
    result = run("import", str(path), "--dry-run")
    assert result.returncode == 1
    assert "panicked" not in result.stderr
    assert "backtrace" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Test_Issue_12556_corrupt.xls: could not be read (it looks damaged" in lines[0]


def test_what_a_panic_writes_to_fd_2_goes_to_the_log(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="app.importing.readers")
    with calamine_quiet(), calamine_quiet():  # nested (or another thread's) calls share it
        os.write(2, b"thread '<unnamed>' panicked at src/cfb.rs:305:41:\nslice index\n")
    assert "panicked" not in capfd.readouterr().err
    assert "panicked at src/cfb.rs:305:41" in caplog.text


def test_other_text_written_to_fd_2_meanwhile_is_given_back(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with calamine_quiet():
        os.write(2, b"a warning from another thread\n")
    assert capfd.readouterr().err == "a warning from another thread\n"
    os.write(2, b"after\n")
    assert capfd.readouterr().err == "after\n"  # fd 2 is the real one again
