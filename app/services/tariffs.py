"""China import tariff rows: added (add_tariff) and looked up for a product (tariff_for).

A row gives the duty rate (with its scheme) and the VAT rate for goods of an HS code from
one origin country over a validity period. A product's HS code (8 or 10 digits, or the
6-digit heading) takes the row whose code is its LONGEST PREFIX: a row for 08044000 beats
one for 080440, which covers every avocado line. Rates are percents (7 = 7%).

The rows are what the user read in the tariff: the app does not know the current schedule,
and the demo's rows are examples to check against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import ServiceError, reason
from app.messages import translate
from app.rules import parsing
from app.rules import validation as v
from app.services.common import flush, get_or_fail
from models import Tariff, TariffScheme
from models.tariff import HS_MAX_DIGITS, HS_MIN_DIGITS, RATE_PRECISION, RATE_SCALE

LABEL = translate("Entities", "Tariff")
PERCENT = v.Limit(whole_digits=RATE_PRECISION - RATE_SCALE, scale=RATE_SCALE)
HS_SEPARATORS = ". -"
"""Written between an HS code's digit groups ('0804.40', '0804 40 00'); dropped when read."""


def parse_hs_code(value: object) -> str:
    """An HS code as digits only, 6 to 10 of them: '0804.40' -> '080440'."""
    text = str(value).strip()
    digits = "".join(c for c in text if c not in HS_SEPARATORS)
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(
            translate(
                "Validation", "{value} is not an HS code: digits only, e.g. 0804.40 or 08044000"
            ).format(value=repr(text))
        )
    if not HS_MIN_DIGITS <= len(digits) <= HS_MAX_DIGITS:
        raise ValueError(
            translate(
                "Validation", "{value} has {digits} digits: an HS code has {low} to {high}"
            ).format(value=repr(text), digits=len(digits), low=HS_MIN_DIGITS, high=HS_MAX_DIGITS)
        )
    return digits


def _parse_percent(value: object, ctx: Mapping[str, Any]) -> Decimal:
    text = str(value).strip().removesuffix("%").strip() if isinstance(value, str) else value
    rate = parsing.parse_decimal(text, decimal_sep=ctx.get("decimal_sep"))
    if not 0 <= rate <= 100:
        raise ValueError(
            translate("Validation", "{value} is not a percent from 0 to 100").format(
                value=repr(str(value).strip())
            )
        )
    return rate


TARIFF_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field(
            "hs_code",
            translate("Fields", "HS code"),
            v.limited(lambda x, _ctx: parse_hs_code(x), v.Limit(length=HS_MAX_DIGITS)),
            required=True,
        ),
        v.Field("origin", translate("Fields", "Origin"), v.country(), required=True),
        v.Field(
            "duty_rate",
            translate("Fields", "Duty %"),
            v.limited(_parse_percent, PERCENT),
            required=True,
        ),
        v.Field(
            "scheme", translate("Fields", "Scheme"), v.choice(TariffScheme), True, TariffScheme.MFN
        ),
        v.Field(
            "vat_rate",
            translate("Fields", "VAT %"),
            v.limited(_parse_percent, PERCENT),
            required=True,
        ),
        v.Field("valid_from", translate("Fields", "Valid from"), v.day(), required=True),
        v.Field(
            "valid_until",
            translate("Fields", "Valid until"),
            v.day(after="valid_from", after_label=translate("Validation", "Valid from")),
        ),
        v.Field("source", translate("Fields", "Source"), v.text(80)),
        v.Field("notes", translate("Fields", "Notes"), v.text(10_000, multiline=True)),
    ],
    model=Tariff,
)


def add_tariff(
    session: Session, data: Mapping[str, Any], *, decimal_sep: str | None = None
) -> Tariff:
    """One tariff row: {hs_code, origin, duty_rate, vat_rate, valid_from[, scheme,
    valid_until, source, notes]}. `decimal_sep`: the rates' decimal mark when known."""
    values = TARIFF_FIELDS.clean(data, context={"decimal_sep": decimal_sep})
    tariff = Tariff(**values)
    session.add(tariff)
    flush(session, LABEL, tariff)
    return tariff


def code_prefixes(code: str) -> list[str]:
    """Every prefix a tariff row for `code` may be stored at (6 digits up to the code)."""
    return [code[:n] for n in range(HS_MIN_DIGITS, len(code) + 1)]


def precedence(tariff: Tariff) -> tuple[int, date, int]:
    """Which of the rows that apply wins (the highest): the longest HS-code prefix, then
    the latest start, then the one entered last."""
    return (len(tariff.hs_code), tariff.valid_from, tariff.id)


def applies_on(tariff: Tariff, on: date) -> bool:
    return tariff.valid_from <= on and (tariff.valid_until is None or tariff.valid_until >= on)


def tariff_for(session: Session, hs_code: str, origin: str, *, on: date) -> Tariff:
    """The row for goods of `hs_code` from `origin` valid on `on`: the longest prefix of the
    code wins (then the latest valid_from); none is a ServiceError naming all three."""
    try:
        code = parse_hs_code(hs_code)
        country = parsing.parse_country(origin)
    except ValueError as exc:
        raise ServiceError(
            translate("Tariffs", "no tariff can be looked up: {reason}").format(reason=reason(exc))
        ) from None
    rows = session.scalars(
        select(Tariff).where(
            Tariff.hs_code.in_(code_prefixes(code)),
            Tariff.origin == country,
            Tariff.valid_from <= on,
            or_(Tariff.valid_until.is_(None), Tariff.valid_until >= on),
        )
    ).all()
    if not rows:
        raise ServiceError(
            translate(
                "Tariffs",
                "no tariff for HS code {code} from {country} on {date}: add one with `{command}`",
            ).format(
                code=code,
                country=country,
                date=on.isoformat(),
                command=f"tariffs add --hs {code} --origin {country} --duty N --vat N",
            )
        )
    return max(rows, key=precedence)


def delete_tariff(session: Session, tariff_id: int) -> None:
    """Delete one tariff row; one that is not there is a NotFoundError."""
    session.delete(get_or_fail(session, Tariff, tariff_id, LABEL))
    flush(session, LABEL)
