"""A supplier sheet's "Products" cell naming a product longer than a product's name holds
is refused by the cleaning, naming the cell and the limit; the other rows are imported,
on SQLite and PostgreSQL (TEST_DATABASE_URL) alike (issue 13 point 2)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.plan import ImportOptions, RowStatus
from app.importing.preview import build_preview
from models import Product, Supplier

LONG_PRODUCT = "Cereza " + "P" * 243  # 250 characters


def test_a_product_name_past_its_column_makes_its_row_an_error(
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
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.ERROR]
    [problem] = preview.problems
    assert problem.column == "Productos"
    assert problem.message.endswith("is 250 characters long, but at most 200 fit")
    commit_preview(session, preview)
    names = set(session.scalars(select(Supplier.name)))
    assert "Viña Azul" in names
    assert "Viña Larga" not in names
    longest = session.scalar(select(func.max(func.length(Product.name))))
    assert longest is not None
    assert longest <= 200
