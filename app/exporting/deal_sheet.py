"""The deal sheet of one negotiation as plain data, built once from the services.

The PDF and .xlsx renderers only format a `DealSheet`; they never query. Values stay
typed (Decimal, date, enum members) so each renderer writes them its own way: numbers
as numbers in a spreadsheet, words in the export's language on paper.

Two audiences. The sheet "for the partner" (the default) is what may be sent to the
supplier: it carries no target price, no gap, no landed cost, no internal notes (the
deal's, the supplier's, each offer's and the activity notes), no follow-ups, no missing
documents, no supplier status and no expected close. Those are left out of the data
itself, not only of the page, so no renderer can show them by mistake. The "internal"
sheet has everything, plus the landed cost of every offer in the reporting currency.
"""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Final, get_args

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.errors import NotFoundError
from app.exporting.export_settings import DealSheetFor
from app.exporting.labels import Labels, Language
from app.queries.batched import fetch_together
from app.queries.landed_costs import (
    LandedSettings,
    deal_terms_from,
    deal_terms_statement,
    landed_plan,
    offer_terms,
)
from app.queries.landed_reads import columns_of, freight_currency_statements, table
from app.queries.negotiation_rounds import detached
from app.queries.negotiation_summary import Gap, NegotiationSummary, summarize
from app.rules import countries
from app.rules.landed_ladder import Landed
from app.services.common import is_id
from app.services.negotiations import LABEL
from app.services.shipments import missing_documents
from models import (
    Activity,
    ActivityKind,
    Certification,
    Contact,
    DocumentKind,
    Incoterm,
    Negotiation,
    NegotiationStage,
    Offer,
    OfferSide,
    Product,
    Shipment,
    ShipmentDocument,
    ShipmentMode,
    ShipmentStatus,
    Supplier,
    SupplierCertification,
    SupplierKind,
    SupplierStatus,
    Unit,
)

LATEST_NOTES = 6
"""How many notes a sheet shows, newest first."""

Audience = DealSheetFor
AUDIENCES: Final[tuple[Audience, ...]] = get_args(Audience)
"""Who a deal sheet is for: the partner (the default: nothing internal) or the team."""

AGREED_STAGES: Final = frozenset(
    {NegotiationStage.AGREED, NegotiationStage.CONTRACTED, NegotiationStage.COMPLETED}
)
"""The stages at which a deal has a price both sides agreed to (see `agreed_offer`)."""


@dataclass(frozen=True)
class CertificationLine:
    kind: Certification
    reference: str | None
    valid_until: date | None


@dataclass(frozen=True)
class ContactLine:
    name: str
    role: str | None
    email: str | None
    phone: str | None
    whatsapp: str | None
    wechat: str | None
    language: str | None
    is_primary: bool


@dataclass(frozen=True)
class SupplierBlock:
    name: str
    legal_name: str | None
    kind: SupplierKind | None
    status: SupplierStatus | None
    """None on the partner's sheet (our rating of the supplier)."""
    country: str
    country_name: str
    """In the export's language."""
    region: str | None
    city: str | None
    tax_id: str | None
    website: str | None
    email: str | None
    phone: str | None
    notes: str | None
    certifications: tuple[CertificationLine, ...]
    contacts: tuple[ContactLine, ...]
    """The main contact first, then the others in the order they were added."""


@dataclass(frozen=True)
class Terms:
    product: str
    grade: str | None
    target_volume: Decimal | None
    volume_unit: Unit | None
    target_price: Decimal | None
    currency: str | None
    price_unit: Unit | None
    incoterm: Incoterm | None
    incoterm_place: str | None
    origin_port: str | None
    destination_port: str | None
    payment_terms: str | None
    delivery_start: date | None
    delivery_end: date | None
    stage: NegotiationStage
    owner: str | None
    expected_close: date | None
    notes: str | None


@dataclass(frozen=True)
class OfferRound:
    round: int
    offered_on: date
    side: OfferSide
    price: Decimal
    currency: str
    price_unit: Unit
    change: Decimal | None
    """Against the same side's previous offer in the same currency and unit."""
    change_percent: Decimal | None
    volume: Decimal | None
    volume_unit: Unit | None
    incoterm: Incoterm | None
    incoterm_place: str | None
    valid_until: date | None
    notes: str | None
    landed: Landed | None = None
    """Per kg in the reporting currency, with its breakdown (the internal sheet only)."""


