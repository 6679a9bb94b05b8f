"""Background work: run a function on the thread pool, get its result or error back on
the UI thread. Workers never touch widgets."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


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
) -> None:
    """Run `fn()` off the UI thread; `on_done(result)` or `on_error(exc)` run on the UI thread."""
    job = _Job(fn)
    _running.add(job)

    def finished(result: Any) -> None:
        _mailbox().post(job, lambda: _deliver(on_done, result))

    def failed(exc: BaseException) -> None:
        _mailbox().post(job, lambda: _deliver(on_error, exc))

    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    _pool().start(job)


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
        """Run `fn()` off the UI thread, superseding any request still on its way."""
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

        run_in_background(fn, done, failed)
        return request

    def cancel(self) -> None:
        """Whatever is on its way is no longer wanted."""
        self.request += 1
        self.pending = False
