"""What the commands' arguments are read as, and argparse's complaints in plain words.

Ids: a whole number a record can have (1 to MAX_ID); an id no record can have (0,
10^30) is "Supplier 10^30 does not exist" (status 1, as for any missing record) without
asking the database, whose integer columns could not even hold it. Limits: 1 or more.
Parser: argparse's own convention (usage, then one line, exit status 2), the line saying
what is wrong in words a person can act on ("ID must be a whole number, not 'abc'", not
"invalid int value").
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

from app.errors import NotFoundError
from models.types import INTEGER_MAX

MAX_ID = INTEGER_MAX
"""The largest id a record can have: ids are INTEGER columns (4 bytes on PostgreSQL);
the same limit on SQLite, so that a database copied to a server keeps every id."""

SHOWN_CHARS = 40
"""How much of a bad value a message repeats."""


def shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def whole_number(text: str) -> int:
    """The argument as an int; a number too long for Python's int() (over 4,300 digits)
    as one just past MAX_ID, with its sign, since it is past every limit anyway."""
    try:
        return int(text)
    except ValueError:
        if text.strip().lstrip("+-").isdecimal():
            return -(MAX_ID + 1) if text.strip().startswith("-") else MAX_ID + 1
        raise argparse.ArgumentTypeError(f"must be a whole number, not {shown(text)!r}") from None


def whole_number_text(text: str) -> str:
    """The type of an id whose kind of record another argument says (`history KIND ID`):
    checked to be a whole number, kept as typed for existing_id once the kind is known."""
    whole_number(text)
    return text


def existing_id(entity: str, text: str) -> int:
    """The id `text` names; NotFoundError when no record can have it (not a question for
    the database: PostgreSQL would refuse a number past its integer type)."""
    value = whole_number(text)
    if not 1 <= value <= MAX_ID:
        raise NotFoundError(entity, shown(text))
    return value


@dataclass(frozen=True)
class NoRecord:
    """What record_id reads an id no record can have as: refused by refuse_missing once
    the whole command line is read (an exception out of argparse would cut short the
    parse main.py does to choose between the window and a command)."""

    entity: str
    text: str

    def error(self) -> NotFoundError:
        return NotFoundError(self.entity, shown(self.text))


def record_id(entity: str) -> Callable[[str], int | NoRecord]:
    """The type of an argument that names one `entity` ('Supplier', as its service
    names it in NotFoundError) by id."""

    def parse(text: str) -> int | NoRecord:
        try:
            return existing_id(entity, text)
        except NotFoundError:
            return NoRecord(entity, text)

    return parse


def refuse_missing(args: argparse.Namespace) -> None:
    """NotFoundError for the first id argument no record can have."""
    for value in vars(args).values():
        if isinstance(value, NoRecord):
            raise value.error()


def positive(text: str) -> int:
    """A count or a row number: 1 or more."""
    value = whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {shown(text)}")
    return value


def limit(text: str) -> int:
    """`--limit N`: 1 or more; a limit past MAX_ID is the same as MAX_ID (no table holds
    more rows), and a number the database could not bind would be an error."""
    return min(positive(text), MAX_ID)


class Parser(argparse.ArgumentParser):
    """argparse with its error line made readable (sub-commands' parsers are made of the
    same class: argparse builds them from the parent's)."""

    def error(self, message: str) -> NoReturn:
        super().error(readable(message))


_ARGUMENT = re.compile(r"argument (?P<name>[^:]+): (?P<rest>.*)", re.DOTALL)
_INVALID_VALUE = re.compile(r"invalid (?P<type>\w+) value: (?P<value>.*)", re.DOTALL)
_INVALID_CHOICE = re.compile(
    r"invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)", re.DOTALL
)
_REQUIRED = "the following arguments are required: "
_UNRECOGNIZED = "unrecognized arguments: "
_KINDS = {"int": "a whole number", "float": "a number"}


def readable(message: str) -> str:
    """argparse's error message in words a person can act on."""
    if message.startswith(_REQUIRED):
        names = [_name(n) for n in message.removeprefix(_REQUIRED).split(", ")]
        missing = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"{missing} {'is' if len(names) == 1 else 'are'} missing (see --help)"
    if message.startswith(_UNRECOGNIZED):
        extra = message.removeprefix(_UNRECOGNIZED)
        return f"unknown argument {extra} (see --help for what this command takes)"
    match = _ARGUMENT.fullmatch(message)
    if match is None:
        return message
    name, rest = _name(match["name"]), match["rest"]
    if rest.startswith("must "):  # this module's types: the sentence without its subject
        return f"{name} {rest}"
    if value := _INVALID_VALUE.fullmatch(rest):
        kind = _KINDS.get(value["type"], f"a {value['type']}")
        return f"{name} must be {kind}, not {value['value']}"
    if choice := _INVALID_CHOICE.fullmatch(rest):
        words = [w.strip().strip("'\"") for w in choice["choices"].split(",")]
        return f"{name} must be one of {', '.join(words)}; not {choice['value']}"
    if rest.startswith("expected") and "argument" in rest:  # expected one argument
        return f"{name} needs a value"
    return f"{name}: {rest}"


def _name(name: str) -> str:
    """'-o/--output' -> '--output'; a positional's name as its usage shows it ('ID')."""
    options = name.split("/")
    if options[-1].startswith("--"):
        return options[-1]
    return name if name.startswith("-") else name.upper()
