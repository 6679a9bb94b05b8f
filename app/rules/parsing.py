"""Turning what people type (or spreadsheets hold) into the stored, normalised values.

Each parser takes a raw value and returns the normalised one, or raises ValueError
with a message written for the person who typed it. Empty input is the caller's
business: parsers are only called with something in hand.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from app.messages import Message, translate
from app.rules import countries
from models.enums import Incoterm
from models.text import fold

E = TypeVar("E", bound=StrEnum)

# C0 and C1 control characters (tab and line breaks are handled by parse_text), the
# byte-order mark and zero-width space that spreadsheets and web pages leave behind, and
# the bidirectional controls (marks U+200E/F and U+061C, embeddings and overrides
# U+202A-E, isolates U+2066-9): a right-to-left override can make "INV-2024.exe" read as
# something else in a deal sheet or a file name. Zero-width (non-)joiners stay: Persian,
# Indic scripts and emoji need them.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f"
    "\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


def without_controls(text: str) -> str:
    """`text` without control, invisible or bidirectional-control characters (_CONTROL)."""
    return _CONTROL.sub("", text)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_text(value: object, max_length: int, *, multiline: bool = False) -> str:
    """Trimmed text without control characters (NUL bytes would break PostgreSQL)."""
    text = without_controls(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip() if multiline else " ".join(text.split())
    if not text:
        raise ValueError(translate("Validation", "is empty"))
    return check_length(text, max_length)


# --- what a column holds ---------------------------------------------------------------------


def check_length(text: str, max_length: int) -> str:
    """`text` if it has at most `max_length` characters (a String(n) column's n)."""
    if len(text) > max_length:
        raise ValueError(
            translate("Validation", "is {length} characters long, but at most {limit} fit").format(
                length=len(text), limit=max_length
            )
        )
    return text


def check_digits(number: Decimal, whole_digits: int, scale: int) -> Decimal:
    """`number` if a NUMERIC(whole_digits + scale, scale) column holds it.

    Decimals past the scale are not refused (the database rounds them, as it always did);
    the digits before the point are counted after that rounding (99.995 at scale 2 is
    100.00).
    """
    digits = _whole_digits(number)
    if digits <= whole_digits:
        digits = _whole_digits(number.quantize(Decimal(1).scaleb(-scale), ROUND_HALF_UP))
    if digits > whole_digits:
        raise ValueError(
            translate(
                "Validation",
                "has {digits} digits before the decimal point, but at most {limit} fit",
            ).format(digits=digits, limit=whole_digits)
        )
    return number


def _whole_digits(number: Decimal) -> int:
    return max(number.adjusted() + 1, 0) if number else 0


def rounded(number: Decimal, quantum: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    """`number.quantize(quantum)` for any size of number: the default context's 28 digits
    refuse (InvalidOperation) a price of 10^32 written to SQLite before limits were checked."""
    with localcontext() as context:
        context.prec = max(context.prec, number.adjusted() - quantum.as_tuple().exponent + 2)  # type: ignore[operator]
        return number.quantize(quantum, rounding=rounding)


def check_range(number: int, low: int, high: int) -> int:
    """`number` if an INTEGER column holds it (low and high: the column type's range)."""
    if number > high:
        raise ValueError(
            translate("Validation", "{number} is too large: it must be at most {high}").format(
                number=number, high=high
            )
        )
    if number < low:
        raise ValueError(
            translate("Validation", "{number} is too small: it must be at least {low}").format(
                number=number, low=low
            )
        )
    return number


# --- countries and phones -------------------------------------------------------------


def parse_country(value: object) -> str:
    code = countries.lookup(str(value))
    if code is None:
        raise ValueError(
            translate("Validation", "{value} is not a country we know (try its ISO code)").format(
                value=_quoted(value)
            )
        )
    return code


def parse_phone(value: object, country: str | None) -> str:
    """E.164 ('+525512345678'); a local number takes the region of `country`."""
    import phonenumbers  # ~60 ms to import: only when a phone is actually parsed

    raw = str(value).strip()
    region = country.upper() if country else None
    try:
        number = phonenumbers.parse(raw, None if raw.startswith("+") else region)
    except phonenumbers.NumberParseException:
        if region is None and not raw.startswith("+"):
            raise ValueError(
                translate(
                    "Validation",
                    "{value} has no country code: start it with + or set the country first",
                ).format(value=repr(raw))
            ) from None
        raise ValueError(
            translate("Validation", "{value} is not a phone number").format(value=repr(raw))
        ) from None
    if not phonenumbers.is_valid_number(number) and number.country_code == 52:
        number = _mexican_today(number)
    if not phonenumbers.is_valid_number(number):
        where = countries.name(country) if country and not raw.startswith("+") else None
        if where:
            raise ValueError(
                translate("Validation", "{value} is not a valid phone number for {country}").format(
                    value=repr(raw), country=where
                )
            )
        raise ValueError(
            translate("Validation", "{value} is not a valid phone number").format(value=repr(raw))
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_MEXICAN_OLD_PREFIXES = (("1", 11), ("044", 13), ("045", 13), ("01", 12))
"""Prefixes Mexico dialled before its 2019 plan (and people still write), with the
national number's length they come with: '+52 1' before a mobile from abroad, '044'/'045'
before a local/long-distance mobile, '01' before a long-distance call."""


def _mexican_today(number: Any) -> Any:
    """A Mexican number written with an old prefix ('+52 1 55 1234 5678') as it is
    dialled today ('+52 55 1234 5678'); `number` itself when it has none."""
    import phonenumbers

    national = phonenumbers.national_significant_number(number)
    for prefix, length in _MEXICAN_OLD_PREFIXES:
        if len(national) == length and national.startswith(prefix):
            today = phonenumbers.parse("+52" + national[len(prefix) :])
            if phonenumbers.is_valid_number(today):
                return today
    return number


@cache
def _email_validator() -> tuple[Any, type[Exception]]:
    """email_validator's validate_email and its error, imported on first use (23 ms that
    opening the window need not pay)."""
    from email_validator import EmailNotValidError, validate_email

    return validate_email, EmailNotValidError


def parse_email(value: object) -> str:
    raw = str(value).strip()
    validate_email, not_valid = _email_validator()
    try:
        result = validate_email(raw, check_deliverability=False)
    except not_valid as exc:
        raise ValueError(
            translate("Validation", "{value} is not an email address ({reason})").format(
                value=repr(raw), reason=exc
            )
        ) from None
    local, _, domain = result.normalized.rpartition("@")
    return f"{local}@{domain.lower()}"


# --- numbers and money ------------------------------------------------------------------

_CURRENCY_SYMBOLS = {
    "US$": "USD",
    "U$S": "USD",
    "USD$": "USD",
    "R$": "BRL",
    "MX$": "MXN",
    "MEX$": "MXN",
    "CLP$": "CLP",
    "COL$": "COP",
    "S/.": "PEN",
    "S/": "PEN",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "RMB": "CNY",
    "人民币": "CNY",
    "美元": "USD",
    "欧元": "EUR",
}
# Digit groups may be separated by spaces, apostrophes (1'234.56), no-break spaces and
# narrow no-break spaces (what spreadsheets in French or Spanish locales write).
_GROUPING = " '\u00a0\u202f"
_NUMBER = re.compile(rf"[-+]?[\d.,{_GROUPING}]*\d[\d.,{_GROUPING}]*")


def parse_currency(value: object) -> str:
    raw = str(value).strip()
    code = _CURRENCY_SYMBOLS.get(raw.upper()) or raw.upper()
    if countries.is_currency(code):
        return code
    raise ValueError(
        translate(
            "Validation", "{value} is not an ISO 4217 currency code (USD, MXN, BRL, CNY...)"
        ).format(value=repr(raw))
    )


def parse_decimal(value: object, *, decimal_sep: str | None = None) -> Decimal:
    """A number typed with either decimal mark: '2,45', '12.500,50', '1,200.00'.

    With no `decimal_sep`, a lone separator followed by exactly three digits
    ('1.200', '2,450') could be either and is refused rather than guessed.
    """
    if isinstance(value, bool):
        raise ValueError(_not_a_number(repr(value)))
    if isinstance(value, int | Decimal | float):
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not exact.is_finite():
            raise ValueError(_not_a_number(repr(str(value))))
        return exact
    raw = str(value).strip()
    match = _NUMBER.fullmatch(raw)
    if not match:
        raise ValueError(_not_a_number(repr(raw)))
    digits = re.sub(f"[{_GROUPING}]", "", raw)
    sign = ""
    if digits[0] in "+-":
        sign, digits = digits[0].replace("+", ""), digits[1:]
    dots, commas = digits.count("."), digits.count(",")
    if decimal_sep is None:
        decimal_sep = _guess_decimal_sep(digits, dots, commas, raw, sign)
    thousands = "," if decimal_sep == "." else "."
    if digits.count(decimal_sep) > 1:
        raise ValueError(
            translate("Validation", "{value} has more than one decimal mark").format(
                value=repr(raw)
            )
        )
    whole, _, fraction = digits.partition(decimal_sep)
    groups = whole.split(thousands)
    if len(groups) > 1 and (
        not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])
    ):
        raise ValueError(
            translate("Validation", "{value} has misplaced thousands separators").format(
                value=repr(raw)
            )
        )
    if thousands in fraction:
        raise ValueError(_not_a_number(repr(raw)))
    try:
        number = f"{sign}{''.join(groups) or '0'}"
        return Decimal(f"{number}.{fraction}" if fraction else number)
    except InvalidOperation:
        raise ValueError(_not_a_number(repr(raw))) from None


def _not_a_number(shown: str) -> Message:
    return translate("Validation", "{value} is not a number").format(value=shown)


def _quoted(value: object) -> str:
    """The value as the messages quote it: 'abc', trimmed."""
    return repr(str(value).strip())


def _guess_decimal_sep(digits: str, dots: int, commas: int, raw: str, sign: str) -> str:
    if dots and commas:
        return "." if digits.rfind(".") > digits.rfind(",") else ","
    if dots > 1:
        return ","
    if commas > 1:
        return "."
    sep = "." if dots else "," if commas else "."
    if dots or commas:
        tail = digits.rpartition(sep)[2]
        head = digits.partition(sep)[0]
        if len(tail) == 3 and head.lstrip("0"):
            raise ValueError(
                translate(
                    "Validation",
                    "{value} is ambiguous: is {separator} a thousands separator or a decimal "
                    "mark? Write {thousands} or {decimal}",
                ).format(
                    value=repr(raw),
                    separator=repr(sep),
                    thousands=f"{sign}{head}{tail}",
                    decimal=f"{sign}{head}.{tail.rstrip('0') or '0'}",
                )
            )
    return sep


def parse_money(value: object, *, decimal_sep: str | None = None) -> tuple[Decimal, str | None]:
    """An amount with an optional currency: 'US$ 2.45', '2,45 EUR', 'R$ 1.234,56'.

    A bare '$' names no currency (it is USD, MXN, CLP, ARS...): the caller's
    currency field decides.
    """
    if not isinstance(value, str):
        return parse_decimal(value), None
    raw = value.strip()
    currency = None
    rest = raw
    for symbol in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True):
        if symbol in rest.upper():
            currency = _CURRENCY_SYMBOLS[symbol]
            rest = re.sub(re.escape(symbol), " ", rest, flags=re.IGNORECASE)
            break
    else:
        # 'USD 2.45', '2,45 EUR' and, glued to the amount, 'USD2.45' or '2.45usd'
        code = re.search(r"(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])", rest)
        if code and countries.is_currency(code.group(1).upper()):
            currency = code.group(1).upper()
            rest = rest[: code.start()] + " " + rest[code.end() :]
    rest = rest.replace("$", " ").strip()
    if not rest:
        raise ValueError(translate("Validation", "{value} has no amount").format(value=repr(raw)))
    try:
        amount = parse_decimal(rest, decimal_sep=decimal_sep)
    except ValueError as exc:
        raise ValueError(_with_value(exc, repr(rest), repr(raw))) from None
    return amount, currency


