"""The second import target: a supplier's price list. Each row becomes an offer round
(the supplier's side) on that supplier's negotiation for the product and grade, which is
created when there is none open."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importing.batch import ChangeLog, CommitResult, finish_batch, new_batch, plain
from app.importing.legal_names import legal_name_key
from app.importing.plan import (
    ImportCancelledError,
    Preview,
    Progress,
    RowPlan,
    RowProblem,
    RowStatus,
)
from app.importing.source import SheetData
from app.importing.supplier_rows import RowPlanner, clean_row, is_blank_row
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import find_product
from models import Negotiation, NegotiationStage, Offer, OfferSide, Product, Supplier
from models.audit import IMPORT_BATCH_KEY
from models.text import fold

CLOSED = (NegotiationStage.CLOSED_LOST, NegotiationStage.COMPLETED)


class PriceListPlanner(RowPlanner):
    _suppliers: dict[str, list[tuple[int, str]]] | None = None
    """Known suppliers by legal-name key, read once when a row first names one."""

    def _supplier_index(self) -> dict[str, list[tuple[int, str]]]:
        if self._suppliers is None:
            index: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for supplier_id, name in self.session.execute(select(Supplier.id, Supplier.name)):
                index[legal_name_key(name)].append((supplier_id, name))
            self._suppliers = index
        return self._suppliers

    def plan_sheet(self, sheet: SheetData, first_row: int, last_row: int) -> None:
        columns, notes, total = self._columns("price-list", sheet, first_row, last_row)
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
            plan = RowPlan(sheet.name, row, RowStatus.CREATE, values)
            self._resolve(plan, problems)
            self._refused(plan, problems, cells)
            self.plans.append(plan)

    def _problem(self, plan: RowPlan, key: str, value: Any, message: str) -> RowProblem:
        return RowProblem(
            plan.row, self.headers.get(key, ""), str(value or ""), message, plan.sheet
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
                        "no supplier by this name (import or add it first, or choose the supplier)",
                    )
                )
            else:
                problems.append(
                    self._problem(plan, "offer.supplier", name, "several suppliers have this name")
                )
        elif self.headers.get("offer.supplier") not in failed:
            problems.append(self._problem(plan, "offer.supplier", "", "the supplier is empty"))
        if not values.get("offer.product") and self.headers.get("offer.product") not in failed:
            problems.append(self._problem(plan, "offer.product", "", "the product is empty"))
        price = values.get("offer.price")
        if price is None:
            if self.headers.get("offer.price") not in failed:
                problems.append(self._problem(plan, "offer.price", "", "the price is empty"))
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
                        "no currency (add a currency column or write it with the price, "
                        "e.g. USD 2.45)",
                    )
                )
            values["offer.currency"] = currency

    def compare_existing(self) -> None:
        """Rows whose offer is already recorded (same deal, date, price) are unchanged."""
        for plan in self.plans:
            if plan.status != RowStatus.CREATE or plan.supplier_id is None:
                continue
            negotiation = find_negotiation(
                self.session,
                plan.supplier_id,
                find_product(self.session, plan.values["offer.product"]),
                plan.values.get("offer.grade"),
            )
            if negotiation is None:
                continue
            offered_on = plan.values.get("offer.date") or date.today()
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


def find_negotiation(
    session: Session, supplier_id: int, found: Product | None, grade: str | None
) -> Negotiation | None:
    """The supplier's open negotiation for this product and grade, the newest first."""
    if found is None:
        return None
    query = (
        select(Negotiation)
        .where(
            Negotiation.supplier_id == supplier_id,
            Negotiation.product_id == found.id,
            Negotiation.stage.not_in(CLOSED),
            Negotiation.archived_at.is_(None),
        )
        .order_by(Negotiation.id.desc())
    )
    for negotiation in session.scalars(query):
        if fold(negotiation.grade) == fold(grade):
            return negotiation
    return None


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
    plans = [r for r in preview.rows if r.status == RowStatus.CREATE]
    for done, plan in enumerate(plans):
        if cancel is not None and cancel():
            raise ImportCancelledError
        if progress is not None and done % 200 == 0:
            progress("Saving offers", done, len(plans))
        assert plan.supplier_id is not None
        v = plan.values
        supplier = session.get(Supplier, plan.supplier_id)
        assert supplier is not None
        products_before = sorted(p.id for p in supplier.products)
        product = find_product(session, v["offer.product"])
        negotiation = find_negotiation(session, plan.supplier_id, product, v.get("offer.grade"))
        if negotiation is None:
            negotiation = create_negotiation(
                session,
                plan.supplier_id,
                {"grade": v.get("offer.grade"), "currency": v["offer.currency"]},
                product_id=None if product is None else product.id,
                product_name=v["offer.product"],
            )
            if product is None:
                log.created("products", negotiation.product_id, plan.row, 1)
            created_negotiation = True
        else:
            created_negotiation = False
        stage_before = plain(negotiation.stage)
        incoterm = v.get("offer.incoterm")
        place = v.get("offer.place") or (incoterm[1] if isinstance(incoterm, tuple) else None)
        offer = add_offer(
            session,
            negotiation.id,
            {
                "side": OfferSide.SUPPLIER,
                "offered_on": v.get("offer.date") or date.today(),
                "price": v["offer.price"],
                "currency": v["offer.currency"],
                "price_unit": v.get("offer.unit"),
                "volume": v.get("offer.volume"),
                "incoterm": incoterm[0] if isinstance(incoterm, tuple) else incoterm,
                "incoterm_place": place,
                "valid_until": v.get("offer.valid_until"),
                "notes": v.get("offer.notes"),
            },
        )
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
    errors = [r for r in preview.rows if r.status == RowStatus.ERROR]
    result.errors = len(errors)
    result.skipped = len(errors)
    result.unchanged = sum(1 for r in preview.rows if r.status == RowStatus.UNCHANGED)
    finish_batch(batch, preview, result)
    session.flush()
    session.info.pop(IMPORT_BATCH_KEY, None)
    return result
