"""Cell cleaning: a column's decimal mark and date order, and every field kind's reading."""

from __future__ import annotations

import random
import string
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from app.importing.cleaning import (
    CellError,
    CleanOptions,
    ColumnCleaner,
    Kind,
    detect_date_order,
    detect_decimal,
)
from app.importing.source import CellValue
from app.rules import parsing
from app.rules.validation import Limit
from app.rules.vocabulary import STATUS_SYNONYMS
from models.enums import Incoterm, SupplierStatus, Unit

DEFAULT = CleanOptions()


def cleaner(kind: Kind, values: list[CellValue] | None = None, **options: object) -> ColumnCleaner:
    return ColumnCleaner(kind, values or [], CleanOptions(**options))  # type: ignore[arg-type]


def refusal(column: ColumnCleaner, raw: CellValue, country: str | None = None) -> CellError:
    with pytest.raises(CellError) as caught:
        column.clean(raw, country)
    return caught.value


# --- blanks --------------------------------------------------------------------------------

ALL_KINDS: list[Kind] = [
    "text",
    "multiline",
    "country",
    "phone",
    "email",
    "url",
    "bool",
    "decimal",
    "money",
    "currency",
    "date",
    "incoterm",
    "unit",
    "language",
    "list",
]


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("raw", [None, "", "   ", "\t\n", "\ufeff"])
def test_blank_cell_is_none(kind: Kind, raw: CellValue) -> None:
    assert cleaner(kind).clean(raw, "MX") is None


@pytest.mark.parametrize("kind", ["country", "phone", "email", "decimal", "money", "date", "unit"])
@pytest.mark.parametrize("raw", ["-", "n/a", "N/A", "#N/A", "—"])
def test_placeholder_means_nothing_in_a_non_text_field(kind: Kind, raw: str) -> None:
    assert cleaner(kind).clean(raw, "MX") is None


def test_placeholder_stays_in_a_text_field() -> None:
    assert cleaner("text").clean("-") == "-"


# --- decimal mark ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2,45"], "comma"),
        (["12.500,50"], "comma"),
        (["1.234.567"], "comma"),
        (["0,500"], "comma"),  # no thousands group starts with 0
        (["1234,567"], "comma"),  # nor has four digits before the mark
        (["1,200.00"], "point"),
        (["2.45"], "point"),
        (["1,234,567"], "point"),
        (["1.200"], None),  # either
        (["1,200", "45", 3.5, 12], None),  # workbook numbers say nothing
        (["1.200", "3,5"], "comma"),
        (["US$ 2,45", "R$ 12.500,50"], "comma"),
        (["MXN 1,200.00"], "point"),
        (["12 500,50"], "comma"),
        (["2,45", "2,45", "2,45", "1.5", "1.7"], "point"),  # distinct values vote
        (["2,45", "1.5"], None),  # a tie proves nothing
        ([], None),
    ],
)
def test_detect_decimal(values: list[CellValue], expected: str | None) -> None:
    assert detect_decimal(values) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2,45", Decimal("2.45")),
        ("12.500,50", Decimal("12500.50")),
        ("1.200", Decimal("1200")),
        ("-3,5", Decimal("-3.5")),
        ("  7 ", Decimal("7")),
        ("1 234,5", Decimal("1234.5")),
        (12, Decimal("12")),
        (2.4500000000000002, Decimal("2.45")),
    ],
)
def test_comma_column(raw: CellValue, expected: Decimal) -> None:
    column = cleaner("decimal", ["1.200", "3,5"])
    assert column.decimal == "comma"
    assert column.clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,200.00", Decimal("1200.00")),
        ("1,200", Decimal("1200")),
        ("1.200", Decimal("1.200")),
        ("+4.5", Decimal("4.5")),
    ],
)
def test_point_column(raw: str, expected: Decimal) -> None:
    column = cleaner("decimal", ["1,200.00", "2.45"])
    assert column.decimal == "point"
    assert column.clean(raw) == expected


def test_value_the_column_mark_cannot_read_is_refused_naming_the_mark() -> None:
    column = cleaner("decimal", ["2,45", "3,10", "12.500,50"])
    error = refusal(column, "1,200.00")
    assert "'1,200.00'" in str(error)
    assert "decimal comma" in str(error)
    assert not error.ambiguous


