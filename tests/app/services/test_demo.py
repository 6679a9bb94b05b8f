from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta

import phonenumbers
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.queries.landed_costs import negotiation_landed
from app.rules import parsing
from app.services.activities import follow_ups
from app.services.demo import DemoResult, load_demo, read_demo_data, resolve_dates
from app.services.tariffs import tariff_for
from models import (
    Activity,
    ActivityKind,
    Contact,
    DocumentStatus,
    FreightCharge,
    FreightRoute,
    FxRate,
    Negotiation,
    NegotiationStage,
    Offer,
    OfferSide,
    Product,
    SeasonLevel,
    SeasonWindow,
    Shipment,
    ShipmentMode,
    ShipmentStatus,
    Supplier,
    SupplierStatus,
    Tariff,
    TariffScheme,
)
from models.engine import ACTOR_KEY

TAX_ID_FORMATS = {
    "MX": r"[A-Z&Ñ]{3}\d{6}[A-Z0-9]{3}",  # RFC of a company
    "CL": r"\d{2}\.\d{3}\.\d{3}-[\dK]",  # RUT
    "AR": r"3[03]-\d{8}-\d",  # CUIT
    "BR": r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}",  # CNPJ
    "PE": r"20\d{9}",  # RUC of a company
    "CO": r"\d{3}\.\d{3}\.\d{3}-\d",  # NIT
}


@pytest.fixture(scope="class")
def demo(engine: Engine) -> Iterator[tuple[Session, DemoResult]]:
    """The demo loaded once for the read-only tests of a class, rolled back after it.

    Its transaction stays open until the class ends (SQLite would refuse the other
    tests' writes meanwhile), so the tests that load for themselves come after."""
    connection = engine.connect()
    outer = connection.begin()
    session = Session(
        bind=connection,
        join_transaction_mode="create_savepoint",
        expire_on_commit=False,
        info={ACTOR_KEY: "tester"},
    )
    try:
        yield session, load_demo(session)
    finally:
        session.close()
        outer.rollback()
        connection.close()


@pytest.fixture
def db(demo: tuple[Session, DemoResult]) -> Session:
    return demo[0]


@pytest.fixture
def result(demo: tuple[Session, DemoResult]) -> DemoResult:
    return demo[1]


def count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


