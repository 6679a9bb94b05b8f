"""Python's cycle collector kept off long work that only makes short-lived objects
(rendering a deal sheet, planning an import's rows).

A full collection walks every object of the process with the GIL held: run from a
worker thread it freezes the window too (200-300 ms while reportlab laid out a deal
sheet, up to 0.7 s with an import's rows held). The work's objects make no cycles worth
collecting; reference counting frees them."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block; afterwards whatever is still alive is
    moved out of its sight (gc.freeze: constant time), or the first collection after the
    block would walk it all (0.5 s for an import's rows) with the GIL held."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def free_gradually(roots: Iterable[object], batch: int = 20_000) -> None:
    """Empty big containers (dicts and sets, and those nested in them) a batch of items at
    a time, the GIL given up between batches. Dropped at once, a million rows' keys are
    one chain of deallocations that holds the GIL for half a second: the window and the
    progress heartbeat would wait that long."""
    stack = list(roots)
    freed = 0
    while stack:
        container = stack.pop()
        while container:
            if isinstance(container, dict):
                _, item = container.popitem()
            else:
                assert isinstance(container, set)
                item = container.pop()
            if isinstance(item, dict | set) and item:
                stack.append(item)
            del item
            freed += 1
            if freed % batch == 0:
                time.sleep(0)  # let another thread run
