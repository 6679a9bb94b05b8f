"""The preview's plumbing: the heartbeat that keeps progress alive during long steps."""

from __future__ import annotations

import threading
import time

from app.importing.plan import HEARTBEAT_SECONDS, heartbeat


def test_the_heartbeat_repeats_the_latest_progress_while_a_step_runs() -> None:
    calls: list[tuple[str, int, int]] = []
    repeated = threading.Event()

    def progress(text: str, done: int, total: int) -> None:
        calls.append((text, done, total))
        if len(calls) >= 3:
            repeated.set()

    with heartbeat(progress) as report:
        assert report is not None
        report("Reading proveedores.xlsx", 0, 1)
        assert repeated.wait(5), "the step's progress went quiet"
    count = len(calls)
    assert set(calls) == {("Reading proveedores.xlsx", 0, 1)}
    time.sleep(2 * HEARTBEAT_SECONDS)
    assert len(calls) == count  # it stopped with the step


def test_no_progress_no_thread() -> None:
    with heartbeat(None) as report:
        assert report is None
