"""Cleaning one imported cell into the value its field stores (issue 4, point 5).

A ColumnCleaner is built once per mapped column from all of the column's values, so that
what only the whole column can tell (its decimal mark, its date order) is decided once;
then clean() runs for every cell, 100,000 rows times a dozen columns, and has to be cheap:
- the words of closed lists (countries, currencies, units, yes/no, certifications...)
  repeat down a column, so each distinct text is cleaned once and remembered, refusals
  included (dates and amounts too: a price list repeats them);
- text that is already clean, a plain number, an ordinary email address and a phone
  number written with digits and the usual marks take a fast path before the general
  parsers (phone numbers: cleaning_phones).

The parsers themselves are app.rules.parsing's: this module adds what a whole column knows and
the words spreadsheets use. Numbers are read in cleaning_numbers, dates in cleaning_dates.
A cell that looks like a formula ('=A1*2', '+54 11...', '@handle') is text like any
other: never evaluated, never stripped of its sign.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, TypeVar

from app.importing.cleaning_dates import DateOrder, DateReader, date_evidence, detect_date_order
from app.importing.cleaning_numbers import (
    PLACEHOLDERS,
    CellError,
    DecimalMark,
    NumberReader,
    detect_decimal,
    number_text,
    tidy,
)
from app.importing.cleaning_phones import e164, local_e164
from app.importing.source import CellValue
from app.messages import Message, translate
from app.rules import parsing
from app.rules.validation import MONEY, QUANTITY, Limit
from app.rules.vocabulary import UNIT_SYNONYMS
from models.enums import Unit
from models.text import fold

__all__ = [
    "CellError",
    "CleanOptions",
    "ColumnCleaner",
    "Kind",
    "detect_date_order",
    "detect_decimal",
]

T = TypeVar("T")

Kind = Literal[
    "text",
    "multiline",
    "country",
    "phone",
    "email",
    "url",
    "bool",
    "decimal",
    "quantity",
    "money",
    "currency",
    "date",
    "incoterm",
    "unit",
    "enum",
    "language",
    "list",
]


@dataclass(frozen=True)
class CleanOptions:
    decimal: DecimalMark | None = None
    """None: decided per column from its values."""
    date_order: DateOrder | None = None
    """None: decided per column from its values."""
    date1904: bool = False
    """The workbook counts date serials from 1904."""


_BOOL_WORDS = {
    "verdadero": True,
    "verdadeiro": True,
    "✔": True,
    "☑": True,
    "falso": False,
    "✗": False,
    "✘": False,
}
_CURRENCY_WORDS = {
    **dict.fromkeys(["dolar", "dolares", "dollar", "dollars", "us dollar", "us dollars"], "USD"),
    **dict.fromkeys(["dolares americanos", "dolar americano", "dolares estadounidenses"], "USD"),
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(["real", "reais", "real brasileiro"], "BRL"),
    **dict.fromkeys(["yuan", "renminbi", "cny yuan"], "CNY"),
    **dict.fromkeys(["peso mexicano", "pesos mexicanos"], "MXN"),
    **dict.fromkeys(["peso chileno", "pesos chilenos"], "CLP"),
    **dict.fromkeys(["peso argentino", "pesos argentinos"], "ARS"),
    **dict.fromkeys(["peso colombiano", "pesos colombianos"], "COP"),
    **dict.fromkeys(["sol", "soles", "nuevo sol", "nuevos soles"], "PEN"),
}
_AMBIGUOUS_CURRENCIES = frozenset({"$", "peso", "pesos"})
UNIT_WORDS: dict[str, Unit] = {
    **UNIT_SYNONYMS,
    **dict.fromkeys(["kilogram", "kilograms", "kilogramo", "kilogramos", "quilo"], Unit.KG),
    **dict.fromkeys(["quilos", "quilograma", "quilogramas", "公斤", "千克"], Unit.KG),
    **dict.fromkeys(["tm", "tonnes", "tonelada metrica", "toneladas metricas", "吨"], Unit.T),
    **dict.fromkeys(["pound", "pounds", "libras", "磅"], Unit.LB),
    **dict.fromkeys(["bx", "cx", "caixas", "箱"], Unit.BOX),
    **dict.fromkeys(["cartons", "carton box", "cartoes", "纸箱"], Unit.CARTON),
    **dict.fromkeys(["containers", "contenedores", "conteiner", "conteineres"], Unit.CONTAINER),
    **dict.fromkeys(["contêineres", "cont", "集装箱", "货柜"], Unit.CONTAINER),
}
"""Cell words for units: app.rules.vocabulary's and the plurals and abbreviations of price lists."""

