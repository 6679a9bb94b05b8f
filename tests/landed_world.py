"""The issue's worked example as stored rows, for the tests of landed costs shown in the
summary, the lists, the offer table and the command line: a Mexican avocado deal FOB
Manzanillo to Shanghai, freight USD 8,000 per 20,000 kg container, insurance 0.3% on
110%, duty 0%, VAT 9%, USD->CNY 7.10 from 2026-11-30 and 7.20 from 2026-12-05.

FOB USD 6.00/kg on 2026-12-01 lands at 49.69 CNY/kg (exactly 49.69304768)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.services.freight import add_route
from app.services.fx_rates import add_rate
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import find_product, update_product
from app.services.suppliers import create_supplier
from app.services.tariffs import add_tariff

WORKED_PER_KG = "49.69"


def avocado_deal(session: Session, **deal: Any) -> int:
    """The deal (its id) with everything its landed cost needs, and no offer yet."""
    supplier = create_supplier(session, {"name": "Aguacates del Valle", "country": "MX"})
    values = {
        "currency": "USD",
        "price_unit": "kg",
        "incoterm": "FOB Manzanillo",
        "origin_port": "Manzanillo, MX",
        "destination_port": "Shanghai (Yangshan)",
        **deal,
    }
    negotiation = create_negotiation(session, supplier.id, values, product_name="Hass avocado")
    product = find_product(session, "Hass avocado")
    assert product is not None
    update_product(
        session,
        product.id,
        {"hs_code": "0804.40", "kg_per_box": "10", "kg_per_container_40": "20000"},
    )
    for day, rate in (("2026-11-30", "7.10"), ("2026-12-05", "7.20")):
        add_rate(
            session,
            {"day": day, "from_currency": "USD", "to_currency": "CNY", "rate": rate},
            decimal_sep=".",
        )
    add_route(
        session,
        {
            "origin_port": "Manzanillo",
            "destination_port": "Shanghai",
            "mode": "sea",
            "cost": "8000",
            "currency": "USD",
            "per": "container",
            "payload_kg": "20000",
            "insurance_rate": "0.3",
            "valid_from": "2026-01-01",
        },
        decimal_sep=".",
    )
    add_tariff(
        session,
        {
            "hs_code": "0804.40",
            "origin": "MX",
            "duty_rate": "0",
            "vat_rate": "9",
            "valid_from": "2026-01-01",
        },
        decimal_sep=".",
    )
    return negotiation.id


def offer(session: Session, deal_id: int, **data: Any) -> int:
    """An offer (its id): by default the worked example's FOB USD 6.00/kg on 2026-12-01."""
    values = {
        "side": "supplier",
        "offered_on": "2026-12-01",
        "price": "6.00",
        "currency": "USD",
        "price_unit": "kg",
        "incoterm": "FOB Manzanillo",
        **data,
    }
    return add_offer(session, deal_id, values).id
