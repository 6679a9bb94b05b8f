"""The European Central Bank's euro reference rates, read from its two published files.

- the daily XML (eurofxref-daily.xml, also the 90-day and historical XML files): Cube
  elements `<Cube time="2026-12-18">` holding `<Cube currency="USD" rate="1.0850"/>`;
- the historical CSV (eurofxref-hist.csv): a header `Date,USD,JPY,...` and one row per
  day, "N/A" (or nothing) where the ECB published no rate for a currency that day.

Every rate is EUR-based: one euro costs `rate` of the currency. A currency that is no
longer an ISO 4217 code (the historical file keeps CYP, ROL, HRK... of the years before
those countries took the euro) is skipped and named in `EcbFile.skipped`, not refused: the
file is the ECB's own. Nothing here touches a
database; app.services.fx_rates stores what is read. A file that is not what it claims
raises EcbFileError naming the file and where it went wrong.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.errors import reason
from app.messages import join, translate
from app.rules import countries, parsing

BASE = "EUR"
MISSING = frozenset({"", "N/A", "NA", "-"})


@dataclass(frozen=True)
class EcbRate:
    day: date
    currency: str
    rate: Decimal
    """Units of `currency` for one euro."""


@dataclass(frozen=True)
class EcbFile:
    rates: list[EcbRate]
    skipped: list[str]
    """Currency codes of the file that are not current ISO 4217 codes (sorted)."""


class EcbFileError(ValueError):
    """The file is not a readable ECB rates file; the message says where."""


def looks_like_ecb_xml(text: str) -> bool:
    head = text.lstrip()[:2000]
    return head.startswith("<") and "Cube" in head


def looks_like_ecb_csv(header: list[str]) -> bool:
    """`Date,USD,JPY,...`: a date column then currency codes (empty trailing cells allowed)."""
    cells = [c.strip() for c in header]
    codes = [c for c in cells[1:] if c]
    return (
        bool(cells)
        and cells[0].lower() == "date"
        and bool(codes)
        and all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)
    )


def read_ecb_xml(text: str, name: str) -> EcbFile:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise EcbFileError(
            translate(
                "Rates", "{file}: an ECB file declares no document type; this one does"
            ).format(file=name)
        )
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise EcbFileError(
            translate("Rates", "{file}: not well-formed XML ({reason})").format(
                file=name, reason=exc
            )
        ) from None
    rates: list[EcbRate] = []
    skipped: set[str] = set()
    for day_cube in root.iter():
        if _local(day_cube.tag) != "Cube" or "time" not in day_cube.attrib:
            continue
        day = _day(
            day_cube.attrib["time"], translate("Rates", "{file}: Cube time").format(file=name)
        )
        for cube in day_cube:
            currency, raw = cube.attrib.get("currency"), cube.attrib.get("rate")
            if _local(cube.tag) != "Cube" or currency is None or raw is None:
                continue
            if not countries.is_currency(currency):
                skipped.add(currency)
                continue
            where = join(": ", [name, f"{day} {currency}"])
            rates.append(EcbRate(day, currency, _rate(raw, where)))
    if not rates:
        raise EcbFileError(
            translate(
                "Rates", "{file}: no <Cube time=...> with rates in it: is it an ECB file?"
            ).format(file=name)
        )
    return EcbFile(rates, sorted(skipped))


def read_ecb_csv(text: str, name: str) -> EcbFile:
    rows = list(csv.reader(io.StringIO(text)))
    header = [c.strip() for c in rows[0]] if rows else []
    if not looks_like_ecb_csv(header):
        raise EcbFileError(
            translate(
                "Rates", "{file}: the first row is not the ECB's 'Date,USD,JPY,...' header"
            ).format(file=name)
        )
    skipped = sorted(c for c in header[1:] if c and not countries.is_currency(c))
    rates: list[EcbRate] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        day = _day(row[0], _cell(name, number, "Date"))
        for code, cell in zip(header[1:], row[1:], strict=False):
            if not code or code in skipped or cell.strip().upper() in MISSING:
                continue
            rates.append(EcbRate(day, code, _rate(cell, _cell(name, number, code))))
    if not rates:
        raise EcbFileError(
            translate("Rates", "{file}: no rates under the header").format(file=name)
        )
    return EcbFile(rates, skipped)


def _cell(name: str, number: int, column: str) -> str:
    return translate("Rates", "{file} row {row}, column {column}").format(
        file=name, row=number, column=column
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _day(raw: str, where: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise EcbFileError(
            translate("Rates", "{where}: {value} is not a yyyy-mm-dd date").format(
                where=where, value=repr(raw.strip())
            )
        ) from None


def _rate(raw: str, where: str) -> Decimal:
    try:
        return parsing.parse_positive(raw.strip(), decimal_sep=".")
    except ValueError as exc:
        raise EcbFileError(join(": ", [where, reason(exc)])) from None