def test_ambiguous_value_without_evidence_is_flagged_not_guessed() -> None:
    column = cleaner("decimal", ["1,200", "7"])
    assert column.decimal is None
    error = refusal(column, "1,200")
    assert error.ambiguous
    assert (
        str(error)
        == "'1,200' could be 1.2 or 1200: choose the column's decimal mark (comma or point)"
    )
    # values that read one way only are still taken
    assert column.clean("3,5") == Decimal("3.5")
    assert column.clean("1,200.50") == Decimal("1200.50")
    assert column.clean("45") == Decimal("45")


@pytest.mark.parametrize(
    ("mark", "expected"), [("point", Decimal("1.2")), ("comma", Decimal("1200"))]
)
def test_decimal_option_overrides_the_data(mark: str, expected: Decimal) -> None:
    column = cleaner("decimal", ["2,45", "9,99"] if mark == "point" else ["2.45"], decimal=mark)
    assert column.decimal == mark
    assert column.clean("1.200") == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (2.4500000000000002, Decimal("2.45")),
        (0.1 + 0.2, Decimal("0.3")),
        (1234.5, Decimal("1234.5")),
        (3.0, Decimal("3")),
        (12345678901234567890, Decimal("12345678901234567890")),  # int: exact
        (-0.5, Decimal("-0.5")),
    ],
)
def test_workbook_numbers_need_no_mark(raw: float, expected: Decimal) -> None:
    # No digit limit: the reading itself (a volume column refuses past 15 digits).
    value = ColumnCleaner("decimal", ["1.200"], DEFAULT, numbers=Limit()).clean(raw)
    assert value == expected
    assert str(value) == str(expected)


@pytest.mark.parametrize("raw", ["abc", "12 kg", "1.2.3,4,5", True, float("nan"), date(2025, 1, 1)])
def test_not_a_number(raw: CellValue) -> None:
    error = refusal(cleaner("decimal", ["2,45"]), raw)
    assert str(raw).strip() in str(error) or "nan" in str(error)


# --- money ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("US$ 2,45", (Decimal("2.45"), "USD")),
        ("R$ 12.500,50", (Decimal("12500.50"), "BRL")),
        ("€3", (Decimal("3"), "EUR")),
        ("2,45 EUR", (Decimal("2.45"), "EUR")),
        ("$ 4,10", (Decimal("4.10"), None)),  # '$' alone names no currency: not an error
        ("1.200", (Decimal("1200"), None)),
        ("3,5", (Decimal("3.5"), None)),
        (7, (Decimal("7"), None)),
        (2.4500000000000002, (Decimal("2.45"), None)),
    ],
)
def test_money_in_a_comma_column(raw: CellValue, expected: tuple[Decimal, str | None]) -> None:
    column = cleaner("money", ["US$ 2,45", "R$ 12.500,50", "1.200"])
    assert column.decimal == "comma"
    assert column.clean(raw) == expected


def test_money_in_a_point_column() -> None:
    column = cleaner("money", ["MXN 1,200.00", "USD 3.10"])
    assert column.decimal == "point"
    assert column.clean("MXN 1,200.00") == (Decimal("1200.00"), "MXN")
    assert column.clean("1,200") == (Decimal("1200"), None)


def test_money_ambiguous_and_refused() -> None:
    column = cleaner("money", ["US$ 1.200"])
    assert refusal(column, "US$ 1.200").ambiguous
    assert "has no amount" in str(refusal(column, "USD"))
    assert "'tbd'" in str(refusal(column, "tbd"))


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["13/05/2025", "12/05/2025"], "dmy"),
        (["05/13/2025", "05/12/2025"], "mdy"),
        (["05/12/2025", "01/02/2025"], None),  # nothing proves either
        (["13/05/2025", "05/13/2025"], None),  # both proved
        (["2025-05-13", date(2025, 5, 13), 45123], None),
        (["31.12.25"], "dmy"),
    ],
)
def test_detect_date_order(values: list[CellValue], expected: str | None) -> None:
    assert detect_date_order(values) == expected


def test_day_first_column() -> None:
    column = cleaner("date", ["25/12/2025", "12/05/2025", "01/02/2025"])
    assert column.date_order == "dmy"
    assert column.clean("12/05/2025") == date(2025, 5, 12)
    assert column.clean("01/02/2025") == date(2025, 2, 1)
    assert column.clean("3-4-25") == date(2025, 4, 3)
    assert "'05/13/2025' is not a real date" in str(refusal(column, "05/13/2025"))


def test_month_first_column() -> None:
    column = cleaner("date", ["12/25/2025", "12/05/2025"])
    assert column.date_order == "mdy"
    assert column.clean("12/05/2025") == date(2025, 12, 5)
    assert column.clean("12/25/2025 10:30") == date(2025, 12, 25)


