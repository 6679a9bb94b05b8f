"""Start a program, wait until it says it is ready, end it with SIGTERM as a session
ending would: what the bundle's smoke test, the start-up benchmark and the start-up
report's test each do with a real program."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


class NotReadyError(Exception):
    """The program ended, or took too long, before it was ready."""


@dataclass(frozen=True)
class Ended:
    status: int
    stderr: str
    launched: float
    """time.monotonic() just before the launch."""
    ready_after: float
    """Seconds from the launch until `ready()` said so."""


def until_ready_then_terminate(
    command: Sequence[str],
    *,
    env: dict[str, str],
    cwd: Path,
    ready: Callable[[], bool],
    poll_s: float = 0.01,
    timeout_s: float = 60,
) -> Ended:
    launched = time.monotonic()
    child = subprocess.Popen(
        list(command),
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not ready():
            if child.poll() is not None or time.monotonic() - launched > timeout_s:
                said = child.communicate()[1] if child.poll() is not None else "(still running)"
                raise NotReadyError(f"{command[0]} was not ready: status {child.poll()}; {said}")
            time.sleep(poll_s)
        ready_after = time.monotonic() - launched
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return Ended(child.returncode, err, launched, ready_after)
