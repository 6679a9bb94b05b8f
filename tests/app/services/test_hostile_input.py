"""Hostile input through every create/update service and every search, on SQLite and
PostgreSQL (TEST_DATABASE_URL): quotes, semicolons, LIKE wildcards, backslashes, NUL
bytes and 10,000-character values are stored as typed (NUL removed: PostgreSQL text
cannot hold it), refused with a message naming the field, or found literally; never a
database error, never an injection."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ServiceError, ValidationError
from app.queries.lists import (
    ContactQuery,
    NegotiationQuery,
    ShipmentQuery,
    contact_page,
    negotiation_page,
    shipment_page,
)
from app.queries.search import SupplierQuery, search_suppliers
from app.rules.validation import FormSpec, Limit
from app.services.activities import ACTIVITY_FIELDS, Parent, add_note, update_activity
from app.services.contacts import CONTACT_FIELDS, create_contact, update_contact
from app.services.negotiations import (
    NEGOTIATION_FIELDS,
    OFFER_FIELDS,
    add_offer,
    create_negotiation,
    update_negotiation,
    update_offer,
)
from app.services.products import PRODUCT_FIELDS, create_product, update_product
from app.services.shipments import SHIPMENT_FIELDS, create_shipment, update_shipment
from app.services.suppliers import (
    SUPPLIER_FIELDS,
    create_supplier,
    set_products,
    update_supplier,
)
from models import Supplier

NASTY = [
    "O'Brien Frutas",
    'Agro "El Sol"',
    "Back`tick Farms",
    "Semi; DROP TABLE suppliers;--",
    "Robert'); DELETE FROM suppliers; --",
    "' OR '1'='1",
    "100% Orgánico",
    "Under_score Ltda",
    "Back\\slash \\\\ Co",
    "Nul\x00Byte Exports",
    "%_%\\%",
    "$1$$ :name ?x %(p)s {0}",
    "王力 Ñuble ü",
    # issue 13: formulas a spreadsheet would run (kept as typed: exports neutralise them),
    # and bidirectional controls that could disguise a name or a number (dropped)
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1)",
    " =1+4",
    '=HYPERLINK("http://x","y")',
    "Frutas\u202eSA.exe",
    "\u2066ACME\u2069 \u200fBL-12\u200e",
]
NASTY_IDS = [f"nasty{i}" for i in range(len(NASTY))]
LONG = "A" * 10_000
ECHOED: set[str] = set()


BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def stored(value: str) -> str:
    """What a single-line text field keeps of `value`: NUL and bidirectional controls
    dropped, spaces collapsed."""
    return " ".join(BIDI_CONTROLS.sub("", value.replace("\x00", "")).split())


def reread(session: Session, obj: Any, attr: str) -> Any:
    """The value as the database holds it, not as the identity map remembers it."""
    session.flush()
    session.expire(obj, [attr])
    return getattr(obj, attr)


# --- the services, each with a valid base to vary one field of ------------------------------

Maker = Callable[[Session, dict[str, Any]], Any]


@pytest.fixture
def parents(session: Session) -> dict[str, int]:
    supplier = create_supplier(session, {"name": "Frutícola Base", "country": "CL"})
    negotiation = create_negotiation(
        session,
        supplier.id,
        {"currency": "USD", "price_unit": "kg", "incoterm": "FOB Valparaíso"},
        product_name="Cherries base",
    )
    shipment = create_shipment(session, negotiation.id, {"etd": date(2026, 1, 10)})
    return {"supplier": supplier.id, "negotiation": negotiation.id, "shipment": shipment.id}


def services(ids: dict[str, int]) -> dict[str, tuple[FormSpec, Maker, Maker, dict[str, Any]]]:
    """name -> (fields, create(session, data), update(session, changes) of a fresh
    record, the data a valid create needs)."""

    def updater(create: Maker, update: Callable[..., Any], base: dict[str, Any]) -> Maker:
        def run(session: Session, changes: dict[str, Any]) -> Any:
            record = create(session, base)
            return update(session, record.id, changes, expected_version=record.version)

        return run

    counter = iter(range(1_000_000))

    def supplier(s: Session, d: dict[str, Any]) -> Any:
        return create_supplier(s, d)

    def contact(s: Session, d: dict[str, Any]) -> Any:
        return create_contact(s, ids["supplier"], d)

    def product(s: Session, d: dict[str, Any]) -> Any:
        return create_product(s, {**d, "name": f"{d.get('name', 'Mango')} {next(counter)}"})

    def negotiation(s: Session, d: dict[str, Any]) -> Any:
        return create_negotiation(s, ids["supplier"], d, product_name="Cherries base")

    def offer(s: Session, d: dict[str, Any]) -> Any:
        return add_offer(s, ids["negotiation"], d)

    def shipment(s: Session, d: dict[str, Any]) -> Any:
        return create_shipment(s, ids["negotiation"], d)

    def note(s: Session, d: dict[str, Any]) -> Any:
        return add_note(s, Parent("supplier", ids["supplier"]), d)

    bases: dict[str, tuple[FormSpec, Maker, Callable[..., Any], dict[str, Any]]] = {
        "supplier": (
            SUPPLIER_FIELDS,
            supplier,
            update_supplier,
            {"name": "Hostile SpA", "country": "CL"},
        ),
        "contact": (CONTACT_FIELDS, contact, update_contact, {"name": "Ana Pérez"}),
        "product": (PRODUCT_FIELDS, product, update_product, {"name": "Mango"}),
        "negotiation": (
            NEGOTIATION_FIELDS,
            negotiation,
            update_negotiation,
            {"currency": "USD", "price_unit": "kg"},
        ),
        "offer": (
            OFFER_FIELDS,
            offer,
            update_offer,
            {"side": "supplier", "offered_on": date(2026, 1, 5), "currency": "USD", "price": "2.5"},
        ),
        "shipment": (SHIPMENT_FIELDS, shipment, update_shipment, {"etd": date(2026, 1, 10)}),
        "activity": (ACTIVITY_FIELDS, note, update_activity, {"subject": "Call back"}),
    }
    return {
        name: (spec, create, updater(create, update, base), base)
        for name, (spec, create, update, base) in bases.items()
    }


SERVICE_NAMES = ["supplier", "contact", "product", "negotiation", "offer", "shipment", "activity"]


def attempt(session: Session, call: Callable[[], Any], field: str, value: object) -> Any:
    """Run one service call in a savepoint: it must succeed or refuse `field` by name.

    Anything else (a DataError from the database, a TypeError) fails the test with the
    value that caused it."""
    savepoint = session.begin_nested()
    refusal: ServiceError | None = None
    try:
        result = call()
        session.flush()
    except ServiceError as exc:  # ValidationError, or e.g. a duplicate reference
        refusal = exc
    except Exception as exc:
        savepoint.rollback()
        pytest.fail(f"{field}={value!r} crashed the service: {exc.__class__.__name__}: {exc}")
    if refusal is not None:
        savepoint.rollback()
        assert "\n" not in str(refusal)
        if isinstance(refusal, ValidationError):
            named = refusal.for_field(field)
            assert named is not None, f"{field}={value!r}: refused, not by name: {refusal}"
        return refusal
    savepoint.commit()
    return result


@pytest.mark.parametrize("service", SERVICE_NAMES)
@pytest.mark.parametrize("value", NASTY, ids=NASTY_IDS)
def test_every_field_takes_nasty_text_or_names_itself(
    session: Session, parents: dict[str, int], service: str, value: str
) -> None:
    """Each field of each form, on create and on update: stored as typed (NUL removed)
    or refused with an error naming the field; the database never complains."""
    spec, create, update, base = services(parents)[service]
    stored_any = 0
    for field in spec.fields:
        for make in (create, update):
            data = {**base, field: value} if make is create else {field: value}
            result = attempt(session, lambda m=make, d=data: m(session, d), field, value)
            if isinstance(result, ServiceError):
                continue
            kept = reread(session, result, field)
            if isinstance(kept, str):
                assert "\x00" not in kept
                if field == "name" and service == "product" and make is create:
                    assert kept.startswith(stored(value))
                elif field not in ("email", "website", "phone", "whatsapp", "tax_id"):
                    cleaned = value.replace("\x00", "").strip()
                    assert kept in (stored(value), cleaned), (field, kept)
                stored_any += 1
    if service in ("supplier", "contact", "product", "negotiation", "activity"):
        assert stored_any > 0, "no text field kept the value: the test checks nothing"


@pytest.mark.parametrize("service", SERVICE_NAMES)
def test_ten_thousand_characters(session: Session, parents: dict[str, int], service: str) -> None:
    """A 10,000-character value fits a notes field and is refused, by name and with its
    length, by every shorter field; never a database 'value too long' error."""
    spec, create, update, base = services(parents)[service]
    kept = refused = 0
    for field in spec.fields:
        for make in (create, update):
            data = {**base, field: LONG} if make is create else {field: LONG}
            result = attempt(session, lambda m=make, d=data: m(session, d), field, LONG)
            if isinstance(result, ValidationError):
                refused += 1
                error = result.for_field(field)
                assert error is not None
                assert error.label == spec.label(field)
                if len(str(result)) > 300:
                    ECHOED.add(f"{service}.{field}")
            elif not isinstance(result, ServiceError):
                assert reread(session, result, field) == LONG
                kept += 1
    assert refused > 0
    if service != "product":
        assert kept > 0, "a multi-line notes/body field holds 10,000 characters"


def test_long_name_message_names_field_and_length(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        create_supplier(session, {"name": LONG, "country": "MX"})
    assert str(refused.value) == "Name: is 10000 characters long, but at most 200 fit"


def test_nul_byte_is_removed_before_the_database(session: Session) -> None:
    supplier = create_supplier(
        session, {"name": "Nul\x00Byte SA", "country": "MX", "notes": "line\x00one\nline two"}
    )
    assert reread(session, supplier, "name") == "NulByte SA"
    assert reread(session, supplier, "notes") == "lineone\nline two"


def test_injection_leaves_the_table_alone(session: Session) -> None:
    before = session.scalar(select(func.count()).select_from(Supplier))
    for value in NASTY:
        create_supplier(session, {"name": value, "country": "PE"})
        search_suppliers(session, SupplierQuery(text=value))
    session.flush()
    assert session.scalar(select(func.count()).select_from(Supplier)) == before + len(NASTY)


# --- search ------------------------------------------------------------------------------


@pytest.fixture
def named(session: Session) -> dict[str, Supplier]:
    """Suppliers named with each nasty string (plus plain ones the wildcards would catch),
    each with a contact, a negotiation and a shipment carrying the same text."""
    out: dict[str, Supplier] = {}
    for i, value in enumerate([*NASTY, "Plain Farms", "Sunny Grove"]):
        supplier = create_supplier(session, {"name": value, "country": "MX"})
        create_contact(session, supplier.id, {"name": value, "role": value})
        negotiation = create_negotiation(
            session,
            supplier.id,
            {"title": value, "currency": "USD", "price_unit": "kg"},
            product_name=f"Avocado {i}",
        )
        create_shipment(
            session,
            negotiation.id,
            {"reference": f"R{i} {value}"[:40], "vessel": value, "etd": date(2026, 2, 1)},
        )
        out[value] = supplier
    session.flush()
    return out


LITERALS = ["%", "_", "'", "`", ";", "\\", "$", "O'Brien", "100%", "under_score", "\\\\"]


def contains(haystack: str | None, needle: str) -> bool:
    from models.text import fold

    return fold(needle) in fold(haystack or "")


@pytest.mark.parametrize("needle", LITERALS)
def test_supplier_search_takes_wildcards_and_quotes_literally(
    session: Session, named: dict[str, Supplier], needle: str
) -> None:
    page = search_suppliers(session, SupplierQuery(text=needle, limit=1000))
    found = {row.id for row in page.rows}
    expected = {s.id for name, s in named.items() if contains(name, needle)}
    assert expected, f"no test supplier holds {needle!r}: the test checks nothing"
    assert expected <= found
    ours = {s.id for s in named.values()}
    assert not (found & ours) - expected, f"{needle!r} matched names without it"
    assert named["Plain Farms"].id not in found


@pytest.mark.parametrize("needle", LITERALS)
def test_list_searches_take_wildcards_and_quotes_literally(
    session: Session, named: dict[str, Supplier], needle: str
) -> None:
    holders = {name for name in named if contains(name, needle)}
    assert holders
    negotiations = negotiation_page(session, NegotiationQuery(text=needle, limit=1000)).rows
    titles = {r.title for r in negotiations if r.supplier in named}
    assert holders <= titles
    assert all(contains(t, needle) for t in titles)
    contacts = contact_page(session, ContactQuery(text=needle, limit=1000)).rows
    names = {r.name for r in contacts if r.supplier in named}
    assert holders <= names
    assert all(contains(n, needle) for n in names)
    shipments = shipment_page(session, ShipmentQuery(text=needle, limit=1000)).rows
    vessels = {r.vessel for r in shipments if r.supplier in named}
    assert {stored(h) for h in holders} <= vessels
    assert all(contains(v, needle) for v in vessels)


def test_a_double_quote_alone_is_no_search_word(
    session: Session, named: dict[str, Supplier]
) -> None:
    """The supplier search reads '"' as phrase punctuation: alone it filters nothing
    (every supplier is listed, the quoted one among them); it never errors."""
    page = search_suppliers(session, SupplierQuery(text='"', limit=1000))
    assert {s.id for s in named.values()} <= {row.id for row in page.rows}
    quoted = search_suppliers(session, SupplierQuery(text='"El Sol"', limit=1000))
    assert named['Agro "El Sol"'].id in {row.id for row in quoted.rows}
    assert named["Plain Farms"].id not in {row.id for row in quoted.rows}


# --- values past a column's limits (issue 13 point 2) --------------------------------------

PAST_LIMITS: list[object] = [
    "99999999999999999999999999999999",
    10**30,
    "-" + "9" * 20,
    "https://example.com/" + "a" * 100_000,
    "a" * 100_000 + "@example.com",
]
PAST_LIMITS_IDS = ["32-digits", "10^30", "negative-20-digits", "long-url", "long-email"]


@pytest.mark.parametrize("service", SERVICE_NAMES)
@pytest.mark.parametrize("value", PAST_LIMITS, ids=PAST_LIMITS_IDS)
def test_values_past_a_column_are_refused_by_name_before_the_database(
    session: Session, parents: dict[str, int], service: str, value: object
) -> None:
    """Each field, on create and on update: refused with its name (never a DataError on
    PostgreSQL), or stored within its column's limits (never past them on SQLite)."""
    spec, create, update, base = services(parents)[service]
    assert spec.model is not None
    columns = spec.model.__table__.c
    for field in spec.fields:
        for make in (create, update):
            data = {**base, field: value} if make is create else {field: value}
            result = attempt(session, lambda m=make, d=data: m(session, d), field, value)
            if isinstance(result, ServiceError):
                continue
            limit = Limit.of_column(columns[field].type)
            if limit is not None:
                kept = reread(session, result, field)
                limit.check(kept)  # ValueError: the database holds more than its column


