"""Suppliers, the people who work there, their certifications and tags."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Archivable, Audited, Base, enum_column
from models.enums import (
    Certification,
    ComplianceStatus,
    SiteKind,
    SupplierKind,
    SupplierStatus,
)
from models.types import country_code, email_str, intpk, name_str, phone_e164, short_str

if TYPE_CHECKING:
    from models.activity import Activity
    from models.negotiation import Negotiation
    from models.product import Product

supplier_tags = Table(
    "supplier_tags",
    Base.metadata,
    Column("supplier_id", ForeignKey("suppliers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

supplier_products = Table(
    "supplier_products",
    Base.metadata,
    Column("supplier_id", ForeignKey("suppliers.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("products.id", ondelete="RESTRICT"), primary_key=True),
)
"""What a supplier can sell us: the products named on its record and its negotiations."""


class Supplier(Audited, Archivable, Base):
    __tablename__ = "suppliers"
    __table_args__ = (
        # Two suppliers of one country cannot share a tax id (NULLs never collide).
        UniqueConstraint("country", "tax_id_key"),
        Index("ix_suppliers_name_key", "name_key"),
        Index("ix_suppliers_country_status", "country", "status"),
        # The list's first page in any sort order reads 200 index entries instead of
        # sorting every row (app.queries.search.SORTABLE; name_key and id have theirs already).
        Index("ix_suppliers_country", "country"),
        Index("ix_suppliers_city", "city"),
        Index("ix_suppliers_status", "status"),
        Index("ix_suppliers_tax_id_key", "tax_id_key"),
        Index("ix_suppliers_created_at", "created_at"),
        Index("ix_suppliers_updated_at", "updated_at"),
        # Counting the suppliers not archived reads this small index, not the wide rows;
        # archived ones are few, so finding them is cheap too.
        Index(
            "ix_suppliers_not_archived",
            "id",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        Index(
            "ix_suppliers_archived_at",
            "archived_at",
            sqlite_where=text("archived_at IS NOT NULL"),
            postgresql_where=text("archived_at IS NOT NULL"),
        ),
    )

    id: Mapped[intpk]
    name: Mapped[name_str]
    legal_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[SupplierKind | None] = enum_column(SupplierKind)
    status: Mapped[SupplierStatus] = enum_column(SupplierStatus, default=SupplierStatus.PROSPECT)
    country: Mapped[country_code]
    region: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    tax_id: Mapped[str | None] = mapped_column(String(40))
    tax_id_key: Mapped[str | None] = mapped_column(String(40))
    """The tax id upper-cased with separators removed, for matching (RFC, CUIT, RUT, CNPJ...)."""
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[email_str | None]
    phone: Mapped[phone_e164 | None]
    notes: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(200), default="")
    """Folded name (no accents, case, punctuation): cheap sort key and duplicate check."""
    search_text: Mapped[str] = mapped_column(Text, default="")
    """Folded names, city, tax ids, product and contact names: what search looks in."""

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan", order_by="Contact.id"
    )
    certifications: Mapped[list[SupplierCertification]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan", order_by="SupplierCertification.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=supplier_tags, order_by="Tag.name")
    products: Mapped[list[Product]] = relationship(
        secondary=supplier_products, order_by="Product.name"
    )
    negotiations: Mapped[list[Negotiation]] = relationship(
        back_populates="supplier", passive_deletes="all"
    )
    activities: Mapped[list[Activity]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Supplier {self.id} {self.name!r} {self.country}>"


class Contact(Audited, Base):
    __tablename__ = "contacts"

    id: Mapped[intpk]
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[name_str]
    name_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    """Folded name, so 'jose' finds 'José' in the contact list (and it sorts by it)."""
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[email_str | None] = mapped_column(index=True)
    phone: Mapped[phone_e164 | None] = mapped_column(index=True)
    whatsapp: Mapped[phone_e164 | None]
    wechat: Mapped[short_str | None]
    language: Mapped[str | None] = mapped_column(String(8))
    """ISO 639-1 code of the language to write to them in (es, pt, en, zh)."""
    is_primary: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    supplier: Mapped[Supplier] = relationship(back_populates="contacts")

    def __repr__(self) -> str:
        return f"<Contact {self.id} {self.name!r}>"


certification_products = Table(
    "certification_products",
    Base.metadata,
    Column(
        "certification_id",
        ForeignKey("supplier_certifications.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
)
"""The products a registration or certificate covers (none: the supplier's whole range)."""


class SupplierCertification(Audited, Base):
    """A registration (GACC, SAG CSG/CSP, SENASICA, SENASA) or a certificate (GlobalG.A.P.,
    HACCP, BRCGS, organic...) of a supplier: any number per kind (two GACC rows for two
    plants), each for a site, the products it covers and a season where it applies."""

    __tablename__ = "supplier_certifications"
    __table_args__ = (
        Index("ix_supplier_certifications_state", "status", "valid_until", "supplier_id"),
        CheckConstraint(
            "issued_on IS NULL OR valid_until IS NULL OR issued_on <= valid_until",
            name="issued_before_valid_until",
        ),
    )

    id: Mapped[intpk]
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[Certification] = enum_column(Certification)
    reference: Mapped[str | None] = mapped_column(String(80))
    """The registration or certificate number."""
    site_name: Mapped[str | None] = mapped_column(String(120))
    site_kind: Mapped[SiteKind | None] = enum_column(SiteKind)
    site_address: Mapped[str | None] = mapped_column(String(200))
    season: Mapped[str | None] = mapped_column(String(7))
    """The season it applies to, '2026-27' (SAG codes are approved per season)."""
    issued_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ComplianceStatus | None] = enum_column(ComplianceStatus)
    """Set by hand (pending, suspended...); NULL: derived from the dates."""
    notes: Mapped[str | None] = mapped_column(Text)

    supplier: Mapped[Supplier] = relationship(back_populates="certifications")
    products: Mapped[list[Product]] = relationship(
        secondary=certification_products, order_by="Product.name"
    )


class Tag(Audited, Base):
    __tablename__ = "tags"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(60))
    key: Mapped[str] = mapped_column(String(60), unique=True)
    """Folded name: 'Orgánico' and 'organico' are one tag."""

    def __repr__(self) -> str:
        return f"<Tag {self.name!r}>"
