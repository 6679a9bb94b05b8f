"""A list's values as a spreadsheet shows them: enum labels, 'yes' for true, times local
and without a zone, numbers and dates as .csv text, text that looks like a formula
quoted in a .csv (cell_safety)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.exporting.cell_safety import csv_safe
from app.exporting.list_sources import ColumnKind
from app.rules.vocabulary import label


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def local_time(value: datetime) -> datetime:
    """Stored UTC, shown local, without a zone (spreadsheets have none)."""
    if value.tzinfo is not None:
        # Same as astimezone().replace(tzinfo=None), in half the time (once a row).
        return datetime.fromtimestamp(value.timestamp())
    return value


def _csv_value(kind: ColumnKind, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind in ("number", "money") and isinstance(value, int | float | Decimal):
        if isinstance(value, Decimal):
            return format(value, "f")
        return str(value)
    if kind == "date":
        if isinstance(value, datetime):
            return local_time(value).isoformat(sep=" ", timespec="minutes")
        if isinstance(value, date):
            return value.isoformat()
    return csv_safe(cell_text(value))


def csv_converter(kind: ColumnKind) -> Callable[[Any], str]:
    """`_csv_value` for one column, with the common cases first (it runs once a cell).
    Numbers and dates the program formats are written as they are; any text goes
    through `csv_safe`, so none is run as a formula."""
    if kind == "date":

        def date_value(value: Any) -> str:
            if type(value) is datetime:
                return local_time(value).isoformat(sep=" ", timespec="minutes")
            if type(value) is date:
                return value.isoformat()
            return _csv_value(kind, value)

        return date_value
    if kind in ("number", "money"):

        def number_value(value: Any) -> str:
            if type(value) is Decimal:
                return format(value, "f")
            return _csv_value(kind, value)

        return number_value
    text: Callable[[Any], str] = text_converter("")  # text, a label or ""

    def text_value(value: Any) -> str:
        return csv_safe(text(value))

    return text_value


def text_converter(empty: Any) -> Callable[[Any], Any]:
    """`cell_text` for one column (`empty` for a missing value), enum labels cached."""
    labels: dict[Any, str] = {}

    def text_value(value: Any) -> Any:
        if value is None or value == "":
            return empty
        if type(value) is str:
            return value
        if isinstance(value, StrEnum):
            found = labels.get(value)
            if found is None:
                found = labels[value] = label(value)
            return found
        return cell_text(value) or empty

    return text_value
