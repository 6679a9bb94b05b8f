"""Persistence for Supplier Desk: typed ORM classes, engine set-up and migrations.

Imports nothing from app/ or ui/.
"""

from models.activity import Activity, ActivityKind
from models.audit import AuditAction, AuditEntry
from models.base import Base
from models.enums import (
    REGISTRATIONS,
    AttachmentOwner,
    Certification,
    ComplianceStatus,
    DocumentKind,
    DocumentStatus,
    Incoterm,
    NegotiationStage,
    OfferSide,
    SeasonLevel,
    ShipmentMode,
    ShipmentStatus,
    SiteKind,
    SupplierKind,
    SupplierStatus,
    TariffScheme,
    Unit,
)
from models.freight import (
    ChargeBasis,
    ChargeKind,
    ChargeSide,
    FreightBasis,
    FreightCharge,
    FreightRoute,
)
from models.fx_rate import FxRate, RateSource
from models.import_batch import ImportAction, ImportBatch, ImportMapping, ImportRow, ImportStatus
from models.negotiation import Negotiation, Offer
from models.product import Product
from models.season import SeasonWindow
from models.shipment import Shipment, ShipmentDocument
from models.stored_file import Attachment, StoredFile
from models.supplier import (
    Contact,
    Supplier,
    SupplierCertification,
    Tag,
    certification_products,
    supplier_products,
    supplier_tags,
)
from models.tariff import Tariff

__all__ = [
    "REGISTRATIONS",
    "Activity",
    "ActivityKind",
    "Attachment",
    "AttachmentOwner",
    "AuditAction",
    "AuditEntry",
    "Base",
    "Certification",
    "ChargeBasis",
    "ChargeKind",
    "ChargeSide",
    "ComplianceStatus",
    "Contact",
    "DocumentKind",
    "DocumentStatus",
    "FreightBasis",
    "FreightCharge",
    "FreightRoute",
    "FxRate",
    "ImportAction",
    "ImportBatch",
    "ImportMapping",
    "ImportRow",
    "ImportStatus",
    "Incoterm",
    "Negotiation",
    "NegotiationStage",
    "Offer",
    "OfferSide",
    "Product",
    "RateSource",
    "SeasonLevel",
    "SeasonWindow",
    "Shipment",
    "ShipmentDocument",
    "ShipmentMode",
    "ShipmentStatus",
    "SiteKind",
    "StoredFile",
    "Supplier",
    "SupplierCertification",
    "SupplierKind",
    "SupplierStatus",
    "Tag",
    "Tariff",
    "TariffScheme",
    "Unit",
    "certification_products",
    "supplier_products",
    "supplier_tags",
]

# Registers the listeners that keep search text and change stamps true on every flush.
from models import engine as _engine  # noqa: F401
from models import search_index as _search_index  # noqa: F401