_PHONE_MARKS = (" ", "-", ".", "(", ")", "\u00a0")
"""What people write between a phone number's digits."""
_PHONE_LONGEST = 250
"""The longest cell phonenumbers.parse reads (a longer one is refused whatever it holds)."""
_PHONE_SPLIT = re.compile(r"\s*[;,/]\s*|\s+(?:y|e|or|ou|o)\s+")
_EMAIL = re.compile(  # letters of any script in the local part, an ASCII domain
    r"([\w%+-]+(?:\.[\w%+-]+)*)"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_EMAIL_SPECIAL = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
"""Special-use top-level domains that email-validator refuses: they take the slow path."""
_QUANTITY = re.compile(r"([-+]?\d[\d.,'\u00a0\u202f ]*?)\s*([^\W\d_][^\d]*)")
"""A number and the word after it ('2.500 t', '3 contenedores', '20吨')."""
_LIST_SPLIT = re.compile(r"[,;/|\n、，；]+")
_MISSING = object()


@dataclass(frozen=True, slots=True)
class _Refusal:
    """A remembered CellError (a new one is raised each time, with a fresh traceback)."""

    message: str
    ambiguous: bool


NUMBER_LIMITS = {"money": MONEY, "decimal": QUANTITY, "quantity": QUANTITY}
"""The digits a number column's cells may have: a money cell fills a price (NUMERIC(18,4)),
a decimal cell a volume (NUMERIC(18,3)); tests/app/importing/test_cleaning_limits.py holds
the import fields to their columns."""

MEMO_LIMIT = 50_000
"""Distinct texts a column's cleaner remembers at most (a few MB)."""
PROFILED_KINDS = frozenset({"decimal", "quantity", "money", "date"})
"""The kinds whose cleaner reads the column's values first (number locale, date order);
the others need none."""


class ColumnCleaner:
    """Built once per mapped column from all its values (profile: number locale, date order)."""

    def __init__(
        self,
        kind: Kind,
        values: Iterable[CellValue],
        options: CleanOptions,
        *,
        max_length: int | None = None,
        enum: type[StrEnum] | None = None,
        synonyms: dict[str, Any] | None = None,
        numbers: Limit | None = None,
    ) -> None:
        self.kind = kind
        self.max_length = max_length if max_length is not None else sys.maxsize
        self.numbers = numbers or NUMBER_LIMITS.get(kind)
        """The digits a number may have (money and decimal kinds)."""
        self.enum = enum
        self.synonyms = synonyms
        self.decimal: DecimalMark | None = None
        """The decimal mark numbers are read with (for the preview to show)."""
        self.date_order: DateOrder | None = None
        """The date order dd/mm/yyyy-shaped dates are read in (for the preview to show)."""
        self.date_conflict = False
        """The column proves both date orders: every date that reads both ways is refused."""
        self._memo: dict[object, object] = {}
        self._numbers: NumberReader | None = None
        self._dates: DateReader | None = None
        if kind in ("decimal", "quantity", "money"):
            self.decimal = options.decimal or detect_decimal(values)
            self._numbers = NumberReader(self.decimal)
        if kind == "date":
            if options.date_order is None:
                day_first, month_first = date_evidence(values)
                self.date_conflict = bool(day_first and month_first)
                if day_first and not month_first:
                    self.date_order = "dmy"
                elif month_first and not day_first:
                    self.date_order = "mdy"
            else:
                self.date_order = options.date_order
            self._dates = DateReader(self.date_order, options.date1904, mixed=self.date_conflict)
        if kind == "enum" and enum is None:
            raise TypeError("an enum column needs its enum")
        slow: dict[str, Callable[[Any, str | None], object]] = {
            "country": self._country,
            "bool": self._bool,
            "money": self._money,
            "quantity": self._quantity,
            "currency": self._currency,
            "date": self._date,
            "incoterm": self._incoterm,
            "unit": self._unit,
            "enum": self._enum,
            "language": self._language,
            "list": self._list,
        }
        direct: dict[str, Callable[[Any, str | None], object]] = {
            "text": self._text,
            "multiline": self._multiline,
            "phone": self._phone,
            "email": self._email,
            "url": self._url,
            "decimal": self._decimal,
        }
        self._slow = slow.get(kind)
        self.clean_cell: Callable[[CellValue, str | None], object] = (
            self._memoised if self._slow else direct[kind]
        )
        """clean() of a cell that is not None (a row's loop calls it without the check)."""

    def clean(self, raw: CellValue, country: str | None = None) -> object:
        """The field's value for `raw` (None for a blank cell); CellError when it cannot
        be read. `country` (ISO alpha-2) is the row's, for local phone numbers."""
        if raw is None:
            return None
        return self.clean_cell(raw, country)

    # --- remembered kinds: each distinct text cleaned once -------------------------------

    def _remember(self, key: object, value: object) -> None:
        """Keep what `key` cleans to; a column of a million distinct texts does not keep
        them all (the memo starts again past MEMO_LIMIT)."""
        memo = self._memo
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        memo[key] = value

    def _memoised(self, raw: CellValue, country: str | None) -> object:
        assert self._slow is not None
        if type(raw) is not str:
            return self._slow(raw, country)
        hit = self._memo.get(raw, _MISSING)
        if hit is _MISSING:
            try:
                hit = self._slow(raw, country)
            except CellError as exc:
                hit = _Refusal(exc.message, exc.ambiguous)
            self._remember(raw, hit)
        if type(hit) is _Refusal:
            raise CellError(hit.message, ambiguous=hit.ambiguous)
        return hit

    def _country(self, raw: CellValue, _: str | None) -> str | None:
        return _read(raw, parsing.parse_country)

    def _bool(self, raw: CellValue, _: str | None) -> bool | None:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int | float) and raw in (0, 1):
            return bool(raw)
        text = tidy(str(raw))
        if not text:
            return None
        word = fold(text).strip(". ")
        if word in _BOOL_WORDS:
            return _BOOL_WORDS[word]
        try:
            return parsing.parse_bool(text)
        except ValueError:
            raise CellError(
                translate("Importing", "{value} is not yes or no (sí/no, sim/não, x, 1/0)").format(
                    value=repr(text)
                )
            ) from None

    def _money(self, raw: CellValue, _: str | None) -> object:
        assert self._numbers is not None
        read = self._numbers.money(raw)
        if read is not None:
            self._check_digits(raw, read[0])
        return read

    def _quantity(self, raw: CellValue, _: str | None) -> tuple[Decimal, Unit | None] | None:
        """A number with an optional unit after it: '2.500 t', '1.200,5 kg', '3
        contenedores' (its decimal mark decided, or refused as ambiguous, as a plain
        number's is); the unit None when the cell writes none."""
        unit = None
        if type(raw) is str and (written := _QUANTITY.fullmatch(tidy(raw))):
            word = written.group(2).strip(". ")
            try:
                unit = parsing.parse_enum(word, Unit, UNIT_WORDS)
            except ValueError:
                units = ", ".join(u.value for u in Unit)
                raise CellError(
                    translate(
                        "Importing", "{value}: {word} is not a unit (write one of {units})"
                    ).format(value=repr(tidy(raw)), word=repr(word), units=units)
                ) from None
            raw = written.group(1)
        assert self._numbers is not None
        number = self._numbers.decimal(raw)
        if number is None:
            return None
        self._check_digits(raw, number)
        return number, unit

    def _currency(self, raw: CellValue, _: str | None) -> str | None:
        text = _text_of(raw)
        if text is None:
            return None
        word = fold(text).strip(". ")
        if word in _AMBIGUOUS_CURRENCIES:
            raise CellError(
                translate(
                    "Importing",
                    "{value} could be US dollars, Mexican, Chilean or Argentine pesos...: "
                    "write the ISO code (USD, MXN, CLP, ARS)",
                ).format(value=repr(text)),
                ambiguous=True,
            )
        if word in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word]
        return _parse(text, parsing.parse_currency)

    def _date(self, raw: CellValue, _: str | None) -> date | None:
        assert self._dates is not None
        return self._dates.read(raw)

    def _incoterm(self, raw: CellValue, _: str | None) -> object:
        return _read(raw, parsing.parse_incoterm)

    def _unit(self, raw: CellValue, _: str | None) -> Unit | None:
        return _read(raw, lambda text: parsing.parse_enum(text, Unit, UNIT_WORDS))

    def _enum(self, raw: CellValue, _: str | None) -> StrEnum | None:
        enum = self.enum
        assert enum is not None
        return _read(raw, lambda text: parsing.parse_enum(text, enum, self.synonyms))

    def _language(self, raw: CellValue, _: str | None) -> str | None:
        return _read(raw, parsing.parse_language)

    # --- kinds whose values are mostly distinct ------------------------------------------

    def _text(self, raw: CellValue, _: str | None) -> str | None:
        if type(raw) is str:
            # Already clean: printable (no control, tab, line break or odd space), trimmed,
            # single spaces, short enough.
            if (
                raw
                and len(raw) <= self.max_length
                and raw.isprintable()
                and raw[0] != " "
                and raw[-1] != " "
                and "  " not in raw
            ):
                return raw
            return self._parsed_text(raw, multiline=False)
        return self._parsed_text(_typed_text(raw), multiline=False)

    def _multiline(self, raw: CellValue, _: str | None) -> str | None:
        if type(raw) is str:
            if (
                raw
                and len(raw) <= self.max_length
                and raw.isprintable()
                and raw[0] != " "
                and raw[-1] != " "
            ):
                return raw
            return self._parsed_text(raw, multiline=True)
        return self._parsed_text(_typed_text(raw), multiline=True)

    def _parsed_text(self, text: str, *, multiline: bool) -> str | None:
        try:
            return parsing.parse_text(text, self.max_length, multiline=multiline)
        except ValueError as exc:
            if str(exc) == "is empty":
                return None
            raise CellError(
                translate("Importing", "{value} {reason}").format(
                    value=repr(_abridged(text)), reason=error_reason(exc)
                )
            ) from None

    def _list(self, raw: CellValue, _: str | None) -> tuple[str, ...] | None:
        text = _list_text(raw)
        if text is None:
            return None
        # A formula's text is one item, not split at its ';'.
        parts = [text] if text.startswith("=") else _LIST_SPLIT.split(text)
        items: dict[str, None] = {}
        for part in parts:
            item = " ".join(part.split())
            if not item:
                continue
            if len(item) > self.max_length:
                raise CellError(_too_long(item, self.max_length))
            items[item] = None
        return tuple(items) or None

    def _phone(self, raw: CellValue, country: str | None) -> str | None:
        if type(raw) is not str:
            return self._read_phone(raw, country)
        # Nearly every number is distinct: the common ones are not remembered.
        number = _known_phone(tidy(raw), country)
        if number is not None:
            return number
        key = (raw, country)
        hit = self._memo.get(key, _MISSING)
        if hit is _MISSING:
            try:
                hit = self._read_phone(raw, country)
            except CellError as exc:
                hit = _Refusal(exc.message, exc.ambiguous)
            self._remember(key, hit)
        if type(hit) is _Refusal:
            raise CellError(hit.message, ambiguous=hit.ambiguous)
        return hit  # type: ignore[return-value]

    def _read_phone(self, raw: CellValue, country: str | None) -> str | None:
        if type(raw) is str:
            text = tidy(raw)
        elif isinstance(raw, int | float) and not isinstance(raw, bool):
            text = number_text(float(raw)) if isinstance(raw, float) else str(raw)
        else:
            raise CellError(
                translate("Importing", "{value} is not a phone number").format(value=repr(str(raw)))
            )
        if not text or text.lower() in PLACEHOLDERS:
            return None
        number = _known_phone(text, country)
        if number is not None:
            return number
        shown = text
        text, _ = _dialled(text, country)
        try:
            return parsing.parse_phone(text, country)
        except ValueError as exc:
            first = _PHONE_SPLIT.split(text, maxsplit=1)[0]
            if first != text:  # two numbers in the cell: the first one is fine
                try:
                    return parsing.parse_phone(first, country)
                except ValueError:
                    pass
            raise CellError(_naming(exc, repr(text), repr(shown))) from None

    def _email(self, raw: CellValue, _: str | None) -> str | None:
        if type(raw) is not str:
            raise CellError(
                translate("Importing", "{value} is not an email address").format(
                    value=repr(str(raw))
                )
            )
        candidate = raw
        match = _EMAIL.fullmatch(raw)
        if match is None:
            text = tidy(raw)
            if not text or text.lower() in PLACEHOLDERS:
                return None
            candidate = _email_candidate(text)
            match = _EMAIL.fullmatch(candidate)
        if match and _plain_email(candidate, match[1], match[2]):
            return self._fits(f"{match[1]}@{match[2].lower()}")
        try:
            return self._fits(parsing.parse_email(candidate))
        except ValueError as exc:
            raise CellError(error_reason(exc)) from None

    def _url(self, raw: CellValue, _: str | None) -> str | None:
        if (
            type(raw) is str
            and raw.startswith(("https://", "http://"))
            and raw.isprintable()
            and " " not in raw
        ):
            # What parse_url returns for a whole, trimmed address: the address itself
            # when its host has a dot and neither starts nor ends with one.
            host = raw.partition("://")[2].split("/")[0]
            if "." in host and host[0] != "." and host[-1] != ".":
                return self._fits(raw)
        url = read_url(raw)
        return None if url is None else self._fits(url)

    def _decimal(self, raw: CellValue, _: str | None) -> object:
        assert self._numbers is not None
        number = self._numbers.decimal(raw)
        if number is not None:
            self._check_digits(raw, number)
        return number

    def _check_digits(self, raw: CellValue, number: Decimal) -> None:
        limit = self.numbers
        if limit is None or limit.whole_digits is None:
            return
        try:
            parsing.check_digits(number, limit.whole_digits, limit.scale)
        except ValueError as exc:
            shown = raw.strip() if type(raw) is str else str(raw)
            raise CellError(
                translate("Importing", "{value} {reason}").format(
                    value=repr(_abridged(shown)), reason=error_reason(exc)
                )
            ) from None

    def _fits(self, text: str) -> str:
        """`text` if its column holds it (a web or email address's length)."""
        if len(text) > self.max_length:
            raise CellError(_too_long(text, self.max_length))
        return text


