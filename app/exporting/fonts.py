"""Embedded TrueType fonts for PDFs: DejaVu Sans for Latin text, WenQuanYi Micro Hei for
Chinese, so 'Frutícola Ñuble' and '王力' both render (no boxes) and stay extractable.

reportlab draws a run of text in one font, so a mixed line is split into runs: `markup`
wraps every CJK run of a paragraph in <font name="WQY">; `font_for` picks the font for
a single graphics string.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
CJK = "WQY"

_CJK_RUN = re.compile(
    "["
    "\u2e80-\u2fff"  # radicals
    "\u3000-\u303f"  # CJK punctuation
    "\u3040-\u30ff"  # kana
    "\u3100-\u31ff"
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"
    "\uff00-\uffef"  # full-width forms
    "\U00020000-\U0002fa1f"
    "]+"
)


def fonts_dir() -> Path:
    return Path(str(files("resources").joinpath("fonts")))


def has_cjk(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def register_fonts(*, cjk: bool = True) -> None:
    """Register the Latin faces (and the Chinese one when `cjk`) with reportlab, once
    per process: the Chinese font takes ~0.2 s to read, so sheets without Chinese skip it."""
    _register_latin()
    if cjk:
        _register_cjk()


@cache
def _register_latin() -> None:
    from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped, unused-ignore]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped, unused-ignore]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped, unused-ignore]

    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(SANS, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # <b> inside a paragraph switches to the bold face.
    for italic in (0, 1):
        addMapping(SANS, 0, italic, SANS)
        addMapping(SANS, 1, italic, SANS_BOLD)
        addMapping(SANS_BOLD, 0, italic, SANS_BOLD)
        addMapping(SANS_BOLD, 1, italic, SANS_BOLD)


@cache
def _register_cjk() -> None:
    from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped, unused-ignore]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped, unused-ignore]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped, unused-ignore]

    pdfmetrics.registerFont(TTFont(CJK, str(fonts_dir() / "wqy-microhei.ttc"), subfontIndex=0))
    for bold in (0, 1):  # Chinese has one weight here
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)


def split_runs(text: str) -> list[str]:
    """'Chen 陈静 (WeChat)' -> ['Chen ', '陈静', ' (WeChat)']: each run needs one font."""
    runs = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        if match.start() > position:
            runs.append(text[position : match.start()])
        runs.append(match.group())
        position = match.end()
    if position < len(text):
        runs.append(text[position:])
    return runs


def markup(text: str) -> str:
    """Paragraph markup for plain `text`: XML-escaped, CJK runs in the Chinese font,
    line breaks kept."""
    parts = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f'<font name="{CJK}">{escape(match.group())}</font>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\r\n", "\n").replace("\n", "<br/>")


def font_for(text: str, bold: bool = False) -> str:
    """The one font a graphics string can be drawn in."""
    if has_cjk(text):
        return CJK
    return SANS_BOLD if bold else SANS
