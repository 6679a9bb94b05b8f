"""Registrations and certificates of a supplier: added, changed, removed, each call one
transaction's worth of work (the caller's `db.transaction()`).

Any number of rows per kind (two GACC rows for two plants). Every field is checked by
REGISTRATION_FIELDS and a refusal names each bad field: the kind in any of its words
('GACC', 'Registro GACC', 'GlobalG.A.P.', 'SAG CSP'), the season as 2026-27, valid
until not before issued on. The products a row covers are given by name or id; one that
does not exist is refused by name (a registration never creates a product). No products:
the row covers the supplier's whole range. The status is stored only when set by hand;
app.rules.compliance derives it from the dates otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.messages import translate
from app.rules import compliance as rules
from app.rules import parsing
from app.rules import validation as v
from app.rules.vocabulary import (
    CERTIFICATION_SYNONYMS,
    COMPLIANCE_STATUS_SYNONYMS,
    SITE_KIND_SYNONYMS,
)
from app.services.common import (
    apply_changes,
    current_values,
    flush,
    get_for_update,
    get_or_fail,
    is_id,
)
from models import Certification, Product, Supplier, SupplierCertification
from models.enums import ComplianceStatus, SiteKind
from models.text import fold
from models.types import utcnow

LABEL = translate("Entities", "Registration")
PRODUCTS = "products"
ALIASES = {"number": "reference"}
"""Names a caller may use for a field: the number is stored in `reference`."""

REGISTRATION_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field(
            "kind",
            translate("Fields", "Kind"),
            v.choice(Certification, CERTIFICATION_SYNONYMS),
            required=True,
        ),
        v.Field("reference", translate("Fields", "Number"), v.text(80)),
        v.Field("site_name", translate("Fields", "Site"), v.text(120)),
        v.Field(
            "site_kind", translate("Fields", "Site kind"), v.choice(SiteKind, SITE_KIND_SYNONYMS)
        ),
        v.Field("site_address", translate("Fields", "Site address"), v.text(200)),
        v.Field(
            "season",
            translate("Fields", "Season"),
            v.limited(lambda value, _ctx: rules.parse_season(value), v.Limit(length=7)),
        ),
        v.Field("issued_on", translate("Fields", "Issued on"), v.day()),
        v.Field(
            "valid_until",
            translate("Fields", "Valid until"),
            v.day(after="issued_on", after_label=translate("Validation", "issued on")),
        ),
        v.Field(
            "status",
            translate("Fields", "Status"),
            v.choice(ComplianceStatus, COMPLIANCE_STATUS_SYNONYMS),
        ),
        v.Field("notes", translate("Fields", "Notes"), v.text(10_000, multiline=True)),
    ],
    model=SupplierCertification,
)


def get_registration(session: Session, registration_id: int) -> SupplierCertification:
    return get_or_fail(session, SupplierCertification, registration_id, LABEL)


def add_registration(
    session: Session, supplier_id: int, data: Mapping[str, Any]
) -> SupplierCertification:
    """One row: {kind[, number, site_name, site_kind, site_address, season, issued_on,
    valid_until, status, notes, products]}."""
    supplier = get_or_fail(session, Supplier, supplier_id, translate("Entities", "Supplier"))
    fields, names = _split(data)
    values, products = _clean(session, fields, names, current=None)
    row = SupplierCertification(**values)
    if products is not None:
        row.products = products
    supplier.certifications.append(row)
    flush(session, LABEL, row)
    return row


def update_registration(
    session: Session,
    registration_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> SupplierCertification:
    """Change the given fields (products: the whole list, [] for the whole range)."""
    row = get_for_update(session, SupplierCertification, registration_id, LABEL, expected_version)
    fields, names = _split(changes)
    values, products = _clean(session, fields, names, current=current_values(row))
    apply_changes(row, values)
    if products is not None and products != row.products:
        row.products = products
        row.updated_at = utcnow()  # an UPDATE of the row: its version moves too
    flush(session, LABEL, row)
    return row


def delete_registration(session: Session, registration_id: int) -> None:
    """Remove the row (its covered products go with it; the files are another module's)."""
    row = get_registration(session, registration_id)
    session.delete(row)
    flush(session, LABEL)


def _split(data: Mapping[str, Any]) -> tuple[dict[str, Any], Any]:
    fields = {ALIASES.get(k, k): value for k, value in data.items() if k != PRODUCTS}
    return fields, data.get(PRODUCTS)


def _clean(
    session: Session,
    fields: Mapping[str, Any],
    names: Any,
    *,
    current: Mapping[str, Any] | None,
) -> tuple[dict[str, Any], list[Product] | None]:
    """The row's values and products, every bad field in one ValidationError."""
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    try:
        values = REGISTRATION_FIELDS.clean(fields, current=current)
    except ValidationError as exc:
        errors.extend(exc.errors)
    if current is not None and "issued_on" in values and "valid_until" not in values:
        until = current.get("valid_until")
        if until is not None and values["issued_on"] is not None and until < values["issued_on"]:
            errors.append(
                FieldError(
                    "issued_on",
                    REGISTRATION_FIELDS.label("issued_on"),
                    translate("Validation", "is after valid until ({date})").format(
                        date=until.isoformat()
                    ),
                    fields.get("issued_on"),
                )
            )
    products: list[Product] | None = None
    if names is not None:
        try:
            products = find_products(session, names)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    return values, products


def find_products(session: Session, names: Any) -> list[Product]:
    """The products named or numbered in `names` (a list of names or ids, or one of
    them); refused naming each unknown one."""
    items = [names] if isinstance(names, (str, int)) else list(names)
    shown = [item for item in items if not parsing.is_blank(item)]
    wanted = [_key(item) for item in shown]
    numbers = [w for w in wanted if isinstance(w, int)]
    keys = [w for w in wanted if isinstance(w, str)]
    found: dict[int | str, Product] = {}
    if numbers:
        found |= {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(numbers)))}
    if keys:
        found |= {p.key: p for p in session.scalars(select(Product).where(Product.key.in_(keys)))}
    missing = [item for item, key in zip(shown, wanted, strict=True) if key not in found]
    if missing:
        raise ValidationError(
            [
                FieldError(
                    PRODUCTS,
                    translate("Fields", "Products"),
                    translate("Validation", "no product {value}").format(
                        value=repr(str(m).strip())
                    ),
                    m,
                )
                for m in missing
            ]
        )
    chosen = {p.id: p for p in found.values()}
    return sorted(chosen.values(), key=lambda p: p.key)


def _key(item: Any) -> int | str:
    """A product's id (a whole number, or digits) or its folded name."""
    if isinstance(item, str) and item.strip().isdigit():
        return int(item.strip())
    return item if is_id(item) else fold(str(item))


def registrations_of(session: Session, supplier_id: int) -> list[SupplierCertification]:
    """The supplier's rows, kind then valid until (for a form; lists use the query)."""
    return list(
        session.scalars(
            select(SupplierCertification)
            .where(SupplierCertification.supplier_id == supplier_id)
            .order_by(SupplierCertification.kind, SupplierCertification.valid_until)
        )
    )
