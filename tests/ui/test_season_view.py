"""The Season view (issue 16 point 4): a month grid of products x origins coloured by
season, Chinese New Year's month marked, open negotiations and coming shipments placed
on it, flagged shipments in red with their reason; a product filter and a year picker;
read off the UI thread (a newer request wins); a double-click opens the record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import app.exporting.export_settings
from app.services.negotiations import create_negotiation
from app.services.products import find_product, update_product
from app.services.seasons import season_months, set_season
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.main_window import VIEWS, MainWindow
from ui.views.season import (
    FIRST_MONTH,
    FLAGGED_FOREGROUND,
    OFF_SEASON_ACTIVITY,
    PEAK_BACKGROUND,
    PRODUCT,
    SHIPPING_BACKGROUND,
    Loaded,
    SeasonView,
)


@pytest.fixture(autouse=True)
def export_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shelf-life margin comes from settings of the test's own, never the user's."""
    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


def _seed(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        chile = create_supplier(session, {"name": "Frutícola Ñuble", "country": "CL"})
        mexico = create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
        deal = create_negotiation(
            session,
            chile.id,
            {"title": "Cherries CNY", "delivery_start": "2026-12-01", "delivery_end": "2027-01-20"},
            product_name="Fresh cherries",
        )
        avocado = create_negotiation(
            session, mexico.id, {"title": "Hass", "expected_close": "2027-03-10"},
            product_name="Hass avocado",
        )  # fmt: skip
        cherries = find_product(session, "Fresh cherries")
        assert cherries is not None
        update_product(
            session, cherries.id, {"for_chinese_new_year": "yes", "shelf_life_days": "40"}
        )
        set_season(session, cherries.id, "CL", season_months("Nov-Feb", "Dec-Jan"))
        late = create_shipment(session, deal.id, {"etd": "2027-01-12", "eta": "2027-02-10"})
        fine = create_shipment(session, deal.id, {"etd": "2026-12-20", "eta": "2027-01-20"})
        return {
            "cherries": cherries.id,
            "avocado": avocado.product_id,
            "deal": deal.id,
            "avocado_deal": avocado.id,
            "late": late.id,
            "fine": fine.id,
        }


def _view(qtbot: QtBot, database: Database, settings: QSettings, year: int = 2027) -> SeasonView:
    view = SeasonView(database)
    qtbot.addWidget(view)
    view.restore_state(settings)
    view.resize(1280, 640)
    view.show()
    view.year.setValue(year)  # reads (once: the same year again reads nothing)
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded is not None and not view.loading)
    return view


def test_the_grid_shows_seasons_deals_shipments_and_flags(
    qtbot: QtBot, database: Database, settings: QSettings, qtmodeltester: ModelTester
) -> None:
    _seed(database)
    view = _view(qtbot, database, settings)
    model = view.model
    qtmodeltester.check(model)
    assert view.pages.currentWidget() is view.table
    assert [(r.product, r.origin) for r in model.rows] == [
        ("Fresh cherries", "CL"),
        ("Hass avocado", "MX"),
    ]
    jan, feb, mar = FIRST_MONTH, FIRST_MONTH + 1, FIRST_MONTH + 2
    assert model.index(0, PRODUCT).data() == "Fresh cherries ★"
    assert model.headerData(feb, Qt.Orientation.Horizontal) == "Feb ★"
    assert model.headerData(jan, Qt.Orientation.Horizontal) == "Jan"
    assert model.headerData(feb, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Chinese New Year: 2/6/2027"  # dates in the locale's form (en_US in the tests)
    )
    assert "2/6/2027" in view.festival.text()

    def background(row: int, column: int) -> object:
        brush = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color() if isinstance(brush, QBrush) else None

    assert background(0, jan) == PEAK_BACKGROUND
    assert background(0, feb) == SHIPPING_BACKGROUND
    assert background(0, mar) is None
    assert background(1, mar) == OFF_SEASON_ACTIVITY  # a deal, no season recorded
    # January: the deal and both shipments; the late one is flagged (lands 10 Feb).
    assert model.index(0, jan).data() == "◆1 ▲2!"
    assert model.index(0, feb).data() == "▲1!"
    red = model.index(0, jan).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush)
    assert red.color() == FLAGGED_FOREGROUND
    tip = model.index(0, feb).data(Qt.ItemDataRole.ToolTipRole)
    assert "Feb: shipping" in tip
    assert "Chinese New Year: 2/6/2027" in tip
    assert "ETA 2027-02-10 is after Chinese New Year (2027-02-06)" in tip
    assert model.index(1, mar).data() == "◆1"
    assert "expected close 3/10/2027" in model.index(1, mar).data(Qt.ItemDataRole.ToolTipRole)
    assert not view.flagged.isHidden()
    assert "ETA 2027-02-10 is after Chinese New Year (2027-02-06)" in view.flagged.text()
    assert view.status_text() == "2 product and origin rows · 1 flagged shipment"


