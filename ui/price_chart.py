"""The price history of a deal as a chart: the supplier's offers and ours, one line each,
so the user sees at a glance whether the two sides are converging.

Prices in different currencies (or per different units) cannot share an axis, so the
chart keeps the currency and unit of the latest offer and says what it left out."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, time, timedelta
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.queries.negotiation_summary import PricePoint
from models import OfferSide
from ui.i18n import number

SUPPLIER_COLOUR = QColor("#c0392b")
BUYER_COLOUR = QColor("#2471a3")


def _local(day: date, at: time) -> QDateTime:
    """`day` at `at`, local time (what QDateTime made of a naive datetime)."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(at.hour, at.minute))


def _day(msecs: int) -> date:
    local = QDateTime.fromMSecsSinceEpoch(msecs).date()
    return date(local.year(), local.month(), local.day())


DAY_MSECS = 24 * 60 * 60 * 1000
MAX_TICKS = 5


def _positions(days: Sequence[date]) -> list[float]:
    """Where each offer is drawn: noon of its day, or, when several offers share a day,
    spread across it in round order (two at 06:00 and 18:00), so none hides another."""
    count = {day: days.count(day) for day in set(days)}
    seen: dict[date, int] = {}
    positions = []
    for day in days:
        k = seen.get(day, 0)
        seen[day] = k + 1
        midnight = _local(day, time()).toMSecsSinceEpoch()
        positions.append(midnight + (k + 0.5) / count[day] * DAY_MSECS)
    return positions


def _series(name: str, colour: QColor) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setPointsVisible(True)
    series.setMarkerSize(8)
    series.setPen(QPen(colour, 2))
    series.setColor(colour)
    return series


class PriceChart(QWidget):
    """A line per side over the offer dates, with a note when offers were left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # the axes' numbers and month names in the window's locale ('4,20', '5 oct 26')
        self.chart.setLocale(QLocale())
        self.chart.setLocalizeNumbers(True)
        self.supplier_series = _series(self.tr("Supplier"), SUPPLIER_COLOUR)
        self.buyer_series = _series(self.tr("Us"), BUYER_COLOUR)
        self.x_axis = QDateTimeAxis()
        # Translators: a Qt date format for the chart's date axis (d day, MMM short month
        # name, yy two-digit year), short: five of them share the width of the chart.
        self.x_axis.setFormat(self.tr("d MMM yy"))
        self.x_axis.setTickCount(5)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.2f")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.supplier_series, self.buyer_series):
            self.chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7d6608;")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        self.show_rounds([])

    def show_rounds(self, rounds: Sequence[PricePoint]) -> None:
        """Chart `rounds` (in order); called again after every offer change."""
        self.supplier_series.clear()
        self.buyer_series.clear()
        if not rounds:
            self.chart.setTitle(self.tr("No offers yet"))
            self.y_axis.setTitleText("")
            self.note.hide()
            self._set_ranges([], [])
            return
        latest = rounds[-1]
        shown = [
            p for p in rounds if p.currency == latest.currency and p.price_unit == latest.price_unit
        ]
        for point, x in zip(shown, _positions([p.offered_on for p in shown]), strict=True):
            series = self.supplier_series if point.side is OfferSide.SUPPLIER else self.buyer_series
            series.append(x, float(point.price))
        self.chart.setTitle(self.tr("Price history"))
        self.y_axis.setTitleText(
            self.tr("{currency} per {unit}").format(
                currency=latest.currency, unit=latest.price_unit
            )
        )
        left_out = len(rounds) - len(shown)
        if left_out:
            others = sorted({f"{p.currency}/{p.price_unit}" for p in rounds if p not in shown})
            self.note.setText(
                self.tr(
                    "Only offers in {kept} (the latest offer's) are charted; {count} in "
                    "{others} left out."
                ).format(
                    kept=f"{latest.currency}/{latest.price_unit}",
                    count=number(left_out),
                    others=", ".join(others),
                )
            )
        self.note.setVisible(bool(left_out))
        self._set_ranges([p.offered_on for p in shown], [p.price for p in shown])

    def _set_ranges(self, days: list[date], prices: list[Decimal]) -> None:
        """Pad both axes so the first and last points are not drawn on the frame.

        The date axis runs from noon to noon over a whole number of days that its ticks
        divide evenly: every tick is the noon of a different day, and no label repeats."""
        today = date.today()
        first, last = (min(days), max(days)) if days else (today, today)
        pad = max(1, math.ceil((last - first).days / 12))
        span = (last - first).days + 2 * pad
        if span + 1 <= MAX_TICKS:
            ticks = span + 1
        else:
            ticks = MAX_TICKS
            span = math.ceil(span / (ticks - 1)) * (ticks - 1)
        start = first - timedelta(days=pad)
        self.x_axis.setTickCount(ticks)
        self.x_axis.setRange(
            _local(start, time(12)), _local(start + timedelta(days=span), time(12))
        )
        if not prices:
            self.y_axis.setRange(0, 1)
            return
        low, high = float(min(prices)), float(max(prices))
        margin = max((high - low) * 0.15, high * 0.05, 0.05)
        self.y_axis.setRange(max(0.0, low - margin), high + margin)
        self.y_axis.applyNiceNumbers()

    def tick_labels(self) -> list[str]:
        """The date axis' labels as drawn (its ticks are evenly spaced, ends included), in
        the chart's locale."""
        low = self.x_axis.min().toMSecsSinceEpoch()
        high = self.x_axis.max().toMSecsSinceEpoch()
        ticks = self.x_axis.tickCount()
        locale = self.chart.locale()
        return [
            locale.toString(
                QDateTime.fromMSecsSinceEpoch(low + (high - low) * i // (ticks - 1)),
                self.x_axis.format(),
            )
            for i in range(ticks)
        ]

    def points(self, side: OfferSide) -> list[tuple[date, float]]:
        """What is drawn for `side`: (date, price) pairs, for tests and the deal sheet."""
        series = self.supplier_series if side is OfferSide.SUPPLIER else self.buyer_series
        return [(_day(int(p.x())), p.y()) for p in series.points()]