@dataclass(frozen=True)
class PriceSeries:
    """What the price chart draws: the offers in one currency and unit, by side."""

    currency: str
    price_unit: Unit
    supplier: tuple[tuple[date, Decimal], ...]
    buyer: tuple[tuple[date, Decimal], ...]
    target: Decimal | None
    """The deal's target price, when it is in the same currency and unit."""


@dataclass(frozen=True)
class LandedRow:
    """One line of the landed-cost breakdown, across the offers it compares."""

    item: str
    """The engine's key: 'price', 'freight', 'cif', 'duty', 'vat' or a charge kind."""
    label: str
    """In the sheet's language."""
    amounts: tuple[Decimal | None, ...]
    """Per kg in the reporting currency, one per offer compared; None where the offer's
    Incoterm leaves that cost to the seller, or its landed cost cannot be computed."""


_LINE_ORDER: Final = (
    "price",
    "pickup",
    "export_clearance",
    "inland_transport",
    "terminal_handling",
    "loading",
    "freight",
    "insurance",
    "cif",
    "duty",
    "vat",
    "unloading",
    "port",
    "import_clearance",
    "inspection",
    "cold_store",
    "delivery",
)
"""The breakdown's lines in the order the ladder adds them."""


def landed_breakdown(sheet: DealSheet) -> tuple[LandedRow, ...]:
    """The breakdown of `sheet.landed_offers` side by side, line by line in ladder
    order (an offer at CIF has no freight line where one at FOB has). Empty on the
    partner's sheet."""
    costs = [offer.landed for _key, offer in sheet.landed_offers]
    labels = sheet.labels
    found: dict[str, str] = {}
    price_labels: set[str] = set()
    for landed in costs:
        for line in landed.lines if landed else ():
            found.setdefault(line.item, line.label)
            if line.item == "price":
                price_labels.add(line.label)  # 'Price FOB': the term the price is at
    rank = {item: n for n, item in enumerate(_LINE_ORDER)}
    rows = []
    for item in sorted(found, key=lambda i: rank.get(i, len(rank))):
        if item == "price":
            if len(price_labels) == 1:  # both at one term: name it
                term = found[item].removeprefix("Price ")
                label = labels.landed_line(item, found[item], term)
            else:
                label = labels.text("line_price_offered")
        else:
            label = labels.landed_line(item, found[item], None)
        amounts = tuple(
            next((line.amount for line in landed.lines if line.item == item), None)
            if landed
            else None
            for landed in costs
        )
        rows.append(LandedRow(item, label, amounts))
    return tuple(rows)


