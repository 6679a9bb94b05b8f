"""Core benchmark: bulk load, search latency, list sorting and memory on a realistic book.

    cd /work/main && .venv/bin/python -m tests.benchmarks.core_bench [--suppliers N]

Not a pytest test. On a fresh SQLite file in a temporary folder (migrated to head, so
the FTS5 triggers fire) it loads N suppliers (default 100,000) with 3N contacts, N/2
negotiations and 2N offers through app/services/bulk.py in one transaction, then the very same
rows through stdlib sqlite3 executemany into a second fresh file (and, for reference,
a third with the suppliers as multi-row VALUES); then it times search_suppliers for
typical queries and the first page of the list in every sort order, and prints each
figure beside its target.

Timings exclude generating the records (measured and shown apart); the raw sqlite3
time counts only executemany and the commit (its rows are precomputed, untimed). The
files hold the same rows, checked by digest.

--keep DIR keeps the files; --reuse DIR then times the reads again without loading.
--compare-search FILE also times the search_suppliers of FILE (a candidate app/queries/search.py)
and checks that it answers as app.queries.search does.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from itertools import islice
from pathlib import Path
from random import Random
from types import ModuleType
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.queries import search as app_search
from app.queries.search import SORTABLE, Page, SupplierQuery
from app.services.bulk import (
    ContactRecord,
    NegotiationRecord,
    OfferRecord,
    SupplierRecord,
    bulk_insert_negotiations,
    bulk_insert_offers,
    bulk_insert_suppliers,
)
from models import (
    Incoterm,
    NegotiationStage,
    OfferSide,
    SupplierKind,
    SupplierStatus,
    Unit,
    schema,
)
from models.engine import ACTOR_KEY, create_database_engine
from models.search_index import supplier_keys
from models.text import fold

T = TypeVar("T")

ACTOR = "bench"
CHUNK = 2000

# --- targets ------------------------------------------------------------------------------------

LOAD_RATIO_TARGET = 2.0
SEARCH_MEDIAN_TARGET_MS = 10.0
SEARCH_MAX_TARGET_MS = 40.0
SORT_TARGET_MS = 20.0
MEMORY_TARGET_MB = 500.0

# --- vocabulary of the generated book -----------------------------------------------------------

COUNTRIES = ("MX", "CL", "AR", "BR", "PE", "CO", "EC")
COUNTRY_WEIGHTS = (24, 20, 12, 22, 12, 6, 4)
LANGUAGE = {"BR": "pt"}
PHONE_PREFIX = {"MX": "+52", "CL": "+56", "AR": "+54", "BR": "+55", "PE": "+51", "CO": "+57"}
PHONE_PREFIX["EC"] = "+593"
DOMAIN = {"MX": "com.mx", "CL": "cl", "AR": "com.ar", "BR": "com.br", "PE": "pe", "CO": "co"}
DOMAIN["EC"] = "ec"

CITIES = {
    "MX": ("Uruapan", "Tancítaro", "Zamora", "Culiacán", "Hermosillo", "Mérida", "Querétaro",
           "Ensenada", "Mazatlán", "Celaya", "Peribán", "Apatzingán"),
    "CL": ("Chillán", "Talca", "Curicó", "Rancagua", "Los Ángeles", "Valparaíso", "Puerto Montt",
           "Copiapó", "Osorno", "Temuco", "San Fernando", "Quillota"),
    "AR": ("Puerto Madryn", "Mar del Plata", "Mendoza", "San Rafael", "Tucumán", "Neuquén",
           "Ushuaia", "Concordia", "Rawson", "General Roca", "Villa Regina"),
    "BR": ("Petrolina", "Juazeiro", "São João da Boa Vista", "Belém", "Mossoró",
           "Vitória da Conquista", "Itajaí", "Fortaleza", "Natal", "Santarém", "Açu",
           "Conceição do Araguaia"),
    "PE": ("Trujillo", "Piura", "Ica", "Chiclayo", "Arequipa", "Huaral", "Cañete", "Paita",
           "Chincha", "Lambayeque"),
    "CO": ("Medellín", "Bogotá", "Cali", "Pereira", "Manizales", "Santa Marta", "Armenia",
           "Ibagué", "Popayán"),
    "EC": ("Guayaquil", "Machala", "Quito", "Manta", "Cuenca", "Babahoyo", "Quevedo", "Durán"),
}  # fmt: skip
REGIONS = {
    "MX": ("Michoacán", "Jalisco", "Sinaloa", "Sonora", "Yucatán", "Querétaro", "Baja California"),
    "CL": ("Ñuble", "Maule", "O'Higgins", "Biobío", "Valparaíso", "Los Lagos", "Atacama",
           "Araucanía"),
    "AR": ("Chubut", "Buenos Aires", "Mendoza", "Tucumán", "Neuquén", "Tierra del Fuego",
           "Entre Ríos", "Río Negro"),
    "BR": ("Pernambuco", "Bahia", "São Paulo", "Pará", "Rio Grande do Norte", "Santa Catarina",
           "Ceará"),
    "PE": ("La Libertad", "Piura", "Ica", "Lambayeque", "Arequipa", "Lima"),
    "CO": ("Antioquia", "Cundinamarca", "Valle del Cauca", "Risaralda", "Caldas", "Magdalena"),
    "EC": ("Guayas", "El Oro", "Pichincha", "Manabí", "Azuay", "Los Ríos"),
}  # fmt: skip
PREFIXES = {
    "es": ("Agrícola", "Frutícola", "Exportadora", "Pesquera", "Comercializadora",
           "Hacienda", "Agroindustrias", "Cooperativa", "Empacadora", "Frutas", "Viveros",
           "Inversiones", "Agropecuaria", "Huertos", "Sociedad Agrícola"),
    "pt": ("Fazenda", "Agropecuária", "Exportadora", "Cooperativa", "Frutas", "Pescados",
           "Agroindústria", "Comercial", "Sítio", "Frigorífico", "Hortifrúti"),
}  # fmt: skip
PLACES = {
    "es": ("San José", "Santa María", "Los Andes", "El Ñandú", "Valle Verde", "La Esperanza",
           "Santa Rosa", "El Peñón", "Los Álamos", "San Andrés", "La Montaña", "Río Claro",
           "Ñuble", "Tres Cerros", "El Cóndor", "La Concepción", "Santa Inés", "Las Acacias",
           "Don Ramón", "Los Nogales", "El Retiro", "Patagonia", "Del Pacífico", "Del Sur",
           "San Martín", "La Cañada", "Peñalolén", "Miraflores"),
    "pt": ("São José", "Boa Esperança", "Conceição", "Santa Luzia", "São João", "Vale do Sol",
           "Bom Jesus", "Serra Azul", "Nossa Senhora Aparecida", "Três Irmãos", "Cachoeira",
           "Santo Antônio", "Água Limpa", "Paraíso", "São Francisco", "Ilha Bela"),
}  # fmt: skip
SUFFIXES = {
    "MX": ("S.A. de C.V.", "S.P.R. de R.L.", "S. de R.L. de C.V."),
    "CL": ("SpA", "Ltda.", "S.A."),
    "AR": ("S.A.", "S.R.L.", "S.A.S."),
    "BR": ("Ltda.", "S.A.", "EIRELI", "ME"),
    "PE": ("S.A.C.", "E.I.R.L.", "S.A."),
    "CO": ("S.A.S.", "Ltda."),
    "EC": ("S.A.", "Cía. Ltda."),
}
FIRST_NAMES = {
    "es": ("José", "María José", "Juan Pablo", "Iñaki", "Begoña", "Ángel", "Sebastián",
           "Martín", "Lucía", "Ramón", "Andrés", "Inés", "Verónica", "Joaquín", "Mónica",
           "Óscar", "Raúl", "Sofía", "Tomás", "Jesús", "Nicolás", "Camila", "Valentina",
           "Ximena", "Héctor", "Rocío"),
    "pt": ("João", "Conceição", "José", "Maria", "Gonçalo", "Estêvão", "Inês", "Antônio",
           "Luís", "Fábio", "Cláudia", "Sebastião", "Márcia", "Letícia", "Vinícius",
           "Lúcia", "Thiago", "Bárbara"),
}  # fmt: skip
SURNAMES = {
    "es": ("Pérez", "González", "Muñoz", "Ibáñez", "Peña", "Rodríguez", "Fernández", "Núñez",
           "Zúñiga", "Saavedra", "Castañeda", "Bermúdez", "Sánchez", "Gómez", "Martínez",
           "Díaz", "López", "Hernández", "Ramírez", "Torres", "Flores", "Rojas", "Vásquez",
           "Ñancupil", "Echeverría", "Aguilar", "Cortés", "Suárez", "Benítez", "Jiménez"),
    "pt": ("Gonçalves", "Araújo", "Conceição", "Magalhães", "Guimarães", "Brandão", "Simões",
           "Assunção", "Silva", "Souza", "Oliveira", "Lima", "Pereira", "Costa", "Ribeiro",
           "Almeida", "Gonçalo", "Falcão", "Loureiro", "Patrício"),
}  # fmt: skip
ROLES = ("Gerente comercial", "Gerente general", "Exportaciones", "Calidad", "Logística",
         "Dueño", "Ventas", "Compras", "Finanzas", None)  # fmt: skip
PRODUCTS = {
    "MX": ("Palta Hass", "Aguacate Hass", "Limón persa", "Mango Ataúlfo", "Arándano", "Pitahaya"),
    "CL": ("Cereza Lapins", "Cereza Santina", "Arándano", "Uva de mesa", "Kiwi", "Ciruela",
           "Nuez", "Salmón del Pacífico", "Centolla"),
    "AR": ("Langostino argentino", "Merluza", "Calamar Illex", "Limón", "Pera", "Arándano",
           "Cereza"),
    "BR": ("Açaí", "Manga Tommy Atkins", "Manga Palmer", "Maracujá", "Limão Tahiti", "Uva",
           "Mamão Papaya", "Camarão"),
    "PE": ("Palta Hass", "Arándano", "Uva Red Globe", "Espárrago", "Mandarina", "Granada",
           "Jengibre"),
    "CO": ("Aguacate Hass", "Gulupa", "Granadilla", "Uchuva", "Pitahaya", "Café"),
    "EC": ("Camarón vannamei", "Banano", "Pitahaya", "Cacao fino", "Mango"),
}  # fmt: skip
PORTS = {
    "MX": "Manzanillo", "CL": "San Antonio", "AR": "Buenos Aires", "BR": "Santos",
    "PE": "Callao", "CO": "Cartagena", "EC": "Guayaquil",
}  # fmt: skip
CONTACT_COUNTS = (3, 2, 4, 1, 5)  # three per supplier on average
OFFER_COUNTS = (0, 2, 4, 6, 8)  # four per negotiation on average
STAGES_WITHOUT_OFFERS = (NegotiationStage.LEAD, NegotiationStage.SAMPLING)
STAGES_WITH_OFFERS = (
    NegotiationStage.NEGOTIATING,
    NegotiationStage.NEGOTIATING,
    NegotiationStage.AGREED,
    NegotiationStage.CONTRACTED,
    NegotiationStage.CLOSED_LOST,
    NegotiationStage.COMPLETED,
)

SEARCHES = (
    "agricola",  # company name fragment, common
    "exportadora",
    "hacienda santa",  # two words
    "frigorifico",
    "jose",  # accent-free spellings of accented names
    "conceicao",
    "nuble",
    "munoz ibanez",  # two surnames
    "goncalves",
    "petrolina",  # cities
    "sao joao",
    "chillan",
    "puerto madryn",
    "30-7012",  # tax-id fragments: CUIT as typed, RUT key digits, CNPJ branch
    "76.104",
    "0001-",
    "palta hass",  # products
    "acai",
    "sa",  # a 2-letter query
    "zzqxj",  # nothing
)


# --- generation -------------------------------------------------------------------------------


@dataclass
class Book:
    """A deterministic book of suppliers, negotiations and offers (random.Random(seed))."""

    suppliers: int
    seed: int = 20261127
    products_of: list[tuple[str, ...]] = field(default_factory=list, repr=False)

    @property
    def negotiations(self) -> int:
        return self.suppliers // 2

    def supplier_records(self) -> Iterator[SupplierRecord]:
        rng = Random(self.seed)
        self.products_of = []
        for i in range(self.suppliers):
            record = _supplier(rng, i)
            self.products_of.append(record.product_names)
            yield record

    def negotiation_records(
        self, supplier_ids: Sequence[int], product_ids: dict[str, int]
    ) -> Iterator[NegotiationRecord]:
        rng = Random(self.seed + 1)
        for j in range(self.negotiations):
            index = rng.randrange(len(supplier_ids))
            product = rng.choice(self.products_of[index])
            offers = OFFER_COUNTS[j % len(OFFER_COUNTS)]
            stages = STAGES_WITH_OFFERS if offers else STAGES_WITHOUT_OFFERS
            currency = "EUR" if rng.random() < 0.1 else "USD"
            start = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
            incoterm = rng.choice((Incoterm.FOB, Incoterm.CIF, Incoterm.CFR, Incoterm.FCA))
            yield NegotiationRecord(
                supplier_id=supplier_ids[index],
                product_id=product_ids[fold(product)],
                title=f"{product} – temporada {start.year}/{start.year + 1}",
                stage=rng.choice(stages),
                currency=currency,
                price_unit=Unit.KG,
                target_price=Decimal(rng.randrange(80, 1500)) / 100,
                target_volume=Decimal(rng.choice((20, 40, 80, 120, 240))) * 1000,
                volume_unit=Unit.KG,
                incoterm=incoterm,
                incoterm_place="Shanghai" if incoterm in (Incoterm.CIF, Incoterm.CFR) else "Callao",
                grade=rng.choice((None, "Cat I", "Calibre 48", "XL 26-28 mm", "U-15")),
                destination_port="Shanghai",
                payment_terms=rng.choice((None, "30% anticipo, 70% contra BL", "CAD", "LC 60")),
                delivery_start=start,
                delivery_end=start + timedelta(days=rng.randrange(30, 120)),
                owner=rng.choice(("ana", "li.wei", "carlos", "mei")),
            )

    def offer_records(self, negotiation_ids: Sequence[int]) -> Iterator[OfferRecord]:
        rng = Random(self.seed + 2)
        for j, negotiation_id in enumerate(negotiation_ids):
            day = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
            price = Decimal(rng.randrange(150, 1200)) / 100
            currency = "EUR" if rng.random() < 0.1 else "USD"
            for k in range(OFFER_COUNTS[j % len(OFFER_COUNTS)]):
                side = OfferSide.SUPPLIER if k % 2 == 0 else OfferSide.BUYER
                yield OfferRecord(
                    negotiation_id=negotiation_id,
                    side=side,
                    offered_on=day,
                    price=price,
                    currency=currency,
                    price_unit=Unit.KG,
                    volume=Decimal(rng.choice((20, 40, 80))) * 1000,
                    volume_unit=Unit.KG,
                    incoterm=Incoterm.FOB,
                    incoterm_place=rng.choice(("San Antonio", "Callao", "Santos", "Manzanillo")),
                    valid_until=day + timedelta(days=14),
                    notes="precio FOB, pallet incluido" if k == 0 else None,
                )
                day += timedelta(days=rng.randrange(1, 6))
                step = Decimal(rng.randrange(1, 30)) / 100
                price = price - step if side is OfferSide.SUPPLIER else price + step / 2


def _supplier(rng: Random, i: int) -> SupplierRecord:
    country = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
    lang = LANGUAGE.get(country, "es")
    surnames = SURNAMES[lang]
    prefix = rng.choice(PREFIXES[lang])
    shape = rng.random()
    if shape < 0.5:
        core = rng.choice(PLACES[lang])
    elif shape < 0.8:
        core = f"{rng.choice(surnames)} Hermanos" if lang == "es" else f"{rng.choice(surnames)}"
    else:
        core = f"{rng.choice(surnames)} & {rng.choice(surnames)}"
    suffix = rng.choice(SUFFIXES[country])
    name = f"{prefix} {core}"
    legal_name = f"{name} {suffix}" if rng.random() < 0.7 else None
    city = rng.choice(CITIES[country])
    slug = "".join(ch for ch in fold(core) if ch.isalnum())[:20] or "empresa"
    domain = f"{slug}{i % 97}.{DOMAIN[country]}"
    n_products = 1 if rng.random() < 0.6 else 2
    products = tuple(rng.sample(PRODUCTS[country], n_products))
    contacts = tuple(
        _contact(rng, lang, country, domain, primary=(n == 0))
        for n in range(CONTACT_COUNTS[i % len(CONTACT_COUNTS)])
    )
    return SupplierRecord(
        name=name,
        country=country,
        legal_name=legal_name,
        kind=rng.choice(tuple(SupplierKind)),
        status=rng.choice(tuple(SupplierStatus)),
        region=rng.choice(REGIONS[country]),
        city=city,
        address=f"{rng.choice(('Av.', 'Calle', 'Camino', 'Rua', 'Ruta'))} "
        f"{rng.choice(PLACES[lang])} {rng.randrange(1, 9999)}",
        tax_id=_tax_id(rng, country, i * 13 + rng.randrange(13)),
        website=f"https://www.{domain}",
        email=f"ventas@{domain}",
        phone=f"{PHONE_PREFIX[country]}{rng.randrange(200_000_000, 999_999_999)}",
        notes=rng.choice((None, None, "Visitado en Fruit Logistica", "Pide anticipo 30%")),
        contacts=contacts,
        product_names=products,
    )


def _contact(rng: Random, lang: str, country: str, domain: str, *, primary: bool) -> ContactRecord:
    first = rng.choice(FIRST_NAMES[lang])
    last = f"{rng.choice(SURNAMES[lang])} {rng.choice(SURNAMES[lang])}"
    local = ".".join(fold(first).split()[:1] + fold(last).split()[:1])
    phone = f"{PHONE_PREFIX[country]}9{rng.randrange(10_000_000, 99_999_999)}"
    return ContactRecord(
        name=f"{first} {last}",
        role=rng.choice(ROLES),
        email=f"{local}@{domain}",
        phone=phone,
        whatsapp=phone if rng.random() < 0.7 else None,
        wechat=None,
        language=rng.choice((LANGUAGE.get(country, "es"), "en")),
        is_primary=primary,
    )


def _tax_id(rng: Random, country: str, k: int) -> str:
    """A tax id in the country's usual typed form, unique for each k."""
    if country == "CL":  # RUT 76.543.210-K
        return f"{76_000_000 + k:,}".replace(",", ".") + "-" + rng.choice("0123456789K")
    if country == "AR":  # CUIT 30-71234567-8
        return f"30-{70_000_000 + k:08d}-{rng.randrange(10)}"
    if country == "BR":  # CNPJ 12.345.678/0001-95
        base = f"{10_000_000 + k:08d}"
        return f"{base[:2]}.{base[2:5]}.{base[5:]}/0001-{rng.randrange(100):02d}"
    if country == "MX":  # RFC AVU010203K45 (persona moral)
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{letters}{k % 1_000_000:06d}{'ABCDEFGHJK'[k // 1_000_000 % 10]}{k % 97:02d}"
    if country == "PE":  # RUC 20123456789
        return f"20{k:09d}"
    if country == "CO":  # NIT 900.123.456-7
        return f"{900_000_000 + k:,}".replace(",", ".") + f"-{rng.randrange(10)}"
    return f"{1_790_000_000 + k}001"  # EC RUC


# --- loading ----------------------------------------------------------------------------------


class Timed(Iterable[T]):
    """Wraps an iterator and adds up the time spent producing its items."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items = items
        self.seconds = 0.0

    def __iter__(self) -> Iterator[T]:
        iterator = iter(self.items)
        clock = time.perf_counter
        while True:
            start = clock()
            try:
                item = next(iterator)
            except StopIteration:
                self.seconds += clock() - start
                return
            self.seconds += clock() - start
            yield item


@dataclass
class LoadResult:
    seconds: float
    generation_seconds: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def fresh_database(folder: Path, name: str) -> tuple[Path, Engine]:
    path = folder / name
    engine = create_database_engine(path)
    schema.upgrade(engine)
    return path, engine


def load_bulk(engine: Engine, book: Book) -> LoadResult:
    result = LoadResult(0.0)
    with Session(engine, info={ACTOR_KEY: ACTOR}) as session, session.begin():
        start = time.perf_counter()
        suppliers = Timed(book.supplier_records())
        supplier_ids = bulk_insert_suppliers(session, suppliers, chunk_size=CHUNK)
        result.parts["suppliers+contacts+products"] = (
            time.perf_counter() - start - suppliers.seconds
        )
        product_ids = {key: i for key, i in session.execute(text("SELECT key, id FROM products"))}
        mark = time.perf_counter()
        negotiations = Timed(book.negotiation_records(supplier_ids, product_ids))
        negotiation_ids = bulk_insert_negotiations(session, negotiations, chunk_size=CHUNK)
        result.parts["negotiations"] = time.perf_counter() - mark - negotiations.seconds
        mark = time.perf_counter()
        offers = Timed(book.offer_records(negotiation_ids))
        offer_count = bulk_insert_offers(session, offers, chunk_size=CHUNK)
        result.parts["offers"] = time.perf_counter() - mark - offers.seconds
        mark = time.perf_counter()
    result.parts["commit"] = time.perf_counter() - mark
    result.generation_seconds = suppliers.seconds + negotiations.seconds + offers.seconds
    result.seconds = time.perf_counter() - start - result.generation_seconds
    result.counts = {
        "suppliers": len(supplier_ids),
        "negotiations": len(negotiation_ids),
        "offers": offer_count,
    }
    return result


def _sqlite_datetime(value: datetime) -> str:
    """What SQLAlchemy's UTCDateTime + SQLite DATETIME store: naive UTC text."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _value(value: Any) -> Any:
    """Python value -> what SQLAlchemy binds on SQLite (Decimal as float, dates as text)."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)  # StrEnum members bind as their value
    return value


SUPPLIER_COLUMNS = (
    "id", "name", "legal_name", "kind", "status", "country", "region", "city", "address",
    "tax_id", "tax_id_key", "website", "email", "phone", "notes", "name_key", "search_text",
    "created_at", "updated_at", "created_by", "updated_by", "version",
)  # fmt: skip
CONTACT_COLUMNS = (
    "supplier_id", "name", "name_key", "role", "email", "phone", "whatsapp", "wechat", "language",
    "is_primary", "notes", "created_at", "updated_at", "created_by", "updated_by", "version",
)  # fmt: skip
PRODUCT_COLUMNS = (
    "id", "name", "key", "default_unit", "created_at", "updated_at", "created_by",
    "updated_by", "version",
)  # fmt: skip
NEGOTIATION_COLUMNS = (
    "id", "supplier_id", "product_id", "title", "stage", "grade", "target_volume",
    "volume_unit", "target_price", "currency", "price_unit", "incoterm", "incoterm_place",
    "origin_port", "destination_port", "payment_terms", "delivery_start", "delivery_end",
    "owner", "expected_close", "notes", "created_at", "updated_at", "created_by",
    "updated_by", "version",
)  # fmt: skip
OFFER_COLUMNS = (
    "negotiation_id", "side", "offered_on", "price", "currency", "price_unit", "volume",
    "volume_unit", "incoterm", "incoterm_place", "valid_until", "notes", "created_at",
    "updated_at", "created_by", "updated_by", "version",
)  # fmt: skip


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class RawLoader:
    """The same rows through stdlib sqlite3: precomputed tuples, executemany, one transaction.

    Only executemany and the commit are timed; building the tuples is not.
    """

    def __init__(self, path: Path, *, multi_values: bool = False) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.multi_values = multi_values
        self.seconds = 0.0
        self.parts: dict[str, float] = {}
        stamp = _sqlite_datetime(datetime.now(UTC))
        self.audit = (stamp, stamp, ACTOR, ACTOR, 1)

    def insert(
        self, part: str, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        start = time.perf_counter()
        if self.multi_values and table == "suppliers":
            # One statement per 1000 rows, as SQLAlchemy's insertmanyvalues batches them.
            for first in range(0, len(rows), 1000):
                batch = rows[first : first + 1000]
                sql = _insert_sql(table, columns).split(" VALUES ")[0]
                one = "(" + ", ".join("?" * len(columns)) + ")"
                values = [v for row in batch for v in row]
                self.connection.execute(f"{sql} VALUES {', '.join([one] * len(batch))}", values)
        else:
            self.connection.executemany(_insert_sql(table, columns), rows)
        spent = time.perf_counter() - start
        self.seconds += spent
        self.parts[part] = self.parts.get(part, 0.0) + spent

    def load(self, book: Book) -> LoadResult:
        audit = self.audit
        self.connection.execute("BEGIN")
        product_ids: dict[str, int] = {}
        product_names: dict[str, str] = {}
        next_supplier = 1
        records = book.supplier_records()
        while chunk := list(islice(records, CHUNK)):
            new_products: list[tuple[Any, ...]] = []
            for r in chunk:
                for name in r.product_names:
                    key = fold(name)
                    if key not in product_ids:
                        product_ids[key] = len(product_ids) + 1
                        product_names[key] = name
                        new_products.append((product_ids[key], name, key, Unit.KG.value, *audit))
            if new_products:
                self.insert("products", "products", PRODUCT_COLUMNS, new_products)
            suppliers: list[tuple[Any, ...]] = []
            contacts: list[tuple[Any, ...]] = []
            links: list[tuple[int, int]] = []
            for supplier_id, r in enumerate(chunk, next_supplier):
                keys = sorted({fold(n) for n in r.product_names})
                derived = supplier_keys(
                    r, sorted(product_names[k] for k in keys), [c.name for c in r.contacts]
                )
                suppliers.append(
                    (
                        supplier_id,
                        r.name,
                        r.legal_name,
                        _value(r.kind),
                        _value(r.status),
                        r.country,
                        r.region,
                        r.city,
                        r.address,
                        r.tax_id,
                        derived["tax_id_key"],
                        r.website,
                        r.email,
                        r.phone,
                        r.notes,
                        derived["name_key"],
                        derived["search_text"],
                        *audit,
                    )
                )
                contacts.extend(
                    (
                        supplier_id,
                        c.name,
                        fold(c.name)[:200],
                        c.role,
                        c.email,
                        c.phone,
                        c.whatsapp,
                        c.wechat,
                        c.language,
                        c.is_primary,
                        c.notes,
                        *audit,
                    )
                    for c in r.contacts
                )
                links.extend((supplier_id, p) for p in sorted({product_ids[k] for k in keys}))
            next_supplier += len(chunk)
            self.insert("suppliers", "suppliers", SUPPLIER_COLUMNS, suppliers)
            self.insert("contacts", "contacts", CONTACT_COLUMNS, contacts)
            self.insert("links", "supplier_products", ("supplier_id", "product_id"), links)
        supplier_ids = range(1, next_supplier)
        negotiation_ids = range(1, book.negotiations + 1)
        negotiations = book.negotiation_records(supplier_ids, product_ids)
        negotiation_fields = NEGOTIATION_COLUMNS[1:-5]
        next_negotiation = 1
        while deals := list(islice(negotiations, CHUNK)):
            rows = [
                (negotiation_id, *(_value(getattr(r, f)) for f in negotiation_fields), *audit)
                for negotiation_id, r in enumerate(deals, next_negotiation)
            ]
            next_negotiation += len(deals)
            self.insert("negotiations", "negotiations", NEGOTIATION_COLUMNS, rows)
        offers = book.offer_records(negotiation_ids)
        offer_fields = OFFER_COLUMNS[:-5]
        while rounds := list(islice(offers, CHUNK)):
            rows = [(*(_value(getattr(r, f)) for f in offer_fields), *audit) for r in rounds]
            self.insert("offers", "offers", OFFER_COLUMNS, rows)
        start = time.perf_counter()
        self.connection.execute("COMMIT")
        self.parts["commit"] = time.perf_counter() - start
        self.seconds += self.parts["commit"]
        self.connection.close()
        return LoadResult(
            self.seconds,
            parts=self.parts,
            counts={"suppliers": next_supplier - 1, "negotiations": next_negotiation - 1},
        )


def table_digests(path: Path) -> dict[str, str]:
    """A digest of every loaded table, audit timestamps left out (they differ by run)."""
    connection = sqlite3.connect(path)
    digests = {}
    for table in ("suppliers", "contacts", "products", "supplier_products", "negotiations"):
        columns = [
            row[1]
            for row in connection.execute(f"PRAGMA table_info({table})")
            if row[1] not in ("created_at", "updated_at")
        ]
        order = "supplier_id, product_id" if table == "supplier_products" else "id"
        digest = hashlib.sha256()
        for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"):
            digest.update(repr(row).encode())
        digests[table] = digest.hexdigest()[:16]
    digest = hashlib.sha256()
    offer_columns = ", ".join(c for c in OFFER_COLUMNS if c not in ("created_at", "updated_at"))
    for row in connection.execute(f"SELECT id, {offer_columns} FROM offers ORDER BY id"):
        digest.update(repr(row).encode())
    digests["offers"] = digest.hexdigest()[:16]
    connection.close()
    return digests


# --- reads ------------------------------------------------------------------------------------


def time_ms(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


@dataclass
class Timing:
    label: str
    runs: list[float]
    detail: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


Search = Callable[[Session, SupplierQuery], Page]


def time_searches(
    engine: Engine, queries: Sequence[str], repeats: int, search: Search
) -> list[Timing]:
    timings = []
    with Session(engine) as session:
        for query_text in queries:
            query = SupplierQuery(text=query_text)
            page = search(session, query)  # warm
            runs = time_ms(partial(search, session, query), repeats)
            timings.append(Timing(query_text, runs, f"{len(page.rows)} rows, {page.total} total"))
    return timings


def time_sorts(engine: Engine, repeats: int, search: Search) -> list[Timing]:
    timings = []
    with Session(engine) as session:
        for column in SORTABLE:
            for descending in (False, True):
                query = SupplierQuery(sort=column, descending=descending)
                page = search(session, query)  # warm
                runs = time_ms(partial(search, session, query), repeats)
                label = f"{column} {'desc' if descending else 'asc'}"
                timings.append(Timing(label, runs, f"{len(page.rows)} rows, {page.total} total"))
    return timings


def peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- report -----------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def current_search(session: Session, query: SupplierQuery) -> Page:
    return app_search.search_suppliers(session, query)


def load_search_module(path: Path) -> ModuleType:
    """A candidate app/queries/search.py, loaded from a file beside the real one."""
    spec = importlib.util.spec_from_file_location("candidate_search", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def candidate_search(module: ModuleType) -> Search:
    def search(session: Session, query: SupplierQuery) -> Page:
        page: Page = module.search_suppliers(
            session, module.SupplierQuery(**dataclasses.asdict(query))
        )
        return page

    return search


def same_answers(engine: Engine, candidate: Search) -> list[str]:
    """Queries the candidate answers differently (a total it says is not exact excepted)."""
    differ = []
    with Session(engine) as session:
        queries = [SupplierQuery(text=q) for q in SEARCHES]
        queries += [SupplierQuery(text=q, sort="city", descending=True) for q in SEARCHES[:4]]
        queries += [SupplierQuery(sort=c, descending=d) for c in SORTABLE for d in (False, True)]
        queries += [SupplierQuery(text="jose", countries=["BR"]), SupplierQuery(text="jo sa")]
        queries += [SupplierQuery(text="agricola", offset=400), SupplierQuery(text="ur")]
        queries += [SupplierQuery(text="jose", include_archived=True)]
        for query in queries:
            now = current_search(session, query)
            new = candidate(session, query)
            rows_now = [dataclasses.astuple(r) for r in now.rows]
            rows_new = [dataclasses.astuple(r) for r in new.rows]
            inexact = not getattr(new, "exact", True) and new.total < now.total
            if rows_now != rows_new or (now.total != new.total and not inexact):
                differ.append(repr(query))
    return differ


def report_load(bulk: LoadResult, raw: LoadResult, values: LoadResult | None, same: bool) -> bool:
    print("LOAD (one transaction; record generation excluded)")
    print(f"  generating the records (not counted)        {bulk.generation_seconds:8.2f} s")
    for part, seconds in bulk.parts.items():
        print(f"  bulk   {part:38s}{seconds:8.2f} s")
    print(f"  app/services/bulk.py total                           {bulk.seconds:8.2f} s")
    for part, seconds in raw.parts.items():
        print(f"  raw    {part:38s}{seconds:8.2f} s")
    print(f"  raw sqlite3 executemany total               {raw.seconds:8.2f} s")
    if values is not None:
        print(
            f"  raw sqlite3, suppliers as multi-row VALUES  {values.seconds:8.2f} s"
            f"  (suppliers {values.parts['suppliers']:.2f} s)"
        )
    ratio = bulk.seconds / raw.seconds
    print(f"  same rows in both files: {'yes' if same else 'NO'}")
    print(
        f"  bulk / raw executemany = {ratio:.2f}x   target < {LOAD_RATIO_TARGET}x: "
        f"{verdict(ratio < LOAD_RATIO_TARGET)}"
    )
    if values is not None:
        print(f"  bulk / raw multi-row VALUES = {bulk.seconds / values.seconds:.2f}x (floor)")
    return same and ratio < LOAD_RATIO_TARGET


def report_reads(name: str, searches: list[Timing], sorts: list[Timing], repeats: int) -> bool:
    print(f"\nSEARCH with {name} (first 200 rows + total; median of {repeats} warm runs, ms)")
    for t in searches:
        print(f"  {t.label!r:18s} {t.median:7.2f}  (max {max(t.runs):6.2f})  {t.detail}")
    medians = [t.median for t in searches]
    median, worst = statistics.median(medians), max(medians)
    print(
        f"  median {median:.2f} ms (target < {SEARCH_MEDIAN_TARGET_MS:g}: "
        f"{verdict(median < SEARCH_MEDIAN_TARGET_MS)}), max {worst:.2f} ms "
        f"(target < {SEARCH_MAX_TARGET_MS:g}: {verdict(worst < SEARCH_MAX_TARGET_MS)})"
    )
    print(f"\nLIST with {name}, first page of 200, no text (median of {repeats} warm runs, ms)")
    for t in sorts:
        print(
            f"  {t.label:16s} {t.median:7.2f}  (max {max(t.runs):6.2f})  "
            f"{verdict(t.median < SORT_TARGET_MS)}  {t.detail}"
        )
    slowest = max(sorts, key=lambda t: t.median)
    print(
        f"  slowest {slowest.label} {slowest.median:.2f} ms (target < {SORT_TARGET_MS:g} each: "
        f"{verdict(slowest.median < SORT_TARGET_MS)})"
    )
    return (
        median < SEARCH_MEDIAN_TARGET_MS
        and worst < SEARCH_MAX_TARGET_MS
        and slowest.median < SORT_TARGET_MS
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--repeats", type=int, default=7, help="timed runs of each read")
    parser.add_argument("--keep", type=Path, help="write the databases here and keep them")
    parser.add_argument(
        "--reuse", type=Path, help="skip loading: upgrade and read DIR/bulk.sqlite3 (from --keep)"
    )
    parser.add_argument(
        "--compare-search",
        type=Path,
        metavar="FILE",
        help="also time FILE's search_suppliers (a candidate app/queries/search.py) "
        "and compare answers",
    )
    parser.add_argument(
        "--no-raw-values", action="store_true", help="skip the raw multi-row VALUES variant"
    )
    args = parser.parse_args(argv)
    book = Book(args.suppliers, args.seed)
    ok = True
    with tempfile.TemporaryDirectory(prefix="supplier-desk-bench-") as tmp:
        if args.reuse:
            engine = create_database_engine(args.reuse / "bulk.sqlite3")
            schema.upgrade(engine)
            print(f"Reads on {args.reuse / 'bulk.sqlite3'} (upgraded to {schema.head_revision()})")
        else:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.sqlite3*"):
                old.unlink()
            n = args.suppliers
            print(f"Supplier Desk core benchmark: {n:,} suppliers, {3 * n:,} contacts, ")
            print(f"{book.negotiations:,} negotiations, {2 * n:,} offers (seed {args.seed})")
            print(f"in {folder}")
            print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}\n")
            bulk_path, engine = fresh_database(folder, "bulk.sqlite3")
            bulk = load_bulk(engine, book)
            memory_after_load = peak_memory_mb()
            raw_path, raw_engine = fresh_database(folder, "raw.sqlite3")
            raw_engine.dispose()
            raw = RawLoader(raw_path).load(book)
            values: LoadResult | None = None
            if not args.no_raw_values:
                values_path, values_engine = fresh_database(folder, "raw-values.sqlite3")
                values_engine.dispose()
                values = RawLoader(values_path, multi_values=True).load(book)
            same = table_digests(bulk_path) == table_digests(raw_path)
            ok = report_load(bulk, raw, values, same)

        searches = time_searches(engine, SEARCHES, args.repeats, current_search)
        sorts = time_sorts(engine, args.repeats, current_search)
        ok = (
            report_reads("app.queries.search.search_suppliers", searches, sorts, args.repeats)
            and ok
        )
        if args.compare_search:
            candidate = candidate_search(load_search_module(args.compare_search))
            searches = time_searches(engine, SEARCHES, args.repeats, candidate)
            sorts = time_sorts(engine, args.repeats, candidate)
            ok_candidate = report_reads(str(args.compare_search), searches, sorts, args.repeats)
            differ = same_answers(engine, candidate)
            print(f"  same rows and totals as app.queries.search: {differ or 'yes'}")
            met = "all met" if ok_candidate else "NOT all met"
            print(f"  read targets with the candidate: {met}")
        engine.dispose()

        memory = peak_memory_mb()
        print("\nMEMORY")
        if not args.reuse:
            print(f"  peak RSS after the bulk load {memory_after_load:7.1f} MB")
        print(
            f"  peak RSS at the end          {memory:7.1f} MB (target < {MEMORY_TARGET_MB:g}: "
            f"{verdict(memory < MEMORY_TARGET_MB)})"
        )
        ok = ok and memory < MEMORY_TARGET_MB
        print(f"\nALL TARGETS {'MET' if ok else 'NOT MET'} (app.queries.search as it is)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
