"""Every column a list view can show has its export column (a column the user ticks in the
chooser is exported, never refused with "no such column")."""

from __future__ import annotations

import importlib

import pytest

from app.exporting import list_sources

VIEWS = {
    "ui.views.suppliers": "SUPPLIER_COLUMNS",
    "ui.views.negotiations": "NEGOTIATION_COLUMNS",
    "ui.views.shipments": "SHIPMENT_COLUMNS",
    "ui.views.contacts": "CONTACT_COLUMNS",
}


@pytest.mark.parametrize(("module", "columns"), VIEWS.items())
def test_every_view_column_has_an_export_column(module: str, columns: str) -> None:
    view_columns = importlib.import_module(module).COLUMNS
    headers = [column.header for column in view_columns]
    picked = list_sources.pick_columns(getattr(list_sources, columns), headers)
    assert [c.header for c in picked] == headers