def price_axis_range(values: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
    """A price chart's axis for `values` (not empty): their range with 12 % of it as
    room each side (5 % of the price when all are equal), so the axis starts near the
    data, not at zero, and the changes between rounds show."""
    low, high = min(values), max(values)
    pad = (high - low) * Decimal("0.12") or high * Decimal("0.05") or Decimal(1)
    return low - pad, high + pad


@dataclass(frozen=True)
class ShipmentLine:
    reference: str
    mode: ShipmentMode
    status: ShipmentStatus
    container_no: str | None
    transport_doc_no: str | None
    vessel: str | None
    etd: date | None
    eta: date | None
    atd: date | None
    ata: date | None
    missing_documents: tuple[DocumentKind, ...]

    @property
    def departure(self) -> tuple[date | None, bool]:
        """The actual departure where known (True), else the estimate (False)."""
        return (self.atd, True) if self.atd else (self.etd, False)

    @property
    def arrival(self) -> tuple[date | None, bool]:
        return (self.ata, True) if self.ata else (self.eta, False)


@dataclass(frozen=True)
class FollowUpLine:
    subject: str
    due_on: date | None
    assignee: str | None
    about: str
    """'this deal', a shipment reference or the supplier's name."""
    overdue: bool


@dataclass(frozen=True)
class NoteLine:
    subject: str
    body: str | None
    occurred_at: datetime
    about: str


@dataclass(frozen=True)
class DealSheet:
    negotiation_id: int
    title: str
    company_name: str
    prepared_by: str
    prepared_on: date
    language: Language
    supplier: SupplierBlock
    terms: Terms
    offers: tuple[OfferRound, ...]
    latest_supplier: OfferRound | None
    latest_buyer: OfferRound | None
    gap: Gap | None
    gap_reason: str | None
    """Why there is no gap, as a labels key: gap_none_supplier, gap_none_buyer,
    gap_not_comparable."""
    prices: PriceSeries | None
    shipments: tuple[ShipmentLine, ...]
    follow_ups: tuple[FollowUpLine, ...]
    notes: tuple[NoteLine, ...]
    audience: Audience
    agreed: OfferRound | None = None
    """The agreed offer once the deal is agreed, contracted or completed (agreed_offer)."""
    landed_currency: str | None = None
    """The reporting currency of the offers' landed costs (internal sheets only)."""

    @property
    def labels(self) -> Labels:
        return Labels(self.language)

    @property
    def internal(self) -> bool:
        return self.audience == "internal"

    @property
    def landed_offers(self) -> tuple[tuple[str, OfferRound], ...]:
        """The latest supplier offer and our latest, each with its labels key, whose
        landed cost the internal sheet breaks down (none on the partner's)."""
        if not self.internal:
            return ()
        pairs = (("supplier_latest", self.latest_supplier), ("our_latest", self.latest_buyer))
        return tuple((key, offer) for key, offer in pairs if offer is not None)


@cache
def country_name(code: str, language: Language) -> str:
    """'CL' -> 'Chile' / 'Chile' / '智利' (pycountry's translations)."""
    english = countries.name(code)
    if language == "en" or english == code:
        return english
    import pycountry

    locale = {"es": "es", "zh": "zh_CN"}[language]
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [locale])
    except OSError:
        return english
    country = pycountry.countries.get(alpha_2=code)
    return translation.gettext(country.name) if country is not None else english


def build_deal_sheet(
    session: Session,
    negotiation_id: int,
    *,
    today: date,
    prepared_by: str,
    company_name: str,
    lang: Language = "en",
    audience: Audience = "partner",
    landed: LandedSettings | None = None,
) -> DealSheet:
    """Everything one deal sheet shows, read once (one round trip on PostgreSQL; two for
    an internal sheet of a deal with offers); raises NotFoundError for a bad id.

    audience: "partner" (the default) leaves out all that stays in the team (see the
    module's docstring); "internal" keeps it and adds each offer's landed cost in
    `landed`'s reporting currency (default: CNY with VAT)."""
    if audience not in AUDIENCES:
        raise ValueError(f"a deal sheet is for the partner or internal, not {audience!r}")
    settings = landed or LandedSettings()
    read = _read(session, negotiation_id, internal=audience == "internal", settings=settings)
    negotiation, costs = read.negotiation, read.landed
    summary = summarize(negotiation, lambda _ids: costs)
    terms = _terms(negotiation)
    offers = _offer_rounds(summary, negotiation)
    landed_currency = None
    if audience == "internal":
        offers = tuple(
            replace(o, landed=costs.get(point.offer_id))
            for o, point in zip(offers, summary.rounds, strict=True)
        )
        landed_currency = settings.currency
    latest_supplier, latest_buyer = _latest_offers(summary, offers)
    shipments = list(negotiation.shipments)
    activities = read.activities(Labels(lang).text("this_deal"))
    sheet = DealSheet(
        negotiation_id=negotiation.id,
        title=negotiation.title,
        company_name=company_name.strip(),
        prepared_by=prepared_by.strip(),
        prepared_on=today,
        language=lang,
        supplier=_supplier_block(negotiation.supplier, lang),
        terms=terms,
        offers=offers,
        latest_supplier=latest_supplier,
        latest_buyer=latest_buyer,
        gap=summary.gap,
        gap_reason=_gap_reason(summary.gap, latest_supplier, latest_buyer),
        prices=_price_series(offers, latest_supplier or latest_buyer, terms),
        shipments=tuple(_shipment_line(s) for s in shipments),
        follow_ups=_follow_ups(read.supplier_tasks(), activities, today),
        notes=_latest_notes(activities),
        audience=audience,
        agreed=agreed_offer(terms.stage, offers),
        landed_currency=landed_currency,
    )
    return sheet if audience == "internal" else for_partner(sheet)


