"""The words of an export in English, Spanish or Simplified Chinese, chosen per export.

Labels are looked up by key (`Labels.text("terms")`); the closed vocabularies (stage,
status, document kinds...) by member (`Labels.word(NegotiationStage.AGREED)`). Numbers,
money and dates are written the way the language writes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final, Literal

from app.rules.parsing import rounded
from app.rules.vocabulary import label as english_label
from models.enums import (
    Certification,
    DocumentKind,
    NegotiationStage,
    OfferSide,
    ShipmentMode,
    ShipmentStatus,
    SupplierKind,
    SupplierStatus,
    Unit,
)

Language = Literal["en", "es", "zh"]
LANGUAGES: Final[tuple[Language, ...]] = ("en", "es", "zh")

# key: (English, Spanish, Chinese)
_TEXT: Final[dict[str, tuple[str, str, str]]] = {
    "deal_sheet": ("Deal sheet", "Ficha de negociación", "交易概要"),
    "date": ("Date", "Fecha", "日期"),
    "prepared_by": ("Prepared by", "Preparado por", "编制人"),
    "confidential": ("Confidential", "Confidencial", "机密"),
    "page_of": (
        "Page {page} of {pages}",
        "Página {page} de {pages}",
        "第 {page} 页，共 {pages} 页",
    ),
    "summary": ("Summary", "Resumen", "概要"),
    "supplier": ("Supplier", "Proveedor", "供应商"),
    "legal_name": ("Legal name", "Razón social", "法定名称"),
    "country": ("Country", "País", "国家"),
    "region": ("Region", "Región", "地区"),
    "city": ("City", "Ciudad", "城市"),
    "tax_id": ("Tax id", "Identificación fiscal", "税号"),
    "status": ("Status", "Estado", "状态"),
    "kind": ("Type", "Tipo", "类型"),
    "website": ("Website", "Sitio web", "网站"),
    "certifications": ("Certifications", "Certificaciones", "认证"),
    "valid_until": ("Valid until", "Válido hasta", "有效期至"),
    "contacts": ("Main contacts", "Contactos principales", "主要联系人"),
    "contacts_sheet": ("Contacts", "Contactos", "联系人"),
    "name": ("Name", "Nombre", "姓名"),
    "role": ("Role", "Cargo", "职位"),
    "email": ("Email", "Correo", "电子邮件"),
    "phone": ("Phone", "Teléfono", "电话"),
    "whatsapp": ("WhatsApp", "WhatsApp", "WhatsApp"),
    "wechat": ("WeChat", "WeChat", "微信"),
    "language": ("Language", "Idioma", "语言"),
    "main_contact": ("Main contact", "Contacto principal", "主要联系人"),
    "yes": ("Yes", "Sí", "是"),
    "no_contacts": ("No contacts recorded.", "Sin contactos registrados.", "暂无联系人。"),
    "terms": ("Terms", "Condiciones", "条款"),
    "negotiation": ("Negotiation", "Negociación", "谈判"),
    "product": ("Product", "Producto", "产品"),
    "grade": ("Grade / size", "Calidad / calibre", "等级 / 规格"),
    "target_volume": ("Target volume", "Volumen objetivo", "目标数量"),
    "target_price": ("Target price", "Precio objetivo", "目标价格"),
    "incoterm": ("Incoterm 2020", "Incoterm 2020", "贸易术语 2020"),
    "origin_port": ("Port of loading", "Puerto de carga", "装货港"),
    "destination_port": ("Port of discharge", "Puerto de descarga", "卸货港"),
    "payment_terms": ("Payment terms", "Condiciones de pago", "付款条件"),
    "delivery_window": ("Delivery window", "Ventana de entrega", "交货期"),
    "stage": ("Stage", "Etapa", "阶段"),
    "owner": ("Owner", "Responsable", "负责人"),
    "expected_close": ("Expected close", "Cierre previsto", "预计成交"),
    "offers": ("Offer history", "Historial de ofertas", "报价历史"),
    "offers_sheet": ("Offers", "Ofertas", "报价"),
    "round": ("Round", "Ronda", "轮次"),
    "side": ("Side", "Parte", "报价方"),
    "price": ("Price", "Precio", "价格"),
    "currency": ("Currency", "Moneda", "币种"),
    "per": ("Per", "Por", "单位"),
    "change": ("Change", "Cambio", "变动"),
    "change_percent": ("Change %", "Cambio %", "变动 %"),
    "volume": ("Volume", "Volumen", "数量"),
    "volume_unit": ("Volume unit", "Unidad", "数量单位"),
    "place": ("Named place", "Lugar convenido", "指定地点"),
    "notes": ("Notes", "Notas", "备注"),
    "supplier_price": ("Supplier price", "Precio del proveedor", "供应商报价"),
    "our_price": ("Our price", "Nuestro precio", "我方报价"),
    "supplier_latest": ("Supplier's latest", "Última del proveedor", "供应商最新报价"),
    "our_latest": ("Our latest", "Nuestra última", "我方最新报价"),
    "gap": ("Current gap", "Diferencia actual", "当前差价"),
    "gap_landed": (
        "Gap on landed cost",
        "Diferencia en costo puesto en destino",
        "到岸成本差价",
    ),
    "gap_value": (
        "{amount} ({percent}\u00a0% of the supplier's price)",
        "{amount} ({percent}\u00a0% del precio del proveedor)",
        "{amount}（占供应商报价的 {percent}\u00a0%）",
    ),
    "gap_none_supplier": (
        "No offer from the supplier yet",
        "Aún no hay oferta del proveedor",
        "供应商尚未报价",
    ),
    "gap_none_buyer": ("No offer from us yet", "Aún no hay oferta nuestra", "我方尚未报价"),
    "gap_not_comparable": (
        "Not comparable: the latest offers differ in currency or unit",
        "No comparable: las últimas ofertas difieren en moneda o unidad",
        "无法比较：最新报价的币种或单位不同",
    ),
    "no_offers": ("No offers yet.", "Aún no hay ofertas.", "暂无报价。"),
    "price_chart": ("Price over time", "Evolución del precio", "价格走势"),
    "shipments": ("Shipments", "Embarques", "货运"),
    "reference": ("Reference", "Referencia", "编号"),
    "mode": ("Mode", "Modo", "方式"),
    "container": ("Container / AWB", "Contenedor / AWB", "集装箱 / 空运单"),
    "vessel": ("Vessel / flight", "Buque / vuelo", "船名 / 航班"),
    "etd": ("ETD", "ETD", "预计离港"),
    "eta": ("ETA", "ETA", "预计到港"),
    "atd": ("Actual departure", "Salida real", "实际离港"),
    "ata": ("Actual arrival", "Llegada real", "实际到港"),
    "actual": ("actual", "real", "实际"),
    "missing_documents": ("Missing documents", "Documentos faltantes", "缺少的单证"),
    "documents_complete": ("None missing", "Completos", "齐全"),
    "no_shipments": ("No shipments yet.", "Aún no hay embarques.", "暂无货运。"),
    "follow_ups": ("Open follow-ups", "Seguimientos pendientes", "待办跟进"),
    "due": ("Due", "Vence", "截止日期"),
    "subject": ("Subject", "Asunto", "主题"),
    "assignee": ("Assigned to", "Asignado a", "负责人"),
    "about": ("About", "Sobre", "关于"),
    "overdue": ("overdue", "vencido", "已逾期"),
    "no_follow_ups": ("No open follow-ups.", "Sin seguimientos pendientes.", "暂无待办跟进。"),
    "latest_notes": ("Latest notes", "Últimas notas", "最新备注"),
    "no_notes": ("No notes yet.", "Aún no hay notas.", "暂无备注。"),
    "this_deal": ("this deal", "esta negociación", "本交易"),
    "default_company": ("Supplier Desk", "Supplier Desk", "Supplier Desk"),
    # the internal sheet, marked so that nobody sends it to the supplier by mistake
    "internal": ("Internal", "Uso interno", "内部"),
    "internal_use_only": ("Internal use only", "Solo para uso interno", "仅限内部使用"),
    "internal_warning": (
        "Internal – do not send to the supplier",
        "Uso interno – no enviar al proveedor",
        "内部资料 – 请勿发给供应商",
    ),
    "agreed_price": ("Agreed price", "Precio acordado", "成交价"),
    "agreed_value": (
        "{price} (round {round}, {date})",
        "{price} (ronda {round}, {date})",
        "{price}（第 {round} 轮，{date}）",
    ),
    "landed_cost": ("Landed cost in China", "Costo puesto en China", "中国到岸成本"),
    "landed_per_kg": ("Landed per kg", "Costo puesto por kg", "每公斤到岸成本"),
    "landed_per_kg_in": (
        "Landed / kg ({currency})",
        "Puesto / kg ({currency})",
        "到岸成本 / 公斤（{currency}）",
    ),
    "landed_unit": ("{currency} per kg", "{currency} por kg", "{currency} / 公斤"),
    "price_landed": ("Price / landed", "Precio / puesto", "价格 / 到岸成本"),
    "landed_short_missing": ("inputs missing", "faltan datos", "缺少数据"),
    "landed_round": ("round {round}", "ronda {round}", "第 {round} 轮"),
    "landed_missing": (
        "Missing to compute it",
        "Falta para calcularlo",
        "缺少以下数据，无法计算",
    ),
    "landed_none": (
        "No offers to cost yet.",
        "Aún no hay ofertas para costear.",
        "暂无可计算的报价。",
    ),
    "landed_note": (
        "Per kg in {currency}, each offer at its own date (exchange rates, freight and "
        "tariffs as recorded then). Check duty and VAT against the current tariff.",
        "Por kg en {currency}, cada oferta a su fecha (tipos de cambio, flete y aranceles "
        "registrados entonces). Verifique arancel e IVA con el arancel vigente.",
        "按每公斤 {currency} 计，各报价按其报价日期计算（当日记录的汇率、运费和税率）。"
        "关税和增值税请以现行税则为准。",
    ),
    "item": ("Item", "Concepto", "项目"),
    "line_price": ("Price {term}", "Precio {term}", "{term} 价格"),
    "line_price_offered": ("Price as offered", "Precio ofertado", "报价价格"),
    "line_freight": ("Main freight", "Flete principal", "主运费"),
    "line_insurance": ("Insurance", "Seguro", "保险费"),
    "line_cif": ("CIF (customs value)", "CIF (valor en aduana)", "CIF（完税价格）"),
    "line_duty": ("Duty", "Arancel", "关税"),
    "line_vat": ("VAT", "IVA", "增值税"),
    "line_pickup": ("Pickup", "Retiro en origen", "提货费"),
    "line_export_clearance": ("Export clearance", "Despacho de exportación", "出口报关费"),
    "line_inland_transport": ("Inland transport", "Transporte interno", "内陆运输费"),
    "line_terminal_handling": ("Terminal handling", "Manipulación en terminal", "码头操作费"),
    "line_loading": ("Loading", "Carga a bordo", "装船费"),
    "line_unloading": ("Unloading", "Descarga", "卸货费"),
    "line_port": ("Port charges", "Gastos portuarios", "港杂费"),
    "line_import_clearance": ("Import clearance", "Despacho de importación", "进口清关费"),
    "line_inspection": ("Inspection", "Inspección", "查验费"),
    "line_cold_store": ("Cold store", "Almacén frigorífico", "冷库费"),
    "line_delivery": ("Delivery", "Entrega", "送货费"),
}

_TARIFF_SCHEMES: Final[dict[str, tuple[str, str, str]]] = {
    "MFN": ("MFN", "NMF", "最惠国"),
    "FTA": ("FTA", "TLC", "协定"),
    "provisional": ("provisional", "provisional", "暂定"),
}
"""The tariff schemes as a duty line names them (app.queries.landed_costs)."""

_INDEX: Final[dict[Language, int]] = {"en": 0, "es": 1, "zh": 2}

# Spanish and Chinese words of the closed vocabularies; English comes from app.rules.vocabulary.
_WORDS: Final[dict[StrEnum, tuple[str, str]]] = {
    NegotiationStage.LEAD: ("Prospecto", "潜在"),
    NegotiationStage.SAMPLING: ("Muestras", "送样"),
    NegotiationStage.NEGOTIATING: ("En negociación", "谈判中"),
    NegotiationStage.AGREED: ("Acordado", "已达成"),
    NegotiationStage.CONTRACTED: ("Contratado", "已签约"),
    NegotiationStage.CLOSED_LOST: ("Perdido", "已流失"),
    NegotiationStage.COMPLETED: ("Completado", "已完成"),
    SupplierStatus.PROSPECT: ("Prospecto", "潜在"),
    SupplierStatus.QUALIFIED: ("Calificado", "已认证"),
    SupplierStatus.ACTIVE: ("Activo", "活跃"),
    SupplierStatus.ON_HOLD: ("En espera", "暂停"),
    SupplierStatus.BLOCKED: ("Bloqueado", "已屏蔽"),
    SupplierKind.GROWER: ("Productor", "种植者"),
    SupplierKind.PACKER: ("Empacadora", "包装厂"),
    SupplierKind.EXPORTER: ("Exportadora", "出口商"),
    SupplierKind.FISHERY: ("Pesquera", "渔业公司"),
    SupplierKind.PROCESSOR: ("Procesadora", "加工商"),
    SupplierKind.TRADER: ("Comercializadora", "贸易商"),
    OfferSide.SUPPLIER: ("Proveedor", "供应商"),
    OfferSide.BUYER: ("Nosotros", "我方"),
    ShipmentMode.SEA: ("Marítimo", "海运"),
    ShipmentMode.AIR: ("Aéreo", "空运"),
    ShipmentStatus.PLANNED: ("Planificado", "计划中"),
    ShipmentStatus.BOOKED: ("Reservado", "已订舱"),
    ShipmentStatus.IN_TRANSIT: ("En tránsito", "运输中"),
    ShipmentStatus.AT_CUSTOMS: ("En aduana", "清关中"),
    ShipmentStatus.DELIVERED: ("Entregado", "已交付"),
    ShipmentStatus.INCIDENT: ("Incidente", "异常"),
    DocumentKind.PHYTOSANITARY: ("Certificado fitosanitario", "植物检疫证书"),
    DocumentKind.CERTIFICATE_OF_ORIGIN: ("Certificado de origen", "原产地证书"),
    DocumentKind.HEALTH_CERTIFICATE: ("Certificado sanitario", "卫生证书"),
    DocumentKind.PACKING_LIST: ("Lista de empaque", "装箱单"),
    DocumentKind.INVOICE: ("Factura", "发票"),
    DocumentKind.BILL_OF_LADING: ("Conocimiento de embarque", "提单"),
    Certification.ORGANIC_USDA: ("Orgánico (USDA)", "有机 (USDA)"),
    Certification.ORGANIC_EU: ("Orgánico (UE)", "有机 (欧盟)"),
    Certification.ORGANIC_CHINA: ("Orgánico (China)", "有机 (中国)"),
    Certification.GACC: ("Registro GACC", "海关总署注册"),
    Unit.BOX: ("caja", "箱"),
    Unit.CARTON: ("cartón", "纸箱"),
    Unit.CONTAINER: ("contenedor", "集装箱"),
    Unit.T: ("t", "吨"),
}

_UNIT_PLURALS: Final[dict[Unit, tuple[str, str]]] = {
    Unit.BOX: ("boxes", "cajas"),
    Unit.CARTON: ("cartons", "cartones"),
    Unit.CONTAINER: ("containers", "contenedores"),
}
"""English and Spanish plural unit words; symbols (kg, t, lb) and Chinese do not change."""

_ENGLISH_WORDS: Final[dict[StrEnum, str]] = {
    OfferSide.SUPPLIER: "Supplier",
    OfferSide.BUYER: "Us",
    ShipmentMode.SEA: "Sea",
    ShipmentMode.AIR: "Air",
    DocumentKind.PHYTOSANITARY: "Phytosanitary certificate",
    DocumentKind.CERTIFICATE_OF_ORIGIN: "Certificate of origin",
    DocumentKind.HEALTH_CERTIFICATE: "Health certificate",
    DocumentKind.BILL_OF_LADING: "Bill of lading",
}

_MONTHS: Final[dict[Language, tuple[str, ...]]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "zh": tuple(f"{m}月" for m in range(1, 13)),
}


def parse_language(value: str | None) -> Language:
    """'es', 'ES', 'zh-CN', None ('en')... one of LANGUAGES, or ValueError."""
    code = (value or "en").strip().lower().replace("_", "-").split("-")[0]
    for language in LANGUAGES:
        if code == language:
            return language
    raise ValueError(f"{value!r} is not an export language (choose en, es or zh)")


@dataclass(frozen=True)
class Labels:
    language: Language = "en"

    def text(self, key: str, **values: object) -> str:
        words = _TEXT[key][_INDEX[self.language]]
        return words.format(**values) if values else words

    def landed_line(self, item: str, label: str, incoterm: str | None) -> str:
        """A landed-cost line's label in this language: by its item key ('freight',
        'duty', a charge kind...), keeping the rate a duty or VAT line names
        ('Duty (provisional 7%)' -> 'Arancel (provisional 7%)', '关税 (暂定 7%)'); a
        line this module does not know keeps the engine's English label."""
        key = f"line_{item}"
        if key not in _TEXT:
            return label
        if item == "price":
            return self.text(key, term=incoterm or "").strip()
        words = self.text(key)
        if item in ("duty", "vat"):
            english = _TEXT[key][0]
            detail = label.removeprefix(english).strip()
            for scheme, names in _TARIFF_SCHEMES.items():
                detail = detail.replace(scheme, names[_INDEX[self.language]])
            return f"{words} {detail}" if detail else words
        return words

    def word(self, member: StrEnum | None) -> str:
        if member is None:
            return ""
        if self.language == "en":
            return _ENGLISH_WORDS.get(member) or english_label(member)
        translated = _WORDS.get(member)
        if translated is None:
            return english_label(member)
        return translated[0] if self.language == "es" else translated[1]

    def number(self, value: Decimal, places: int = 2) -> str:
        """1234.5 -> '1,234.50' (en, zh) or '1.234,50' (es); rounded half up."""
        quantum = Decimal(1).scaleb(-places)
        text = f"{rounded(value, quantum):,.{places}f}"
        if self.language == "es":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def quantity(self, value: Decimal) -> str:
        """A volume: no decimals when it is whole."""
        places = 0 if value == value.to_integral_value() else 2
        return self.number(value, places)

    def money(self, amount: Decimal, currency: str, unit: Unit | str | None = None) -> str:
        """'CNY 410.00 / box'."""
        text = f"{currency} {self.number(amount)}"
        if unit is None:
            return text
        return f"{text} / {self.unit(unit)}"

    def amount(self, value: Decimal, unit: Unit | str | None) -> str:
        """A quantity with its unit word, plural when it is not one: '9,600 boxes',
        '1 contenedor', '4 contenedores', '12 t', '10 集装箱'."""
        number = self.quantity(value)
        if unit is None:
            return number
        return f"{number} {self.unit(unit, count=value)}"

    def unit(self, unit: Unit | str, *, count: Decimal | None = None) -> str:
        """The unit's word ('box', per one: '/ box'); given a `count` other than one, its
        plural ('boxes') where the language has one."""
        try:
            member = Unit(unit)
        except ValueError:
            return str(unit)
        plurals = _UNIT_PLURALS.get(member)
        if count is not None and count != 1 and plurals is not None and self.language != "zh":
            return plurals[_INDEX[self.language]]
        return self.word(member)

    def signed(self, amount: Decimal) -> str:
        sign = "+" if amount > 0 else "−" if amount < 0 else "±"
        return sign + self.number(abs(amount))

    def percent(self, value: Decimal) -> str:
        sign = "+" if value > 0 else "−" if value < 0 else "±"
        return f"{sign}{self.number(abs(value), 1)}\u00a0%"

    def date(self, when: dt.date | None) -> str:
        if when is None:
            return ""
        month = _MONTHS[self.language][when.month - 1]
        if self.language == "zh":
            return when.isoformat()
        return f"{when.day}\u00a0{month}\u00a0{when.year}"

    def short_date(self, when: dt.date) -> str:
        """For chart axes: '12 Mar' / '3月12日'."""
        month = _MONTHS[self.language][when.month - 1]
        if self.language == "zh":
            return f"{month}{when.day}日"
        return f"{when.day} {month}"