def test_undecided_column_flags_only_the_values_that_read_both_ways() -> None:
    column = cleaner("date", ["12/05/2025", "05/05/2025"])
    assert column.date_order is None
    error = refusal(column, "12/05/2025")
    assert error.ambiguous
    assert str(error) == "'12/05/2025' could be 12 May or 5 December: choose the date order"
    assert column.clean("05/05/2025") == date(2025, 5, 5)  # day == month
    assert column.clean("25/12/2025") == date(2025, 12, 25)
    assert column.clean("12/25/2025") == date(2025, 12, 25)


def test_column_mixing_both_orders_refuses_every_ambiguous_value() -> None:
    column = cleaner("date", ["25/12/2025", "12/25/2025", "03/04/2025"])
    assert column.date_order is None
    assert column.date_conflict
    error = refusal(column, "03/04/2025")
    assert error.ambiguous
    assert "mixes dd/mm and mm/dd" in str(error)
    assert column.clean("25/12/2025") == date(2025, 12, 25)
    assert column.clean("12/25/2025") == date(2025, 12, 25)


@pytest.mark.parametrize(
    ("order", "raw", "expected"),
    [
        ("dmy", "03/04/2025", date(2025, 4, 3)),
        ("mdy", "03/04/2025", date(2025, 3, 4)),
        ("ymd", "25/04/03", date(2025, 4, 3)),
        ("mdy", "2025-04-03", date(2025, 4, 3)),  # ISO whatever the order
    ],
)
def test_date_order_option(order: str, raw: str, expected: date) -> None:
    column = cleaner("date", ["25/12/2025"], date_order=order)
    assert column.date_order == order
    assert column.clean(raw) == expected


def test_ymd_option_refuses_a_four_digit_last_part() -> None:
    assert "date order" in str(refusal(cleaner("date", date_order="ymd"), "03/04/2025"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-05-12", date(2025, 5, 12)),
        ("2025-05-12T08:00:00Z", date(2025, 5, 12)),
        ("2025/5/2", date(2025, 5, 2)),
        ("12 de mayo de 2025", date(2025, 5, 12)),
        ("5-dic-2025", date(2025, 12, 5)),
        ("5 dez 2025", date(2025, 12, 5)),
        ("1 de março de 2025", date(2025, 3, 1)),
        ("May 12, 2025", date(2025, 5, 12)),
        ("12 May 25", date(2025, 5, 12)),
        ("2025年5月12日", date(2025, 5, 12)),
        ("20250512", date(2025, 5, 12)),
        ("13/05/25", date(2025, 5, 13)),
        (datetime(2025, 5, 12, 23, 59), date(2025, 5, 12)),
        (date(2025, 5, 12), date(2025, 5, 12)),
    ],
)
def test_date_spellings(raw: CellValue, expected: date) -> None:
    assert cleaner("date").clean(raw) == expected


@pytest.mark.parametrize("raw", ["março 2025", "May 2025", "05/2025", "dic-25"])
def test_date_without_a_day_is_refused(raw: str) -> None:
    assert (
        str(refusal(cleaner("date"), raw))
        == f"{raw!r} has no day: write the whole date (yyyy-mm-dd)"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (45123, date(2023, 7, 16)),
        (45123.75, date(2023, 7, 16)),  # the time of day is dropped
        ("45123", date(2023, 7, 16)),  # a CSV holding the serial
        (32874, date(1990, 1, 1)),
        (73415, date(2100, 12, 31)),
    ],
)
def test_excel_serials_1900(raw: CellValue, expected: date) -> None:
    assert cleaner("date").clean(raw) == expected


def test_excel_serials_1904() -> None:
    column = cleaner("date", date1904=True)
    assert column.clean(43661) == date(2023, 7, 16)  # 1462 days less than in 1900
    assert column.clean("43661") == date(2023, 7, 16)


def test_excel_phantom_29_february_1900() -> None:
    """Excel counts a 29 February 1900 (serial 60): serials around it still name the right
    day (shown in the refusal, since 1900 is outside the sanity range)."""
    column = cleaner("date")
    assert "29 February 1900" in str(refusal(column, 60))
    assert "it would be 1900-02-28," in str(refusal(column, 59))
    assert "it would be 1900-03-01," in str(refusal(column, 61))
    assert "it would be 1900-01-01," in str(refusal(column, 1))
    assert "it would be 1989-12-31," in str(refusal(column, 32873))


