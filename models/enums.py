"""The closed vocabularies of the domain (design.md, "Domain words").

Stored as their string values (VARCHAR, not native enums) so that adding a member
needs no schema change on either SQLite or PostgreSQL.
"""

from enum import StrEnum


class SupplierStatus(StrEnum):
    PROSPECT = "prospect"
    QUALIFIED = "qualified"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    BLOCKED = "blocked"


class SupplierKind(StrEnum):
    GROWER = "grower"
    PACKER = "packer"
    EXPORTER = "exporter"
    FISHERY = "fishery"
    PROCESSOR = "processor"
    TRADER = "trader"


class Certification(StrEnum):
    GLOBALGAP = "globalgap"
    HACCP = "haccp"
    BRCGS = "brcgs"
    PRIMUS_GFS = "primus_gfs"
    ORGANIC_USDA = "organic_usda"
    ORGANIC_EU = "organic_eu"
    ORGANIC_CHINA = "organic_china"
    GACC = "gacc"
    """China customs' registration of an overseas food producer (Decree 248, CIFER)."""
    SAG_CSG = "sag_csg"
    """Chile's SAG orchard code (CSG) approved for China for a season."""
    SAG_CSP = "sag_csp"
    """Chile's SAG packhouse code (CSP) approved for China for a season."""
    SENASICA = "senasica"
    """A Mexican packhouse on SENASICA's list for China."""
    SENASA = "senasa"
    """An Argentine (or Peruvian) plant registered with SENASA."""
    IFS = "ifs"
    RAINFOREST_ALLIANCE = "rainforest_alliance"
    OTHER = "other"


REGISTRATIONS = frozenset(
    {
        Certification.GACC,
        Certification.SAG_CSG,
        Certification.SAG_CSP,
        Certification.SENASICA,
        Certification.SENASA,
    }
)
"""The kinds that let a site ship to China (the rest are certificates buyers ask for)."""


class ComplianceStatus(StrEnum):
    """A registration's or certificate's state; derived from its dates unless set by hand."""

    PENDING = "pending"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    EXPIRED = "expired"


class SiteKind(StrEnum):
    ORCHARD = "orchard"
    PACKHOUSE = "packhouse"
    PLANT = "plant"
    VESSEL = "vessel"
    COLD_STORE = "cold_store"


class SeasonLevel(StrEnum):
    """How a month stands for a product from an origin."""

    SHIPPING = "shipping"
    PEAK = "peak"


class AttachmentOwner(StrEnum):
    """What a file can be attached to."""

    CERTIFICATION = "certification"
    SHIPMENT_DOCUMENT = "shipment_document"
    NEGOTIATION = "negotiation"


class NegotiationStage(StrEnum):
    LEAD = "lead"
    SAMPLING = "sampling"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    CONTRACTED = "contracted"
    CLOSED_LOST = "closed_lost"
    COMPLETED = "completed"


class OfferSide(StrEnum):
    """Who made the offer: the supplier (their price) or us, the buyer (our counter-offer)."""

    SUPPLIER = "supplier"
    BUYER = "buyer"


class Unit(StrEnum):
    KG = "kg"
    T = "t"
    LB = "lb"
    BOX = "box"
    CARTON = "carton"
    CONTAINER = "container"


class Incoterm(StrEnum):
    """Incoterms 2020. The first seven suit any mode; FAS, FOB, CFR and CIF are sea only."""

    EXW = "EXW"
    FCA = "FCA"
    CPT = "CPT"
    CIP = "CIP"
    DAP = "DAP"
    DPU = "DPU"
    DDP = "DDP"
    FAS = "FAS"
    FOB = "FOB"
    CFR = "CFR"
    CIF = "CIF"

    @property
    def sea_only(self) -> bool:
        return self in {Incoterm.FAS, Incoterm.FOB, Incoterm.CFR, Incoterm.CIF}


class ShipmentMode(StrEnum):
    SEA = "sea"
    AIR = "air"


class ShipmentStatus(StrEnum):
    PLANNED = "planned"
    BOOKED = "booked"
    IN_TRANSIT = "in_transit"
    AT_CUSTOMS = "at_customs"
    DELIVERED = "delivered"
    INCIDENT = "incident"


class DocumentKind(StrEnum):
    PHYTOSANITARY = "phytosanitary"
    CERTIFICATE_OF_ORIGIN = "certificate_of_origin"
    HEALTH_CERTIFICATE = "health_certificate"
    PACKING_LIST = "packing_list"
    INVOICE = "invoice"
    BILL_OF_LADING = "bill_of_lading"


class DocumentStatus(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    RECEIVED = "received"
    APPROVED = "approved"
    NOT_REQUIRED = "not_required"
    """Not needed for this cargo (no phytosanitary certificate for frozen seafood)."""


class TariffScheme(StrEnum):
    """Under which arrangement a duty rate applies to goods of an origin."""

    MFN = "mfn"
    """Most-favoured-nation: the general rate for WTO members."""
    FTA = "fta"
    """A free-trade agreement's rate (China-Chile, China-Peru...): needs a certificate of origin."""
    PROVISIONAL = "provisional"
    """A rate China sets for the year below MFN."""
