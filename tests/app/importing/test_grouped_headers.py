"""A grouped header: a row naming groups of columns (merged or repeated) above the real
header is context for the columns under it, not the header."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from app.importing.layout import detect_layout
from app.importing.mapping import suggest_mapping
from app.importing.readers import open_source

HEADER = ["Nombre", "RFC", "País", "Nombre", "Teléfono", "Email", "Precio FOB", "Notas"]
ROWS = [
    [
        "Frutas del Sur",
        "FSU010101AB1",
        "México",
        "Ana Pérez",
        "+52 452 123 4567",
        "ana@fs.mx",
        "2,10",
        "Hass",
    ],
    [
        "Aguacates Finos",
        "AFI020202CD2",
        "México",
        "Luis Mora",
        "+52 452 765 4321",
        "luis@af.mx",
        "2,05",
        "",
    ],
]
GROUPS = ["Empresa"] * 3 + ["Contacto"] * 3 + ["Oferta"] * 2
EXPECTED = {
    "Empresa › Nombre": "supplier.name",
    "Empresa › RFC": "supplier.tax_id",
    "Empresa › País": "supplier.country",
    "Contacto › Nombre": "contact.name",
    "Contacto › Teléfono": "contact.phone",
    "Contacto › Email": "contact.email",
}


def _read(path: Path) -> tuple[list[str], dict[str, str | None], list[str]]:
    with open_source(path) as source:
        sheet = source.read_sheet(source.sheets[0].name)
    layout = detect_layout(sheet)
    sample = sheet.rows[layout.first_row - 1 : layout.last_row]
    choices = suggest_mapping(layout.headers, "suppliers", sample)
    assert (layout.first_row, layout.last_row) == (layout.header_row + 1, layout.header_row + 2)
    return layout.headers, {c.header: c.field for c in choices}, layout.notes


def test_xlsx_with_merged_group_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "Proveedores de aguacate 2024"
    ws.merge_cells("A1:H1")
    ws.append(["Empresa", None, None, "Contacto", None, None, "Oferta", None])
    ws.merge_cells("A2:C2")
    ws.merge_cells("D2:F2")
    ws.merge_cells("G2:H2")
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    path = tmp_path / "agrupado.xlsx"
    book.save(path)

    headers, mapped, notes = _read(path)

    assert headers == [f"{g} › {h}" for g, h in zip(GROUPS, HEADER, strict=True)]
    assert mapped.items() >= EXPECTED.items()
    assert notes[:2] == [
        "Row 1 (title) skipped",
        "Row 2 names groups of columns (Empresa, Contacto, Oferta): read with the headers",
    ]


@pytest.mark.parametrize("repeated", [True, False], ids=["repeated", "first-only"])
def test_csv_with_a_group_row(tmp_path: Path, repeated: bool) -> None:
    groups = GROUPS if repeated else [g if i in (0, 3, 6) else "" for i, g in enumerate(GROUPS)]
    path = tmp_path / "agrupado.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerows([groups, HEADER, *ROWS])

    headers, mapped, _ = _read(path)

    assert headers[3] == "Contacto › Nombre"
    assert mapped.items() >= EXPECTED.items()


def test_english_and_chinese_group_rows(tmp_path: Path) -> None:
    path = tmp_path / "grouped.csv"
    rows = [
        ["Company", "Company", "Contact", "Contact", "Offer"],
        ["Name", "Country", "Name", "Phone", "Price"],
        ["Andes Berries", "Chile", "Jane Roe", "+56 9 8765 4321", "3.80"],
        ["Sur Fruits", "Peru", "John Doe", "+51 987 654 321", "3.60"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    headers, mapped, _ = _read(path)
    assert mapped["Company › Name"] == "supplier.name"
    assert mapped["Contact › Name"] == "contact.name"
    assert mapped["Contact › Phone"] == "contact.phone"
    assert headers[1] == "Company › Country"

    rows = [
        ["公司", "", "联系人", ""],
        ["名称", "国家", "姓名", "电话"],
        ["安第斯浆果", "智利", "王芳", "+56 9 8765 4321"],
        ["南方水果", "秘鲁", "李雷", "+51 987 654 321"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    headers, mapped, _ = _read(path)
    assert mapped["公司 › 名称"] == "supplier.name"
    assert mapped["联系人 › 姓名"] == "contact.name"
    assert mapped["联系人 › 电话"] == "contact.phone"


def test_rows_above_a_header_that_are_not_groups(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    rows = [
        ["Proveedor:", "Frutas del Sur", "", ""],  # a caption and its value
        ["Producto", "Calibre", "Precio", "Moneda"],
        ["Aguacate Hass", "48", "2.10", "USD"],
        ["Aguacate Hass", "60", "2.00", "USD"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with open_source(path) as source:
        layout = detect_layout(source.read_sheet(source.sheets[0].name))
    assert layout.header_row == 2
    assert layout.headers == ["Producto", "Calibre", "Precio", "Moneda"]
    assert layout.groups == []