def _too_long(text: str, limit: int) -> str:
    return translate(
        "Importing", "{value} is {length} characters long, but at most {limit} fit"
    ).format(value=repr(_abridged(text)), length=len(text), limit=limit)


def error_reason(exc: BaseException) -> str:
    """An error's message, still translatable when it was raised with a Message."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def _naming(exc: ValueError, said: str, shown: str) -> str:
    """The refusal of `said` (the cell as parsed) naming `shown` (the cell as written)
    instead, still translatable when the parser's message was a Message."""
    reason = error_reason(exc)
    if isinstance(reason, Message) and reason.args.get("value") == said:
        return reason.format(value=shown)
    return str(reason).replace(said, shown)


def _dialled(text: str, country: str | None) -> tuple[str, str]:
    """A phone cell's text as parse_phone is given it, and its digits without the marks."""
    compact = text
    for mark in _PHONE_MARKS:  # three times as fast as str.translate
        compact = compact.replace(mark, "")
    if not text.startswith("+") and compact.startswith("00") and not country:
        compact = "+" + compact[2:]  # 0052...: the international prefix of most countries
        text = compact
    return text, compact


def _known_phone(text: str, country: str | None) -> str | None:
    """What parse_phone returns for a tidy phone cell, when cleaning_phones knows it
    without the parse (digits and the usual marks); None otherwise. A blank or a
    placeholder ('-', 'n/a') has no digits: None."""
    text, compact = _dialled(text, country)
    if len(text) > _PHONE_LONGEST:
        return None
    if compact[:1] == "+":
        return e164(compact)
    if country and compact.isdigit() and compact.isascii():
        return local_e164(compact, country)
    return None


