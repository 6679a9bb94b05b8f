"""Apply a preview in the caller's transaction, recording every change for undo.

New suppliers go in through app.services.bulk (executemany, chunked); updates go through the ORM
so versions, search text and stamps stay right. Each change is recorded as an
ImportRow with what the record held before and its version afterwards.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy.orm import Session

from app.collector import collector_paused
from app.importing.batch import ChangeLog, CommitResult, finish_batch, new_batch, plain
from app.importing.field_tables import has_extras
from app.importing.mapping import save_mapping
from app.importing.plan import (
    Decision,
    ImportAbortedError,
    ImportCancelledError,
    Preview,
    Progress,
    RowPlan,
    RowStatus,
    heartbeat,
)
from app.importing.price_list import commit_price_list
from app.importing.stored import (
    LOAD_CHUNK,
    SUPPLIER_ATTRS,
    contact_values,
    diff_supplier,
    load_suppliers,
    versions,
)
from app.importing.supplier_extras import ExtrasWritten, record_extras, settle_extras
from app.importing.supplier_rows import merge_row_values
from app.messages import join, translate
from app.services.bulk import bulk_insert_suppliers
from app.services.bulk_records import ContactRecord, SupplierRecord
from app.services.products import create_product, find_product
from app.services.suppliers import add_product
from app.store.database import Database
from models import Contact, Supplier
from models.audit import IMPORT_BATCH_KEY
from models.search_index import refresh_supplier

SAVE_CHUNK = 5000
"""New suppliers saved at a time: progress (and Cancel) every ~0.2 s."""


def commit_preview(
    session: Session,
    preview: Preview,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> CommitResult:
    """Write what `preview` planned. The caller's transaction makes it all or nothing:
    on any exception (cancel included) it must roll back."""
    with collector_paused(), heartbeat(progress) as beating:
        try:
            return _commit(session, preview, beating, cancel)
        except BaseException:
            preview.rows.clear_created()  # rolled back: those suppliers are not there
            raise


def _commit(
    session: Session,
    preview: Preview,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> CommitResult:
    """The rows are read from the preview's store as they are written (never all held):
    the rows to create once, streamed into the bulk insert; those with certifications or
    an offer, and the rows to update, a chunk at a time after."""
    if progress is not None:
        progress(translate("Importing", "Preparing the import"), 0, 0)
    rows = preview.rows
    counts = preview.counts
    errors = counts[RowStatus.ERROR]
    if errors and preview.options.on_error == "abort":
        raise ImportAbortedError(refusal(preview, errors))
    # The mapping the user confirmed is offered again for the next file of this layout.
    save_mapping(
        session,
        preview.options.target,
        preview.headers,
        preview.choices,
        preview.options.remembered(),
    )
    if preview.options.target == "price-list":
        return commit_price_list(session, preview, progress=progress, cancel=cancel)
    batch = new_batch(session, preview)
    log = ChangeLog(batch.id, session)
    result = CommitResult(batch.id)
    headers = {c.field: c.header for c in preview.choices if c.field}

    def settled(plan: RowPlan) -> RowPlan:
        """As the preview settled it (settling twice changes nothing)."""
        if plan.status != RowStatus.ERROR:
            settle_extras(plan.values, headers)
        return plan

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ImportCancelledError

    rows.clear_created()  # a commit of this preview before, rolled back
    creates = rows.where(CREATES)
    updates = rows.where(UPDATES)
    check_cancel()
    if progress is not None:
        progress(translate("Importing", "Saving new suppliers"), 0, len(creates))
    _merge_chosen_duplicates(preview, settled)
    created_products: list[int] = []

    def chunk_done(done: int) -> None:
        check_cancel()
        if progress is not None:
            progress(translate("Importing", "Saving new suppliers"), done, len(creates))

    row_numbers = array("q")
    with_extras: list[int] = []
    """Positions in creates of the rows with certifications or an offer."""

    def records() -> Iterator[SupplierRecord]:
        for position, plan in enumerate(creates):
            settled(plan)
            row_numbers.append(plan.row)
            if has_extras(plan.values):
                with_extras.append(position)
            yield supplier_record(plan.values)

    ids = array(
        "q",
        bulk_insert_suppliers(
            session,
            records(),
            created_products=created_products,
            on_chunk=chunk_done,
            chunk_size=SAVE_CHUNK,
            expected=len(creates),
        ),
    )
    for product_id in created_products:
        log.created("products", product_id, None, 1)
    rows.set_created(zip(creates.indexes, ids, strict=True))
    written = ExtrasWritten()
    extras = [(creates.indexes[k], ids[k]) for k in with_extras]
    for plan, (_, supplier_id) in zip(rows.read([i for i, _ in extras]), extras, strict=True):
        record_extras(session, supplier_id, settled(plan).values, plan.row, log, written)
    # A new supplier's offer may have linked a new product to it: logged at its version.
    moved = versions(session, {i for _, i in extras}) if extras else {}
    for row, supplier_id in zip(row_numbers, ids, strict=True):
        log.created("suppliers", supplier_id, row, moved.get(supplier_id, 1))
    result.created = len(ids)
    check_cancel()
    result.updated, result.unchanged = apply_updates(
        session, updates, log, progress, check_cancel, settled
    )
    for plan in rows.where("extras = 1 AND status != 'error' AND created_id IS NULL"):
        target = _extras_supplier(preview, settled(plan))
        if target is not None:
            record_extras(session, target, plan.values, plan.row, log, written)
    if (note := written.note()) is not None:
        result.notes.append(note)
    if progress is not None:
        progress(translate("Importing", "Recording the import for undo"), 0, 1)
    log.write(session)
    result.unchanged += rows.count_where("status = 'unchanged' AND merged_into IS NOT NULL")
    result.updated += rows.count_where("status = 'update' AND merged_into IS NOT NULL")
    result.errors = errors
    result.possible_duplicates = counts[RowStatus.DUPLICATE]
    result.skipped = errors + rows.count_where(
        "status = ? AND decision = ?", (RowStatus.DUPLICATE.value, Decision.SKIP.value)
    )
    finish_batch(batch, preview, result)
    session.flush()
    session.info.pop(IMPORT_BATCH_KEY, None)
    return result


CREATES = (
    f"status = '{RowStatus.CREATE.value}' OR "
    f"(status = '{RowStatus.DUPLICATE.value}' AND decision = '{Decision.CREATE.value}')"
)
"""The plans (plan_store columns) that become new suppliers."""
UPDATES = (
    f"((status IN ('{RowStatus.UPDATE.value}', '{RowStatus.UNCHANGED.value}') "
    "AND merged_into IS NULL) "
    f"OR (status = '{RowStatus.DUPLICATE.value}' AND decision = '{Decision.MERGE.value}')) "
    "AND supplier_id IS NOT NULL"
)
"""The plans that update a supplier already recorded."""

REFUSAL_LISTS = 5
"""Problems a refused import names in its one line (--dry-run or the rows-to-fix file has all)."""


def refusal(preview: Preview, errors: int) -> str:
    """Why an import that stops on errors imported nothing: the rows and their problems
    (the first few read, however many there are)."""
    problems = preview.problems
    shown = join("; ", [p.text for p in problems[:REFUSAL_LISTS]])
    more = len(problems) - REFUSAL_LISTS
    rest = (
        translate("Importing", "; and {more} more (a dry run lists them all)").format(more=more)
        if more > 0
        else ""
    )
    if errors == 1:
        line = translate(
            "Importing",
            "{file}: 1 row has errors, nothing was imported (fix them or skip them): "
            "{problems}{rest}",
        )
    else:
        line = translate(
            "Importing",
            "{file}: {count} rows have errors, nothing was imported (fix them or skip them): "
            "{problems}{rest}",
        )
    return line.format(file=preview.path.name, count=errors, problems=shown, rest=rest)


def _merge_chosen_duplicates(preview: Preview, settled: Callable[[RowPlan], RowPlan]) -> None:
    """A possible duplicate of an earlier row of the file, merged by the user: fill that
    row's empty fields and add its contact, as an exact duplicate would."""
    rows = preview.rows
    chosen = rows.where(
        "status = ? AND decision = ? AND supplier_id IS NULL AND merged_into IS NOT NULL",
        (RowStatus.DUPLICATE.value, Decision.MERGE.value),
    )
    for plan in chosen:
        assert plan.merged_into is not None
        first = rows.find(plan.sheet, plan.merged_into)
        if first is None or first.status != RowStatus.CREATE:
            continue
        merge_row_values(settled(first).values, settled(plan).values)
        rows.save(first)