class TestLoadedDemo:
    """Read-only checks on one load."""

    # --- what one load creates --------------------------------------------------------------------

    def test_counts(self, db: Session, result: DemoResult) -> None:
        assert result.suppliers_created == count(db, Supplier) == 40
        assert result.contacts_created == count(db, Contact) == 80
        assert result.negotiations_created == count(db, Negotiation) == 25
        assert result.shipments_created == count(db, Shipment) == 20
        assert result.products_created == count(db, Product) >= 9
        assert result.offers_created == count(db, Offer)
        assert result.skipped == 0
        assert result.notes_created + result.tasks_created == count(db, Activity)
        assert result.seasons_created == 14

    def test_seasons_and_chinese_new_year(self, db: Session, result: DemoResult) -> None:
        windows = {
            (name, w.origin, w.month): w.level
            for w, name in db.execute(
                select(SeasonWindow, Product.name).join(
                    Product, Product.id == SeasonWindow.product_id
                )
            ).all()
        }
        assert len({(name, origin) for name, origin, _m in windows}) == 14
        cherries = {m: lvl for (n, o, m), lvl in windows.items() if n == "Fresh cherries"}
        assert cherries == {
            11: SeasonLevel.SHIPPING,
            12: SeasonLevel.PEAK,
            1: SeasonLevel.PEAK,
            2: SeasonLevel.SHIPPING,
        }
        assert len([k for k in windows if k[:2] == ("Hass avocado", "MX")]) == 12
        marked = db.scalars(select(Product.name).where(Product.for_chinese_new_year)).all()
        assert marked == ["Fresh cherries"]

    def test_tariffs_are_examples_for_the_demo_products(
        self, db: Session, result: DemoResult
    ) -> None:
        assert result.tariffs_created == count(db, Tariff) == 21
        on = date.today()
        avocado_mx = tariff_for(db, "0804.40.00", "MX", on=on)
        assert (avocado_mx.duty_rate, avocado_mx.scheme) == (7, TariffScheme.PROVISIONAL)
        for origin in ("CL", "PE"):
            assert tariff_for(db, "08044000", origin, on=on).scheme == TariffScheme.FTA
        assert tariff_for(db, "080929", "CL", on=on).duty_rate == 0
        assert tariff_for(db, "081040", "PE", on=on).duty_rate == 0
        assert tariff_for(db, "03061700", "AR", on=on).duty_rate == 5
        rows = db.scalars(select(Tariff)).all()
        assert {t.vat_rate for t in rows} == {9}
        assert all("check" in (t.notes or "") for t in rows)

    def test_every_demo_deal_has_a_tariff_and_all_but_one_a_landed_cost(self, db: Session) -> None:
        """Rates, routes, charges and tariffs cover the demo's deals, except Cartagena →
        Shanghai, left without a route so the demo shows a missing input."""
        assert count(db, FxRate) == 40
        assert count(db, FreightRoute) == 19
        assert count(db, FreightCharge) == 7 * 3 + 5
        missing: dict[str, set[str]] = {}
        for deal in db.scalars(select(Negotiation)):
            for priced in negotiation_landed(db, deal.id):
                if priced.landed.per_kg is None:
                    missing.setdefault(deal.supplier.country, set()).update(priced.landed.missing)
        assert list(missing) == ["CO"]
        assert {reason.rsplit(" valid on ", 1)[0] for reason in missing["CO"]} == {
            "sea freight route Cartagena → Shanghai"
        }

    def test_suppliers_cover_countries_and_statuses(self, db: Session) -> None:
        suppliers = db.scalars(select(Supplier)).all()
        assert {s.country for s in suppliers} == {"MX", "CL", "AR", "BR", "PE", "CO"}
        assert {s.status for s in suppliers} == set(SupplierStatus)
        assert len({s.kind for s in suppliers}) >= 5
        assert sum(1 for s in suppliers if s.certifications) >= 25
        tags = {t.name for s in suppliers for t in s.tags}
        assert {"orgánico", "premium", "contra-estación"} <= tags

    def test_registrations_and_certificates(self, db: Session, result: DemoResult) -> None:
        """4 expired, 11 ending before 90 days from now (the expired ones among them),
        one the GlobalG.A.P. of an active supplier; registrations with sites, a season
        and products; two GACC rows for one supplier's two plants (issue 16)."""
        from app.queries.compliance import compliance_counts, compliance_rows
        from models import Certification, SupplierCertification

        today = date.today()
        rows = compliance_rows(db, today=today)
        assert result.certifications_created == count(db, SupplierCertification) == len(rows)
        expired = [r for r in rows if r.days_left is not None and r.days_left < 0]
        assert len(expired) == 4
        assert len([r for r in rows if r.days_left is not None and r.days_left < 90]) == 11
        active = {s.id for s in db.scalars(select(Supplier)) if s.status is SupplierStatus.ACTIVE}
        assert [
            r.supplier
            for r in expired
            if r.supplier_id in active and r.kind is Certification.GLOBALGAP
        ] == ["Berries de Los Reyes S.A. de C.V."]
        counts = compliance_counts(db, today)
        assert counts.expired == 4
        assert counts.due[90] == len(compliance_rows(db, today=today, expiring_days=90)) - 4
        by_kind = Counter(r.kind for r in rows)
        assert by_kind[Certification.SAG_CSP] == by_kind[Certification.SENASICA] == 1
        (csp,) = [r for r in rows if r.kind is Certification.SAG_CSP]
        assert (csp.season, csp.site) == ("2026-27", "Packing Rancagua")
        assert csp.products == ("Fresh cherries", "Fresh plums")
        madryn = [
            r.site
            for r in rows
            if r.kind is Certification.GACC and r.supplier == "Pesquera Patagonia S.A."
        ]
        assert sorted(madryn) == ["Planta Puerto Madryn", "Planta Rawson"]

    def test_tax_ids_follow_each_countrys_format_and_are_unique(self, db: Session) -> None:
        suppliers = db.scalars(select(Supplier)).all()
        for supplier in suppliers:
            assert supplier.tax_id is not None
            assert re.fullmatch(TAX_ID_FORMATS[supplier.country], supplier.tax_id), supplier.tax_id
        keys = Counter((s.country, s.tax_id_key) for s in suppliers)
        assert max(keys.values()) == 1

    def test_known_records_with_normalised_values(self, db: Session) -> None:
        nuble = db.scalars(select(Supplier).where(Supplier.name == "Frutícola Ñuble SpA")).one()
        assert nuble.country == "CL"
        assert nuble.status is SupplierStatus.ACTIVE
        assert nuble.region == "Ñuble"
        assert nuble.tax_id == "76.485.144-7"
        assert nuble.tax_id_key == "764851447"
        assert nuble.website == "https://www.fruticolanuble.cl"
        assert nuble.phone is not None
        assert nuble.phone.startswith("+56")

        acai = db.scalars(select(Supplier).where(Supplier.name == "Açaí do Pará Ltda.")).one()
        assert (acai.country, acai.city) == ("BR", "Belém")
        assert "Frozen açaí pulp" in [p.name for p in acai.products]

        avocado = db.scalars(select(Product).where(Product.name == "Hass avocado")).one()
        assert avocado.hs_code == "080440"
        shrimp = db.scalars(select(Product).where(Product.hs_code == "030617")).one()
        assert shrimp.temp_max_c is not None
        assert shrimp.temp_max_c <= -18

    def test_contacts_have_accents_chinese_names_and_languages(self, db: Session) -> None:
        contacts = db.scalars(select(Contact)).all()
        names = {c.name for c in contacts}
        assert "José Luis Ramírez Ñuñez" in names
        assert any("Conceição" in n for n in names)
        assert any("Ñ" in n or "ñ" in n for n in names)
        assert {"王力", "李娜", "陈静"} <= names
        chinese = [c for c in contacts if re.search(r"[\u4e00-\u9fff]", c.name)]
        assert chinese
        assert all(c.language == "zh" and c.wechat for c in chinese)
        assert {c.language for c in contacts} == {"es", "pt", "zh", "en"}
        assert all(c.email and "@" in c.email for c in contacts)
        for supplier in db.scalars(select(Supplier)):
            assert 1 <= len(supplier.contacts) <= 3
            assert sum(c.is_primary for c in supplier.contacts) == 1

    def test_every_phone_is_e164_and_valid_for_the_suppliers_country(self, db: Session) -> None:
        for contact in db.scalars(select(Contact)):
            numbers = [n for n in (contact.phone, contact.whatsapp) if n]
            assert contact.phone is not None
            for number in numbers:
                assert re.fullmatch(r"\+[1-9]\d{6,14}", number), number
                parsed = phonenumbers.parse(number, None)
                assert phonenumbers.is_valid_number(parsed), number
                assert phonenumbers.region_code_for_number(parsed) == contact.supplier.country
        phones = [c.phone for c in db.scalars(select(Contact))]
        assert len(set(phones)) == len(phones)
        for supplier in db.scalars(select(Supplier)):
            assert supplier.phone is not None
            parsed = phonenumbers.parse(supplier.phone, None)
            assert phonenumbers.region_code_for_number(parsed) == supplier.country

    # --- negotiations and offers ----------------------------------------------------------------

    def test_negotiations_cover_every_stage(self, db: Session) -> None:
        stages = Counter(n.stage for n in db.scalars(select(Negotiation)))
        assert set(stages) == set(NegotiationStage)

    def test_offers_alternate_and_converge(self, db: Session) -> None:
        today = date.today()
        for negotiation in db.scalars(select(Negotiation)):
            offers = negotiation.offers
            assert 2 <= len(offers) <= 6, negotiation.title
            sides = [o.side for o in offers]
            assert all(a is not b for a, b in itertools.pairwise(sides)), negotiation.title
            assert sides[0] is OfferSide.SUPPLIER
            first_gap = abs(offers[0].price - offers[1].price)
            last_gap = abs(offers[-1].price - offers[-2].price)
            assert last_gap <= first_gap, negotiation.title
            for offer in offers:
                assert offer.offered_on <= today
                assert offer.valid_until is None or offer.valid_until >= offer.offered_on
                assert offer.incoterm is not None
                assert offer.incoterm_place
            assert negotiation.incoterm is not None
            assert negotiation.incoterm_place
            assert negotiation.owner

    def test_lead_and_sampling_deals_keep_their_stage_despite_offers(self, db: Session) -> None:
        early = db.scalars(
            select(Negotiation).where(
                Negotiation.stage.in_([NegotiationStage.LEAD, NegotiationStage.SAMPLING])
            )
        ).all()
        assert len(early) >= 2
        assert all(n.offers for n in early)

    def test_currencies_and_incoterm_places(self, db: Session) -> None:
        currencies = {o.currency for o in db.scalars(select(Offer))}
        assert {"USD", "MXN", "BRL", "CNY"} <= currencies
        terms = {f"{n.incoterm} {n.incoterm_place}" for n in db.scalars(select(Negotiation))}
        assert {"FOB Manzanillo", "CIF Shanghai", "CFR Hong Kong"} <= terms
        assert any(t.startswith("FCA Santiago airport") for t in terms)

    # --- shipments, documents, notes --------------------------------------------------------------

    def test_shipments_cover_every_status_and_both_modes(self, db: Session) -> None:
        shipments = db.scalars(select(Shipment)).all()
        assert {s.status for s in shipments} == set(ShipmentStatus)
        assert {s.mode for s in shipments} == set(ShipmentMode)

    def test_shipment_numbers_and_dates_make_sense(self, db: Session) -> None:
        today = date.today()
        for shipment in db.scalars(select(Shipment)):
            if shipment.mode is ShipmentMode.SEA:
                if shipment.container_no is not None:
                    assert parsing.parse_container_number(shipment.container_no) == (
                        shipment.container_no
                    )
                else:
                    assert shipment.status is ShipmentStatus.PLANNED
            else:
                assert shipment.container_no is None
                awb = shipment.transport_doc_no or ""
                assert re.fullmatch(r"\d{3}-\d{8}", awb), awb
                assert int(awb[4:11]) % 7 == int(awb[11])  # the AWB check digit
            assert shipment.etd is not None
            assert shipment.eta is not None
            assert shipment.etd <= shipment.eta
            for actual in (shipment.atd, shipment.ata):
                assert actual is None or actual <= today
            if shipment.status in (ShipmentStatus.PLANNED, ShipmentStatus.BOOKED):
                assert shipment.atd is None
                assert shipment.etd > today
            else:
                assert shipment.atd is not None
            if shipment.status in (ShipmentStatus.AT_CUSTOMS, ShipmentStatus.DELIVERED):
                assert shipment.ata is not None
                assert shipment.atd is not None
                assert shipment.atd <= shipment.ata
            assert shipment.negotiation.stage in (
                NegotiationStage.CONTRACTED,
                NegotiationStage.COMPLETED,
            )

    def test_some_documents_received_and_some_missing(self, db: Session) -> None:
        statuses = Counter(d.status for s in db.scalars(select(Shipment)) for d in s.documents)
        assert statuses[DocumentStatus.MISSING] > 0
        assert statuses[DocumentStatus.RECEIVED] + statuses[DocumentStatus.APPROVED] > 0
        delivered = db.scalars(
            select(Shipment).where(Shipment.status == ShipmentStatus.DELIVERED)
        ).first()
        assert delivered is not None
        assert any(d.status is DocumentStatus.APPROVED for d in delivered.documents)

    def test_notes_and_follow_ups_are_overdue_due_today_and_upcoming(self, db: Session) -> None:
        due = follow_ups(db, date.today(), days_ahead=30)
        assert due.overdue
        assert due.today
        assert due.upcoming
        activities = db.scalars(select(Activity)).all()
        for parent in ("supplier_id", "negotiation_id", "shipment_id"):
            attached = [a for a in activities if getattr(a, parent) is not None]
            assert {a.kind for a in attached} == {ActivityKind.NOTE, ActivityKind.TASK}, parent


