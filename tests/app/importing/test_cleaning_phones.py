"""Phone numbers read without phonenumbers.parse: the same answers as the parse.

cleaning_phones follows phonenumbers.parse, is_valid_number and format_number step by
step for numbers written with digits and the usual marks; these tests compare its answers
with app.rules.parsing.parse_phone's in every region the metadata knows, and the phone column's
answers (values and refusals) with what the column said before it had a fast path.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterator

import phonenumbers
import pytest

from app.importing.cleaning import CellError, CleanOptions, ColumnCleaner
from app.importing.cleaning_numbers import PLACEHOLDERS, tidy
from app.importing.cleaning_phones import e164, local_e164
from app.rules import parsing
from tests.benchmarks.import_bench import PHONES

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
OURS = ["MX", "CL", "AR", "PE", "BR", "CO", "EC", "UY", "PY", "BO", "CN", "ES", "US", "IT"]


def parsed(text: str, region: str | None) -> str | None:
    try:
        return parsing.parse_phone(text, region)
    except ValueError:
        return None


def phonenumbers_valid(text: str, region: str) -> bool:
    """Whether phonenumbers itself takes `text` as valid: parse_phone also reads the old
    Mexican prefixes ('1', '044', '01') that it refuses, which the fast path leaves to
    parse_phone (rare: not worth its own path)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def national_numbers(region: str, rng: random.Random, randoms: int) -> Iterator[str]:
    """Example numbers of every type, behind the prefixes phonenumbers looks for
    (national, international, the country code), some with a digit changed, added or
    dropped; and random digits."""
    code = str(phonenumbers.country_code_for_region(region))
    for kind in phonenumbers.PhoneNumberType.values():
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        number = phonenumbers.national_significant_number(example)
        for prefix in ("", "0", "00", code, "0" + code, "00" + code, "1", "9", "15", "90"):
            digits = prefix + number
            yield digits
            yield digits[:-1]
            yield digits + rng.choice(string.digits)
            i = rng.randrange(len(digits))
            yield digits[:i] + rng.choice(string.digits) + digits[i + 1 :]
    for _ in range(randoms):
        yield "".join(rng.choices(string.digits, k=rng.randint(2, 19)))


def test_local_numbers_agree_with_phonenumbers_in_every_region() -> None:
    rng = random.Random(11)
    compared = fast = 0
    for region in REGIONS:
        for digits in national_numbers(region, rng, randoms=100):
            got = local_e164(digits, region)
            if got is not None:
                assert got == parsed(digits, region), (region, digits)
                fast += 1
            compared += 1
    assert fast > compared // 10  # the fast path answered many, not only refused


@pytest.mark.parametrize("region", OURS)
def test_local_numbers_agree_with_phonenumbers(region: str) -> None:
    """Where suppliers are: every answer compared, and every valid number of a region
    with its own calling code answered without the parse."""
    rng = random.Random(region)
    code = phonenumbers.country_code_for_region(region)
    own = len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]) == 1
    valid = 0
    for digits in national_numbers(region, rng, randoms=1500):
        expected = parsed(digits, region)
        got = local_e164(digits, region)
        assert got is None or got == expected, digits
        if (
            own
            and len(digits) >= 3
            and expected
            and expected.startswith(f"+{code}")
            and phonenumbers_valid(digits, region)
        ):
            assert got == expected, digits
        valid += expected is not None
    assert valid > 20


def test_international_numbers_agree_with_phonenumbers() -> None:
    """'+' and a calling code: every calling code there is, and the ones that are not."""
    rng = random.Random(5)
    fast = 0
    codes = [str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE]
    codes += ["0", "28", "999"]
    for code in codes:
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(code), ("ZZ",))
        examples = []
        for region in regions:
            for kind in (
                phonenumbers.PhoneNumberType.FIXED_LINE,
                phonenumbers.PhoneNumberType.MOBILE,
            ):
                example = phonenumbers.example_number_for_type(region, kind)
                if example is None and region == "001":
                    example = phonenumbers.example_number_for_non_geo_entity(int(code))
                if example is not None:
                    examples.append(phonenumbers.national_significant_number(example))
        randoms = ["".join(rng.choices(string.digits, k=rng.randint(0, 16))) for _ in range(15)]
        for national in examples + ["0" + e for e in examples] + randoms:
            number = f"+{code}{national}"
            got = e164(number)
            if got is not None:
                assert got == parsed(number, None), number
                fast += 1
    assert fast > 200


