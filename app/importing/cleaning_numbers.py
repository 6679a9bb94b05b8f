"""Numbers in imported cells: the column's decimal mark, plain numbers and amounts of money.

A sheet written in Mexico or Brazil says "12.500,50" where one written in the United
States says "12,500.50"; "1.200" alone could be either. The mark is decided once per
column from the values that give it away (a mark followed by other than three digits,
both marks in one number, a mark used twice), so that the ambiguous values of that
column are read the same way as the rest. With no evidence at all, an ambiguous value
is refused (CellError.ambiguous) rather than guessed.

Numbers from a workbook (int, float) need no mark. Floats are read as the 15 significant
digits Excel keeps, so the binary noise of 2.4500000000000002 never reaches a price.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from app.errors import ServiceError
from app.importing.source import CellValue
from app.messages import translate
from app.rules.parsing import parse_decimal, parse_money

DecimalMark = Literal["comma", "point"]

PLACEHOLDERS = frozenset({"-", "--", "---", "—", "–", "n/a", "n/d", "s/d", "#n/a", "?"})
"""What people write in a cell to say "nothing here": read as an empty cell wherever the
field is not free text."""


# C0/C1 control characters, the byte-order mark and zero-width characters: what
# spreadsheets and web pages leave behind in a cell.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]+")


def tidy(text: str) -> str:
    """`text` trimmed, without invisible characters (a stray BOM or zero-width space)."""
    text = text.strip()
    if not text.isprintable():
        text = _INVISIBLE.sub(" ", text).strip()
    return text


class CellError(ServiceError):
    """A cell that cannot be read as its field: str(error) is the reason, for the user.

    `ambiguous` is True when the value could mean two things (a date order, a decimal
    mark): the user chooses, the program never guesses.
    """

    def __init__(self, message: str, *, ambiguous: bool = False) -> None:
        super().__init__(message)
        self.message = message
        """The reason (a translatable Message where the importer wrote it)."""
        self.ambiguous = ambiguous


# The first number in a cell ('US$ 12.500,50' -> '12.500,50'), digit groups included.
_TOKEN = re.compile(r"\d(?:[\d.,'\u00a0\u202f]| (?=\d))*")
_GROUPING = str.maketrans("", "", " '\u00a0\u202f")
# The common spellings, read without parse_decimal: digits with or without thousands
# groups and a fraction.
_FAST = {
    "point": re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"),
    "comma": re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"),
}
_TO_PYTHON: dict[str, dict[int, int | None]] = {
    "point": str.maketrans("", "", ","),
    "comma": str.maketrans(",", ".", "."),
}
_PLAIN_INTEGER = re.compile(r"-?\d+")
_EXAMPLE = {"comma": "1.234,56", "point": "1,234.56"}


def number_evidence(text: str) -> DecimalMark | Literal["ambiguous"] | None:
    """What the first number in `text` says about the decimal mark: 'comma', 'point',
    'ambiguous' ('1.200': one mark followed by three digits) or None (no mark at all)."""
    match = _TOKEN.search(text)
    if match is None:
        return None
    digits = match.group().rstrip(".,").translate(_GROUPING)
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        return "point" if digits.rfind(".") > digits.rfind(",") else "comma"
    if dots > 1:
        return "comma"
    if commas > 1:
        return "point"
    if not dots and not commas:
        return None
    mark = "." if dots else ","
    head, _, tail = digits.partition(mark)
    # A thousands separator has one to three non-zero-led digits before it and three after.
    if len(tail) != 3 or len(head) > 3 or not head.lstrip("0"):
        return "point" if mark == "." else "comma"
    return "ambiguous"


def detect_decimal(values: Iterable[CellValue]) -> DecimalMark | None:
    """The decimal mark most of the column's distinct texts prove; None when no text
    proves either (or as many prove one as the other)."""
    votes = {"comma": 0, "point": 0, "ambiguous": 0}
    seen: set[str] = set()
    for value in values:
        if type(value) is not str or value in seen:
            continue
        seen.add(value)
        if "," in value or "." in value:
            evidence = number_evidence(value)
            if evidence is not None:
                votes[evidence] += 1
    if votes["comma"] > votes["point"]:
        return "comma"
    if votes["point"] > votes["comma"]:
        return "point"
    return None


def decimal_from_number(value: int | float) -> Decimal:
    """A workbook number as a Decimal: integers exact, floats to Excel's 15 digits."""
    if isinstance(value, int):
        return Decimal(value)
    if not math.isfinite(value):
        raise CellError(translate("Importing", "{value} is not a number").format(value=repr(value)))
    if value.is_integer() and abs(value) < 2**53:
        return Decimal(int(value))
    return Decimal(format(value, ".15g"))


