"""The deal sheet's price chart: both sides' offers over time, the target as a dashed line.

Drawn straight on the canvas by a flowable. reportlab's LinePlot drew the same picture,
but built and checked a tree of a thousand shapes first, which cost as much as all the
sheet's tables; the axes here follow its rules (nice y steps, at most six ticks, labels
5 pt off the axis) so the chart looks as it did.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.utils import nextRoundNumber  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts
from app.exporting.deal_sheet import PriceSeries, price_axis_range
from app.exporting.labels import Labels
from app.exporting.pdf_text import text_width
from app.exporting.pdf_theme import BUYER_COLOR, GRID, INK, MUTED, RULE, SUPPLIER_COLOR, WHITE

HEIGHT = 62 * mm
AXIS_FONT_SIZE = 6.5
LEGEND_FONT_SIZE = 7
MAX_Y_TICKS = 6
MAX_X_TICKS = 7
POINT_LABELS_UP_TO = 16
"""Points a chart may have and still print each price beside its point."""


def y_ticks(low: float, high: float, length: float) -> list[float]:
    """Round values between `low` and `high` for at most MAX_Y_TICKS ticks, at least 10 pt
    apart on an axis `length` long (reportlab's ValueAxis rule)."""
    step = float(nextRoundNumber((high - low) / min(MAX_Y_TICKS - 1, length / 10)))
    fuzz = 1e-8 * step
    first = int(low / step)
    if first * step < low - fuzz:
        first += 1
    last = int(high / step)
    if last * step > high + fuzz:
        last -= 1
    return [i * step for i in range(first, last + 1)]


class PriceChart(Flowable):  # type: ignore[misc, unused-ignore]
    """The price chart, `width` wide and HEIGHT high."""

    def __init__(self, prices: PriceSeries, labels: Labels, width: float) -> None:
        super().__init__()
        self.prices = prices
        self.labels = labels
        self.width = width
        self.height = HEIGHT
        points = [*prices.supplier, *prices.buyer]
        self.point_count = len(points)
        self.days = sorted({d.toordinal() for d, _ in points})
        values = [v for _, v in points] + ([prices.target] if prices.target else [])
        low, high = price_axis_range(values)
        self.y_min, self.y_max = float(low), float(high)
        x_min, x_max = self.days[0], self.days[-1]
        if x_min == x_max:
            x_min, x_max = x_min - 3, x_max + 3
        else:
            margin = max(1, round((x_max - x_min) * 0.04))
            x_min, x_max = x_min - margin, x_max + margin
        self.x_min, self.x_max = x_min, x_max
        self.plot_x, self.plot_y = 16 * mm, 10 * mm
        self.plot_width, self.plot_height = width - 20 * mm, HEIGHT - 22 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def at(self, day: int, value: float) -> tuple[float, float]:
        x = self.plot_x + (day - self.x_min) / (self.x_max - self.x_min) * self.plot_width
        y = self.plot_y + (value - self.y_min) / (self.y_max - self.y_min) * self.plot_height
        return x, y

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineCap(0)
        self._axes()
        prices = self.prices
        for data, colour in ((prices.supplier, SUPPLIER_COLOR), (prices.buyer, BUYER_COLOR)):
            if data:
                self._series([self.at(d.toordinal(), float(v)) for d, v in data], colour)
        if prices.target is not None:
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.8)
            canvas.setLineJoin(1)
            canvas.setDash(3, 2)
            y = self.at(self.x_min, float(prices.target))[1]
            canvas.line(self.plot_x, y, self.plot_x + self.plot_width, y)
            canvas.setDash()
        if self.point_count <= POINT_LABELS_UP_TO:
            self._point_labels()
        self._legend()

    def _text(self, x: float, y: float, text: str, font: str, size: float, colour: Any) -> None:
        self.canv.setFont(font, size)
        self.canv.setFillColor(colour)
        self.canv.drawString(x, y, text)

    def _axes(self) -> None:
        canvas, labels = self.canv, self.labels
        left, bottom = self.plot_x, self.plot_y
        right, top = left + self.plot_width, bottom + self.plot_height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.line(left, bottom, right, bottom)
        step = max(1, -(-len(self.days) // MAX_X_TICKS))
        x_font = fonts.CJK if labels.language == "zh" else fonts.SANS
        ticks = [self.at(day, 0)[0] for day in self.days[::step]]
        canvas.lines([(x, bottom, x, bottom - 2) for x in ticks])
        for day, x in zip(self.days[::step], ticks, strict=True):
            text = labels.short_date(date.fromordinal(day))
            width = text_width(text, x_font, AXIS_FONT_SIZE)
            self._text(x - width / 2, bottom - 5 - AXIS_FONT_SIZE, text, x_font, 6.5, MUTED)
        canvas.setStrokeColor(RULE)
        canvas.line(left, bottom, left, top)
        values = y_ticks(self.y_min, self.y_max, self.plot_height)
        heights = [self.at(self.x_min, value)[1] for value in values]
        canvas.lines([(left, y, left - 5, y) for y in heights])
        for value, y in zip(values, heights, strict=True):
            text = labels.number(Decimal(str(value)))
            width = text_width(text, fonts.SANS, AXIS_FONT_SIZE)
            baseline = y - 0.4 * AXIS_FONT_SIZE
            self._text(left - 5 - width, baseline, text, fonts.SANS, AXIS_FONT_SIZE, MUTED)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.lines([(left, y, right, y) for y in heights])

    def _series(self, points: list[tuple[float, float]], colour: Any) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(1.8)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(colour)
        canvas.setStrokeColor(WHITE)
        canvas.setLineWidth(0.1)
        markers = canvas.beginPath()
        for x, y in points:
            markers.circle(x, y, 2.25)
        canvas.drawPath(markers, stroke=1, fill=1, fillMode=1)

    def _point_labels(self) -> None:
        prices = self.prices
        for data, colour, offset in (
            (prices.supplier, SUPPLIER_COLOR, 5),
            (prices.buyer, BUYER_COLOR, -9),
        ):
            for day, value in data:
                x, y = self.at(day.toordinal(), float(value))
                text = self.labels.number(value)
                width = text_width(text, fonts.SANS, AXIS_FONT_SIZE)
                self._text(x - width / 2, y + offset, text, fonts.SANS, AXIS_FONT_SIZE, colour)

    def _legend(self) -> None:
        canvas, labels, prices = self.canv, self.labels, self.prices
        baseline = self.height - 6 * mm
        unit = f"{prices.currency} / {labels.word(prices.price_unit)}"
        self._text(self.plot_x - 14 * mm, baseline, unit, fonts.font_for(unit), 7, MUTED)
        legend: list[tuple[str, Any, bool]] = [
            (labels.text("supplier_price"), SUPPLIER_COLOR, False),
            (labels.text("our_price"), BUYER_COLOR, False),
        ]
        if prices.target is not None:
            legend.append((labels.text("target_price"), MUTED, True))
        x = self.width
        y = baseline + 2.3
        for text, colour, dashed in reversed(legend):
            font = fonts.font_for(text)
            x -= text_width(text, font, LEGEND_FONT_SIZE)
            self._text(x, baseline, text, font, LEGEND_FONT_SIZE, INK)
            x -= 10 * mm
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(0.8 if dashed else 1.8)
            canvas.setLineJoin(0)
            if dashed:
                canvas.setDash(3, 2)
            canvas.line(x, y, x + 8 * mm, y)
            if dashed:
                canvas.setDash()
            else:
                canvas.setFillColor(colour)
                canvas.setStrokeColor(WHITE)
                canvas.setLineWidth(1)
                canvas.circle(x + 4 * mm, y, 1.8, stroke=1, fill=1)
            x -= 5 * mm
