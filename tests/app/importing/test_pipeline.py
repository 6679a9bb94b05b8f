"""Preview, commit and undo of supplier sheets, end to end through the real readers,
header detection, mapping, cleaning and matching."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.importing import commit as commit_module
from app.importing.commit import commit_preview
from app.importing.mapping import ColumnChoice
from app.importing.plan import (
    Decision,
    ImportAbortedError,
    ImportCancelledError,
    ImportOptions,
    RowStatus,
)
from app.importing.preview import MappingError, build_preview
from app.importing.problems import save_problem_rows
from app.importing.undo import UndoError, undo_batch
from app.queries.search import SupplierQuery, search_suppliers
from app.services.suppliers import SUPPLIER_FIELDS, create_supplier, update_supplier
from models import Contact, ImportBatch, ImportStatus, Product, Supplier
from models.search_index import FTS_TABLE

SPANISH = (
    "Listado de proveedores 2026;;;;;\n"
    ";;;;;\n"
    "Razón social;País;RFC / CUIT;Ciudad;Correo;Teléfono;Contacto;Productos\n"
    "Frutícola Ñuble S.A.;Chile;76.123.456-7;Chillán;ventas@nuble.cl;(42) 221 3456;Ana Pérez;"
    "Cerezas\n"
    "Aguacates del Sur S.A. de C.V.;México;ASU010101AB1;Uruapan;;452 123 4567;Luis Ríos;"
    "Palta Hass\n"
    "Camarones Patagonia SRL;Argentina;30-71234567-8;Rawson;info@patagonia.ar;;;Langostino\n"
    "Sin País Ltda;;;;;;;\n"
    "Correo Malo SpA;Chile;;;no-es-un-correo;;;\n"
)


def write_csv(path: Path, text: str, encoding: str = "cp1252") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "proveedores.csv", SPANISH)


def test_preview_reads_a_latin1_spanish_sheet_and_writes_nothing(
    session: Session, spanish: Path
) -> None:
    before = count(session, Supplier)
    preview = build_preview(session, spanish)
    assert preview.headers[:2] == ["Razón social", "País"]
    fields = {c.header: c.field for c in preview.choices}
    assert fields["País"] == "supplier.country"
    assert fields["Correo"] == "supplier.email"
    statuses = {r.row: r.status for r in preview.rows}
    assert statuses == {
        4: RowStatus.CREATE,
        5: RowStatus.CREATE,
        6: RowStatus.CREATE,
        7: RowStatus.ERROR,
        8: RowStatus.CREATE,  # a bad email costs the email, not the supplier (issue 14)
    }
    problems = {(p.row, p.column): p for p in preview.problems}
    assert list(problems) == [(7, "País")]
    assert "country" in problems[(7, "País")].message
    [warning] = preview.warnings
    assert (warning.row, warning.column, warning.value) == (8, "Correo", "no-es-un-correo")
    assert warning.warning
    assert warning.message.endswith("(left empty)")
    assert "supplier.email" not in preview.rows[-1].values
    first = preview.rows[0].values
    assert first["supplier.country"] == "CL"
    assert first["supplier.phone"] == "+56422213456"
    assert first["supplier.name"] == "Frutícola Ñuble S.A."
    assert count(session, Supplier) == before


def test_commit_creates_valid_rows_records_the_batch_and_undo_removes_them(
    session: Session, spanish: Path
) -> None:
    products_before = count(session, Product)
    preview = build_preview(session, spanish)
    result = commit_preview(session, preview)
    assert (result.created, result.errors, result.skipped) == (4, 1, 1)
    malo = session.scalars(select(Supplier).where(Supplier.name == "Correo Malo SpA")).one()
    assert (malo.country, malo.email) == ("CL", None)  # in, without the bad email
    nuble = session.scalars(select(Supplier).where(Supplier.tax_id == "76.123.456-7")).one()
    assert (nuble.country, nuble.city, nuble.email) == ("CL", "Chillán", "ventas@nuble.cl")
    assert [c.name for c in nuble.contacts] == ["Ana Pérez"]
    assert nuble.contacts[0].is_primary
    assert [p.name for p in nuble.products] == ["Cerezas"]
    batch = session.get(ImportBatch, result.batch_id)
    assert batch is not None
    assert batch.rows_created == 4
    assert batch.rows_failed == 1
    assert batch.file_name == "proveedores.csv"

    assert search_suppliers(session, SupplierQuery(text="chillán")).total == 1
    undone = undo_batch(session, result.batch_id)
    assert undone.kept == []
    assert session.scalar(select(Supplier).where(Supplier.tax_id == "76.123.456-7")) is None
    assert count(session, Product) == products_before
    # The search index let go of them too, and follows later changes again.
    assert search_suppliers(session, SupplierQuery(text="chillán")).total == 0
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')"))
    create_supplier(session, {"name": "Otra de Chillán", "country": "CL"})
    session.flush()
    assert search_suppliers(session, SupplierQuery(text="chillán")).total == 1
    assert batch.status == ImportStatus.UNDONE
    with pytest.raises(UndoError, match="already undone"):
        undo_batch(session, result.batch_id)


def test_matched_rows_fill_empty_fields_and_keep_conflicting_ones(
    session: Session, spanish: Path
) -> None:
    existing = create_supplier(
        session,
        {
            "name": "FRUTICOLA NUBLE",
            "country": "CL",
            "tax_id": "761234567",
            "phone": "+56 2 2345 6789",
        },
    )
    version = existing.version
    preview = build_preview(session, spanish)
    row = next(r for r in preview.rows if r.row == 4)
    assert row.status == RowStatus.UPDATE
    assert row.supplier_id == existing.id
    assert row.fills["supplier.city"] == "Chillán"
    assert [c.field for c in row.conflicts] == ["supplier.phone"]
    result = commit_preview(session, preview)
    session.refresh(existing)
    assert existing.city == "Chillán"
    assert existing.phone == "+56223456789"  # kept: the user did not choose the new one
    assert existing.name == "FRUTICOLA NUBLE"
    assert [c.name for c in existing.contacts] == ["Ana Pérez"]
    assert result.updated == 1
    assert result.created == 3

    undo_batch(session, result.batch_id)
    session.refresh(existing)
    assert existing.city is None
    assert existing.contacts == []
    assert existing.products == []
    assert existing.version > version


def test_choosing_the_incoming_value_of_a_conflict(session: Session, spanish: Path) -> None:
    existing = create_supplier(
        session, {"name": "Frutícola Ñuble", "country": "CL", "phone": "+56 2 2345 6789"}
    )
    preview = build_preview(session, spanish)
    row = next(r for r in preview.rows if r.supplier_id == existing.id)
    row.take_new.add("supplier.phone")
    result = commit_preview(session, preview)
    session.refresh(existing)
    assert existing.phone == "+56422213456"
    undo_batch(session, result.batch_id)
    session.refresh(existing)
    assert existing.phone == "+56223456789"


def test_undo_keeps_records_edited_since_and_says_so(session: Session, spanish: Path) -> None:
    result = commit_preview(session, build_preview(session, spanish))
    nuble = session.scalars(select(Supplier).where(Supplier.tax_id == "76.123.456-7")).one()
    update_supplier(session, nuble.id, {"city": "Concepción"}, expected_version=nuble.version)
    undone = undo_batch(session, result.batch_id)
    assert len(undone.kept) == 1
    assert "Frutícola Ñuble S.A." in undone.kept[0]
    assert "edited since" in undone.kept[0]
    assert session.get(Supplier, nuble.id) is not None
    others = select(Supplier).where(Supplier.tax_id.in_(["ASU010101AB1", "30-71234567-8"]))
    assert session.scalars(others).all() == []


def test_duplicates_inside_the_file_are_merged_into_one_supplier(
    session: Session, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "dups.csv",
        "Proveedor,País,Ciudad,Correo contacto,Contacto\n"
        "Avocados del Sur S.A. de C.V.,MX,,ana@sur.mx,Ana\n"
        "AVOCADOS DEL SUR,México,Uruapan,luis@sur.mx,Luis\n"
        "Avocados del Sur SA de CV,MX,,ana@sur.mx,Ana\n",
        "utf-8",
    )
    preview = build_preview(session, path)
    assert [r.status for r in preview.rows] == [
        RowStatus.CREATE,
        RowStatus.UPDATE,
        RowStatus.UNCHANGED,
    ]
    assert preview.rows[1].merged_into == 2
    result = commit_preview(session, preview)
    assert result.created == 1
    supplier = session.scalars(
        select(Supplier).where(Supplier.name_key.like("avocados del sur%"))
    ).one()
    assert supplier.city == "Uruapan"
    assert sorted(c.email or "" for c in supplier.contacts) == ["ana@sur.mx", "luis@sur.mx"]


def test_possible_duplicates_wait_for_the_user(session: Session, tmp_path: Path) -> None:
    existing = create_supplier(session, {"name": "Agrícola San Fernando", "country": "CL"})
    path = write_csv(
        tmp_path / "fuzzy.csv",
        "Proveedor;País;Ciudad\nAgricola San Fernado;Chile;Rancagua\nOtra Empresa;Chile;Talca\n",
        "utf-8",
    )
    preview = build_preview(session, path)
    fuzzy = preview.rows[0]
    assert fuzzy.status == RowStatus.DUPLICATE
    assert fuzzy.match is not None
    assert fuzzy.match.how == "fuzzy"
    assert fuzzy.supplier_id == existing.id
    before = count(session, Supplier)
    result = commit_preview(session, preview)  # default: skipped
    assert (result.created, result.possible_duplicates, result.skipped) == (1, 1, 1)
    assert count(session, Supplier) == before + 1

    again = build_preview(session, path)
    again.rows[0].decision = Decision.MERGE
    commit_preview(session, again)
    session.refresh(existing)
    assert existing.city == "Rancagua"


def test_stop_on_the_first_error_writes_nothing(session: Session, spanish: Path) -> None:
    before = count(session, Supplier)
    preview = build_preview(session, spanish, ImportOptions(on_error="abort"))
    with pytest.raises(ImportAbortedError, match=r"1 row has errors.*row 7"):
        commit_preview(session, preview)
    assert count(session, Supplier) == before


def test_cancel_during_preview_and_during_commit_leaves_the_database_as_it_was(
    session: Session, spanish: Path
) -> None:
    with pytest.raises(ImportCancelledError):
        build_preview(session, spanish, cancel=lambda: True)
    preview = build_preview(session, spanish)
    before = count(session, Supplier), count(session, ImportBatch)
    calls = iter([False, True])  # cancelled once the new suppliers are in
    with pytest.raises(ImportCancelledError), session.begin_nested():
        commit_preview(session, preview, cancel=lambda: next(calls, True))
    session.expunge_all()
    assert (count(session, Supplier), count(session, ImportBatch)) == before


def test_a_required_field_without_a_column_is_refused(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", "Ciudad,Correo\nTalca,a@b.cl\n", "utf-8")
    with pytest.raises(MappingError, match=r"x\.csv: no column is mapped to") as raised:
        build_preview(session, path)
    # Both ways to fix it, for the window's user and the command line's (issue 14 point 4).
    assert str(raised.value).endswith(
        "; choose one on the wizard's mapping page, or give --mapping FILE.json on the command line"
    )
    assert [f.key for f in raised.value.lacking] == ["supplier.name", "supplier.country"]
    assert raised.value.headers == ("Ciudad", "Correo")


@pytest.mark.parametrize("name", ["Sin nombre", "N/A", "-", "s/n", "TBD", "无"])
def test_a_placeholder_name_is_no_name(session: Session, tmp_path: Path, name: str) -> None:
    """Issue 14 point 2: the row is refused as one without a name; a legal name beside
    the placeholder stands in for it, as it does for an empty name."""
    path = write_csv(
        tmp_path / "p.csv",
        f"Proveedor,Razón social,País\n{name},,CL\n{name},Frutas del Maule SpA,CL\n",
        "utf-8",
    )
    choices = (
        ColumnChoice(0, "Proveedor", "supplier.name", 1.0),
        ColumnChoice(1, "Razón social", "supplier.legal_name", 1.0),
        ColumnChoice(2, "País", "supplier.country", 1.0),
    )
    preview = build_preview(session, path, ImportOptions(choices=choices))
    refused, named = preview.rows
    assert refused.status == RowStatus.ERROR
    [problem] = refused.problems
    assert (problem.column, problem.value) == ("Proveedor", name)
    assert problem.message == f"'{name}' is a placeholder, not a name: write the supplier's name"
    assert named.status == RowStatus.CREATE
    assert named.values["supplier.name"] == "Frutas del Maule SpA"
    commit_preview(session, preview)
    assert session.scalar(select(Supplier).where(Supplier.name == name)) is None


def test_default_country_for_a_sheet_without_one(session: Session, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "mx.csv", "Proveedor,Teléfono\nHuertas Michoacán,443 312 0000\n", "utf-8"
    )
    preview = build_preview(session, path, ImportOptions(default_country="MX"))
    assert preview.rows[0].status == RowStatus.CREATE
    assert preview.rows[0].values["supplier.phone"] == "+524433120000"


def test_the_confirmed_mapping_is_offered_for_the_next_file(
    session: Session, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", "Nombre,Zona,Observación\nA,Chile,x\n", "utf-8")
    choices = (
        ColumnChoice(0, "Nombre", "supplier.name", 1.0),
        ColumnChoice(1, "Zona", "supplier.country", 1.0),
        ColumnChoice(2, "Observación", "note", 1.0),
    )
    preview = build_preview(session, path, ImportOptions(choices=choices))
    assert preview.mapping_source == "chosen"
    commit_preview(session, preview)
    other = write_csv(tmp_path / "b.csv", "Nombre,Zona,Observación\nB,Perú,y\n", "utf-8")
    again = build_preview(session, other)
    assert again.mapping_source == "saved"
    assert [c.field for c in again.choices] == ["supplier.name", "supplier.country", "note"]
    assert again.rows[0].values["supplier.notes"] == "Observación: y"


def test_rows_with_errors_saved_to_fix(session: Session, spanish: Path, tmp_path: Path) -> None:
    text = SPANISH.replace("Correo Malo SpA", "=HYPERLINK(1)")
    preview = build_preview(session, write_csv(tmp_path / "p.csv", text))
    target = tmp_path / "to_fix.xlsx"
    assert save_problem_rows(preview, target) == 2
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Row"
    assert rows[0][-1] == "Problem"
    assert rows[0][1:3] == ("Razón social", "País")
    assert [r[0] for r in rows[1:]] == [7, 8]
    assert "country" in str(rows[1][-1])
    assert str(rows[2][-1]).startswith("Warning: Correo: ")  # imported without its email
    assert sheet.cell(3, 2).value == "=HYPERLINK(1)"
    assert sheet.cell(3, 2).data_type == "s"


def test_formula_looking_text_is_stored_as_text(session: Session, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Proveedor", "País", "Notas"])
    ws.append(["@Exportadora", "CL", "-5 grados"])
    ws.cell(2, 1).data_type = "s"
    path = tmp_path / "f.xlsx"
    book.save(path)
    result = commit_preview(session, build_preview(session, path))
    assert result.created == 1
    supplier = session.scalars(select(Supplier).where(Supplier.name == "@Exportadora")).one()
    assert supplier.notes == "-5 grados"


def test_contacts_matched_by_email_on_update(session: Session, tmp_path: Path) -> None:
    existing = create_supplier(session, {"name": "Pesquera Austral", "country": "CL"})
    session.add(Contact(supplier=existing, name="Marta", email="marta@austral.cl"))
    session.flush()
    path = write_csv(
        tmp_path / "c.csv",
        "Proveedor,País,Contacto,Correo contacto,Cargo\n"
        "Pesquera Austral,CL,Marta Soto,MARTA@austral.cl,Ventas\n",
        "utf-8",
    )
    preview = build_preview(session, path)
    row = preview.rows[0]
    assert row.status == RowStatus.UPDATE
    assert not row.new_contact
    assert row.fills == {"contact.role": "Ventas"}
    commit_preview(session, preview)
    session.refresh(existing)
    assert [(c.name, c.role) for c in existing.contacts] == [("Marta", "Ventas")]


def test_a_possible_duplicate_of_an_earlier_row_merged_into_it(
    session: Session, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "fuzzy_in_file.csv",
        "Proveedor;País;Ciudad;Contacto;Correo contacto\n"
        "Agrícola San Fernando;Chile;;Ana;ana@sf.cl\n"
        "Agricola San Fernado;Chile;Rancagua;Luis;luis@sf.cl\n",
        "utf-8",
    )
    preview = build_preview(session, path)
    first, second = preview.rows
    assert (first.status, second.status) == (RowStatus.CREATE, RowStatus.DUPLICATE)
    assert second.supplier_id is None
    assert second.merged_into == 2
    second.decision = Decision.MERGE
    result = commit_preview(session, preview)
    assert result.created == 1
    supplier = session.scalars(
        select(Supplier).where(Supplier.name == "Agrícola San Fernando")
    ).one()
    assert supplier.city == "Rancagua"
    assert sorted(c.name for c in supplier.contacts) == ["Ana", "Luis"]


def test_importing_the_same_file_again_changes_nothing_and_loads_no_supplier(
    session: Session, spanish: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = commit_preview(session, build_preview(session, spanish))
    assert first.created == 4
    loaded: list[set[int]] = []
    load = commit_module.load_suppliers

    def watch(session: Session, ids: set[int]) -> dict[int, Supplier]:
        loaded.append(set(ids))
        return load(session, ids)

    monkeypatch.setattr(commit_module, "load_suppliers", watch)
    again = build_preview(session, spanish)
    assert [r.status for r in again.rows if r.supplier_id] == [RowStatus.UNCHANGED] * 4
    result = commit_preview(session, again)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 4)
    assert loaded == []  # the versions the preview saw are still there: nothing to compare


def test_an_unchanged_row_is_compared_again_once_its_supplier_was_saved_since(
    session: Session, spanish: Path
) -> None:
    commit_preview(session, build_preview(session, spanish))
    again = build_preview(session, spanish)
    row = next(r for r in again.rows if r.row == 4)
    assert row.status == RowStatus.UNCHANGED
    nuble = session.get_one(Supplier, row.supplier_id)
    # Someone clears the email between the preview and the import.
    update_supplier(session, nuble.id, {"email": None}, expected_version=nuble.version)
    result = commit_preview(session, again)
    session.refresh(nuble)
    assert nuble.email == "ventas@nuble.cl"  # filled again, as the row brings it
    assert (result.updated, result.unchanged) == (1, 3)


# --- the preview refuses what the services refuse (issue 13 point 3) ----------------------


def test_a_value_past_a_service_limit_is_left_empty_and_a_name_past_it_refuses_the_row(
    session: Session, tmp_path: Path
) -> None:
    """A 400-character website and 20,001 characters gathered from two note columns: the
    supplier form refuses both, so the preview leaves them empty with a warning and the
    supplier comes in without them (issue 14 point 1); a 201-character name refuses its
    row. What the preview lets through, the commit stores as it is."""
    website = "https://example.com/" + "a" * 380
    path = tmp_path / "limits.csv"
    path.write_text(
        "Proveedor;País;Sitio web;Nota A;Nota B\n"
        "Viña Azul;CL;https://vinaazul.cl;hola;\n"
        f"Viña Larga;CL;{website};;\n"
        f"Viña Nota;CL;;{'x' * 10_000};{'y' * 10_000}\n"
        f"{'V' * 201};CL;;;\n",
        encoding="utf-8",
    )
    choices = (
        ColumnChoice(0, "Proveedor", "supplier.name", 1.0),
        ColumnChoice(1, "País", "supplier.country", 1.0),
        ColumnChoice(2, "Sitio web", "supplier.website", 1.0),
        ColumnChoice(3, "Nota A", "note", 1.0),
        ColumnChoice(4, "Nota B", "note", 1.0),
    )
    preview = build_preview(session, path, ImportOptions(choices=choices))
    assert [r.status for r in preview.rows] == [RowStatus.CREATE] * 3 + [RowStatus.ERROR]
    website_problem, notes_problem = preview.warnings
    assert (website_problem.row, website_problem.column) == (3, "Sitio web")
    assert "at most 300" in website_problem.message
    assert (notes_problem.row, notes_problem.column) == (4, "")
    assert notes_problem.message.startswith("Notes: ")
    assert "at most 20000" in notes_problem.message
    [name_problem] = preview.problems
    assert (name_problem.row, name_problem.column) == (5, "Proveedor")
    for accepted in preview.rows[:3]:
        # What the preview lets through, the supplier form takes as it is.
        supplier = {k.removeprefix("supplier."): v for k, v in accepted.values.items()}
        assert SUPPLIER_FIELDS.clean(supplier).items() >= supplier.items()
    before = count(session, Supplier)
    result = commit_preview(session, preview)
    assert (result.created, result.errors) == (3, 1)
    assert count(session, Supplier) == before + 3
    larga = session.scalars(select(Supplier).where(Supplier.name == "Viña Larga")).one()
    nota = session.scalars(select(Supplier).where(Supplier.name == "Viña Nota")).one()
    assert (larga.website, nota.notes) == (None, None)
