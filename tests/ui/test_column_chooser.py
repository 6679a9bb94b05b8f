"""The column chooser of the lists (issue 14 point 17) and their column widths and
archived marker (point 12): driven as a user does, through the chooser's checkable list
and the export it feeds."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu
from pytestqt.qtbot import QtBot

from app.services.demo import load_demo
from app.services.suppliers import archive_supplier, create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.export_actions import LIST_SOURCES, list_export, shown_headers, view_query
from ui.views.contacts import ContactsView
from ui.views.list_columns import fit_columns
from ui.views.negotiations import NegotiationsView
from ui.views.shipments import ShipmentsView
from ui.views.suppliers import SuppliersView

VIEWS = [SuppliersView, NegotiationsView, ShipmentsView, ContactsView]


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session)
    return database


def make_view(qtbot: QtBot, database: Database, settings: QSettings, kind: type[Any]) -> Any:
    view = kind(database)
    qtbot.addWidget(view)
    view.restore_state(settings)
    view.resize(1366, 700)
    view.show()
    settle()
    view.refresh()
    settle()
    qtbot.waitExposed(view)
    settle()
    return view


def chooser_items(view: Any) -> dict[str, QListWidgetItem]:
    """The chooser's checkable list as the user sees it when the menu opens."""
    menu = view.column_chooser.menu
    menu.aboutToShow.emit()
    found = menu.findChild(QListWidget, "column-list")
    assert found is not None
    return {found.item(i).text(): found.item(i) for i in range(found.count())}


def tick(view: Any, header: str, checked: bool = True) -> None:
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    chooser_items(view)[header].setCheckState(state)


def shown(view: Any) -> list[str]:
    return shown_headers(view.table)


def test_the_chooser_shows_and_hides_columns(
    qtbot: QtBot, demo: Database, settings: QSettings
) -> None:
    view = make_view(qtbot, demo, settings, SuppliersView)
    assert shown(view) == ["Name", "Country", "City", "Status", "Tax id", "Updated"]
    items = chooser_items(view)
    assert items["Email"].checkState() == Qt.CheckState.Unchecked
    assert {"Email", "Phone", "Website", "Products", "Certifications", "Tags"} <= set(items)
    assert {"Region", "Primary contact", "Created"} <= set(items)

    tick(view, "Products")
    tick(view, "Email")
    tick(view, "City", checked=False)
    assert shown(view) == ["Name", "Country", "Status", "Tax id", "Updated", "Email", "Products"]
    products = view.model.columns.index(
        next(c for c in view.model.columns if c.header == "Products")
    )
    assert view.table.columnWidth(products) > 30  # sized to its content when it appears
    row = next(
        r for r in range(view.model.rowCount()) if view.model.row_at(r).name.startswith("Açaí")
    )
    assert view.model.index(row, products).data() == "Frozen açaí pulp"

    # The last column cannot be hidden: its box is ticked again.
    for header in shown(view)[1:]:
        tick(view, header, checked=False)
    tick(view, "Name", checked=False)
    assert shown(view) == ["Name"]
    assert chooser_items(view)["Name"].checkState() == Qt.CheckState.Checked


def test_a_right_click_on_the_header_opens_the_chooser(
    qtbot: QtBot, demo: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, demo, settings, ShipmentsView)
    opened: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _at, _action=None: opened.append(menu))
    view.table.horizontalHeader().customContextMenuRequested.emit(QPoint(10, 5))
    assert opened == [view.column_chooser.menu]
    assert {"B/L / AWB", "Vessel / flight", "From", "Container"} <= set(chooser_items(view))
    # The Export menu offers the same chooser (the export follows it).
    from ui.export_actions import attach_export_actions

    actions = attach_export_actions(view, settings)
    assert actions is not None
    assert view.column_chooser.menu.menuAction() in actions.menu.actions()


@pytest.mark.parametrize("kind", VIEWS)
def test_the_chosen_columns_are_remembered_for_a_new_view(
    qtbot: QtBot, demo: Database, settings: QSettings, kind: type[Any]
) -> None:
    first = make_view(qtbot, demo, settings, kind)
    extras = [c.header for c in first.model.columns if not c.shown]
    dropped = first.model.columns[1].header
    if extras:  # the contacts list shows all its columns at first
        tick(first, extras[0])
    tick(first, dropped, checked=False)
    chosen = shown(first)
    first.close()

    second = make_view(qtbot, demo, QSettings(settings.fileName(), settings.format()), kind)
    assert shown(second) == chosen
    assert set(extras[:1]) <= set(chosen)
    assert dropped not in chosen
    # Back to the list's own columns, remembered too.
    second.column_chooser.reset()
    third = make_view(qtbot, demo, settings, kind)
    assert shown(third) == [c.header for c in third.model.columns if c.shown]


