"""The pipeline totals: one computation, one rounding, the same figures on Home, in the
pipeline report and from the command line; values across units through the product's
packaging, one total per stage in the reporting currency at today's rates, closed-lost
deals outside the totals."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.exporting.pipeline import build_pipeline
from app.queries import pipeline_totals as pipeline_totals_module
from app.queries.dashboard import OPEN_STAGES, build_dashboard
from app.queries.pipeline_totals import (
    deal_value,
    group_deals,
    load_rates,
    not_converted_text,
    pipeline_totals,
    stage_totals,
    target_value_of,
    to_cents,
    valued,
    whole_units,
)
from app.rules.units import Packaging
from app.rules.vocabulary import label
from app.services.demo import load_demo
from app.services.fx_rates import add_rate
from app.services.negotiations import create_negotiation
from app.services.products import get_or_create_product, update_product
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
IN_CNY = {
    # 2.45 x 0.5 x 7.10 = 8.6975; 1.005 x 7.10 = 7.1355; 2.5 x 7.10 = 17.75
    NegotiationStage.LEAD: Decimal("8.70"),
    NegotiationStage.SAMPLING: Decimal("7.14"),
    NegotiationStage.NEGOTIATING: Decimal("17.75"),
    # 0.805 EUR x 1.08 (EUR->USD) x 7.10 (USD->CNY), crossed through USD = 6.172740
    NegotiationStage.AGREED: Decimal("6.17"),
    NegotiationStage.CONTRACTED: Decimal("6613.87"),
}
"""The rounding deals in CNY with `add_rates`."""


def add_rates(session: Session, day: date = TODAY) -> None:
    """USD->CNY 7.10 and EUR->USD 1.08 the day before `day`; USD->CNY 9.99 the day after
    (never used for a total at `day`)."""
    for on, pair, rate in (
        (day - timedelta(days=1), ("USD", "CNY"), "7.10"),
        (day - timedelta(days=1), ("EUR", "USD"), "1.08"),
        (day + timedelta(days=1), ("USD", "CNY"), "9.99"),
    ):
        add_rate(
            session,
            {"day": on, "from_currency": pair[0], "to_currency": pair[1], "rate": rate},
            decimal_sep=".",
        )


def add_rounding_deals(session: Session) -> None:
    """Deals whose values round differently to units, to cents half to even and to cents
    half up (shared with the Home view's tests)."""
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    for number, deal in enumerate(ROUNDING_DEALS):
        values = {**deal, "target_price": Decimal(deal["target_price"])}  # '1.005' is ambiguous
        create_negotiation(session, supplier.id, values, product_name=f"Product {number}")


MANGO = Packaging("Kent mango", Decimal("4"), None, Decimal("21000"), 7)
"""4 kg a box, 21,000 kg a 40' container."""


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


@pytest.mark.parametrize(
    ("price", "price_unit", "volume", "volume_unit", "value"),
    [
        # 30 USD a box of 4 kg, 20 t = 5,000 boxes
        ("30", Unit.BOX, "20", Unit.T, Decimal("150000")),
        # 5.60 USD a box, 8 containers of 21,000 kg = 42,000 boxes (a demo deal)
        ("5.60", Unit.BOX, "8", Unit.CONTAINER, Decimal("235200")),
        # 2.20 USD/kg, 2 containers = 42,000 kg
        ("2.20", Unit.KG, "2", Unit.CONTAINER, Decimal("92400")),
        # 21,000 USD a container, 10,500 kg = half a container
        ("21000", Unit.CONTAINER, "10500", Unit.KG, Decimal("10500")),
        # a carton is a box; a pound is exact
        ("4", Unit.CARTON, "1000", Unit.LB, Decimal("453.59237")),
    ],
)
def test_deal_value_across_units_through_the_packaging(
    price: str, price_unit: Unit, volume: str, volume_unit: Unit, value: Decimal
) -> None:
    assert deal_value(Decimal(price), price_unit, Decimal(volume), volume_unit, MANGO) == value


def test_a_value_the_packaging_cannot_give_says_why() -> None:
    no_box = Packaging("Kent mango", None, None, Decimal("21000"), 7)
    value, why = valued(Decimal("30"), Unit.BOX, Decimal("20"), Unit.T, no_box)
    assert value is None
    assert why == "Kent mango has no kg per box: set it (products set 7 --kg-per-box N)"
    value, why = valued(Decimal("2"), Unit.KG, Decimal("1"), Unit.CONTAINER, Packaging("Lime"))
    assert value is None
    assert str(why).startswith("Lime has no kg per container")
    # Nothing to say where a figure of the deal itself is missing.
    assert valued(None, Unit.BOX, Decimal("20"), Unit.T, no_box) == (None, None)


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
    packaging: Packaging | None = None


def test_one_deals_target_value_is_deal_value_to_the_cent() -> None:
    assert target_value_of(_Deal(Decimal("2.45"), "kg", Decimal("0.5"), "kg")) == Decimal("1.23")
    assert target_value_of(_Deal(Decimal("1.005"), "t", Decimal("1000"), "kg")) == Decimal("1.01")
    assert target_value_of(_Deal(Decimal("418"), "box", Decimal("20"), "t")) is None
    assert target_value_of(_Deal(None, "kg", Decimal("1"), "kg")) is None
    boxed = _Deal(Decimal("418.333"), "box", Decimal("1"), "t", packaging=MANGO)
    assert target_value_of(boxed) == Decimal("104583.25")  # 250 boxes


def test_home_and_report_agree_where_units_and_cents_used_to_differ(session: Session) -> None:
    add_rounding_deals(session)
    add_rates(session)
    home = build_dashboard(session, TODAY).pipeline
    assert {s.stage: (s.count, s.value) for s in home} == ROUNDED
    assert {s.stage: s.total for s in home} == IN_CNY
    assert all(s.currency == "CNY" and not s.not_converted for s in home)
    assert all(v.as_tuple().exponent == -2 for s in home for v in s.value.values())
    report = build_pipeline(session, today=TODAY)
    assert [s for s in report.stages if s.stage in OPEN_STAGES] == home
    # Closed lost: counted at its stage, outside every total.
    closed = {s.stage: s for s in report.stages}[NegotiationStage.CLOSED_LOST]
    assert (closed.count, closed.value, closed.total, closed.counted) == (1, {}, 0, False)
    assert report.totals.deals == 8
    assert report.totals.total == sum(IN_CNY.values())
    assert report.total_value("USD") == Decimal("4.74")  # 1.23 + 1.01 + 2.50; not the 1.12 lost
    # Each row's target value is rounded by the same rule as the totals.
    by_price = {r.target_price: r for r in report.rows}
    assert by_price[Decimal("2.45")].target_value == Decimal("1.23")
    assert by_price[Decimal("2.45")].reporting_value == Decimal("8.70")
    assert by_price[Decimal("1.005")].target_value == Decimal("1.01")
    lost = by_price[Decimal("1.115")]
    assert lost.target_value == Decimal("1.12")  # listed with its value, outside the totals
    assert lost.value_note == "outside the totals (closed lost)"


def test_the_database_sums_and_the_rows_sums_are_the_same(session: Session) -> None:
    add_rounding_deals(session)
    add_rates(session)
    report = build_pipeline(session, today=TODAY)
    stages = list(NegotiationStage)
    rates = load_rates(session, "CNY", TODAY)
    from_rows = stage_totals(group_deals(report.rows), stages, rates)
    assert pipeline_totals(session, stages, currency="CNY", on=TODAY) == from_rows
    assert from_rows == report.totals


def test_the_demo_data_gives_home_and_the_report_the_same_totals(session: Session) -> None:
    load_demo(session)
    home = build_dashboard(session, TODAY).pipeline
    report = build_pipeline(session, today=TODAY)
    assert [s for s in report.stages if s.stage in OPEN_STAGES] == home
    assert sum(s.count for s in home) > 0


def _product(session: Session, name: str, **packaging: str) -> int:
    product = get_or_create_product(session, name)
    if packaging:
        update_product(session, product.id, packaging)
    return product.id


def _deal(session: Session, supplier_id: int, product: str, **values: str) -> None:
    create_negotiation(session, supplier_id, values, product_name=product)


def test_values_across_units_through_the_products_packaging(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Conceição Frutas Tropicais", "country": "BR"})
    _product(session, "Kent mango", kg_per_box="4", kg_per_container_40="21000")
    _product(session, "Hass avocado", kg_per_container_20="20000")
    _product(session, "Persian limes")  # no packaging at all
    deal = {"currency": "CNY", "stage": "negotiating"}
    # 5.60 a box x 8 containers: 235,200; 2.20/kg x 2 containers of 20,000 kg: 88,000
    _deal(session, supplier.id, "Kent mango", **deal, target_price="5.60", price_unit="box",
          target_volume="8", volume_unit="container")  # fmt: skip
    _deal(session, supplier.id, "Hass avocado", **deal, target_price="2.20", price_unit="kg",
          target_volume="2", volume_unit="container")  # fmt: skip
    # A box price for a product packed only in containers, and limes with no packaging.
    _deal(session, supplier.id, "Hass avocado", **deal, target_price="30", price_unit="box",
          target_volume="20", volume_unit="t")  # fmt: skip
    _deal(session, supplier.id, "Persian limes", **deal, target_price="0.95", price_unit="kg",
          target_volume="3", volume_unit="container")  # fmt: skip
    totals = pipeline_totals(session, OPEN_STAGES, currency="CNY", on=TODAY)
    negotiating = {s.stage: s for s in totals.stages}[NegotiationStage.NEGOTIATING]
    assert negotiating.count == 4
    assert negotiating.value == {"CNY": Decimal("323200.00")}
    assert negotiating.total == Decimal("323200.00")
    avocado = _product(session, "Hass avocado")
    limes = _product(session, "Persian limes")
    assert negotiating.missing_packaging == (
        f"Hass avocado has no kg per box: set it (products set {avocado} --kg-per-box N)",
        f"Persian limes has no kg per container: set it (products set {limes} "
        "--kg-per-container N)",
    )
    report = build_pipeline(session, today=TODAY)
    assert [s for s in report.stages if s.stage in OPEN_STAGES] == totals.stages
    notes = {r.target_price: r.value_note for r in report.rows}
    assert notes[Decimal("5.60")] is None
    assert "Hass avocado has no kg per box" in str(notes[Decimal("30")])
    values = {r.target_price: r.target_value for r in report.rows}
    assert values[Decimal("5.60")] == Decimal("235200.00")
    assert values[Decimal("0.95")] is None


def test_totals_convert_at_todays_rates_and_name_what_has_none(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Vale do São Francisco", "country": "BR"})
    add_rates(session)
    add_rate(session, {"day": TODAY, "from_currency": "USD", "to_currency": "BRL",
                       "rate": "5.00"}, decimal_sep=".")  # fmt: skip
    for currency, price in (("USD", "1"), ("BRL", "5"), ("ARS", "100"), ("ARS", "200")):
        _deal(session, supplier.id, f"Mango {currency} {price}", stage="lead",
              currency=currency, target_price=price, price_unit="kg", target_volume="1000",
              volume_unit="kg")  # fmt: skip
    totals = pipeline_totals(session, OPEN_STAGES, currency="CNY", on=TODAY)
    lead = totals.stages[0]
    # USD 1,000 at 7.10 (the 9.99 of tomorrow is not used); BRL 5,000 = USD 1,000 (BRL
    # crossed through USD) = CNY 7,100; the ARS deals have no rate: counted and named.
    assert lead.total == Decimal("14200.00")
    assert lead.value == {"ARS": Decimal("300000.00"), "BRL": Decimal("5000.00"),
                          "USD": Decimal("1000.00")}  # fmt: skip
    assert lead.not_converted == {"ARS": 2}
    assert totals.not_converted == {"ARS": 2}
    assert not_converted_text("ARS", 2, "CNY") == "+2 deals without a ARS→CNY rate"
    assert [(q.path, q.rate_date) for q in totals.rates] == [
        (("BRL", "USD", "CNY"), TODAY - timedelta(days=1)),
        (("USD", "CNY"), TODAY - timedelta(days=1)),
    ]
    # The day after, tomorrow's rate is today's.
    later = pipeline_totals(session, OPEN_STAGES, currency="CNY", on=TODAY + timedelta(days=1))
    assert later.stages[0].total == Decimal("19980.00")  # 1,000 x 9.99 twice
    # In USD: the USD deal as it is, BRL inverted from USD->BRL.
    in_usd = pipeline_totals(session, OPEN_STAGES, currency="USD", on=TODAY)
    assert in_usd.stages[0].total == Decimal("2000.00")
    # Before any rate: only what is already in the reporting currency.
    early = pipeline_totals(session, OPEN_STAGES, currency="USD", on=TODAY - timedelta(days=9))
    assert early.stages[0].total == Decimal("1000.00")
    assert early.stages[0].not_converted == {"ARS": 2, "BRL": 1}


def test_closed_lost_deals_are_outside_every_total(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Agrícola Los Andes", "country": "CL"})
    for stage, price in (("agreed", "2"), ("closed lost", "3"), ("completed", "5")):
        values = {"stage": stage, "currency": "CNY", "target_price": price}
        _deal(session, supplier.id, f"Cherries {stage}", **values, price_unit="kg",
              target_volume="100", volume_unit="kg")  # fmt: skip
    home = build_dashboard(session, TODAY).totals
    assert home.total == Decimal("200.00")  # the open stages: lead to contracted
    report = build_pipeline(session, today=TODAY)
    by_stage = {s.stage: s for s in report.stages}
    assert by_stage[NegotiationStage.CLOSED_LOST].count == 1
    assert by_stage[NegotiationStage.CLOSED_LOST].total == 0
    assert by_stage[NegotiationStage.COMPLETED].total == Decimal("500.00")
    assert report.totals.total == Decimal("700.00")  # agreed + completed, not the lost 300
    assert report.totals.deals == 2


def test_home_reads_its_figures_in_at_most_two_more_statements(session: Session) -> None:
    load_demo(session)
    add_rates(session)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", count)
    try:
        build_dashboard(session, TODAY)
    finally:
        event.remove(connection, "before_cursor_execute", count)
    # Before: suppliers, pipeline, shipments, follow-ups (4); now the rates as well, and
    # the compliance card's counts (one statement of conditional sums, issue 16).
    assert len(statements) <= 4 + 2
    assert len(statements) == 6
    assert "supplier_certifications" in statements[-1]


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
            add_rates(session, date.today())
        with database.transaction() as session:
            home = build_dashboard(session, date.today(), "USD").pipeline
    finally:
        database.dispose()
    target = tmp_path / "pipeline.xlsx"
    out = io.StringIO()
    command = ["--database", str(path), "export", "pipeline", "--currency", "usd", "-o"]
    assert main([*command, str(target)], out=out) == 0
    lines = list(load_workbook(target)["By stage"].iter_rows(values_only=True))
    assert lines[0] == (
        "Stage", "Deals", "Total (USD)", "Target value (CNY)", "Target value (EUR)",
        "Target value (USD)", "Notes",
    )  # fmt: skip
    exported = {row[0]: row for row in lines[1:]}
    for figures in home:
        row = exported[label(figures.stage)]
        assert row[1] == figures.count
        assert Decimal(str(row[2])) == figures.total
        values = {c: Decimal(str(v)) for c, v in zip(("CNY", "EUR", "USD"), row[3:6], strict=True)}
        assert values == {c: figures.value.get(c, Decimal(0)) for c in values}
    # CNY 6,613.87 in USD: the USD->CNY rate inverted, 931.53
    assert exported["Contracted"][2] == pytest.approx(931.53)
    assert exported["Closed lost"][2:6] == (None, None, None, None)
    assert exported["Closed lost"][6] == "outside the totals"
    assert exported["Total (closed lost excluded)"][1] == 8
