"""Text for the deal sheet PDF, set the cheapest way that still fits.

A reportlab Paragraph parses its markup and breaks its lines again every time a table
measures it (three times or more per page), which made Paragraphs most of a sheet's cost.
Here a text is measured once with font metrics. A line that fits its column, or that
breaks at its spaces into lines that do, is drawn as it is: as plain table text (the
table draws it in the cell's own font) or as `TextLines` (bold, colour, Chinese runs,
right alignment). Only the rest becomes a Paragraph: a word, or Chinese written without
spaces, wider than its column, which must be split inside; so nothing is ever cut or
overflows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, TypeAlias

from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts

DASH = "—"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # what a Paragraph collapses (not the no-break space)
_UNTIDY = re.compile(r"^ | $|  |[\t\r\n\f\v]")
"""White space a Paragraph would collapse or break at, in a string meant as one line."""
_ADDRESS_PIECES = re.compile(r"[^@./]*[@./]+|[^@./]+")
"""An email or web address in the pieces it may break after: each ends at '@', '.' or '/'."""
_FIT_SLACK = 1e-6
"""Points a line may exceed its width by and still fit (a Paragraph's own tolerance)."""


class Span(NamedTuple):
    """A piece of one line in its own weight and colour (None: the style's colour)."""

    text: str
    bold: bool = False
    color: Any = None


SpanLine: TypeAlias = str | Span | Sequence[Span]
"""One line of text: a string in the style's own weight and colour, or spans."""

Text: TypeAlias = str | Span | Sequence[SpanLine] | None
"""A text of one or more lines: a string (line breaks as "\\n"), a span, or a list whose
items are lines (so a line of several spans is a list inside the list); None: a dash."""

Cell: TypeAlias = Flowable | str | list[Flowable]
"""What a table cell holds: plain text (drawn in the cell's own font), or flowables."""


@lru_cache(maxsize=4096)
def text_width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: a sheet repeats its dates, units and words many times."""
    return float(stringWidth(text, font, size))


def mixed_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of one line of Latin and Chinese, each run in a font that has its glyphs."""
    return sum(
        text_width(piece, fonts.font_for(piece, bold), size) for piece in fonts.split_runs(text)
    )


def address_lines(address: str, size: float, width: float) -> str | None:
    """An email or web address as lines ("\n" between) no wider than `width` at `size`,
    broken only after an '@', '.' or '/', never inside a word; None when one piece
    between those is wider than `width` by itself."""
    lines = [""]
    for piece in _ADDRESS_PIECES.findall(address.strip()):
        if mixed_width(piece, size) > width + _FIT_SLACK:
            return None
        if lines[-1] and mixed_width(lines[-1] + piece, size) > width + _FIT_SLACK:
            lines.append("")
        lines[-1] += piece
    return "\n".join(lines)


class _Run(NamedTuple):
    text: str
    font: str
    color: Any
    width: float


@dataclass(frozen=True)
class _SetLine:
    runs: tuple[_Run, ...]
    size: float
    leading: float
    width: float


class TextLines(Flowable):  # type: ignore[misc, unused-ignore]
    """Lines already known to fit their width, each drawn run by run in a font that has
    its glyphs; laid out like a Paragraph of the same style (baseline one font size
    below the top, one leading per line), without parsing or line breaking."""

    def __init__(self, lines: Sequence[_SetLine], style: ParagraphStyle) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.alignment = style.alignment
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.text_width = max(line.width for line in self.lines)
        self.height = sum(line.leading for line in self.lines)
        self.width = self.text_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.alignment in (TA_RIGHT, TA_CENTER):
            self.width = max(availWidth, self.text_width)
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Draw at (x, y) as one text object. Unlike Flowable.drawOn, no saved graphics
        state and no translation (a few hundred per sheet): the text object leaves the
        fill colour as the canvas believes it, and every text object of an embedded
        font sets its own font."""
        x = self._hAlignAdjust(x, _sW)
        text = canvas.beginText()
        top = y + self.height
        font: tuple[str, float] | None = None
        color: Any = canvas._fillColorObj
        for line in self.lines:
            left = x
            if self.alignment == TA_RIGHT:
                left += self.width - line.width
            elif self.alignment == TA_CENTER:
                left += (self.width - line.width) / 2
            text.setTextOrigin(left, top - line.size)
            for run in line.runs:
                if font != (run.font, line.size):
                    font = (run.font, line.size)
                    text.setFont(run.font, line.size, line.leading)
                if color != run.color:
                    color = run.color
                    text.setFillColor(color)
                text.textOut(run.text)
            top -= line.leading
        if color != canvas._fillColorObj:
            text.setFillColor(canvas._fillColorObj)
        if not getFont(canvas._fontname)._dynamicFont:  # a standard font is set once
            text.setFont(canvas._fontname, canvas._fontsize, canvas._leading)
        canvas.drawText(text)

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)

    def plain_text(self) -> str:
        """What the lines say, one line of text per line (for tests)."""
        return "\n".join("".join(run.text for run in line.runs) for line in self.lines)


def _lines(text: Text) -> list[list[Span]]:
    """The text as lines of spans, white space collapsed as a Paragraph would: runs of
    spaces become one, none at either end of a line, none doubled where spans meet."""
    if text is None or text == "":
        text = DASH
    if isinstance(text, str):
        raw: list[list[Span]] = [[Span(line)] for line in text.split("\n")]
    elif isinstance(text, Span):
        raw = [[text]]
    else:
        raw = [
            [Span(line)]
            if isinstance(line, str)
            else [line]
            if isinstance(line, Span)
            else list(line)
            for line in text
        ]
    out = []
    for spans in raw:
        line: list[Span] = []
        space_before = True  # the start of a line swallows leading spaces
        for span in spans:
            tidy = _SPACES.sub(" ", span.text)
            if space_before:
                tidy = tidy.lstrip(" ")
            if tidy:
                space_before = tidy.endswith(" ")
                line.append(span._replace(text=tidy) if tidy != span.text else span)
        if line and space_before:
            last = line[-1].text.rstrip(" ")
            if last:
                line[-1] = line[-1]._replace(text=last)
            else:
                line.pop()
        out.append(line or [Span(" ")])  # an empty line keeps its height
    return out


def _markup(spans: Sequence[Span]) -> str:
    parts = []
    for span in spans:
        body = fonts.markup(span.text)
        if span.bold:
            body = f"<b>{body}</b>"
        if span.color is not None:
            body = f'<font color="{span.color.hexval()}">{body}</font>'
        parts.append(body)
    return "".join(parts)


class Typesetter:
    """Chooses, per text, between plain cell text, `TextLines` and a Paragraph."""

    def __init__(
        self, styles: dict[str, ParagraphStyle], cjk_styles: dict[str, ParagraphStyle]
    ) -> None:
        self.styles = styles
        self.cjk_styles = cjk_styles
        """Chinese text wraps between any two characters; Latin text only at spaces."""
        self.paragraphs = 0
        """How many Paragraphs were made: the costly kind."""

    def paragraph(self, markup_text: str, style: str = "base") -> Paragraph:
        styles = self.cjk_styles if fonts.has_cjk(markup_text) else self.styles
        self.paragraphs += 1
        return Paragraph(markup_text, styles[style])

    def text(self, text: Text, style: str, width: float, *, plain: bool = False) -> Cell:
        """`text` set in `style` within `width` points (a cell's width less its padding).

        Lines that fit, or that break between words into lines that fit, become
        `TextLines`; each other line becomes a wrapping Paragraph. plain: the table draws
        this cell in `style`'s font, size and colour, so a text of plain Latin lines
        comes back as a string (with a "\\n" where a line breaks)."""
        return self._set(text, style, width, plain=plain, wrap=True)

    def flowables(self, text: Text, style: str, width: float) -> list[Flowable]:
        """Like `text`, as flowables for a story: a text that takes more than one line
        per line given is a Paragraph, which can continue on the next page."""
        cell = self._set(text, style, width, plain=False, wrap=False)
        assert not isinstance(cell, str)
        return cell if isinstance(cell, list) else [cell]

    def _set(self, text: Text, style: str, width: float, *, plain: bool, wrap: bool) -> Cell:
        paragraph_style: ParagraphStyle = self.styles[style]
        bold_style = paragraph_style.fontName == fonts.SANS_BOLD
        limit = width + _FIT_SLACK
        if isinstance(text, str) and text and not _UNTIDY.search(text) and not fonts.has_cjk(text):
            # the usual case, first and short: one tidy Latin line that fits
            font = fonts.SANS_BOLD if bold_style else fonts.SANS
            size = paragraph_style.fontSize
            line_width = text_width(text, font, size)
            if line_width <= limit:
                if plain:
                    return text
                run = _Run(text, font, paragraph_style.textColor, line_width)
                line = _SetLine((run,), size, paragraph_style.leading, line_width)
                return TextLines([line], paragraph_style)
        lines = _lines(text)
        plain_lines: list[str] = []
        out: list[Flowable] = []
        pending: list[_SetLine] = []
        for spans in lines:
            set_lines = self._fit(spans, paragraph_style, bold_style, limit, wrap)
            if set_lines is None:
                plain = False
                if pending:
                    out.append(TextLines(pending, paragraph_style))
                    pending = []
                out.append(self.paragraph(_markup(spans), style))
                continue
            pending += set_lines
            if plain:
                plain = (
                    len(spans) == 1
                    and not spans[0].bold
                    and spans[0].color is None
                    and all(len(line.runs) == 1 for line in set_lines)
                    and set_lines[0].runs[0].font != fonts.CJK
                )
                plain_lines += [line.runs[0].text for line in set_lines]
        if plain:
            return "\n".join(plain_lines)
        if pending:
            out.append(TextLines(pending, paragraph_style))
        return out[0] if len(out) == 1 else out

    def _fit(
        self,
        spans: Sequence[Span],
        style: ParagraphStyle,
        bold_style: bool,
        limit: float,
        wrap: bool,
    ) -> list[_SetLine] | None:
        """One line of spans as lines that fit `limit`, or None (it needs a Paragraph)."""
        size, leading = style.fontSize, style.leading
        runs: list[_Run] = []
        for span in spans:
            color = style.textColor if span.color is None else span.color
            bold = bold_style or span.bold
            for piece in fonts.split_runs(span.text):
                font = fonts.font_for(piece, bold)
                runs.append(_Run(piece, font, color, text_width(piece, font, size)))
        total = sum(run.width for run in runs)
        if total <= limit:
            return [_SetLine(tuple(runs), size, leading, total)]
        if not wrap:
            return None
        return self._break(runs, size, leading, limit)

    @staticmethod
    def _break(
        runs: Sequence[_Run], size: float, leading: float, limit: float
    ) -> list[_SetLine] | None:
        """Break runs at their spaces into lines that fit, greedily as a Paragraph does
        (a no-break space holds); None when a word alone is wider than the limit: a
        Paragraph splits it (Chinese between any two characters, '2026-05-15 (实际)'
        stays whole)."""
        words: list[list[_Run]] = [[]]
        spaces: list[_Run | None] = [None]  # the space before each word, in its run's font
        for run in runs:
            for index, piece in enumerate(run.text.split(" ")):
                if index:
                    words.append([])
                    spaces.append(run._replace(text=" ", width=text_width(" ", run.font, size)))
                if piece:
                    words[-1].append(
                        run._replace(text=piece, width=text_width(piece, run.font, size))
                    )
        lines: list[list[_Run]] = [[]]
        width = 0.0
        for word, space in zip(words, spaces, strict=True):
            word_width = sum(part.width for part in word)
            if word_width > limit:
                return None
            gap = space.width if space is not None and lines[-1] else 0.0
            if lines[-1] and width + gap + word_width > limit:
                lines.append([])
                width = gap = 0.0
            if gap and space is not None:
                lines[-1].append(space)
            lines[-1] += word
            width += gap + word_width
        return [_join(line, size, leading) for line in lines]


def _join(parts: Sequence[_Run], size: float, leading: float) -> _SetLine:
    """A line of parts, each run of the same font and colour drawn as one."""
    runs: list[_Run] = []
    for part in parts:
        if runs and runs[-1].font == part.font and runs[-1].color is part.color:
            last = runs[-1]
            runs[-1] = last._replace(text=last.text + part.text, width=last.width + part.width)
        else:
            runs.append(part)
    return _SetLine(tuple(runs), size, leading, sum(run.width for run in runs))
