"""Field-by-field cleaning of a whole request into one ValidationError listing every bad field.

A service declares its fields once (`FormSpec`); forms call `check_field` as the user
types, services call `clean` before touching the database. One rule, one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.errors import FieldError, ValidationError
from app.rules import parsing

Context = Mapping[str, Any]
Parser = Callable[[object, Context], Any]


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    parse: Parser
    required: bool = False
    default: Any = None
    """Used on create when the field is not given (a required field with a default)."""


class FormSpec:
    def __init__(self, entity: str, fields: Sequence[Field]) -> None:
        self.entity = entity
        self.fields = {f.name: f for f in fields}

    def label(self, name: str) -> str:
        return self.fields[name].label

    def clean(
        self,
        data: Mapping[str, Any],
        *,
        current: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Parse `data`. With `current` (an update), only the given keys are parsed and
        `current` supplies the context (a phone is read in the stored country)."""
        errors: list[FieldError] = []
        for key in data:
            if key not in self.fields:
                errors.append(FieldError(key, key, f"is not a field of {self.entity.lower()}"))
        creating = current is None
        ctx: dict[str, Any] = {**(context or {}), **(current or {})}
        cleaned: dict[str, Any] = {}
        for name, field in self.fields.items():
            if name not in data or (
                creating and field.default is not None and parsing.is_blank(data[name])
            ):
                if creating and field.default is not None:
                    cleaned[name] = ctx[name] = field.default
                elif creating and field.required:
                    errors.append(FieldError(name, field.label, "is required"))
                continue
            try:
                value = self._parse(field, data[name], ctx)
            except ValueError as exc:
                errors.append(FieldError(name, field.label, str(exc), data[name]))
                ctx.pop(name, None)
                continue
            cleaned[name] = ctx[name] = value
        if errors:
            raise ValidationError(errors)
        return cleaned

    def check_field(self, name: str, value: object, context: Context) -> str | None:
        """The reason `value` is refused for field `name`, or None if it is fine."""
        try:
            self._parse(self.fields[name], value, context)
        except ValueError as exc:
            return str(exc)
        return None

    @staticmethod
    def _parse(field: Field, value: object, ctx: Context) -> Any:
        if parsing.is_blank(value):
            if field.required:
                raise ValueError("is required")
            return None
        return field.parse(value, ctx)


# --- parser factories: each returns a Parser -----------------------------------------------


def text(max_length: int, *, multiline: bool = False) -> Parser:
    return lambda v, _ctx: parsing.parse_text(v, max_length, multiline=multiline)


def country() -> Parser:
    return lambda v, _ctx: parsing.parse_country(v)


def phone(country_key: str = "country") -> Parser:
    return lambda v, ctx: parsing.parse_phone(v, ctx.get(country_key))


def email() -> Parser:
    return lambda v, _ctx: parsing.parse_email(v)


def url() -> Parser:
    return lambda v, _ctx: parsing.parse_url(v)


def choice(enum: type[StrEnum], synonyms: Mapping[str, Any] | None = None) -> Parser:
    return lambda v, _ctx: parsing.parse_enum(v, enum, dict(synonyms or {}))


def currency() -> Parser:
    return lambda v, _ctx: parsing.parse_currency(v)


def language() -> Parser:
    return lambda v, _ctx: parsing.parse_language(v)


def positive_decimal() -> Parser:
    return lambda v, _ctx: parsing.parse_positive(v)


def decimal_number() -> Parser:
    return lambda v, _ctx: parsing.parse_decimal(v)


def whole_number(minimum: int | None = None) -> Parser:
    return lambda v, _ctx: parsing.parse_int(v, minimum=minimum)


def boolean() -> Parser:
    return lambda v, _ctx: parsing.parse_bool(v)


def money(currency_key: str = "currency") -> Parser:
    """A positive price; a currency written in the value must agree with the currency field."""

    def parse(value: object, ctx: Context) -> Decimal:
        amount, written = parsing.parse_money(value)
        if amount <= 0:
            raise ValueError(f"{str(value).strip()!r} must be more than zero")
        expected = ctx.get(currency_key)
        if written and expected and written != expected:
            raise ValueError(f"is in {written} but the currency is {expected}")
        return amount

    return parse


def day(*, after: str | None = None, after_label: str = "") -> Parser:
    """A date; with `after`, it may not be before the date in that other field."""

    def parse(value: object, ctx: Context) -> date:
        when = parsing.parse_date(value)
        earlier = ctx.get(after) if after else None
        if isinstance(earlier, date) and when < earlier:
            raise ValueError(f"is before {after_label} ({earlier.isoformat()})")
        return when

    return parse


def money_currency_from(
    data: Mapping[str, Any], price_key: str, currency_key: str
) -> dict[str, Any]:
    """Let 'US$ 2.45' in a price field fill an empty currency field before validation."""
    price, cur = data.get(price_key), data.get(currency_key)
    if isinstance(price, str) and price.strip() != "" and parsing.is_blank(cur):
        try:
            _amount, written = parsing.parse_money(price)
        except ValueError:
            return dict(data)
        if written:
            return {**data, currency_key: written}
    return dict(data)
