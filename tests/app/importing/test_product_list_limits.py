"""A supplier sheet's "Products" cell naming a product longer than a product's name holds
(or whose search key would be) is a warning naming the cell and the limit: the supplier
comes in without those products (issue 14 point 1), and no product past its column is
stored, on SQLite and PostgreSQL (TEST_DATABASE_URL) alike (issue 13 point 2). A tax id
whose matching key would outgrow its column refuses the row (a tax id identifies)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.plan import ImportOptions, RowStatus
from app.importing.preview import build_preview
from models import Product, Supplier

LONG_PRODUCT = "Cereza " + "P" * 243  # 250 characters


def test_a_product_name_past_its_column_is_left_out_with_a_warning(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(
        "Proveedor;País;Productos\n"
        "Viña Azul;CL;Uva, Cereza Lapins\n"
        f"Viña Larga;CL;Uva, {LONG_PRODUCT}\n",
        encoding="utf-8",
    )
    preview = build_preview(session, path, ImportOptions())
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE]
    [problem] = preview.rows[1].warnings
    assert problem.column == "Productos"
    assert "is 250 characters long, but at most 200 fit" in problem.message
    commit_preview(session, preview)
    names = set(session.scalars(select(Supplier.name)))
    assert {"Viña Azul", "Viña Larga"} <= names
    longest = session.scalar(select(func.max(func.length(Product.name))))
    assert longest is not None
    assert longest <= 200


def test_a_product_name_whose_search_key_outgrows_its_column_is_a_warning_in_the_preview(
    session: Session, tmp_path: Path
) -> None:
    """'ß' * 150 fits the name (150 characters) but folds to 300 for search: the services
    refuse it, so the preview warns and leaves it out, and the real import agrees (it used
    to be 'created' by the preview and refuse the whole file at commit)."""
    path = tmp_path / "suppliers.csv"
    path.write_text(
        f"Proveedor;País;Productos\nViña Azul;CL;Uva\nStraße GmbH;DE;{'ß' * 150}\n",
        encoding="utf-8",
    )
    preview = build_preview(session, path, ImportOptions())
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE]
    [problem] = preview.rows[1].warnings
    assert problem.column == "Productos"
    assert "too long once written for search (300 characters; at most 200 fit)" in (problem.message)
    commit_preview(session, preview)
    assert set(session.scalars(select(Supplier.name))) >= {"Viña Azul", "Straße GmbH"}
    assert "ß" * 150 not in set(session.scalars(select(Product.name)))


def test_a_tax_id_whose_matching_key_outgrows_its_column_is_an_error_on_update(
    session: Session, tmp_path: Path
) -> None:
    """Filling an existing supplier's empty tax id with 'ß' * 40 (an 80-character matching
    key; the column holds 40) is refused in the preview, not stored past the column."""
    first = tmp_path / "first.csv"
    first.write_text("Proveedor;País\nStraße Obst GmbH;DE\n", encoding="utf-8")
    commit_preview(session, build_preview(session, first, ImportOptions()))
    second = tmp_path / "second.csv"
    second.write_text(f"Proveedor;País;RUT\nStraße Obst GmbH;DE;{'ß' * 40}\n", encoding="utf-8")
    preview = build_preview(session, second, ImportOptions())
    assert [r.status for r in preview.rows] == [RowStatus.ERROR]
    assert "too long once written for matching" in preview.problems[0].message
    commit_preview(session, preview)
    assert session.scalar(select(Supplier.tax_id_key)) is None


def test_every_row_naming_a_product_whose_key_outgrows_its_column_is_warned(
    session: Session, tmp_path: Path
) -> None:
    """The products whose key fits are checked once for the sheet (remembered); one that
    does not fit is refused on every row that names it."""
    path = tmp_path / "suppliers.csv"
    too_long = "ß" * 150
    path.write_text(
        "Proveedor;País;Productos\n"
        + "".join(f"Viña {n};CL;Arándano, {too_long}\n" for n in range(3)),
        encoding="utf-8",
    )
    preview = build_preview(session, path, ImportOptions())
    assert [len(r.warnings) for r in preview.rows] == [1, 1, 1]
    assert all("too long once written for search" in r.warnings[0].message for r in preview.rows)
