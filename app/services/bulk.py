"""Fast insert of many already-normalised rows: the benchmark's loader, and the
spreadsheet importer's once it has validated every row.

The records are trusted: each field holds what the services would have stored (ISO
country code, E.164 phone, trimmed text); nothing is parsed here. The name keys and
the search text are computed exactly as the ORM listener of models/search_index.py
computes them. Only cheap checks are made: the sanity of a few fields, and every value
against its column's limits (characters, digits before the decimal point, the INTEGER
range; validation.Limit read from the columns themselves), keys derived from the values
included (a product's folded name, a tax id's matching key: see app.services.products
and app.services.suppliers), so PostgreSQL never refuses a value and SQLite never keeps
one past its column. A failure raises ValidationError naming the record (its 0-based
position in the input) and the field.

Rows go in as tuples through models.bulk_writer (the driver's executemany on SQLite,
SQLAlchemy Core's elsewhere), a chunk at a time, so memory stays flat whatever the
input size. The caller owns the transaction: nothing
here commits, and after an error the caller must roll back (earlier chunks are in).

What the services do besides inserting is done here too, set-wise:
- a negotiation records that its supplier sells its product (supplier_products) and
  that product's name joins the supplier's search text (as create_negotiation does);
- an offer moves a lead or sampling negotiation to negotiating (as add_offer does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from itertools import islice
from operator import attrgetter
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError, reason
from app.messages import translate
from app.rules.validation import Limit
from app.services.bulk_records import ContactRecord, NegotiationRecord, OfferRecord, SupplierRecord
from app.services.negotiations import STAGES_ADVANCED_BY_AN_OFFER
from app.services.products import KEY_COLUMN as PRODUCT_KEY
from app.services.products import fitting_key
from app.services.suppliers import checked_tax_id_key
from models import (
    Contact,
    Negotiation,
    NegotiationStage,
    Offer,
    Product,
    Supplier,
    Unit,
    supplier_products,
)
from models.base import Base
from models.bulk_writer import Mover, TableWriter, moving
from models.engine import ACTOR_KEY
from models.search_index import deferred_indexing, index_statement, supplier_keys
from models.text import fold

__all__ = [
    "ContactRecord",
    "NegotiationRecord",
    "OfferRecord",
    "SupplierRecord",
    "bulk_insert_negotiations",
    "bulk_insert_offers",
    "bulk_insert_suppliers",
]

DEFAULT_CHUNK_SIZE = 2000
"""Records handled at a time: the memory held is one chunk's rows, whatever the input."""

SUPPLIERS: Table = Supplier.__table__  # type: ignore[assignment]
CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
PRODUCTS: Table = Product.__table__  # type: ignore[assignment]
NEGOTIATIONS: Table = Negotiation.__table__  # type: ignore[assignment]
OFFERS: Table = Offer.__table__  # type: ignore[assignment]


R = TypeVar("R")


# --- suppliers ------------------------------------------------------------------------------


def bulk_insert_suppliers(
    session: Session,
    records: Iterable[SupplierRecord],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    created_products: list[int] | None = None,
    on_chunk: Callable[[int], None] | None = None,
    expected: int | None = None,
) -> list[int]:
    """Insert suppliers with their contacts and products; return their ids in input order.

    Products named by a record and not yet known are created; their ids are appended to
    `created_products` when given (the importer records them, to undo them).
    `on_chunk(done)` is called after each chunk (progress; it may raise to stop).
    `expected`: how many records there are, when known (PostgreSQL takes their ids at
    once).

    The search index takes the new suppliers a chunk at a time (deferred_indexing), not
    one trigger call per row. On SQLite each chunk is staged and then copied into the
    tables, and indexed, on a second thread while the next chunk is prepared
    (models.bulk_writer.Mover).
    """
    session.flush()
    stamps = _Stamps(session)
    contact_keys = _Folds()
    ids: list[int] = []
    with deferred_indexing(session.connection()) as to_index, moving(session) as mover:
        products = _ProductCache(session, stamps, created_products, mover)
        writers = _SupplierWriters(session, mover, stamps)
        writers.suppliers.reserve_ids(expected or 0)
        for start, chunk in _chunks(records, chunk_size):
            _check_suppliers(start, chunk, products)
            product_ids = products.resolve(name for r in chunk for name in r.product_names)
            # Every row of the chunk is built before any is staged: the Mover copies the
            # previous chunk meanwhile, and the three stagings then follow each other.
            rows = [_supplier_row(r, products) for r in chunk]
            chunk_ids = writers.suppliers.new_ids(len(rows))
            contacts = [
                _contact_row(supplier_id, c, contact_keys)
                for supplier_id, r in zip(chunk_ids, chunk, strict=True)
                for c in r.contacts
            ]
            links = [
                (supplier_id, product_id)
                for supplier_id, r in zip(chunk_ids, chunk, strict=True)
                for product_id in sorted({product_ids[products.key(n)] for n in r.product_names})
            ]
            writers.suppliers.insert(rows, chunk_ids)
            writers.contacts.insert(contacts)
            writers.links.insert(links)
            del rows, contacts, links
            if chunk_ids and not writers.suppliers.copy:
                # SQLite: indexed on the mover's thread too, while the next chunk is prepared.
                mover.submit([index_statement(chunk_ids[0], chunk_ids[-1])])
            else:
                to_index.extend(chunk_ids)
            ids.extend(chunk_ids)
            if on_chunk is not None:
                on_chunk(len(ids))
    return ids