def _with_value(exc: ValueError, shown: str, instead: str) -> str:
    """The exception's message with the value it quotes (`shown`) written as `instead`."""
    message = exc.args[0] if exc.args else ""
    if isinstance(message, Message):
        return message.format(
            **{k: str(v).replace(shown, instead) for k, v in message.args.items()}
        )
    return str(exc).replace(shown, instead)


def parse_positive(value: object, *, decimal_sep: str | None = None) -> Decimal:
    number = parse_decimal(value, decimal_sep=decimal_sep)
    if number <= 0:
        raise ValueError(must_be_positive(value))
    return number


def parse_int(value: object, *, minimum: int | None = None) -> int:
    if isinstance(value, bool):
        raise ValueError(_not_whole(repr(value)))
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise ValueError(_not_whole(_quoted(value)))
    if minimum is not None and number < minimum:
        raise ValueError(
            translate("Validation", "{number} is too small: it must be at least {low}").format(
                number=_quoted(value), low=minimum
            )
        )
    return int(number)


def _not_whole(shown: str) -> Message:
    return translate("Validation", "{value} is not a whole number").format(value=shown)


def must_be_positive(value: object) -> Message:
    """'-3' must be more than zero."""
    return translate("Validation", "{value} must be more than zero").format(value=_quoted(value))


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    word = fold(str(value)).strip(". ")
    if word in {"yes", "y", "si", "s", "sim", "true", "1", "x", "✓", "是", "ok"}:
        return True
    if word in {"no", "n", "nao", "false", "0", "否", "-"}:
        return False
    raise ValueError(translate("Validation", "{value} is not yes or no").format(value=repr(value)))