def agreed_offer(stage: NegotiationStage, offers: Sequence[OfferRound]) -> OfferRound | None:
    """The offer both sides agreed to: once the deal is agreed, contracted or completed,
    its latest offer in round order (offer date, then entry), whichever side made it.
    The last word of a negotiation is the one the other side accepted, so its price is
    the deal's price; the two sides' latest offers may still differ (our 410 answering
    their 418 and accepted), which is why such a deal shows this price, not a gap.
    None before agreement, for a lost deal, or when there are no offers."""
    if stage not in AGREED_STAGES or not offers:
        return None
    return offers[-1]


def for_partner(sheet: DealSheet) -> DealSheet:
    """`sheet` without what stays in the team: target price, gap, landed costs, notes of
    every kind, follow-ups, missing documents, the supplier's status (our rating of
    it) and the expected close (our forecast)."""
    offers = tuple(replace(o, notes=None, landed=None) for o in sheet.offers)
    by_round = {o.round: o for o in offers}

    def same(offer: OfferRound | None) -> OfferRound | None:
        return by_round[offer.round] if offer is not None else None

    return replace(
        sheet,
        audience="partner",
        supplier=replace(sheet.supplier, status=None, notes=None),
        terms=replace(sheet.terms, target_price=None, notes=None, expected_close=None),
        offers=offers,
        latest_supplier=same(sheet.latest_supplier),
        latest_buyer=same(sheet.latest_buyer),
        agreed=same(sheet.agreed),
        gap=None,
        gap_reason=None,
        prices=replace(sheet.prices, target=None) if sheet.prices is not None else None,
        shipments=tuple(replace(s, missing_documents=()) for s in sheet.shipments),
        follow_ups=(),
        notes=(),
        landed_currency=None,
    )


def _supplier_block(supplier: Supplier, lang: Language) -> SupplierBlock:
    """The supplier with its certifications and contacts (the main contact first)."""
    contacts = sorted(supplier.contacts, key=lambda c: (not c.is_primary, c.id))
    return SupplierBlock(
        name=supplier.name,
        legal_name=supplier.legal_name,
        kind=supplier.kind,
        status=supplier.status,
        country=supplier.country,
        country_name=country_name(supplier.country, lang),
        region=supplier.region,
        city=supplier.city,
        tax_id=supplier.tax_id,
        website=supplier.website,
        email=supplier.email,
        phone=supplier.phone,
        notes=supplier.notes,
        certifications=tuple(
            CertificationLine(c.kind, c.reference, c.valid_until) for c in supplier.certifications
        ),
        contacts=tuple(
            ContactLine(
                c.name, c.role, c.email, c.phone, c.whatsapp, c.wechat, c.language, c.is_primary
            )
            for c in contacts
        ),
    )


def _terms(negotiation: Negotiation) -> Terms:
    return Terms(
        product=negotiation.product.name,
        grade=negotiation.grade,
        target_volume=negotiation.target_volume,
        volume_unit=negotiation.volume_unit,
        target_price=negotiation.target_price,
        currency=negotiation.currency,
        price_unit=negotiation.price_unit,
        incoterm=negotiation.incoterm,
        incoterm_place=negotiation.incoterm_place,
        origin_port=negotiation.origin_port,
        destination_port=negotiation.destination_port,
        payment_terms=negotiation.payment_terms,
        delivery_start=negotiation.delivery_start,
        delivery_end=negotiation.delivery_end,
        stage=negotiation.stage,
        owner=negotiation.owner,
        expected_close=negotiation.expected_close,
        notes=negotiation.notes,
    )


def _offer_rounds(summary: NegotiationSummary, negotiation: Negotiation) -> tuple[OfferRound, ...]:
    """Every offer in order, with its change against the same side's previous one."""
    return tuple(
        OfferRound(
            round=point.round,
            offered_on=point.offered_on,
            side=point.side,
            price=point.price,
            currency=point.currency,
            price_unit=Unit(point.price_unit),
            change=point.change,
            change_percent=point.change_percent,
            volume=offer.volume,
            volume_unit=offer.volume_unit,
            incoterm=offer.incoterm,
            incoterm_place=offer.incoterm_place,
            valid_until=offer.valid_until,
            notes=offer.notes,
        )
        for point, offer in zip(summary.rounds, negotiation.offers, strict=True)
    )


