"""Deal sheets for the partner and for the team (issue 15 point 7): the partner's leaves
out everything internal, checked in the data and read back from the PDF and the
workbook; the internal one has it all, with the landed-cost breakdown of the latest
offers; an agreed deal shows its agreed price, not a gap. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from app.exporting.deal_sheet import (
    AGREED_STAGES,
    Audience,
    DealSheet,
    agreed_offer,
    build_deal_sheet,
    landed_breakdown,
)
from app.exporting.labels import Labels, parse_language
from app.exporting.pdf_deal_sheet import render_pdf
from app.exporting.xlsx_deal_sheet import render_xlsx
from app.queries.landed_costs import LandedSettings
from app.services.activities import Parent, add_note, add_task
from app.services.freight import add_route
from app.services.fx_rates import add_rate
from app.services.negotiations import add_offer, update_negotiation
from app.services.products import find_product, update_product
from app.services.shipments import create_shipment
from app.services.tariffs import add_tariff
from models import Negotiation, NegotiationStage
from tests.app.exporting.test_pdf_deal_sheet import pdf_text

TARGET = "USD 5.83 / kg"
"""The deal's target price as a sheet writes it: no offer is at 5.83."""
SECRETS = (
    "SUPPLIER-NOTE-QX7",  # the supplier's notes
    "DEAL-NOTE-QX7",  # the negotiation's notes
    "OFFER-NOTE-QX7",  # an offer's notes
    "ACTIVITY-SUBJECT-QX7",  # an activity note's subject ...
    "ACTIVITY-BODY-QX7",  # ... and body
    "SHIPMENT-NOTE-QX7",  # a note on the deal's shipment
    "FOLLOW-UP-QX7",  # an open follow-up
)
INTERNAL_WORDS = (
    "Target price",
    "Current gap",
    "Landed",
    "landed",
    "Missing documents",
    "Phytosanitary",
    "Open follow-ups",
    "Latest notes",
    "Expected close",
    "INTERNAL",
)
"""Headings and words only the internal sheet has."""


@pytest.fixture
def deal(
    session: Session, make_supplier: Callable[..., Any], make_negotiation: Callable[..., Any]
) -> Negotiation:
    """The issue's worked example as a deal: the supplier at FOB USD 6.00/kg on 1 Dec
    2026 (landed 49.69 CNY/kg), our 5.40 on 29 Nov (no USD->CNY rate yet that day), a
    sea shipment with every document missing, and a note of each kind."""
    supplier = make_supplier(name="Aguacates del Valle", country="MX", notes=SECRETS[0])
    negotiation = make_negotiation(
        supplier,
        product="Hass avocado",
        title="Hass avocado – Valle",
        stage="negotiating",
        target_price="5.83",
        incoterm="FOB Manzanillo",
        origin_port="Manzanillo, MX",
        destination_port="Shanghai (Yangshan)",
        expected_close="2027-01-15",
        notes=SECRETS[1],
    )
    product = find_product(session, "Hass avocado")
    assert product is not None
    update_product(session, product.id, {"hs_code": "0804.40", "kg_per_container_40": "20000"})
    add_rate(
        session,
        {"day": "2026-11-30", "from_currency": "USD", "to_currency": "CNY", "rate": "7.10"},
        decimal_sep=".",
    )
    add_route(
        session,
        {
            "origin_port": "Manzanillo",
            "destination_port": "Shanghai",
            "mode": "sea",
            "cost": "8000",
            "currency": "USD",
            "per": "container",
            "payload_kg": "20000",
            "insurance_rate": "0.3",
            "valid_from": "2026-01-01",
        },
        decimal_sep=".",
    )
    add_tariff(
        session,
        {
            "hs_code": "0804.40",
            "origin": "MX",
            "duty_rate": "0",
            "scheme": "fta",
            "vat_rate": "9",
            "valid_from": "2026-01-01",
        },
        decimal_sep=".",
    )
    offer = {"currency": "USD", "price_unit": "kg", "incoterm": "FOB Manzanillo"}
    add_offer(
        session,
        negotiation.id,
        {**offer, "side": "buyer", "offered_on": "2026-11-29", "price": "5.40"},
    )
    add_offer(
        session,
        negotiation.id,
        {
            **offer,
            "side": "supplier",
            "offered_on": "2026-12-01",
            "price": "6.00",
            "notes": SECRETS[2],
        },
    )
    add_note(
        session,
        Parent("negotiation", negotiation.id),
        {"subject": SECRETS[3], "body": SECRETS[4]},
    )
    shipment = create_shipment(session, negotiation.id, {"mode": "sea"})
    add_note(session, Parent("shipment", shipment.id), {"subject": SECRETS[5]})
    due = (date.today() + timedelta(days=3)).isoformat()
    add_task(session, Parent("negotiation", negotiation.id), {"subject": SECRETS[6], "due_on": due})
    session.flush()
    return negotiation  # type: ignore[no-any-return]


