"""The one rule every .csv export applies to text (and the .xlsx writers to their quote
prefix): what a spreadsheet would run as a formula."""

from __future__ import annotations

import sys

import pytest

from app.exporting.cell_safety import WHITE_SPACE, csv_safe, looks_like_formula

FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-1+1",
    "@SUM(A1)",
    "\uff1d1+1",  # full-width '='
    "\uff0b1+1",
    "\uff0d1+1",
    "\uff20SUM(A1)",
    "\t=1+1",
    "\tplain",  # a leading tab alone is a trigger
    "\rplain",
    " =1+4",
    "   -2+3",
    "\u3000=1+1",  # ideographic space
    "\u00a0@x",
    "-",
    "+",
    "=",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_text_that_a_spreadsheet_would_run_gets_a_single_quote_and_stays_readable(
    text: str,
) -> None:
    assert looks_like_formula(text)
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("number", ["-3.5", "-3", "+525512345678", "-0,75", "+7", "-0.0001"])
def test_a_cell_that_is_wholly_a_number_stays_as_it_is(number: str) -> None:
    assert looks_like_formula(number)  # a spreadsheet reads it: as a number, nothing runs
    assert csv_safe(number) == number


def test_a_number_in_exponent_form_is_not_a_plain_number_and_is_quoted() -> None:
    assert csv_safe("-1E5") == "'-1E5"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Frutícola Ñuble SpA",
        "A=1+1",
        "1+1",
        "2026-01-05",
        "'=1+1",  # already quoted: left alone
        "Mango - Tommy",
        "北京 =1",
        "e@mail.example",
    ],
)
def test_other_text_stays_as_it_is(text: str) -> None:
    assert not looks_like_formula(text)
    assert csv_safe(text) == text


def test_an_empty_cell_stays_empty() -> None:
    assert csv_safe(None) is None
    assert csv_safe("") == ""


def test_white_space_is_every_character_python_strips() -> None:
    every = {ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace()}
    assert every == WHITE_SPACE
