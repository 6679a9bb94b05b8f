"""Column mapping suggested from headers in four languages, and mappings saved per layout."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.importing.fields import NOTE, PRICE_LIST, SUPPLIERS, header_key
from app.importing.mapping import (
    ColumnChoice,
    layout_signature,
    load_saved_mapping,
    missing_required,
    save_mapping,
    suggest_mapping,
)
from app.importing.source import CellValue
from models import ImportMapping
from models.audit import server_login


def mapped(
    headers: Sequence[str], target: str = SUPPLIERS, sample: Sequence[Sequence[CellValue]] = ()
) -> dict[str, str | None]:
    return {c.header: c.field for c in suggest_mapping(headers, target, sample)}


def confidence(headers: Sequence[str], header: str, target: str = SUPPLIERS) -> float:
    return next(c.confidence for c in suggest_mapping(headers, target) if c.header == header)


# --- fields ------------------------------------------------------------------------------


def test_header_key() -> None:
    assert header_key("Nombre del Proveedor:") == "nombre proveedor"
    assert header_key("  TEL./FAX ") == "tel fax"
    assert header_key("Razão Social") == "razao social"
    assert header_key("Email (2)") == "email"
    assert header_key("联系人：") == "联系人"


# --- suggestions -------------------------------------------------------------------------


def test_spanish_headers() -> None:
    headers = [
        "Razón Social",
        "Nombre Comercial",
        "RFC:",
        "PAÍS",
        "Estado",
        "Ciudad",
        "Dirección",
        "Tel./Fax",
        "E-mail",
        "Sitio Web",
        "Tipo",
        "Estatus",
        "Productos",
        "Observaciones",
    ]
    assert mapped(headers) == {
        "Razón Social": "supplier.legal_name",
        "Nombre Comercial": "supplier.name",
        "RFC:": "supplier.tax_id",
        "PAÍS": "supplier.country",
        "Estado": "supplier.region",
        "Ciudad": "supplier.city",
        "Dirección": "supplier.address",
        "Tel./Fax": "supplier.phone",
        "E-mail": "supplier.email",
        "Sitio Web": "supplier.website",
        "Tipo": "supplier.kind",
        "Estatus": "supplier.status",
        "Productos": "supplier.products",
        "Observaciones": "supplier.notes",
    }
    assert all(c.confidence == 1.0 for c in suggest_mapping(headers, SUPPLIERS))


def test_portuguese_headers() -> None:
    headers = [
        "Fornecedor",
        "Razão Social",
        "CNPJ",
        "UF",
        "Cidade",
        "Endereço",
        "Telefone",
        "Contato",
        "Email contato",
        "Observações",
    ]
    assert mapped(headers) == {
        "Fornecedor": "supplier.name",
        "Razão Social": "supplier.legal_name",
        "CNPJ": "supplier.tax_id",
        "UF": "supplier.region",
        "Cidade": "supplier.city",
        "Endereço": "supplier.address",
        "Telefone": "supplier.phone",
        "Contato": "contact.name",
        "Email contato": "contact.email",
        "Observações": "supplier.notes",
    }


def test_english_headers() -> None:
    headers = ["Company", "Country", "State", "City", "VAT", "Website", "Contact", "Role"]
    headers += ["Mobile", "WhatsApp", "WeChat", "Language", "Remarks"]
    assert mapped(headers) == {
        "Company": "supplier.name",
        "Country": "supplier.country",
        "State": "supplier.region",
        "City": "supplier.city",
        "VAT": "supplier.tax_id",
        "Website": "supplier.website",
        "Contact": "contact.name",
        "Role": "contact.role",
        "Mobile": "contact.phone",
        "WhatsApp": "contact.whatsapp",
        "WeChat": "contact.wechat",
        "Language": "contact.language",
        "Remarks": "supplier.notes",
    }


def test_chinese_headers() -> None:
    headers = ["供应商名称", "公司全称", "国家", "省", "城市", "地址", "税号", "网站", "电话"]
    headers += ["联系人", "职位", "联系人手机", "微信", "语言", "备注", "产品"]
    assert mapped(headers) == {
        "供应商名称": "supplier.name",
        "公司全称": "supplier.legal_name",
        "国家": "supplier.country",
        "省": "supplier.region",
        "城市": "supplier.city",
        "地址": "supplier.address",
        "税号": "supplier.tax_id",
        "网站": "supplier.website",
        "电话": "supplier.phone",
        "联系人": "contact.name",
        "职位": "contact.role",
        "联系人手机": "contact.phone",
        "微信": "contact.wechat",
        "语言": "contact.language",
        "备注": "supplier.notes",
        "产品": "supplier.products",
    }
    # A synonym at the end of a longer Chinese header: found, with less confidence.
    assert 0.8 <= confidence(headers, "联系人手机") < 1.0


def test_price_list_headers_es_and_en() -> None:
    spanish = ["Producto", "Calibre", "Precio (USD/kg)", "Moneda", "UM", "Incoterm"]
    spanish += ["Puerto de embarque", "Válido hasta", "Volumen", "Fecha", "Proveedor"]
    assert mapped(spanish, PRICE_LIST) == {
        "Producto": "offer.product",
        "Calibre": "offer.grade",
        "Precio (USD/kg)": "offer.price",
        "Moneda": "offer.currency",
        "UM": "offer.unit",
        "Incoterm": "offer.incoterm",
        "Puerto de embarque": "offer.place",
        "Válido hasta": "offer.valid_until",
        "Volumen": "offer.volume",
        "Fecha": "offer.date",
        "Proveedor": "offer.supplier",
    }
    assert 0.6 <= confidence(spanish, "Precio (USD/kg)", PRICE_LIST) < 1.0
    english = ["Variety", "Size", "Unit price", "Currency", "Qty", "Terms", "Port", "Validity"]
    assert set(mapped(english, PRICE_LIST).values()) == {
        "offer.product",
        "offer.grade",
        "offer.price",
        "offer.currency",
        "offer.volume",
        "offer.incoterm",
        "offer.place",
        "offer.valid_until",
    }
    assert mapped(["Preço", "Produto", "币种", "单价"], PRICE_LIST) == {
        "Preço": "offer.price",
        "Produto": "offer.product",
        "币种": "offer.currency",
        "单价": None,  # the price is taken already by the column on the left
    }


def test_fuzzy_headers() -> None:
    headers = ["Razon Social Proveedor", "RFC Proveedor", "Pais de origen", "Direcion", "Telef."]
    choices = {c.header: c for c in suggest_mapping(headers, SUPPLIERS)}
    # No other name column: the legal name is the name (a supplier needs one).
    assert choices["Razon Social Proveedor"].field == "supplier.name"
    assert choices["RFC Proveedor"].field == "supplier.tax_id"
    assert choices["Pais de origen"].field == "supplier.country"
    assert choices["Direcion"].field == "supplier.address"
    assert choices["Telef."].field == "supplier.phone"
    for header in ("Razon Social Proveedor", "RFC Proveedor", "Direcion", "Telef."):
        assert 0.6 <= choices[header].confidence < 1.0, header
    assert choices["Pais de origen"].confidence == 1.0

    assert mapped(["Nombre del Proveedor", "Razon Social Proveedor", "País"]) == {
        "Nombre del Proveedor": "supplier.name",
        "Razon Social Proveedor": "supplier.legal_name",
        "País": "supplier.country",
    }


def test_each_field_at_most_once_best_then_leftmost() -> None:
    headers = ["Proveedor", "Empresa", "Nombre", "País", "Pais", "Paiss"]
    choices = suggest_mapping(headers, SUPPLIERS)
    used = Counter(c.field for c in choices if c.field)
    assert all(n == 1 for n in used.values())
    assert mapped(headers) == {
        "Proveedor": "supplier.name",
        "Empresa": None,
        "Nombre": "contact.name",  # beside columns naming the company: the person's name
        "País": "supplier.country",
        "Pais": None,
        "Paiss": None,
    }
    # An exact synonym further right beats a fuzzy one on the left.
    assert mapped(["Paiss", "País"])["País"] == "supplier.country"
    assert mapped(["Paiss", "País"])["Paiss"] is None


@pytest.mark.parametrize(
    ("headers", "company", "person"),
    [
        (["Nombre", "Razón social", "País"], "Razón social", "Nombre"),
        (["Nome", "Razão social", "País"], "Razão social", "Nome"),
        (["Name", "Company", "Country"], "Company", "Name"),
        (["Nombre", "Empresa", "País"], "Empresa", "Nombre"),
        (["Nombre", "Proveedor", "País"], "Proveedor", "Nombre"),
        (["Name", "公司名称", "国家"], "公司名称", "Name"),
    ],
)
def test_a_bare_name_beside_a_company_column_is_the_contact(
    headers: list[str], company: str, person: str
) -> None:
    choices = mapped(headers)
    assert choices[company] == "supplier.name"
    assert choices[person] == "contact.name"


def test_a_bare_name_is_the_supplier_without_a_company_column_or_when_the_contact_is_named() -> (
    None
):
    assert mapped(["Nombre", "País", "Email"])["Nombre"] == "supplier.name"
    # "Contacto" names the person: the bare name is the company's after all.
    assert mapped(["Razón social", "Nombre", "Contacto", "País"]) == {
        "Razón social": "supplier.legal_name",
        "Nombre": "supplier.name",
        "Contacto": "contact.name",
        "País": "supplier.country",
    }
    # Two bare names and nothing else: the first is the supplier, the second the contact.
    assert mapped(["Nombre", "Nombre (2)", "País"]) == {
        "Nombre": "supplier.name",
        "Nombre (2)": "contact.name",
        "País": "supplier.country",
    }


def test_the_assignment_weighs_columns_against_each_other() -> None:
    from app.importing.mapping import _assign

    # Column 0 fits field 0 best, but column 1 fits only field 0: taking the best pair
    # first would leave column 1 and field 1 unmapped.
    scores = {(0, 0): 0.9, (1, 0): 0.85, (0, 1): 0.85}
    assert _assign(scores, 2, 2) == {1: 0, 0: 1}
    # One exact synonym outweighs two middling guesses.
    assert _assign({(0, 0): 1.0, (1, 0): 0.65, (0, 1): 0.7}, 2, 2) == {0: 0}
    # Equal scores: the earlier field goes to the column further left.
    assert _assign({(0, 0): 1.0, (0, 1): 1.0, (1, 0): 1.0, (1, 1): 1.0}, 2, 2) == {0: 0, 1: 1}


@pytest.mark.parametrize(
    "expected",
    [
        {
            "Empresa › Nombre": "supplier.name",
            "Empresa › País": "supplier.country",
            "Empresa › Teléfono": "supplier.phone",
            "Contacto › Nombre": "contact.name",
            "Contacto › Teléfono": "contact.phone",
            "Contacto › Email": "contact.email",
            "Oferta › Notas": "supplier.notes",
        },
        {
            "Company › Name": "supplier.name",
            "Company › Country": "supplier.country",
            "Contact › Name": "contact.name",
            "Contact › Phone": "contact.phone",
            "Contact › Email": "contact.email",
            "Company › Email": "supplier.email",
        },
        {
            "公司 › 名称": "supplier.name",
            "公司 › 国家": "supplier.country",
            "公司 › 电话": "supplier.phone",
            "联系人 › 姓名": "contact.name",
            "联系人 › 电话": "contact.phone",
        },
        {
            "Contato › Nome": "contact.name",
            "Contato › Telefone": "contact.phone",
            "Fornecedor › Nome": "supplier.name",
            "Fornecedor › País": "supplier.country",
        },
    ],
)
def test_a_column_is_read_with_its_group(expected: dict[str, str]) -> None:
    # The layout names a column under a group row "Contacto › Nombre".
    assert mapped(list(expected)) == expected


def test_unknown_headers_are_left_unmapped() -> None:
    choices = suggest_mapping(["Proveedor", "Hectáreas", "Column C"], SUPPLIERS)
    assert [(c.field, c.confidence) for c in choices[1:]] == [(None, 0.0), (None, 0.0)]


def test_duplicate_email_and_phone_headers() -> None:
    # The layout names repeated headers "Email (2)": no contact name, first is the supplier's.
    assert mapped(["Proveedor", "Email", "Teléfono", "Email (2)", "Teléfono (2)"]) == {
        "Proveedor": "supplier.name",
        "Email": "supplier.email",
        "Teléfono": "supplier.phone",
        "Email (2)": "contact.email",
        "Teléfono (2)": "contact.phone",
    }
    # Next to a contact name column, a plain email/phone is the contact's.
    assert mapped(["Proveedor", "Email", "Contacto", "Cargo", "Email (2)", "Teléfono"]) == {
        "Proveedor": "supplier.name",
        "Email": "supplier.email",
        "Contacto": "contact.name",
        "Cargo": "contact.role",
        "Email (2)": "contact.email",
        "Teléfono": "contact.phone",
    }
    # A phone after a supplier column again belongs to the supplier.
    assert mapped(["Contacto", "Correo", "País", "Teléfono"])["Teléfono"] == "supplier.phone"
    # A "Celular" column takes the contact phone: the plain "Teléfono" goes to the supplier.
    assert mapped(["Contacto", "Teléfono", "Celular"]) == {
        "Contacto": "contact.name",
        "Teléfono": "supplier.phone",
        "Celular": "contact.phone",
    }


def test_sample_values_map_unnamed_columns() -> None:
    headers = ["Proveedor", "Column B", "Column C", "Column D", "Column E"]
    sample: list[list[CellValue]] = [
        ["Frutas del Sur", "ventas@fs.mx", "+52 452 123 4567", "www.fs.mx", "30-71234567-8"],
        ["Andes Berries", "info@ab.cl", "+56 9 8765 4321", "https://ab.cl", "76.123.456-7"],
    ]
    choices = suggest_mapping(headers, SUPPLIERS, sample)
    assert [(c.field, c.confidence) for c in choices] == [
        ("supplier.name", 1.0),
        ("supplier.email", 0.5),
        ("supplier.phone", 0.5),
        ("supplier.website", 0.5),
        (None, 0.0),  # tax ids look like phone numbers, but are not written "+..."
    ]
    # Without the sample the same columns stay unmapped.
    assert [c.field for c in suggest_mapping(headers, SUPPLIERS)][1:] == [None] * 4


def test_sample_values_confirm_a_fuzzy_match() -> None:
    headers = ["Proveedor", "Correo eletronico"]
    plain = confidence(headers, "Correo eletronico")
    sample: list[list[CellValue]] = [["A", "a@a.mx"], ["B", "b@b.mx"]]
    confirmed = next(
        c.confidence for c in suggest_mapping(headers, SUPPLIERS, sample) if c.column == 1
    )
    assert 0.6 <= plain < confirmed < 1.0


def test_missing_required() -> None:
    choices = suggest_mapping(["Proveedor", "Ciudad"], SUPPLIERS)
    assert [s.key for s in missing_required(choices, SUPPLIERS)] == ["supplier.country"]
    choices = suggest_mapping(["Razón social", "País"], SUPPLIERS)
    assert missing_required(choices, SUPPLIERS) == []
    choices = suggest_mapping(["Calibre"], PRICE_LIST)
    assert [s.label for s in missing_required(choices, PRICE_LIST)] == ["Product", "Price"]


# --- signatures and saved mappings -------------------------------------------------------


def test_layout_signature() -> None:
    headers = ["Razón Social", "País", "RFC"]
    signature = layout_signature(headers)
    assert len(signature) == 64
    assert int(signature, 16) >= 0
    assert layout_signature(["RAZON SOCIAL", "pais", "rfc"]) == signature
    assert layout_signature(["País", "Razón Social", "RFC"]) != signature
    assert layout_signature(["Razón Social", "País"]) != signature


def _choices(headers: Sequence[str], fields: Sequence[str | None]) -> list[ColumnChoice]:
    return [
        ColumnChoice(i, h, f, 1.0 if f else 0.0)
        for i, (h, f) in enumerate(zip(headers, fields, strict=True))
    ]


HEADERS = ["Razón Social", "País", "Hectáreas", "Giro", "Column E"]
FIELDS: list[str | None] = ["supplier.name", "supplier.country", NOTE, "supplier.kind", None]


def test_save_and_load_for_the_same_headers(session: Session) -> None:
    options = {"decimal": "comma", "date_order": "dmy", "header_row": 3}
    save_mapping(session, SUPPLIERS, HEADERS, _choices(HEADERS, FIELDS), options)

    saved = load_saved_mapping(session, SUPPLIERS, ["RAZON SOCIAL", "pais", *HEADERS[2:]])
    assert saved is not None
    assert [c.field for c in saved.choices] == FIELDS
    assert [c.confidence for c in saved.choices] == [1.0, 1.0, 1.0, 1.0, 0.0]
    assert saved.choices[0].header == "RAZON SOCIAL"
    assert saved.options == options

    row = session.scalars(select(ImportMapping)).one()
    assert row.signature == layout_signature(HEADERS)
    assert row.headers == HEADERS
    assert row.mapping == {"fields": FIELDS, "options": options}
    assert row.created_by == (server_login(session.connection()) or "tester")


def test_other_order_target_or_headers_find_nothing(session: Session) -> None:
    save_mapping(session, SUPPLIERS, HEADERS, _choices(HEADERS, FIELDS), {})
    assert load_saved_mapping(session, SUPPLIERS, list(reversed(HEADERS))) is None
    assert load_saved_mapping(session, SUPPLIERS, HEADERS[:-1]) is None
    assert load_saved_mapping(session, PRICE_LIST, HEADERS) is None


def test_saving_again_replaces(session: Session) -> None:
    save_mapping(session, SUPPLIERS, HEADERS, _choices(HEADERS, FIELDS), {"decimal": "dot"})
    changed: list[str | None] = ["supplier.legal_name", "supplier.country", None, None, NOTE]
    save_mapping(session, SUPPLIERS, HEADERS, _choices(HEADERS, changed), {"decimal": "comma"})

    count = session.scalar(select(func.count()).select_from(ImportMapping))
    assert count == 1
    saved = load_saved_mapping(session, SUPPLIERS, HEADERS)
    assert saved is not None
    assert [c.field for c in saved.choices] == changed
    assert saved.options == {"decimal": "comma"}


def test_choices_may_leave_columns_out(session: Session) -> None:
    save_mapping(session, SUPPLIERS, HEADERS, [ColumnChoice(1, "País", "supplier.country", 1)], {})
    saved = load_saved_mapping(session, SUPPLIERS, HEADERS)
    assert saved is not None
    assert [c.field for c in saved.choices] == [None, "supplier.country", None, None, None]


def test_a_field_the_target_no_longer_has_comes_back_ignored(session: Session) -> None:
    save_mapping(session, SUPPLIERS, HEADERS, _choices(HEADERS, FIELDS), {})
    row = session.scalars(select(ImportMapping)).one()
    row.mapping = {"fields": ["supplier.name", "supplier.gone", NOTE, NOTE, None], "options": {}}
    session.flush()
    saved = load_saved_mapping(session, SUPPLIERS, HEADERS)
    assert saved is not None
    assert [c.field for c in saved.choices] == ["supplier.name", None, NOTE, NOTE, None]


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ([ColumnChoice(0, "Razón Social", "offer.grade", 1)], "no field 'offer.grade'"),
        (
            [
                ColumnChoice(0, "Razón Social", "supplier.name", 1),
                ColumnChoice(3, "Giro", "supplier.name", 1),
            ],
            "Field 'supplier.name' is mapped twice: columns A and D",
        ),
        ([ColumnChoice(7, "X", "supplier.name", 1)], "Column H is not in the header row"),
    ],
)
def test_save_refuses_a_bad_mapping(
    session: Session, choices: list[ColumnChoice], message: str
) -> None:
    with pytest.raises(ServiceError) as excinfo:
        save_mapping(session, SUPPLIERS, HEADERS, choices, {})
    assert message in str(excinfo.value)
    assert session.scalar(select(func.count()).select_from(ImportMapping)) == 0


def test_save_refuses_options_that_are_not_json(session: Session) -> None:
    with pytest.raises(ServiceError, match="import options cannot be saved"):
        save_mapping(session, SUPPLIERS, HEADERS, [], {"when": object()})
