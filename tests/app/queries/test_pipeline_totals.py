"""The pipeline totals: one computation, one rounding, the same figures on Home, in the
pipeline report and from the command line."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from app.exporting.pipeline import build_pipeline
from app.queries import pipeline_totals as pipeline_totals_module
from app.queries.dashboard import OPEN_STAGES, build_dashboard
from app.queries.pipeline_totals import (
    deal_value,
    group_deals,
    pipeline_totals,
    stage_totals,
    target_value_of,
    to_cents,
    whole_units,
)
from app.rules.vocabulary import label
from app.services.demo import load_demo
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from app.store.database import open_database
from models import NegotiationStage, Unit

TODAY = date(2026, 3, 2)

ROUNDING_DEALS: list[dict[str, Any]] = [
    # 0.5 kg x 2.45 USD/kg = 1.225: Home showed 1, the report 1.22 (half to even)
    {"stage": "lead", "currency": "USD", "target_price": "2.45", "price_unit": "kg",
     "target_volume": "0.5", "volume_unit": "kg"},
    # 1 t x 1.005 USD/t = 1.005: the report showed 1.00
    {"stage": "sampling", "currency": "USD", "target_price": "1.005", "price_unit": "t",
     "target_volume": "1", "volume_unit": "t"},
    # 0.5 kg x 5 USD/kg = 2.50: Home showed 2 (half to even), the report 2.50
    {"stage": "negotiating", "currency": "USD", "target_price": "5", "price_unit": "kg",
     "target_volume": "0.5", "volume_unit": "kg"},
    # 0.7 + 0.1 + 0.005 = 0.805 (0.8049999999999999 in binary floating point): 0.81
    {"stage": "agreed", "currency": "EUR", "target_price": "0.7", "price_unit": "kg",
     "target_volume": "1", "volume_unit": "kg"},
    {"stage": "agreed", "currency": "EUR", "target_price": "0.1", "price_unit": "kg",
     "target_volume": "1", "volume_unit": "kg"},
    {"stage": "agreed", "currency": "EUR", "target_price": "0.005", "price_unit": "kg",
     "target_volume": "1", "volume_unit": "kg"},
    # 1 t at 3 CNY/lb = 6,613.8678655...; a box price for tonnes has no value, only a count
    {"stage": "contracted", "currency": "CNY", "target_price": "3", "price_unit": "lb",
     "target_volume": "1", "volume_unit": "t"},
    {"stage": "contracted", "currency": "CNY", "target_price": "30", "price_unit": "box",
     "target_volume": "20", "volume_unit": "t"},
    # Not open: in the report, not on Home
    {"stage": "closed lost", "currency": "USD", "target_price": "1.115", "price_unit": "kg",
     "target_volume": "1", "volume_unit": "kg"},
]  # fmt: skip

ROUNDED = {
    NegotiationStage.LEAD: (1, {"USD": Decimal("1.23")}),
    NegotiationStage.SAMPLING: (1, {"USD": Decimal("1.01")}),
    NegotiationStage.NEGOTIATING: (1, {"USD": Decimal("2.50")}),
    NegotiationStage.AGREED: (3, {"EUR": Decimal("0.81")}),
    NegotiationStage.CONTRACTED: (2, {"CNY": Decimal("6613.87")}),
}


def add_rounding_deals(session: Session) -> None:
    """Deals whose values round differently to units, to cents half to even and to cents
    half up (shared with the Home view's tests)."""
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    for number, deal in enumerate(ROUNDING_DEALS):
        values = {**deal, "target_price": Decimal(deal["target_price"])}  # '1.005' is ambiguous
        create_negotiation(session, supplier.id, values, product_name=f"Product {number}")


@pytest.mark.parametrize(
    ("price", "price_unit", "volume", "volume_unit", "value"),
    [
        ("2.50", Unit.KG, "20", Unit.T, Decimal("50000")),
        ("30", Unit.BOX, "1000", Unit.BOX, Decimal("30000")),
        ("1000", Unit.T, "500", Unit.KG, Decimal("500")),
        ("30", Unit.BOX, "20", Unit.T, None),
    ],
)
def test_deal_value(
    price: str, price_unit: Unit, volume: str, volume_unit: Unit, value: Decimal | None
) -> None:
    assert deal_value(Decimal(price), price_unit, Decimal(volume), volume_unit) == value
    assert deal_value(None, price_unit, Decimal(volume), volume_unit) is None


def test_one_rounding_rule_to_the_cent_half_up() -> None:
    assert to_cents(Decimal("1.225")) == Decimal("1.23")
    assert to_cents(Decimal("1.005")) == Decimal("1.01")
    assert to_cents(Decimal("0.805")) == Decimal("0.81")
    assert to_cents(Decimal("1.0049999")) == Decimal("1.00")
    assert str(to_cents(Decimal("60000"))) == "60000.00"
    assert whole_units(Decimal("2.50")) == 3
    assert whole_units(Decimal("1.23")) == 1
    assert str(whole_units(Decimal("190000.00"))) == "190000"


@dataclass
class _Deal:
    target_price: Decimal | None
    price_unit: str | None
    target_volume: Decimal | None
    volume_unit: str | None
    stage: NegotiationStage = NegotiationStage.LEAD
    currency: str | None = "USD"


def test_one_deals_target_value_is_deal_value_to_the_cent() -> None:
    assert target_value_of(_Deal(Decimal("2.45"), "kg", Decimal("0.5"), "kg")) == Decimal("1.23")
    assert target_value_of(_Deal(Decimal("1.005"), "t", Decimal("1000"), "kg")) == Decimal("1.01")
    assert target_value_of(_Deal(Decimal("418"), "box", Decimal("20"), "t")) is None
    assert target_value_of(_Deal(None, "kg", Decimal("1"), "kg")) is None


def test_home_and_report_agree_where_units_and_cents_used_to_differ(session: Session) -> None:
    add_rounding_deals(session)
    home = build_dashboard(session, TODAY).pipeline
    assert {s.stage: (s.count, s.value) for s in home} == ROUNDED
    assert all(v.as_tuple().exponent == -2 for s in home for v in s.value.values())
    report = build_pipeline(session, today=TODAY)
    assert [s for s in report.stages if s.stage in OPEN_STAGES] == home
    closed = {s.stage: s for s in report.stages}[NegotiationStage.CLOSED_LOST]
    assert (closed.count, closed.value) == (1, {"USD": Decimal("1.12")})  # 1.115 half up
    # Each row's target value is rounded by the same rule as the totals.
    by_price = {r.target_price: r.target_value for r in report.rows}
    assert by_price[Decimal("2.45")] == Decimal("1.23")
    assert by_price[Decimal("1.005")] == Decimal("1.01")


def test_the_database_sums_and_the_rows_sums_are_the_same(session: Session) -> None:
    add_rounding_deals(session)
    report = build_pipeline(session, today=TODAY)
    stages = list(NegotiationStage)
    from_rows = stage_totals(group_deals(report.rows), stages)
    assert pipeline_totals(session, stages) == from_rows == report.stages


def test_the_demo_data_gives_home_and_the_report_the_same_totals(session: Session) -> None:
    load_demo(session)
    home = build_dashboard(session, TODAY).pipeline
    report = build_pipeline(session, today=TODAY)
    assert [s for s in report.stages if s.stage in OPEN_STAGES] == home
    assert sum(s.count for s in home) > 0


@pytest.mark.parametrize(
    ("deals", "total"),
    [
        # 5e11 each: at 7 decimals two overflow SQLite's sum of whole numbers (an error)
        ([("500000", "1000000"), ("500000", "1000000")], "1000000000000.00"),
        # 99,999,000,000,100.9999001: the product alone overflows (SQLite makes it a float)
        ([("99999.0001", "999999999.001")], "99999000000101.00"),
    ],
)
def test_absurd_volumes_are_still_summed_exactly(
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    deals: list[tuple[str, str]],
    total: str,
) -> None:
    deal_by_deal: list[bool] = []

    def spy(rows: Any) -> Any:
        deal_by_deal.append(True)
        return group_deals(rows)

    monkeypatch.setattr(pipeline_totals_module, "group_deals", spy)
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    for number, (price, volume) in enumerate(deals):
        values = {
            "stage": "lead",
            "currency": "USD",
            "target_price": Decimal(price),
            "price_unit": "kg",
            "target_volume": Decimal(volume),
            "volume_unit": "kg",
        }
        create_negotiation(session, supplier.id, values, product_name=f"Product {number}")
    home = build_dashboard(session, TODAY).pipeline
    assert home[0].value == {"USD": Decimal(total)}
    exact = sum((Decimal(p) * Decimal(v) for p, v in deals), Decimal(0))
    assert Decimal(total) == to_cents(exact)
    if session.get_bind().dialect.name == "sqlite":
        assert deal_by_deal == [True]  # PostgreSQL's numeric sums it exactly itself
    report = build_pipeline(session, today=TODAY)
    assert [s for s in report.stages if s.stage in OPEN_STAGES] == home


def test_the_command_line_exports_the_totals_home_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.exporting.export_settings
    from app.cli.dispatch import main

    monkeypatch.setattr(
        app.exporting.export_settings, "settings_path", lambda: tmp_path / "settings.json"
    )
    path = tmp_path / "desk.sqlite3"
    database = open_database(str(path), daily_backup=False)
    try:
        with database.transaction() as session:
            add_rounding_deals(session)
        with database.transaction() as session:
            home = build_dashboard(session, date.today()).pipeline
    finally:
        database.dispose()
    target = tmp_path / "pipeline.xlsx"
    out = io.StringIO()
    assert main(["--database", str(path), "export", "pipeline", "-o", str(target)], out=out) == 0
    lines = list(load_workbook(target)["By stage"].iter_rows(values_only=True))
    currencies = [str(h).removeprefix("Target value (").removesuffix(")") for h in lines[0][2:]]
    exported = {row[0]: row for row in lines[1:]}
    for figures in home:
        row = exported[label(figures.stage)]
        assert row[1] == figures.count
        values = {
            c: Decimal(str(v)) for c, v in zip(currencies, row[2:], strict=True) if v is not None
        }
        assert values == {c: figures.value.get(c, Decimal(0)) for c in currencies}
