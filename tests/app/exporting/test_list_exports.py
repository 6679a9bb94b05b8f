from __future__ import annotations

import csv
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.exporting.files import ExportError
from app.exporting.list_files import (
    SUPPLIER_COLUMNS,
    ExportColumn,
    export_list,
    export_named_list,
    export_suppliers,
    pick_columns,
    supplier_rows,
)
from app.queries.lists import NegotiationQuery, ShipmentQuery, negotiation_page, shipment_page
from app.queries.search import SupplierQuery, search_suppliers
from app.rules import countries
from app.rules.vocabulary import label
from app.services.bulk import SupplierRecord, bulk_insert_suppliers
from app.services.contacts import create_contact
from app.services.demo import load_demo
from app.services.suppliers import create_supplier
from models import Supplier, SupplierStatus

SUPPLIER_HEADERS = ["Name", "Country", "City", "Status", "Tax id", "Updated"]


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def _view_rows(session: Session, query: SupplierQuery) -> list[list[Any]]:
    """What the supplier view shows for `query`, row by row (its text, not its types)."""
    page = search_suppliers(session, query)
    return [
        [r.name, countries.name(r.country), r.city or "", label(r.status), r.tax_id or ""]
        for r in page.rows
    ]


def test_a_supplier_list_csv_has_the_views_columns_and_rows_with_accents(
    session: Session, tmp_path: Path
) -> None:
    load_demo(session)
    target = tmp_path / "suppliers.csv"
    result = export_suppliers(session, SupplierQuery(), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv(target)
    assert rows[0] == SUPPLIER_HEADERS
    assert [r[:5] for r in rows[1:]] == _view_rows(session, SupplierQuery())
    assert result.rows == len(rows) - 1 == 40
    names = [r[0] for r in rows[1:]]
    assert "Açaí do Pará Ltda." in names
    assert "Frutícola Ñuble SpA" in names
    assert "Brazil" in [r[1] for r in rows[1:]]  # names, not codes or ids
    assert all(not cell.isdigit() for r in rows[1:] for cell in r[:2])
    assert all(len(r[5]) == 16 and r[5][4] == "-" for r in rows[1:])  # 'YYYY-MM-DD HH:MM'


def test_a_supplier_list_xlsx_has_typed_cells_and_a_frozen_filtered_header(
    session: Session, tmp_path: Path
) -> None:
    load_demo(session)
    query = SupplierQuery(text="frut", sort="country", descending=True)
    target = tmp_path / "suppliers.xlsx"
    export_suppliers(session, query, target)
    book = load_workbook(target)
    sheet = book["Suppliers"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == SUPPLIER_HEADERS
    assert [[c or "" for c in row[:5]] for row in values[1:]] == _view_rows(session, query)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:F{len(values)}"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["D"].width
    updated = sheet["F2"]
    assert isinstance(updated.value, datetime)
    assert updated.is_date
    assert updated.number_format == "yyyy-mm-dd hh:mm"


def test_numbers_and_dates_are_real_cells(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    target = tmp_path / "negotiations.xlsx"
    export_named_list(session, "negotiations", target)
    sheet = load_workbook(target).active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    assert headers == [
        "Title", "Supplier", "Product", "Stage", "Theirs", "Ours", "Gap", "Cur.", "Owner",
        "Updated",
    ]  # fmt: skip
    page = negotiation_page(session, NegotiationQuery())
    first = page.rows[0]
    theirs = sheet.cell(2, 5)
    assert theirs.data_type == "n"
    assert Decimal(str(theirs.value)) == first.supplier_price
    assert theirs.number_format == "#,##0.00"
    assert sheet.cell(2, 4).value == label(first.stage)
    assert sheet.max_row == page.total + 1

    shipments = tmp_path / "shipments.xlsx"
    export_named_list(session, "shipments", shipments)
    sheet = load_workbook(shipments).active
    assert sheet is not None
    expected = shipment_page(session, ShipmentQuery()).rows
    for row_number, row in enumerate(expected, 2):
        etd = sheet.cell(row_number, 6)
        if row.etd is None:
            assert etd.value is None
        else:
            assert etd.value == datetime.combine(row.etd, datetime.min.time())
            assert etd.number_format == "yyyy-mm-dd"
        missing = sheet.cell(row_number, 9).value
        assert missing == (row.missing_documents or None)


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    rows = [
        {"name": '=HYPERLINK("http://x")', "phone": "+8613800138000", "n": 3},
        {"name": "@SUM(A1)", "phone": "-1", "n": Decimal("2.50")},
    ]
    columns: list[ExportColumn[dict[str, Any]]] = [
        ExportColumn("Name", lambda r: r["name"]),
        ExportColumn("Phone", lambda r: r["phone"]),
        ExportColumn("N", lambda r: r["n"], "number"),
    ]
    target = tmp_path / "tricky.xlsx"
    export_list(target, columns, rows)
    sheet = load_workbook(target).active
    assert sheet is not None
    cells = [sheet.cell(r, c) for r in (2, 3) for c in (1, 2)]
    assert [c.value for c in cells] == [
        '=HYPERLINK("http://x")',
        "+8613800138000",
        "@SUM(A1)",
        "-1",
    ]
    assert all(c.data_type == "s" for c in cells)
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    assert sheet.cell(2, 3).data_type == "n"

    csv_target = tmp_path / "tricky.csv"
    export_list(csv_target, columns, rows)
    # In a .csv, text a spreadsheet would run is quoted; a plain number is left alone.
    assert _csv(csv_target)[1:] == [
        ['\'=HYPERLINK("http://x")', "+8613800138000", "3"],
        ["'@SUM(A1)", "-1", "2.50"],
    ]


def test_csv_dates_are_iso_and_decimals_use_a_point(tmp_path: Path) -> None:
    columns: list[ExportColumn[tuple[Any, ...]]] = [
        ExportColumn("Day", lambda r: r[0], "date"),
        ExportColumn("Price", lambda r: r[1], "money"),
        ExportColumn("Status", lambda r: r[2]),
    ]
    target = tmp_path / "typed.csv"
    export_list(
        target,
        columns,
        [(date(2025, 3, 9), Decimal("1234.5"), SupplierStatus.ON_HOLD), (None, None, None)],
    )
    assert _csv(target) == [
        ["Day", "Price", "Status"],
        ["2025-03-09", "1234.5", "On hold"],
        ["", "", ""],
    ]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancelling_midway_leaves_no_file(session: Session, tmp_path: Path, suffix: str) -> None:
    _many_suppliers(session, 1200)
    target = tmp_path / f"suppliers{suffix}"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 600

    result = export_suppliers(session, SupplierQuery(), target, progress=progress)
    assert result.cancelled
    assert 600 <= result.rows < 1200
    assert seen[0] == (0, 1200)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_survives_a_cancelled_export(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    target = tmp_path / "suppliers.csv"
    target.write_text("before")
    result = export_suppliers(session, SupplierQuery(), target, progress=lambda d, t: False)
    assert result.cancelled
    assert target.read_text() == "before"
    assert list(tmp_path.iterdir()) == [target]


def test_an_unwritable_target_gives_a_clear_error_and_no_file(
    session: Session, tmp_path: Path
) -> None:
    load_demo(session)
    missing_folder = tmp_path / "nowhere" / "suppliers.xlsx"
    with pytest.raises(ExportError, match=r"cannot write .*nowhere.*suppliers\.xlsx"):
        export_suppliers(session, SupplierQuery(), missing_folder)
    folder = tmp_path / "taken.csv"
    folder.mkdir()
    with pytest.raises(ExportError, match=r"taken\.csv"):
        export_suppliers(session, SupplierQuery(), folder)
    with pytest.raises(ExportError, match=r"\.xlsx or \.csv"):
        export_suppliers(session, SupplierQuery(), tmp_path / "suppliers.txt")
    assert [p.name for p in tmp_path.iterdir()] == ["taken.csv"]
    assert list(folder.iterdir()) == []


def _many_suppliers(session: Session, count: int) -> list[int]:
    return bulk_insert_suppliers(
        session,
        (
            SupplierRecord(
                name=f"Exportadora Número {i:04d} Ñandú",
                country=("MX", "CL", "BR")[i % 3],
                city="São Paulo" if i % 2 else None,
                tax_id=f"TAX{i:05d}",
            )
            for i in range(count)
        ),
    )


@pytest.mark.parametrize(("sort", "descending"), [("name", False), ("city", True)])
def test_a_list_longer_than_a_page_is_exported_whole_in_order(
    session: Session, tmp_path: Path, sort: str, descending: bool
) -> None:
    _many_suppliers(session, 450)
    query = SupplierQuery(text="exportadora", sort=sort, descending=descending, limit=50)
    rows = supplier_rows(session, query, page_size=100)
    assert rows.total == 450
    target = tmp_path / "all.csv"
    result = export_list(target, SUPPLIER_COLUMNS, rows, total=rows.total)
    assert result.rows == 450
    exported = [r[0] for r in _csv(target)[1:]]
    everything = search_suppliers(session, SupplierQuery(**{**query.__dict__, "limit": 1000}))
    assert exported == [r.name for r in everything.rows]
    assert len(set(exported)) == 450

    whole = tmp_path / "all.xlsx"
    assert export_suppliers(session, query, whole).rows == 450
    book = load_workbook(whole, read_only=True)
    try:
        sheet = book["Suppliers"]
        assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == exported
    finally:
        book.close()


def test_visible_columns_in_the_views_order(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    columns = pick_columns(SUPPLIER_COLUMNS, ["Status", "Name"])
    target = tmp_path / "two.csv"
    export_suppliers(session, SupplierQuery(sort="status"), target, columns=columns)
    rows = _csv(target)
    assert rows[0] == ["Status", "Name"]
    view = search_suppliers(session, SupplierQuery(sort="status"))
    assert rows[1:] == [[label(r.status), r.name] for r in view.rows]
    with pytest.raises(ValueError, match="Nope"):
        pick_columns(SUPPLIER_COLUMNS, ["Nope"])


def test_datetimes_are_shown_in_local_time(tmp_path: Path) -> None:
    moment = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
    columns: list[ExportColumn[datetime]] = [ExportColumn("At", lambda r: r, "date")]
    export_list(tmp_path / "t.csv", columns, [moment])
    local = moment.astimezone().replace(tzinfo=None)
    assert _csv(tmp_path / "t.csv")[1] == [local.isoformat(sep=" ", timespec="minutes")]


def test_an_empty_list_still_has_its_header_row(tmp_path: Path) -> None:
    columns: list[ExportColumn[Any]] = [ExportColumn("Name", lambda r: r)]
    for suffix in (".xlsx", ".csv"):
        target = tmp_path / f"empty{suffix}"
        assert export_list(target, columns, [], title="Suppliers").rows == 0
    sheet = load_workbook(tmp_path / "empty.xlsx")["Suppliers"]
    assert [c.value for c in sheet[1]] == ["Name"]
    assert sheet.freeze_panes == "A2"
    assert _csv(tmp_path / "empty.csv") == [["Name"]]


def test_number_columns_get_one_format_from_their_first_rows(tmp_path: Path) -> None:
    rows = [(None, 3, True, "Sí"), (2.5, 4, None, ""), (Decimal("1.25"), None, False, None)]
    columns: list[ExportColumn[tuple[Any, ...]]] = [
        ExportColumn("Share", lambda r: r[0], "number"),
        ExportColumn("Count", lambda r: r[1], "number"),
        ExportColumn("Main", lambda r: r[2]),
        ExportColumn("Note", lambda r: r[3]),
    ]
    target = tmp_path / "numbers.xlsx"
    export_list(target, columns, rows)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        [None, 3, "yes", "Sí"],
        [2.5, 4, None, None],
        [1.25, None, None, None],
    ]
    assert sheet.cell(3, 1).number_format == "#,##0.###"
    assert sheet.cell(2, 2).number_format == "#,##0"
    assert sheet.cell(2, 2).data_type == "n"
    assert sheet.auto_filter.ref == "A1:D4"


# --- the supplier list as .csv (its own fast path) --------------------------------------------


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set this process's local time zone (POSIX TZ: no zone files needed) for one test."""

    def use(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def _general_path(
    columns: list[ExportColumn[Any]],
) -> list[ExportColumn[Any]]:
    """The same columns as new objects: the export then runs them one cell at a time
    (`export_list`) instead of writing the supplier CSV from the query's plain values."""
    return [ExportColumn(c.header, lambda r, c=c: c.value(r), c.kind) for c in columns]


def _varied_suppliers(session: Session) -> list[int]:
    """Suppliers with every status, an archived one, no city or tax id, a code pycountry
    does not know, and stamps at awkward moments (the last instant of a minute, summer
    and winter time)."""
    statuses = list(SupplierStatus)
    ids = bulk_insert_suppliers(
        session,
        (
            SupplierRecord(
                name=f"Proveedor {i:02d} Ñandú 果园",
                country=("MX", "CL", "BR", "CN", "XK")[i % 5],
                city=None if i % 3 == 0 else "São Paulo",
                tax_id=None if i % 4 == 0 else f"=TAX{i:03d}",
                status=statuses[i % len(statuses)],
            )
            for i in range(24)
        ),
    )
    stamps = [
        datetime(2025, 1, 15, 12, 29, 59, 999_700, tzinfo=UTC),
        datetime(2025, 7, 15, 23, 45, 0, tzinfo=UTC),
        datetime(2025, 3, 9, 6, 59, 30, 500_000, tzinfo=UTC),
    ]
    for k, supplier_id in enumerate(ids):
        session.execute(
            update(Supplier)
            .where(Supplier.id == supplier_id)
            .values(
                updated_at=stamps[k % len(stamps)] + timedelta(days=7 * (k // 3)),
                archived_at=datetime(2025, 8, 1, tzinfo=UTC) if k in (5, 17) else None,
            )
        )
    return ids


@pytest.mark.parametrize(
    "zone",
    ["XST-5:30", "EST5EDT,M3.2.0,M11.1.0"],  # half-hour ahead; New York rules with summer time
)
@pytest.mark.parametrize(
    ("query", "headers"),
    [
        (SupplierQuery(include_archived=True), SUPPLIER_HEADERS),
        (
            SupplierQuery(text="proveedor", sort="updated_at", descending=True),
            ["Updated", "Status", "Name", "Country"],
        ),
        (SupplierQuery(include_archived=True, sort="city"), ["Tax id"]),
    ],
)
def test_the_supplier_csv_writes_what_the_general_path_writes(
    session: Session,
    tmp_path: Path,
    local_zone: Callable[[str], None],
    zone: str,
    query: SupplierQuery,
    headers: list[str],
) -> None:
    _varied_suppliers(session)
    local_zone(zone)
    columns = pick_columns(SUPPLIER_COLUMNS, headers)
    fast, general = tmp_path / "fast.csv", tmp_path / "general.csv"
    written = export_suppliers(session, query, fast, columns=columns)
    expected = export_suppliers(session, query, general, columns=_general_path(columns))
    assert written.rows == expected.rows > 0
    assert fast.read_bytes() == general.read_bytes()
    assert _csv(fast)[0] == headers


def test_the_supplier_csv_shows_dates_in_local_time_names_and_labels(
    session: Session, tmp_path: Path, local_zone: Callable[[str], None]
) -> None:
    ids = _varied_suppliers(session)
    local_zone("EST5EDT,M3.2.0,M11.1.0")
    target = tmp_path / "suppliers.csv"
    export_suppliers(session, SupplierQuery(include_archived=True, sort="id"), target)
    rows = _csv(target)[1:]
    assert len(rows) == len(ids)
    statuses = [label(s) for s in SupplierStatus]
    assert rows[:3] == [
        # 12:29:59.9997 UTC in January: 07:29 in New York (cut to the minute, not rounded)
        ["Proveedor 00 Ñandú 果园", "Mexico", "", statuses[0], "", "2025-01-15 07:29"],
        # 23:45 UTC in July, summer time: 19:45 the same day
        ["Proveedor 01 Ñandú 果园", "Chile", "São Paulo", statuses[1], "'=TAX001",
         "2025-07-15 19:45"],
        # half a minute before the clocks go forward (07:00 UTC that night): still winter
        ["Proveedor 02 Ñandú 果园", "Brazil", "São Paulo", statuses[2], "'=TAX002",
         "2025-03-09 01:59"],
    ]  # fmt: skip
    assert rows[4][1] == countries.name("XK")
    assert [r[0] for r in rows if r[0].endswith(" (archived)")] == [
        "Proveedor 05 Ñandú 果园 (archived)",
        "Proveedor 17 Ñandú 果园 (archived)",
    ]
    assert {r[1] for r in rows} == {countries.name(c) for c in ("MX", "CL", "BR", "CN", "XK")}


def test_the_supplier_csv_does_not_build_supplier_rows(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.exporting.list_sources as list_sources

    _many_suppliers(session, 30)

    def refuse(*_args: Any, **_kwargs: Any) -> Iterator[Any]:
        raise AssertionError("the CSV went through iter_suppliers")

    monkeypatch.setattr(list_sources, "iter_suppliers", refuse)
    assert export_suppliers(session, SupplierQuery(), tmp_path / "s.csv").rows == 30
    with pytest.raises(AssertionError, match="iter_suppliers"):
        export_suppliers(session, SupplierQuery(), tmp_path / "s.xlsx")


def test_a_column_of_its_own_sends_the_supplier_csv_down_the_general_path(
    session: Session, tmp_path: Path
) -> None:
    ids = _many_suppliers(session, 5)
    columns = [SUPPLIER_COLUMNS[0], ExportColumn("Id", lambda r: r.id, "number")]
    target = tmp_path / "ids.csv"
    export_suppliers(session, SupplierQuery(sort="id"), target, columns=columns)
    assert _csv(target)[1:] == [
        [f"Exportadora Número {i:04d} Ñandú", str(supplier_id)] for i, supplier_id in enumerate(ids)
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_progress_comes_every_500_rows_with_the_total(
    session: Session, tmp_path: Path, suffix: str
) -> None:
    _many_suppliers(session, 1200)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    result = export_suppliers(session, SupplierQuery(), tmp_path / f"s{suffix}", progress=progress)
    assert result.rows == 1200
    assert not result.cancelled
    assert seen == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]


# --- columns the list's chooser adds (issue 14 point 17) -------------------------------------


def test_the_contacts_export_has_whatsapp_and_wechat(session: Session, tmp_path: Path) -> None:
    supplier = create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
    create_contact(
        session,
        supplier.id,
        {"name": "José Núñez", "whatsapp": "+52 1 443 123 4567", "wechat": "jose_uruapan"},
    )
    target = tmp_path / "contacts.csv"
    export_named_list(session, "contacts", target)
    header, row = _csv(target)
    assert header[6:8] == ["WhatsApp", "WeChat"]
    assert row[0] == "José Núñez"
    assert row[6:8] == ["+524431234567", "jose_uruapan"]


def test_chosen_supplier_columns_are_exported_with_their_values(
    session: Session, tmp_path: Path
) -> None:
    load_demo(session)
    query = SupplierQuery(text="acai do para")
    headers = ["Name", "Products", "Certifications", "Tags", "Email", "Primary contact"]
    columns = pick_columns(SUPPLIER_COLUMNS, headers)
    for suffix in (".csv", ".xlsx"):
        target = tmp_path / f"suppliers{suffix}"
        assert export_suppliers(session, query, target, columns=columns).rows == 1
    header, row = _csv(tmp_path / "suppliers.csv")
    assert header == headers
    (shown,) = search_suppliers(session, query).rows
    certifications = ", ".join(label(c) for c in shown.certifications)
    assert row == [
        shown.name,
        shown.products,
        certifications,
        shown.tags,
        shown.email,
        shown.primary_contact,
    ]
    assert "Frozen açaí pulp" in row[1]
    assert certifications
    sheet = load_workbook(tmp_path / "suppliers.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[2]] == row


def test_an_export_without_aggregated_columns_does_not_aggregate(
    session: Session, tmp_path: Path
) -> None:
    from sqlalchemy import event

    load_demo(session)
    seen: list[str] = []
    event.listen(session.get_bind(), "before_cursor_execute", lambda *a: seen.append(a[2]))

    def streamed() -> list[str]:  # the statement that reads every row (not a page)
        return [s for s in seen if s.rstrip().endswith("ORDER BY suppliers.name_key, suppliers.id")]

    export_suppliers(session, SupplierQuery(), tmp_path / "s.xlsx")
    (plain,) = streamed()
    assert "supplier_tags" not in plain
    seen.clear()
    columns = pick_columns(SUPPLIER_COLUMNS, ["Name", "Tags"])
    export_suppliers(session, SupplierQuery(), tmp_path / "t.xlsx", columns=columns)
    (aggregated,) = streamed()
    assert "supplier_tags" in aggregated