def _latest_offers(
    summary: NegotiationSummary, offers: tuple[OfferRound, ...]
) -> tuple[OfferRound | None, OfferRound | None]:
    """The latest supplier offer and the latest buyer offer, each None if there is none."""
    by_id = {point.offer_id: number for number, point in enumerate(summary.rounds)}
    latest_supplier = (
        offers[by_id[summary.latest_supplier.offer_id]] if summary.latest_supplier else None
    )
    latest_buyer = offers[by_id[summary.latest_buyer.offer_id]] if summary.latest_buyer else None
    return latest_supplier, latest_buyer


def _gap_reason(
    gap: Gap | None, latest_supplier: OfferRound | None, latest_buyer: OfferRound | None
) -> str | None:
    """Why there is no gap, as a labels key; None when there is one."""
    if gap is not None:
        return None
    if latest_supplier is None:
        return "gap_none_supplier"
    if latest_buyer is None:
        return "gap_none_buyer"
    return "gap_not_comparable"


def _shipment_line(shipment: Shipment) -> ShipmentLine:
    return ShipmentLine(
        reference=shipment.reference,
        mode=shipment.mode,
        status=shipment.status,
        container_no=shipment.container_no,
        transport_doc_no=shipment.transport_doc_no,
        vessel=shipment.vessel,
        etd=shipment.etd,
        eta=shipment.eta,
        atd=shipment.atd,
        ata=shipment.ata,
        missing_documents=tuple(missing_documents(shipment)),
    )


@dataclass(frozen=True)
class _Read:
    """A deal as its sheet reads it: the negotiation (detached: its supplier with contacts
    and certifications, its product, offers, and shipments with their documents), the
    activities of the deal, of its shipments and of its supplier, and (internal sheets)
    each offer's landed cost."""

    negotiation: Negotiation
    found: list[Activity]
    landed: dict[int, Landed]

    def activities(self, this_deal: str) -> list[tuple[Activity, str]]:
        """The deal's activities and its shipments', each with what it is about:
        `this_deal` (in the sheet's language) or the shipment's reference; each group
        newest first."""
        newest = sorted(self.found, key=lambda a: a.occurred_at, reverse=True)
        deal = self.negotiation
        about: list[tuple[Activity, str]] = [
            (a, this_deal) for a in newest if a.negotiation_id == deal.id
        ]
        for shipment in deal.shipments:
            about += [(a, shipment.reference) for a in newest if a.shipment_id == shipment.id]
        return about

    def supplier_tasks(self) -> list[tuple[Activity, str]]:
        """The supplier's own tasks, each with the supplier's name."""
        supplier = self.negotiation.supplier
        return [
            (a, supplier.name)
            for a in self.found
            if a.supplier_id == supplier.id and a.kind is ActivityKind.TASK
        ]


