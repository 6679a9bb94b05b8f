"""The supplier's certifications tab in one round trip: its compliance rows (as
compliance_alerts.supplier_compliance gives them) and its form's product choices, sent
together (app.queries.batched)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.batched import fetch_together
from app.queries.compliance import ComplianceRow
from app.queries.compliance_alerts import RowDetail, SupplierCompliance, glance_of
from app.rules.compliance import days_left, status_of
from models import Product, SupplierCertification
from models.supplier import certification_products


def certifications_tab(
    session: Session, supplier_id: int, today: date, window: int, product_limit: int
) -> tuple[SupplierCompliance, list[str]]:
    """What the supplier's certifications tab reads: its rows as
    compliance_alerts.supplier_compliance gives them, and the names of the first
    `product_limit` products (as services.products.search_products orders them) for its
    form's choices. Three statements sent together: one round trip on PostgreSQL (before:
    the rows, their products and the product choices, one round trip each)."""
    link = certification_products.c
    rows_read = (
        select(
            SupplierCertification.id,
            SupplierCertification.supplier_id,
            SupplierCertification.kind,
            SupplierCertification.reference,
            SupplierCertification.site_name,
            SupplierCertification.season,
            SupplierCertification.issued_on,
            SupplierCertification.valid_until,
            SupplierCertification.status,
            SupplierCertification.site_kind,
            SupplierCertification.site_address,
            SupplierCertification.notes,
            SupplierCertification.version,
        )
        .where(SupplierCertification.supplier_id == supplier_id)
        .order_by(
            SupplierCertification.valid_until.is_(None),
            SupplierCertification.valid_until,
            SupplierCertification.kind,
            SupplierCertification.id,
        )
    )
    covered_read = (
        select(link.certification_id, Product.name)
        .join(Product, Product.id == link.product_id)
        .join(SupplierCertification, SupplierCertification.id == link.certification_id)
        .where(SupplierCertification.supplier_id == supplier_id)
        .order_by(link.certification_id, Product.name)  # the relationship's order
    )
    choices_read = select(Product.name).order_by(Product.key).limit(product_limit)
    found, covered, choices = fetch_together(session, rows_read, covered_read, choices_read)
    names: dict[int, list[str]] = {}
    for certification_id, name in covered:
        names.setdefault(certification_id, []).append(name)
    rows = [
        ComplianceRow(
            id=r.id,
            supplier_id=r.supplier_id,
            supplier="",
            kind=r.kind,
            number=r.reference,
            site=r.site_name,
            season=r.season,
            issued_on=r.issued_on,
            valid_until=r.valid_until,
            days_left=days_left(r.valid_until, today),
            status=status_of(r.status, r.issued_on, r.valid_until, today),
            status_by_hand=r.status is not None,
            products=tuple(names.get(r.id, ())),
        )
        for r in found
    ]
    details = {r.id: RowDetail(r.site_kind, r.site_address, r.notes, r.version) for r in found}
    compliance = SupplierCompliance(
        supplier_id, rows, details, glance_of(rows, window), window, today
    )
    return compliance, [name for (name,) in choices]
