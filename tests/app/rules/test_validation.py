"""FormSpec: one ValidationError naming every bad field; defaults, updates, context."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.errors import FieldError, ValidationError
from app.rules import validation as v
from models.enums import SupplierStatus

SPEC = v.FormSpec(
    "Supplier",
    [
        v.Field("name", "Name", v.text(20), required=True),
        v.Field(
            "status",
            "Status",
            v.choice(SupplierStatus, {"activo": SupplierStatus.ACTIVE}),
            required=True,
            default=SupplierStatus.PROSPECT,
        ),
        v.Field("country", "Country", v.country(), required=True),
        v.Field("phone", "Phone", v.phone()),
        v.Field("email", "Email", v.email()),
        v.Field("website", "Website", v.url(300)),
        v.Field("language", "Language", v.language()),
        v.Field("is_primary", "Main contact", v.boolean(), required=True, default=False),
        v.Field("pallets", "Pallets", v.whole_number(minimum=1)),
        v.Field("volume", "Volume", v.positive_decimal(v.QUANTITY)),
        v.Field("discount", "Discount", v.decimal_number(v.QUANTITY)),
        v.Field("currency", "Currency", v.currency()),
        v.Field("price", "Price", v.money()),
        v.Field("offered_on", "Date", v.day()),
        v.Field("valid_until", "Valid until", v.day(after="offered_on", after_label="the date")),
        v.Field("notes", "Notes", v.text(100, multiline=True)),
    ],
)

CONTACT = v.FormSpec(
    "Contact",
    [
        v.Field("name", "Name", v.text(200), required=True),
        v.Field("phone", "Phone", v.phone("supplier_country")),
    ],
)


def _errors(data: dict[str, Any], **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        SPEC.clean(data, **kwargs)
    return caught.value


# --- create ----------------------------------------------------------------------------------


def test_clean_parses_every_field() -> None:
    cleaned = SPEC.clean(
        {
            "name": "  Aguacates  del Sur ",
            "status": "Activo",
            "country": "México",
            "phone": "55 1234 5678",
            "email": "Ventas@Aguacates.MX",
            "website": "aguacates.mx",
            "language": "Español",
            "is_primary": "sí",
            "pallets": "20",
            "volume": "12.500,50",
            "discount": "-2,5",
            "currency": "usd",
            "price": "US$ 2.45",
            "offered_on": "27/11/2026",
            "valid_until": "15 de diciembre de 2026",
            "notes": "línea 1\r\nlínea 2",
        }
    )
    assert cleaned == {
        "name": "Aguacates del Sur",
        "status": SupplierStatus.ACTIVE,
        "country": "MX",
        "phone": "+525512345678",
        "email": "Ventas@aguacates.mx",
        "website": "https://aguacates.mx",
        "language": "es",
        "is_primary": True,
        "pallets": 20,
        "volume": Decimal("12500.50"),
        "discount": Decimal("-2.5"),
        "currency": "USD",
        "price": Decimal("2.45"),
        "offered_on": date(2026, 11, 27),
        "valid_until": date(2026, 12, 15),
        "notes": "línea 1\nlínea 2",
    }


def test_defaults_fill_missing_and_blank_fields_on_create() -> None:
    cleaned = SPEC.clean({"name": "Frutas Andinas", "country": "CL"})
    assert cleaned == {
        "name": "Frutas Andinas",
        "status": SupplierStatus.PROSPECT,
        "country": "CL",
        "is_primary": False,
    }
    blank = SPEC.clean({"name": "Frutas Andinas", "country": "CL", "status": " ", "is_primary": ""})
    assert blank["status"] is SupplierStatus.PROSPECT
    assert blank["is_primary"] is False


def test_blank_optional_fields_become_none() -> None:
    cleaned = SPEC.clean({"name": "Frutas", "country": "PE", "email": "  ", "phone": None})
    assert cleaned["email"] is None
    assert cleaned["phone"] is None


def test_one_error_lists_every_bad_field_in_order() -> None:
    error = _errors(
        {
            "name": "x" * 30,
            "country": "Narnia",
            "email": "ventas-at-frutas",
            "website": "frutas",
            "pallets": "0",
            "volume": "-1",
            "price": "1.200",
            "offered_on": "31/02/2026",
            "colour": "green",
        }
    )
    assert [e.field for e in error.errors] == [
        "colour",
        "name",
        "country",
        "email",
        "website",
        "pallets",
        "volume",
        "price",
        "offered_on",
    ]
    assert [e.label for e in error.errors] == [
        "colour",
        "Name",
        "Country",
        "Email",
        "Website",
        "Pallets",
        "Volume",
        "Price",
        "Date",
    ]
    text = str(error)
    assert "colour: is not a field of supplier" in text
    assert "Name: is 30 characters long, but at most 20 fit" in text
    assert "Country: 'Narnia' is not a country we know" in text
    assert "Email: 'ventas-at-frutas' is not an email address" in text
    assert "Website: 'frutas' is not a web address" in text
    assert "Pallets: '0' is too small: it must be at least 1" in text
    assert "Volume: '-1' must be more than zero" in text
    assert "Price: '1.200' is ambiguous" in text
    assert "Date: '31/02/2026' is not a real date" in text
    assert text.count("; ") == len(error.errors) - 1


def test_field_errors_keep_the_value_typed() -> None:
    error = _errors({"name": "Frutas", "country": "Narnia"})
    assert error.for_field("country") == FieldError(
        "country", "Country", "'Narnia' is not a country we know (try its ISO code)", "Narnia"
    )
    assert error.for_field("name") is None


@pytest.mark.parametrize(
    "data",
    [{}, {"name": "", "country": "  "}, {"name": None, "country": None}],
)
def test_required_fields_on_create(data: dict[str, Any]) -> None:
    error = _errors(data)
    assert [(e.field, e.label, e.message) for e in error.errors] == [
        ("name", "Name", "is required"),
        ("country", "Country", "is required"),
    ]
    assert str(error) == "Name: is required; Country: is required"


# --- context between fields ------------------------------------------------------------------


def test_phone_is_read_in_the_country_of_the_same_request() -> None:
    cleaned = SPEC.clean({"name": "Frutas", "country": "Brasil", "phone": "(11) 98765-4321"})
    assert cleaned["phone"] == "+5511987654321"


def test_phone_with_a_bad_country_asks_for_a_country_code() -> None:
    error = _errors({"name": "Frutas", "country": "Narnia", "phone": "55 1234 5678"})
    assert error.for_field("country") is not None
    phone = error.for_field("phone")
    assert phone is not None
    assert "'55 1234 5678' has no country code" in phone.message


def test_phone_invalid_for_the_country_names_it() -> None:
    error = _errors({"name": "Frutas", "country": "MX", "phone": "12345"})
    assert [e.field for e in error.errors] == ["phone"]
    assert str(error) == "Phone: '12345' is not a valid phone number for Mexico"


def test_context_supplies_another_records_values() -> None:
    cleaned = CONTACT.clean(
        {"name": "Ana", "phone": "9 8765 4321"}, context={"supplier_country": "CL"}
    )
    assert cleaned == {"name": "Ana", "phone": "+56987654321"}


def test_money_must_agree_with_the_currency_field() -> None:
    error = _errors({"name": "F", "country": "CL", "currency": "EUR", "price": "US$ 2.45"})
    assert str(error) == "Price: is in USD but the currency is EUR"
    same = SPEC.clean({"name": "F", "country": "CL", "currency": "USD", "price": "USD 2,45"})
    assert same["price"] == Decimal("2.45")


@pytest.mark.parametrize("price", ["0", "US$ 0,00", "-3"])
def test_money_must_be_positive(price: str) -> None:
    error = _errors({"name": "F", "country": "CL", "price": price})
    assert str(error) == f"Price: {price!r} must be more than zero"


def test_a_date_cannot_be_before_the_date_it_follows() -> None:
    error = _errors(
        {"name": "F", "country": "CL", "offered_on": "2026-11-27", "valid_until": "2026-11-20"}
    )
    assert str(error) == "Valid until: is before the date (2026-11-27)"
    ok = SPEC.clean(
        {"name": "F", "country": "CL", "offered_on": "2026-11-27", "valid_until": "2026-11-27"}
    )
    assert ok["valid_until"] == date(2026, 11, 27)


# --- updates ---------------------------------------------------------------------------------

CURRENT = {
    "name": "Frutas",
    "status": SupplierStatus.ACTIVE,
    "country": "MX",
    "phone": "+525512345678",
    "is_primary": True,
    "offered_on": date(2026, 11, 27),
}


def test_update_parses_only_the_given_fields() -> None:
    assert SPEC.clean({"email": "A@B.CL"}, current=CURRENT) == {"email": "A@b.cl"}
    assert SPEC.clean({}, current=CURRENT) == {}


def test_update_reads_a_phone_in_the_stored_country() -> None:
    assert SPEC.clean({"phone": "33 1234 5678"}, current=CURRENT) == {"phone": "+523312345678"}


def test_update_reads_a_phone_in_the_country_changed_in_the_same_request() -> None:
    cleaned = SPEC.clean({"country": "BR", "phone": "(11) 98765-4321"}, current=CURRENT)
    assert cleaned == {"country": "BR", "phone": "+5511987654321"}


def test_update_checks_dates_against_the_stored_date() -> None:
    error = _errors({"valid_until": "2026-11-01"}, current=CURRENT)
    assert str(error) == "Valid until: is before the date (2026-11-27)"


def test_update_does_not_apply_defaults_or_demand_missing_fields() -> None:
    assert SPEC.clean({"notes": "hola"}, current={"name": "F", "country": "MX"}) == {
        "notes": "hola"
    }


def test_update_refuses_blanking_a_required_field() -> None:
    error = _errors({"name": "  ", "status": "", "email": ""}, current=CURRENT)
    assert [(e.field, e.message) for e in error.errors] == [
        ("name", "is required"),
        ("status", "is required"),
    ]


def test_update_clears_an_optional_field() -> None:
    assert SPEC.clean({"phone": ""}, current=CURRENT) == {"phone": None}


# --- check_field and helpers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "context", "reason"),
    [
        ("country", "Perú", {}, None),
        ("country", "Narnia", {}, "'Narnia' is not a country we know (try its ISO code)"),
        ("name", "", {}, "is required"),
        ("email", "", {}, None),
        ("phone", "55 1234 5678", {"country": "MX"}, None),
        ("phone", "55 1234 5678", {}, "'55 1234 5678' has no country code"),
        ("price", "US$ 2", {"currency": "BRL"}, "is in USD but the currency is BRL"),
        ("valid_until", "1/1/2026", {"offered_on": date(2026, 2, 1)}, "is before the date"),
    ],
)
def test_check_field(name: str, value: object, context: dict[str, Any], reason: str | None) -> None:
    result = SPEC.check_field(name, value, context)
    if reason is None:
        assert result is None
    else:
        assert result is not None
        assert result.startswith(reason)


def test_label() -> None:
    assert SPEC.label("valid_until") == "Valid until"


@pytest.mark.parametrize(
    ("data", "expected_currency"),
    [
        ({"price": "US$ 2.45"}, "USD"),
        ({"price": "R$ 1.234,56", "currency": ""}, "BRL"),
        ({"price": "R$ 1.234,56", "currency": "USD"}, "USD"),  # the field wins; clean() objects
        ({"price": "2.45"}, None),
        ({"price": "abc"}, None),
        ({"price": 2.45}, None),
    ],
)
def test_money_currency_from(data: dict[str, Any], expected_currency: str | None) -> None:
    prepared = v.money_currency_from(data, "price", "currency")
    assert (prepared.get("currency") or None) == expected_currency
    assert prepared["price"] == data["price"]
    assert prepared is not data