def _extras_supplier(preview: Preview, plan: RowPlan) -> int | None:
    """The supplier a committed row's certifications and offer go to: the one it updates,
    or the one the earlier row it was folded into created; None for a skipped row."""
    rows = preview.rows
    if plan.status == RowStatus.DUPLICATE and plan.decision == Decision.SKIP:
        return None
    if plan.status == RowStatus.DUPLICATE and plan.decision == Decision.CREATE:
        return rows.created_id(plan.sheet, plan.row)
    if plan.merged_into is None:
        return plan.supplier_id
    first = rows.created_id(plan.sheet, plan.merged_into)
    if first is not None:
        return first
    earlier = rows.find(plan.sheet, plan.merged_into)
    return plan.supplier_id if earlier is None else earlier.supplier_id or plan.supplier_id


def commit_in_transaction(
    database: Database,
    preview: Preview,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> CommitResult:
    """commit_preview in a transaction of its own, the progress kept alive through the
    COMMIT itself (a 100,000-row import writes for about a second there)."""
    with heartbeat(progress) as beating, database.transaction(large=True) as session:
        return commit_preview(session, preview, progress=beating, cancel=cancel)


def supplier_record(values: dict[str, Any]) -> SupplierRecord:
    kept: dict[str, Any] = {}
    first: dict[str, Any] = {}
    places = _PLACES
    for key, value in values.items():
        place = places.get(key)
        if place is None:
            place = places[key] = _place(key)
        target, attr = place
        if target == "supplier":
            kept[attr] = value
        elif target == "contact":
            first[attr] = value
    named = [c for c in (first, *values.get("_more_contacts", ())) if c.get("name")]
    return SupplierRecord(
        **kept,
        contacts=tuple(ContactRecord(**c, is_primary=n == 0) for n, c in enumerate(named)),
        product_names=tuple(values.get("supplier.products", ())),
    )


_PLACES: dict[str, tuple[str, str]] = {}
"""A plan's value key -> where it goes: ('supplier', attribute), ('contact', attribute),
or ('', '') for what a SupplierRecord does not take ('supplier.products' goes apart; the
certifications and the offer.* values are supplier_extras')."""


def _place(key: str) -> tuple[str, str]:
    entity, _, attr = key.partition(".")
    if entity == "supplier" and attr not in ("products", "certifications"):
        return "supplier", attr
    if entity == "contact":
        return "contact", attr
    return "", ""


def apply_updates(
    session: Session,
    plans: Sequence[RowPlan],
    log: ChangeLog,
    progress: Progress | None,
    check_cancel: Callable[[], None],
    settled: Callable[[RowPlan], RowPlan] | None = None,
) -> tuple[int, int]:
    """Fill empty fields (and the chosen conflicting ones) of matched suppliers, add
    their new contacts and products. Compared again with the database as it is now, so
    a preview made a while ago cannot overwrite what someone entered since.

    A row the preview found to change nothing, on a supplier nobody has saved since
    (the same version), is not loaded again: it changes nothing now either. Importing
    the same 100,000 suppliers a second time took 8 s here, loading every one."""
    updated = unchanged = 0
    for start in range(0, len(plans), LOAD_CHUNK):
        check_cancel()
        if progress is not None:
            progress(translate("Importing", "Updating existing suppliers"), start, len(plans))
        read = plans[start : start + LOAD_CHUNK]
        if settled is not None:
            read = [settled(p) for p in read]
        chunk, still_unchanged = _without_unchanged(session, read)
        unchanged += still_unchanged
        if not chunk:
            continue
        suppliers = load_suppliers(session, {p.supplier_id for p in chunk if p.supplier_id})
        touched: list[tuple[RowPlan, Supplier, dict[str, Any], list[Contact]]] = []
        for plan in chunk:
            supplier = suppliers.get(plan.supplier_id)  # type: ignore[arg-type]
            if supplier is None:
                continue
            before = _snapshot(supplier)
            new_contacts = _apply_row(session, supplier, plan, log)
            after = _snapshot(supplier)
            changed = {k: v for k, v in before.items() if v != after[k]}
            if changed or new_contacts:
                touched.append((plan, supplier, changed, new_contacts))
            else:
                unchanged += 1
        session.flush()
        for plan, supplier, changed, new_contacts in touched:
            updated += 1
            if changed:
                log.updated("suppliers", supplier.id, plan.row, changed, supplier.version)
            for contact in new_contacts:
                log.created("contacts", contact.id, plan.row, contact.version)
    return updated, unchanged


def _without_unchanged(session: Session, plans: Sequence[RowPlan]) -> tuple[Sequence[RowPlan], int]:
    """`plans` less the unchanged rows whose supplier is at the version the preview saw,
    and how many those were."""
    seen = {
        p.supplier_id: p.seen_version
        for p in plans
        if p.status == RowStatus.UNCHANGED
        and p.supplier_id is not None
        and p.seen_version is not None
    }
    if not seen:
        return plans, 0
    current = versions(session, seen)
    same = {i for i, version in seen.items() if current.get(i) == version}
    kept = [p for p in plans if not (p.status == RowStatus.UNCHANGED and p.supplier_id in same)]
    return kept, len(plans) - len(kept)


def _snapshot(supplier: Supplier) -> dict[str, Any]:
    values = {a: plain(getattr(supplier, a)) for a in SUPPLIER_ATTRS}
    values["_product_ids"] = sorted(p.id for p in supplier.products)
    return values


def _apply_row(
    session: Session, supplier: Supplier, plan: RowPlan, log: ChangeLog
) -> list[Contact]:
    diff = diff_supplier(supplier, plan.values)
    chosen = {c.field: c.incoming for c in diff.conflicts if c.field in plan.take_new}
    contact_changes: dict[str, Any] = {}
    for key, value in {**diff.fills, **chosen}.items():
        entity, attr = key.split(".", 1)
        if entity == "supplier":
            setattr(supplier, attr, value)
        else:
            contact_changes[attr] = value
    for name in diff.new_products:
        product = find_product(session, name)
        if product is None:
            product = create_product(session, {"name": name})
            log.created("products", product.id, plan.row, product.version)
        add_product(session, supplier, product)
    new_contacts: list[Contact] = []
    if diff.contact_id is not None and contact_changes:
        contact = next(c for c in supplier.contacts if c.id == diff.contact_id)
        previous = {a: plain(getattr(contact, a)) for a in contact_changes}
        for attr, value in contact_changes.items():
            setattr(contact, attr, value)
        session.flush()
        log.updated("contacts", contact.id, plan.row, previous, contact.version)
    elif diff.new_contact:
        values = contact_values(plan.values)
        contact = Contact(**values, is_primary=not supplier.contacts)
        supplier.contacts.append(contact)
        new_contacts.append(contact)
    if diff.new_products or new_contacts:
        refresh_supplier(supplier)
    return new_contacts
