"""Demo data: forty Latin American suppliers with their people, deals, shipments and notes.

The data set (resources/demo/suppliers.json) is written as a user would type it
('chile', '+56 9 6543 2109', 'FOB Valparaíso', 'US$ 2,45') and goes through the same
service functions as a form, so it is validated and normalised like anything else.

Dates in the file are offsets from the day of loading ('today', 'today+14',
'today-30'), so follow-ups fall due around now and shipments are where they should be
whatever the day. Loading twice adds nothing: suppliers are matched on country + tax id,
products on name, tariffs on HS code + origin + start, exchange rates on day + pair, freight
routes on ports + mode + start, negotiations on supplier + title
and shipments on reference; what hangs under a record that already exists (contacts,
offers, documents, notes) is left alone. The caller owns the transaction: nothing here commits.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.rules import parsing
from app.services.activities import Parent, add_note, add_task
from app.services.compliance import add_registration
from app.services.contacts import create_contact
from app.services.freight import add_charge, add_route
from app.services.fx_rates import add_rate, find_rate
from app.services.negotiations import add_offer, create_negotiation, update_negotiation
from app.services.products import create_product, find_product
from app.services.shipments import create_shipment, set_document
from app.services.suppliers import create_supplier, set_tags
from app.services.tariffs import add_tariff, parse_hs_code
from models import FreightCharge, FreightRoute, Negotiation, Shipment, Supplier, Tariff
from models.text import tax_id_key

DEMO_PACKAGE = "resources.demo"
DEMO_FILE = "suppliers.json"

_RELATIVE_DATE = re.compile(r"today(?:\s*([+-])\s*(\d+))?")


@dataclass(frozen=True)
class DemoResult:
    """What one load created, and which top-level records it found already there."""

    products_created: int = 0
    products_skipped: int = 0
    tariffs_created: int = 0
    tariffs_skipped: int = 0
    rates_created: int = 0
    rates_skipped: int = 0
    routes_created: int = 0
    routes_skipped: int = 0
    charges_created: int = 0
    suppliers_created: int = 0
    suppliers_skipped: int = 0
    contacts_created: int = 0
    certifications_created: int = 0
    negotiations_created: int = 0
    negotiations_skipped: int = 0
    offers_created: int = 0
    shipments_created: int = 0
    shipments_skipped: int = 0
    documents_updated: int = 0
    notes_created: int = 0
    tasks_created: int = 0
    seasons_created: int = 0
    """Season windows: one per product and origin (each holds its months)."""
    seasons_skipped: int = 0

    @property
    def created(self) -> int:
        """Every record created (documents updated on new shipments included)."""
        return sum(
            getattr(self, f.name)
            for f in fields(self)
            if f.name.endswith("_created") or f.name == "documents_updated"
        )

    @property
    def skipped(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name.endswith("_skipped"))


def read_demo_data() -> dict[str, Any]:
    """The demo data set as stored (dates still relative)."""
    text = files(DEMO_PACKAGE).joinpath(DEMO_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{DEMO_FILE} does not hold a JSON object")
    return data


def resolve_dates(value: Any, today: date) -> Any:
    """Replace every 'today±N' string (at any depth) by that date, written dd/mm/yyyy."""
    if isinstance(value, str):
        match = _RELATIVE_DATE.fullmatch(value.strip())
        if match is None:
            return value
        sign, days = match.groups()
        offset = int(days) * (-1 if sign == "-" else 1) if days else 0
        return (today + timedelta(days=offset)).strftime("%d/%m/%Y")
    if isinstance(value, Mapping):
        return {key: resolve_dates(item, today) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve_dates(item, today) for item in value]
    return value


def load_demo(
    session: Session, *, today: date | None = None, data: Mapping[str, Any] | None = None
) -> DemoResult:
    """Create the demo records that are not there yet; return what was done.

    `today` anchors the relative dates (default: the real today; actual shipment dates
    are refused by the service if they fall in the future, so do not move it forward).
    `data` replaces the bundled data set (tests).
    """
    anchor = today or date.today()
    raw = read_demo_data() if data is None else data
    resolved: dict[str, Any] = resolve_dates(dict(raw), anchor)
    counts: Counter[str] = Counter()
    products = _load_products(session, resolved.get("products", []), counts)
    _load_tariffs(session, resolved.get("tariffs", []), counts)
    _load_rates(session, resolved.get("fx_rates", []), counts)
    _load_freight(session, resolved.get("freight", {}), counts)
    suppliers = _load_suppliers(session, resolved.get("suppliers", []), counts)
    negotiations = _load_negotiations(
        session, resolved.get("negotiations", []), suppliers, products, counts
    )
    _load_shipments(session, resolved.get("shipments", []), negotiations, counts)
    _load_seasons(session, resolved.get("seasons", {}), counts)
    return DemoResult(**{f.name: counts[f.name] for f in fields(DemoResult)})


# --- one section at a time ---------------------------------------------------------------


def _load_products(
    session: Session, rows: Sequence[Mapping[str, Any]], counts: Counter[str]
) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row in rows:
        name = str(row["name"])
        product = find_product(session, name)
        if product is None:
            product = create_product(session, row)
            counts["products_created"] += 1
        else:
            counts["products_skipped"] += 1
        ids[name] = product.id
    return ids


def _load_tariffs(
    session: Session, rows: Sequence[Mapping[str, Any]], counts: Counter[str]
) -> None:
    """Example duty and VAT rows (their notes say to check them against the tariff);
    one already there for the same HS code, origin and start is left alone."""
    for row in rows:
        existing = session.scalar(
            select(Tariff.id).where(
                Tariff.hs_code == parse_hs_code(row["hs_code"]),
                Tariff.origin == parsing.parse_country(row["origin"]),
                Tariff.valid_from == parsing.parse_date(row["valid_from"]),
            )
        )
        if existing is None:
            add_tariff(session, row, decimal_sep=".")
            counts["tariffs_created"] += 1
        else:
            counts["tariffs_skipped"] += 1


def _load_rates(session: Session, rows: Sequence[Mapping[str, Any]], counts: Counter[str]) -> None:
    """Example exchange rates (source "Demo example"); a rate already there for the same
    day and pair is left alone."""
    for row in rows:
        day = parsing.parse_date(row["day"])
        if find_rate(session, day, row["from_currency"], row["to_currency"]) is None:
            add_rate(session, row, decimal_sep=".")
            counts["rates_created"] += 1
        else:
            counts["rates_skipped"] += 1


def _load_freight(session: Session, data: Mapping[str, Any], counts: Counter[str]) -> None:
    """Example freight routes with their charges, and charges at the destination ports;
    a route already there (same ports, mode and start) is left alone with its charges, and
    so are the port charges when any charge is already entered for that port."""
    for row in data.get("routes", []):
        values = {key: value for key, value in row.items() if key != "charges"}
        existing = session.scalar(
            select(FreightRoute.id).where(
                FreightRoute.origin_port == values["origin_port"],
                FreightRoute.destination_port == values["destination_port"],
                FreightRoute.mode == values["mode"],
                FreightRoute.valid_from == parsing.parse_date(values["valid_from"]),
            )
        )
        if existing is not None:
            counts["routes_skipped"] += 1
            continue
        route = add_route(session, values, decimal_sep=".")
        counts["routes_created"] += 1
        for charge in row.get("charges", []):
            add_charge(session, {**charge, "route_id": route.id}, decimal_sep=".")
            counts["charges_created"] += 1
    priced = set(session.scalars(select(FreightCharge.port).where(FreightCharge.port.is_not(None))))
    for charge in data.get("port_charges", []):
        if charge["port"] not in priced:
            add_charge(session, charge, decimal_sep=".")
            counts["charges_created"] += 1


def _load_suppliers(
    session: Session, rows: Sequence[Mapping[str, Any]], counts: Counter[str]
) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row in rows:
        values: Mapping[str, Any] = row["fields"]
        supplier = _existing_supplier(session, values)
        if supplier is not None:
            counts["suppliers_skipped"] += 1
            ids[str(row["ref"])] = supplier.id
            continue
        supplier = create_supplier(session, values)
        counts["suppliers_created"] += 1
        ids[str(row["ref"])] = supplier.id
        for contact in row.get("contacts", []):
            create_contact(session, supplier.id, contact)
            counts["contacts_created"] += 1
        if row.get("tags"):
            set_tags(session, supplier.id, row["tags"])
        for certification in row.get("certifications", []):
            add_registration(session, supplier.id, certification)
            counts["certifications_created"] += 1
        _add_activities(session, Parent("supplier", supplier.id), row, counts)
    return ids


def _existing_supplier(session: Session, values: Mapping[str, Any]) -> Supplier | None:
    country = parsing.parse_country(values["country"])
    key = tax_id_key(values.get("tax_id"))
    query = select(Supplier).where(Supplier.country == country)
    if key:
        query = query.where(Supplier.tax_id_key == key)
    else:
        query = query.where(Supplier.name == parsing.parse_text(values["name"], 200))
    return session.scalars(query.limit(1)).first()


def _load_negotiations(
    session: Session,
    rows: Sequence[Mapping[str, Any]],
    suppliers: Mapping[str, int],
    products: Mapping[str, int],
    counts: Counter[str],
) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row in rows:
        values: Mapping[str, Any] = row["fields"]
        supplier_id = suppliers[str(row["supplier"])]
        title = parsing.parse_text(values["title"], 200)
        existing = session.scalars(
            select(Negotiation)
            .where(Negotiation.supplier_id == supplier_id, Negotiation.title == title)
            .limit(1)
        ).first()
        if existing is not None:
            counts["negotiations_skipped"] += 1
            ids[str(row["ref"])] = existing.id
            continue
        product_name = str(row["product"])
        negotiation = create_negotiation(
            session,
            supplier_id,
            values,
            product_id=products.get(product_name),
            product_name=None if product_name in products else product_name,
        )
        counts["negotiations_created"] += 1
        ids[str(row["ref"])] = negotiation.id
        stage = negotiation.stage
        for offer in row.get("offers", []):
            add_offer(session, negotiation.id, offer)
            counts["offers_created"] += 1
        if negotiation.stage != stage:
            # A first offer moves a lead or sampling deal on; the demo wants it where it was.
            update_negotiation(session, negotiation.id, {"stage": stage})
        _add_activities(session, Parent("negotiation", negotiation.id), row, counts)
    return ids


def _load_shipments(
    session: Session,
    rows: Sequence[Mapping[str, Any]],
    negotiations: Mapping[str, int],
    counts: Counter[str],
) -> None:
    for row in rows:
        values: Mapping[str, Any] = row["fields"]
        reference = parsing.parse_text(values["reference"], 40)
        exists = session.scalar(select(Shipment.id).where(Shipment.reference == reference))
        if exists is not None:
            counts["shipments_skipped"] += 1
            continue
        shipment = create_shipment(session, negotiations[str(row["negotiation"])], values)
        counts["shipments_created"] += 1
        for document in row.get("documents", []):
            details = {key: value for key, value in document.items() if key != "kind"}
            set_document(session, shipment.id, str(document["kind"]), details)
            counts["documents_updated"] += 1
        _add_activities(session, Parent("shipment", shipment.id), row, counts)


def _load_seasons(session: Session, data: Mapping[str, Any], counts: Counter[str]) -> None:
    """Season windows per product and origin ('Nov-Feb', peak 'Dec-Jan'), and the products
    sold for Chinese New Year; a product and origin with any month recorded is left alone."""
    from app.services.products import update_product
    from app.services.seasons import season_months, season_of, set_season

    for name in data.get("for_chinese_new_year", []):
        product = find_product(session, str(name))
        if product is not None and not product.for_chinese_new_year:
            update_product(session, product.id, {"for_chinese_new_year": True})
    for row in data.get("windows", []):
        product = find_product(session, str(row["product"]))
        if product is None:
            continue
        if season_of(session, product.id, row["origin"]):
            counts["seasons_skipped"] += 1
            continue
        months = season_months(str(row.get("shipping", "")), str(row.get("peak", "")))
        set_season(session, product.id, row["origin"], months)
        counts["seasons_created"] += 1


def _add_activities(
    session: Session, parent: Parent, row: Mapping[str, Any], counts: Counter[str]
) -> None:
    for note in row.get("notes", []):
        add_note(session, parent, note)
        counts["notes_created"] += 1
    for task in row.get("tasks", []):
        add_task(session, parent, task)
        counts["tasks_created"] += 1
