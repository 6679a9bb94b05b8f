"""The fields of each import target: what a column can fill, how the cleaning step reads
its cells, and the header words people put above it.

A supplier list arrives with Spanish, Portuguese, English or Chinese headers; every field
lists the words people put above its column. The words are compared after
fields.header_key (fold, punctuation and filler words such as "de"/"do"/"da" removed),
so they are written here lower-case and without accents; "Razón social:" and "RAZON
SOCIAL" meet "razon social".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import get_args

from app.importing.cleaning import Kind
from app.messages import translate
from app.rules.vocabulary import KIND_SYNONYMS, STATUS_SYNONYMS, UNIT_SYNONYMS, label
from models import Contact, Product, Supplier
from models.enums import Certification, Incoterm, SupplierKind, SupplierStatus, Unit

KINDS = frozenset(get_args(Kind))


@dataclass(frozen=True)
class FieldSpec:
    key: str
    """"supplier.name", "contact.email", "offer.price"..."""
    label: str
    """English label for the wizard and the command line."""
    kind: Kind
    """How the cleaning step reads the cell."""
    max_length: int | None = None
    required: bool = False
    enum: type[StrEnum] | None = None
    synonyms: tuple[str, ...] = ()
    """Header words in en, es, pt and zh (lower-case, unaccented)."""
    vocabulary: Mapping[str, StrEnum] = dataclass_field(
        default_factory=dict, compare=False, hash=False
    )
    """Cell words (es/pt/zh) that mean a member of `enum`: app.rules.vocabulary's synonyms."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.key}: unknown field kind {self.kind!r}")
        if self.max_length is None and self.kind in LENGTH_CHECKED:
            # A supplier's or contact's field holds what its column holds.
            object.__setattr__(self, "max_length", _column_length(self.key))


LENGTH_CHECKED = frozenset({"text", "url", "email"})


def _column_length(key: str) -> int | None:
    entity, _, attr = key.partition(".")
    tables = {"supplier": Supplier, "contact": Contact, "product": Product}
    table = tables[entity].__table__ if entity in tables else None
    column = table.c.get(attr) if table is not None else None
    return getattr(column.type, "length", None) if column is not None else None


CERTIFICATE_KIND_WORDS: dict[Certification, tuple[str, ...]] = {
    Certification.GLOBALGAP: ("globalgap",),
    Certification.GACC: ("gacc",),
    Certification.SAG_CSP: ("csp",),
    Certification.SENASICA: ("senasica",),
}
"""The kinds a supplier sheet gives a number and an end date of, by their header words:
"GlobalGAP N°" is the GlobalG.A.P. number, "Vencimiento GlobalGAP" its valid until
(app.importing.supplier_certs folds them into the row's certifications). Few on purpose:
each kind adds two fields every column of every sheet is scored against (a 9,000-column
sheet maps in 12 s without them on a busy machine, 17.5 s with nine kinds)."""

CERTIFICATE_VALIDITY_WORDS = frozenset(
    {
        "valid until",
        "validity",
        "expiry",
        "expiry date",
        "expiration",
        "vencimiento",
        "fecha vencimiento",
        "vence",
        "validez",
        "vigencia",
        "valido hasta",
        "vencimento",
        "validade",
        "有效期",
        "有效期至",
        "到期日",
    }
)
"""A bare validity header: beside a kind's number column it is that kind's valid until
(app.importing.mapping, `_validity_beside_numbers`)."""


def certificate_key(kind: Certification, part: str) -> str:
    """'certificate.gacc.number', 'certificate.gacc.valid_until'."""
    return f"certificate.{kind.value}.{part}"


def _number_words(word: str) -> tuple[str, ...]:
    """Few forms: a header holding every word of one matches it ("Nº Registro GACC"
    holds "registro gacc"), and every synonym costs the mapping of a 9,000-column sheet."""
    forms = ("{} n", "n {}", "{} no", "numero {}", "registro {}", "{} number", "codigo {}")
    return (*(form.format(word) for form in forms), f"{word}注册号")


def _validity_words(word: str) -> tuple[str, ...]:
    forms = (
        "vencimiento {}", "{} vence", "{} valid until", "{} expiry", "validez {}",
        "vigencia {}", "validade {}", "{} 有效期",
    )  # fmt: skip
    return tuple(form.format(word) for form in forms)


CERTIFICATE_FIELDS = tuple(
    spec
    for kind, words in CERTIFICATE_KIND_WORDS.items()
    for spec in (
        FieldSpec(
            certificate_key(kind, "number"),
            translate("ImportFields", "{kind} number").format(kind=label(kind)),
            "text",
            max_length=80,
            synonyms=tuple(w for word in words for w in _number_words(word))
            + (("ggn",) if kind is Certification.GLOBALGAP else ()),
        ),
        FieldSpec(
            certificate_key(kind, "valid_until"),
            translate("ImportFields", "{kind} valid until").format(kind=label(kind)),
            "date",
            synonyms=tuple(w for word in words for w in _validity_words(word)),
        ),
    )
)