_SUPPLIER_FIELDS = tuple(
    f.name for f in fields(SupplierRecord) if f.name not in ("contacts", "product_names")
)
SUPPLIER_COLUMNS = (*_SUPPLIER_FIELDS, "name_key", "tax_id_key", "search_text")
"""The suppliers' columns a row of _supplier_row fills, in its order."""
CONTACT_COLUMNS = ("supplier_id", "name_key", *(f.name for f in fields(ContactRecord)))
"""The contacts' columns a row of _contact_row fills, in its order."""
_supplier_values = attrgetter(*_SUPPLIER_FIELDS)
_contact_values = attrgetter(*CONTACT_COLUMNS[2:])


class _SupplierWriters:
    def __init__(self, session: Session, mover: Mover, stamps: _Stamps) -> None:
        self.suppliers = TableWriter(
            session, SUPPLIERS, SUPPLIER_COLUMNS, mover, constants=stamps.new_row
        )
        self.contacts = TableWriter(
            session, CONTACTS, CONTACT_COLUMNS, mover, constants=stamps.new_row
        )
        self.links = TableWriter(session, supplier_products, ("supplier_id", "product_id"), mover)


def _check_suppliers(start: int, chunk: Sequence[SupplierRecord], products: _ProductCache) -> None:
    errors: list[FieldError] = []
    for i, r in enumerate(chunk, start):
        if not isinstance(r.name, str) or not r.name.strip():
            errors.append(_error(i, "name", translate("Validation", "is empty"), r.name))
        country = r.country
        if not (
            isinstance(country, str)
            and len(country) == 2
            and country.isascii()
            and country.isalpha()
            and country.isupper()
        ):
            errors.append(
                _error(
                    i,
                    "country",
                    translate("Bulk", "is not an ISO 3166 alpha-2 code such as MX"),
                    country,
                )
            )
        errors.extend(_SUPPLIER_LIMITS.errors(i, r))
        if r.tax_id is not None and not r.tax_id.isascii():  # ASCII keys are never longer
            try:
                checked_tax_id_key(r.tax_id)
            except ValueError as exc:
                errors.append(_error(i, "tax_id", reason(exc), r.tax_id))
        for n, contact in enumerate(r.contacts):
            if not isinstance(contact.name, str) or not contact.name.strip():
                errors.append(
                    _error(
                        i, f"contacts.{n}.name", translate("Validation", "is empty"), contact.name
                    )
                )
            errors.extend(_CONTACT_LIMITS.errors(i, contact, f"contacts.{n}."))
        if sum(1 for c in r.contacts if c.is_primary) > 1:
            errors.append(
                _error(i, "contacts", translate("Bulk", "has more than one main contact"))
            )
        for n, product in enumerate(r.product_names):
            key = products.key(product)
            if not key:
                errors.append(
                    _error(i, f"product_names.{n}", translate("Validation", "is empty"), product)
                )
            elif len(product) > _PRODUCT_NAME_LENGTH or len(key) > _PRODUCT_KEY_LENGTH:
                try:
                    _PRODUCT_NAME.check(product)
                    fitting_key(key, PRODUCT_KEY, "search")
                except ValueError as exc:
                    errors.append(_error(i, f"product_names.{n}", reason(exc), product))
    if errors:
        raise ValidationError(errors)


_CHECKED_APART = ("country", "currency")
"""Fields whose exact form is checked (and named) on their own: no second error on length."""