def number_text(value: float) -> str:
    """How a workbook number reads as text: 30712345678.0 -> '30712345678', 2.45 -> '2.45'."""
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return format(value, ".15g")


class NumberReader:
    """Reads the numbers of one column with its decimal mark (None: undecided)."""

    def __init__(self, mark: DecimalMark | None) -> None:
        self.mark = mark
        self._fast = _FAST[mark] if mark else _PLAIN_INTEGER
        self._to_python = _TO_PYTHON[mark] if mark else None

    def decimal(self, raw: CellValue) -> Decimal | None:
        if type(raw) is str:
            if self._fast.fullmatch(raw):
                return Decimal(raw.translate(self._to_python) if self._to_python else raw)
            text = tidy(raw)
            if not text or text.lower() in PLACEHOLDERS:
                return None
            try:
                return parse_decimal(text, decimal_sep=self._separator(text))
            except ValueError as exc:
                raise CellError(self._reason(exc, text)) from None
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise CellError(
                translate("Importing", "{value} is not a number").format(value=repr(_shown(raw)))
            )
        return decimal_from_number(raw)

    def money(self, raw: CellValue) -> tuple[Decimal, str | None] | None:
        if type(raw) is str:
            if self._fast.fullmatch(raw):
                amount = Decimal(raw.translate(self._to_python) if self._to_python else raw)
                return amount, None
            text = tidy(raw)
            if not text or text.lower() in PLACEHOLDERS:
                return None
            try:
                return parse_money(text, decimal_sep=self._separator(text))
            except ValueError as exc:
                raise CellError(self._reason(exc, text)) from None
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise CellError(
                translate("Importing", "{value} is not an amount of money").format(
                    value=repr(_shown(raw))
                )
            )
        return decimal_from_number(raw), None

    def _separator(self, text: str) -> str | None:
        mark = self.mark
        if mark is None:
            evidence = number_evidence(text)
            if evidence == "ambiguous":
                raise CellError(_ambiguous(text), ambiguous=True)
            mark = evidence
        return None if mark is None else "," if mark == "comma" else "."

    def _reason(self, exc: ValueError, text: str) -> str:
        reason = str(exc)
        if self.mark is not None and number_evidence(text) not in (None, self.mark):
            return translate(
                "Importing",
                "{reason} (this column writes numbers with a decimal {mark}, like {example})",
            ).format(reason=reason, mark=self.mark, example=_EXAMPLE[self.mark])
        return reason


def _ambiguous(text: str) -> str:
    match = _TOKEN.search(text)
    token = match.group().rstrip(".,").translate(_GROUPING) if match else text
    mark = "." if "." in token else ","
    head, _, tail = token.partition(mark)
    as_decimal = f"{head}.{tail.rstrip('0')}".rstrip(".")
    return translate(
        "Importing",
        "{value} could be {decimal} or {whole}: choose the column's decimal mark (comma or point)",
    ).format(value=repr(text), decimal=as_decimal, whole=f"{head}{tail}")


def _shown(value: CellValue) -> str:
    return str(value).strip()
