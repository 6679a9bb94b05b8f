"""Header, data and footer rows found in sheets as suppliers send them."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.errors import ServiceError
from app.importing.layout import Layout, detect_layout, same_layout
from app.importing.source import CellValue, SheetData


def sheet(
    rows: list[list[CellValue]],
    hidden_rows: frozenset[int] = frozenset(),
    hidden_columns: frozenset[int] = frozenset(),
) -> SheetData:
    return SheetData("Proveedores", rows, hidden_rows, hidden_columns)


def workbook_rows(path: Path) -> list[list[CellValue]]:
    """What a reader hands over: cached values, merged cells as their top-left value only."""
    book = openpyxl.load_workbook(path, data_only=True)
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def test_title_rows_merged_banner_and_blank_rows_before_the_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "LISTA DE PROVEEDORES - AGUACATE HASS"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Temporada 2024/2025"
    ws.merge_cells("A2:F2")
    ws["A4"] = "Fecha:"
    ws["B4"] = date(2024, 3, 1)
    ws.append([])
    ws.append(["Razón social", "RFC", "País", "Ciudad", "Correo", "Teléfono"])
    ws.append(["Frutas del Sur SA de CV", "FSU010101AB1", "México", "Uruapan", "a@fs.mx", "4521"])
    ws.append(["Aguacates Finos", "AFI020202CD2", "México", "Tancítaro", "b@af.mx", "4522"])
    path = tmp_path / "proveedores.xlsx"
    book.save(path)

    layout = detect_layout(sheet(workbook_rows(path)))

    assert layout.header_row == 6
    assert (layout.first_row, layout.last_row) == (7, 8)
    assert layout.headers == ["Razón social", "RFC", "País", "Ciudad", "Correo", "Teléfono"]
    assert layout.footer_row is None
    assert layout.notes == ["Rows 1-5 (title) skipped"]


def test_totales_footer_stops_the_data_and_blank_rows_inside_do_not() -> None:
    rows: list[list[CellValue]] = [
        ["Proveedor", "País", "Volumen (t)"],
        ["Frutas del Sur", "MX", 120],
        [None, None, None],
        ["Andes Berries", "CL", 80],
        [],
        ["Totales", None, 200],
        ["Firma:", "Ana"],
        ["Otro Proveedor", "PE", 5],
    ]
    layout = detect_layout(sheet(rows))

    assert (layout.header_row, layout.first_row, layout.last_row) == (1, 2, 4)
    assert layout.footer_row == 6
    assert "Row 6 'Totales' and below ignored" in layout.notes


@pytest.mark.parametrize("word", ["TOTAL:", "Total general", "Subtotal", "合计", "总计", "Suma"])
def test_footer_words(word: str) -> None:
    rows: list[list[CellValue]] = [
        ["Producto", "Precio"],
        ["Hass 18", 2.1],
        ["Hass 20", 2.0],
        [word, 4.1],
    ]
    layout = detect_layout(sheet(rows))
    assert layout.footer_row == 4
    assert layout.last_row == 3


def test_a_supplier_named_total_is_data_not_a_footer() -> None:
    rows: list[list[CellValue]] = [
        ["Proveedor", "País"],
        ["Total Produce", "IE"],
        ["Frutas del Sur", "MX"],
    ]
    layout = detect_layout(sheet(rows))
    assert layout.footer_row is None
    assert layout.last_row == 3


def test_trailing_blank_rows_are_not_data() -> None:
    rows: list[list[CellValue]] = [["Proveedor", "País"], ["A", "MX"], ["B", "CL"], [], [None, ""]]
    assert detect_layout(sheet(rows)).last_row == 3


def test_no_header_row_all_data(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Frutas del Sur", "México", "ventas@fs.mx", "+52 452 123 4567", "1.250,00"]
        )
        writer.writerow(["Andes Berries", "Chile", "info@ab.cl", "+56 9 8765 4321", "980,50"])
        writer.writerow(["Agro Norte", "Perú", "ventas@an.pe", "+51 1 234 5678", "75,00"])
    with path.open(encoding="utf-8", newline="") as handle:
        rows: list[list[CellValue]] = [list(r) for r in csv.reader(handle)]

    layout = detect_layout(sheet(rows))

    assert layout.header_row == 0
    assert (layout.first_row, layout.last_row) == (1, 3)
    assert layout.headers == ["Column A", "Column B", "Column C", "Column D", "Column E"]
    assert any("No header row" in n for n in layout.notes)


def test_no_header_row_with_data_words_that_name_fields() -> None:
    rows: list[list[CellValue]] = [
        ["Agro Norte", "Perú", "ventas@an.pe", "1.250,00"],
        ["Frutas del Sur", "Estado de México", "Michoacán", "Uruapan"],
        ["Andes Berries", "Chile", "info@ab.cl", "980,50"],
        ["Berries del Maule", "Chile", "ventas@bm.cl", "75,00"],
    ]
    layout = detect_layout(sheet(rows))
    assert (layout.header_row, layout.first_row, layout.last_row) == (0, 1, 4)


def test_english_header_without_known_words_still_found_by_the_values_below() -> None:
    rows: list[list[CellValue]] = [
        ["Grower", "Mailbox", "Hectares"],
        ["Frutas del Sur", "a@fs.mx", 120],
        ["Andes Berries", "b@ab.cl", 80],
    ]
    layout = detect_layout(sheet(rows))
    assert layout.header_row == 1
    assert layout.headers == ["Grower", "Mailbox", "Hectares"]


def test_known_field_words_beat_an_earlier_row_of_labels() -> None:
    rows: list[list[CellValue]] = [
        ["Sección A", "Sección A", "Sección B", "Sección B", "Sección B"],
        ["Proveedor", "País", "Ciudad", "Contacto", "Correo"],
        ["Frutas del Sur", "MX", "Uruapan", "Ana", "a@fs.mx"],
        ["Andes Berries", "CL", "Curicó", "Luis", "l@ab.cl"],
    ]
    layout = detect_layout(sheet(rows))
    assert layout.header_row == 2
    assert layout.notes == ["Row 1 (title) skipped"]


def test_chinese_header() -> None:
    rows: list[list[CellValue]] = [
        ["供应商名单"],
        ["供应商名称", "国家", "联系人", "手机", "微信"],
        ["智利樱桃出口公司", "CL", "王力", "+56 9 1234 5678", "wangli"],
    ]
    layout = detect_layout(sheet(rows))
    assert layout.header_row == 2
    assert layout.headers[0] == "供应商名称"


def test_blank_and_duplicate_headers_get_names() -> None:
    rows: list[list[CellValue]] = [
        ["Proveedor", "Email", None, "EMAIL", "Email", "Teléfono\ncontacto "],
        ["A", "a@a.mx", "x", "b@a.mx", "c@a.mx", "1", None, "extra"],
        ["B", "a@b.mx", "y", "b@b.mx", "c@b.mx", "2"],
    ]
    layout = detect_layout(sheet(rows))
    assert layout.headers == [
        "Proveedor",
        "Email",
        "Column C",
        "EMAIL (2)",
        "Email (3)",
        "Teléfono contacto",
        "Column G",
        "Column H",
    ]


def test_header_row_override() -> None:
    rows: list[list[CellValue]] = [
        ["Proveedor", "País"],
        ["Grupo", "Origen"],
        ["Frutas del Sur", "MX"],
    ]
    layout = detect_layout(sheet(rows), header_row=2)
    assert layout.header_row == 2
    assert layout.first_row == 3
    assert layout.headers == ["Grupo", "Origen"]
    assert layout.notes == ["Row 1 (title) skipped"]

    no_header = detect_layout(sheet(rows), header_row=0)
    assert (no_header.header_row, no_header.first_row, no_header.last_row) == (0, 1, 3)
    assert no_header.headers == ["Column A", "Column B"]


@pytest.mark.parametrize(("row", "message"), [(9, "Header row 9"), (-1, "Header row -1")])
def test_header_row_override_out_of_range(row: int, message: str) -> None:
    rows: list[list[CellValue]] = [["Proveedor", "País"], ["A", "MX"]]
    with pytest.raises(ServiceError, match=f"{message} is not in sheet 'Proveedores'"):
        detect_layout(sheet(rows), header_row=row)


def test_header_row_override_on_a_blank_row() -> None:
    rows: list[list[CellValue]] = [["Proveedor", "País"], [], ["A", "MX"]]
    with pytest.raises(ServiceError, match="Row 2 of sheet 'Proveedores' is empty"):
        detect_layout(sheet(rows), header_row=2)


def test_hidden_rows_and_columns_are_reported_not_dropped() -> None:
    rows: list[list[CellValue]] = [["Proveedor", "País", "RFC", "Ciudad"]]
    rows += [[f"Proveedor {n}", "MX", f"RFC{n}", "Uruapan"] for n in range(2, 52)]
    layout = detect_layout(
        sheet(rows, hidden_rows=frozenset({12, 40}), hidden_columns=frozenset({2}))
    )
    assert layout.last_row == 51
    assert "Column C (RFC) is hidden in the workbook (imported)" in layout.notes
    assert "Rows 12, 40 are hidden in the workbook (imported)" in layout.notes


def test_hidden_row_outside_the_data_is_not_reported() -> None:
    rows: list[list[CellValue]] = [["Título"], ["Proveedor", "País"], ["A", "MX"]]
    layout = detect_layout(sheet(rows, hidden_rows=frozenset({1})))
    assert not any("hidden" in n for n in layout.notes)


def test_header_only_and_empty_sheets() -> None:
    header_only = detect_layout(sheet([["Proveedor", "País"]]))
    assert header_only.header_row == 1
    assert header_only.first_row > header_only.last_row

    empty = detect_layout(sheet([]))
    assert empty.first_row > empty.last_row
    assert empty.headers == []


def test_same_layout_compares_folded_headers() -> None:
    a = Layout(1, 2, 3, ["País", "Razón Social"], None, [])
    b = Layout(4, 5, 9, ["PAIS", "razon social"], 10, ["x"])
    c = Layout(1, 2, 3, ["Razón Social", "País"], None, [])
    assert same_layout(a, b)
    assert not same_layout(a, c)