class _Limits:
    """The limits of the columns a record's fields fill, read from the columns' types
    (validation.Limit.of_column, the one source of every limit), checked a record at a
    time. Texts, the common case, are checked by their lengths alone first: one len()
    and a comparison each (about 2 us for a supplier and its contact, 0.2 s of CPU for
    100,000 records like tests/benchmarks/import_bench's)."""

    def __init__(self, table: Table, names: Iterable[str]) -> None:
        limited = [
            (name, limit)
            for name in names
            if name in table.c
            and name not in _CHECKED_APART
            and (limit := Limit.of_column(table.c[name].type)) is not None
        ]
        self.texts = tuple((name, limit) for name, limit in limited if limit.length is not None)
        self.lengths = tuple(limit.length or 0 for _name, limit in self.texts)
        self.text_values = _getter(name for name, _limit in self.texts)
        self.others = tuple((name, limit) for name, limit in limited if limit.length is None)
        self.other_values = _getter(name for name, _limit in self.others)

    def errors(self, index: int, record: object, prefix: str = "") -> list[FieldError]:
        """The record's values past their columns (none: an empty list)."""
        texts = self.text_values(record)
        for value, length in zip(texts, self.lengths, strict=True):
            if value is not None and len(value) > length:
                found = list(_past(self.texts, texts, index, prefix))
                break
        else:
            if not self.others:
                return []
            found = []
        if self.others:
            found.extend(_past(self.others, self.other_values(record), index, prefix))
        return found


def _getter(names: Iterable[str]) -> Callable[[object], tuple[Any, ...]]:
    """A record's values of `names`, always as a tuple."""
    wanted = tuple(names)
    if len(wanted) > 1:
        return attrgetter(*wanted)
    if wanted:
        one = attrgetter(wanted[0])
        return lambda record: (one(record),)
    return lambda _record: ()


def _past(
    checks: Sequence[tuple[str, Limit]], values: Sequence[Any], index: int, prefix: str
) -> Iterator[FieldError]:
    for (name, limit), value in zip(checks, values, strict=True):
        if value is None:
            continue
        try:
            limit.check(value)
        except ValueError as exc:
            yield _error(index, prefix + name, reason(exc), value)


_SUPPLIER_LIMITS = _Limits(SUPPLIERS, _SUPPLIER_FIELDS)
_CONTACT_LIMITS = _Limits(CONTACTS, CONTACT_COLUMNS[2:])
_PRODUCT_NAME = Limit.of_column(PRODUCTS.c.name.type) or Limit()
_PRODUCT_NAME_LENGTH = _PRODUCT_NAME.length or 0
_PRODUCT_KEY_LENGTH = (Limit.of_column(PRODUCT_KEY.type) or Limit()).length or 0


def _supplier_row(r: SupplierRecord, products: _ProductCache) -> tuple[Any, ...]:
    # Supplier.products is ordered by Product.name, contacts by id (input order).
    keys = supplier_keys(r, products.names_in_order(r.product_names), [c.name for c in r.contacts])
    return (*_supplier_values(r), keys["name_key"], keys["tax_id_key"], keys["search_text"])


def _contact_row(supplier_id: int, c: ContactRecord, keys: _Folds) -> tuple[Any, ...]:
    return (supplier_id, keys.key(c.name), *_contact_values(c))


class _Folds:
    """`fold(name)[:200]` once per distinct name: the name keys of contacts, where the
    same names come back again and again. Bounded, so a book of unique names cannot grow it."""

    LIMIT = 50_000

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}

    def key(self, name: str) -> str:
        key = self.keys.get(name)
        if key is None:
            if len(self.keys) >= self.LIMIT:
                self.keys.clear()
            key = self.keys[name] = fold(name)[:200]
        return key


class _ProductCache:
    """Products by folded name (`Product.key`), found or created once per call."""

    def __init__(
        self,
        session: Session,
        stamps: _Stamps,
        created: list[int] | None = None,
        mover: Mover | None = None,
    ) -> None:
        self.session = session
        self.mover = mover
        self.stamps = stamps
        self.created = created
        self.by_key: dict[str, tuple[int, str]] = {}
        self.keys: dict[str, str] = {}

    def key(self, name: str) -> str:
        """`Product.key` of a name (folded once per distinct spelling)."""
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = fold(name)
        return key

    def resolve(self, names: Iterable[str]) -> dict[str, int]:
        """Ids of every given name's product (by key), creating those that do not exist."""
        wanted: dict[str, str] = {}
        for name in names:
            key = self.key(name)
            if key not in self.by_key:
                wanted.setdefault(key, name)
        if wanted:
            if self.mover is not None:
                self.mover.wait()  # the connection is the session's again
            found = self.session.execute(
                select(PRODUCTS.c.id, PRODUCTS.c.key, PRODUCTS.c.name).where(
                    PRODUCTS.c.key.in_(list(wanted))
                )
            )
            for product_id, key, name in found:
                self.by_key[key] = (product_id, name)
                del wanted[key]
        if wanted:
            writer = TableWriter(
                self.session,
                PRODUCTS,
                ("name", "key", "default_unit"),
                constants=self.stamps.new_row,
            )
            new_ids = writer.insert_with_ids([(name, key, Unit.KG) for key, name in wanted.items()])
            if self.created is not None:
                self.created.extend(new_ids)
            for product_id, (key, name) in zip(new_ids, wanted.items(), strict=True):
                self.by_key[key] = (product_id, name)
        return {key: product_id for key, (product_id, _name) in self.by_key.items()}

    def names_in_order(self, names: Iterable[str]) -> list[str]:
        """The stored names of these products, once each, sorted as SQLite sorts them."""
        return sorted({self.by_key[self.key(n)][1] for n in names})


