"""Python's cycle collector kept off long work that only makes short-lived objects
(rendering a deal sheet, planning an import's rows).

A full collection walks every object of the process with the GIL held: run from a
worker thread it freezes the window too (200-300 ms while reportlab laid out a deal
sheet, up to 0.7 s with an import's rows held). The work's objects make no cycles worth
collecting; reference counting frees them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
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
