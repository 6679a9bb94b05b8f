"""The second import target: a supplier's price list. Each row becomes an offer round
(the supplier's side) on that supplier's negotiation for the product and grade, which is
created when there is none open.

The preview and the commit agree by construction: a row's requests to the services
(negotiation_request, offer_request) are built by one function each, the commit hands
them to create_negotiation and add_offer, and the preview checks the very same requests
with those services' own checks (their FormSpecs, and clean_offer: what add_offer stores)
in check_row. A row the services would refuse is an
error row of the preview, named by its column, never a failed commit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importing.batch import ChangeLog, CommitResult, finish_batch, new_batch, plain
from app.importing.legal_names import legal_name_key
from app.importing.offer_requests import (
    check_row,
    find_negotiation,
    negotiation_request,
    offer_request,
)
from app.importing.plan import (
    ImportCancelledError,
    Preview,
    Progress,
    RowPlan,
    RowProblem,
    RowStatus,
)
from app.importing.row_cleaning import clean_row, is_blank_row
from app.importing.source import SheetData
from app.importing.supplier_rows import RowPlanner
from app.messages import translate
from app.services.negotiations import (
    add_offer,
    create_negotiation,
)
from app.services.products import find_product
from app.services.suppliers import get_supplier
from models import Negotiation, Offer, OfferSide, Product, Supplier
from models.audit import IMPORT_BATCH_KEY
from models.text import fold

REQUEST_FIELDS = {
    "name": "offer.product",  # the product's own name (PRODUCT_FIELDS)
    "grade": "offer.grade",
    "currency": "offer.currency",
    "offered_on": "offer.date",
    "price": "offer.price",
    "price_unit": "offer.unit",
    "volume": "offer.volume",
    "incoterm": "offer.incoterm",
    "incoterm_place": "offer.place",
    "valid_until": "offer.valid_until",
    "notes": "offer.notes",
}
"""A field of the services' requests -> the price list's field whose column it came from."""

FALLBACK_FIELDS = {"offer.currency": "offer.price", "offer.place": "offer.incoterm"}
"""Where a value came from when its own column is not mapped ('USD 2.45', 'FOB Valparaíso')."""


def chosen_supplier(session: Session, supplier_id: int) -> Supplier:
    """The supplier whose price list this is (NotFoundError when there is none; an id out
    of the column's range is not looked up: PostgreSQL would refuse the query itself)."""
    return get_supplier(session, supplier_id)


class PriceListPlanner(RowPlanner):
    _suppliers: dict[str, list[tuple[int, str]]] | None = None
    """Known suppliers by legal-name key, read once when a row first names one."""
    _deals: dict[tuple[int, str, str], tuple[Product | None, Negotiation | None]] | None = None
    """(supplier, product key, grade key) -> the product and the open deal, as read."""

    def _supplier_index(self) -> dict[str, list[tuple[int, str]]]:
        if self._suppliers is None:
            index: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for supplier_id, name in self.session.execute(select(Supplier.id, Supplier.name)):
                index[legal_name_key(name)].append((supplier_id, name))
            self._suppliers = index
        return self._suppliers

    def _deal(self, plan: RowPlan) -> tuple[Product | None, Negotiation | None]:
        """The product a row names and the open deal its offer would join (read once
        per supplier, product and grade)."""
        assert plan.supplier_id is not None
        if self._deals is None:
            self._deals = {}
        name, grade = plan.values["offer.product"], plan.values.get("offer.grade")
        key = (plan.supplier_id, fold(name), fold(grade))
        found = self._deals.get(key)
        if found is None:
            product = find_product(self.session, name)
            deal = find_negotiation(self.session, plan.supplier_id, product, grade)
            found = self._deals[key] = (product, deal)
        return found

    def plan_sheet(self, sheet: SheetData, first_row: int, last_row: int) -> None:
        if self.options.supplier_id is not None:
            chosen_supplier(self.session, self.options.supplier_id)
        columns, notes, total = self._columns("price-list", sheet, first_row, last_row)
        today = date.today()
        for offset, cells in self._consume(sheet, first_row, total):
            if is_blank_row(cells):
                continue
            row = first_row + offset
            values, problems = clean_row(sheet.name, row, cells, columns, notes, None)
            if "supplier.notes" in values:  # note columns go on the offer
                extra = values.pop("supplier.notes")
                values["offer.notes"] = "\n".join(
                    v for v in (values.get("offer.notes"), extra) if v
                )
            # The preview's day is the commit's: a validity checked against it stays valid.
            values.setdefault("offer.date", today)
            plan = RowPlan(sheet.name, row, RowStatus.CREATE, values)
            self._resolve(plan, problems)
            if not problems:
                problems.extend(self._service_problems(plan))
            self._refused(plan, problems, cells)
            self.plans.append(plan)

    def _service_problems(self, plan: RowPlan) -> list[RowProblem]:
        product, deal = self._deal(plan)
        problems = []
        for error in check_row(plan.values, deal, product):
            key = REQUEST_FIELDS.get(error.field, "")
            if key not in self.headers:
                key = FALLBACK_FIELDS.get(key, key)
            shown = "" if error.value is None else error.value
            problems.append(self._problem(plan, key, shown, error.message))
        return problems

    def _problem(self, plan: RowPlan, key: str, value: Any, message: str) -> RowProblem:
        return RowProblem(
            plan.row,
            self.headers.get(key, ""),
            "" if value is None else str(value),
            message,
            plan.sheet,
        )

    def _resolve(self, plan: RowPlan, problems: list[RowProblem]) -> None:
        values = plan.values
        failed = {p.column for p in problems}
        if self.options.supplier_id is not None:
            plan.supplier_id = self.options.supplier_id
        elif values.get("offer.supplier"):
            name = values["offer.supplier"]
            found = self._supplier_index().get(legal_name_key(name), [])
            if len(found) == 1:
                plan.supplier_id = found[0][0]
            elif not found:
                problems.append(
                    self._problem(
                        plan,
                        "offer.supplier",
                        name,
                        translate(
                            "Importing",
                            "no supplier by this name (import or add it first, or choose the "
                            "supplier)",
                        ),
                    )
                )
            else:
                problems.append(
                    self._problem(
                        plan,
                        "offer.supplier",
                        name,
                        translate("Importing", "several suppliers have this name"),
                    )
                )
        elif self.headers.get("offer.supplier") not in failed:
            problems.append(
                self._problem(
                    plan, "offer.supplier", "", translate("Importing", "the supplier is empty")
                )
            )
        if not values.get("offer.product") and self.headers.get("offer.product") not in failed:
            problems.append(
                self._problem(
                    plan, "offer.product", "", translate("Importing", "the product is empty")
                )
            )
        price = values.get("offer.price")
        if price is None:
            if self.headers.get("offer.price") not in failed:
                problems.append(
                    self._problem(
                        plan, "offer.price", "", translate("Importing", "the price is empty")
                    )
                )
        else:
            amount, currency = price if isinstance(price, tuple) else (price, None)
            values["offer.price"] = amount
            currency = values.get("offer.currency") or currency
            if currency is None:
                problems.append(
                    self._problem(
                        plan,
                        "offer.price",
                        amount,
                        translate(
                            "Importing",
                            "no currency (add a currency column or write it with the price, "
                            "e.g. USD 2.45)",
                        ),
                    )
                )
            values["offer.currency"] = currency

    def compare_existing(self) -> None:
        """Rows whose offer is already recorded (same deal, date, price) are unchanged."""
        for plan in self.plans.with_status(RowStatus.CREATE):
            if plan.supplier_id is None:
                continue
            _product, negotiation = self._deal(plan)
            if negotiation is None:
                continue
            offered_on = plan.values["offer.date"]
            exists = self.session.scalar(
                select(Offer.id).where(
                    Offer.negotiation_id == negotiation.id,
                    Offer.side == OfferSide.SUPPLIER,
                    Offer.offered_on == offered_on,
                    Offer.price == plan.values["offer.price"],
                    Offer.currency == plan.values["offer.currency"],
                )
            )
            if exists is not None:
                plan.status = RowStatus.UNCHANGED
                self.plans.save(plan)


def commit_price_list(
    session: Session,
    preview: Preview,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> CommitResult:
    batch = new_batch(session, preview)
    log = ChangeLog(batch.id)
    result = CommitResult(batch.id)
    plans = preview.rows.with_status(RowStatus.CREATE)
    for done, plan in enumerate(plans):
        if cancel is not None and cancel():
            raise ImportCancelledError
        if progress is not None and done % 200 == 0:
            progress(translate("Importing", "Saving offers"), done, len(plans))
        assert plan.supplier_id is not None
        v = plan.values
        supplier = get_supplier(session, plan.supplier_id)
        products_before = sorted(p.id for p in supplier.products)
        product = find_product(session, v["offer.product"])
        negotiation = find_negotiation(session, plan.supplier_id, product, v.get("offer.grade"))
        if negotiation is None:
            negotiation = create_negotiation(
                session,
                plan.supplier_id,
                negotiation_request(v),
                product_id=None if product is None else product.id,
                product_name=v["offer.product"],
            )
            if product is None:
                log.created("products", negotiation.product_id, plan.row, 1)
            created_negotiation = True
        else:
            created_negotiation = False
        stage_before = plain(negotiation.stage)
        offer = add_offer(session, negotiation.id, offer_request(v))
        log.created("offers", offer.id, plan.row, offer.version)
        session.flush()
        if created_negotiation:  # logged with its version after the offer moved its stage
            log.created("negotiations", negotiation.id, plan.row, negotiation.version)
        elif plain(negotiation.stage) != stage_before:
            log.updated(
                "negotiations",
                negotiation.id,
                plan.row,
                {"stage": stage_before},
                negotiation.version,
            )
        session.flush()
        if sorted(p.id for p in supplier.products) != products_before:
            log.updated(
                "suppliers",
                supplier.id,
                plan.row,
                {"_product_ids": products_before},
                supplier.version,
            )
        result.created += 1
    log.write(session)
    counts = preview.counts
    result.errors = counts[RowStatus.ERROR]
    result.skipped = counts[RowStatus.ERROR]
    result.unchanged = counts[RowStatus.UNCHANGED]
    finish_batch(batch, preview, result)
    session.flush()
    session.info.pop(IMPORT_BATCH_KEY, None)
    return result