def _export_csv(view: Any, path: Path) -> list[list[str]]:
    source = LIST_SOURCES[view.kind]
    export = list_export(view.database, source, view_query(view), shown_headers(view.table))
    export(path, lambda *_: True)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_the_export_follows_the_chosen_columns_in_their_shown_order(
    qtbot: QtBot, demo: Database, settings: QSettings, tmp_path: Path
) -> None:
    view = make_view(qtbot, demo, settings, NegotiationsView)
    tick(view, "Grade")
    tick(view, "Incoterm")
    tick(view, "Gap", checked=False)
    header = view.table.horizontalHeader()
    grade = next(i for i, c in enumerate(view.model.columns) if c.header == "Grade")
    header.moveSection(header.visualIndex(grade), 1)  # Grade second
    rows = _export_csv(view, tmp_path / "deals.csv")
    assert rows[0] == shown(view)
    assert rows[0][:2] == ["Title", "Grade"]
    assert "Incoterm" in rows[0]
    assert "Gap" not in rows[0]
    incoterm = rows[0].index("Incoterm")
    listed = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert [r[0] for r in rows[1:]] == [r.title for r in listed]
    assert any(r[incoterm] for r in rows[1:])  # the demo deals name an Incoterm


def test_the_contacts_list_and_export_have_whatsapp_and_wechat(
    qtbot: QtBot, demo: Database, settings: QSettings, tmp_path: Path
) -> None:
    view = make_view(qtbot, demo, settings, ContactsView)
    assert {"WhatsApp", "WeChat"} <= set(shown(view))
    rows = _export_csv(view, tmp_path / "contacts.csv")
    assert {"WhatsApp", "WeChat"} <= set(rows[0])
    whatsapp = rows[0].index("WhatsApp")
    assert any(r[whatsapp].startswith("+") for r in rows[1:])


# --- point 12: widths and the archived marker -----------------------------------------------


def test_columns_fit_their_header_and_content_and_the_name_takes_the_spare_width(
    qtbot: QtBot, demo: Database, settings: QSettings
) -> None:
    suppliers = make_view(qtbot, demo, settings, SuppliersView)
    qtbot.waitUntil(lambda: suppliers._fitted)
    metrics = suppliers.table.fontMetrics()
    status = 3
    assert suppliers.table.columnWidth(status) >= metrics.horizontalAdvance("Qualified")
    shipments = make_view(qtbot, demo, settings, ShipmentsView)
    qtbot.waitUntil(lambda: shipments._fitted)
    header = shipments.table.horizontalHeader()
    assert header.sectionSize(4) >= header.sectionSizeHint(4)  # "Container / AWB" whole
    contacts = make_view(qtbot, demo, settings, ContactsView)
    qtbot.waitUntil(lambda: contacts._fitted)
    contacts.resize(2600, 700)
    contacts.splitter.setSizes([2200, 330])  # a list wider than its columns
    qtbot.waitUntil(lambda: contacts.table.viewport().width() > 2000)
    fit_columns(contacts.table, contacts.stretch_column)
    sizes = [contacts.table.columnWidth(i) for i in range(contacts.model.columnCount())]
    assert sizes[-1] < 100  # "Main" holds a "yes": it does not take the spare width
    assert sizes[0] == max(sizes)  # the name does
    assert sum(sizes) == contacts.table.viewport().width()


def test_an_archived_supplier_is_greyed_and_italic_with_its_name_whole(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    with database.transaction() as session:
        kept = create_supplier(session, {"name": "Berries del Sur", "country": "CL"})
        gone = create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
        archive_supplier(session, gone.id)
    view = make_view(qtbot, database, settings, SuppliersView)
    view.show_archived.setChecked(True)
    settle()
    archived = view.model.index(view.model.row_of_id(gone.id), 0)
    active = view.model.index(view.model.row_of_id(kept.id), 0)
    assert archived.data() == "Açaí do Pará Ltda."
    assert archived.data(Qt.ItemDataRole.FontRole).italic()
    assert archived.data(Qt.ItemDataRole.ToolTipRole) == "Archived: Açaí do Pará Ltda."
    assert archived.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert active.data(Qt.ItemDataRole.FontRole) is None
    assert active.data(Qt.ItemDataRole.ToolTipRole) is None