@pytest.mark.parametrize("raw", [2025, "2025", 1, 0, 99999, -5, 10**9])
def test_serial_outside_1990_2100_is_refused(raw: CellValue) -> None:
    assert "is a number, not a date" in str(refusal(cleaner("date"), raw))


@pytest.mark.parametrize("raw", [time(10, 30), True, "31/02/2025", "someday", "32/13/2025"])
def test_not_a_date(raw: CellValue) -> None:
    refusal(cleaner("date"), raw)


# --- text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Frutas   del Sur ", "Frutas del Sur"),
        ("Exporta\u200bdora\tAndina", "Exportadora Andina"),
        ("=SUM(A1:A3)", "=SUM(A1:A3)"),  # a formula is text, never evaluated
        ("+54 11 4321 0000", "+54 11 4321 0000"),
        ("-Frutas", "-Frutas"),
        ("@frutas", "@frutas"),
        (30712345678.0, "30712345678"),  # a tax id typed as a number
        (2.5, "2.5"),
        (1234, "1234"),
        (date(2025, 5, 12), "2025-05-12"),
        (datetime(2025, 5, 12), "2025-05-12"),
        (True, "TRUE"),
    ],
)
def test_text(raw: CellValue, expected: str) -> None:
    assert cleaner("text").clean(raw) == expected


def test_clean_text_is_returned_as_is() -> None:
    raw = "Exportadora Andina S.A."
    assert cleaner("text").clean(raw) is raw


def test_text_too_long_names_the_length() -> None:
    column = ColumnCleaner("text", [], DEFAULT, max_length=10)
    assert column.clean("  ten chars ") == "ten chars"
    error = refusal(column, "Exportadora Andina")
    assert str(error) == "'Exportadora Andina' is 18 characters long, but at most 10 fit"


def test_multiline_keeps_line_breaks() -> None:
    column = cleaner("multiline")
    assert column.clean("  line 1\r\nline  2  ") == "line 1\nline  2"
    assert column.clean("one line") == "one line"


def test_list() -> None:
    column = cleaner("list")
    assert column.clean("HACCP, BRC; GlobalG.A.P. / Primus | USDA\norganic, HACCP") == (
        "HACCP",
        "BRC",
        "GlobalG.A.P.",
        "Primus",
        "USDA",
        "organic",
    )
    assert column.clean("海关注册、有机") == ("海关注册", "有机")
    assert column.clean(" , ; ") is None
    assert column.clean("=A1;B1") == ("=A1;B1",)
    long = ColumnCleaner("list", [], DEFAULT, max_length=5)
    assert "at most 5 fit" in str(refusal(long, "HACCP, GlobalGAP"))


# --- countries, phones, emails, urls -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("México", "MX"),
        ("MEX", "MX"),
        ("mx", "MX"),
        ("Brasil", "BR"),
        ("中国", "CN"),
        ("Chile", "CL"),
        ("  Perú ", "PE"),
        ("EE.UU.", "US"),
    ],
)
def test_country(raw: str, expected: str) -> None:
    assert cleaner("country").clean(raw) == expected


def test_country_unknown_and_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = parsing.parse_country

    def counting(value: object) -> str:
        calls.append(value)
        return real(value)

    monkeypatch.setattr(parsing, "parse_country", counting)
    column = cleaner("country")
    for _ in range(3):
        assert column.clean("México") == "MX"
        error = refusal(column, "Narnia")
        assert str(error) == "'Narnia' is not a country we know (try its ISO code)"
    assert calls == ["México", "Narnia"]  # each distinct text cleaned once


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+5491123456789", None, "+5491123456789"),
        ("+52 55 1234 5678", None, "+525512345678"),
        ("+52 (55) 1234-5678", "CL", "+525512345678"),
        ("55 1234 5678", "MX", "+525512345678"),
        ("(11) 98765-4321", "BR", "+5511987654321"),
        ("011 15 2345-6789", "AR", "+5491123456789"),  # national prefix and mobile 15
        ("987 654 321", "PE", "+51987654321"),
        ("139 1234 5678", "CN", "+8613912345678"),
        ("52 55 1234 5678", "MX", "+525512345678"),  # the country code without its +
        ("0052 55 1234 5678", None, "+525512345678"),
        (525512345678, "MX", "+525512345678"),
        (5511987654321.0, "BR", "+5511987654321"),
        ("+39 06 1234 5678", None, "+390612345678"),  # Italian leading zero: full parse
        ("+56 9 8765 4321 / +56 2 2345 6789", None, "+56987654321"),
    ],
)
def test_phone(raw: CellValue, country: str | None, expected: str) -> None:
    assert cleaner("phone").clean(raw, country) == expected