SUPPLIER_FIELDS = (
    FieldSpec(
        "supplier.name",
        translate("ImportFields", "Name"),
        "text",
        required=True,
        synonyms=(
            "name",
            "supplier",
            "supplier name",
            "company",
            "company name",
            "vendor",
            "vendor name",
            "trade name",
            "proveedor",
            "nombre",
            "nombre proveedor",
            "nombre empresa",
            "nombre comercial",
            "empresa",
            "exportador",
            "fornecedor",
            "nome",
            "nome fornecedor",
            "nome empresa",
            "nome fantasia",
            "供应商",
            "供应商名称",
            "公司",
            "公司名称",
            "企业名称",
            "名称",
        ),
    ),
    FieldSpec(
        "supplier.legal_name",
        translate("ImportFields", "Legal name"),
        "text",
        synonyms=(
            "legal name",
            "registered name",
            "company legal name",
            "razon social",
            "razao social",
            "denominacion",
            "denominacion social",
            "公司全称",
            "法定名称",
        ),
    ),
    FieldSpec(
        "supplier.kind",
        translate("ImportFields", "Kind"),
        "enum",
        enum=SupplierKind,
        vocabulary=KIND_SYNONYMS,
        synonyms=(
            "kind",
            "type",
            "supplier type",
            "business type",
            "tipo",
            "tipo proveedor",
            "tipo empresa",
            "tipo fornecedor",
            "giro",
            "类型",
            "供应商类型",
        ),
    ),
    FieldSpec(
        "supplier.status",
        translate("ImportFields", "Status"),
        "enum",
        enum=SupplierStatus,
        vocabulary=STATUS_SYNONYMS,
        synonyms=("status", "estatus", "situacion", "situacao", "状态"),
    ),
    FieldSpec(
        "supplier.country",
        translate("ImportFields", "Country"),
        "country",
        required=True,
        synonyms=(
            "country",
            "country of origin",
            "ctry",
            "cty",
            "origin",
            "pais",
            "pais origen",
            "origen",
            "pais origem",
            "origem",
            "国家",
            "国别",
            "原产国",
        ),
    ),
    FieldSpec(
        "supplier.region",
        translate("ImportFields", "Region"),
        "text",
        synonyms=(
            "region",
            "state",
            "province",
            "reg",
            "estado",
            "provincia",
            "departamento",
            "uf",
            "省",
            "省份",
            "地区",
        ),
    ),
    FieldSpec(
        "supplier.city",
        translate("ImportFields", "City"),
        "text",
        synonyms=("city", "town", "ciudad", "cidade", "municipio", "localidad", "城市", "市"),
    ),
    FieldSpec(
        "supplier.address",
        translate("ImportFields", "Address"),
        "text",
        synonyms=("address", "addr", "direccion", "domicilio", "endereco", "地址"),
    ),
    FieldSpec(
        "supplier.tax_id",
        translate("ImportFields", "Tax ID"),
        "text",
        synonyms=(
            "tax id",
            "tax number",
            "vat",
            "vat number",
            "rfc",
            "cuit",
            "rut",
            "cnpj",
            "nit",
            "ruc",
            "uscc",
            "税号",
            "统一社会信用代码",
        ),
    ),
    FieldSpec(
        "supplier.website",
        translate("ImportFields", "Website"),
        "url",
        synonyms=(
            "website",
            "web site",
            "web",
            "url",
            "sitio web",
            "pagina",
            "pagina web",
            "site",
            "网站",
            "网址",
        ),
    ),
    FieldSpec(
        "supplier.email",
        translate("ImportFields", "Email"),
        "email",
        synonyms=(
            "email",
            "e mail",
            "mail",
            "company email",
            "correo",
            "correo electronico",
            "email empresa",
            "correo empresa",
            "邮箱",
            "电子邮件",
            "电邮",
            "公司邮箱",
        ),
    ),
    FieldSpec(
        "supplier.phone",
        translate("ImportFields", "Phone"),
        "phone",
        synonyms=(
            "phone",
            "telephone",
            "phone number",
            "company phone",
            "tel",
            "ph",
            "tel fax",
            "telefono",
            "telefono fax",
            "telefonos",
            "telefono empresa",
            "telefone",
            "fone",
            "telefone empresa",
            "电话",
            "联系电话",
            "公司电话",
        ),
    ),
    FieldSpec(
        "supplier.notes",
        translate("ImportFields", "Notes"),
        "multiline",
        synonyms=(
            "notes",
            "note",
            "comments",
            "remarks",
            "notas",
            "observaciones",
            "comentarios",
            "observacoes",
            "obs",
            "备注",
            "说明",
        ),
    ),
    FieldSpec(
        "supplier.products",
        translate("ImportFields", "Products"),
        "list",
        max_length=_column_length("product.name"),  # each product's name
        synonyms=(
            "products",
            "product",
            "commodity",
            "commodities",
            "productos",
            "producto",
            "produtos",
            "produto",
            "fruta",
            "frutas",
            "产品",
            "品类",
        ),
    ),
    FieldSpec(
        "contact.name",
        translate("ImportFields", "Contact name"),
        "text",
        synonyms=(
            "contact",
            "contact name",
            "contact person",
            "cont",
            "contacto",
            "nombre contacto",
            "persona contacto",
            "contato",
            "nome contato",
            "pessoa contato",
            "responsable",
            "responsavel",
            "联系人",
            "联系人姓名",
        ),
    ),
    FieldSpec(
        "contact.role",
        translate("ImportFields", "Contact role"),
        "text",
        synonyms=(
            "role",
            "position",
            "job title",
            "cargo",
            "puesto",
            "funcion",
            "funcao",
            "职位",
            "职务",
        ),
    ),
    FieldSpec(
        "contact.email",
        translate("ImportFields", "Contact email"),
        "email",
        synonyms=(
            "contact email",
            "correo contacto",
            "email contacto",
            "mail contacto",
            "email contato",
            "e mail contato",
            "e mail contacto",
            "联系人邮箱",
        ),
    ),
    FieldSpec(
        "contact.phone",
        translate("ImportFields", "Contact phone"),
        "phone",
        synonyms=(
            "contact phone",
            "mobile",
            "mob",
            "mob phone",
            "cell",
            "cell phone",
            "mobile phone",
            "celular",
            "movil",
            "telefono contacto",
            "telefone contato",
            "telefono movil",
            "手机",
            "手机号",
            "联系人电话",
        ),
    ),
    FieldSpec(
        "contact.whatsapp",
        translate("ImportFields", "WhatsApp"),
        "phone",
        synonyms=("whatsapp", "whats app", "wpp", "wsp", "zap"),
    ),
    FieldSpec(
        "contact.wechat",
        translate("ImportFields", "WeChat"),
        "text",
        synonyms=("wechat", "we chat", "weixin", "微信", "微信号"),
    ),
    FieldSpec(
        "contact.language",
        translate("ImportFields", "Contact language"),
        "language",
        synonyms=("language", "idioma", "lengua", "lingua", "语言"),
    ),
    FieldSpec(
        "supplier.certifications",
        translate("ImportFields", "Certifications"),
        "list",
        max_length=80,
        synonyms=(
            "certifications",
            "certification",
            "certificates",
            "certs",
            "certificaciones",
            "certificacion",
            "certificados",
            "certificacoes",
            "certificacao",
            "globalg.a.p.",
            "globalgap",
            "global gap",
            "认证",
            "证书",
            "资质认证",
        ),
    ),
    # A supplier sheet's price becomes the supplier's indicative offer on a deal for the
    # row's product (app.importing.supplier_offers); the keys are the price list's.
    FieldSpec(
        "offer.price",
        translate("ImportFields", "Offer price"),
        "money",
        synonyms=(
            "price",
            "fob price",
            "price fob",
            "unit price",
            "indicative price",
            "precio",
            "precio fob",
            "precio unitario",
            "precio referencia",
            "preco",
            "preco fob",
            "preco unitario",
            "价格",
            "单价",
            "报价",
            "离岸价",
        ),
    ),
    FieldSpec(
        "offer.currency",
        translate("ImportFields", "Offer currency"),
        "currency",
        synonyms=("currency", "moneda", "divisa", "moeda", "币种", "货币"),
    ),
    FieldSpec(
        "offer.unit",
        translate("ImportFields", "Offer unit"),
        "unit",
        enum=Unit,
        vocabulary=UNIT_SYNONYMS,
        synonyms=("unit", "uom", "unidad", "unidad medida", "unidade", "单位"),
    ),
    FieldSpec(
        "offer.incoterm",
        translate("ImportFields", "Offer Incoterm"),
        "incoterm",
        enum=Incoterm,
        synonyms=("incoterm", "incoterms", "condicion venta", "condicao venda", "贸易条款"),
    ),
    FieldSpec(
        "offer.place",
        translate("ImportFields", "Offer place"),
        "text",
        max_length=120,
        synonyms=(
            "port",
            "port of loading",
            "puerto",
            "puerto embarque",
            "porto",
            "porto embarque",
            "港口",
            "装运港",
        ),
    ),
    FieldSpec(
        "offer.date",
        translate("ImportFields", "Price date"),
        "date",
        synonyms=(
            "price date",
            "quote date",
            "fecha precio",
            "fecha cotizacion",
            "data preco",
            "data cotacao",
            "报价日期",
            "价格日期",
        ),
    ),
    FieldSpec(
        "offer.valid_until",
        translate("ImportFields", "Price valid until"),
        "date",
        synonyms=("valid until", "validity", "validez", "vigencia", "validade", "有效期"),
    ),
    FieldSpec(
        "offer.volume",
        translate("ImportFields", "Volume"),
        "quantity",
        synonyms=(
            "volume",
            "annual volume",
            "volume per year",
            "capacity",
            "volumen",
            "volumen anual",
            "capacidad",
            "volume anual",
            "capacidade",
            "年产量",
            "产量",
            "供货量",
        ),
    ),
    *CERTIFICATE_FIELDS,
)