def sheet(session: Session, deal: Negotiation, audience: Audience, lang: str = "en") -> DealSheet:
    return build_deal_sheet(
        session,
        deal.id,
        today=date.today(),
        prepared_by="Lucía Herrera",
        company_name="Pacific Fresh Imports",
        lang=parse_language(lang),
        audience=audience,
        landed=LandedSettings("CNY", include_vat=True),
    )


def workbook_text(path: Path) -> str:
    book = load_workbook(path)
    cells = [
        str(cell.value)
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    props = book.properties
    return "\n".join([*cells, str(props.title), str(props.description)])


# --- the data -------------------------------------------------------------------------------


def test_the_partners_sheet_holds_nothing_internal(session: Session, deal: Negotiation) -> None:
    partner = sheet(session, deal, "partner")

    assert partner.audience == "partner"
    assert not partner.internal
    assert partner.terms.target_price is None
    assert partner.terms.notes is None
    assert partner.terms.expected_close is None
    assert partner.supplier.notes is None
    assert partner.supplier.status is None
    assert [o.notes for o in partner.offers] == [None, None]
    assert all(o.landed is None for o in partner.offers)
    assert partner.latest_supplier is not None
    assert partner.latest_supplier.notes is None
    assert partner.gap is None
    assert partner.gap_reason is None
    assert partner.prices is not None
    assert partner.prices.target is None
    assert [s.missing_documents for s in partner.shipments] == [()]
    assert partner.follow_ups == ()
    assert partner.notes == ()
    assert partner.landed_offers == ()
    assert landed_breakdown(partner) == ()
    assert partner.landed_currency is None
    # what both sides know stays
    assert [o.price for o in partner.offers] == [Decimal("5.40"), Decimal("6.00")]
    assert partner.supplier.name == "Aguacates del Valle"


def test_the_default_is_the_partners_sheet(session: Session, deal: Negotiation) -> None:
    default = build_deal_sheet(
        session, deal.id, today=date.today(), prepared_by="", company_name=""
    )
    assert default.audience == "partner"
    assert default.terms.target_price is None
    with pytest.raises(ValueError, match="partner or internal"):
        build_deal_sheet(
            session,
            deal.id,
            today=date.today(),
            prepared_by="",
            company_name="",
            audience="everyone",  # type: ignore[arg-type]
        )


def test_the_internal_sheet_has_everything_and_each_offers_landed_cost(
    session: Session, deal: Negotiation
) -> None:
    internal = sheet(session, deal, "internal")

    assert internal.internal
    assert internal.terms.target_price == Decimal("5.83")
    assert internal.terms.notes == SECRETS[1]
    assert internal.supplier.notes == SECRETS[0]
    assert internal.offers[1].notes == SECRETS[2]
    assert internal.gap is not None
    assert internal.gap.amount == Decimal("0.60")
    assert {n.subject for n in internal.notes} == {SECRETS[3], SECRETS[5]}
    assert [f.subject for f in internal.follow_ups] == [SECRETS[6]]
    assert len(internal.shipments[0].missing_documents) == 6
    assert internal.landed_currency == "CNY"

    supplier_offer = internal.latest_supplier
    assert supplier_offer is not None
    assert supplier_offer.landed is not None
    assert supplier_offer.landed.shown == "49.69"  # the worked example
    ours = internal.latest_buyer
    assert ours is not None
    assert ours.landed is not None
    assert ours.landed.per_kg is None
    assert ours.landed.missing == ("USD→CNY rate on or before 2026-11-29",)
    assert [key for key, _offer in internal.landed_offers] == ["supplier_latest", "our_latest"]

    rows = {row.item: row for row in landed_breakdown(internal)}
    assert list(rows) == ["price", "freight", "insurance", "cif", "duty", "vat"]
    assert rows["price"].label == "Price FOB"
    assert rows["freight"].amounts == (Decimal("2.84"), None)  # ours cannot be costed
    assert rows["duty"].label == "Duty (FTA 0%)"
    assert rows["vat"].label == "VAT 9%"
    assert str(rows["vat"].amounts[0].quantize(Decimal("0.0001"))) == "4.1031"  # type: ignore[union-attr]


# --- the agreed price -----------------------------------------------------------------------


@pytest.mark.parametrize("stage", list(NegotiationStage))
def test_the_agreed_price_is_the_last_offer_once_agreed(
    session: Session, deal: Negotiation, stage: NegotiationStage
) -> None:
    update_negotiation(session, deal.id, {"stage": stage.value})
    session.flush()
    for audience in ("partner", "internal"):
        agreed = sheet(session, deal, audience).agreed
        if stage in AGREED_STAGES:
            assert agreed is not None
            assert (agreed.round, agreed.price) == (2, Decimal("6.00"))
        else:
            assert agreed is None
    assert agreed_offer(NegotiationStage.CONTRACTED, ()) is None


def test_a_contracted_deal_shows_its_agreed_price_not_a_gap(
    session: Session, deal: Negotiation, tmp_path: Path
) -> None:
    update_negotiation(session, deal.id, {"stage": "contracted"})
    session.flush()
    for audience in ("partner", "internal"):
        target = tmp_path / f"{audience}.pdf"
        render_pdf(sheet(session, deal, audience), target)
        text = pdf_text(target)
        assert "Agreed price: USD 6.00 / kg (round 2, 1 Dec 2026)" in text, audience
        assert "Current gap" not in text, audience

        book = tmp_path / f"{audience}.xlsx"
        render_xlsx(sheet(session, deal, audience), book)
        summary = load_workbook(book)["Summary"]
        values = {row[0].value: row[1].value for row in summary.iter_rows() if row[0].value}
        assert values["Agreed price"] == 6, audience
        assert "Current gap" not in values, audience


# --- read back from the files ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es", "zh"])
def test_the_partners_pdf_and_workbook_leave_out_everything_internal(
    session: Session, deal: Negotiation, tmp_path: Path, lang: str
) -> None:
    partner = sheet(session, deal, "partner", lang)
    labels = Labels(partner.language)
    pdf, xlsx = tmp_path / "partner.pdf", tmp_path / "partner.xlsx"
    render_pdf(partner, pdf)
    render_xlsx(partner, xlsx)

    for text in (pdf_text(pdf), workbook_text(xlsx)):
        assert "Aguacates del Valle" in text
        for secret in SECRETS:
            assert secret not in text
        for key in ("target_price", "gap", "landed_cost", "missing_documents", "follow_ups"):
            assert labels.text(key) not in text, key
        assert labels.text("internal") not in text
        assert "5.83" not in text
        assert "5,83" not in text
    assert "Open follow-ups" not in pdf_text(pdf)
    assert load_workbook(xlsx).sheetnames == ["Summary", "Offers", "Shipments", "Contacts"]


def test_the_partners_pdf_in_english_has_none_of_the_internal_headings(
    session: Session, deal: Negotiation, tmp_path: Path
) -> None:
    pdf = tmp_path / "partner.pdf"
    render_pdf(sheet(session, deal, "partner"), pdf)
    text = pdf_text(pdf)
    for word in INTERNAL_WORDS:
        assert word not in text, word
    assert TARGET not in text
    assert "USD 6.00 / kg" in text  # the offers are there
    assert "CONFIDENTIAL" in text


def test_the_internal_pdf_has_everything_marked_internal_and_the_landed_breakdown(
    session: Session, deal: Negotiation, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "internal.pdf"
    render_pdf(sheet(session, deal, "internal"), pdf)
    text = pdf_text(pdf)
    reader = PdfReader(pdf)

    for secret in SECRETS[1:]:  # the PDF never shows the supplier's notes
        assert secret in text, secret
    for word in INTERNAL_WORDS:
        assert word in text, word
    assert TARGET in text
    assert "DEAL SHEET · INTERNAL" in text
    pages = len(reader.pages)
    assert text.count("INTERNAL – DO NOT SEND TO THE SUPPLIER") == pages  # on every page
    assert reader.metadata is not None
    assert str(reader.metadata.title).startswith("Deal sheet (Internal): ")
    for expected in (
        "Price / landed",
        "USD 6.00 / kg CNY 49.69/kg",  # each offer's landed cost under its price
        "USD 5.40 / kg inputs missing",
        "Landed cost in China",
        "CNY per kg",
        "Supplier's latest · round 2 FOB",
        "Our latest · round 1 FOB",
        "Price FOB 42.6000",
        "Main freight 2.8400",
        "Insurance 0.1500",
        "CIF (customs value) 45.5900",
        "Duty (FTA 0%) 0.0000",
        "VAT 9% 4.1031",
        "Landed per kg 49.69",
        "Missing to compute it (Our latest):",
        "USD→CNY rate on or before 2026-11-29",
        "Current gap: USD 0.60 / kg",
    ):
        assert expected in text, expected


def test_the_internal_workbook_has_everything_and_a_landed_cost_sheet(
    session: Session, deal: Negotiation, tmp_path: Path
) -> None:
    xlsx = tmp_path / "internal.xlsx"
    render_xlsx(sheet(session, deal, "internal"), xlsx)
    text = workbook_text(xlsx)
    for secret in SECRETS:
        assert secret in text, secret

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Summary", "Offers", "Shipments", "Contacts", "Landed cost"]
    assert book.properties.title.startswith("Deal sheet (Internal): ")
    for ws in book.worksheets:
        assert ws.oddHeader.center.text == "INTERNAL – DO NOT SEND TO THE SUPPLIER", ws.title
        assert ws.sheet_properties.tabColor.rgb.endswith("B3261E"), ws.title
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value}
    assert summary["Target price"] == pytest.approx(5.83)
    assert book["Summary"]["B2"].value == "Deal sheet · Internal"

    offers = book["Offers"]
    header = [c.value for c in offers[1]]
    landed = header.index("Landed / kg (CNY)") + 1
    assert offers.cell(3, landed).value == pytest.approx(49.6930, abs=1e-4)
    assert offers.cell(2, landed).value is None  # ours: no rate on its date
    assert offers.cell(3, header.index("Notes") + 1).value == SECRETS[2]

    rows = {row[0]: row[1:] for row in book["Landed cost"].iter_rows(values_only=True)}
    assert rows["CNY per kg"] == ("Supplier's latest · round 2 FOB", "Our latest · round 1 FOB")
    assert rows["Main freight"][0] == pytest.approx(2.84)
    assert rows["Landed per kg"][0] == pytest.approx(49.6930, abs=1e-4)
    assert rows["Landed per kg"][1] is None
    assert "Missing to compute it (Our latest)" in rows
    assert "• USD→CNY rate on or before 2026-11-29" in rows


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "es",
            ("USO INTERNO – NO ENVIAR AL PROVEEDOR", "Costo puesto en China", "Flete principal"),
        ),
        ("zh", ("内部资料 – 请勿发给供应商", "中国到岸成本", "主运费", "关税 (协定 0%)")),
    ],
)
def test_the_internal_sheet_speaks_the_exports_language(
    session: Session, deal: Negotiation, tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    pdf = tmp_path / f"internal-{lang}.pdf"
    render_pdf(sheet(session, deal, "internal", lang), pdf)
    text = pdf_text(pdf)
    for word in words:
        assert word in text, word


def test_a_gap_across_currencies_is_on_landed_cost_in_the_sheets_currency(
    session: Session, deal: Negotiation, tmp_path: Path
) -> None:
    """Our counter in CNY per box against their USD per kg: the internal sheet's gap is
    the gap of the landed costs, in the reporting currency it was asked for, and says so."""
    product = find_product(session, "Hass avocado")
    assert product is not None
    update_product(session, product.id, {"kg_per_box": "10"})
    add_rate(
        session,
        {"day": "2026-11-30", "from_currency": "USD", "to_currency": "EUR", "rate": "0.90"},
        decimal_sep=".",
    )
    add_offer(
        session,
        deal.id,
        {
            "side": "buyer",
            "offered_on": "2026-12-02",
            "price": "400",
            "currency": "CNY",
            "price_unit": "box",
            "incoterm": "FOB Manzanillo",
        },
    )
    session.flush()
    in_eur = build_deal_sheet(
        session,
        deal.id,
        today=date.today(),
        prepared_by="",
        company_name="",
        lang=parse_language("en"),
        audience="internal",
        landed=LandedSettings("EUR", include_vat=True),
    )
    assert in_eur.gap is not None
    assert in_eur.gap.landed
    assert (in_eur.gap.currency, in_eur.gap.price_unit) == ("EUR", "kg")
    pdf = tmp_path / "internal.pdf"
    render_pdf(in_eur, pdf)
    assert "Gap on landed cost" in pdf_text(pdf)
    xlsx = tmp_path / "internal.xlsx"
    render_xlsx(in_eur, xlsx)
    assert "Gap on landed cost" in workbook_text(xlsx)
