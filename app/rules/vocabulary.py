"""Spanish, Portuguese and Chinese words for the domain's closed lists, and English labels."""

from __future__ import annotations

from enum import StrEnum

from app.messages import Message, translate
from models.activity import ActivityKind
from models.audit import AuditAction
from models.enums import (
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
from models.freight import ChargeBasis, ChargeKind, ChargeSide, FreightBasis
from models.fx_rate import RateSource
from models.import_batch import ImportAction, ImportStatus

STATUS_SYNONYMS = {
    "prospecto": SupplierStatus.PROSPECT,
    "potencial": SupplierStatus.PROSPECT,
    "潜在": SupplierStatus.PROSPECT,
    "calificado": SupplierStatus.QUALIFIED,
    "qualificado": SupplierStatus.QUALIFIED,
    "activo": SupplierStatus.ACTIVE,
    "ativo": SupplierStatus.ACTIVE,
    "活跃": SupplierStatus.ACTIVE,
    "en espera": SupplierStatus.ON_HOLD,
    "em espera": SupplierStatus.ON_HOLD,
    "pausado": SupplierStatus.ON_HOLD,
    "hold": SupplierStatus.ON_HOLD,
    "bloqueado": SupplierStatus.BLOCKED,
}

KIND_SYNONYMS = {
    "productor": SupplierKind.GROWER,
    "produtor": SupplierKind.GROWER,
    "agricultor": SupplierKind.GROWER,
    "farm": SupplierKind.GROWER,
    "empacadora": SupplierKind.PACKER,
    "empacador": SupplierKind.PACKER,
    "embalador": SupplierKind.PACKER,
    "packhouse": SupplierKind.PACKER,
    "exportadora": SupplierKind.EXPORTER,
    "exportador": SupplierKind.EXPORTER,
    "pesquera": SupplierKind.FISHERY,
    "pesqueira": SupplierKind.FISHERY,
    "procesadora": SupplierKind.PROCESSOR,
    "processadora": SupplierKind.PROCESSOR,
    "comercializadora": SupplierKind.TRADER,
    "trading": SupplierKind.TRADER,
}

CERTIFICATION_SYNONYMS = {
    "global gap": Certification.GLOBALGAP,
    "globalg.a.p.": Certification.GLOBALGAP,
    "brc": Certification.BRCGS,
    "primus": Certification.PRIMUS_GFS,
    "primusgfs": Certification.PRIMUS_GFS,
    "usda organic": Certification.ORGANIC_USDA,
    "nop": Certification.ORGANIC_USDA,
    "eu organic": Certification.ORGANIC_EU,
    "china organic": Certification.ORGANIC_CHINA,
    "gacc registration": Certification.GACC,
    "cifer": Certification.GACC,
    "registro gacc": Certification.GACC,
    "gacc registro": Certification.GACC,
    "海关注册": Certification.GACC,
    "海关总署注册": Certification.GACC,
    "csg": Certification.SAG_CSG,
    "sag csg": Certification.SAG_CSG,
    "codigo csg": Certification.SAG_CSG,
    "csp": Certification.SAG_CSP,
    "codigo csp": Certification.SAG_CSP,
    "senasica packhouse": Certification.SENASICA,
    "empacadora senasica": Certification.SENASICA,
    "senasa plant": Certification.SENASA,
    "planta senasa": Certification.SENASA,
    "ifs food": Certification.IFS,
    "rainforest": Certification.RAINFOREST_ALLIANCE,
    "otro": Certification.OTHER,
    "outro": Certification.OTHER,
    "其他": Certification.OTHER,
}

SITE_KIND_SYNONYMS = {
    "huerto": SiteKind.ORCHARD,
    "predio": SiteKind.ORCHARD,
    "pomar": SiteKind.ORCHARD,
    "果园": SiteKind.ORCHARD,
    "packing": SiteKind.PACKHOUSE,
    "empacadora": SiteKind.PACKHOUSE,
    "empaque": SiteKind.PACKHOUSE,
    "packing house": SiteKind.PACKHOUSE,
    "包装厂": SiteKind.PACKHOUSE,
    "planta": SiteKind.PLANT,
    "fabrica": SiteKind.PLANT,
    "工厂": SiteKind.PLANT,
    "barco": SiteKind.VESSEL,
    "buque": SiteKind.VESSEL,
    "ship": SiteKind.VESSEL,
    "船": SiteKind.VESSEL,
    "frigorifico": SiteKind.COLD_STORE,
    "camara frigorifica": SiteKind.COLD_STORE,
    "cold storage": SiteKind.COLD_STORE,
    "冷库": SiteKind.COLD_STORE,
}

COMPLIANCE_STATUS_SYNONYMS = {
    "pendiente": ComplianceStatus.PENDING,
    "pendente": ComplianceStatus.PENDING,
    "待定": ComplianceStatus.PENDING,
    "vigente": ComplianceStatus.ACTIVE,
    "activo": ComplianceStatus.ACTIVE,
    "ativo": ComplianceStatus.ACTIVE,
    "valid": ComplianceStatus.ACTIVE,
    "有效": ComplianceStatus.ACTIVE,
    "suspendido": ComplianceStatus.SUSPENDED,
    "suspenso": ComplianceStatus.SUSPENDED,
    "暂停": ComplianceStatus.SUSPENDED,
    "vencido": ComplianceStatus.EXPIRED,
    "expirado": ComplianceStatus.EXPIRED,
    "caducado": ComplianceStatus.EXPIRED,
    "过期": ComplianceStatus.EXPIRED,
}

UNIT_SYNONYMS = {
    "kilo": Unit.KG,
    "kilos": Unit.KG,
    "kgs": Unit.KG,
    "tonelada": Unit.T,
    "toneladas": Unit.T,
    "ton": Unit.T,
    "tons": Unit.T,
    "tonne": Unit.T,
    "mt": Unit.T,
    "libra": Unit.LB,
    "lbs": Unit.LB,
    "caja": Unit.BOX,
    "cajas": Unit.BOX,
    "caixa": Unit.BOX,
    "boxes": Unit.BOX,
    "carton": Unit.CARTON,
    "cartones": Unit.CARTON,
    "ctn": Unit.CARTON,
    "contenedor": Unit.CONTAINER,
    "contêiner": Unit.CONTAINER,
    "fcl": Unit.CONTAINER,
}

STAGE_SYNONYMS = {
    "prospecto": NegotiationStage.LEAD,
    "muestras": NegotiationStage.SAMPLING,
    "amostras": NegotiationStage.SAMPLING,
    "negociacion": NegotiationStage.NEGOTIATING,
    "negociacao": NegotiationStage.NEGOTIATING,
    "acordado": NegotiationStage.AGREED,
    "contratado": NegotiationStage.CONTRACTED,
    "perdido": NegotiationStage.CLOSED_LOST,
    "lost": NegotiationStage.CLOSED_LOST,
    "completado": NegotiationStage.COMPLETED,
    "concluido": NegotiationStage.COMPLETED,
}

SHIPMENT_STATUS_SYNONYMS = {
    "en transito": ShipmentStatus.IN_TRANSIT,
    "em transito": ShipmentStatus.IN_TRANSIT,
    "en aduana": ShipmentStatus.AT_CUSTOMS,
    "na alfandega": ShipmentStatus.AT_CUSTOMS,
    "customs": ShipmentStatus.AT_CUSTOMS,
    "entregado": ShipmentStatus.DELIVERED,
    "entregue": ShipmentStatus.DELIVERED,
    "reservado": ShipmentStatus.BOOKED,
    "incidente": ShipmentStatus.INCIDENT,
}

_LABELS: dict[type[StrEnum], dict[StrEnum, Message]] = {
    SupplierStatus: {
        SupplierStatus.PROSPECT: translate("Vocabulary", "Prospect"),
        SupplierStatus.QUALIFIED: translate("Vocabulary", "Qualified"),
        SupplierStatus.ACTIVE: translate("Vocabulary", "Active"),
        SupplierStatus.ON_HOLD: translate("Vocabulary", "On hold"),
        SupplierStatus.BLOCKED: translate("Vocabulary", "Blocked"),
    },
    SupplierKind: {
        SupplierKind.GROWER: translate("Vocabulary", "Grower"),
        SupplierKind.PACKER: translate("Vocabulary", "Packer"),
        SupplierKind.EXPORTER: translate("Vocabulary", "Exporter"),
        SupplierKind.FISHERY: translate("Vocabulary", "Fishery"),
        SupplierKind.PROCESSOR: translate("Vocabulary", "Processor"),
        SupplierKind.TRADER: translate("Vocabulary", "Trader"),
    },
    Certification: {
        Certification.GLOBALGAP: translate("Vocabulary", "GlobalG.A.P."),
        Certification.HACCP: translate("Vocabulary", "HACCP"),
        Certification.BRCGS: translate("Vocabulary", "BRCGS"),
        Certification.PRIMUS_GFS: translate("Vocabulary", "Primus GFS"),
        Certification.ORGANIC_USDA: translate("Vocabulary", "Organic (USDA)"),
        Certification.ORGANIC_EU: translate("Vocabulary", "Organic (EU)"),
        Certification.ORGANIC_CHINA: translate("Vocabulary", "Organic (China)"),
        Certification.GACC: translate("Vocabulary", "GACC registration"),
        Certification.SAG_CSG: translate("Vocabulary", "SAG CSG orchard"),
        Certification.SAG_CSP: translate("Vocabulary", "SAG CSP packhouse"),
        Certification.SENASICA: translate("Vocabulary", "SENASICA packhouse"),
        Certification.SENASA: translate("Vocabulary", "SENASA plant"),
        Certification.IFS: translate("Vocabulary", "IFS"),
        Certification.RAINFOREST_ALLIANCE: translate("Vocabulary", "Rainforest Alliance"),
        Certification.OTHER: translate("Vocabulary", "Other"),
    },
    ComplianceStatus: {
        ComplianceStatus.PENDING: translate("ComplianceStatus", "Pending"),
        ComplianceStatus.ACTIVE: translate("ComplianceStatus", "Active"),
        ComplianceStatus.SUSPENDED: translate("ComplianceStatus", "Suspended"),
        ComplianceStatus.EXPIRED: translate("ComplianceStatus", "Expired"),
    },
    SiteKind: {
        SiteKind.ORCHARD: translate("Vocabulary", "Orchard"),
        SiteKind.PACKHOUSE: translate("Vocabulary", "Packhouse"),
        SiteKind.PLANT: translate("Vocabulary", "Plant"),
        SiteKind.VESSEL: translate("Vocabulary", "Vessel"),
        SiteKind.COLD_STORE: translate("Vocabulary", "Cold store"),
    },
    SeasonLevel: {
        SeasonLevel.SHIPPING: translate("Vocabulary", "Shipping"),
        SeasonLevel.PEAK: translate("Vocabulary", "Peak"),
    },
    AttachmentOwner: {
        AttachmentOwner.CERTIFICATION: translate("Vocabulary", "Certification"),
        AttachmentOwner.SHIPMENT_DOCUMENT: translate("Vocabulary", "Shipment document"),
        AttachmentOwner.NEGOTIATION: translate("Vocabulary", "Negotiation"),
    },
    NegotiationStage: {
        NegotiationStage.LEAD: translate("Vocabulary", "Lead"),
        NegotiationStage.SAMPLING: translate("Vocabulary", "Sampling"),
        NegotiationStage.NEGOTIATING: translate("Vocabulary", "Negotiating"),
        NegotiationStage.AGREED: translate("Vocabulary", "Agreed"),
        NegotiationStage.CONTRACTED: translate("Vocabulary", "Contracted"),
        NegotiationStage.CLOSED_LOST: translate("Vocabulary", "Closed lost"),
        NegotiationStage.COMPLETED: translate("Vocabulary", "Completed"),
    },
    OfferSide: {
        OfferSide.SUPPLIER: translate("Vocabulary", "Supplier"),
        OfferSide.BUYER: translate("Vocabulary", "Buyer"),
    },
    ShipmentMode: {
        ShipmentMode.SEA: translate("Vocabulary", "Sea"),
        ShipmentMode.AIR: translate("Vocabulary", "Air"),
    },
    ShipmentStatus: {
        ShipmentStatus.PLANNED: translate("Vocabulary", "Planned"),
        ShipmentStatus.BOOKED: translate("Vocabulary", "Booked"),
        ShipmentStatus.IN_TRANSIT: translate("Vocabulary", "In transit"),
        ShipmentStatus.AT_CUSTOMS: translate("Vocabulary", "At customs"),
        ShipmentStatus.DELIVERED: translate("Vocabulary", "Delivered"),
        ShipmentStatus.INCIDENT: translate("Vocabulary", "Incident"),
    },
    DocumentKind: {
        DocumentKind.PHYTOSANITARY: translate("Vocabulary", "Phytosanitary"),
        DocumentKind.CERTIFICATE_OF_ORIGIN: translate("Vocabulary", "Certificate of origin"),
        DocumentKind.HEALTH_CERTIFICATE: translate("Vocabulary", "Health certificate"),
        DocumentKind.PACKING_LIST: translate("Vocabulary", "Packing list"),
        DocumentKind.INVOICE: translate("Vocabulary", "Invoice"),
        DocumentKind.BILL_OF_LADING: translate("Vocabulary", "Bill of lading"),
    },
    DocumentStatus: {
        DocumentStatus.MISSING: translate("Vocabulary", "Missing"),
        DocumentStatus.DRAFT: translate("Vocabulary", "Draft"),
        DocumentStatus.RECEIVED: translate("Vocabulary", "Received"),
        DocumentStatus.APPROVED: translate("Vocabulary", "Approved"),
        DocumentStatus.NOT_REQUIRED: translate("Vocabulary", "Not required"),
    },
    TariffScheme: {
        TariffScheme.MFN: translate("Vocabulary", "MFN"),
        TariffScheme.FTA: translate("Vocabulary", "FTA"),
        TariffScheme.PROVISIONAL: translate("Vocabulary", "Provisional"),
    },
    FreightBasis: {
        FreightBasis.CONTAINER: translate("Vocabulary", "Container"),
        FreightBasis.KG: translate("Vocabulary", "kg"),
    },
    ChargeBasis: {
        ChargeBasis.CONTAINER: translate("Vocabulary", "Container"),
        ChargeBasis.KG: translate("Vocabulary", "kg"),
        ChargeBasis.SHIPMENT: translate("Vocabulary", "Shipment"),
    },
    ChargeSide: {
        ChargeSide.ORIGIN: translate("Vocabulary", "Origin"),
        ChargeSide.DESTINATION: translate("Vocabulary", "Destination"),
    },
    ChargeKind: {
        ChargeKind.PICKUP: translate("Vocabulary", "Pickup"),
        ChargeKind.EXPORT_CLEARANCE: translate("Vocabulary", "Export clearance"),
        ChargeKind.INLAND_TRANSPORT: translate("Vocabulary", "Inland transport"),
        ChargeKind.TERMINAL_HANDLING: translate("Vocabulary", "Terminal handling"),
        ChargeKind.LOADING: translate("Vocabulary", "Loading"),
        ChargeKind.UNLOADING: translate("Vocabulary", "Unloading"),
        ChargeKind.PORT: translate("Vocabulary", "Port"),
        ChargeKind.IMPORT_CLEARANCE: translate("Vocabulary", "Import clearance"),
        ChargeKind.INSPECTION: translate("Vocabulary", "Inspection"),
        ChargeKind.COLD_STORE: translate("Vocabulary", "Cold store"),
        ChargeKind.DELIVERY: translate("Vocabulary", "Delivery"),
    },
    RateSource: {
        RateSource.MANUAL: translate("Vocabulary", "Manual"),
        RateSource.CSV: translate("Vocabulary", "CSV"),
        RateSource.ECB: translate("Vocabulary", "ECB"),
        RateSource.DEMO: translate("Vocabulary", "Demo"),
    },
    ActivityKind: {
        ActivityKind.NOTE: translate("Vocabulary", "Note"),
        ActivityKind.TASK: translate("Vocabulary", "Task"),
    },
    ImportStatus: {
        ImportStatus.COMMITTED: translate("Vocabulary", "Committed"),
        ImportStatus.UNDONE: translate("Vocabulary", "Undone"),
    },
    ImportAction: {
        ImportAction.CREATED: translate("Vocabulary", "Created"),
        ImportAction.UPDATED: translate("Vocabulary", "Updated"),
    },
    AuditAction: {
        AuditAction.CREATE: translate("Vocabulary", "Create"),
        AuditAction.UPDATE: translate("Vocabulary", "Update"),
        AuditAction.ARCHIVE: translate("Vocabulary", "Archive"),
        AuditAction.RESTORE: translate("Vocabulary", "Restore"),
        AuditAction.DELETE: translate("Vocabulary", "Delete"),
        AuditAction.IMPORT: translate("Vocabulary", "Import"),
        AuditAction.UNDO: translate("Vocabulary", "Undo"),
    },
}
"""Every shown member's words (keyed by enum first: SupplierStatus.ACTIVE and
ComplianceStatus.ACTIVE are equal strings). One literal per member, for lupdate; the
English is what the window showed before translation ('on_hold' -> 'On hold').
ComplianceStatus has its own context: a registration's 'Active' is 'valid' in Chinese and
Spanish, a supplier's is not."""

CODES: tuple[type[StrEnum], ...] = (Unit, Incoterm)
"""Shown as their codes in every language (kg, FOB)."""


UNIT_WORDS: dict[Unit, Message] = {
    Unit.BOX: translate("Units", "box"),
    Unit.CARTON: translate("Units", "carton"),
    Unit.CONTAINER: translate("Units", "container"),
}
"""Units that are words, not symbols (kg, t, lb stay as written in every language)."""


def label(member: StrEnum | None) -> str:
    """How a vocabulary word is shown: 'on_hold' -> 'On hold' (a translatable Message);
    units and Incoterms stay as written."""
    if member is None:
        return ""
    if isinstance(member, Unit) and member in UNIT_WORDS:
        return UNIT_WORDS[member]
    if isinstance(member, CODES):
        return member.value
    found = _LABELS.get(type(member), {}).get(member)
    if found is not None:
        return found
    return member.value.replace("_", " ").capitalize()