@pytest.mark.parametrize(
    ("service", "field", "value", "message"),
    [
        (
            "offer",
            "price",
            "99999999999999999999999999999999",
            "Price: has 32 digits before the decimal point, but at most 14 fit",
        ),
        (
            "negotiation",
            "target_price",
            "USD 123456789012345",
            "Target price: has 15 digits before the decimal point, but at most 14 fit",
        ),
        (
            "negotiation",
            "target_volume",
            "1" + "0" * 15,
            "Target volume: has 16 digits before the decimal point, but at most 15 fit",
        ),
        ("offer", "volume", 10**30, "Volume: has 31 digits before the decimal point"),
        (
            "product",
            "shelf_life_days",
            10**30,
            f"Shelf life (days): {10**30} is too large: it must be at most 2147483647",
        ),
        ("product", "shelf_life_days", "2147483648", "it must be at most 2147483647"),
        (
            "supplier",
            "website",
            "https://example.com/" + "a" * 100_000,
            "Website: is 100020 characters long, but at most 300 fit",
        ),
    ],
)
def test_a_value_past_its_column_is_refused_naming_field_and_limit(
    session: Session, parents: dict[str, int], service: str, field: str, value: object, message: str
) -> None:
    _spec, create, update, base = services(parents)[service]
    for make, data in ((create, {**base, field: value}), (update, {field: value})):
        with pytest.raises(ValidationError) as refused:
            make(session, data)
        assert refused.value.for_field(field) is not None
        assert message in str(refused.value)
        assert "\n" not in str(refused.value)