# --- loading again, determinism -----------------------------------------------------------


def test_second_load_creates_nothing(session: Session) -> None:
    first = load_demo(session)
    totals = {m: count(session, m) for m in (Supplier, Contact, Negotiation, Offer, Shipment)}
    activities = count(session, Activity)

    second = load_demo(session)

    assert first.created > 0
    assert second.created == 0
    assert second.suppliers_skipped == 40
    assert second.negotiations_skipped == 25
    assert second.shipments_skipped == 20
    assert second.products_skipped == first.products_created
    assert second.tariffs_skipped == first.tariffs_created == count(session, Tariff)
    assert second.rates_skipped == first.rates_created == count(session, FxRate)
    assert second.routes_skipped == first.routes_created == count(session, FreightRoute)
    assert second.charges_created == 0
    assert second.seasons_skipped == first.seasons_created == 14
    assert {m: count(session, m) for m in totals} == totals
    assert count(session, Activity) == activities


def _digest(session: Session) -> str:
    session.expire_all()  # read what was stored, not the objects as the services left them
    lines = [
        f"{s.country}|{s.tax_id}|{s.name}|{s.phone}|{[c.phone for c in s.contacts]}"
        for s in session.scalars(select(Supplier).order_by(Supplier.country, Supplier.tax_id))
    ]
    lines += [
        f"{n.title}|{n.stage}|{[(o.side, o.offered_on, o.price, o.currency) for o in n.offers]}"
        for n in session.scalars(select(Negotiation).order_by(Negotiation.title))
    ]
    lines += [
        f"{s.reference}|{s.container_no}|{s.etd}|{s.atd}|{s.ata}"
        for s in session.scalars(select(Shipment).order_by(Shipment.reference))
    ]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def test_loading_is_deterministic(session: Session) -> None:
    anchor = date.today() - timedelta(days=3)
    digests = []
    for _ in range(2):
        savepoint = session.begin_nested()
        load_demo(session, today=anchor)
        digests.append(_digest(session))
        savepoint.rollback()
        # Rows loaded back by queries inside the savepoint stay in the identity map
        # (only the objects still referenced are expunged); SQLite reuses their ids.
        session.expunge_all()
        assert count(session, Supplier) == 0
    assert digests[0] == digests[1]