def test_phone_refusals() -> None:
    column = cleaner("phone")
    assert "no country code" in str(refusal(column, "55 1234 5678"))
    assert "not a valid phone number for Mexico" in str(refusal(column, "123", "MX"))
    assert "'+1000000000'" in str(refusal(column, "+1000000000"))  # E.164-shaped, invalid
    assert "'0052 123'" in str(refusal(column, "0052 123"))  # named as typed
    # the same raw text, remembered per country
    assert column.clean("55 1234 5678", "MX") == "+525512345678"
    assert "no country code" in str(refusal(column, "55 1234 5678"))


def test_phone_fast_path_agrees_with_phonenumbers() -> None:
    """A number already in E.164 form skips phonenumbers.parse: same answers as the parse."""
    rng = random.Random(7)
    column = cleaner("phone")
    valid = 0
    for code in (52, 56, 54, 55, 51, 57, 86, 852, 34, 49, 39, 1, 44):
        for _ in range(150):
            digits = str(rng.randint(1, 9)) + "".join(
                rng.choices(string.digits, k=rng.randint(7, 10))
            )
            raw = f"+{code}{digits}"
            try:
                expected: str | None = parsing.parse_phone(raw, None)
            except ValueError:
                expected = None
            try:
                got = column.clean(raw)
            except CellError:
                got = None
            assert got == expected, raw
            valid += expected is not None
    assert valid > 200


@pytest.mark.parametrize("region", ["MX", "CL", "PE", "AR", "BR", "CN", "IT", "US", "GB"])
def test_local_phone_fast_path_agrees_with_phonenumbers(region: str) -> None:
    """A local number that phonenumbers.parse would take digit for digit skips the parse:
    same answers as the parse, prefixes and country codes included."""
    rng = random.Random(region)
    column = cleaner("phone")
    valid = 0
    for _ in range(400):
        digits = "".join(rng.choices(string.digits, k=rng.randint(7, 12)))
        raw = rng.choice(
            [digits, f"{digits[:2]} {digits[2:6]}-{digits[6:]}", f"({digits[:3]}) {digits[3:]}"]
        )
        try:
            expected: str | None = parsing.parse_phone(raw, region)
        except ValueError:
            expected = None
        try:
            got = column.clean(raw, region)
        except CellError:
            got = None
        assert got == expected, raw
        valid += expected is not None
    assert valid > 0  # some valid numbers were compared, not only refusals


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Juan.Perez@Frutas.MX", "Juan.Perez@frutas.mx"),
        ("  ventas@andina.cl ", "ventas@andina.cl"),
        ("mailto:ventas@andina.cl", "ventas@andina.cl"),
        ("MAILTO:Ventas@Andina.CL", "Ventas@andina.cl"),
        ("Juan Pérez <juan@frutas.mx>", "juan@frutas.mx"),
        ("<juan@frutas.mx>", "juan@frutas.mx"),
        ("a@x.com; b@y.com", "a@x.com"),
        ("a@x.com, b@y.com", "a@x.com"),
        ("ventas: a@x.com", "a@x.com"),
        ("josé.muñoz@Frutas.cl", "josé.muñoz@frutas.cl"),
        ("王力@Shanghai-Trade.cn", "王力@shanghai-trade.cn"),
        ("josé@Açaí.com.br", "josé@açaí.com.br"),  # not the common case: the validator
    ],
)
def test_email(raw: str, expected: str) -> None:
    assert cleaner("email").clean(raw) == expected


@pytest.mark.parametrize(
    "raw", ["juan", "juan@", "@frutas.mx", "a..b@x.com", "a@x", "a@host.local"]
)
def test_email_refused(raw: str) -> None:
    assert "is not an email address" in str(refusal(cleaner("email"), raw))


def test_email_fast_path_agrees_with_the_validator() -> None:
    """Whatever the fast path accepts, email-validator accepts the same way."""
    rng = random.Random(4)
    local_chars = string.ascii_letters + string.digits + "._%+-" + "áéñçüÑ王力²٣ßª·" + "e\u0301"
    domain_chars = string.ascii_lowercase + string.digits + "-."
    column = cleaner("email")
    compared = 0
    for _ in range(3000):
        local = "".join(rng.choices(local_chars, k=rng.randint(1, 12)))
        domain = "".join(rng.choices(domain_chars, k=rng.randint(1, 12)))
        tld = rng.choice(["com", "mx", "CL", "com.br", "x1", "c"])
        raw = f"{local}@{domain}.{tld}"
        try:
            expected = parsing.parse_email(raw)
        except ValueError:
            expected = None
        try:
            got = column.clean(raw)
        except CellError:
            got = None
        assert got == expected, raw
        compared += expected is not None
    assert compared > 100


