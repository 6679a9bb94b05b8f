"""Exchange rates entered: one typed (add_rate), or a whole file read (import_rates): a CSV
`date,from,to,rate` or one of the ECB's reference-rate files, told apart by their content.

A rate is what one unit of `from_currency` costs in `to_currency` on `day`; the ECB's
files are EUR-based and are stored as EUR->X. Entering a rate for a day and pair that
already has one replaces it (the file, or the person typing, is the newer word).

add_rate writes through the ORM (its change is in the audit log, like any record's). A
file's rates are written set-wise, one query to read what is there and one executemany
each for new and changed rows, so the ECB's historical file (some 200,000 rates) loads in
seconds; those writes are not in the audit log (the file is their record). An import is
all or nothing: one bad row and nothing is written, the error naming every bad row (up to
MAX_ERRORS) by row and column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import FieldError, ServiceError, ValidationError, reason
from app.messages import join, translate
from app.rules import ecb_rates, parsing
from app.rules import validation as v
from app.services.common import flush
from models import FxRate, RateSource
from models.engine import ACTOR_KEY
from models.fx_rate import RATE_PRECISION, RATE_SCALE
from models.types import utcnow

LABEL = translate("Entities", "Exchange rate")
RATES: Table = FxRate.__table__  # type: ignore[assignment]
RATE = v.Limit(whole_digits=RATE_PRECISION - RATE_SCALE, scale=RATE_SCALE)
SMALLEST_RATE = Decimal(1).scaleb(-RATE_SCALE)
MAX_FILE_BYTES = 50_000_000
MAX_ERRORS = 5
CSV_COLUMNS = ("date", "from", "to", "rate")
"""The header of a rates CSV (any order, any case); the fields they fill below."""
CSV_FIELDS = {"date": "day", "from": "from_currency", "to": "to_currency", "rate": "rate"}


def _parse_rate(value: object, _ctx: Mapping[str, Any]) -> Decimal:
    rate = parsing.parse_positive(value, decimal_sep=_ctx.get("decimal_sep"))
    if rate < SMALLEST_RATE:
        raise ValueError(
            translate("Rates", "is too small: the smallest rate kept is {rate}").format(
                rate=f"{SMALLEST_RATE:f}"
            )
        )
    return rate


def _parse_to(value: object, ctx: Mapping[str, Any]) -> str:
    code = parsing.parse_currency(value)
    if code == ctx.get("from_currency"):
        raise ValueError(
            translate("Rates", "is the same currency as From ({code})").format(code=code)
        )
    return code


RATE_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("day", translate("Fields", "Date"), v.day(), required=True),
        v.Field("from_currency", translate("Fields", "From"), v.currency(), required=True),
        v.Field(
            "to_currency",
            translate("Fields", "To"),
            v.limited(_parse_to, v.Limit(length=3)),
            required=True,
        ),
        v.Field("rate", translate("Fields", "Rate"), v.limited(_parse_rate, RATE), required=True),
        v.Field(
            "source", translate("Fields", "Source"), v.choice(RateSource), True, RateSource.MANUAL
        ),
    ],
    model=FxRate,
)


@dataclass(frozen=True)
class RateRow:
    day: date
    from_currency: str
    to_currency: str
    rate: Decimal


@dataclass(frozen=True)
class AddedRate:
    rate: FxRate
    replaced: Decimal | None
    """The rate it replaced for the same day and pair (None: there was none)."""


def find_rate(session: Session, day: date, from_currency: str, to_currency: str) -> FxRate | None:
    return session.scalar(
        select(FxRate).where(
            FxRate.day == day,
            FxRate.from_currency == from_currency,
            FxRate.to_currency == to_currency,
        )
    )


def add_rate(
    session: Session, data: Mapping[str, Any], *, decimal_sep: str | None = None
) -> AddedRate:
    """One rate, typed: {day, from_currency, to_currency, rate[, source]}; an existing rate
    for the same day and pair is replaced. `decimal_sep`: the rate's decimal mark when the
    caller knows it (the command line: '.'); None refuses an ambiguous '1.085'."""
    values = RATE_FIELDS.clean(data, context={"decimal_sep": decimal_sep})
    found = find_rate(session, values["day"], values["from_currency"], values["to_currency"])
    if found is None:
        found = FxRate(**values)
        session.add(found)
        replaced = None
    else:
        replaced = found.rate
        found.rate, found.source = values["rate"], values["source"]
    flush(session, LABEL, found)
    return AddedRate(found, replaced)


# --- files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedRates:
    kind: str
    """'CSV', 'ECB daily XML' or 'ECB historical CSV'."""
    added: int
    changed: int
    unchanged: int
    first_day: date
    last_day: date
    skipped_currencies: list[str]

    @property
    def read(self) -> int:
        return self.added + self.changed + self.unchanged

    def summary(self, name: str) -> str:
        days = (
            self.first_day.isoformat()
            if self.first_day == self.last_day
            else translate("Rates", "{first} to {last}").format(
                first=self.first_day.isoformat(), last=self.last_day.isoformat()
            )
        )
        figures = {
            "file": name,
            "kind": self.kind,
            "days": days,
            "read": self.read,
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
        }
        if self.skipped_currencies:
            return translate(
                "Rates",
                "{file} ({kind}, {days}): {read} rates read, {added} added, "
                "{changed} changed, {unchanged} already there; "
                "skipped retired currencies {currencies}",
            ).format(**figures, currencies=", ".join(self.skipped_currencies))
        return translate(
            "Rates",
            "{file} ({kind}, {days}): {read} rates read, {added} added, "
            "{changed} changed, {unchanged} already there",
        ).format(**figures)


def import_rates(session: Session, path: Path) -> ImportedRates:
    """Read `path` (a rates CSV, the ECB's daily XML or historical CSV) and store its rates."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ServiceError(
                translate("Rates", "{file} is larger than {size} MB: is it a rates file?").format(
                    file=name, size=MAX_FILE_BYTES // 1_000_000
                )
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ServiceError(
            translate("Rates", "could not read {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    except UnicodeDecodeError:
        raise ServiceError(
            translate("Rates", "{file} is not a UTF-8 text file: save it as CSV (UTF-8)").format(
                file=name
            )
        ) from None
    return import_rates_text(session, text, name)


def import_rates_text(session: Session, text: str, name: str) -> ImportedRates:
    """What import_rates does with a file's text (the ECB download comes this way too)."""
    try:
        if ecb_rates.looks_like_ecb_xml(text):
            return store_ecb_file(session, ecb_rates.read_ecb_xml(text, name), "ECB daily XML")
        header = next(csv.reader(io.StringIO(text)), [])
        if ecb_rates.looks_like_ecb_csv(header):
            return store_ecb_file(session, ecb_rates.read_ecb_csv(text, name), "ECB historical CSV")
    except ecb_rates.EcbFileError as exc:
        raise ServiceError(
            translate("Rates", "{reason}; nothing was imported").format(reason=reason(exc))
        ) from None
    rows = _read_rates_csv(text, name)
    return store_rates(session, rows, RateSource.CSV, "CSV", [])


def store_ecb_file(session: Session, read: ecb_rates.EcbFile, kind: str) -> ImportedRates:
    rows = [RateRow(r.day, ecb_rates.BASE, r.currency, r.rate) for r in read.rates]
    for row in rows:
        try:
            RATE.check(row.rate)
        except ValueError as exc:
            raise ServiceError(
                translate("Rates", "{date} EUR->{currency}: rate {reason}").format(
                    date=row.day, currency=row.to_currency, reason=reason(exc)
                )
            ) from None
    return store_rates(session, rows, RateSource.ECB, kind, read.skipped)


def _read_rates_csv(text: str, name: str) -> list[RateRow]:
    delimiter = ";" if text.split("\n", 1)[0].count(";") >= len(CSV_COLUMNS) - 1 else ","
    lines = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [cell.strip().lower() for cell in lines[0]] if lines else []
    if sorted(header) != sorted(CSV_COLUMNS):
        raise ServiceError(
            translate(
                "Rates",
                "{file}: the first row must be the header 'date,from,to,rate' "
                "(it is {header}); nothing was imported",
            ).format(file=name, header=repr(",".join(lines[0]) if lines else "empty"))
        )
    context = {"decimal_sep": "," if delimiter == ";" else "."}
    rows: list[RateRow] = []
    seen: dict[tuple[date, str, str], tuple[int, Decimal]] = {}
    errors: list[object] = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        data = {CSV_FIELDS[column]: cell for column, cell in zip(header, cells, strict=False)}
        try:
            values = RATE_FIELDS.clean(data, context=context)
        except ValidationError as exc:
            errors.append(
                translate("Rates", "row {row}, {columns}").format(
                    row=number, columns=_columns(exc.errors)
                )
            )
            continue
        row = RateRow(values["day"], values["from_currency"], values["to_currency"], values["rate"])
        key = (row.day, row.from_currency, row.to_currency)
        earlier = seen.setdefault(key, (number, row.rate))
        if earlier[0] != number and earlier[1] != row.rate:
            errors.append(
                translate(
                    "Rates",
                    "row {row}: {from_currency}->{to_currency} on {date} is "
                    "already on row {earlier} with another rate",
                ).format(
                    row=number,
                    from_currency=row.from_currency,
                    to_currency=row.to_currency,
                    date=row.day,
                    earlier=earlier[0],
                )
            )
            continue
        if earlier[0] == number:
            rows.append(row)
    if errors:
        shown = join("; ", errors[:MAX_ERRORS])
        bad = len(errors)
        if bad > MAX_ERRORS:
            message = translate(
                "Rates",
                "{file}: %n bad row(s), nothing was imported: {rows} (and {more} more)",
                None,
                bad,
            ).format(file=name, rows=shown, more=bad - MAX_ERRORS)
        else:
            message = translate(
                "Rates", "{file}: %n bad row(s), nothing was imported: {rows}", None, bad
            ).format(file=name, rows=shown)
        raise ServiceError(message)
    if not rows:
        raise ServiceError(
            translate("Rates", "{file}: no rates under the header; nothing was imported").format(
                file=name
            )
        )
    return rows


_COLUMN_OF = {field: column for column, field in CSV_FIELDS.items()}


def _columns(errors: Sequence[FieldError]) -> str:
    return join(
        ", ",
        [
            translate("Rates", "column {column}: {message}").format(
                column=_COLUMN_OF.get(e.field, e.field), message=e.message
            )
            for e in errors
        ],
    )


def store_rates(
    session: Session,
    rows: Sequence[RateRow],
    source: RateSource,
    kind: str,
    skipped: list[str],
) -> ImportedRates:
    """Insert the new rows and update the changed ones, set-wise (see the module's note)."""
    table = RATES
    first, last = min(r.day for r in rows), max(r.day for r in rows)
    currencies = {r.from_currency for r in rows} | {r.to_currency for r in rows}
    existing = {
        (day, f, t): (id_, rate)
        for id_, day, f, t, rate in session.execute(
            select(FxRate.id, FxRate.day, FxRate.from_currency, FxRate.to_currency, FxRate.rate)
            .where(FxRate.day.between(first, last))
            .where(FxRate.from_currency.in_(currencies), FxRate.to_currency.in_(currencies))
        )
    }
    now, actor = utcnow(), session.info.get(ACTOR_KEY)
    new: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for row in rows:
        found = existing.get((row.day, row.from_currency, row.to_currency))
        if found is None:
            new.append(
                {
                    "day": row.day,
                    "from_currency": row.from_currency,
                    "to_currency": row.to_currency,
                    "rate": row.rate,
                    "source": source.value,
                    "created_at": now,
                    "updated_at": now,
                    "created_by": actor,
                    "updated_by": actor,
                    "version": 1,
                }
            )
        elif found[1] != row.rate:
            changed.append({"b_id": found[0], "b_rate": row.rate})
    try:
        if new:
            session.execute(insert(table), new)
        if changed:
            session.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    rate=bindparam("b_rate"),
                    source=source.value,
                    updated_at=now,
                    updated_by=actor,
                    version=table.c.version + 1,
                ),
                changed,
            )
    except IntegrityError:  # a concurrent import of the same days; the caller rolls back
        raise ServiceError(
            translate(
                "Rates",
                "someone else stored rates for the same days meanwhile; nothing was imported: "
                "import the file again",
            )
        ) from None
    return ImportedRates(
        kind,
        added=len(new),
        changed=len(changed),
        unchanged=len(rows) - len(new) - len(changed),
        first_day=first,
        last_day=last,
        skipped_currencies=skipped,
    )
