"""What two people changed when one saves over the other's edit (optimistic locking).

The form keeps the values it loaded (`original`); when its save is refused as stale,
the row as it is now (`theirs`) and what the user typed (`yours`) are compared field by
field so the user can choose, per field, whose value stays.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.rules.validation import FormSpec


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    original: Any
    theirs: Any
    yours: Any

    @property
    def they_changed(self) -> bool:
        return bool(self.theirs != self.original)

    @property
    def you_changed(self) -> bool:
        return bool(self.yours != self.original)

    @property
    def clash(self) -> bool:
        """Both changed the field, to different values: the user must choose."""
        return self.they_changed and self.you_changed and self.theirs != self.yours


def compare(
    spec: FormSpec,
    original: Mapping[str, Any],
    theirs: Mapping[str, Any],
    yours: Mapping[str, Any],
) -> list[FieldChange]:
    """Every field of `spec` that either side changed, in the form's order."""
    changes = []
    for name, field in spec.fields.items():
        if name not in yours and name not in theirs:
            continue
        before = original.get(name)
        change = FieldChange(
            name, field.label, before, theirs.get(name, before), yours.get(name, before)
        )
        if change.they_changed or change.you_changed:
            changes.append(change)
    return changes


def merged(changes: list[FieldChange], keep_yours: set[str]) -> dict[str, Any]:
    """The values to save on top of their row: yours where chosen, and every field only
    you changed; their edits stay everywhere else."""
    return {
        c.field: c.yours
        for c in changes
        if c.you_changed and (not c.they_changed or c.field in keep_yours)
    }
