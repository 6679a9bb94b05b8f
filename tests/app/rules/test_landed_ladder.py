"""The Incoterm ladder: the issue's worked example exactly, each term's costs, what is missing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.rules import landed_ladder as ll
from app.rules.units import Packaging
from models import ChargeBasis, ChargeKind, ChargeSide, FreightBasis, Incoterm, Unit

D = Decimal
DAY = date(2026, 12, 1)


class Rates:
    def __init__(self, **pairs: str) -> None:
        self.pairs = {tuple(k.split("_")): D(v) for k, v in pairs.items()}

    def rate(self, from_currency: str, to_currency: str, on: date) -> Decimal | None:
        if from_currency == to_currency:
            return D(1)
        return self.pairs.get((from_currency, to_currency))


USD_CNY = Rates(USD_CNY="7.10")
ROUTE = ll.RouteCosts(
    "Manzanillo → Shanghai (sea)",
    D(8000),
    "USD",
    FreightBasis.CONTAINER,
    D(20000),
    D("0.3"),
    D(110),
)
PACKED = Packaging("Hass avocado", D(10), None, D(20000), 1)


def inputs(term: Incoterm | None = Incoterm.FOB, **changes: object) -> ll.LadderInputs:
    values: dict[str, object] = {
        "incoterm": term,
        "currency": "USD",
        "unit": Unit.KG,
        "day": DAY,
        "reporting_currency": "CNY",
        "packaging": PACKED,
        "route": ROUTE,
        "tariff": ll.TariffRates(D(0), D(9), "FTA 0%"),
    }
    values.update(changes)
    return ll.LadderInputs(**values)  # type: ignore[arg-type]


def charge(side: ChargeSide, kind: ChargeKind, amount: str, per: ChargeBasis) -> ll.ChargeCost:
    return ll.ChargeCost(side, kind, D(amount), "CNY", per)


def test_the_worked_example_exactly() -> None:
    ladder = ll.build_ladder(inputs(), USD_CNY)
    landed = ladder.landed(D("6.00"))
    lines = {line.item: line for line in landed.lines}
    assert lines["price"].amount == D("42.6")  # 6.00 USD
    assert lines["freight"].amount == D("2.84")  # 0.40 USD
    assert lines["insurance"].amount / D("7.10") == D("0.02112")
    assert lines["cif"].amount / D("7.10") == D("6.42112")
    assert lines["cif"].shown == "45.5900"
    assert lines["vat"].shown == "4.1031"
    assert landed.shown == "49.69"
    assert ladder.per_kg(D("6.00")) == landed.per_kg
    assert landed.missing == ()


def test_the_worked_example_with_seven_percent_duty() -> None:
    tariff = ll.TariffRates(D(7), D(9), "provisional 7%")
    landed = ll.build_ladder(inputs(tariff=tariff), USD_CNY).landed(D("6.00"))
    assert landed.shown == "53.17"
    assert [line.item for line in landed.lines] == [
        "price",
        "freight",
        "insurance",
        "cif",
        "duty",
        "vat",
    ]


def test_without_vat_the_landed_cost_stops_at_duty() -> None:
    landed = ll.build_ladder(inputs(include_vat=False), USD_CNY).landed(D("6.00"))
    assert landed.shown == "45.59"
    assert "vat" not in [line.item for line in landed.lines]


ALL_CHARGES = [
    charge(ChargeSide.ORIGIN, kind, "1", ChargeBasis.KG)
    for kind in (
        ChargeKind.PICKUP,
        ChargeKind.EXPORT_CLEARANCE,
        ChargeKind.INLAND_TRANSPORT,
        ChargeKind.TERMINAL_HANDLING,
        ChargeKind.LOADING,
    )
] + [
    charge(ChargeSide.DESTINATION, kind, "1", ChargeBasis.KG)
    for kind in (
        ChargeKind.UNLOADING,
        ChargeKind.PORT,
        ChargeKind.IMPORT_CLEARANCE,
        ChargeKind.INSPECTION,
        ChargeKind.COLD_STORE,
        ChargeKind.DELIVERY,
    )
]

LADDERS = {
    Incoterm.EXW: (
        "pickup export_clearance inland_transport terminal_handling loading freight insurance",
        "unloading port import_clearance inspection cold_store delivery",
    ),
    Incoterm.FCA: (
        "inland_transport terminal_handling loading freight insurance",
        "unloading port import_clearance inspection cold_store delivery",
    ),
    Incoterm.FAS: (
        "loading freight insurance",
        "unloading port import_clearance inspection cold_store delivery",
    ),
    Incoterm.FOB: (
        "freight insurance",
        "unloading port import_clearance inspection cold_store delivery",
    ),
    Incoterm.CFR: ("insurance", "unloading port import_clearance inspection cold_store delivery"),
    Incoterm.CPT: ("insurance", "unloading port import_clearance inspection cold_store delivery"),
    Incoterm.CIF: ("", "unloading port import_clearance inspection cold_store delivery"),
    Incoterm.CIP: ("", "unloading port import_clearance inspection cold_store delivery"),
    Incoterm.DAP: ("", "unloading import_clearance inspection cold_store delivery"),
    Incoterm.DPU: ("", "import_clearance inspection cold_store delivery"),
}


@pytest.mark.parametrize("term", list(LADDERS))
def test_each_term_adds_exactly_the_costs_it_leaves_to_the_buyer(term: Incoterm) -> None:
    before, after = LADDERS[term]
    ladder = ll.build_ladder(
        inputs(term, currency="CNY", charges=ALL_CHARGES, route=ROUTE), USD_CNY
    )
    landed = ladder.landed(D(50))
    items = [line.item for line in landed.lines]
    expected = ["price", *before.split(), "cif", "duty", "vat", *after.split()]
    assert items == expected
    by_item = {line.item: line.amount for line in landed.lines}
    origin_charges = len(before.split()) - ("freight" in before) - ("insurance" in before)
    assert by_item["cif"] == (
        D(50) + origin_charges + by_item.get("freight", 0) + by_item.get("insurance", 0)
    )
    assert landed.per_kg == by_item["cif"] * D("1.09") + len(after.split())
    assert ladder.per_kg(D(50)) == landed.per_kg


def test_insurance_on_cfr_is_on_the_price_that_holds_the_freight() -> None:
    landed = ll.build_ladder(inputs(Incoterm.CFR, currency="CNY"), USD_CNY).landed(D(100))
    lines = {line.item: line.amount for line in landed.lines}
    assert lines["insurance"] == D("0.003") * D("1.1") * 100


def test_ddp_adds_nothing_at_all() -> None:
    ladder = ll.build_ladder(
        inputs(Incoterm.DDP, charges=ALL_CHARGES, route=None, tariff=None), USD_CNY
    )
    landed = ladder.landed(D(6))
    assert landed.per_kg == D("42.60")
    assert [line.item for line in landed.lines] == ["price"]
    assert landed.missing == ()


def test_cif_needs_no_route_but_takes_the_destination_port_charges() -> None:
    port = charge(ChargeSide.DESTINATION, ChargeKind.PORT, "1000", ChargeBasis.CONTAINER)
    ladder = ll.build_ladder(
        inputs(Incoterm.CIF, route=None, route_missing="route x", charges=[port]), USD_CNY
    )
    landed = ladder.landed(D(6))
    assert landed.missing == ()
    assert {line.item: line.amount for line in landed.lines}["port"] == D("0.05")  # /20000 kg


def test_a_price_per_box_goes_through_the_packaging() -> None:
    per_box = ll.build_ladder(inputs(unit=Unit.BOX), USD_CNY).per_kg(D(60))
    per_kg = ll.build_ladder(inputs(), USD_CNY).per_kg(D(6))
    assert per_box == per_kg


def test_every_missing_input_is_named_and_no_figure_is_given() -> None:
    ladder = ll.build_ladder(
        inputs(
            currency="BRL",
            unit=Unit.BOX,
            packaging=Packaging("Açaí pulp", product_id=7),
            route=None,
            route_missing="sea freight route Santos → Shanghai valid on 2026-12-01",
            tariff=None,
            tariff_missing="tariff for HS 200899 from BR on 2026-12-01",
        ),
        USD_CNY,
    )
    landed = ladder.landed(D(100))
    assert landed.per_kg is None
    assert landed.shown is None
    assert ladder.per_kg(D(100)) is None
    text = " | ".join(landed.missing)
    assert "Açaí pulp has no kg per box" in text
    assert "BRL→CNY rate on or before 2026-12-01" in text
    assert "Santos → Shanghai" in text
    assert "HS 200899 from BR" in text
    assert landed.as_dict()["per_kg"] is None


def test_no_incoterm_is_named() -> None:
    landed = ll.build_ladder(inputs(None), USD_CNY).landed(D(6))
    assert landed.missing == ("Incoterm of the offer",)


def test_a_route_without_insurance_rate_is_named_for_terms_that_insure() -> None:
    route = ll.RouteCosts("A → B (sea)", D(1), "USD", FreightBasis.KG, None, None, D(110))
    assert "insurance rate of the freight route A → B (sea)" in (
        ll.build_ladder(inputs(Incoterm.FOB, route=route), USD_CNY).missing
    )
    assert ll.build_ladder(inputs(Incoterm.CIF, route=route), USD_CNY).missing == ()


def test_json_shape_has_decimal_strings() -> None:
    shape = ll.build_ladder(inputs(), USD_CNY).landed(D("6.00")).as_dict()
    assert shape["currency"] == "CNY"
    assert shape["per_kg"] == "49.69"
    assert shape["missing"] == []
    lines = shape["lines"]
    assert isinstance(lines, list)
    assert {"item": "cif", "label": "CIF (customs value)", "amount": "45.5900"} in lines
