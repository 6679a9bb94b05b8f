"""A row's plan as bytes and back, for the plan store (app.importing.plan_store).

Every plan is written once and most are read back once or more (the commit, the table,
an earlier row a later one is folded into): both ways are on the planner's path, so
the encoding is marshal's (C, five times faster than pickle) wherever it can be:

- a plan's values are a dict of field keys (supplier.name, contact.email...) that
  nearly every row of a sheet shares: written as the number of its key tuple (kept by
  the codec, one per distinct set of keys) and the values in that order, so the keys
  are neither written nor made again for each plan, and plans read back share them;
- its problems, warnings, conflicts and match (frozen dataclasses) as tuples of their
  fields;
- status and decision as their values.

What marshal cannot write exactly (a Decimal, a date, an enum member among the values:
marshal refuses subclasses of str and int) goes through pickle, the same tuple.
"""

from __future__ import annotations

import marshal
import pickle
from dataclasses import fields
from operator import attrgetter

from app.importing.matching import Match
from app.importing.plan import Conflict, Decision, RowPlan, RowProblem, RowStatus

_MARSHALLED, _PICKLED = b"m", b"p"
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_STATUSES = {s.value: s for s in RowStatus}
_DECISIONS = {d.value: d for d in Decision}
STATUS_VALUES: dict[RowStatus, str] = {s: s.value for s in RowStatus}
DECISION_VALUES: dict[Decision, str] = {d: d.value for d in Decision}
"""A member's value as plain text (marshal writes no str subclass), by a dict lookup:
.value is a descriptor call, four of them a plan."""
_PROBLEM = attrgetter(*(f.name for f in fields(RowProblem)))
_CONFLICT = attrgetter(*(f.name for f in fields(Conflict)))
_MATCH = attrgetter(*(f.name for f in fields(Match)))
_PLAN_FIELDS = tuple(f.name for f in fields(RowPlan))
_ENCODED = (
    "sheet",
    "row",
    "status",
    "values",
    "raw",
    "problems",
    "warnings",
    "match",
    "supplier_id",
    "seen_version",
    "merged_into",
    "fills",
    "conflicts",
    "take_new",
    "contact_id",
    "new_contact",
    "new_products",
    "decision",
    "index",
)
assert _PLAN_FIELDS == _ENCODED, "RowPlan's fields changed: encode them in PlanCodec"


class PlanCodec:
    """Encodes and decodes the plans of one store (the key tuples are its own)."""

    def __init__(self) -> None:
        self._key_sets: list[tuple[str, ...]] = []
        self._key_ids: dict[tuple[str, ...], int] = {}

    def _keys_id(self, keys: tuple[str, ...]) -> int:
        found = self._key_ids.get(keys)
        if found is None:
            found = self._key_ids[keys] = len(self._key_sets)
            self._key_sets.append(keys)
        return found

    def dump(self, plan: RowPlan) -> bytes:
        values = plan.values
        match = plan.match
        state = (
            plan.sheet,
            plan.row,
            STATUS_VALUES[plan.status],
            self._keys_id(tuple(values)),
            tuple(values.values()),
            plan.raw,
            [_PROBLEM(p) for p in plan.problems] if plan.problems else None,
            [_PROBLEM(p) for p in plan.warnings] if plan.warnings else None,
            None if match is None else _MATCH(match),
            plan.supplier_id,
            plan.seen_version,
            plan.merged_into,
            plan.fills,
            [_CONFLICT(c) for c in plan.conflicts] if plan.conflicts else None,
            plan.take_new,
            plan.contact_id,
            plan.new_contact,
            plan.new_products,
            DECISION_VALUES[plan.decision],
            plan.index,
        )
        try:
            return _MARSHALLED + marshal.dumps(state, 4)
        except ValueError:
            return _PICKLED + pickle.dumps(state, _PROTOCOL)

    def load(self, data: bytes) -> RowPlan:
        body = memoryview(data)[1:]
        (
            sheet,
            row,
            status,
            keys_id,
            values,
            raw,
            problems,
            warnings,
            match,
            supplier_id,
            seen_version,
            merged_into,
            fills,
            conflicts,
            take_new,
            contact_id,
            new_contact,
            new_products,
            decision,
            index,
        ) = marshal.loads(body) if data[:1] == _MARSHALLED else pickle.loads(body)
        return RowPlan(
            sheet,
            row,
            _STATUSES[status],
            dict(zip(self._key_sets[keys_id], values, strict=True)),
            raw,
            [RowProblem(*p) for p in problems] if problems else [],
            tuple(RowProblem(*p) for p in warnings) if warnings else (),
            None if match is None else Match(*match),
            supplier_id,
            seen_version,
            merged_into,
            fills,
            [Conflict(*c) for c in conflicts] if conflicts else [],
            take_new,
            contact_id,
            new_contact,
            new_products,
            _DECISIONS[decision],
            index,
        )


__all__ = ["DECISION_VALUES", "STATUS_VALUES", "PlanCodec"]