# --- dates --------------------------------------------------------------------------------

MONTHS = {
    **dict.fromkeys(["jan", "january", "ene", "enero", "janeiro"], 1),
    **dict.fromkeys(["feb", "february", "febrero", "fev", "fevereiro"], 2),
    **dict.fromkeys(["mar", "march", "marzo", "marco"], 3),
    **dict.fromkeys(["apr", "april", "abr", "abril"], 4),
    **dict.fromkeys(["may", "mayo", "mai", "maio"], 5),
    **dict.fromkeys(["jun", "june", "junio", "junho"], 6),
    **dict.fromkeys(["jul", "july", "julio", "julho"], 7),
    **dict.fromkeys(["aug", "august", "ago", "agosto"], 8),
    **dict.fromkeys(["sep", "sept", "september", "set", "septiembre", "setiembre", "setembro"], 9),
    **dict.fromkeys(["oct", "october", "octubre", "out", "outubro"], 10),
    **dict.fromkeys(["nov", "november", "noviembre", "novembro"], 11),
    **dict.fromkeys(["dec", "december", "dic", "diciembre", "dez", "dezembro"], 12),
}
# Matched against folded (lower-case) text: 't' separates an ISO date from its time.
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]+\d{1,2}:\d{2}.*)?")
_NUMERIC_DATE = re.compile(
    r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[t ]+\d{1,2}:\d{2}.*)?"  # time ignored
)
_WORD_DATE = re.compile(
    r"(\d{1,2})(?:\s+de)?[\s\-/.]+([a-z]+)\.?(?:\s+del?)?[\s\-/.,]+(\d{2}|\d{4})"
)
_WORD_FIRST_DATE = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def parse_date(value: object, *, day_first: bool = True) -> date:
    """A calendar date: ISO '2026-11-27', '27/11/2026' (or 11/27/2026 with
    day_first=False), '27 nov 2026', '27 de noviembre de 2026', 'Nov 27, 2026'."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    text = fold(raw)
    try:
        if m := _ISO_DATE.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.fullmatch(text):
            first, second, year = int(m[1]), int(m[2]), _full_year(m[3])
            day, month = (first, second) if day_first else (second, first)
            return date(year, month, day)
        if m := _WORD_DATE.fullmatch(text):
            return date(_full_year(m[3]), _month(m[2], raw), int(m[1]))
        if m := _WORD_FIRST_DATE.fullmatch(text):
            return date(int(m[3]), _month(m[1], raw), int(m[2]))
    except ValueError as exc:
        if isinstance(exc.args[0] if exc.args else None, Message):
            raise  # not a month
        raise ValueError(
            translate("Validation", "{value} is not a real date ({reason})").format(
                value=repr(raw), reason=exc
            )
        ) from None
    order = "dd/mm/yyyy" if day_first else "mm/dd/yyyy"
    raise ValueError(
        translate("Validation", "{value} is not a date (write yyyy-mm-dd or {order})").format(
            value=repr(raw), order=order
        )
    )


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _month(word: str, raw: str) -> int:
    month = MONTHS.get(word)
    if month is None:
        raise ValueError(
            translate("Validation", "{value}: {word} is not a month").format(
                value=repr(raw), word=repr(word)
            )
        )
    return month


# --- vocabularies --------------------------------------------------------------------------


def parse_enum(value: object, enum: type[E], synonyms: dict[str, E] | None = None) -> E:
    """A member of `enum` by value, name or a synonym, ignoring case, accents, _ and spaces."""
    if isinstance(value, enum):
        return value
    key = _enum_key(str(value))
    for member in enum:
        if key in (_enum_key(member.value), _enum_key(member.name)):
            return member
    if synonyms:
        for word, member in synonyms.items():
            if key == _enum_key(word):
                return member
    allowed = ", ".join(m.value.replace("_", " ") for m in enum)
    raise ValueError(
        translate("Validation", "{value} is not one of: {allowed}").format(
            value=_quoted(value), allowed=allowed
        )
    )


def _enum_key(text: str) -> str:
    return re.sub(r"[\s_\-./]+", "", fold(text))


def parse_incoterm(value: object) -> tuple[Incoterm, str | None]:
    """'FOB', 'fob Valparaíso', 'CIF Shanghai': the term and, if given, its named place."""
    raw = str(value).strip()
    head, _, place = re.sub(r"[\s,]+", " ", raw, count=1).partition(" ")
    try:
        term = parse_enum(head, Incoterm)
    except ValueError:
        terms = " ".join(t.value for t in Incoterm)
        raise ValueError(
            translate("Validation", "{value} is not an Incoterm 2020 ({terms})").format(
                value=repr(raw), terms=terms
            )
        ) from None
    return term, (place.strip(" ,-") or None)


_CONTAINER = re.compile(r"[A-Z]{3}[UJZ]\d{7}")


def parse_container_number(value: object) -> str:
    """ISO 6346 ('MSKU 123456-5' -> 'MSKU1234565'), check digit verified."""
    raw = str(value)
    code = re.sub(r"[\s\-./]", "", raw).upper()
    if not _CONTAINER.fullmatch(code):
        raise ValueError(
            translate(
                "Validation", "{value} is not a container number (4 letters and 7 digits)"
            ).format(value=_quoted(raw))
        )
    if _iso6346_check_digit(code[:10]) != int(code[10]):
        raise ValueError(
            translate("Validation", "{value} has a wrong check digit (a typo?)").format(
                value=_quoted(raw)
            )
        )
    return code


def _iso6346_check_digit(prefix: str) -> int:
    values: list[int] = []
    letter_value = 10
    letters: dict[str, int] = {}
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter_value % 11 == 0:
            letter_value += 1
        letters[letter] = letter_value
        letter_value += 1
    for ch in prefix:
        values.append(letters[ch] if ch.isalpha() else int(ch))
    total = sum(v << i for i, v in enumerate(values))  # v * 2**i, typed as int
    return total % 11 % 10


def parse_url(value: object) -> str:
    """A web site: 'frutas.mx' -> 'https://frutas.mx'; only http and https (a link the
    app opens must not be a file:// or other local address)."""
    raw = str(value).strip()
    scheme = re.match(r"([a-z][a-z0-9+.-]*)://", raw, re.IGNORECASE)
    if scheme and scheme[1].lower() not in ("http", "https"):
        raise ValueError(
            translate(
                "Validation", "{value} is not a web address (only http:// and https://)"
            ).format(value=repr(raw))
        )
    url = raw if scheme else f"https://{raw}"
    host = url.partition("://")[2].split("/")[0]
    if " " in url or "." not in host or host.startswith(".") or host.endswith("."):
        raise ValueError(
            translate("Validation", "{value} is not a web address").format(value=repr(raw))
        )
    return url


def parse_language(value: object) -> str:
    code = countries.language_code(str(value))
    if code is None:
        raise ValueError(
            translate("Validation", "{value} is not a language we know (es, pt, en, zh...)").format(
                value=_quoted(value)
            )
        )
    return code
