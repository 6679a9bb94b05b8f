from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot

from app.queries.negotiation_summary import PricePoint
from models import OfferSide, Unit
from ui.price_chart import PriceChart


def _point(number: int, side: OfferSide, day: date, price: str) -> PricePoint:
    return PricePoint(number, number, day, side, Decimal(price), "USD", Unit.KG, None, None)


def test_offers_on_one_date_are_distinct_points_and_no_label_repeats(qtbot: QtBot) -> None:
    chart = PriceChart()
    qtbot.addWidget(chart)
    same_day = date(2026, 10, 5)
    chart.show_rounds(
        [
            _point(1, OfferSide.SUPPLIER, same_day, "4.20"),
            _point(2, OfferSide.BUYER, same_day, "3.80"),
            _point(3, OfferSide.SUPPLIER, same_day, "4.00"),
        ]
    )
    assert chart.points(OfferSide.SUPPLIER) == [(same_day, 4.2), (same_day, 4.0)]
    assert chart.points(OfferSide.BUYER) == [(same_day, 3.8)]
    xs = [p.x() for p in chart.supplier_series.points()]
    buyer_x = chart.buyer_series.points()[0].x()
    assert xs[0] < buyer_x < xs[1]  # in round order within the day, none on another
    low, high = chart.x_axis.min().toMSecsSinceEpoch(), chart.x_axis.max().toMSecsSinceEpoch()
    assert low < xs[0]
    assert xs[1] < high
    labels = chart.tick_labels()
    assert len(labels) == len(set(labels)), labels
    assert "5 Oct 26" in labels


def test_the_date_axis_speaks_the_locale(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("es_ES"))  # the conftest puts en_US back afterwards
    chart = PriceChart()
    qtbot.addWidget(chart)
    chart.show_rounds([_point(1, OfferSide.SUPPLIER, date(2026, 10, 5), "4.20")])
    assert "5 oct 26" in chart.tick_labels()
    assert chart.chart.localizeNumbers()