def test_url() -> None:
    column = cleaner("url")
    assert column.clean(" frutas.mx ") == "https://frutas.mx"
    assert column.clean("http://andina.cl/es") == "http://andina.cl/es"
    assert "not a web address" in str(refusal(column, "file:///etc/passwd"))


# --- closed lists --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["yes", "Sí", "si", "SIM", "x", "X", "✓", "1", 1, 1.0, True, "true", "Verdadero", "verdadeiro"],
)
def test_bool_true(raw: CellValue) -> None:
    assert cleaner("bool").clean(raw) is True


@pytest.mark.parametrize("raw", ["no", "No", "não", "nao", "0", 0, False, "false", "FALSO"])
def test_bool_false(raw: CellValue) -> None:
    assert cleaner("bool").clean(raw) is False


@pytest.mark.parametrize("raw", ["maybe", 2, "sí y no"])
def test_bool_refused(raw: CellValue) -> None:
    assert "is not yes or no" in str(refusal(cleaner("bool"), raw))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("usd", "USD"),
        ("US$", "USD"),
        ("R$", "BRL"),
        ("€", "EUR"),
        ("RMB", "CNY"),
        ("dólares", "USD"),
    ],
)
def test_currency(raw: str, expected: str) -> None:
    assert cleaner("currency").clean(raw) == expected


def test_currency_refused() -> None:
    column = cleaner("currency")
    assert refusal(column, "$").ambiguous
    assert refusal(column, "pesos").ambiguous
    assert not refusal(column, "XYZ").ambiguous


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("FOB Valparaíso", (Incoterm.FOB, "Valparaíso")),
        ("CIF Shanghai", (Incoterm.CIF, "Shanghai")),
        ("fob", (Incoterm.FOB, None)),
        ("CFR, Hong Kong", (Incoterm.CFR, "Hong Kong")),
    ],
)
def test_incoterm(raw: str, expected: tuple[Incoterm, str | None]) -> None:
    assert cleaner("incoterm").clean(raw) == expected


def test_incoterm_refused() -> None:
    assert "not an Incoterm 2020" in str(refusal(cleaner("incoterm"), "FOOB Santos"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("kg", Unit.KG),
        ("Kilos", Unit.KG),
        ("kg.", Unit.KG),
        ("公斤", Unit.KG),
        ("t", Unit.T),
        ("ton", Unit.T),
        ("Tonelada", Unit.T),
        ("TM", Unit.T),
        ("lb", Unit.LB),
        ("lbs", Unit.LB),
        ("box", Unit.BOX),
        ("caja", Unit.BOX),
        ("Caixas", Unit.BOX),
        ("carton", Unit.CARTON),
        ("ctn", Unit.CARTON),
        ("container", Unit.CONTAINER),
        ("contenedor", Unit.CONTAINER),
        ("FCL", Unit.CONTAINER),
    ],
)
def test_unit(raw: str, expected: Unit) -> None:
    assert cleaner("unit").clean(raw) is expected


def test_unit_refused() -> None:
    assert "is not one of" in str(refusal(cleaner("unit"), "pallet"))


def test_enum_with_synonyms() -> None:
    column = ColumnCleaner("enum", [], DEFAULT, enum=SupplierStatus, synonyms=dict(STATUS_SYNONYMS))
    assert column.clean("Active") is SupplierStatus.ACTIVE
    assert column.clean("on hold") is SupplierStatus.ON_HOLD
    assert column.clean("activo") is SupplierStatus.ACTIVE
    assert column.clean("Em espera") is SupplierStatus.ON_HOLD
    assert "is not one of" in str(refusal(column, "dormant"))


def test_enum_needs_its_enum() -> None:
    with pytest.raises(TypeError):
        ColumnCleaner("enum", [], DEFAULT)


@pytest.mark.parametrize(
    ("raw", "expected"), [("es", "es"), ("Español", "es"), ("pt-BR", "pt"), ("中文", "zh")]
)
def test_language(raw: str, expected: str) -> None:
    assert cleaner("language").clean(raw) == expected


def test_language_refused() -> None:
    assert "not a language we know" in str(refusal(cleaner("language"), "Klingonese"))
