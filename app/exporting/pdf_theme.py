"""The deal sheet PDF's look in one place: colours, page measures and paragraph styles."""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.pagesizes import A4, LETTER  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts

Paper = Literal["A4", "Letter"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

INK = colors.HexColor("#1E2A32")
MUTED = colors.HexColor("#5F6B73")
PRIMARY = colors.HexColor("#1F4E5A")
RULE = colors.HexColor("#C9D3D8")
GRID = colors.HexColor("#E4EAED")
ZEBRA = colors.HexColor("#F3F6F7")
PANEL = colors.HexColor("#EAF0F2")
SUPPLIER_COLOR = colors.HexColor("#D9822B")
BUYER_COLOR = colors.HexColor("#1F6FB2")
ALERT = colors.HexColor("#B3261E")
ALERT_BG = colors.HexColor("#FBE9E7")
WHITE = colors.white

MARGIN = 16 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside the margins; rules line up with text
EDGE = MARGIN + FRAME_PADDING


@cache
def paragraph_styles(*, cjk_wrap: bool) -> dict[str, ParagraphStyle]:
    """The sheet's text styles by name. With cjk_wrap, Chinese text wraps between any two
    characters; without, Latin text wraps only at spaces. Made once per process: the
    styles are never changed after."""
    wrap = "CJK" if cjk_wrap else None
    base = ParagraphStyle(
        "base",
        fontName=fonts.SANS,
        fontSize=8.5,
        leading=11,
        textColor=INK,
        wordWrap=wrap,
        splitLongWords=True,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "base": base,
        "small": derive("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        "label": derive("label", fontSize=7.5, leading=9.5, textColor=MUTED),
        "bold": derive("bold", fontName=fonts.SANS_BOLD),
        "right": derive("right", alignment=TA_RIGHT),
        "cell": derive("cell", fontSize=8, leading=10.5),
        "tight": derive("tight", fontSize=6.5, leading=8.5),
        "cell_right": derive("cell_right", fontSize=8, leading=10.5, alignment=TA_RIGHT),
        "head": derive(
            "head", fontName=fonts.SANS_BOLD, fontSize=7.5, leading=9.5, textColor=WHITE
        ),
        "head_right": derive(
            "head_right",
            fontName=fonts.SANS_BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=WHITE,
            alignment=TA_RIGHT,
        ),
        "company": derive("company", fontName=fonts.SANS_BOLD, fontSize=13, leading=16),
        "kicker": derive(
            "kicker", fontName=fonts.SANS_BOLD, fontSize=8, leading=10, textColor=PRIMARY
        ),
        "title": derive("title", fontName=fonts.SANS_BOLD, fontSize=17, leading=21),
        "subtitle": derive("subtitle", fontSize=9.5, leading=12.5, textColor=MUTED),
        "section": derive(
            "section",
            fontName=fonts.SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "sub": derive(
            "sub",
            fontName=fonts.SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "figure": derive("figure", fontName=fonts.SANS_BOLD, fontSize=11, leading=14),
        "note": derive("note", fontSize=7.5, leading=9.5, textColor=MUTED),
        "empty": derive("empty", textColor=MUTED),
    }
