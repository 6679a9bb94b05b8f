"""Suppliers: create, update, archive/restore, delete, tags, products, certifications.

Keys derived from what is typed, and how each is kept within its column (folding can
make text longer: 'ß' becomes 'ss', 'ﷺ' U+FDFA 18 characters):
- `tax_id_key` (40; UNIQUE with the country, and what the importer matches suppliers
  by): a tax id whose key would be longer is refused on the field "Tax id". Cut short,
  two different tax ids could become one supplier.
- a tag's `key` (60; UNIQUE: 'Orgánico' and 'organico' are one tag): a tag whose folded
  name would be longer is refused, for the same reason.
- `name_key` of suppliers and contacts (200; not unique): cut to the column by
  models.search_index. It only sorts and suggests duplicates (app.importing.matching
  folds the name again when the key is at full length), so a cut loses nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, joinedload

from app.errors import FieldError, InUseError, NotFoundError, ValidationError, reason
from app.messages import join, translate
from app.rules import parsing
from app.rules import validation as v
from app.rules.placeholders import is_placeholder_name, placeholder_message
from app.rules.vocabulary import CERTIFICATION_SYNONYMS, KIND_SYNONYMS, STATUS_SYNONYMS
from app.services.common import (
    apply_changes,
    check_version,
    current_values,
    flush,
    get_or_fail,
    hold,
    is_id,
    set_archived,
)
from app.services.products import fitting_key
from models import (
    Certification,
    Negotiation,
    Product,
    Supplier,
    SupplierCertification,
    SupplierKind,
    SupplierStatus,
    Tag,
)
from models.text import fold, tax_id_key

LABEL = translate("Entities", "Supplier")
TAX_ID_LENGTH = 40
_TAX_ID_KEY = Supplier.__table__.c["tax_id_key"]
_TAG_KEY = Tag.__table__.c["key"]


def checked_tax_id_key(tax_id: str | None) -> str | None:
    """models.text.tax_id_key, or ValueError when the key is past its column."""
    key = tax_id_key(tax_id)
    return key if key is None else fitting_key(key, _TAX_ID_KEY, "matching")


def _parse_name(value: object, _ctx: Mapping[str, Any]) -> str:
    """A supplier's name; 'N/A', 'Sin nombre', '无' and such stand-ins are refused, as the
    import refuses them."""
    name = parsing.parse_text(value, 200)
    if is_placeholder_name(name):
        raise ValueError(placeholder_message(name))
    return name


def _parse_tax_id(value: object, _ctx: Mapping[str, Any]) -> str:
    """The tax id as typed, refused when its matching key is past its column."""
    tax_id = parsing.parse_text(value, TAX_ID_LENGTH)
    checked_tax_id_key(tax_id)
    return tax_id


def tag_key(name: str) -> str:
    """A tag's key: fold(name), or ValueError when that is past the column."""
    return fitting_key(fold(name), _TAG_KEY, "search")


SUPPLIER_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field(
            "name",
            translate("Fields", "Name"),
            v.limited(_parse_name, v.Limit(length=200)),
            required=True,
        ),
        v.Field("legal_name", translate("Fields", "Legal name"), v.text(200)),
        v.Field("kind", translate("Fields", "Type"), v.choice(SupplierKind, KIND_SYNONYMS)),
        v.Field(
            "status",
            translate("Fields", "Status"),
            v.choice(SupplierStatus, STATUS_SYNONYMS),
            required=True,
            default=SupplierStatus.PROSPECT,
        ),
        v.Field("country", translate("Fields", "Country"), v.country(), required=True),
        v.Field("region", translate("Fields", "Region"), v.text(120)),
        v.Field("city", translate("Fields", "City"), v.text(120)),
        v.Field("address", translate("Fields", "Address"), v.text(300)),
        v.Field(
            "tax_id",
            translate("Fields", "Tax id"),
            v.limited(_parse_tax_id, v.Limit(length=TAX_ID_LENGTH)),
        ),
        v.Field("website", translate("Fields", "Website"), v.url(300)),
        v.Field("email", translate("Fields", "Email"), v.email()),
        v.Field("phone", translate("Fields", "Phone"), v.phone()),
        v.Field("notes", translate("Fields", "Notes"), v.text(20_000, multiline=True)),
    ],
    model=Supplier,
)