def test_filter_year_and_a_newer_request_wins(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    ids = _seed(database)
    view = _view(qtbot, database, settings)
    assert [view.product.itemText(n) for n in range(view.product.count())] == [
        "All products",
        "Fresh cherries",
        "Hass avocado",
    ]
    view.product.setCurrentIndex(view.product.findData(ids["cherries"]))
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 1)
    old_request = view._request
    view.year.setValue(2026)
    qtbot.waitUntil(lambda: not view.loading)
    assert view.loaded is not None
    assert view.loaded.grid.year == 2026
    row = view.model.row_at(0)
    assert [n.months for n in row.negotiations] == [(12,)]
    assert view.model.headerData(FIRST_MONTH + 1, Qt.Orientation.Horizontal) == "Feb ★"
    assert view.flagged.isHidden()  # the late shipment moves in 2027 only
    stale = Loaded(view.loaded.grid.__class__(2030, None, [], [], None, 5))
    view._loaded(old_request, stale)  # an answer to an older request is dropped
    assert view.loaded.grid.year == 2026
    view.save_state(settings)
    again = _view(qtbot, database, settings)
    assert again.product.currentText() == "Fresh cherries"


def test_an_empty_year_says_so(qtbot: QtBot, database: Database, settings: QSettings) -> None:
    view = _view(qtbot, database, settings, year=2040)
    assert view.pages.currentWidget() is view.message
    assert "No season recorded" in view.message.text()
    assert "not in the table" in view.festival.text()


def test_double_click_opens_the_shipment_or_the_negotiation(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    ids = _seed(database)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    number = next(n for n, entry in enumerate(VIEWS) if entry.kind == "season")
    window.show_view(number)
    view = window.current
    assert isinstance(view, SeasonView)
    view.year.setValue(2027)
    qtbot.waitUntil(
        lambda: view.loaded is not None and not view.loading and view.model.rowCount() == 2
    )
    # February's only shipment is the late one.
    view._open(view.model.index(0, FIRST_MONTH + 1))
    assert window.current.kind == "shipment"
    qtbot.waitUntil(lambda: window.current.form.record_id == ids["late"])
    window.show_view(number)
    qtbot.waitUntil(lambda: not view.loading)
    view._open(view.model.index(1, FIRST_MONTH + 2))
    assert window.current.kind == "negotiation"
    qtbot.waitUntil(lambda: window.current.form.record_id == ids["avocado_deal"])


def test_the_shipment_form_shows_its_flags_under_the_dates(
    qtbot: QtBot, database: Database
) -> None:
    from ui.forms.shipment import ShipmentForm

    ids = _seed(database)
    form = ShipmentForm(database)
    qtbot.addWidget(form)
    form.show()
    with database.transaction() as session:
        version, values = form.fetch(session, ids["late"])
    form.load(ids["late"], version, values)
    assert form.season_flags.isVisible()
    assert form.season_flags.text() == "⚠ ETA 2027-02-10 is after Chinese New Year (2027-02-06)"
    # Worked out again as the dates are typed: an earlier ETA clears it...
    form.bindings["eta"].set_text("2027-02-01")
    assert not form.season_flags.isVisible()
    # ...a transit past 40 days' shelf life less 5 days' margin raises the other.
    form.bindings["etd"].set_text("2026-12-20")
    assert form.season_flags.isVisible()
    assert form.season_flags.text() == (
        "⚠ transit 43 days exceeds the shelf life 40 days minus 5 days' margin"
    )
    with database.transaction() as session:
        version, values = form.fetch(session, ids["fine"])
    form.load(ids["fine"], version, values)
    assert not form.season_flags.isVisible()
    form.load(None, None, {})
    assert not form.season_flags.isVisible()


def test_file_products_marks_a_product_for_chinese_new_year(
    qtbot: QtBot, database: Database
) -> None:
    from app.queries.products import product_rows
    from app.services.products import create_product
    from ui.products_dialog import EditProductDialog

    with database.transaction() as session:
        create_product(session, {"name": "Fresh cherries"})
        row = product_rows(session)[0]
    assert row["for_chinese_new_year"] is False
    edit = EditProductDialog(database, row)
    qtbot.addWidget(edit)
    assert not edit.for_cny.isChecked()
    edit.for_cny.setChecked(True)
    edit.save()
    assert edit.stored == "Fresh cherries saved"
    with database.transaction() as session:
        assert product_rows(session)[0]["for_chinese_new_year"] is True


def test_month_names_come_from_the_locale() -> None:
    from PySide6.QtCore import QLocale

    from ui.views.season import month_name

    assert [month_name(m) for m in (1, 2, 12)] == ["Jan", "Feb", "Dec"]
    QLocale.setDefault(QLocale("zh_CN"))  # the conftest puts en_US back afterwards
    assert month_name(2) == "2月"
