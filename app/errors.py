"""The errors every service raises; the UI and the CLI show their messages as they are."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.messages import Message, translate


class ServiceError(Exception):
    """Base of every error a user may see: its message is written for them."""


@dataclass(frozen=True)
class FieldError:
    field: str
    label: str
    message: str
    value: object = None

    def __str__(self) -> str:
        return str(self.text)

    @property
    def text(self) -> Message:
        """'Label: reason', translatable (the label and reason may be Messages)."""
        return translate("Errors", "{label}: {message}").format(
            label=self.label, message=self.message
        )


class ValidationError(ServiceError):
    """Every bad field of one request, each with a readable reason."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)


class NotFoundError(ServiceError):
    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(
            translate("Errors", "{entity} {key} does not exist").format(entity=entity, key=key)
        )


class ConflictError(ServiceError):
    """The row changed since the caller read it: their copy is stale."""

    def __init__(self, entity: str, key: object, expected: int, actual: int | None) -> None:
        self.entity = entity
        self.key = key
        self.expected_version = expected
        self.actual_version = actual
        if actual is None:
            message = translate(
                "Errors", "{entity} {key} was changed by someone else (it has been deleted)"
            ).format(entity=entity, key=key)
        else:
            message = translate(
                "Errors",
                "{entity} {key} was changed by someone else "
                "(it is now at version {actual}, you edited version {expected})",
            ).format(entity=entity, key=key, actual=actual, expected=expected)
        super().__init__(message)


class InUseError(ServiceError):
    """A hard delete was refused because other rows still refer to this one."""


def reason(error: BaseException) -> str:
    """An exception's message, the Message itself when it was raised with one (str(error)
    would give plain English and lose its translation)."""
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
