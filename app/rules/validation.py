"""Field-by-field cleaning of a whole request into one ValidationError listing every bad field.

A service declares its fields once (`FormSpec`); forms call `check_field` as the user
types, services call `clean` before touching the database. One rule, one place.

Every parser a field uses carries the `Limit` of what its column holds (characters, digits
before the decimal point, the integer range) and checks it, so the database never sees a
value it would refuse (PostgreSQL) or keep past its size (SQLite).
tests/app/rules/test_limits.py holds each declared limit against its column's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.types import TypeEngine

from app.errors import FieldError, ValidationError, reason
from app.messages import translate
from app.rules import parsing
from models import types
from models.base import Base

Context = Mapping[str, Any]
Parser = Callable[[object, Context], Any]


@dataclass(frozen=True)
class Limit:
    """What a stored value may hold: at most `length` characters, `whole_digits` digits
    before the decimal point (decimals past `scale` are rounded by the database), a whole
    number from `low` to `high`. None: no such limit."""

    length: int | None = None
    whole_digits: int | None = None
    scale: int = 0
    low: int | None = None
    high: int | None = None

    def check(self, value: Any) -> Any:
        """`value`, or ValueError saying which limit it passes."""
        if isinstance(value, str):
            if self.length is not None:
                parsing.check_length(value, self.length)
        elif isinstance(value, Decimal):
            if self.whole_digits is not None:
                parsing.check_digits(value, self.whole_digits, self.scale)
        elif (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low is not None
            and self.high is not None
        ):
            parsing.check_range(value, self.low, self.high)
        return value

    @classmethod
    def of_enum(cls, enum: type[StrEnum]) -> Limit:
        return cls(length=max(len(member.value) for member in enum))

    @classmethod
    def of_column(cls, column_type: TypeEngine[Any]) -> Limit | None:
        """The limit a column's type sets, or None (Text, dates, booleans, JSON...)."""
        if isinstance(column_type, types.StoredNumeric):
            return cls(whole_digits=column_type.whole_digits, scale=column_type.scale or 0)
        if isinstance(column_type, String) and column_type.length is not None:
            return cls(length=column_type.length)  # Enum and CHAR are Strings too
        if isinstance(column_type, Integer):
            return INTEGER
        return None


MONEY = Limit(whole_digits=types.MONEY_PRECISION - types.MONEY_SCALE, scale=types.MONEY_SCALE)
QUANTITY = Limit(
    whole_digits=types.QUANTITY_PRECISION - types.QUANTITY_SCALE, scale=types.QUANTITY_SCALE
)
TEMPERATURE = Limit(
    whole_digits=types.TEMPERATURE_PRECISION - types.TEMPERATURE_SCALE,
    scale=types.TEMPERATURE_SCALE,
)
INTEGER = Limit(low=types.INTEGER_MIN, high=types.INTEGER_MAX)
PHONE_LENGTH = 16
"""E.164: '+' and at most 15 digits."""


@dataclass(frozen=True)
class Limited:
    """A parser whose result is checked against the limit of the column it fills."""

    parse: Parser
    limit: Limit

    def __call__(self, value: object, ctx: Context) -> Any:
        return self.limit.check(self.parse(value, ctx))


def limited(parse: Parser, limit: Limit) -> Limited:
    return Limited(parse, limit)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    parse: Parser
    required: bool = False
    default: Any = None
    """Used on create when the field is not given (a required field with a default)."""

    @property
    def limit(self) -> Limit | None:
        """The limit its parser checks (None: a date, a yes/no, free text of any length)."""
        return self.parse.limit if isinstance(self.parse, Limited) else None


