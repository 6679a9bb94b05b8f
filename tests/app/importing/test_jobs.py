"""The wizard's background calls: a preview overtaken by a colleague's save is one
readable line, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import ServiceError
from app.importing.jobs import commit, preview_file
from app.importing.plan import ImportOptions
from app.services.suppliers import create_supplier
from app.store.database import Database
from models import ImportBatch, Supplier


def test_a_supplier_saved_by_someone_else_since_the_preview(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Proveedor;País;RUT\nViña Azul SpA;Chile;76.543.210-K\n", encoding="utf-8")
    preview = preview_file(database, path, ImportOptions(), lambda *_: None, lambda: False)
    with database.transaction() as session:  # a colleague, meanwhile
        create_supplier(session, {"name": "Viña Azul", "country": "CL", "tax_id": "76543210K"})
    with pytest.raises(ServiceError, match="preview again"):
        commit(database, preview, lambda *_: None, lambda: False)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Supplier)) == 1
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
