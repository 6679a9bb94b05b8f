"""An answer that comes back after the widget that asked for it has gone is dropped, not
raised into whatever the event loop is doing next (issue 18: reads off the UI thread)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.worker import idle, run_in_background


def test_an_answer_for_a_deleted_widget_is_dropped(qtbot: QtBot) -> None:
    label = QLabel()
    show = label.setText
    shiboken6.delete(label)  # the window closed while the read was on its way
    with pytest.raises(RuntimeError, match="already deleted"):
        show("what a delivery would do without the guard")
    with qtbot.captureExceptions() as caught:
        run_in_background(lambda: "late", show, lambda exc: None)
        qtbot.waitUntil(idle)
    assert caught == []


def test_other_errors_of_a_delivery_still_raise(qtbot: QtBot) -> None:
    seen: list[BaseException] = []

    def broken(_: object) -> None:
        raise RuntimeError("a real bug")

    with qtbot.captureExceptions() as caught:
        run_in_background(lambda: 1, broken, seen.append)
        qtbot.waitUntil(idle)
    assert [str(e[1]) for e in caught] == ["a real bug"]
    assert seen == []
