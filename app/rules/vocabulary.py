"""Spanish, Portuguese and Chinese words for the domain's closed lists, and English labels."""

from __future__ import annotations

from enum import StrEnum

from models.enums import (
    Certification,
    ComplianceStatus,
    NegotiationStage,
    ShipmentStatus,
    SiteKind,
    SupplierKind,
    SupplierStatus,
    Unit,
)

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

_LABELS: dict[StrEnum, str] = {
    SupplierStatus.ON_HOLD: "On hold",
    Certification.GLOBALGAP: "GlobalG.A.P.",
    Certification.HACCP: "HACCP",
    Certification.BRCGS: "BRCGS",
    Certification.PRIMUS_GFS: "Primus GFS",
    Certification.ORGANIC_USDA: "Organic (USDA)",
    Certification.ORGANIC_EU: "Organic (EU)",
    Certification.ORGANIC_CHINA: "Organic (China)",
    Certification.GACC: "GACC registration",
    Certification.SAG_CSG: "SAG CSG orchard",
    Certification.SAG_CSP: "SAG CSP packhouse",
    Certification.SENASICA: "SENASICA packhouse",
    Certification.SENASA: "SENASA plant",
    Certification.IFS: "IFS",
    Certification.RAINFOREST_ALLIANCE: "Rainforest Alliance",
    Certification.OTHER: "Other",
    SiteKind.COLD_STORE: "Cold store",
    NegotiationStage.CLOSED_LOST: "Closed lost",
    ShipmentStatus.IN_TRANSIT: "In transit",
    ShipmentStatus.AT_CUSTOMS: "At customs",
}


def label(member: StrEnum | None) -> str:
    """How a vocabulary word is shown: 'on_hold' -> 'On hold'; units stay as written."""
    if member is None:
        return ""
    if member in _LABELS:
        return _LABELS[member]
    if isinstance(member, Unit):
        return member.value
    return member.value.replace("_", " ").capitalize()
