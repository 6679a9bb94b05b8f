"""Text for the deal sheet PDF, set the cheapest way that still fits.

A reportlab Paragraph parses its markup and breaks its lines every time a table measures
it (three times or more per page), which made Paragraphs most of a sheet's cost. Most of
a sheet's texts are one line that fits its column: those are measured once with
stringWidth and drawn as they are, either as a plain table cell (the table draws it in
the cell's font) or as a `TextLines` flowable (bold, colour, Chinese runs, alignment).
Only a line that does not fit becomes a Paragraph, so long names and notes still wrap and
nothing is cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts

DASH = "—"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # what a Paragraph collapses (not the no-break space)
_FIT_SLACK = 0.01
"""Points of rounding a line may exceed its width by and still count as fitting."""


@dataclass(frozen=True)
class Span:
    """A piece of one line in its own weight and colour (None: the style's colour)."""

    text: str
    bold: bool = False
    color: Any = None


SpanLine = str | Span | Sequence[Span]
"""One line of text: a string in the style's own weight and colour, or spans."""

Text = str | Span | Sequence[SpanLine] | None
"""A text of one or more lines: a string (line breaks as "\\n"), a span, or a list whose
items are lines (so a line of several spans is a list inside the list); None: a dash."""

Cell: TypeAlias = Flowable | str | list[Flowable]
"""What a table cell holds: plain text (drawn in the cell's own font), or flowables."""


@dataclass(frozen=True)
class _Run:
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

    def draw(self) -> None:
        canvas = self.canv
        text = canvas.beginText()
        top = self.height
        font: tuple[str, float] | None = None
        color: Any = None
        for line in self.lines:
            x = 0.0
            if self.alignment == TA_RIGHT:
                x = self.width - line.width
            elif self.alignment == TA_CENTER:
                x = (self.width - line.width) / 2
            text.setTextOrigin(x, top - line.size)
            for run in line.runs:
                if font != (run.font, line.size):
                    font = (run.font, line.size)
                    text.setFont(run.font, line.size, line.leading)
                if color is not run.color:
                    color = run.color
                    text.setFillColor(run.color)
                text.textOut(run.text)
            top -= line.leading
        canvas.drawText(text)

    def plain_text(self) -> str:
        """What the lines say (for tests and debugging)."""
        return "\n".join("".join(run.text for run in line.runs) for line in self.lines)


def _spans(line: SpanLine) -> list[Span]:
    if isinstance(line, str):
        return [Span(line)]
    if isinstance(line, Span):
        return [line]
    return list(line)


def _tidy(spans: list[Span]) -> list[Span]:
    """Collapse white space as a Paragraph would: runs of spaces become one, none at
    either end of the line, none doubled where two spans meet."""
    out: list[Span] = []
    previous_space = True  # the start of a line swallows leading spaces
    for span in spans:
        text = _SPACES.sub(" ", span.text)
        if previous_space:
            text = text.lstrip(" ")
        if not text:
            continue
        previous_space = text.endswith(" ")
        out.append(Span(text, span.bold, span.color))
    if out and out[-1].text.endswith(" "):
        last = out[-1]
        stripped = last.text.rstrip(" ")
        out[-1] = Span(stripped, last.bold, last.color)
        if not stripped:
            out.pop()
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
        """How many Paragraphs were made: the costly kind (the tests watch it)."""

    def paragraph(self, markup_text: str, style: str = "base") -> Paragraph:
        styles = self.cjk_styles if fonts.has_cjk(markup_text) else self.styles
        self.paragraphs += 1
        return Paragraph(markup_text, styles[style])

    def _set(self, spans: Sequence[Span], style: ParagraphStyle) -> _SetLine:
        size = style.fontSize
        base_bold = style.fontName == fonts.SANS_BOLD
        runs = []
        for span in spans:
            color = style.textColor if span.color is None else span.color
            for piece in fonts.split_runs(span.text):
                font = fonts.font_for(piece, base_bold or span.bold)
                runs.append(_Run(piece, font, color, stringWidth(piece, font, size)))
        return _SetLine(tuple(runs), size, style.leading, sum(run.width for run in runs))

    def text(
        self,
        lines: Text,
        style: str,
        width: float,
        *,
        plain: bool = False,
    ) -> Cell:
        """`lines` set in `style` within `width` points (a cell's width less its padding).

        plain: the table draws this cell in `style`'s font, size and colour, so a text of
        plain lines (no spans, no Chinese) that fits comes back as a string. Lines that
        fit become `TextLines`; each line that does not becomes a wrapping Paragraph."""
        if lines is None or lines == "":
            lines = [DASH]
        elif isinstance(lines, str):
            lines = lines.replace("\r\n", "\n").split("\n")
        elif isinstance(lines, Span):
            lines = [lines]
        tidy = [_tidy(_spans(line)) or [Span(" ")] for line in lines]
        paragraph_style: ParagraphStyle = self.styles[style]
        cjk = any(fonts.has_cjk(span.text) for spans in tidy for span in spans)
        if cjk:
            paragraph_style = self.cjk_styles[style]
        set_lines = [self._set(spans, paragraph_style) for spans in tidy]
        fits = [line.width <= width + _FIT_SLACK for line in set_lines]
        if (
            plain
            and all(fits)
            and not cjk
            and all(
                len(spans) == 1 and spans[0].color is None and not spans[0].bold for spans in tidy
            )
        ):
            return "\n".join(spans[0].text for spans in tidy)
        out: list[Flowable] = []
        pending: list[_SetLine] = []
        for spans, set_line, fit in zip(tidy, set_lines, fits, strict=True):
            if fit:
                pending.append(set_line)
                continue
            if pending:
                out.append(TextLines(pending, paragraph_style))
                pending = []
            out.append(self.paragraph(_markup(spans), style))
        if pending:
            out.append(TextLines(pending, paragraph_style))
        return out[0] if len(out) == 1 else out

    def flowables(self, lines: Text, style: str, width: float) -> list[Flowable]:
        """Like `text`, as flowables for a story (a Paragraph there may split across
        pages)."""
        cell = self.text(lines, style, width)
        assert not isinstance(cell, str)
        return cell if isinstance(cell, list) else [cell]
