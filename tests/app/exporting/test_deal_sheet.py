"""The deal sheet's data: built once from the services, for a full deal and an empty one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.exporting.deal_sheet import Audience, DealSheet, build_deal_sheet, country_name
from app.exporting.labels import Labels, parse_language
from app.services.demo import load_demo
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from models import DocumentKind, Negotiation, NegotiationStage, OfferSide

CHERRIES = "Cherries for Chinese New Year 2027 – Ñuble"
"""The demo deal with six offer rounds, two shipments and a Chinese-speaking contact."""


def demo_negotiation_id(session: Session, title: str = CHERRIES) -> int:
    load_demo(session)
    return session.scalars(select(Negotiation.id).where(Negotiation.title == title)).one()


def empty_negotiation_id(session: Session) -> int:
    """A deal with no offers, no contacts, no shipments, no notes."""
    supplier = create_supplier(session, {"name": "Higos del Sur S.A.C.", "country": "Perú"})
    negotiation = create_negotiation(
        session, supplier.id, {"title": "First figs"}, product_name="Fresh figs"
    )
    return negotiation.id


def sheet_of(
    session: Session, negotiation_id: int, lang: str = "en", audience: Audience = "internal"
) -> DealSheet:
    """The sheet as the team sees it (everything) unless `audience` says the partner."""
    return build_deal_sheet(
        session,
        negotiation_id,
        today=date.today(),
        prepared_by="María José Contreras",
        company_name="Pacific Fresh Imports Ltd.",
        lang=parse_language(lang),
        audience=audience,
    )


def test_demo_deal_sheet_holds_supplier_terms_offers_shipments_and_notes(
    session: Session,
) -> None:
    sheet = sheet_of(session, demo_negotiation_id(session))

    assert sheet.title == CHERRIES
    assert sheet.company_name == "Pacific Fresh Imports Ltd."
    supplier = sheet.supplier
    assert supplier.name == "Frutícola Ñuble SpA"
    assert (supplier.country, supplier.country_name, supplier.city) == ("CL", "Chile", "Chillán")
    assert supplier.tax_id == "76.485.144-7"
    assert len(supplier.certifications) == 3
    assert [c.name for c in supplier.contacts] == ["Ignacio Muñoz Sepúlveda", "陈静"]
    assert supplier.contacts[0].is_primary

    assert sheet.terms.stage is NegotiationStage.CONTRACTED
    assert sheet.terms.product == "Fresh cherries"
    assert sheet.terms.target_price == Decimal("410")

    assert [o.round for o in sheet.offers] == [1, 2, 3, 4, 5, 6]
    assert [o.price for o in sheet.offers] == [Decimal(p) for p in (460, 380, 430, 400, 418, 410)]
    assert sheet.offers[2].change == Decimal("-30")
    assert sheet.latest_supplier is not None
    assert sheet.latest_supplier.price == Decimal("418")
    assert sheet.latest_buyer is not None
    assert sheet.latest_buyer.price == Decimal("410")
    assert sheet.gap is not None
    assert sheet.gap.amount == Decimal("8")
    assert sheet.gap_reason is None
    assert sheet.prices is not None
    assert [p for _, p in sheet.prices.supplier] == [Decimal(p) for p in (460, 430, 418)]
    assert [p for _, p in sheet.prices.buyer] == [Decimal(p) for p in (380, 400, 410)]
    assert sheet.prices.target == Decimal("410")

    by_reference = {s.reference: s for s in sheet.shipments}
    assert by_reference["SD-26-0105"].missing_documents == (DocumentKind.HEALTH_CERTIFICATE,)
    assert by_reference["SD-26-0105"].departure[1] is True  # actual departure known
    assert len(by_reference["SD-26-0106"].missing_documents) == 6

    assert [(f.subject, f.about, f.overdue) for f in sheet.follow_ups] == [
        ("Send booking request to ONE", "SD-26-0106", True)
    ]
    assert {n.subject for n in sheet.notes} == {"Price indexed to Yangshan market", "Transit"}


def test_a_deal_with_nothing_yet_gives_an_empty_but_complete_sheet(session: Session) -> None:
    sheet = sheet_of(session, empty_negotiation_id(session))

    assert sheet.supplier.contacts == ()
    assert sheet.supplier.country_name == "Peru"
    assert sheet.offers == ()
    assert sheet.latest_supplier is None
    assert sheet.latest_buyer is None
    assert sheet.gap is None
    assert sheet.gap_reason == "gap_none_supplier"
    assert sheet.prices is None
    assert sheet.shipments == sheet.follow_ups == sheet.notes == ()


def test_one_sided_offers_say_whose_offer_is_missing(session: Session) -> None:
    from app.services.negotiations import add_offer

    negotiation_id = empty_negotiation_id(session)
    add_offer(session, negotiation_id, {"side": OfferSide.SUPPLIER, "price": "USD 3.10"})

    sheet = sheet_of(session, negotiation_id)

    assert sheet.gap is None
    assert sheet.gap_reason == "gap_none_buyer"
    assert sheet.prices is not None
    assert sheet.prices.buyer == ()


def test_unknown_negotiation_is_a_clear_error(session: Session) -> None:
    with pytest.raises(NotFoundError, match="Negotiation 999999"):
        sheet_of(session, 999_999)


def test_labels_follow_the_export_language() -> None:
    assert Labels("en").money(Decimal("1234.5"), "USD") == "USD 1,234.50"
    assert Labels("es").money(Decimal("1234.5"), "USD") == "USD 1.234,50"
    assert Labels("es").word(NegotiationStage.AGREED) == "Acordado"
    assert Labels("zh").word(OfferSide.BUYER) == "我方"
    assert Labels("zh").date(date(2026, 3, 7)) == "2026-03-07"
    assert Labels("en").date(date(2026, 3, 7)) == "7\u00a0Mar\u00a02026"
    assert Labels("en").number(Decimal("2.005")) == "2.01"  # half up, to the cent
    assert country_name("CL", "zh") == "智利"
    assert country_name("MX", "es") == "México"
    assert parse_language("zh-CN") == "zh"
    with pytest.raises(ValueError, match="export language"):
        parse_language("fr")


@pytest.mark.parametrize("audience", ["partner", "internal"])
def test_a_deal_sheet_reads_its_deal_and_activities_once(
    session: Session, audience: Audience
) -> None:
    """The negotiation's row and the activities are read once each (they were read twice:
    the deal by the services' get and the summary's load, the activities per parent),
    every statement independent of the others' answers but the landed costs' (issue 18:
    one round trip on PostgreSQL, two for an internal sheet)."""
    negotiation_id = demo_negotiation_id(session)
    session.expire_all()
    statements: list[str] = []

    def executed(*args: object) -> None:
        statements.append(" ".join(str(args[2]).split()))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", executed)
    try:
        sheet = sheet_of(session, negotiation_id, audience=audience)
    finally:
        event.remove(engine, "before_cursor_execute", executed)
    assert sheet.offers
    deal_row = "SELECT negotiations.id, negotiations.supplier_id, negotiations.product_id"
    assert sum(s.startswith(deal_row) for s in statements) == 1, statements
    assert sum(s.startswith("SELECT activities.") for s in statements) == 1, statements
    assert len(statements) == (9 if audience == "partner" else 16), statements