# --- the phone column: the fast paths change no answer -------------------------------------

_SPLIT = re.compile(r"\s*[;,/]\s*|\s+(?:y|e|or|ou|o)\s+")


def read_slowly(raw: str, country: str | None) -> str | None:
    """The phone column's reading with no fast path: every number through parse_phone."""
    text = tidy(raw)
    if not text or text.lower() in PLACEHOLDERS:
        return None
    shown = text
    compact = text.translate(str.maketrans("", "", " -.()\u00a0"))
    if not text.startswith("+") and compact.startswith("00") and not country:
        text = "+" + compact[2:]
    try:
        return parsing.parse_phone(text, country)
    except ValueError as exc:
        first = _SPLIT.split(text, maxsplit=1)[0]
        if first != text:
            try:
                return parsing.parse_phone(first, country)
            except ValueError:
                pass
        raise CellError(str(exc).replace(repr(text), repr(shown))) from None


def answer(read: object, raw: str, country: str | None) -> object:
    try:
        return read(raw, country)  # type: ignore[operator]
    except CellError as exc:
        return ("refused", str(exc), exc.ambiguous)


def written(rng: random.Random, digits: str) -> str:
    """`digits` as people write them: groups, brackets, hyphens, points, no-break spaces."""
    out = []
    for i, digit in enumerate(digits):
        if i and rng.random() < 0.3:
            out.append(rng.choice([" ", "-", ".", " ", "\u00a0", ") ", "-", "  "]))
        out.append(digit)
    text = "".join(out)
    return rng.choice([text, text, f"({text}", f" {text} ", f"+{text}", f"00{text}", f"{text})"])


AWKWARD = [
    "",
    " ",
    "-",
    "n/a",
    "?",
    "12",
    "1-2",
    "123",
    "(((123",
    "+",
    "+1",
    "+12",
    "+0052 55",
    "00",
    "0052 55 1234 5678",
    "+52 55 1234 5678 ext. 12",
    "55 1234 5678 x12",
    "55 1234 5678 / 55 8765 4321",
    "55 1234 5678 y 55 8765 4321",
    "tel: 55 1234 5678",
    "55\u00a01234\u00a05678",
    "55\u200b1234 5678",
    "５５ １２３４ ５６７８",
    "55-1234-5678#",
    "(55) 1234.5678",
    "+52 (55) 1234-5678",
    "+(52) 55 1234 5678",
    "52 55 1234 5678",
    "1" * 18,
    "+" + "5" * 18,
    "55 " + " " * 250 + "1234 5678",
    "+52 55" + "-" * 250 + "12345678",
    "0800 123 4567",
    "011 15 2345-6789",
    "0280 15 445-1318",
    "(0280) 15 445-1318",
    "9 280 445 1318",
    "15 2345 6789",
    "054 9 11 2345 6789",
    "+54 0 11 2345 6789",
]


@pytest.mark.parametrize("country", [None, "MX", "AR", "PE", "BR", "CL", "US", "IT", "GB", "XX"])
def test_the_column_answers_as_without_fast_paths(country: str | None) -> None:
    rng = random.Random(str(country))
    column = ColumnCleaner("phone", [], CleanOptions())
    cells = list(AWKWARD)
    for region in [*OURS[:5], "US", "IT", "GB"]:
        for digits in national_numbers(region, rng, randoms=10):
            cells.append(written(rng, digits))
    for raw in cells:
        assert answer(column.clean, raw, country) == answer(read_slowly, raw, country), raw


@pytest.mark.parametrize("region", sorted(PHONES))
def test_the_benchmark_numbers_skip_the_parse(region: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbers of the 100,000-row benchmark, as written there, never reach
    phonenumbers.parse (25-80 us each) and read as it reads them."""
    rng = random.Random(region)
    cells = [
        "".join(rng.choice(string.digits) if c == "#" else c for c in template)
        for template in PHONES[region]
        for _ in range(300)
    ]
    expected = [read_slowly(raw, region) for raw in cells]

    def parse_phone(text: str, country: str | None) -> str:
        raise AssertionError(f"{text!r} ({country}) took the full parse")

    monkeypatch.setattr(parsing, "parse_phone", parse_phone)
    column = ColumnCleaner("phone", [], CleanOptions())
    assert [column.clean(raw, region) for raw in cells] == expected