def read_url(raw: CellValue) -> str | None:
    """A web address cell read by app.rules.parsing (the url column's way, fast path aside)."""
    text = _text_of(raw)
    if text is None:
        return None
    try:
        return parsing.parse_url(text)
    except ValueError as exc:
        raise CellError(error_reason(exc)) from None


def _text_of(raw: CellValue) -> str | None:
    """A cell of a word field as trimmed text; None when it says nothing ('', '-', 'n/a')."""
    text = tidy(raw) if type(raw) is str else _typed_text(raw)
    if not text or text.lower() in PLACEHOLDERS:
        return None
    return text


def _typed_text(raw: CellValue) -> str:
    """How a typed workbook cell reads as text: 30712345678.0 (a tax id) -> '30712345678'."""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float):
        return number_text(raw)
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == time() else raw.isoformat(" ")
    if isinstance(raw, date | time):
        return raw.isoformat()
    return str(raw)


def _list_text(raw: CellValue) -> str | None:
    text = raw if type(raw) is str else _typed_text(raw)
    try:
        return parsing.parse_text(text, sys.maxsize, multiline=True)
    except ValueError:
        return None  # nothing but spaces and control characters


def _plain_email(address: str, local: str, domain: str) -> bool:
    """Whether an address the fast pattern matched is also one email-validator takes as
    it is: within the lengths, an ordinary domain, a local part already in NFC."""
    if address.isascii():
        if len(local) > 64 or len(address) > 254:
            return False
    elif (
        len(local.encode()) > 64
        or len(address.encode()) > 254
        or not unicodedata.is_normalized("NFC", local)
    ):
        return False
    # 'ab--c' is refused by IDNA (hyphens in 3rd and 4th place): leave those to the validator
    return "--" not in domain and domain.rpartition(".")[2].lower() not in _EMAIL_SPECIAL


def _email_candidate(text: str) -> str:
    """The address in 'Juan <juan@x.mx>', 'mailto:juan@x.mx' or 'a@x.mx; b@y.mx' (the first)."""
    if "<" in text and (inner := re.search(r"<([^<>]*)>", text)):
        text = inner[1].strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    if _EMAIL_SPLIT.search(text):
        parts = [p for p in _EMAIL_SPLIT.split(text) if p]
        text = next((p for p in parts if "@" in p), text)
        if text[:7].lower() == "mailto:":
            text = text[7:]
    return text.strip("()[]'\"")


def _abridged(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _read(raw: CellValue, parse: Callable[[str], T]) -> T | None:
    """A cell read by one of app.rules.parsing's readers: blank is None, a refusal a CellError."""
    text = _text_of(raw)
    return None if text is None else _parse(text, parse)


def _parse(text: str, parse: Callable[[str], T]) -> T:
    try:
        return parse(text)
    except ValueError as exc:
        raise CellError(error_reason(exc)) from None
