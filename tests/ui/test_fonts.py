"""Chinese shows as characters even on a system without a CJK font: the bundled WenQuanYi
Micro Hei (the PDFs' own) is registered with Qt when no font covers Simplified Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from ui import fonts


def test_the_bundled_font_registers_and_covers_chinese() -> None:
    assert fonts.ensure_cjk_font(force=True)
    assert "WenQuanYi Micro Hei" in QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese
    )
    # the font's own glyphs (QFontMetrics.inFont says no for 轮 once another CJK font,
    # Droid Sans Fallback, is installed, although the font has it and draws it)
    raw = QRawFont.fromFont(QFont("WenQuanYi Micro Hei"))
    assert raw.familyName() == "WenQuanYi Micro Hei"
    assert all(raw.glyphIndexesForString(ch) != [0] for ch in "供应商报价轮次")
    assert fonts.has_cjk_font()


def test_a_system_font_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "has_cjk_font", lambda: True)
    assert fonts.ensure_cjk_font() is False
