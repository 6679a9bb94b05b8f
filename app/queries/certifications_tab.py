"""The supplier's certifications tab in one round trip: its compliance rows (as
compliance_alerts.supplier_compliance gives them) and its form's product choices, sent
together (app.queries.batched)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.batched import fetch_together
from app.queries.compliance_alerts import SupplierCompliance, supplier_compliance_of
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
    compliance = supplier_compliance_of(
        supplier_id, found, lambda r: names.get(r.id, ()), today, window
    )
    return compliance, [name for (name,) in choices]