def test_dates_are_relative_to_the_anchor(session: Session) -> None:
    anchor = date.today() - timedelta(days=10)
    load_demo(session, today=anchor)
    due = follow_ups(session, anchor)
    assert [t.subject for t in due.today] != []
    assert all(t.due_on == anchor for t in due.today)


def test_resolve_dates() -> None:
    day = date(2026, 3, 1)
    data = {"a": "today", "b": ["today-1", "today+30"], "c": "todays", "d": 5, "e": "today - 2"}
    assert resolve_dates(data, day) == {
        "a": "01/03/2026",
        "b": ["28/02/2026", "31/03/2026"],
        "c": "todays",
        "d": 5,
        "e": "27/02/2026",
    }


def test_the_data_file_is_plain_and_self_consistent() -> None:
    data = read_demo_data()
    suppliers = {s["ref"] for s in data["suppliers"]}
    negotiations = {n["ref"] for n in data["negotiations"]}
    products = {p["name"] for p in data["products"]}
    assert len(suppliers) == len(data["suppliers"])
    assert all(n["supplier"] in suppliers for n in data["negotiations"])
    assert all(n["product"] in products for n in data["negotiations"])
    assert all(s["negotiation"] in negotiations for s in data["shipments"])
    references = [s["fields"]["reference"] for s in data["shipments"]]
    assert len(set(references)) == len(references)


def test_the_demo_products_carry_their_packaging(db: Session) -> None:
    """Deals priced per box or per container convert to kg on the demo (issue 15)."""
    from decimal import Decimal

    from app.rules.units import price_per_kg, to_kg
    from app.services.products import packaging_of

    products = {p.name: p for p in db.scalars(select(Product))}
    assert all(p.kg_per_box and p.kg_per_container_40 for p in products.values())
    cherries = packaging_of(products["Fresh cherries"])
    assert price_per_kg(Decimal("60"), "box", cherries) == Decimal("12")
    assert to_kg(Decimal("2"), "container", cherries) == Decimal("38400")