def get_supplier(session: Session, supplier_id: int) -> Supplier:
    return get_or_fail(session, Supplier, supplier_id, LABEL)


def create_supplier(session: Session, data: Mapping[str, Any]) -> Supplier:
    values = SUPPLIER_FIELDS.clean(data)
    _check_tax_id_free(session, values.get("country"), values.get("tax_id"), None)
    supplier = Supplier(**values)
    session.add(supplier)
    flush(session, LABEL, supplier)
    return supplier


def update_supplier(
    session: Session,
    supplier_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Supplier:
    supplier = _supplier_for_update(session, supplier_id)
    check_version(supplier, expected_version, LABEL)
    hold(session, supplier)
    values = SUPPLIER_FIELDS.clean(changes, current=current_values(supplier))
    if "country" in values or "tax_id" in values:  # an unchanged pair was checked before
        _check_tax_id_free(
            session,
            values.get("country", supplier.country),
            values.get("tax_id", supplier.tax_id),
            supplier.id,
        )
    apply_changes(supplier, values)
    flush(session, LABEL, supplier)
    return supplier


def _supplier_for_update(session: Session, supplier_id: int) -> Supplier:
    """The supplier with its products and contacts (which its search text is made from
    when it changes) in one statement: one round trip, not three. The supplier's row is
    locked for the transaction and read afresh (see common.get_for_update)."""
    if not is_id(supplier_id):
        raise NotFoundError(LABEL, supplier_id)
    found = (
        session.scalars(
            select(Supplier)
            .where(Supplier.id == supplier_id)
            .options(joinedload(Supplier.products), joinedload(Supplier.contacts))
            .with_for_update(of=Supplier)
            .execution_options(populate_existing=True)
        )
        .unique()
        .first()
    )
    if found is None:
        raise NotFoundError(LABEL, supplier_id)
    return found


def _check_tax_id_free(
    session: Session, country: str | None, tax_id: str | None, own_id: int | None
) -> None:
    key = tax_id_key(tax_id)
    if not key or not country:
        return
    query = select(Supplier.id, Supplier.name).where(
        Supplier.country == country, Supplier.tax_id_key == key
    )
    if own_id is not None:
        query = query.where(Supplier.id != own_id)
    clash = session.execute(query).first()
    if clash is not None:
        raise ValidationError(
            [
                FieldError(
                    "tax_id",
                    SUPPLIER_FIELDS.label("tax_id"),
                    translate(
                        "Suppliers", "is already used by {name} (supplier {id}) in the same country"
                    ).format(name=clash.name, id=clash.id),
                    tax_id,
                )
            ]
        )


def archive_supplier(
    session: Session, supplier_id: int, *, expected_version: int | None = None
) -> Supplier:
    return set_archived(session, Supplier, supplier_id, True, LABEL, expected_version)


def restore_supplier(
    session: Session, supplier_id: int, *, expected_version: int | None = None
) -> Supplier:
    return set_archived(session, Supplier, supplier_id, False, LABEL, expected_version)


def delete_supplier(session: Session, supplier_id: int) -> None:
    """Remove a supplier for good, with its contacts and notes; refused once any
    negotiation refers to it (archive it instead)."""
    supplier = get_supplier(session, supplier_id)
    in_use = session.scalar(select(exists().where(Negotiation.supplier_id == supplier.id)))
    if in_use:
        raise InUseError(
            translate(
                "Suppliers", "{name} has negotiations and cannot be deleted; archive it instead"
            ).format(name=supplier.name)
        )
    session.delete(supplier)
    flush(session, LABEL)


# --- tags, products, certifications ----------------------------------------------------------


def set_tags(session: Session, supplier_id: int, names: Iterable[str]) -> list[Tag]:
    """Make the supplier's tags exactly `names`, creating tags that do not exist yet.
    Every name is checked before any tag is made: a refusal adds nothing."""
    supplier = get_supplier(session, supplier_id)
    wanted: dict[str, str] = {}
    errors = []
    for raw in names:
        try:
            name = v.text(60)(raw, {})
            key = tag_key(name)
        except ValueError as exc:
            errors.append(
                FieldError(
                    "tags",
                    translate("Fields", "Tags"),
                    join(" ", [repr(raw), reason(exc)]),
                    raw,
                )
            )
            continue
        wanted.setdefault(key, name)
    if errors:
        raise ValidationError(errors)
    tags: dict[str, Tag] = {}
    for key, name in wanted.items():
        tag = session.scalar(select(Tag).where(Tag.key == key))
        if tag is None:
            tag = Tag(name=name, key=key)
            session.add(tag)
        tags[key] = tag
    supplier.tags = sorted(tags.values(), key=lambda t: t.key)
    flush(session, LABEL, supplier)
    return supplier.tags


def all_tags(session: Session) -> list[Tag]:
    return list(session.scalars(select(Tag).order_by(Tag.key)))


def set_products(session: Session, supplier_id: int, product_ids: Iterable[int]) -> None:
    supplier = get_supplier(session, supplier_id)
    wanted = set(product_ids)
    valid = [key for key in wanted if is_id(key)]
    products = list(session.scalars(select(Product).where(Product.id.in_(valid))))
    missing = wanted - {p.id for p in products}
    if missing:
        raise ValidationError(
            [
                FieldError(
                    "products",
                    translate("Fields", "Products"),
                    translate("Suppliers", "product {id} does not exist").format(id=m),
                )
                for m in missing
            ]
        )
    supplier.products = products
    flush(session, LABEL, supplier)


def add_product(session: Session, supplier: Supplier, product: Product) -> None:
    """Record that the supplier sells `product` (no-op if already recorded)."""
    if product not in supplier.products:
        supplier.products.append(product)


CERTIFICATION_FIELDS = v.FormSpec(
    translate("Entities", "Certification"),
    [
        v.Field(
            "kind",
            translate("Fields", "Certification"),
            v.choice(Certification, CERTIFICATION_SYNONYMS),
            True,
        ),
        v.Field("reference", translate("Fields", "Certificate number"), v.text(80)),
        v.Field("valid_until", translate("Fields", "Valid until"), v.day()),
    ],
    model=SupplierCertification,
)


def set_certification(
    session: Session, supplier_id: int, data: Mapping[str, Any]
) -> SupplierCertification:
    """Add a certification, or update the one of the same kind."""
    supplier = get_supplier(session, supplier_id)
    values = CERTIFICATION_FIELDS.clean(data)
    existing = next((c for c in supplier.certifications if c.kind == values["kind"]), None)
    if existing is None:
        existing = SupplierCertification(**values)
        supplier.certifications.append(existing)
    else:
        apply_changes(existing, values)
    flush(session, LABEL, supplier)
    return existing


def remove_certification(session: Session, supplier_id: int, kind: Certification) -> None:
    supplier = get_supplier(session, supplier_id)
    supplier.certifications = [c for c in supplier.certifications if c.kind != kind]
    flush(session, LABEL, supplier)


def expiring_certifications(session: Session, before: date) -> list[SupplierCertification]:
    return list(
        session.scalars(
            select(SupplierCertification)
            .where(SupplierCertification.valid_until < before)
            .order_by(SupplierCertification.valid_until)
        )
    )


def count_suppliers(session: Session, *, include_archived: bool = False) -> int:
    query = select(func.count()).select_from(Supplier)
    if not include_archived:
        query = query.where(Supplier.archived_at.is_(None))
    return session.scalar(query) or 0