PRICE_LIST_FIELDS = (
    FieldSpec(
        "offer.supplier",
        translate("ImportFields", "Supplier"),
        "text",
        max_length=200,
        synonyms=(
            "supplier",
            "supplier name",
            "vendor",
            "company",
            "proveedor",
            "nombre proveedor",
            "empresa",
            "exportador",
            "fornecedor",
            "供应商",
        ),
    ),
    FieldSpec(
        "offer.product",
        translate("ImportFields", "Product"),
        "text",
        max_length=200,
        required=True,
        synonyms=(
            "product",
            "product name",
            "item",
            "variety",
            "description",
            "producto",
            "variedad",
            "descripcion",
            "fruta",
            "produto",
            "variedade",
            "descricao",
            "产品",
            "产品名称",
            "品名",
            "品种",
        ),
    ),
    FieldSpec(
        "offer.grade",
        translate("ImportFields", "Grade"),
        "text",
        max_length=80,
        synonyms=(
            "grade",
            "size",
            "quality",
            "caliber",
            "calibre",
            "calidad",
            "grado",
            "tamano",
            "categoria",
            "qualidade",
            "tamanho",
            "规格",
            "等级",
        ),
    ),
    FieldSpec(
        "offer.price",
        translate("ImportFields", "Price"),
        "money",
        required=True,
        synonyms=(
            "price",
            "unit price",
            "precio",
            "precio unitario",
            "preco",
            "preco unitario",
            "valor",
            "单价",
            "价格",
        ),
    ),
    FieldSpec(
        "offer.currency",
        translate("ImportFields", "Currency"),
        "currency",
        synonyms=("currency", "moneda", "divisa", "moeda", "币种", "货币"),
    ),
    FieldSpec(
        "offer.unit",
        translate("ImportFields", "Unit"),
        "unit",
        enum=Unit,
        vocabulary=UNIT_SYNONYMS,
        synonyms=("unit", "uom", "unidad", "unidad medida", "um", "unidade", "单位"),
    ),
    FieldSpec(
        "offer.incoterm",
        translate("ImportFields", "Incoterm"),
        "incoterm",
        enum=Incoterm,
        synonyms=(
            "incoterm",
            "incoterms",
            "terms",
            "condicion",
            "condicion venta",
            "termino",
            "condicao",
            "贸易条款",
            "价格条款",
        ),
    ),
    FieldSpec(
        "offer.place",
        translate("ImportFields", "Place"),
        "text",
        max_length=120,
        synonyms=(
            "port",
            "place",
            "named place",
            "port of loading",
            "puerto",
            "puerto embarque",
            "lugar",
            "porto",
            "porto embarque",
            "港口",
            "装运港",
        ),
    ),
    FieldSpec(
        "offer.valid_until",
        translate("ImportFields", "Valid until"),
        "date",
        synonyms=(
            "valid until",
            "validity",
            "expiry",
            "validez",
            "valido hasta",
            "vigencia",
            "validade",
            "valido ate",
            "有效期",
        ),
    ),
    FieldSpec(
        "offer.volume",
        translate("ImportFields", "Volume"),
        "decimal",
        synonyms=(
            "volume",
            "quantity",
            "qty",
            "volumen",
            "cantidad",
            "quantidade",
            "数量",
        ),
    ),
    FieldSpec(
        "offer.date",
        translate("ImportFields", "Date"),
        "date",
        synonyms=("date", "offer date", "fecha", "fecha oferta", "data", "日期"),
    ),
    FieldSpec(
        "offer.notes",
        translate("ImportFields", "Notes"),
        "multiline",
        synonyms=(
            "notes",
            "comments",
            "remarks",
            "notas",
            "observaciones",
            "comentarios",
            "observacoes",
            "备注",
        ),
    ),
)


CERTIFICATIONS_KEY = "supplier.certifications"


def has_extras(values: Mapping[str, object]) -> bool:
    """Whether a supplier sheet's row carries certifications or an offer to record besides
    its supplier and contact (app.importing.supplier_extras)."""
    return CERTIFICATIONS_KEY in values or "offer.product" in values