def _read(
    session: Session, negotiation_id: int, *, internal: bool, settings: LandedSettings
) -> _Read:
    """Everything a sheet shows of a deal: one round trip on PostgreSQL (app.queries.
    batched), and for an internal sheet of a deal with offers a second, for the landed
    costs' routes, charges, tariff rows and rates (app.queries.landed_costs.LandedPlan).
    NotFoundError as app.services.negotiations.get_negotiation."""
    if not is_id(negotiation_id):
        raise NotFoundError(LABEL, negotiation_id)
    deal, contact, papers = table(Negotiation), table(Contact), table(ShipmentDocument)
    offer, shipment, activity = table(Offer), table(Shipment), table(Activity)
    certification = table(SupplierCertification)
    supplier_id = select(deal.supplier_id).where(deal.id == negotiation_id).scalar_subquery()
    product_id = select(deal.product_id).where(deal.id == negotiation_id).scalar_subquery()
    its_shipments = select(shipment.id).where(shipment.negotiation_id == negotiation_id)
    statements = [
        select(*columns_of(Negotiation)).where(deal.id == negotiation_id),
        select(*columns_of(Supplier)).where(table(Supplier).id == supplier_id),
        select(*columns_of(Product)).where(table(Product).id == product_id),
        select(*columns_of(Offer))
        .where(offer.negotiation_id == negotiation_id)
        .order_by(offer.offered_on, offer.id),
        select(*columns_of(Shipment))
        .where(shipment.negotiation_id == negotiation_id)
        .order_by(shipment.id),
        select(*columns_of(ShipmentDocument))
        .where(papers.shipment_id.in_(its_shipments))
        .order_by(papers.id),
        select(*columns_of(Contact)).where(contact.supplier_id == supplier_id).order_by(contact.id),
        select(*columns_of(SupplierCertification))
        .where(certification.supplier_id == supplier_id)
        .order_by(certification.id),
        select(*columns_of(Activity)).where(
            or_(
                activity.negotiation_id == negotiation_id,
                activity.shipment_id.in_(its_shipments),
                and_(activity.supplier_id == supplier_id, activity.kind == ActivityKind.TASK),
            )
        ),
    ]
    if internal:
        statements += [deal_terms_statement([negotiation_id]), *freight_currency_statements()]
    found = fetch_together(session, *statements)
    (deal, suppliers, products, offer_rows, shipment_rows, documents, contacts) = found[:7]
    certifications, activity_rows = found[7:9]
    if not deal:
        raise NotFoundError(LABEL, negotiation_id)
    negotiation = detached(Negotiation, deal[0])
    supplier = detached(Supplier, suppliers[0])
    set_committed_value(supplier, "contacts", [detached(Contact, c) for c in contacts])
    set_committed_value(
        supplier,
        "certifications",
        [detached(SupplierCertification, c) for c in certifications],
    )
    offers = [detached(Offer, o) for o in offer_rows]
    shipments = [detached(Shipment, s) for s in shipment_rows]
    for shipment in shipments:
        papers = [detached(ShipmentDocument, d) for d in documents if d.shipment_id == shipment.id]
        set_committed_value(shipment, "documents", papers)
    set_committed_value(negotiation, "supplier", supplier)
    set_committed_value(negotiation, "product", detached(Product, products[0]))
    set_committed_value(negotiation, "offers", offers)
    set_committed_value(negotiation, "shipments", shipments)
    activities = [detached(Activity, a) for a in activity_rows]
    landed: dict[int, Landed] = {}
    if internal and found[9]:
        terms = deal_terms_from(tuple(found[9][0]))
        freight = {currency for rows in found[10:] for (currency,) in rows}
        plan = landed_plan(settings, [terms], [offer_terms(o) for o in offers], freight)
        if plan is not None:
            book = plan.book(fetch_together(session, *plan.statements))
            landed = {o.id: book.landed(terms, offer_terms(o)) for o in offers}
    return _Read(negotiation, activities, landed)


def _follow_ups(
    supplier_tasks: list[tuple[Activity, str]],
    activities: list[tuple[Activity, str]],
    today: date,
) -> tuple[FollowUpLine, ...]:
    """Open tasks of the deal, its shipments and its supplier, soonest due first."""
    tasks = sorted(
        (
            (a, about)
            for a, about in activities + supplier_tasks
            if a.kind is ActivityKind.TASK and a.done_at is None
        ),
        key=lambda pair: (pair[0].due_on or date.max, pair[0].id),
    )
    return tuple(
        FollowUpLine(
            a.subject,
            a.due_on,
            a.assignee,
            about,
            a.due_on is not None and a.due_on < today,
        )
        for a, about in tasks
    )


def _latest_notes(activities: list[tuple[Activity, str]]) -> tuple[NoteLine, ...]:
    """The LATEST_NOTES newest notes of the deal and its shipments."""
    notes = sorted(
        ((a, about) for a, about in activities if a.kind is ActivityKind.NOTE),
        key=lambda pair: (pair[0].occurred_at, pair[0].id),
        reverse=True,
    )[:LATEST_NOTES]
    return tuple(NoteLine(a.subject, a.body, a.occurred_at, about) for a, about in notes)


def _price_series(
    offers: tuple[OfferRound, ...], reference: OfferRound | None, terms: Terms
) -> PriceSeries | None:
    """The offers comparable with the latest one (same currency and unit), by side."""
    if reference is None:
        return None
    currency, unit = reference.currency, reference.price_unit
    comparable = [o for o in offers if o.currency == currency and o.price_unit == unit]
    target = (
        terms.target_price
        if terms.currency == currency and terms.price_unit == unit and terms.target_price
        else None
    )
    return PriceSeries(
        currency=currency,
        price_unit=unit,
        supplier=tuple((o.offered_on, o.price) for o in comparable if o.side is OfferSide.SUPPLIER),
        buyer=tuple((o.offered_on, o.price) for o in comparable if o.side is OfferSide.BUYER),
        target=target,
    )
