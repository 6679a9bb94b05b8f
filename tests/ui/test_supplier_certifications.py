"""A supplier's Compliance tab: its state at a glance, each row's days left and state in
colour (expired red, due amber), the form of every field, and the files of the row chosen."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.exporting import export_settings
from app.services.compliance import add_registration
from app.services.products import create_product
from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.forms.supplier_certifications import (
    DUE_BACKGROUND,
    LAPSED_BACKGROUND,
    CertificationsPanel,
    RegistrationDialog,
)
from ui.forms.supplier_panel_base import SupplierRef

TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_settings, "settings_path", lambda: tmp_path / "export.json")


@pytest.fixture
def supplier(database: Database) -> SupplierRef:
    with database.transaction() as session:
        create_product(session, {"name": "Cherries"})
        create_product(session, {"name": "Plums"})
        found = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        add_registration(
            session,
            found.id,
            {
                "kind": "gacc",
                "number": "CHL0000012345",
                "site_name": "Packing Curicó",
                "valid_until": day(400),
                "products": ["Cherries"],
            },
        )
        add_registration(
            session,
            found.id,
            {"kind": "sag_csp", "number": "CSP-1", "season": "2026-27", "valid_until": day(21)},
        )
        add_registration(
            session, found.id, {"kind": "globalgap", "number": "4049929", "valid_until": day(-12)}
        )
        return SupplierRef(found.id, found.name, found.country)


def shown(qtbot: QtBot, database: Database, supplier: SupplierRef) -> CertificationsPanel:
    panel = CertificationsPanel(database)
    qtbot.addWidget(panel)
    panel.resize(700, 420)
    panel.show()
    panel.show_supplier(supplier)
    qtbot.waitUntil(lambda: not panel.reading and panel.model.rowCount() == 3)
    return panel


def test_glance_days_left_and_colours(
    qtbot: QtBot, database: Database, supplier: SupplierRef, qtmodeltester: Any
) -> None:
    panel = shown(qtbot, database, supplier)
    qtmodeltester.check(panel.model)
    text = panel.glance.text()
    assert "2 active registrations" in text
    assert "1 certificate expired (GlobalG.A.P., 12 days ago)" in text
    assert "1 due within 90 days (SAG CSP packhouse, in 21 days)" in text
    rows = [[panel.model.index(r, c).data() for c in range(8)] for r in range(3)]
    assert rows[0][0] == "GlobalG.A.P."
    assert rows[0][6] == "-12"
    assert rows[0][7] == "Expired"
    assert rows[1][:4] == ["SAG CSP packhouse", "CSP-1", "", "2026-27"]
    assert rows[1][4] == "whole range"
    assert rows[2][2:5] == ["Packing Curicó", "", "Cherries"]
    background = [panel.model.index(r, 0).data(8) for r in range(3)]
    assert background[0].color() == LAPSED_BACKGROUND
    assert background[1].color() == DUE_BACKGROUND
    assert background[2] is None
    assert panel.title() == "Compliance (3)"


def test_the_form_holds_every_field_and_picks_products(
    qtbot: QtBot, database: Database, supplier: SupplierRef
) -> None:
    panel = shown(qtbot, database, supplier)
    panel.table.selectRow(2)
    dialog = panel.open_dialog(panel.model.rows[2])
    assert isinstance(dialog, RegistrationDialog)
    assert [dialog.products.item(i).text() for i in range(dialog.products.count())] == [
        "Cherries",
        "Plums",
    ]
    values = dialog.values()
    assert values["products"] == ["Cherries"]
    assert (values["kind"], values["number"], values["site_name"]) == (
        "gacc",
        "CHL0000012345",
        "Packing Curicó",
    )
    dialog.products.item(1).setCheckState(dialog.products.item(0).checkState())
    dialog.season.setText("2026/2028")  # refused, named
    dialog.save()
    qtbot.waitUntil(lambda: dialog.marks.error.isVisible())
    assert "Season" in dialog.marks.error.text()
    dialog.season.setText("2026-27")
    dialog.status.setCurrentIndex(dialog.status.findData("suspended"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    qtbot.waitUntil(lambda: "suspended" in panel.glance.text() and not panel.reading)
    row = next(r for r in panel.model.rows if r.number == "CHL0000012345")
    assert row.products == ("Cherries", "Plums")
    assert panel.model.index(panel.model.rows.index(row), 7).data() == "Suspended (by hand)"
    assert "1 active registration ·" in panel.glance.text()  # the SAG CSP's
    assert "1 suspended (GACC registration CHL0000012345)" in panel.glance.text()


def test_the_files_of_the_row_chosen(
    qtbot: QtBot, database: Database, supplier: SupplierRef
) -> None:
    pytest.importorskip("ui.attachments")
    panel = shown(qtbot, database, supplier)
    assert panel.files is not None  # ui.attachments' panel for one registration
    assert not panel.files.isEnabled()
    panel.table.selectRow(1)
    assert panel.files.isEnabled()
    assert panel.files_heading.text() == "Files of SAG CSP packhouse CSP-1"
    assert getattr(panel.files, "owner_id", None) == panel.model.rows[1].id


def test_no_rows_says_so(qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        bare = create_supplier(session, {"name": "Sin Registro SpA", "country": "CL"})
        ref = SupplierRef(bare.id, bare.name, bare.country)
    panel = CertificationsPanel(database)
    qtbot.addWidget(panel)
    panel.show_supplier(ref)
    qtbot.waitUntil(lambda: not panel.reading)
    assert panel.glance.text().startswith("No registration or certificate recorded")
    assert not panel.edit_button.isEnabled()
    assert panel.add_button.isEnabled()
