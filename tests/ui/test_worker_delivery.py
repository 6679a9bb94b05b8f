"""An answer that comes back after the widget that asked for it has gone is dropped, not
raised into whatever the event loop is doing next (issue 18: reads off the UI thread)."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.worker import START_DELAY_MS, Latest, idle, run_in_background, shutdown


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


def test_answers_that_come_back_together_are_handed_over_one_per_turn(qtbot: QtBot) -> None:
    """Seven tabs' reads back at once fill one tab per turn of the event loop, so that a
    timer (a paint, a key) gets its turn between them: the stall is one tab's, not seven's."""
    gate = threading.Event()
    delivered: list[int] = []
    ticks: list[int] = []  # how many answers were in when the timer fired
    for n in range(3):
        run_in_background(lambda n=n: (gate.wait(5), n)[1], delivered.append, lambda e: None)
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 3)  # started (START_DELAY_MS)
    gate.set()
    QThreadPool.globalInstance().waitForDone(5000)  # all three answers are posted
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: ticks.append(len(delivered)))
    ticker.start()
    qtbot.waitUntil(idle)
    ticker.stop()
    assert sorted(delivered) == [0, 1, 2]
    assert {1, 2} <= set(ticks)  # the timer ran after the first and after the second


def test_jobs_asked_for_in_one_event_start_together_a_moment_later(qtbot: QtBot) -> None:
    """A supplier opened asks for eight reads (Latest's): they start START_DELAY_MS later,
    together, once the window has painted (their Python work would take the interpreter
    from it); other work (connections made, an import, a save) starts at once."""
    window = QLabel("on screen")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    started: list[str] = []
    gate = threading.Event()

    def job(name: str) -> str:
        started.append(name)
        gate.wait(5)
        return name

    asked = time.perf_counter()
    run_in_background(lambda: job("tab"), lambda _r: None, lambda _e: None, after_paint=True)
    Latest().run(lambda: job("other tab"), lambda _r: None, lambda _e: None)
    run_in_background(lambda: job("connections"), lambda _r: None, lambda _e: None)
    deadline = time.perf_counter() + 5
    while not started and time.perf_counter() < deadline:
        time.sleep(0.001)  # no event processed: the held jobs cannot start
    time.sleep(START_DELAY_MS * 3 / 1000)
    assert started == ["connections"]
    qtbot.waitUntil(lambda: len(started) == 3, timeout=2000)
    assert (time.perf_counter() - asked) * 1000 >= START_DELAY_MS
    assert sorted(started[1:]) == ["other tab", "tab"]
    gate.set()
    qtbot.waitUntil(idle)


def test_quitting_drops_the_jobs_not_started_yet(qtbot: QtBot) -> None:
    window = QLabel("on screen")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ran: list[str] = []
    answered: list[object] = []
    Latest().run(lambda: ran.append("read"), answered.append, answered.append)
    assert shutdown(1000)
    qtbot.wait(START_DELAY_MS * 5)
    assert ran == []
    assert answered == []
    assert idle()


def test_a_read_asked_for_before_any_window_shows_starts_at_once(qtbot: QtBot) -> None:
    """The window's first page, asked for while it is being built: nothing to paint yet."""
    for leftover in QApplication.topLevelWidgets():  # of tests before (theirs are done)
        leftover.hide()
    started = threading.Event()
    Latest().run(started.set, lambda _r: None, lambda _e: None)
    assert started.wait(5)  # no event processed meanwhile
    qtbot.waitUntil(idle)
