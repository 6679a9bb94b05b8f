"""Fonts the window needs: on a system without any font covering Simplified Chinese, the
WenQuanYi Micro Hei the PDFs embed (resources/fonts, Apache 2.0 / GPL with font
exception) is registered with Qt, so Chinese text and Chinese supplier names show as
characters rather than boxes. Systems with a CJK font (Windows, macOS, most Linux
desktops) keep their own: Qt's font fallback finds it."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from app.exporting.fonts import fonts_dir

BUNDLED = "wqy-microhei.ttc"


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font(*, force: bool = False) -> bool:
    """Register the bundled CJK font unless the system has one (or `force`); True when it
    was registered."""
    if has_cjk_font() and not force:
        return False
    return QFontDatabase.addApplicationFont(str(fonts_dir() / BUNDLED)) >= 0
