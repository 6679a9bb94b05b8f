"""Parsers for what people type and spreadsheets hold: every refusal names the value."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.rules import parsing
from models.enums import Incoterm, SupplierStatus

# --- is_blank and parse_text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "blank"),
    [(None, True), ("", True), ("   ", True), ("\t\n", True), ("x", False), (0, False)],
)
def test_is_blank(value: object, blank: bool) -> None:
    assert parsing.is_blank(value) is blank


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Frutas  del   Sur  ", "Frutas del Sur"),
        ("Fru\x00tas", "Frutas"),
        ("Aguacates\x01\x02\x1b Michoacán", "Aguacates Michoacán"),
        ("a\tb", "a b"),
        ("line1\r\nline2", "line1 line2"),
        ("\ufeffExportadora Andina", "Exportadora Andina"),  # BOM from an Excel CSV
        ("Exporta\u200bdora", "Exportadora"),  # zero-width space pasted from a web page
        ("Açaí\x85 do Pará", "Açaí do Pará"),  # C1 control (NEL)
        # Bidirectional controls that could disguise a name or a number: overrides,
        # embeddings, isolates and marks all go.
        ("Frutas\u202eSA.exe", "FrutasSA.exe"),
        ("BL-\u202d12\u202c34", "BL-1234"),
        ("\u2066ACME\u2069 \u2067شركة\u2069", "ACME شركة"),
        ("a\u200eb\u200fc\u061cd", "abcd"),
        ("w\u2060j", "wj"),
        ("کتاب\u200cخانه", "کتاب\u200cخانه"),  # a zero-width non-joiner is spelling in Persian
        ("Ñandú S.A.", "Ñandú S.A."),
        ("王力 贸易", "王力 贸易"),
        (12, "12"),
    ],
)
def test_parse_text_single_line(value: object, expected: str) -> None:
    assert parsing.parse_text(value, 255) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  line1\r\n\r\nline2  \n", "line1\n\nline2"),
        ("a\tb\nc", "a\tb\nc"),
        ("a\x00b\r\nc", "ab\nc"),
        ("old mac\rline", "old mac\nline"),  # a lone CR is a line break too
    ],
)
def test_parse_text_multiline_keeps_line_breaks(value: str, expected: str) -> None:
    assert parsing.parse_text(value, 255, multiline=True) == expected


@pytest.mark.parametrize("value", ["", "   ", "\x00\x01", "\ufeff", "\r\n"])
def test_parse_text_refuses_empty(value: str) -> None:
    with pytest.raises(ValueError, match="is empty"):
        parsing.parse_text(value, 255)


def test_parse_text_refuses_too_long_with_the_limit() -> None:
    with pytest.raises(ValueError, match="10000 characters long, but at most 200 fit"):
        parsing.parse_text("x" * 10_000, 200)


def test_parse_text_counts_length_after_cleaning() -> None:
    assert parsing.parse_text("  abc  ", 3) == "abc"
    assert parsing.parse_text("a\x00bc", 3) == "abc"
    with pytest.raises(ValueError, match="4 characters long, but at most 3"):
        parsing.parse_text("abcd", 3)


# --- countries and phones --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("México", "MX"),
        ("Mexico", "MX"),
        ("mex", "MX"),
        ("MX", "MX"),
        (" mx ", "MX"),
        ("墨西哥", "MX"),
        ("Brasil", "BR"),
        ("Brazil", "BR"),
        ("巴西", "BR"),
        ("EE.UU.", "US"),
        ("EE. UU.", "US"),
        ("U.S.A.", "US"),
        ("Estados Unidos", "US"),
        ("Perú", "PE"),
        ("秘鲁", "PE"),
        ("Chile", "CL"),
        ("智利", "CL"),
        ("Argentina", "AR"),
        ("中国", "CN"),
        ("Bolivia", "BO"),
    ],
)
def test_parse_country(value: str, code: str) -> None:
    assert parsing.parse_country(value) == code


@pytest.mark.parametrize("value", ["Narnia", "Mexicoo", "XX", "123"])
def test_parse_country_refuses_unknown_names(value: str) -> None:
    with pytest.raises(ValueError, match=rf"'{value}' is not a country we know"):
        parsing.parse_country(value)


@pytest.mark.parametrize(
    ("value", "country", "expected"),
    [
        ("55 1234 5678", "MX", "+525512345678"),
        ("(55) 1234-5678", "MX", "+525512345678"),
        ("+52 55 1234 5678", None, "+525512345678"),
        ("(11) 98765-4321", "BR", "+5511987654321"),
        ("+56 9 8765 4321", None, "+56987654321"),
        ("+56 9 8765 4321", "MX", "+56987654321"),  # a + number keeps its own country
        ("9 8765 4321", "CL", "+56987654321"),
        ("138 0013 8000", "CN", "+8613800138000"),
        ("0052 55 1234 5678", "CL", "+525512345678"),  # dialled from Chile
        ("55 1234 5678", "mx", "+525512345678"),
        (5512345678, "MX", "+525512345678"),  # a spreadsheet number cell
        ("+52 55 1234 5678 ext. 12", None, "+525512345678"),
        # Mexico's mobile and long-distance prefixes before 2019, still written (issue 14)
        ("+52 1 55 1234 5678", None, "+525512345678"),
        ("+5215512345678", None, "+525512345678"),
        ("+52 1 (443) 312-0000", "CL", "+524433120000"),
        ("044 55 1234 5678", "MX", "+525512345678"),
        ("045 443 312 0000", "MX", "+524433120000"),
        ("01 55 1234 5678", "MX", "+525512345678"),
    ],
)
def test_parse_phone(value: object, country: str | None, expected: str) -> None:
    assert parsing.parse_phone(value, country) == expected


@pytest.mark.parametrize(
    ("value", "country", "message"),
    [
        ("55 1234 5678", None, "'55 1234 5678' has no country code: start it with +"),
        ("12345", "MX", "'12345' is not a valid phone number for Mexico"),
        ("(11) 1234", "BR", r"'\(11\) 1234' is not a valid phone number for Brazil"),
        ("+56 1", None, r"'\+56 1' is not a (valid )?phone number$"),
        ("abc", "MX", "'abc' is not a phone number"),
        ("+", None, r"'\+' is not a phone number"),
        ("+52 1 55 1234 567", None, r"'\+52 1 55 1234 567' is not a valid phone number$"),
        ("044 1234", "MX", "'044 1234' is not a valid phone number for Mexico"),
    ],
)
def test_parse_phone_refuses(value: str, country: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_phone(value, country)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Juan.Perez@Frutas.COM.MX", "Juan.Perez@frutas.com.mx"),
        ("  ana@exportadora.cl ", "ana@exportadora.cl"),
        ("ANA@EXAMPLE.COM", "ANA@example.com"),  # the local part is kept as typed
        ("josé@exportadora.mx", "josé@exportadora.mx"),
    ],
)
def test_parse_email(value: str, expected: str) -> None:
    assert parsing.parse_email(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("no-at-sign", "@-sign"),
        ("ana@localhost", "period"),
        ("a b@c.com", "invalid characters"),
        ("ana@@x.com", "invalid characters"),
    ],
)
def test_parse_email_refuses(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=rf"'{value}' is not an email address \(.*{reason}"):
        parsing.parse_email(value)


# --- currencies, numbers and money -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("usd", "USD"),
        ("USD", "USD"),
        ("EUR ", "EUR"),
        ("US$", "USD"),
        ("R$", "BRL"),
        ("MX$", "MXN"),
        ("clp$", "CLP"),
        ("S/.", "PEN"),
        ("S/", "PEN"),
        ("€", "EUR"),
        ("¥", "CNY"),
        ("元", "CNY"),
        ("rmb", "CNY"),
        ("人民币", "CNY"),
        ("美元", "USD"),
    ],
)
def test_parse_currency(value: str, code: str) -> None:
    assert parsing.parse_currency(value) == code


@pytest.mark.parametrize("value", ["xyz", "dollars", "$", "US"])
def test_parse_currency_refuses(value: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"'{value}' is not an ISO 4217 currency code")):
        parsing.parse_currency(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2,45", "2.45"),
        ("2.45", "2.45"),
        ("12.500,50", "12500.50"),
        ("1,200.00", "1200.00"),
        ("1.234.567,89", "1234567.89"),
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),  # no-break space: Excel in a French/Spanish locale
        ("1\u202f234,56", "1234.56"),  # narrow no-break space
        ("1'234.56", "1234.56"),
        ("12 500", "12500"),
        ("0,450", "0.450"),  # a leading zero makes it a decimal mark
        ("0.450", "0.450"),
        ("00.450", "0.450"),
        (",5", "0.5"),
        (".5", "0.5"),
        ("-2,45", "-2.45"),
        ("+3", "3"),
        ("12,5", "12.5"),
        ("1.200,5", "1200.5"),
        ("1,200.5", "1200.5"),
        ("12.3456", "12.3456"),
        ("  7  ", "7"),
        ("１２３", "123"),  # full-width digits from a Chinese input method
        (3, "3"),
        (2.45, "2.45"),
        (Decimal("1.5"), "1.5"),
    ],
)
def test_parse_decimal(value: object, expected: str) -> None:
    result = parsing.parse_decimal(value)
    assert isinstance(result, Decimal)
    assert result == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "sep", "hint"),
    [
        ("1.200", "'.'", "Write 1200 or 1.2"),
        ("2,450", "','", "Write 2450 or 2.45"),
        ("1,000", "','", "Write 1000 or 1.0"),
        ("-1.200", "'.'", "Write -1200 or -1.2"),
    ],
)
def test_parse_decimal_refuses_ambiguous_separators(value: str, sep: str, hint: str) -> None:
    with pytest.raises(ValueError, match="ambiguous") as caught:
        parsing.parse_decimal(value)
    message = str(caught.value)
    assert message.startswith(f"'{value}' is ambiguous: is {sep} a thousands separator")
    assert hint in message


@pytest.mark.parametrize(
    ("value", "sep", "expected"),
    [
        ("1.200", ",", "1200"),
        ("1.200", ".", "1.200"),
        ("2,450", ",", "2.450"),
        ("2,450", ".", "2450"),
        ("1.234,56", ",", "1234.56"),
    ],
)
def test_parse_decimal_with_the_sheets_decimal_mark(value: str, sep: str, expected: str) -> None:
    assert parsing.parse_decimal(value, decimal_sep=sep) == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "'abc' is not a number"),
        ("", "'' is not a number"),
        ("1e5", "'1e5' is not a number"),
        ("NaN", "'NaN' is not a number"),
        ("Infinity", "'Infinity' is not a number"),
        ("1.2.3", "'1.2.3' has misplaced thousands separators"),
        ("1,23,456.00", "'1,23,456.00' has misplaced thousands separators"),
        ("1..2", r"'1\.\.2' has misplaced thousands separators"),
        (True, "True is not a number"),
        (float("nan"), "'nan' is not a number"),
        (float("inf"), "'inf' is not a number"),
        (Decimal("NaN"), "'NaN' is not a number"),
    ],
)
def test_parse_decimal_refuses(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_decimal(value)


@pytest.mark.parametrize(
    ("value", "sep", "message"),
    [
        ("1.234,56", ".", r"'1\.234,56' is not a number"),
        ("1,2,3", ",", "'1,2,3' has more than one decimal mark"),
    ],
)
def test_parse_decimal_refuses_against_the_given_mark(value: str, sep: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_decimal(value, decimal_sep=sep)


@pytest.mark.parametrize(
    ("value", "amount", "currency"),
    [
        ("US$ 2.45", "2.45", "USD"),
        ("US$1,200.00", "1200.00", "USD"),
        ("2,45 EUR", "2.45", "EUR"),
        ("R$ 1.234,56", "1234.56", "BRL"),
        ("12.500,50 CLP", "12500.50", "CLP"),
        ("USD 2.45", "2.45", "USD"),
        ("USD2.45", "2.45", "USD"),
        ("2.45usd", "2.45", "USD"),
        ("CNY12.5", "12.5", "CNY"),
        ("RMB 8.5", "8.5", "CNY"),
        ("¥12", "12", "CNY"),
        ("8,5 元", "8.5", "CNY"),
        ("2.45 美元", "2.45", "USD"),
        ("S/. 3,50", "3.50", "PEN"),
        ("€ 2,45", "2.45", "EUR"),
        ("2,45 €", "2.45", "EUR"),
        ("$2.45", "2.45", None),  # a bare $ is USD, MXN, CLP, ARS...: no currency
        ("2.45", "2.45", None),
        (2.5, "2.5", None),
        (Decimal("3.10"), "3.10", None),
    ],
)
def test_parse_money(value: object, amount: str, currency: str | None) -> None:
    assert parsing.parse_money(value) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("US$", r"'US\$' has no amount"),
        ("元", "'元' has no amount"),
        ("1.200 USD", r"'1\.200 USD' is ambiguous"),
        ("MXN 1.200", r"'MXN 1\.200' is ambiguous"),
        ("abc USD", "'abc USD' is not a number"),
        ("2.45 xyz", r"'2\.45 xyz' is not a number"),
        ("2.45 per kg", r"'2\.45 per kg' is not a number"),
    ],
)
def test_parse_money_refuses_naming_the_whole_value(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_money(value)


def test_parse_money_with_the_sheets_decimal_mark() -> None:
    assert parsing.parse_money("MXN 1.200", decimal_sep=",") == (Decimal("1200"), "MXN")


@pytest.mark.parametrize(("value", "expected"), [("2,45", "2.45"), ("0,001", "0.001"), (7, "7")])
def test_parse_positive(value: object, expected: str) -> None:
    assert parsing.parse_positive(value) == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "'0' must be more than zero"),
        ("-1", "'-1' must be more than zero"),
        ("0,0", "'0,0' must be more than zero"),
        ("abc", "'abc' is not a number"),
        (float("nan"), "'nan' is not a number"),
    ],
)
def test_parse_positive_refuses(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_positive(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12), ("12.0", 12), ("-3", -3), (7, 7), (7.0, 7), ("1,000,000", 1_000_000)],
)
def test_parse_int(value: object, expected: int) -> None:
    result = parsing.parse_int(value)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize(
    ("value", "minimum", "message"),
    [
        ("12,5", None, "'12,5' is not a whole number"),
        (True, None, "True is not a whole number"),
        ("abc", None, "'abc' is not a number"),
        ("1.200", None, r"'1\.200' is ambiguous"),
        ("0", 1, "'0' is too small: it must be at least 1"),
        ("3", 5, "'3' is too small: it must be at least 5"),
    ],
)
def test_parse_int_refuses(value: object, minimum: int | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_int(value, minimum=minimum)


def test_parse_int_accepts_the_minimum() -> None:
    assert parsing.parse_int("5", minimum=5) == 5


@pytest.mark.parametrize(
    "value", ["Sí", "si", "SIM", "yes", "Y", "s", "x", "✓", "是", "OK", "true", "1", True, 1]
)
def test_parse_bool_true(value: object) -> None:
    assert parsing.parse_bool(value) is True


@pytest.mark.parametrize("value", ["no", "N.", "Não", "nao", "否", "-", "0", "False", False, 0])
def test_parse_bool_false(value: object) -> None:
    assert parsing.parse_bool(value) is False


@pytest.mark.parametrize("value", ["maybe", "2", "quizás"])
def test_parse_bool_refuses(value: str) -> None:
    with pytest.raises(ValueError, match=f"'{value}' is not yes or no"):
        parsing.parse_bool(value)


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-27", date(2026, 11, 27)),
        ("2026/11/27", date(2026, 11, 27)),
        ("2026-11-27 10:30", date(2026, 11, 27)),
        ("2026-11-27T10:30:00", date(2026, 11, 27)),  # ISO date-time (CSV, JSON)
        ("2026-11-27T10:30:00Z", date(2026, 11, 27)),
        ("2026-11-27 00:00:00", date(2026, 11, 27)),  # str() of a datetime
        ("27/11/2026", date(2026, 11, 27)),
        ("27-11-2026", date(2026, 11, 27)),
        ("27.11.2026", date(2026, 11, 27)),
        ("27/11/26", date(2026, 11, 27)),
        ("5/3/2025", date(2025, 3, 5)),
        ("27/11/2026 10:30", date(2026, 11, 27)),  # a date-time cell saved as text
        ("29/02/2024", date(2024, 2, 29)),
        ("27 de noviembre de 2026", date(2026, 11, 27)),
        ("27 de Noviembre del 2026", date(2026, 11, 27)),
        ("5 de março de 2025", date(2025, 3, 5)),
        ("5 de marzo de 2025", date(2025, 3, 5)),
        ("5 de setembro de 2025", date(2025, 9, 5)),
        ("1 de dezembro de 2025", date(2025, 12, 1)),
        ("5 septiembre 2025", date(2025, 9, 5)),
        ("Nov 27, 2026", date(2026, 11, 27)),
        ("November 27 2026", date(2026, 11, 27)),
        ("Sept 5, 2025", date(2025, 9, 5)),
        ("27 nov 2026", date(2026, 11, 27)),
        ("27 Nov. 2026", date(2026, 11, 27)),
        ("27-Nov-2026", date(2026, 11, 27)),
        ("27-nov-26", date(2026, 11, 27)),
        ("27 nov, 2026", date(2026, 11, 27)),
        (datetime(2026, 11, 27, 10, 30), date(2026, 11, 27)),
        (date(2026, 11, 27), date(2026, 11, 27)),
    ],
)
def test_parse_date(value: object, expected: date) -> None:
    result = parsing.parse_date(value)
    assert result == expected
    assert type(result) is date


def test_parse_date_month_first() -> None:
    assert parsing.parse_date("11/27/2026", day_first=False) == date(2026, 11, 27)
    with pytest.raises(ValueError, match="'27/11/2026' is not a real date"):
        parsing.parse_date("27/11/2026", day_first=False)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2026", r"'31/02/2026' is not a real date \(day is out of range for month\)"),
        ("2026-02-31", r"'2026-02-31' is not a real date \(day is out of range"),
        ("29/02/2025", "'29/02/2025' is not a real date"),
        ("27/13/2026", r"'27/13/2026' is not a real date \(month must be in 1\.\.12\)"),
        ("11/27/2026", "'11/27/2026' is not a real date"),  # month first, but day first asked
        ("27 foo 2026", "'27 foo 2026': 'foo' is not a month"),
        ("tomorrow", r"'tomorrow' is not a date \(write yyyy-mm-dd or dd/mm/yyyy\)"),
        ("2026", "'2026' is not a date"),
        ("2026-11-27 al 2026-12-05", "'2026-11-27 al 2026-12-05' is not a date"),  # a range
        ("27/11/2026 - 05/12/2026", "'27/11/2026 - 05/12/2026' is not a date"),
        ("", "'' is not a date"),
    ],
)
def test_parse_date_refuses(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_date(value)


def test_parse_date_hint_follows_the_order() -> None:
    with pytest.raises(ValueError, match=r"write yyyy-mm-dd or mm/dd/yyyy"):
        parsing.parse_date("soon", day_first=False)


# --- vocabularies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("active", SupplierStatus.ACTIVE),
        ("ACTIVE", SupplierStatus.ACTIVE),
        ("on hold", SupplierStatus.ON_HOLD),
        ("On-Hold", SupplierStatus.ON_HOLD),
        ("on_hold", SupplierStatus.ON_HOLD),
        (SupplierStatus.BLOCKED, SupplierStatus.BLOCKED),
        ("activo", SupplierStatus.ACTIVE),  # a synonym
        ("Suspendido", SupplierStatus.ON_HOLD),
    ],
)
def test_parse_enum(value: object, expected: SupplierStatus) -> None:
    synonyms = {"activo": SupplierStatus.ACTIVE, "suspendido": SupplierStatus.ON_HOLD}
    assert parsing.parse_enum(value, SupplierStatus, synonyms) is expected


def test_parse_enum_refuses_listing_the_choices() -> None:
    expected = "'gone' is not one of: prospect, qualified, active, on hold, blocked"
    with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
        parsing.parse_enum(" gone ", SupplierStatus)


@pytest.mark.parametrize(
    ("value", "term", "place"),
    [
        ("FOB", Incoterm.FOB, None),
        ("fob Valparaíso", Incoterm.FOB, "Valparaíso"),
        ("CIF Shanghai", Incoterm.CIF, "Shanghai"),
        ("CIF, Shanghai", Incoterm.CIF, "Shanghai"),
        ("cif,Shanghai", Incoterm.CIF, "Shanghai"),
        ("FOB - Callao", Incoterm.FOB, "Callao"),
        ("FOB  San Antonio", Incoterm.FOB, "San Antonio"),
        ("FOB Callao, Perú", Incoterm.FOB, "Callao, Perú"),
        ("  cfr   Qingdao ", Incoterm.CFR, "Qingdao"),
        ("F.O.B. Callao", Incoterm.FOB, "Callao"),
        ("DAP", Incoterm.DAP, None),
    ],
)
def test_parse_incoterm(value: str, term: Incoterm, place: str | None) -> None:
    assert parsing.parse_incoterm(value) == (term, place)


@pytest.mark.parametrize("value", ["XYZ", "DAT Shanghai", "Free on board", ""])
def test_parse_incoterm_refuses(value: str) -> None:
    expected = f"{value!r} is not an Incoterm 2020 (EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF)"
    with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
        parsing.parse_incoterm(value)


# --- container numbers -----------------------------------------------------------------------

_ISO6346_LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38,
], strict=True))  # fmt: skip
"""The letter values printed in ISO 6346 (multiples of 11 skipped)."""


def _iso6346_sum(prefix: str) -> int:
    values = [_ISO6346_LETTERS[c] if c.isalpha() else int(c) for c in prefix]
    return sum(v * 2**i for i, v in enumerate(values))


def _reference_check_digit(prefix: str) -> int:
    return _iso6346_sum(prefix) % 11 % 10


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("MSKU9070323", "MSKU9070323"),
        ("MSKU 907032-3", "MSKU9070323"),
        ("msku-907032-3", "MSKU9070323"),
        ("MSKU 907032 3", "MSKU9070323"),
        ("CSQU3054383", "CSQU3054383"),  # the example in ISO 6346
        ("csqu 305438/3", "CSQU3054383"),
    ],
)
def test_parse_container_number(value: str, expected: str) -> None:
    assert parsing.parse_container_number(value) == expected


@pytest.mark.parametrize(
    "prefix", ["MSKU907032", "CSQU305438", "TGHU123456", "HLXU814220", "MAEU000000", "ZZZZ999999"]
)
def test_container_check_digit_matches_the_standard(prefix: str) -> None:
    digit = _reference_check_digit(prefix)
    assert parsing.parse_container_number(f"{prefix}{digit}") == f"{prefix}{digit}"
    wrong = (digit + 1) % 10
    with pytest.raises(ValueError, match="has a wrong check digit"):
        parsing.parse_container_number(f"{prefix}{wrong}")


def test_container_check_digit_remainder_ten_is_zero() -> None:
    prefix = next(p for p in (f"ABCU{n:06d}" for n in range(1000)) if _iso6346_sum(p) % 11 == 10)
    assert parsing.parse_container_number(f"{prefix}0") == f"{prefix}0"
    with pytest.raises(ValueError, match="wrong check digit"):
        parsing.parse_container_number(f"{prefix}1")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("MSKU9070324", "'MSKU9070324' has a wrong check digit (a typo?)"),
        ("MSCU9070323", "'MSCU9070323' has a wrong check digit (a typo?)"),
        ("MSKU907032", "'MSKU907032' is not a container number (4 letters and 7 digits)"),
        ("MSK19070323", "'MSK19070323' is not a container number (4 letters and 7 digits)"),
        ("MSKA9070323", "'MSKA9070323' is not a container number (4 letters and 7 digits)"),
        ("MSKU90703233", "'MSKU90703233' is not a container number (4 letters and 7 digits)"),
    ],
)
def test_parse_container_number_refuses(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        parsing.parse_container_number(value)


# --- web addresses and languages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("www.frutas.mx", "https://www.frutas.mx"),
        ("frutas.mx", "https://frutas.mx"),
        ("  frutas.com.br/contato ", "https://frutas.com.br/contato"),
        ("http://frutas.mx/contacto", "http://frutas.mx/contacto"),
        ("HTTPS://Frutas.MX", "HTTPS://Frutas.MX"),
        ("https://frutas.mx:8080/x?q=1", "https://frutas.mx:8080/x?q=1"),
    ],
)
def test_parse_url(value: str, expected: str) -> None:
    assert parsing.parse_url(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("frutas", "'frutas' is not a web address"),
        ("frutas .mx", "'frutas .mx' is not a web address"),
        (".mx", r"'\.mx' is not a web address"),
        ("frutas.mx.", r"'frutas\.mx\.' is not a web address"),
        ("https://", "'https://' is not a web address"),
        ("https://frutas.mx/a b", "'https://frutas.mx/a b' is not a web address"),
        ("javascript:alert(1)", r"'javascript:alert\(1\)' is not a web address"),
        ("file:///etc/passwd", r"'file:///etc/passwd' is not a web address \(only http"),
        ("file://server.lan/share", "'file://server.lan/share' is not a web address"),
        ("ftp://files.frutas.mx", "'ftp://files.frutas.mx' is not a web address"),
    ],
)
def test_parse_url_refuses(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parsing.parse_url(value)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("Español", "es"),
        ("Castellano", "es"),
        ("Spanish", "es"),
        ("spa", "es"),
        ("Português", "pt"),
        ("pt-BR", "pt"),
        ("es_MX", "es"),
        ("English", "en"),
        ("Inglés", "en"),
        ("中文", "zh"),
        ("普通话", "zh"),
        ("Mandarin", "zh"),
        ("chino", "zh"),
        ("zh-CN", "zh"),
        ("zho", "zh"),
        ("chi", "zh"),
        ("German", "de"),
    ],
)
def test_parse_language(value: str, code: str) -> None:
    assert parsing.parse_language(value) == code


@pytest.mark.parametrize("value", ["xx", "klingon", "qqq"])
def test_parse_language_refuses(value: str) -> None:
    with pytest.raises(ValueError, match=rf"'{value}' is not a language we know \(es, pt"):
        parsing.parse_language(value)