class FormSpec:
    def __init__(
        self, entity: str, fields: Sequence[Field], *, model: type[Base] | None = None
    ) -> None:
        self.entity = entity
        self.fields = {f.name: f for f in fields}
        self.model = model
        """The table its fields are columns of (tests hold each field's limit against it)."""

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
                errors.append(
                    FieldError(
                        key,
                        key,
                        translate("Validation", "is not a field of {entity}").format(
                            entity=self.entity.lower()
                        ),
                    )
                )
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
                    errors.append(FieldError(name, field.label, is_required()))
                continue
            try:
                value = self._parse(field, data[name], ctx)
            except ValueError as exc:
                errors.append(FieldError(name, field.label, reason(exc), data[name]))
                ctx.pop(name, None)
                continue
            cleaned[name] = ctx[name] = value
        if errors:
            raise ValidationError(errors)
        return cleaned

    def check_field(self, name: str, value: object, context: Context) -> str | None:
        """The reason `value` is refused for field `name` (a translatable Message when the
        parser gave one), or None if it is fine."""
        try:
            self._parse(self.fields[name], value, context)
        except ValueError as exc:
            return reason(exc)
        return None

    @staticmethod
    def _parse(field: Field, value: object, ctx: Context) -> Any:
        if parsing.is_blank(value):
            if field.required:
                raise ValueError(is_required())
            return None
        return field.parse(value, ctx)


def is_required() -> str:
    """The reason a required field left empty is refused."""
    return translate("Validation", "is required")


# --- parser factories: each returns a Parser -----------------------------------------------


def text(max_length: int, *, multiline: bool = False) -> Limited:
    return Limited(
        lambda v, _ctx: parsing.parse_text(v, max_length, multiline=multiline),
        Limit(length=max_length),
    )


def country() -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_country(v), Limit(length=2))


def phone(country_key: str = "country") -> Limited:
    return Limited(
        lambda v, ctx: parsing.parse_phone(v, ctx.get(country_key)), Limit(length=PHONE_LENGTH)
    )


def email(max_length: int = 254) -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_email(v), Limit(length=max_length))


def url(max_length: int) -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_url(v), Limit(length=max_length))


def choice(enum: type[StrEnum], synonyms: Mapping[str, Any] | None = None) -> Limited:
    return Limited(
        lambda v, _ctx: parsing.parse_enum(v, enum, dict(synonyms or {})), Limit.of_enum(enum)
    )


def currency() -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_currency(v), Limit(length=3))


def language(max_length: int = 8) -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_language(v), Limit(length=max_length))


def positive_decimal(limit: Limit) -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_positive(v), limit)


def decimal_number(limit: Limit) -> Limited:
    return Limited(lambda v, _ctx: parsing.parse_decimal(v), limit)


def whole_number(minimum: int | None = None) -> Limited:
    """An INTEGER column's whole number (at least `minimum`, within the integer range)."""
    low = INTEGER.low if minimum is None else minimum
    return Limited(
        lambda v, _ctx: parsing.parse_int(v, minimum=minimum), Limit(low=low, high=INTEGER.high)
    )


def boolean() -> Parser:
    return lambda v, _ctx: parsing.parse_bool(v)


def money(currency_key: str = "currency", limit: Limit = MONEY) -> Limited:
    """A positive price; a currency written in the value must agree with the currency field."""

    def parse(value: object, ctx: Context) -> Decimal:
        amount, written = parsing.parse_money(value)
        if amount <= 0:
            raise ValueError(parsing.must_be_positive(value))
        expected = ctx.get(currency_key)
        if written and expected and written != expected:
            raise ValueError(
                translate("Validation", "is in {written} but the currency is {expected}").format(
                    written=written, expected=expected
                )
            )
        return amount

    return Limited(parse, limit)


def day(*, after: str | None = None, after_label: str = "") -> Parser:
    """A date; with `after`, it may not be before the date in that other field."""

    def parse(value: object, ctx: Context) -> date:
        when = parsing.parse_date(value)
        earlier = ctx.get(after) if after else None
        if isinstance(earlier, date) and when < earlier:
            raise ValueError(
                translate("Validation", "is before {label} ({date})").format(
                    label=after_label, date=earlier.isoformat()
                )
            )
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