def test_the_largest_values_that_fit_are_stored(session: Session, parents: dict[str, int]) -> None:
    offer = add_offer(
        session,
        parents["negotiation"],
        {
            "side": "supplier",
            "offered_on": date(2026, 1, 5),
            "currency": "USD",
            "price": Decimal("99999999999999"),
            "volume": Decimal("999999999999999"),
        },
    )
    # Whole numbers: SQLite keeps NUMERIC as a float, exact to 15-16 digits only.
    assert reread(session, offer, "price") == Decimal("99999999999999")
    assert reread(session, offer, "volume") == Decimal("999999999999999")
    product = create_product(session, {"name": "Long life", "shelf_life_days": 2**31 - 1})
    assert reread(session, product, "shelf_life_days") == 2**31 - 1


@pytest.mark.parametrize("key", [10**30, 2**31, -(2**31) - 1])
def test_an_id_past_the_integer_range_is_no_such_record(session: Session, key: int) -> None:
    """PostgreSQL refuses to compare an INTEGER id with 10^30: the services say there is
    no such record instead of failing in the database."""
    with pytest.raises(NotFoundError, match=f"Supplier {key} does not exist"):
        update_supplier(session, key, {"city": "Lima"})
    with pytest.raises(NotFoundError, match=f"Negotiation {key} does not exist"):
        add_offer(session, key, {"side": "supplier", "price": "2", "currency": "USD"})
    supplier = create_supplier(session, {"name": "Ids SpA", "country": "CL"})
    with pytest.raises(ValidationError, match=f"product {key} does not exist"):
        set_products(session, supplier.id, [key])
