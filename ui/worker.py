"""Background work: run a function on the thread pool, get its result or error back on
the UI thread. Workers never touch widgets.

Quitting (shutdown, before the application object goes): `quitting` is set, which the
long jobs read as their Cancel (a backup, an import, an export stop within a moment and
leave nothing half-written); jobs not started yet are dropped; the running ones are
waited for; no answer is delivered after it (there is no window left to take it).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the caller's on_error, on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()

quitting = threading.Event()
"""Set while the application quits: long jobs take it as their Cancel."""

SHUTDOWN_WAIT_MS = 10_000
"""How long quitting waits for the jobs running (a read or a transaction's end is
quicker; a job that ignores `quitting` is left to the process's end)."""


def stopping(cancelled: threading.Event | None = None) -> Callable[[], bool]:
    """A long job's Cancel: the user's (`cancelled`), or the application quitting."""
    if cancelled is None:
        return quitting.is_set
    return lambda: cancelled.is_set() or quitting.is_set()


_generation = [0]
"""Bumped by shutdown: an answer of a job started before it is not delivered."""

MIN_THREADS = 8
"""Background jobs that may run at once, at least. Most of them wait on the database (a
team server may be 300 ms away) with the GIL released, not on the processor: Qt's default
of one thread per core (two on a small laptop) would queue a supplier's tabs behind one
another, each read waiting for the one before it to come back."""


def _pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_THREADS:
        pool.setMaxThreadCount(MIN_THREADS)
    return pool


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    after_paint: bool = False,
) -> None:
    """Run `fn()` off the UI thread; `on_done(result)` or `on_error(exc)` run on the UI
    thread. `after_paint` (the reads a view asks for: Latest): the job starts
    START_DELAY_MS later, with the others asked for meanwhile."""
    job = _Job(fn)
    _running.add(job)
    generation = _generation[0]

    def finished(result: Any) -> None:
        if generation == _generation[0]:
            _mailbox().post(job, lambda: _deliver(on_done, result))

    def failed(exc: BaseException) -> None:
        if generation == _generation[0]:
            _mailbox().post(job, lambda: _deliver(on_error, exc))

    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    if after_paint:
        _starter().hold(job)
    else:
        _pool().start(job)


START_DELAY_MS = 5
"""The reads a view asks for while the UI thread handles an event start this much later,
together: once the window has painted what the event changed. Started at once, their Python work
(statements built and compiled, rows made) took the interpreter lock from the UI thread
in the middle of it: opening the first supplier stalled the window 46-53 ms, 14-19 ms
with its eight reads started 10 ms later (issue 18: under 50 ms)."""


class _Starter(QObject):
    """Holds the jobs asked for until START_DELAY_MS after the first of them."""

    def __init__(self) -> None:
        super().__init__()
        self._held: list[_Job] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(START_DELAY_MS)
        self._timer.timeout.connect(self._start)

    def hold(self, job: _Job) -> None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or not _on_screen():
            _pool().start(job)  # nothing to paint first
            return
        self._held.append(job)
        if not self._timer.isActive():
            self._timer.start()

    def drop(self) -> None:
        self._timer.stop()
        self._held.clear()

    def _start(self) -> None:
        held, self._held = self._held, []
        pool = _pool()
        for job in held:
            pool.start(job)


def _on_screen() -> bool:
    """Whether a window is on screen (a read asked for while the first one is being built
    has nothing to wait for)."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return False
    return any(window.isVisible() for window in QGuiApplication.topLevelWindows())


_starters: list[_Starter] = []


def _starter() -> _Starter:
    """The UI thread's starter (made there, on the first job)."""
    if not _starters:
        _starters.append(_Starter())
    return _starters[0]


class _Mailbox(QObject):
    """Answers handed to the UI thread one per turn of its event loop, in the order they
    came: when a supplier's seven tabs' reads come back together, one tab fills, the
    window paints and takes a key, then the next fills (issue 18: the longest stall is
    the slowest tab's, not the seven's together)."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting: deque[tuple[_Job, Callable[[], None]]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def post(self, job: _Job, delivery: Callable[[], None]) -> None:
        self._waiting.append((job, delivery))
        if not self._timer.isActive():
            self._timer.start()

    def drop(self) -> None:
        self._timer.stop()
        self._waiting.clear()

    def _next(self) -> None:
        if not self._waiting:
            return
        job, delivery = self._waiting.popleft()
        if self._waiting:
            self._timer.start()  # the next after the event loop's turn
        _running.discard(job)
        delivery()


_box: list[_Mailbox] = []


def _mailbox() -> _Mailbox:
    """The UI thread's mailbox (made there, on the first answer)."""
    if not _box:
        _box.append(_Mailbox())
    return _box[0]


def shutdown(timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Before the application object goes: the long jobs asked to stop (`quitting`), the
    jobs not started dropped, the running ones waited for; answers not delivered yet are
    dropped. True when every job ended in time. Usable again afterwards (tests)."""
    quitting.set()
    try:
        if _starters:
            _starters[0].drop()  # jobs not started yet
        pool = QThreadPool.globalInstance()
        pool.clear()
        ended = pool.waitForDone(timeout_ms)
    finally:
        _generation[0] += 1
        if _box:
            _box[0].drop()
        _running.clear()
        quitting.clear()
    return ended


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Hand an answer to the widget that asked; if that widget has gone meanwhile (its
    window closed while the read was on its way), the answer has nobody to go to."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise


def idle() -> bool:
    """Nothing started by run_in_background is still on its way (its answer delivered):
    what tests and benchmarks wait for after an action."""
    return not _running


class Latest:
    """Requests of which only the newest counts: an older one's answer (or error) is
    dropped, never painted over a fresher one. `pending` while the newest is on its way."""

    def __init__(self) -> None:
        self.request = 0
        self.pending = False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        """Run `fn()` off the UI thread, superseding any request still on its way; it
        starts once the window has painted (run_in_background's `after_paint`)."""
        self.request += 1
        request = self.request
        self.pending = True

        def done(result: Any) -> None:
            if request == self.request:
                self.pending = False
                on_done(result)

        def failed(exc: BaseException) -> None:
            if request == self.request:
                self.pending = False
                on_error(exc)

        run_in_background(fn, done, failed, after_paint=True)
        return request

    def cancel(self) -> None:
        """Whatever is on its way is no longer wanted."""
        self.request += 1
        self.pending = False