# --- negotiations and offers ----------------------------------------------------------------


def bulk_insert_negotiations(
    session: Session,
    records: Iterable[NegotiationRecord],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> list[int]:
    """Insert negotiations; return their ids in input order.

    A supplier not yet known to sell the negotiation's product gets the link, and
    its search text is refreshed to include the product (as create_negotiation does).
    """
    session.flush()
    stamps = _Stamps(session)
    writer = TableWriter(session, NEGOTIATIONS, NEGOTIATION_COLUMNS, constants=stamps.new_row)
    links = TableWriter(session, supplier_products, ("supplier_id", "product_id"))
    ids: list[int] = []
    for start, chunk in _chunks(records, chunk_size):
        _check_negotiations(start, chunk)
        rows = [_negotiation_row(r) for r in chunk]
        ids.extend(writer.insert_with_ids(rows))
        del rows
        _link_products(session, links, {(r.supplier_id, r.product_id) for r in chunk}, stamps)
    return ids


def _check_negotiations(start: int, chunk: Sequence[NegotiationRecord]) -> None:
    errors = [
        _error(i, "title", translate("Validation", "is empty"), r.title)
        for i, r in enumerate(chunk, start)
        if not isinstance(r.title, str) or not r.title.strip()
    ]
    errors.extend(
        _error(i, "currency", translate("Bulk", "is not an ISO 4217 code such as USD"), r.currency)
        for i, r in enumerate(chunk, start)
        if r.currency is not None and not _is_currency(r.currency)
    )
    for i, r in enumerate(chunk, start):
        errors.extend(_NEGOTIATION_LIMITS.errors(i, r))
    if errors:
        raise ValidationError(errors)


NEGOTIATION_COLUMNS = tuple(f.name for f in fields(NegotiationRecord))
"""The negotiations' columns a row of _negotiation_row fills, in its order."""
_NEGOTIATION_LIMITS = _Limits(NEGOTIATIONS, NEGOTIATION_COLUMNS)
_negotiation_row: Callable[[NegotiationRecord], tuple[Any, ...]] = attrgetter(*NEGOTIATION_COLUMNS)


def _link_products(
    session: Session, links: TableWriter, pairs: set[tuple[int, int]], stamps: _Stamps
) -> None:
    """Add the missing supplier_products links and refresh those suppliers' search text."""
    supplier_ids = sorted({supplier_id for supplier_id, _product_id in pairs})
    existing = session.execute(
        select(supplier_products.c.supplier_id, supplier_products.c.product_id).where(
            supplier_products.c.supplier_id.in_(supplier_ids)
        )
    )
    missing = pairs.difference((s, p) for s, p in existing)
    if not missing:
        return
    links.insert(sorted(missing))
    _refresh_search_text(session, sorted({s for s, _p in missing}), stamps)


def _refresh_search_text(session: Session, supplier_ids: Sequence[int], stamps: _Stamps) -> None:
    """Recompute name_key, tax_id_key and search_text of these suppliers from the database,
    as the ORM listener would after loading them, and save them as an ORM update would
    (new version, updated_at, updated_by)."""
    for chunk in _batched(supplier_ids, DEFAULT_CHUNK_SIZE):
        contacts: dict[int, list[str]] = {i: [] for i in chunk}
        for supplier_id, name in session.execute(
            select(CONTACTS.c.supplier_id, CONTACTS.c.name)
            .where(CONTACTS.c.supplier_id.in_(chunk))
            .order_by(CONTACTS.c.id)
        ):
            contacts[supplier_id].append(name)
        products: dict[int, list[str]] = {i: [] for i in chunk}
        for supplier_id, name in session.execute(
            select(supplier_products.c.supplier_id, PRODUCTS.c.name)
            .join(PRODUCTS, PRODUCTS.c.id == supplier_products.c.product_id)
            .where(supplier_products.c.supplier_id.in_(chunk))
            .order_by(PRODUCTS.c.name)
        ):
            products[supplier_id].append(name)
        s = SUPPLIERS.c
        rows = [
            {"b_id": row.id, **supplier_keys(row, products[row.id], contacts[row.id])}
            for row in session.execute(
                select(s.id, s.name, s.legal_name, s.city, s.region, s.tax_id).where(
                    s.id.in_(chunk)
                )
            )
        ]
        statement = (
            update(SUPPLIERS)
            .where(s.id == bindparam("b_id"))
            .values(
                name_key=bindparam("name_key"),
                tax_id_key=bindparam("tax_id_key"),
                search_text=bindparam("search_text"),
                version=s.version + 1,
                **stamps.changed_row,
            )
        )
        if rows:
            session.execute(statement, rows)
        _expire(session, Supplier, chunk)


def bulk_insert_offers(
    session: Session,
    records: Iterable[OfferRecord],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> int:
    """Insert offers; return how many. A lead or sampling negotiation that receives an
    offer moves to negotiating (as add_offer does)."""
    session.flush()
    stamps = _Stamps(session)
    count = 0
    n = NEGOTIATIONS.c
    advance = (
        update(NEGOTIATIONS)
        .where(n.id.in_(bindparam("ids", expanding=True)))
        .where(n.stage.in_(STAGES_ADVANCED_BY_AN_OFFER))
        .values(stage=NegotiationStage.NEGOTIATING, version=n.version + 1, **stamps.changed_row)
    )
    writer = TableWriter(session, OFFERS, OFFER_COLUMNS, constants=stamps.new_row)
    for start, chunk in _chunks(records, chunk_size):
        _check_offers(start, chunk)
        writer.insert([_offer_row(r) for r in chunk])
        count += len(chunk)
        negotiation_ids = sorted({r.negotiation_id for r in chunk})
        session.execute(advance, {"ids": negotiation_ids})
        _expire(session, Negotiation, negotiation_ids)
    return count


def _check_offers(start: int, chunk: Sequence[OfferRecord]) -> None:
    errors = [
        _error(i, "currency", translate("Bulk", "is not an ISO 4217 code such as USD"), r.currency)
        for i, r in enumerate(chunk, start)
        if not _is_currency(r.currency)
    ]
    for i, r in enumerate(chunk, start):
        errors.extend(_OFFER_LIMITS.errors(i, r))
    if errors:
        raise ValidationError(errors)


OFFER_COLUMNS = tuple(f.name for f in fields(OfferRecord))
"""The offers' columns a row of _offer_row fills, in its order."""
_OFFER_LIMITS = _Limits(OFFERS, OFFER_COLUMNS)
_offer_row: Callable[[OfferRecord], tuple[Any, ...]] = attrgetter(*OFFER_COLUMNS)

# --- helpers ----------------------------------------------------------------------------------


class _Stamps:
    """The audit columns the ORM fills: one timestamp per call, the session's actor."""

    def __init__(self, session: Session) -> None:
        now = datetime.now(UTC)
        actor = session.info.get(ACTOR_KEY)
        self.new_row: dict[str, Any] = {
            "created_at": now,
            "updated_at": now,
            "created_by": actor,
            "updated_by": actor,
            "version": 1,
        }
        # The ORM leaves updated_by alone when no actor is known (models.engine).
        self.changed_row: dict[str, Any] = {"updated_at": now}
        if actor is not None:
            self.changed_row["updated_by"] = actor


def _expire(session: Session, model: type[Base], ids: Iterable[int]) -> None:
    """Forget what the session holds of rows changed behind its back (their version moved)."""
    identity_map = session.identity_map
    for row_id in ids:
        obj = identity_map.get(session.identity_key(model, row_id))
        if obj is not None:
            session.expire(obj)


def _chunks(records: Iterable[R], size: int) -> Iterator[tuple[int, list[R]]]:
    """(index of the chunk's first record, the chunk), never more than `size` in hand."""
    if size < 1:
        raise ValueError("chunk_size must be at least 1")
    start = 0
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield start, chunk
        start += len(chunk)


def _batched(items: Sequence[R], size: int) -> Iterator[Sequence[R]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _is_currency(value: object) -> bool:
    return (
        isinstance(value, str)
        and len(value) == 3
        and value.isascii()
        and value.isalpha()
        and value.isupper()
    )


def _error(index: int, field: str, message: str, value: object = None) -> FieldError:
    label = field.replace("_", " ").replace(".", " ")
    return FieldError(
        f"{index}.{field}",
        translate("Bulk", "Record {index}, {field}").format(index=index, field=label),
        message,
        value,
    )
