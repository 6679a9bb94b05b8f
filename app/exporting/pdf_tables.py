"""The deal sheet's data tables: contacts, offer history (with the price chart), the
landed-cost breakdown (internal sheet), shipments and open follow-ups. Each has a
coloured header that repeats on every page it continues on, and light zebra rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus.tables import CellStyle  # type: ignore[import-untyped, unused-ignore]

from app.exporting.deal_sheet import OfferRound, landed_breakdown
from app.exporting.pdf_blocks import Composer, stack, styled_table
from app.exporting.pdf_chart import PriceChart
from app.exporting.pdf_text import DASH, Cell, Span
from app.exporting.pdf_theme import (
    ALERT,
    ALERT_BG,
    BUYER_COLOR,
    MUTED,
    PRIMARY,
    RULE,
    SUPPLIER_COLOR,
    WHITE,
    ZEBRA,
)
from models import OfferSide

GRID_PADDING = 4
"""Left and right padding of a data table's cells."""


def columns(c: Composer, widths: Sequence[float]) -> list[float]:
    """The room for text inside each column of a data table `widths` (fractions) wide."""
    return [w * c.width - 2 * GRID_PADDING for w in widths]


def grid(
    c: Composer,
    header: Sequence[str],
    rows: list[list[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: Sequence[bool] | None = None,
    body: str = "cell",
    rows_styled: dict[int, Sequence[type[CellStyle]]] | None = None,
) -> Table:
    """A data table: a coloured header repeated on every page, light zebra rows. Plain
    text cells are drawn in the `body` style; `right` columns are aligned right."""
    room = columns(c, widths)
    head = [
        c.fit(text, "head_right" if index in right else "head", room[index], plain=True)
        for index, text in enumerate(header)
    ]
    padding = {"left": GRID_PADDING, "right": GRID_PADDING}

    def kinds(style: str) -> list[type[CellStyle]]:
        return [
            c.cell_style(style, align="RIGHT" if index in right else "LEFT", **padding)
            for index in range(len(widths))
        ]

    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    stripes = zebra if zebra is not None else [i % 2 == 1 for i in range(len(rows))]
    for index, striped in enumerate(stripes, start=1):
        if striped:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    styled: dict[int, Sequence[type[CellStyle]]] = {0: kinds("head")}
    for index, kinds_of_row in (rows_styled or {}).items():
        styled[index + 1] = kinds_of_row
    return styled_table(
        [head, *rows],
        [w * c.width for w in widths],
        kinds(body),
        rows_styled=styled,
        commands=[*commands, *extra],
        row_heights=True,
        repeatRows=1,
        hAlign="LEFT",
    )


def contacts(c: Composer) -> list[Flowable]:
    """The supplier's contacts, the main one first."""
    s = c.sheet.supplier
    out = c.block(c.t("contacts"), "sub")
    if not s.contacts:
        return out + c.block(c.t("no_contacts"), "empty")
    widths = (0.29, 0.22, 0.29, 0.20)
    room = columns(c, widths)
    rows: list[list[Cell]] = []
    for contact in s.contacts:
        name = c.fit(Span(contact.name, bold=True), "base", room[0])
        if contact.is_primary:
            name = stack(name, c.fit(c.t("main_contact"), "small", room[0]))
        phones = contact.phone or ""
        if contact.wechat:
            phones += ("\n" if phones else "") + f"{c.t('wechat')}: {contact.wechat}"
        rows.append(
            [
                name,
                c.fit(contact.role, "base", room[1], plain=True),
                c.address(contact.email, "base", room[2]),
                c.fit(phones or None, "base", room[3], plain=True),
            ]
        )
    header = [c.t("name"), c.t("role"), c.t("email"), c.t("phone")]
    return [*out, grid(c, header, rows, widths, body="base")]


def offers(c: Composer) -> list[Flowable]:
    """Every offer round (a note under its offer, never parted from it), the current gap
    and the price chart."""
    sheet, labels = c.sheet, c.labels
    out = c.section("offers")
    if not sheet.offers:
        return out + c.block(c.t("no_offers"), "empty")
    # room for '● Proveedor', 'CNY 418,00 / caja', '−12,00 (−2,8 %)' and '12 containers'
    # on one line, and for 'contenedores' alone (a volume wraps between number and word);
    # a date such as '12 Aug 2026' on one line
    widths = (0.045, 0.13, 0.125, 0.165, 0.15, 0.14, 0.12, 0.125)
    room = columns(c, widths)
    note_room = sum(w * c.width for w in widths[1:]) - 2 * GRID_PADDING
    padding = {"left": GRID_PADDING, "right": GRID_PADDING, "top": 0}
    note_row = [c.cell_style("cell", **padding)] + [c.cell_style("note", **padding)] * 7
    rows: list[list[Cell]] = []
    styled: dict[int, Sequence[type[CellStyle]]] = {}
    extra: list[tuple[Any, ...]] = []
    zebra: list[bool] = []
    for number, offer in enumerate(sheet.offers):
        color = SUPPLIER_COLOR if offer.side is OfferSide.SUPPLIER else BUYER_COLOR
        change = None
        if offer.change is not None:
            change = labels.signed(offer.change)
            if offer.change_percent is not None:
                change += f" ({labels.percent(offer.change_percent)})"
        volume = (
            labels.amount(offer.volume, offer.volume_unit) if offer.volume is not None else None
        )
        incoterm = " ".join(p for p in (offer.incoterm, offer.incoterm_place) if p) or None
        side = [Span("●", color=color), Span(f" {labels.word(offer.side)}")]
        price: Cell = c.fit(
            labels.money(offer.price, offer.currency, offer.price_unit),
            "cell_right",
            room[3],
            plain=True,
        )
        if sheet.internal:  # the landed cost per kg under the price, muted
            price = c.fit(
                [
                    labels.money(offer.price, offer.currency, offer.price_unit),
                    Span(landed_short(c, offer), color=MUTED),
                ],
                "cell_right",
                room[3],
            )
        rows.append(
            [
                c.fit(str(offer.round), "cell", room[0], plain=True),
                c.fit(labels.date(offer.offered_on), "cell", room[1], plain=True),
                c.fit([side], "cell", room[2]),
                price,
                c.fit(change, "cell_right", room[4], plain=True),
                c.fit(volume, "cell_right", room[5], plain=True),
                c.fit(incoterm, "cell", room[6], plain=True),
                c.fit(labels.date(offer.valid_until) or None, "cell", room[7], plain=True),
            ]
        )
        zebra.append(number % 2 == 1)
        if offer.notes:
            rows.append(["", c.fit(offer.notes, "note", note_room, plain=True)])
            row = len(rows)  # the table's row: the header is row 0
            styled[row - 1] = note_row
            extra += [
                ("SPAN", (1, row), (-1, row)),
                ("LINEABOVE", (0, row), (-1, row), 0, WHITE),
                ("NOSPLIT", (0, row - 1), (-1, row)),  # never part an offer from its note
                # the offer's own row carries no line under it: the note belongs to it
                ("LINEBELOW", (0, row - 1), (-1, row - 1), 0, WHITE),
            ]
            zebra.append(number % 2 == 1)
    header = [
        "#",
        c.t("date"),
        c.t("side"),
        c.t("price_landed" if sheet.internal else "price"),
        c.t("change"),
        c.t("volume"),
        c.t("incoterm"),
        c.t("valid_until"),
    ]
    out.append(
        grid(c, header, rows, widths, right=(3, 4, 5), extra=extra, zebra=zebra, rows_styled=styled)
    )
    out.append(Spacer(1, 3 * mm))
    if sheet.agreed is not None:  # agreed, contracted, completed: the price, not a gap
        agreed = sheet.agreed
        text = c.t(
            "agreed_value",
            price=labels.money(agreed.price, agreed.currency, agreed.price_unit),
            round=agreed.round,
            date=labels.date(agreed.offered_on),
        )
        out += c.block([[Span(f"{c.t('agreed_price')}:", bold=True), Span(f" {text}")]])
    elif sheet.internal:
        if sheet.gap is not None:
            gap_text = c.t(
                "gap_value",
                amount=labels.money(sheet.gap.amount, sheet.gap.currency, sheet.gap.price_unit),
                percent=labels.number(sheet.gap.percent, 1),
            )
        else:
            gap_text = c.t(sheet.gap_reason or "gap_not_comparable")
        out += c.block([[Span(f"{c.t('gap')}:", bold=True), Span(f" {gap_text}")]])
    if sheet.prices is not None:
        chart = PriceChart(sheet.prices, labels, c.width)
        out.append(KeepTogether([Spacer(1, 3 * mm), *c.block(c.t("price_chart"), "sub"), chart]))
    return out


def landed_short(c: Composer, offer: OfferRound) -> str:
    """'CNY 49.69/kg' under an offer's price (the column says 'Price / landed'), or
    'inputs missing' (the breakdown names them)."""
    cost = offer.landed
    if cost is None or cost.per_kg is None:
        return c.t("landed_short_missing")
    return f"{cost.currency} {c.labels.number(cost.per_kg)}/kg"


def shipments(c: Composer) -> list[Flowable]:
    """Each shipment: its transport, departure and arrival (actual where known), status
    and the documents still missing, highlighted."""
    sheet, labels = c.sheet, c.labels
    out = c.section("shipments")
    if not sheet.shipments:
        return out + c.block(c.t("no_shipments"), "empty")
    # room for 'SH-BENCH-000' in bold, 'Marítimo', 'CXRU6306288', '15 may 2026' (then
    # '(real)' under it), 'Planificado' and 'Certificate of origin' on one line; the
    # partner's sheet has no missing documents' column
    internal = sheet.internal
    widths: tuple[float, ...] = (0.165, 0.09, 0.15, 0.135, 0.135, 0.105, 0.22)
    if not internal:
        widths = (0.2, 0.11, 0.2, 0.17, 0.17, 0.15)
    room = columns(c, widths)
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []

    def when(value: tuple[date | None, bool], width: float) -> Cell:
        """The actual date where known, marked so, else the estimate."""
        day, actual = value
        if day is None:
            return c.fit(None, "base", width)
        if not actual:
            return c.fit(labels.date(day), "cell", width, plain=True)
        marked = [Span(labels.date(day)), Span(f" ({c.t('actual')})", color=MUTED)]
        return c.fit([marked], "base", width)

    for index, s in enumerate(sheet.shipments, start=1):
        transport = c.fit(s.container_no or s.transport_doc_no, "base", room[2])
        if s.vessel:
            transport = stack(transport, c.fit(s.vessel, "small", room[2]))
        missing: Cell = ""
        if not internal:
            pass
        elif s.missing_documents:
            missing = c.fit(
                [Span(labels.word(d), bold=True, color=ALERT) for d in s.missing_documents],
                "base",
                room[6],
            )
            extra.append(("BACKGROUND", (6, index), (6, index), ALERT_BG))
        else:
            missing = c.fit(c.t("documents_complete"), "small", room[6])
        row = [
            c.fit(s.reference, "bold", room[0]),
            c.fit(labels.word(s.mode), "cell", room[1], plain=True),
            transport,
            when(s.departure, room[3]),
            when(s.arrival, room[4]),
            c.fit(labels.word(s.status), "cell", room[5], plain=True),
        ]
        rows.append([*row, missing] if internal else row)
    header = [
        c.t("reference"),
        c.t("mode"),
        c.t("container"),
        c.t("etd"),
        c.t("eta"),
        c.t("status"),
    ]
    if internal:
        header.append(c.t("missing_documents"))
    out.append(grid(c, header, rows, widths, extra=extra))
    return out


def landed(c: Composer) -> list[Flowable]:
    """The internal sheet's landed-cost breakdown of the latest offers, side by side:
    one row per cost the ladder adds, the landed cost per kg under them, and for an
    offer that cannot be costed, what is missing."""
    sheet, labels = c.sheet, c.labels
    out = c.section("landed_cost")
    offers = sheet.landed_offers
    if not offers:
        return out + c.block(c.t("landed_none"), "empty")
    currency = sheet.landed_currency or ""
    rows_of = landed_breakdown(sheet)
    first = 0.44 if len(offers) == 2 else 0.6
    widths = (first, *[(1 - first) / len(offers)] * len(offers))
    room = columns(c, widths)
    right = tuple(range(1, len(offers) + 1))
    header = [c.t("landed_unit", currency=currency)]
    for key, offer in offers:
        term = offer.incoterm.value if offer.incoterm else ""
        header.append(f"{c.t(key)} · {c.t('landed_round', round=offer.round)} {term}".strip())
    rows: list[list[Cell]] = []
    for line in rows_of:
        rows.append(
            [
                c.fit(line.label, "cell", room[0], plain=True),
                *[
                    c.fit(
                        labels.number(amount, 4) if amount is not None else None,
                        "cell_right",
                        room[i + 1],
                        plain=True,
                    )
                    for i, amount in enumerate(line.amounts)
                ],
            ]
        )
    total: list[Cell] = [c.fit(c.t("landed_per_kg"), "bold", room[0])]
    for i, (_key, offer) in enumerate(offers):
        cost = offer.landed
        shown = labels.number(cost.per_kg) if cost is not None and cost.per_kg is not None else DASH
        total.append(c.fit(Span(shown, bold=True), "cell_right", room[i + 1]))
    rows.append(total)
    extra = [("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, PRIMARY)]
    out.append(grid(c, header, rows, widths, right=right, extra=extra))
    for key, offer in offers:
        missing = offer.landed.missing if offer.landed is not None else ()
        if missing:
            out.append(Spacer(1, 2 * mm))
            title = [Span(f"{c.t('landed_missing')} ({c.t(key)}):", bold=True, color=ALERT)]
            out += c.block([title], "small")
            out += c.block("\n".join(f"• {m}" for m in missing), "small")
    out.append(Spacer(1, 1.5 * mm))
    out += c.block(c.t("landed_note", currency=currency), "small")
    return out


def follow_ups(c: Composer) -> list[Flowable]:
    """Open follow-ups, soonest first; an overdue one in red."""
    sheet, labels = c.sheet, c.labels
    out = c.section("follow_ups")
    if not sheet.follow_ups:
        return out + c.block(c.t("no_follow_ups"), "empty")
    widths = (0.16, 0.46, 0.2, 0.18)
    room = columns(c, widths)
    rows: list[list[Cell]] = []
    for f in sheet.follow_ups:
        due: Cell
        if f.overdue:
            lines = [
                Span(labels.date(f.due_on) or DASH, bold=True, color=ALERT),
                Span(c.t("overdue"), color=ALERT),
            ]
            due = c.fit(lines, "base", room[0])
        else:
            due = c.fit(labels.date(f.due_on) or None, "base", room[0], plain=True)
        rows.append(
            [
                due,
                c.fit(f.subject, "base", room[1], plain=True),
                c.fit(f.about, "base", room[2], plain=True),
                c.fit(f.assignee, "base", room[3], plain=True),
            ]
        )
    header = [c.t("due"), c.t("subject"), c.t("about"), c.t("assignee")]
    out.append(grid(c, header, rows, widths, body="base"))
    return out
