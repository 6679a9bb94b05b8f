"""Small look-ups the widgets need (pickers, labels), each in its own short transaction."""

from __future__ import annotations

from collections.abc import Callable

from app.queries.search import SupplierQuery, search_suppliers
from app.store.database import Database


def supplier_search(database: Database) -> Callable[[str], list[tuple[int, str]]]:
    """For a RecordPicker: the first 20 suppliers matching what was typed."""

    def search(text: str) -> list[tuple[int, str]]:
        with database.read() as session:
            page = search_suppliers(session, SupplierQuery(text=text, limit=20))
        return [(r.id, f"{r.name} ({r.country})") for r in page.rows]

    return search
