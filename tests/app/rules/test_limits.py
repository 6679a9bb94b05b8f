"""Each field's limit against its column's: the one place that catches a column growing (or
a field loosening) without the other (issue 13 point 2)."""

from __future__ import annotations

import importlib
import pkgutil
from decimal import Decimal

import pytest

import app.services
from app.rules import parsing
from app.rules import validation as v
from models.base import Base


def _form_specs() -> list[v.FormSpec]:
    specs: list[v.FormSpec] = []
    for module in pkgutil.iter_modules(app.services.__path__):
        loaded = importlib.import_module(f"app.services.{module.name}")
        specs.extend(
            spec
            for spec in vars(loaded).values()
            if isinstance(spec, v.FormSpec) and spec not in specs
        )
    return specs


FORM_SPECS = _form_specs()

WRITTEN_BY_THE_APP = {
    "audit_log": "the audit trail: entity and field names, the actor, ids",
    "import_batches": "the importer's record of a file (names cut to their columns)",
    "import_rows": "the importer's change log: table names and ids",
    "import_mappings": "a mapping's target and header signature (sha256)",
    "supplier_products": "links by id",
    "supplier_tags": "links by id",
    "certification_products": "links by id",
    "stored_files": "a file's digest, size and media type: computed by app.services.files",
    "attachments": "ids, and the file's name cut to the column by app.services.files",
}
"""Tables no user field writes."""
WRITTEN_COLUMNS = {
    "id": "primary keys: given by the database",
    "version": "the optimistic lock's counter",
    "created_by": "the actor of the session",
    "updated_by": "the actor of the session",
    "supplier_id": "an id found by get_or_fail",
    "product_id": "an id found by get_or_fail",
    "negotiation_id": "an id found by get_or_fail",
    "shipment_id": "an id found by get_or_fail",
    "name_key": "fold(name) cut to the column",
    "tax_id_key": "the tax id's matching key",
    "key": "a product's or tag's folded name",
    "kind": "a note or task, a document kind: chosen by the service, not typed",
    "name": "tags.name: set_tags' v.text(60)",
}
"""Columns of the other tables that no FormSpec field fills, and who writes them."""


def _limited_columns() -> list[tuple[str, str, v.Limit]]:
    return [
        (table.name, column.name, limit)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if (limit := v.Limit.of_column(column.type)) is not None
    ]


def _fits(field: v.Limit, column: v.Limit) -> bool:
    if column.length is not None:
        return field.length is not None and field.length <= column.length
    if column.whole_digits is not None:
        return (
            field.whole_digits is not None
            and field.whole_digits <= column.whole_digits
            and field.scale == column.scale
        )
    assert column.low is not None
    assert column.high is not None
    return (
        field.low is not None
        and field.high is not None
        and column.low <= field.low
        and field.high <= column.high
    )


def test_the_services_form_specs_are_found() -> None:
    entities = {spec.entity for spec in FORM_SPECS}
    assert {"Supplier", "Contact", "Negotiation", "Offer", "Product", "Shipment"} <= entities


@pytest.mark.parametrize("spec", FORM_SPECS, ids=lambda spec: spec.entity)
def test_every_field_is_a_column_and_declares_no_more_than_it_holds(spec: v.FormSpec) -> None:
    assert spec.model is not None, f"{spec.entity}: FormSpec(..., model=...) is missing"
    table = spec.model.__table__
    too_big = []
    for name, field in spec.fields.items():
        column = table.c.get(name)
        assert column is not None, f"{spec.entity}.{name} is not a column of {table.name}"
        column_limit = v.Limit.of_column(column.type)
        if column_limit is None:
            continue
        if field.limit is None or not _fits(field.limit, column_limit):
            too_big.append(f"{table.name}.{name}: field {field.limit}, column {column_limit}")
    assert too_big == []


def test_every_limited_column_is_checked_by_a_field_or_written_by_the_app() -> None:
    by_fields = {
        (spec.model.__table__.name, name)
        for spec in FORM_SPECS
        if spec.model is not None
        for name in spec.fields
    }
    unchecked = [
        f"{table}.{column} ({limit})"
        for table, column, limit in _limited_columns()
        if (table, column) not in by_fields
        and table not in WRITTEN_BY_THE_APP
        and column not in WRITTEN_COLUMNS
    ]
    assert unchecked == []


def test_a_column_growing_past_its_field_is_caught() -> None:
    """The comparison itself: a field allowing more than its column is reported."""
    assert not _fits(v.Limit(length=301), v.Limit(length=300))
    assert not _fits(v.Limit(whole_digits=15, scale=4), v.Limit(whole_digits=14, scale=4))
    assert not _fits(v.Limit(low=0, high=2**40), v.INTEGER)
    assert not _fits(v.Limit(), v.Limit(length=10))
    assert _fits(v.MONEY, v.MONEY)
    assert _fits(v.Limit(length=200), v.Limit(length=300))


# --- the checks themselves -------------------------------------------------------------------


def test_digits_before_the_point_are_counted() -> None:
    with pytest.raises(ValueError, match="digits") as refused:
        parsing.check_digits(Decimal("99999999999999999999999999999999"), 14, 4)
    assert str(refused.value) == "has 32 digits before the decimal point, but at most 14 fit"
    assert parsing.check_digits(Decimal("99999999999999.9999"), 14, 4) == Decimal(
        "99999999999999.9999"
    )
    assert parsing.check_digits(Decimal("-0.00001"), 14, 4) == Decimal("-0.00001")


def test_decimals_past_the_scale_are_kept_but_counted_as_the_database_rounds_them() -> None:
    # Kept as given (the database rounds them, as before) ...
    assert parsing.check_digits(Decimal("2.455555"), 14, 4) == Decimal("2.455555")
    # ... so a number that rounds up past the digits is refused.
    with pytest.raises(ValueError, match="has 15 digits before the decimal point"):
        parsing.check_digits(Decimal("99999999999999.99999"), 14, 4)


def test_whole_numbers_keep_to_the_integer_range() -> None:
    with pytest.raises(ValueError, match="is too large: it must be at most 2147483647"):
        parsing.check_range(10**30, v.INTEGER.low or 0, v.INTEGER.high or 0)
    with pytest.raises(ValueError, match="is too small: it must be at least -2147483648"):
        parsing.check_range(-(2**31) - 1, v.INTEGER.low or 0, v.INTEGER.high or 0)
    assert parsing.check_range(2**31 - 1, v.INTEGER.low or 0, v.INTEGER.high or 0) == 2**31 - 1


def test_a_limited_parser_checks_what_it_returns() -> None:
    website = v.url(300)
    with pytest.raises(ValueError, match="characters") as refused:
        website("https://example.com/" + "a" * 100_000, {})
    assert str(refused.value) == "is 100020 characters long, but at most 300 fit"
    assert v.whole_number(minimum=1)("12", {}) == 12
    with pytest.raises(ValueError, match="at most 2147483647"):
        v.whole_number(minimum=1)("1" + "0" * 30, {})


def test_rounding_takes_any_size_of_number() -> None:
    """A price of 10^32 read from an old SQLite file rounds to cents (Decimal.quantize with
    the default 28 digits raises InvalidOperation)."""
    assert parsing.rounded(Decimal("1E+32"), Decimal("0.01")) == Decimal(10**32)
    assert str(parsing.rounded(Decimal("2.455"), Decimal("0.01"))) == "2.46"
    assert parsing.rounded(Decimal("-2.445"), Decimal("0.1")) == Decimal("-2.4")
